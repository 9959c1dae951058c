package org.kompis.aar;

import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.kompis.i18n.Texts;
import org.kompis.slack.Blocks;
import org.kompis.slack.Mrkdwn;

/** The messages a review posts in its channel: the review itself, each answer in the thread, and the summary. */
final class AarViews {
    static final String ANSWER = "aar_answer";
    static final String CLOSE = "aar_close";
    static final String CLOSED = "aar_closed";
    /** How much of a typed text a message shows; the modal allows 3,000 and escaping can lengthen it. */
    static final int SHOWN_TEXT = 2500;

    private static final int EARLIER_SHOWN = 10;

    private final AarCore core;

    AarViews(AarCore core) {
        this.core = core;
    }

    /** The review message, open or closed; re-rendered from the database every time, so updating is idempotent. */
    List<LayoutBlock> review(Review r, Texts t, List<String> participants, int answered, List<ActionItem> earlier) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(Blocks.header(t.t("aar.message.header", Mrkdwn.escape(r.title()))));
        String intro = t.t("aar.message.intro");
        if (r.goal() != null) {
            intro += "\n\n*" + t.t("aar.goal_label") + ":* " + Mrkdwn.escape(r.goal(), SHOWN_TEXT);
        }
        blocks.add(Blocks.section(intro));
        blocks.add(Blocks.section(questions(t)));
        String invited = r.wholeChannel()
                ? t.t("aar.message.invited_channel")
                : t.t(
                        "aar.message.invited",
                        participants.stream().map(Mrkdwn::user).collect(Collectors.joining(", ")));
        blocks.add(Blocks.section(invited + "\n"
                + t.t("aar.message.deadline", AarCore.date(t, r.deadline()), Deadlines.DEADLINE_TIME.toString())));
        if (r.open() && !earlier.isEmpty()) {
            blocks.add(Blocks.section(earlier(r.teamId(), t, earlier)));
        }
        blocks.add(Blocks.context(t.t(
                "aar.message.status",
                core.name(r.teamId(), r.createdBy()),
                answered,
                Math.max(answered, participants.size()))));
        if (r.open()) {
            blocks.add(Blocks.actions(
                    "aar_review_" + r.id(),
                    Blocks.primary(ANSWER, t.t("aar.button.answer"), String.valueOf(r.id())),
                    Blocks.button(CLOSE, t.t("aar.button.close"), String.valueOf(r.id()))));
        } else {
            blocks.add(Blocks.section(
                    t.t("aar.message.closed", core.name(r.teamId(), r.closedBy()), AarCore.date(t, r.closedOn()))));
            blocks.add(Blocks.actions(
                    "aar_review_" + r.id(), Blocks.button(CLOSED, t.t("aar.button.closed"), String.valueOf(r.id()))));
        }
        return blocks;
    }

    static String questions(Texts t) {
        StringBuilder sb = new StringBuilder();
        for (int q = 0; q < AnswerForm.QUESTION_KEYS.length; q++) {
            sb.append(q == 0 ? "" : "\n")
                    .append("*")
                    .append(q + 1)
                    .append(".* ")
                    .append(t.t(AnswerForm.QUESTION_KEYS[q]));
        }
        return sb.toString();
    }

    private String earlier(String team, Texts t, List<ActionItem> items) {
        StringBuilder sb = new StringBuilder(t.t("aar.message.earlier"));
        items.stream().limit(EARLIER_SHOWN).forEach(i -> sb.append('\n').append(itemLine(team, t, i, false)));
        if (items.size() > EARLIER_SHOWN) {
            sb.append('\n').append(t.t("aar.message.earlier_more", items.size() - EARLIER_SHOWN));
        }
        return Blocks.cut(sb.toString(), Blocks.MAX_SECTION_TEXT);
    }

    /** "• what — owner — due date": the owner by mention only where they are being asked to act. */
    String itemLine(String team, Texts t, ActionItem i, boolean mentionOwner) {
        String owner = mentionOwner ? Mrkdwn.user(i.ownerId()) : core.name(team, i.ownerId());
        String line = "• " + t.t("aar.item.line", Mrkdwn.escape(i.what(), 300), owner, AarCore.date(t, i.due()));
        return i.open() ? line : line + " " + t.t("aar.item.status." + i.status());
    }

    /** One person's answer as a thread reply, attributed by name (the thread is theirs to read, not a ping). */
    List<LayoutBlock> answerReply(Review r, Answer a, List<ActionItem> items, Texts t) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(Blocks.section(t.t("aar.reply.header", core.name(r.teamId(), a.userId()))));
        String[] texts = a.texts();
        for (int q = 0; q < texts.length; q++) {
            if (texts[q] != null) {
                blocks.add(Blocks.section(
                        "*" + t.t(AnswerForm.QUESTION_KEYS[q]) + "*\n" + Mrkdwn.escape(texts[q], SHOWN_TEXT)));
            }
        }
        if (!items.isEmpty()) {
            blocks.add(Blocks.section("*" + t.t("aar.items") + "*\n"
                    + items.stream().map(i -> itemLine(r.teamId(), t, i, true)).collect(Collectors.joining("\n"))));
        }
        if (a.version() > 1) {
            blocks.add(Blocks.context(t.t("aar.reply.edited")));
        }
        return blocks;
    }

    /** The summary's parts: each question's answers as bullets, the action items, and who took part. */
    List<SummaryPages.Part> summary(Review r, Texts t, List<Answer> answers, List<ActionItem> items, int invited) {
        List<SummaryPages.Part> parts = new ArrayList<>();
        if (r.goal() != null) {
            parts.add(new SummaryPages.Part(t.t("aar.goal_label"), List.of(Mrkdwn.escape(r.goal(), SHOWN_TEXT))));
        }
        for (int q = 0; q < AnswerForm.QUESTION_KEYS.length; q++) {
            int question = q;
            List<String> lines = answers.stream()
                    .filter(a -> a.texts()[question] != null)
                    .map(a -> "• " + Mrkdwn.escape(a.texts()[question], SHOWN_TEXT) + " — "
                            + core.name(r.teamId(), a.userId()))
                    .collect(Collectors.toList());
            parts.add(new SummaryPages.Part(
                    t.t(AnswerForm.QUESTION_KEYS[q]), lines.isEmpty() ? List.of(t.t("aar.summary.none")) : lines));
        }
        List<String> itemLines =
                items.stream().map(i -> itemLine(r.teamId(), t, i, false)).toList();
        parts.add(new SummaryPages.Part(
                t.t("aar.items"), itemLines.isEmpty() ? List.of(t.t("aar.summary.no_items")) : itemLines));
        parts.add(new SummaryPages.Part(
                null,
                List.of("_" + t.t("aar.summary.participation", answers.size(), Math.max(invited, answers.size()))
                        + "_")));
        return parts;
    }
}
