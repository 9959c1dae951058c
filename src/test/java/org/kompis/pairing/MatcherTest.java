package org.kompis.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MatcherTest {
    private static final Matcher MATCHER = new Matcher();
    private static final RandomRounds.Shape PICKY = new RandomRounds.Shape(5, 10, 0, 3, 0.2, 0.1);
    private static final RandomRounds.Shape EASY = new RandomRounds.Shape(5, 10, 0, 3, 0, 0.1);

    private static Participant plain(String id, String team) {
        return Participant.of(id, team, Set.of("en"));
    }

    @Test
    void ratherNotListsAreNeverViolatedAndNobodyAppearsTwice() {
        for (int seed = 0; seed < 60; seed++) {
            List<Participant> people = RandomRounds.people(3 + seed, PICKY, seed);
            Checks.assertValid(MATCHER.match(people, RandomRounds.history(people, 5, 0.2, seed), seed), people);
        }
    }

    @Test
    void snoozedPeopleAreNeverPaired() {
        for (int seed = 0; seed < 30; seed++) {
            List<Participant> everyone = RandomRounds.people(40, PICKY, seed);
            Random random = new Random(seed);
            List<Participant> awake =
                    everyone.stream().filter(p -> random.nextDouble() > 0.3).toList();
            Matching matching = MATCHER.match(awake, History.none(), seed);
            Checks.assertValid(matching, awake);
        }
    }

    @Test
    void anEvenRoundWithoutRatherNotListsPairsEveryone() {
        for (int n = 2; n <= 80; n += 6) {
            List<Participant> people = RandomRounds.people(n, EASY, n);
            Matching matching = MATCHER.match(people, RandomRounds.history(people, 5, 0.3, n), n);
            assertThat(matching.unmatched()).isEmpty();
            assertThat(matching.groups())
                    .hasSize(n / 2)
                    .allSatisfy(g -> assertThat(g.members()).hasSize(2));
        }
    }

    @Test
    void anOddRoundHasExactlyOneTrioAndEveryonePlaced() {
        for (int n = 3; n <= 81; n += 6) {
            List<Participant> people = RandomRounds.people(n, EASY, n);
            Matching matching = MATCHER.match(people, History.none(), n);
            assertThat(matching.unmatched()).isEmpty();
            assertThat(matching.groups())
                    .filteredOn(g -> g.members().size() == 3)
                    .hasSize(1);
        }
    }

    @Test
    void someoneEverybodyAvoidsIsReportedUnmatched() {
        Participant loner =
                new Participant("Z", "t", Set.of(), Set.of(), Set.of("en"), Set.of("A", "B", "C", "D"), false);
        List<Participant> people = List.of(plain("A", "t"), plain("B", "t"), plain("C", "u"), plain("D", "u"), loner);
        Matching matching = MATCHER.match(people, History.none(), 1);
        assertThat(matching.unmatched()).containsExactly("Z");
        assertThat(matching.groups()).hasSize(2);
    }

    @Test
    void noPairRepeatsWhenARepeatFreeRoundExists() {
        List<String> ids = List.of("A", "B", "C", "D", "E", "F");
        for (int seed = 0; seed < 20; seed++) {
            // Everyone has met their neighbours in a ring and one person across: 9 of the 15 pairs, which still
            // leaves repeat-free pairings (A-C, B-E, D-F and others).
            List<History.Meeting> met = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                met.add(new History.Meeting(ids.get(i), ids.get((i + 1) % 6), 1 + (i + seed) % 4));
            }
            met.add(new History.Meeting("A", "D", 5));
            met.add(new History.Meeting("B", "F", 5));
            met.add(new History.Meeting("C", "E", 5));
            History history = History.of(6, met);
            List<Participant> people = ids.stream().map(id -> plain(id, "t")).toList();
            Matching matching = MATCHER.match(people, history, seed);
            assertThat(matching.groups())
                    .allSatisfy(g -> assertThat(g.firstMeeting()).isTrue());
        }
    }

    @Test
    void theSameInputAndSeedGiveTheSameGroupsWhateverTheInputOrder() {
        List<Participant> people = RandomRounds.people(91, PICKY, 5);
        History history = RandomRounds.history(people, 5, 0.2, 5);
        List<Participant> shuffled = new ArrayList<>(people);
        Collections.shuffle(shuffled, new Random(5));
        assertThat(MATCHER.match(shuffled, history, 42)).isEqualTo(MATCHER.match(people, history, 42));
    }

    @Test
    void theSeedBreaksTiesBetweenEquallyGoodRounds() {
        List<Participant> twins = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            twins.add(plain("U" + i, "t"));
        }
        Set<List<Group>> outcomes = new HashSet<>();
        for (long seed = 0; seed < 10; seed++) {
            outcomes.add(MATCHER.match(twins, History.none(), seed).groups());
        }
        assertThat(outcomes).hasSizeGreaterThan(1);
    }

    @Test
    void someoneWhoPrefersThreeJoinsTheTrioWhenItCostsNothing() {
        for (int n : new int[] {5, 9, 31, 101}) {
            for (long seed = 0; seed < 5; seed++) {
                List<Participant> people = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    people.add(new Participant("U" + i, "t", Set.of(), Set.of(), Set.of("en"), Set.of(), i == n / 2));
                }
                Group trio = MATCHER.match(people, History.none(), seed).groups().stream()
                        .filter(g -> g.members().size() == 3)
                        .findFirst()
                        .orElseThrow();
                assertThat(trio.members()).as("n=%d seed=%d", n, seed).contains("U" + n / 2);
            }
        }
    }

    @Test
    void eachGroupCarriesTheFactsForItsIntro() {
        Participant anna =
                new Participant("A", "core", Set.of("sql"), Set.of("css"), Set.of("nb", "en"), Set.of(), false);
        Participant bo = new Participant(
                "B", "sales", Set.of("css", "excel"), Set.of("sql"), Set.of("sv", "en"), Set.of(), false);
        Group group =
                MATCHER.match(List.of(bo, anna), History.none(), 1).groups().get(0);
        assertThat(group.members()).containsExactly("A", "B");
        assertThat(group.sharedLanguages()).containsExactly("en");
        assertThat(group.help()).containsExactly(new Group.Help("A", "B", "sql"), new Group.Help("B", "A", "css"));
        assertThat(group.firstMeeting()).isTrue();
        assertThat(group.differentTeams()).isTrue();
        assertThat(group.weight()).isEqualTo(PairWeights.weight(anna, bo, History.none()));
    }

    @Test
    void pastTheBudgetTheGreedyFallbackStillKeepsEveryRuleAndPlacesEveryone() {
        Matcher impatient = new Matcher(new Matcher.Options(32, Duration.ZERO, 0, 0));
        for (int seed = 0; seed < 10; seed++) {
            List<Participant> picky = RandomRounds.people(200 + seed, PICKY, seed);
            Matching matching = impatient.match(picky, History.none(), seed);
            assertThat(matching.solver()).isEqualTo(Matching.Solver.GREEDY_FALLBACK);
            Checks.assertValid(matching, picky);
            List<Participant> easy = RandomRounds.people(200 + seed, EASY, seed);
            assertThat(impatient.match(easy, History.none(), seed).unmatched()).isEmpty();
        }
    }

    @Test
    void aLargeRoundIsPrunedButStillPlacesEveryone() {
        List<Participant> people = RandomRounds.people(601, new RandomRounds.Shape(20, 40, 2, 4, 0.001, 0.05), 3);
        Matching matching = MATCHER.match(people, RandomRounds.history(people, 27, 0.01, 3), 3);
        Checks.assertValid(matching, people);
        assertThat(matching.unmatched()).isEmpty();
        assertThat(matching.solver()).isEqualTo(Matching.Solver.BLOSSOM);
    }

    @Test
    void tinyRoundsAndDuplicates() {
        assertThat(MATCHER.match(List.of(), History.none(), 1).groups()).isEmpty();
        assertThat(MATCHER.match(List.of(plain("A", "t")), History.none(), 1).unmatched())
                .containsExactly("A");
        assertThat(MATCHER.match(List.of(plain("A", "t"), plain("B", "t"), plain("C", "t")), History.none(), 1)
                        .groups())
                .singleElement()
                .satisfies(g -> assertThat(g.members()).containsExactly("A", "B", "C"));
        assertThatThrownBy(() -> MATCHER.match(List.of(plain("A", "t"), plain("A", "u")), History.none(), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLargeRoundOfTwoLanguagesPlacesEveryone() {
        // The shape of a real 2,000-person channel: one team, every third person Swedish, the rest Norwegian.
        List<Participant> people = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            people.add(Participant.of(String.format("UP%05d", i), "", Set.of(i % 3 == 0 ? "sv" : "nb")));
        }
        Matching matching = MATCHER.match(people, History.none(), 7);
        assertThat(matching.unmatched()).isEmpty();
        assertThat(matching.groups().stream().mapToInt(g -> g.members().size()).sum())
                .isEqualTo(2000);
    }
}
