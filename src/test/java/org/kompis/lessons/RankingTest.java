package org.kompis.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankingTest {

    private static Ranking.Candidate lesson(long id, String topic, String text, String tags) {
        return lesson(id, 0, topic, text, tags);
    }

    private static Ranking.Candidate lesson(long id, long at, String topic, String text, String tags) {
        return new Ranking.Candidate(id, at, IndexTerms.of(topic, tags, text));
    }

    private static List<Long> rank(String typed, Ranking.Candidate... candidates) {
        return Ranking.rank(List.of(candidates), SearchQuery.parse(typed).terms(), Map.of());
    }

    @Test
    void theWordAsWrittenRanksAboveItsOtherForms() {
        Ranking.Candidate stem = lesson(2, null, "rutinene for møtene", "");
        Ranking.Candidate exact = lesson(1, null, "rutine for møtene", "");
        assertThat(rank("rutine", stem, exact)).containsExactly(1L, 2L);
        assertThat(rank("rutinene", exact, stem)).containsExactly(2L, 1L);
    }

    @Test
    void topicAboveTagsAboveText() {
        Ranking.Candidate text = lesson(3, null, "kanban tavle", "");
        Ranking.Candidate tags = lesson(2, null, "tavle ord", "kanban");
        Ranking.Candidate topic = lesson(1, "kanban", "tavle ord", "");
        assertThat(rank("kanban", text, tags, topic)).containsExactly(1L, 2L, 3L);
    }

    @Test
    void rareWordsWeighMoreThanCommonOnes() {
        Ranking.Candidate common = lesson(2, null, "retro retro intranett", "");
        Ranking.Candidate rare = lesson(1, null, "retro intranett intranett", "");
        List<SearchQuery.Term> terms = SearchQuery.parse("retro intranett").terms();
        assertThat(Ranking.rank(List.of(common, rare), terms, Map.of("retro", 0.1, "intranett", 3.0)))
                .containsExactly(1L, 2L);
        assertThat(Ranking.rank(List.of(rare, common), terms, Map.of("retro", 3.0, "intranett", 0.1)))
                .containsExactly(2L, 1L);
    }

    @Test
    void newerBreaksNearTiesButNotRealDifferences() {
        long year = 365L * 86_400_000;
        Ranking.Candidate old = lesson(1, 0, null, "kanban", "");
        Ranking.Candidate fresh = lesson(2, 3 * year, null, "kanban", "");
        assertThat(rank("kanban", old, fresh)).containsExactly(2L, 1L);
        Ranking.Candidate oldTopic = lesson(3, 0, "kanban", "kanban", "");
        assertThat(rank("kanban", fresh, oldTopic)).containsExactly(3L, 2L);
    }

    @Test
    void moreHitsInAShorterLessonRankFirst() {
        Ranking.Candidate once =
                lesson(3, null, "kanban once in a rather long lesson text about many other things", "");
        Ranking.Candidate twice = lesson(2, null, "kanban and kanban", "");
        Ranking.Candidate topic = lesson(1, "Kanban", "about boards", "");
        assertThat(rank("kanban", once, twice, topic)).containsExactly(1L, 2L, 3L);
    }

    @Test
    void phrasesAndPrefixesCount() {
        Ranking.Candidate phrase = lesson(2, null, "we moved ci/cd to the new runner", "");
        Ranking.Candidate apart = lesson(1, null, "ci was slow, cd was fine", "");
        assertThat(rank("ci/cd", apart, phrase)).containsExactly(2L, 1L);
        Ranking.Candidate prefix = lesson(4, null, "deployment deploys", "");
        Ranking.Candidate none = lesson(3, null, "nothing here", "");
        assertThat(rank("depl*", none, prefix)).containsExactly(4L, 3L);
    }

    @Test
    void tiesKeepTheNewestFirst() {
        List<Ranking.Candidate> same =
                List.of(lesson(9, null, "retro", ""), lesson(8, null, "retro", ""), lesson(7, null, "retro", ""));
        assertThat(Ranking.rank(same, SearchQuery.parse("retro").terms(), Map.of()))
                .containsExactly(9L, 8L, 7L);
        assertThat(Ranking.rank(List.of(), SearchQuery.parse("retro").terms(), Map.of()))
                .isEmpty();
    }
}
