package org.kompis.sixhats;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.kompis.i18n.Texts;
import org.kompis.slack.Blocks;
import org.kompis.slack.Mrkdwn;

/**
 * The messages of an exercise: the root message in the channel (redrawn from the database at every change), the
 * posts in its thread and the ephemerals that hand out hats. Button values carry the exercise id (and, for
 * steering a round, the round the message showed); everything else is read from the database at click time.
 */
final class SixHatsViews {
    static final String JOIN = "sixhats_join";
    static final String START = "sixhats_start";
    static final String WRITE = "sixhats_write";
    static final String NEXT = "sixhats_next";
    static final String EXTEND = "sixhats_extend";
    static final String FINISH = "sixhats_finish";
    static final String CONCLUDE = "sixhats_conclude";

    private static final DateTimeFormatter FALLBACK =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private SixHatsViews() {}

    static String rootText(Texts t, Exercise e) {
        return t.t("sixhats.root.text", Mrkdwn.escape(e.topic(), 200));
    }

    static List<LayoutBlock> root(Texts t, Exercise e, int people, int groups) {
        String id = String.valueOf(e.id());
        String lead = Mrkdwn.user(e.facilitatorId());
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(Blocks.header(t.t("sixhats.title")));
        blocks.add(Blocks.section(t.t("sixhats.root.topic", Mrkdwn.escape(e.topic()))));
        List<BlockElement> buttons = new ArrayList<>();
        switch (e.status()) {
            case Exercise.OPEN -> {
                blocks.add(Blocks.section(
                        e.hatByHat()
                                ? t.t("sixhats.root.open.hat_by_hat", lead, duration(t, e.roundMinutes()))
                                : t.t("sixhats.root.open.in_threes", lead)));
                if (!e.hatByHat()) {
                    blocks.add(Blocks.context(t.t("sixhats.root.joined", people)));
                    buttons.add(Blocks.primary(JOIN, t.t("sixhats.button.join"), id));
                }
                buttons.add(Blocks.button(START, t.t("sixhats.button.start"), id));
            }
            case Exercise.RUNNING -> {
                if (e.hatByHat()) {
                    Hat hat = e.currentHat();
                    blocks.add(Blocks.section(t.t(
                            "sixhats.root.running.hat_by_hat",
                            hat.emoji(),
                            t.t(hat.nameKey()),
                            e.currentRound() + 1,
                            HatByHat.rounds().size(),
                            until(e.endsAt()))));
                    String round = id + ":" + e.currentRound();
                    buttons.add(Blocks.primary(WRITE, t.t("sixhats.button.write"), id));
                    buttons.add(Blocks.button(NEXT, t.t("sixhats.button.next"), round));
                    buttons.add(Blocks.button(EXTEND, t.t("sixhats.button.extend"), round));
                } else {
                    blocks.add(Blocks.section(t.t("sixhats.root.running.in_threes", people, groups)));
                    buttons.add(Blocks.primary(WRITE, t.t("sixhats.button.write"), id));
                    buttons.add(Blocks.button(JOIN, t.t("sixhats.button.join"), id));
                }
                buttons.add(Blocks.button(FINISH, t.t("sixhats.button.finish"), id));
            }
            case Exercise.CONCLUDING -> {
                blocks.add(Blocks.section(t.t("sixhats.root.concluding", lead)));
                buttons.add(Blocks.button(WRITE, t.t("sixhats.button.write"), id));
                buttons.add(Blocks.primary(CONCLUDE, t.t("sixhats.button.conclude"), id));
            }
            default -> blocks.add(Blocks.section(t.t("sixhats.root.finished", people)));
        }
        if (!buttons.isEmpty()) {
            blocks.add(Blocks.actions("sixhats_root", buttons.toArray(BlockElement[]::new)));
        }
        return blocks;
    }

