package org.kompis.aar;

import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.DatePickerElement;
import com.slack.api.model.block.element.MultiUsersSelectElement;
import com.slack.api.model.block.element.UsersSelectElement;
import com.slack.api.model.view.View;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kompis.i18n.Texts;
import org.kompis.slack.Blocks;
import org.kompis.slack.Mrkdwn;
import org.kompis.slack.Views;

/** The modals: starting a review, answering it, and moving or dropping an action item. Metadata carries ids only. */
final class AarModals {
    static final String START = "aar_start_modal";
    static final String ANSWER = "aar_answer_modal";
    static final String LATER = "aar_item_later_modal";
    static final String DROP = "aar_item_drop_modal";
    static final int MAX_TITLE = 150;

    private AarModals() {}

    static View start(Texts t, String channelId, LocalDate defaultDeadline) {
        List<LayoutBlock> blocks = List.of(
                Views.input(
                        "title", t.t("aar.modal.start.name"), Views.text("title", false, MAX_TITLE, null), false, null),
                Views.input(
                        "goal",
                        t.t("aar.q.expected"),
                        Views.text("goal", true, AnswerForm.MAX_TEXT, null),
                        true,
                        t.t("aar.modal.start.goal_hint")),
                Views.input(
                        "participants",
                        t.t("aar.modal.start.participants"),
                        MultiUsersSelectElement.builder().actionId("users").build(),
                        true,
                        t.t("aar.modal.start.participants_hint")),
                Views.input(
                        "deadline",
                        t.t("aar.modal.start.deadline"),
                        DatePickerElement.builder()
                                .actionId("date")
                                .initialDate(defaultDeadline.toString())
                                .build(),
                        false,
                        t.t("aar.modal.start.deadline_hint", Deadlines.DEADLINE_TIME.toString())));
        return Views.modal(
                START,
                t.t("aar.modal.start.title"),
                t.t("aar.modal.start.submit"),
                t.t("aar.modal.cancel"),
                channelId,
                blocks);
    }

    /** The four questions and three action-item rows, filled in with {@code previous} when answering again. */
    static View answer(Texts t, Review r, AnswerForm previous) {
        List<LayoutBlock> blocks = new ArrayList<>();
        String intro = "*" + Mrkdwn.escape(r.title(), MAX_TITLE) + "*";
        if (r.goal() != null) {
            intro += "\n" + t.t("aar.modal.answer.goal", Mrkdwn.escape(r.goal(), 1000));
        }
        blocks.add(Blocks.section(intro + "\n\n" + t.t("aar.modal.answer.intro")));
        for (int q = 0; q < AnswerForm.QUESTION_BLOCKS.length; q++) {
            String initial = previous == null ? null : previous.text(q);
            blocks.add(Views.input(
                    AnswerForm.QUESTION_BLOCKS[q],
                    t.t(AnswerForm.QUESTION_KEYS[q]),
                    Views.text(AnswerForm.TEXT, true, AnswerForm.MAX_TEXT, initial),
                    true,
                    null));
        }
        for (int p = 1; p <= AnswerForm.MAX_ITEMS; p++) {
            int position = p;
            AnswerForm.Item item = previous == null
                    ? null
                    : previous.items().stream()
                            .filter(i -> i.position() == position)
                            .findFirst()
                            .orElse(null);
            blocks.add(Blocks.divider());
            blocks.add(Blocks.section(t.t("aar.modal.item", p)));
            blocks.add(Views.input(
                    AnswerForm.itemBlock(p, "what"),
                    t.t("aar.modal.item.what"),
                    Views.text("what", false, AnswerForm.MAX_WHAT, item == null ? null : item.what()),
                    true,
                    null));
            blocks.add(Views.input(
                    AnswerForm.itemBlock(p, "owner"),
                    t.t("aar.modal.item.owner"),
                    UsersSelectElement.builder()
                            .actionId("owner")
                            .initialUser(item == null ? null : item.ownerId())
                            .build(),
                    true,
                    null));
            blocks.add(Views.input(
                    AnswerForm.itemBlock(p, "due"),
                    t.t("aar.modal.item.due"),
                    DatePickerElement.builder()
                            .actionId("due")
                            .initialDate(item == null ? null : item.due().toString())
                            .build(),
                    true,
                    null));
        }
        return Views.modal(
                ANSWER,
                t.t("aar.modal.answer.title"),
                t.t("aar.modal.submit"),
                t.t("aar.modal.cancel"),
                String.valueOf(r.id()),
                blocks);
    }

    static View later(Texts t, ActionItem item, LocalDate suggestion) {
        List<LayoutBlock> blocks = List.of(
                Blocks.section("*" + Mrkdwn.escape(item.what(), AnswerForm.MAX_WHAT) + "*"),
                Views.input(
                        "date",
                        t.t("aar.modal.later.date"),
                        DatePickerElement.builder()
                                .actionId("date")
                                .initialDate(suggestion.toString())
                                .placeholder(plainText(t.t("aar.modal.later.date")))
                                .build(),
                        false,
                        null));
        return Views.modal(
                LATER,
                t.t("aar.modal.later.title"),
                t.t("aar.modal.submit"),
                t.t("aar.modal.cancel"),
                String.valueOf(item.id()),
                blocks);
    }

    static View drop(Texts t, ActionItem item) {
        List<LayoutBlock> blocks = List.of(
                Blocks.section("*" + Mrkdwn.escape(item.what(), AnswerForm.MAX_WHAT) + "*"),
                Views.input(
                        "reason",
                        t.t("aar.modal.drop.reason"),
                        Views.text("reason", true, 1000, null),
                        false,
                        t.t("aar.modal.drop.hint")));
        return Views.modal(
                DROP,
                t.t("aar.modal.drop.title"),
                t.t("aar.modal.drop.submit"),
                t.t("aar.modal.cancel"),
                String.valueOf(item.id()),
                blocks);
    }
}
