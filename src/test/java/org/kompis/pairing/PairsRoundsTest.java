package org.kompis.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kompis.testing.Eventually.eventually;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kompis.testing.FakeSlack.Call;
import org.kompis.testing.Sql;
import org.kompis.testing.TestApp;

/** The issue's "done when", end to end: people join, a manager runs rounds, intros land in group DMs. */
class PairsRoundsTest {
    static PairsRig rig;

    @BeforeAll
    static void start() {
        rig = PairsRig.start();
    }

    @AfterAll
    static void stop() {
        rig.close();
    }

    @Test
    void fivePeopleThreeRoundsEveryoneOnceOneTrioFewestRepeatsIntrosInGroupDms() {
        String channel = TestApp.CHANNEL;
        rig.join(channel, PairsRig.FIVE);
        assertThat(Sql.count(rig.app.kit().jdbi(), "select count(*) from pairs_members where channel_id = ?", channel))
                .isEqualTo(5);
        Set<Set<String>> met = new HashSet<>();
        for (int round = 1; round <= 3; round++) {
            long roundId = rig.now(channel);
            Map<Long, List<String>> groups = rig.groups(roundId);
            assertEveryoneOnce(groups.values(), PairsRig.FIVE);
            assertThat(groups.values().stream().filter(g -> g.size() == 3))
                    .as("round %s has one trio", round)
                    .hasSize(1);
            assertThat(repeats(groups.values(), met))
                    .as("repeated pairs in round %s", round)
                    .isEqualTo(fewestRepeats(PairsRig.FIVE, met));
            met.addAll(PairsRig.pairs(groups.values()));
            assertIntros(groups);
        }
        assertThat(Sql.count(rig.app.kit().jdbi(), "select count(*) from pairs_meetings where channel_id = ?", channel))
                .as("a pair and a trio make four meetings a round")
                .isEqualTo(12);
    }

    @Test
    void sevenPeopleMeetSomeoneNewEveryRoundWhileTheyCan() {
        String channel = "C0SEVEN";
        rig.join(channel, PairsRig.SEVEN);
        Set<Set<String>> met = new HashSet<>();
        for (int round = 1; round <= 3; round++) {
            Map<Long, List<String>> groups = rig.groups(rig.now(channel));
            assertEveryoneOnce(groups.values(), PairsRig.SEVEN);
            assertThat(fewestRepeats(PairsRig.SEVEN, met))
                    .as("a repeat-free round %s exists", round)
                    .isZero();
            assertThat(repeats(groups.values(), met))
                    .as("repeats in round %s", round)
                    .isZero();
            met.addAll(PairsRig.pairs(groups.values()));
        }
    }

    @Test
    void theIntroSaysWhyInTheGroupsLanguageWithAStarterAndTheFollowUpDate() {
        String channel = "C0INTRO";
        rig.join(channel, List.of(TestApp.KARI, TestApp.MANAGER));
        long roundId = rig.now(channel);
        long groupId = rig.groups(roundId).keySet().iterator().next();
        // The same people share one group DM across channels, so find this channel's intro in it.
        Call intro = rig.posts(rig.dmOf(groupId)).stream()
                .filter(c -> PairsRig.shown(c).contains("<#" + channel + ">"))
                .findFirst()
                .orElseThrow();
        String shown = PairsRig.shown(intro);
        assertThat(shown)
                .contains(
                        "Læringsparet ditt",
                        "<@" + TestApp.KARI + ">",
                        "<@" + TestApp.MANAGER + ">",
                        "<#" + channel + ">",
                        "Dere har ikke møttes i læringspar før",
                        "Noe å starte med:",
                        "Jeg spør her onsdag 25. november");
        // The channel's note goes through the outbox: nobody waits for it.
        eventually(() -> assertThat(rig.posts(channel))
                .anySatisfy(
                        c -> assertThat(PairsRig.shown(c)).contains("Learning pairs, round 1:* 2 people in 1 group.")));
    }

