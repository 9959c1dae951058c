package org.kompis.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kompis.lessons.TestDb.TEAM;
import static org.kompis.lessons.TestDb.lesson;
import static org.kompis.lessons.TestDb.viewer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kompis.core.LessonSource;
import org.kompis.core.NewLesson;

class LessonSearchTest {
    static final Viewer ADA = viewer("U1", "C1", "C2");

    @TempDir
    Path dir;

    TestDb t;

    @BeforeEach
    void open() {
        t = new TestDb(dir);
        t.store.rememberChannel(TEAM, "C1", false, 0);
        t.store.rememberChannel(TEAM, "C2", false, 0);
    }

    @AfterEach
    void close() {
        t.close();
    }

    private List<String> texts(String typed) {
        return t.find(typed, ADA).lessons().stream().map(Lesson::text).toList();
    }

    @Test
    void findsByWordsAllOfThem() {
        t.add(lesson("Deploy small changes on Friday"));
        t.add(lesson("Never deploy without a rollback plan"));
        t.add(NewLesson.of(LessonSource.MANUAL, "T2", "deploy in another team")
                .inChannel("C1")
                .by("U1"));
        assertThat(texts("deploy")).hasSize(2);
        assertThat(texts("DEPLOY friday")).containsExactly("Deploy small changes on Friday");
        assertThat(t.find("DEPLOY friday", ADA).partial()).isFalse();
        // No lesson has both: the best partial matches, marked as such.
        assertThat(t.find("deploy tuesday", ADA).partial()).isTrue();
        assertThat(texts("tuesday wednesday")).isEmpty();
        assertThat(texts("depl*")).hasSize(2);
    }

    @Test
    void wordsInQuotesAreAPhrase() {
        t.add(lesson("Daglig leder tok ansvar for rutinen"));
        t.add(lesson("Leder var daglig til stede"));
        assertThat(texts("\"daglig leder\"")).containsExactly("Daglig leder tok ansvar for rutinen");
        assertThat(texts("daglig leder")).hasSize(2);
        assertThat(texts("“daglig led*”")).containsExactly("Daglig leder tok ansvar for rutinen");
        assertThat(texts("\"leder daglig\"")).isEmpty();
        // A quote that never closes is an ordinary character.
        assertThat(texts("\"daglig leder")).hasSize(2);
    }

    @Test
    void ranksTheBetterMatchFirst() {
        t.add(lesson("A long story about many things where a retro is mentioned once among lots of other words here"));
        t.add(lesson("Retro: the retro format we use").topic("Retro").tags("retro"));
        t.add(lesson("Unrelated but newest"));
        assertThat(texts("retro"))
                .containsExactly(
                        "Retro: the retro format we use",
                        "A long story about many things where a retro is mentioned once among lots of other words here");
    }

    @Test
    void functionWordsRankButDoNotNarrow() {
        t.add(lesson("Kanban og tavle"));
        t.add(lesson("Kanban board"));
        assertThat(texts("og kanban")).containsExactly("Kanban og tavle", "Kanban board");
        assertThat(texts("og")).containsExactly("Kanban og tavle");
    }

    @Test
    void ignoresDiacriticsBothWays() {
        t.add(lesson("Vi møttes på kafé i Östersund"));
        t.add(lesson("Cafe culture in Malmo"));
        // Café is kafé in Norwegian and Swedish: the form as written first.
        assertThat(texts("kafe")).containsExactly("Vi møttes på kafé i Östersund", "Cafe culture in Malmo");
        assertThat(texts("ostersund")).hasSize(1);
        assertThat(texts("Östersund")).hasSize(1);
        assertThat(texts("café malmö")).containsExactly("Cafe culture in Malmo");
    }