    /** The groups, posted in the thread when an exercise in threes starts: mentions, so people find each other. */
    static List<LayoutBlock> groups(Texts t, List<Group> groups) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(Blocks.section(t.t("sixhats.groups.intro")));
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < groups.size(); i++) {
            List<String> seats = groups.get(i).seats().stream()
                    .map(s -> Mrkdwn.user(s.person()) + " " + s.hat().emoji() + " "
                            + t.t(s.hat().nameKey()))
                    .toList();
            String line = t.t("sixhats.groups.group", i + 1, String.join(", ", seats));
            // A section holds 3,000 characters: start another before a line would not fit.
            if (lines.length() + line.length() + 1 > Blocks.MAX_SECTION_TEXT
                    && blocks.size() < Blocks.MAX_MESSAGE_BLOCKS) {
                blocks.add(Blocks.section(lines.toString().trim()));
                lines.setLength(0);
            }
            lines.append(line).append('\n');
        }
        if (!lines.isEmpty()) {
            blocks.add(Blocks.section(lines.toString().trim()));
        }
        return Blocks.capped(blocks, "…");
    }

    static String lateJoiner(Texts t, String user, int groupNo, Hat hat) {
        return t.t("sixhats.groups.late", Mrkdwn.user(user), groupNo, hat.emoji(), t.t(hat.nameKey()));
    }

    /** The ephemeral that gives one person their hat (in threes), or tells them the hat of the moment. */
    static List<LayoutBlock> yourHat(Texts t, Exercise e, Hat hat, Integer groupNo, List<String> groupMates) {
        List<LayoutBlock> blocks = new ArrayList<>();
        String key = e.hatByHat() ? "sixhats.your_hat.now" : "sixhats.your_hat";
        blocks.add(Blocks.section(t.t(key, hat.emoji(), t.t(hat.nameKey()), t.t(hat.asksKey()))));
        List<String> context = new ArrayList<>();
        context.add(t.t("sixhats.your_hat.topic", Mrkdwn.escape(e.topic())));
        if (groupNo != null) {
            context.add(
                    groupMates.isEmpty()
                            ? t.t("sixhats.your_hat.alone", groupNo)
                            : t.t(
                                    "sixhats.your_hat.group",
                                    groupNo,
                                    String.join(
                                            ", ",
                                            groupMates.stream()
                                                    .map(Mrkdwn::user)
                                                    .toList())));
        }
        blocks.add(Blocks.context(String.join("\n", context)));
        blocks.add(Blocks.actions(
                "sixhats_hat", Blocks.primary(WRITE, t.t("sixhats.button.write"), String.valueOf(e.id()))));
        return blocks;
    }

    static String roundText(Texts t, Hat hat) {
        return t.t("sixhats.round.now.text", t.t(hat.nameKey()));
    }

    /** "Now: white hat — ..." in the thread when a round of hat by hat starts. */
    static List<LayoutBlock> round(Texts t, Exercise e) {
        Hat hat = e.currentHat();
        return List.of(
                Blocks.section(t.t("sixhats.round.now", hat.emoji(), t.t(hat.nameKey()), t.t(hat.asksKey()))),
                Blocks.context(t.t(
                        "sixhats.round.progress",
                        e.currentRound() + 1,
                        HatByHat.rounds().size(),
                        until(e.endsAt()))),
                Blocks.actions(
                        "sixhats_round", Blocks.primary(WRITE, t.t("sixhats.button.write"), String.valueOf(e.id()))));
    }

    static String extended(Texts t, Exercise e) {
        Hat hat = e.currentHat();
        return t.t("sixhats.round.extended", hat.emoji(), t.t(hat.nameKey()), until(e.endsAt()));
    }

    static List<LayoutBlock> contribution(Texts t, Hat hat, String author, String text) {
        return List.of(Blocks.section(t.t(
                "sixhats.contribution",
                hat.emoji(),
                t.t(hat.nameKey()),
                Mrkdwn.escape(author, 80),
                Summary.escapeWithin(text, 2500))));
    }

    static List<LayoutBlock> concludeAsk(Texts t, Exercise e) {
        return List.of(
                Blocks.section(t.t("sixhats.conclude.ask", Mrkdwn.escape(e.topic()))),
                Blocks.actions(
                        "sixhats_conclude",
                        Blocks.primary(CONCLUDE, t.t("sixhats.button.conclude"), String.valueOf(e.id()))));
    }

    /** A length in whole minutes as people say it: "10 minutes", "2 hours", "1 day". */
    static String duration(Texts t, int minutes) {
        if (minutes % (24 * 60) == 0) {
            return t.t("sixhats.duration.days", minutes / (24 * 60));
        }
        return minutes % 60 == 0
                ? t.t("sixhats.duration.hours", minutes / 60)
                : t.t("sixhats.duration.minutes", minutes);
    }

    /** A time each reader sees in their own time zone; the fallback is for clients that cannot. */
    static String until(Instant at) {
        return "<!date^" + at.getEpochSecond() + "^{date_short_pretty} {time}|" + FALLBACK.format(at) + ">";
    }
}