    @Test
    void onlyManagersRunARoundNow() {
        String channel = "C0REFUSE";
        rig.join(channel, List.of(TestApp.EMMA, TestApp.OLA));
        assertThat(rig.run(TestApp.EMMA, channel, "now")).contains("Only managers");
        assertThat(Sql.count(rig.app.kit().jdbi(), "select count(*) from pairs_rounds where channel_id = ?", channel))
                .isZero();
        assertThat(rig.run(TestApp.ASTRID, channel, "now"))
                .as("the @ledere group are managers")
                .contains("Omgång 1");
    }

    @Test
    void tooFewForARoundIsSaidAndNothingIsSent() {
        String channel = "C0ALONE";
        rig.join(channel, List.of(TestApp.OLA));
        assertThat(rig.run(TestApp.ADMIN, channel, "now")).contains("Too few for a round", "only 1 person is");
        assertThat(rig.app.slack.calls("conversations.open").stream()
                        .filter(c -> String.valueOf(c.param("users")).equals(TestApp.OLA)))
                .isEmpty();
    }

    @Test
    void snoozedPeopleSitOutUntilTheirDateAndLeavingMeansOut() {
        String channel = "C0SNOOZE";
        rig.join(channel, List.of(TestApp.KARI, TestApp.SVEN, TestApp.EMMA, TestApp.OLA));
        assertThat(rig.run(TestApp.EMMA, channel, "snooze 2026-12-01"))
                .contains("you won't be matched before Tuesday 1 December");
        assertThat(rig.run(TestApp.EMMA, channel, "snooze yesterday")).contains("/pairs snooze 2026-12-04");
        assertThat(rig.run(TestApp.OLA, channel, "leave")).contains("You've left the learning pairs");
        Map<Long, List<String>> groups = rig.groups(rig.now(channel));
        assertEveryoneOnce(groups.values(), List.of(TestApp.KARI, TestApp.SVEN));
        assertThat(rig.run(TestApp.EMMA, channel, "status")).contains("You're snoozed until Tuesday 1 December");

        rig.app.clock.set(java.time.Instant.parse("2026-12-01T08:00:00Z"));
        try {
            assertEveryoneOnce(
                    rig.groups(rig.now(channel)).values(), List.of(TestApp.KARI, TestApp.SVEN, TestApp.EMMA));
        } finally {
            rig.app.clock.set(java.time.Instant.parse("2026-11-20T09:00:00Z"));
        }
        assertThat(rig.run(TestApp.OLA, channel, "leave")).contains("You're not in the learning pairs");
    }

    @Test
    void statusShowsTheCurrentMatchAndStatsCountTheChannel() {
        String channel = "C0STATS";
        rig.join(channel, List.of(TestApp.SVEN, TestApp.ASTRID));
        rig.now(channel);
        String status = rig.run(TestApp.SVEN, channel, "status");
        assertThat(status)
                .contains(
                        "Du är med i lärparen", "2 personer är med", "Du är ihopparad med Astrid Lindqvist (omgång 1");
        String stats = rig.run(TestApp.EMMA, channel, "stats");
        assertThat(stats)
                .contains(
                        "Rounds: 1",
                        "People who took part: 2",
                        "Meetings reported: 0",
                        "Lessons written: 0",
                        "first time: 100 % of 1");
    }

    @Test
    void helpListsPairsAndCommandsWorkInTheKompisForm() {
        String help = rig.run(TestApp.EMMA, TestApp.CHANNEL, "help");
        assertThat(help)
                .contains(
                        "/pairs join",
                        "/pairs snooze &lt;date&gt;",
                        "/pairs now",
                        "/pairs stats",
                        "/pairs schedule [weekly|biweekly|monthly &lt;day&gt; &lt;HH:MM&gt;|off]",
                        "every four weeks");
        String id = rig.app.command(TestApp.EMMA, "C0KOMPIS", "/kompis", "pairs join");
        assertThat(PairsRig.shownReply(rig.app.reply(id))).contains("You're in the learning pairs of <#C0KOMPIS>");
        assertThat(rig.run(TestApp.EMMA, "C0KOMPIS", "join"))
                .contains("You are already in the learning pairs of <#C0KOMPIS>");
        assertThat(rig.run(TestApp.EMMA, "D0EMMA", "join")).contains("belong to a channel");
    }

