package org.kompis.pairing;

import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kompis.i18n.Texts;
import org.kompis.slack.Blocks;
import org.kompis.slack.Mrkdwn;

/** The ritual's messages in Block Kit: the round note, intros, "Did you meet?", and the buddy messages. */
final class PairsViews {
    static final String MET_YES = "pairs_met_yes";
    static final String MET_NOT_YET = "pairs_met_not_yet";
    static final String MET_WONT = "pairs_met_wont";
    static final String LEARN = "pairs_learn";
    static final List<String> ANSWERS = List.of("yes", "not_yet", "wont");

    private PairsViews() {}

    static List<LayoutBlock> announce(Texts t, Round round, int groups) {
        return List.of(
                Blocks.section(t.t("pairs.round.announce", round.roundNo(), round.people(), groups)),
                Blocks.context(t.t("pairs.round.announce.join")));
    }

    /**
     * Why these people were matched. Help lines name tags, so they are left out when the helper's or the learner's
     * profile is private; teams are never named, only that they differ.
     */
    static List<String> reasons(Texts t, RoundGroup g, Set<String> privateProfiles, Function<String, String> name) {
        List<String> why = new ArrayList<>();
        for (Group.Help h : g.helpLines()) {
            if (!privateProfiles.contains(h.helper()) && !privateProfiles.contains(h.learner())) {
                why.add(t.t(
                        "pairs.intro.why.help",
                        name.apply(h.helper()),
                        name.apply(h.learner()),
                        Mrkdwn.escape(h.topic())));
            }
        }
        if (g.firstMeeting()) {
            why.add(t.t("pairs.intro.why.first"));
        }
        if (g.differentTeams()) {
            why.add(t.t("pairs.intro.why.teams"));
        }
        return why;
    }

    static List<LayoutBlock> intro(
            Texts t,
            List<String> members,
            String channel,
            String roundDate,
            List<String> why,
            String starter,
            String followUpDate) {
        String people = members.stream().map(Mrkdwn::user).collect(Collectors.joining(", "));
        boolean trio = members.size() == 3;
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(Blocks.header(t.t(trio ? "pairs.intro.title.trio" : "pairs.intro.title.pair")));
        blocks.add(Blocks.section(t.t(
                trio ? "pairs.intro.hello.trio" : "pairs.intro.hello.pair",
                people,
                Mrkdwn.channel(channel),
                roundDate)));
        String because = why.isEmpty()
                ? t.t("pairs.intro.why.none")
                : why.stream().map(line -> "• " + line).collect(Collectors.joining("\n"));
        blocks.add(Blocks.section(t.t("pairs.intro.why") + "\n" + because));
        if (starter != null) {
            blocks.add(Blocks.section(t.t("pairs.intro.starter", Mrkdwn.escape(starter))));
        }
        blocks.add(Blocks.context(t.t("pairs.intro.howto", followUpDate)));
        return blocks;
    }

    /** "Did you meet?", with who has answered what so far. */
    static List<LayoutBlock> followUp(List<Texts> langs, long groupId, List<String> members, List<String> answers) {
        String people = members.stream().map(Mrkdwn::user).collect(Collectors.joining(", "));
        String value = String.valueOf(groupId);
        List<LayoutBlock> blocks = new ArrayList<>();
        // A mixed group reads the question in each member's language, and one set of buttons labelled in all of them.
        blocks.add(Blocks.section(
                langs.stream().map(t -> t.t("pairs.followup.question", people)).collect(Collectors.joining("\n"))));
        blocks.add(Blocks.actions(
                "pairs_followup",
                Blocks.primary(MET_YES, label(langs, "pairs.followup.yes"), value),
                Blocks.button(MET_NOT_YET, label(langs, "pairs.followup.not_yet"), value),
                Blocks.button(MET_WONT, label(langs, "pairs.followup.wont"), value)));
        if (!answers.isEmpty()) {
            blocks.add(Blocks.context(langs.get(0).t("pairs.followup.answers", String.join(", ", answers))));
        }
        return blocks;
    }

    private static String label(List<Texts> langs, String key) {
        return langs.stream().map(t -> t.t(key)).distinct().collect(Collectors.joining(" / "));
    }

    /** What a person sees after "Yes, we met": thanks and the way to write down what they learned. */
    static List<LayoutBlock> metYes(Texts t, long groupId) {
        return List.of(Blocks.section(
                t.t("pairs.met.yes"), Blocks.primary(LEARN, t.t("pairs.met.learn_button"), String.valueOf(groupId))));
    }

    static List<LayoutBlock> buddyIntro(Texts t, Buddy b) {
        return List.of(
                Blocks.header(t.t("pairs.buddy.intro.title")),
                Blocks.section(t.t(
                        "pairs.buddy.intro",
                        Mrkdwn.user(b.newcomer()),
                        Mrkdwn.user(b.buddy()),
                        Mrkdwn.channel(b.channelId()))),
                Blocks.section(t.t("pairs.buddy.intro.tips")),
                Blocks.context(t.t("pairs.buddy.intro.checkins")));
    }

    static List<LayoutBlock> buddyCheckIn(Texts t, Buddy b, String when) {
        return List.of(
                Blocks.section(t.t("pairs.buddy.checkin." + when, Mrkdwn.user(b.newcomer()), Mrkdwn.user(b.buddy()))));
    }
}
