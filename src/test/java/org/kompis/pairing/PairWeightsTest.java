package org.kompis.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kompis.pairing.PairWeights.FORBIDDEN;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PairWeightsTest {
    private static final Participant ANNA =
            new Participant("A", "core", Set.of(), Set.of(), Set.of("nb"), Set.of(), false);
    private static final Participant BO =
            new Participant("B", "core", Set.of(), Set.of(), Set.of("sv"), Set.of(), false);

    private static History metAgo(int roundsAgo) {
        return History.of(100, List.of(new History.Meeting("A", "B", 100 - roundsAgo)));
    }

    private static double w(Participant a, Participant b) {
        return PairWeights.weight(a, b, History.none());
    }

    @Test
    void aPairWithNothingInCommonWeighsTheFloorPlusNeverMet() {
        assertThat(w(ANNA, BO)).isEqualTo(PairWeights.FLOOR + PairWeights.NEVER_MET);
    }

    @Test
    void neverMetBeatsMetLongAgoWhichBeatsMetRecently() {
        double never = PairWeights.weight(ANNA, BO, History.none());
        double longAgo = PairWeights.weight(ANNA, BO, metAgo(20));
        double lastRound = PairWeights.weight(ANNA, BO, metAgo(1));
        assertThat(never).isGreaterThan(longAgo);
        assertThat(longAgo).isGreaterThan(lastRound);
        assertThat(lastRound).isEqualTo(PairWeights.FLOOR);
    }

    @Test
    void metLongAgoGrowsWithTimeUntilFullyFaded() {
        double previous = -1;
        for (int ago = 1; ago <= PairWeights.FADE_ROUNDS + 1; ago++) {
            double weight = PairWeights.weight(ANNA, BO, metAgo(ago));
            assertThat(weight).isGreaterThan(previous);
            previous = weight;
        }
        assertThat(PairWeights.weight(ANNA, BO, metAgo(60)))
                .isEqualTo(previous)
                .isEqualTo(PairWeights.FLOOR + PairWeights.MET_LONG_AGO);
    }

    @Test
    void differentTeamsWeighMoreButAnUnknownTeamEarnsNothing() {
        Participant otherTeam = new Participant("B", "sales", Set.of(), Set.of(), Set.of("sv"), Set.of(), false);
        Participant noTeam = new Participant("B", "", Set.of(), Set.of(), Set.of("sv"), Set.of(), false);
        assertThat(w(ANNA, otherTeam) - w(ANNA, BO)).isEqualTo(PairWeights.DIFFERENT_TEAMS);
        assertThat(w(ANNA, noTeam)).isEqualTo(w(ANNA, BO));
    }

    @Test
    void skillsCountWhicheverSideCanHelpAndAddUpWhenMutual() {
        Participant teacher = new Participant("A", "core", Set.of("sql"), Set.of("css"), Set.of("nb"), Set.of(), false);
        Participant learnsSql = new Participant("B", "core", Set.of(), Set.of("sql"), Set.of("sv"), Set.of(), false);
        Participant teachesCss = new Participant("B", "core", Set.of("css"), Set.of(), Set.of("sv"), Set.of(), false);
        Participant mutual = new Participant("B", "core", Set.of("css"), Set.of("sql"), Set.of("sv"), Set.of(), false);
        double none = w(teacher, BO);
        assertThat(w(teacher, learnsSql) - none).isEqualTo(PairWeights.SKILL_MATCH);
        assertThat(w(teacher, teachesCss) - none).isEqualTo(PairWeights.SKILL_MATCH);
        assertThat(w(teacher, mutual) - none).isEqualTo(2 * PairWeights.SKILL_MATCH);
        assertThat(w(learnsSql, teacher)).isEqualTo(w(teacher, learnsSql));
    }

    @Test
    void theSkillTermIsCapped() {
        Set<String> many = Set.of("a", "b", "c", "d", "e", "f");
        Participant expert = new Participant("A", "core", many, Set.of(), Set.of("nb"), Set.of(), false);
        Participant eager = new Participant("B", "core", Set.of(), many, Set.of("sv"), Set.of(), false);
        assertThat(w(expert, eager) - w(ANNA, BO)).isEqualTo(PairWeights.SKILL_MATCH * PairWeights.MAX_SKILL_MATCHES);
    }

    @Test
    void aSharedLanguageWeighsMore() {
        Participant bilingual = new Participant("B", "core", Set.of(), Set.of(), Set.of("sv", "nb"), Set.of(), false);
        assertThat(w(ANNA, bilingual) - w(ANNA, BO)).isEqualTo(PairWeights.SHARED_LANGUAGE);
    }

    @Test
    void ratherNotIsForbiddenWhicheverSideSaidIt() {
        Participant annaAvoidsBo = new Participant("A", "core", Set.of(), Set.of(), Set.of("nb"), Set.of("B"), false);
        Participant boAvoidsAnna = new Participant("B", "core", Set.of(), Set.of(), Set.of("sv"), Set.of("A"), false);
        assertThat(w(annaAvoidsBo, BO)).isEqualTo(FORBIDDEN);
        assertThat(w(BO, annaAvoidsBo)).isEqualTo(FORBIDDEN);
        assertThat(w(ANNA, boAvoidsAnna)).isEqualTo(FORBIDDEN);
        assertThat(w(boAvoidsAnna, ANNA)).isEqualTo(FORBIDDEN);
    }

    @Test
    void nobodyIsPairedWithThemself() {
        PairWeights weights = new PairWeights(List.of(ANNA, BO), History.none());
        assertThat(weights.allowed(0, 0)).isFalse();
        assertThat(weights.weight(1, 1)).isEqualTo(FORBIDDEN);
    }

    @Test
    void everyAllowedRandomPairIsSymmetricAndBetweenTheFloorAndTheMaximum() {
        List<Participant> people = RandomRounds.people(60, new RandomRounds.Shape(4, 8, 0, 4, 0.05, 0.2), 1);
        PairWeights weights = new PairWeights(people, RandomRounds.history(people, 30, 0.2, 1));
        for (int i = 0; i < people.size(); i++) {
            for (int j = 0; j < people.size(); j++) {
                assertThat(weights.weight(i, j)).isEqualTo(weights.weight(j, i));
                if (weights.allowed(i, j)) {
                    assertThat(weights.weight(i, j)).isBetween(PairWeights.FLOOR, PairWeights.MAX_WEIGHT);
                }
            }
        }
    }

    @Test
    void aTrioSumsItsPairsPlusTheBonusForEachMemberWhoPrefersThree() {
        Participant likesThree = new Participant("C", "core", Set.of(), Set.of(), Set.of("en"), Set.of(), true);
        PairWeights weights = new PairWeights(List.of(ANNA, BO, likesThree), History.none());
        double pairs = weights.weight(0, 1) + weights.weight(0, 2) + weights.weight(1, 2);
        assertThat(weights.groupWeight(0, 1, 2)).isEqualTo(pairs + PairWeights.PREFERS_THREE_BONUS);
        assertThat(weights.groupWeight(0, 2)).isEqualTo(weights.weight(0, 2));
    }
}
