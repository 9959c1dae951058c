package org.kompis.aar;

import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import org.kompis.i18n.Texts;
import org.kompis.slack.Blocks;
import org.kompis.slack.Mrkdwn;

/** Direct messages, in the reader's language: the reminder, the deadline, and the action-item follow-up. */
final class AarDms {
    static final String DONE = "aar_item_done";
    static final String LATER = "aar_item_later";
    static final String DROP = "aar_item_drop";

    private AarDms() {}

    static List<LayoutBlock> reminder(Texts t, Review r) {
        return List.of(
                Blocks.section(t.t(
                        "aar.remind.text",
                        Mrkdwn.escape(r.title()),
                        Mrkdwn.channel(r.channelId()),
                        AarCore.date(t, r.deadline()),
                        Deadlines.DEADLINE_TIME.toString())),
                Blocks.actions(
                        "aar_remind_" + r.id(),
                        Blocks.primary(AarViews.ANSWER, t.t("aar.button.answer"), String.valueOf(r.id()))));
    }

    static List<LayoutBlock> deadline(Texts t, Review r, int answered, int invited) {
        return List.of(
                Blocks.section(t.t(
                        "aar.deadline.text",
                        Mrkdwn.escape(r.title()),
                        Mrkdwn.channel(r.channelId()),
                        answered,
                        Math.max(answered, invited))),
                Blocks.actions(
                        "aar_deadline_" + r.id(),
                        Blocks.primary(AarViews.CLOSE, t.t("aar.button.close"), String.valueOf(r.id()))));
    }

    static List<LayoutBlock> deadlineClosed(Texts t, Review r) {
        return List.of(
                Blocks.section(t.t("aar.deadline.closed", Mrkdwn.escape(r.title()), Mrkdwn.channel(r.channelId()))));
    }

    /** The follow-up of one action item: with its three buttons, or, once answered, with what was decided. */
    static List<LayoutBlock> followUp(Texts t, ActionItem item, Review r, String outcome) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(Blocks.section(t.t(
                "aar.due.text",
                Mrkdwn.escape(r.title()),
                Mrkdwn.channel(r.channelId()),
                Mrkdwn.escape(item.what(), AnswerForm.MAX_WHAT),
                AarCore.date(t, item.due()))));
        if (outcome == null) {
            String id = String.valueOf(item.id());
            blocks.add(Blocks.actions(
                    "aar_item_" + item.id(),
                    Blocks.primary(DONE, t.t("aar.due.done"), id),
                    Blocks.button(LATER, t.t("aar.due.later"), id),
                    Blocks.button(DROP, t.t("aar.due.drop"), id)));
        } else {
            blocks.add(Blocks.context(outcome));
        }
        return blocks;
    }

    /** What was decided about an item, for the follow-up DM once its buttons are gone. */
    static String outcome(Texts t, ActionItem item) {
        return switch (item.status()) {
            case "done" -> t.t("aar.due.result_done");
            case "dropped" -> t.t("aar.due.result_dropped", Mrkdwn.escape(item.dropReason(), 500));
            default -> t.t("aar.due.result_later", AarCore.date(t, item.due()));
        };
    }
}