    @Test
    void findsOtherInflectionsCompoundPartsAndTheNeighbourLanguage() {
        t.add(lesson("Rutinene for intranettet ble skrevet om etter brukerundersøkelsen"));
        t.add(lesson("Mötet om dokumentationen på arbetsplatsträffen"));
        t.add(lesson("Reports are read by the veilederen"));
        assertThat(texts("intranett"))
                .containsExactly("Rutinene for intranettet ble skrevet om etter brukerundersøkelsen");
        assertThat(texts("\"intranett*\"")).hasSize(1);
        assertThat(texts("rutine undersøkelse")).hasSize(1);
        assertThat(texts("møte dokumentasjon")).containsExactly("Mötet om dokumentationen på arbetsplatsträffen");
        assertThat(texts("träff")).hasSize(1);
        assertThat(texts("report veileder")).containsExactly("Reports are read by the veilederen");
    }

    @Test
    void filtersWorkAloneAndTogether() {
        t.add(lesson("tagged in C1").tags("ci"));
        t.add(lesson("tagged ci/cd in C1").tags("ci/cd"));
        t.add(lesson("aar in C2").inChannel("C2").tags("ci"));
        t.add(NewLesson.of(LessonSource.AAR, TEAM, "aar by U2 in C1")
                .inChannel("C1")
                .by("U2")
                .tags("ci"));
        t.add(NewLesson.of(LessonSource.AAR, TEAM, "anonymous aar in C1").inChannel("C1"));

        assertThat(texts("#ci")).containsExactly("aar by U2 in C1", "aar in C2", "tagged in C1");
        assertThat(texts("in:<#C2|random>")).containsExactly("aar in C2");
        assertThat(texts("source:aar")).containsExactly("anonymous aar in C1", "aar by U2 in C1");
        assertThat(texts("from:<@U2>")).containsExactly("aar by U2 in C1");
        assertThat(texts("#ci in:C1 source:aar from:U2")).containsExactly("aar by U2 in C1");
        assertThat(texts("aar #ci in:C1")).containsExactly("aar by U2 in C1");
        assertThat(texts("tagged #ci/cd")).containsExactly("tagged ci/cd in C1");
        assertThat(texts("in:C3")).isEmpty();
    }

    @Test
    void nameFiltersFindNothingUntilResolved() {
        t.add(lesson("in general"));
        SearchQuery q = SearchQuery.parse("in:#general");
        assertThat(t.search.search(TEAM, q, ADA, 0, 5).lessons()).isEmpty();
        assertThat(t.search.search(TEAM, q.withChannelId("C1"), ADA, 0, 5).lessons())
                .hasSize(1);
    }

    @Test
    void pagesFiveAtATimeWithMore() {
        for (int i = 0; i < 12; i++) {
            t.add(lesson("onboarding lesson number " + i));
        }
        for (String typed : List.of("onboarding", "in:C1", "")) {
            List<String> seen = new ArrayList<>();
            int offset = 0;
            List<Boolean> mores = new ArrayList<>();
            while (true) {
                Page page = t.search.search(TEAM, SearchQuery.parse(typed), ADA, offset, 5);
                page.lessons().forEach(l -> seen.add(l.text()));
                mores.add(page.more());
                if (!page.more()) {
                    break;
                }
                offset = page.nextOffset();
            }
            assertThat(mores).as(typed).containsExactly(true, true, false);
            assertThat(seen).as(typed).hasSize(12).doesNotHaveDuplicates();
        }
    }

    @Test
    void filterOnlyIsNewestFirst() {
        t.add(lesson("first"));
        t.add(lesson("second"));
        assertThat(texts("")).containsExactly("second", "first");
    }

    @Test
    void rankingLooksAtTheNewestCandidatesOnly() {
        LessonSearch narrow = new LessonSearch(t.jdbi(), 3);
        t.add(lesson("kanban kanban kanban").topic("kanban"));
        for (int i = 0; i < 5; i++) {
            t.add(lesson("kanban once among other words " + i));
        }
        Page page = narrow.search(TEAM, SearchQuery.parse("kanban"), ADA, 0, 5);
        assertThat(page.lessons()).hasSize(3).extracting(Lesson::text).doesNotContain("kanban kanban kanban");
        assertThat(page.more()).isFalse();
    }
}
