package org.kompis.reflection;

import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import org.kompis.delivery.Message;
import org.kompis.i18n.Lang;
import org.kompis.i18n.Messages;
import org.kompis.i18n.Texts;
import org.kompis.slack.Blocks;
import org.kompis.slack.Mrkdwn;

/** The channel posts: the prompt (also its counter update), a shared answer in the thread, the reminder. */
final class PromptMessages {
    static final String ANSWER_ACTION = "reflect_answer";

    private final Messages messages;

    PromptMessages(Messages messages) {
        this.messages = messages;
    }

    private Texts t(PromptRow p) {
        return messages.in(Lang.parse(p.lang()).orElse(Lang.EN));
    }

    /** The prompt, why it matters, the Answer button and how many have answered. Own prompts were typed: escaped. */
    /**
     * A count that includes an anonymous answer is shown only from {@link #SHOWN_FROM} answers: "1 answer so far"
     * appearing just after a colleague opened the form would say who wrote the anonymous answer.
     */
    static final int SHOWN_FROM = 5;

    static String count(Texts t, int answered, int anonymous) {
        return anonymous > 0 && answered < SHOWN_FROM
                ? t.t("reflection.prompt.count_few", SHOWN_FROM)
                : t.t("reflection.prompt.count", answered);
    }

    Message prompt(PromptRow p, int answered, int anonymous) {
        Texts t = t(p);
        String question = Mrkdwn.escape(p.text(), 2900);
        String theme = "reflection.theme." + p.theme();
        String why = "reflection.why." + p.theme();
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(Blocks.header(t.t("reflection.prompt.title")));
        blocks.add(Blocks.section("*" + question + "*"));
        if (messages.has(t.lang(), theme)) {
            blocks.add(Blocks.context("*" + t.t(theme) + "*: " + t.t(why)));
        }
        blocks.add(Blocks.actions(
                "reflect", Blocks.primary(ANSWER_ACTION, t.t("reflection.prompt.answer"), String.valueOf(p.id()))));
        blocks.add(Blocks.context(count(t, answered, anonymous) + "  ·  "
                + t.t(p.anonymity() ? "reflection.prompt.hint_anonymous" : "reflection.prompt.hint")));
        return new Message(question, blocks);
    }

    /** A shared answer as a thread reply: the author's name (no mention, so nobody is pinged) or "anonymous". */
    Message answer(PromptRow p, AnswerRow a, String authorName) {
        Texts t = t(p);
        String who = a.anonymous() || authorName == null
                ? t.t("reflection.reply.anonymous")
                : t.t("reflection.reply.named", Mrkdwn.escape(authorName, 100));
        String body = Mrkdwn.escape(a.text(), 2700);
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(Blocks.section(who + "\n" + body));
        if (a.tags() != null && !a.tags().isBlank()) {
            blocks.add(Blocks.context(t.t("reflection.reply.tags", Mrkdwn.escape(a.tags(), 300))));
        }
        return new Message(who + " " + Blocks.cut(body, 300), blocks);
    }

    Message reminder(PromptRow p) {
        String text = t(p).t("reflection.reminder");
        return new Message(text, List.of(Blocks.section(text)));
    }
}