    private void assertIntros(Map<Long, List<String>> groups) {
        for (Map.Entry<Long, List<String>> g : groups.entrySet()) {
            String dm = rig.dmOf(g.getKey());
            assertThat(dm).as("group %s has a DM", g.getValue()).isNotNull();
            assertThat(rig.app.slack.calls("conversations.open"))
                    .anySatisfy(
                            c -> assertThat(Set.of(c.param("users").split(","))).isEqualTo(Set.copyOf(g.getValue())));
            List<Call> intros = rig.posts(dm).stream()
                    .filter(c -> c.param("blocks").contains("intro")
                            || PairsRig.shown(c).contains("<@" + g.getValue().get(0) + ">"))
                    .toList();
            assertThat(intros).as("intros in %s", dm).isNotEmpty();
            String shown = PairsRig.shown(intros.get(intros.size() - 1));
            g.getValue().forEach(u -> assertThat(shown).contains("<@" + u + ">"));
        }
    }

    static void assertEveryoneOnce(Iterable<List<String>> groups, List<String> people) {
        List<String> seen = new ArrayList<>();
        groups.forEach(seen::addAll);
        assertThat(seen).containsExactlyInAnyOrderElementsOf(people);
        groups.forEach(g -> assertThat(g).hasSizeBetween(2, 3));
    }

    static int repeats(Iterable<List<String>> groups, Set<Set<String>> met) {
        return (int) PairsRig.pairs(groups).stream().filter(met::contains).count();
    }

    /** The fewest repeated pairs any split into pairs (and one trio on odd counts) could have: brute force. */
    static int fewestRepeats(List<String> people, Set<Set<String>> met) {
        return fewest(new ArrayList<>(people), met, people.size() % 2 == 1);
    }

    private static int fewest(List<String> left, Set<Set<String>> met, boolean trioLeft) {
        if (left.isEmpty()) {
            return 0;
        }
        String first = left.get(0);
        int best = Integer.MAX_VALUE / 2;
        for (int i = 1; i < left.size(); i++) {
            List<String> rest = new ArrayList<>(left);
            String b = rest.remove(i);
            rest.remove(0);
            int here = met.contains(Set.of(first, b)) ? 1 : 0;
            if (splittable(rest.size(), trioLeft)) {
                best = Math.min(best, here + fewest(rest, met, trioLeft));
            }
            if (trioLeft) {
                for (int j = 0; j < rest.size(); j++) {
                    List<String> rest2 = new ArrayList<>(rest);
                    String c = rest2.remove(j);
                    if (splittable(rest2.size(), false)) {
                        int trio =
                                here + (met.contains(Set.of(first, c)) ? 1 : 0) + (met.contains(Set.of(b, c)) ? 1 : 0);
                        best = Math.min(best, trio + fewest(rest2, met, false));
                    }
                }
            }
        }
        return best;
    }

    private static boolean splittable(int n, boolean trio) {
        return trio ? n >= 3 && n % 2 == 1 : n % 2 == 0;
    }

    @Test
    void theHomeTabShowsMyCurrentPair() {
        String channel = "C0HOMEPAIRS";
        rig.join(channel, PairsRig.FIVE);
        Map<Long, List<String>> groups = rig.groups(rig.now(channel));
        List<String> mine = groups.values().stream()
                .filter(g -> g.contains(PairsRig.FIVE.get(0)))
                .findFirst()
                .orElseThrow();
        String home = org.kompis.testing.Json.text(com.slack.api.util.json.GsonFactory.createSnakeCase()
                .toJson(rig.app.kit().home().view(org.kompis.testing.FakeSlack.TEAM, PairsRig.FIVE.get(0))));
        assertThat(home).contains("<#" + channel + ">");
        mine.stream()
                .filter(u -> !u.equals(PairsRig.FIVE.get(0)))
                .forEach(u -> assertThat(home).contains("<@" + u + ">"));
    }
}
