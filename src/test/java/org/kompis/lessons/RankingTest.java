package org.kompis.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RankingTest {

  private static Ranking.Candidate lesson(long id, String topic, String text, String tags) {
    return new Ranking.Candidate(id, topic, text, tags);
  }

  @Test
  void foldsLikeUnicode61WithoutDiacritics() {
    assertThat(Ranking.tokens("Kafé i ÖSTERSUND, ci/cd; Tromsø 2024 İstanbul"))
        .containsExactly("kafe", "i", "ostersund", "ci", "cd", "tromsø", "2024", "istanbul");
    assertThat(Ranking.tokens("cafe\u0301")).containsExactly("cafe");
    assertThat(Ranking.tokens("😀 -- ")).isEmpty();
  }

  @Test
  void moreHitsInAShorterLessonRankFirst() {
    Ranking.Candidate once = lesson(3, null, "kanban once in a rather long lesson text about many other things", "");
    Ranking.Candidate twice = lesson(2, null, "kanban and kanban", "");
    Ranking.Candidate topic = lesson(1, "Kanban", "about boards", "");
    assertThat(Ranking.rank(List.of(once, twice, topic), SearchQuery.parse("kanban").terms()))
        .containsExactly(1L, 2L, 3L);
  }

  @Test
  void phrasesAndPrefixesCount() {
    Ranking.Candidate phrase = lesson(2, null, "we moved ci/cd to the new runner", "");
    Ranking.Candidate apart = lesson(1, null, "ci was slow, cd was fine", "");
    assertThat(Ranking.rank(List.of(apart, phrase), SearchQuery.parse("ci/cd").terms())).containsExactly(2L, 1L);
    Ranking.Candidate prefix = lesson(4, null, "deployment deploys", "");
    Ranking.Candidate none = lesson(3, null, "nothing here", "");
    assertThat(Ranking.rank(List.of(none, prefix), SearchQuery.parse("depl*").terms())).containsExactly(4L, 3L);
  }

  @Test
  void tiesKeepTheNewestFirst() {
    List<Ranking.Candidate> same =
        List.of(lesson(9, null, "retro", ""), lesson(8, null, "retro", ""), lesson(7, null, "retro", ""));
    assertThat(Ranking.rank(same, SearchQuery.parse("retro").terms())).containsExactly(9L, 8L, 7L);
    assertThat(Ranking.rank(List.of(), SearchQuery.parse("retro").terms())).isEmpty();
  }
}
