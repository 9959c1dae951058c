package org.kompis.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kompis.storage.Database;
import org.kompis.testing.TestDatabases;

/**
 * A large library on PostgreSQL: stored term counts for common words (TermDocs) and candidate windows over the newest
 * ids (PgWindow) find exactly what one look at everything finds, and rare words are still counted exactly.
 */
class TermDocsTest {
    private static final int LESSONS = 10_000;
    private static final List<Long> RARE = List.of(10L, 5_000L, 9_990L);
    // The rare lessons are even ids, which would otherwise hold the common word.
    private static final long COMMON = LESSONS / 2 - 3;
    private static final Viewer ANYONE = new Viewer("U1", Set.of("C1"));

    @TempDir
    Path dir;

    Database db;
    String url;
    Jdbi jdbi;

    @BeforeEach
    void open() {
        Assumptions.assumeTrue(TestDatabases.postgresql(), "stored term counts are PostgreSQL's");
        url = TestDatabases.fresh(dir, "k.db");
        db = Database.open(url);
        jdbi = db.jdbi();
        IndexTerms common = IndexTerms.of(null, "", "vanlig ord");
        IndexTerms plain = IndexTerms.of(null, "", "ord");
        IndexTerms rare = IndexTerms.of(null, "", "ord sjeldenhet");
        jdbi.useHandle(h -> h.createUpdate("""
                insert into lessons (team_id, source, text, visibility, created_at, terms_topic, terms_tags,
                                     terms_text, terms_derived, analysis)
                select 'T1', 'manual', 'x', 'workspace', g, '', '',
                       case when g in (<rare>) then :rt when g % 2 = 0 then :ct else :pt end,
                       case when g in (<rare>) then :rd when g % 2 = 0 then :cd else :pd end, :v
                from generate_series(1, :n) g""")
                .bindList("rare", RARE)
                .bind("ct", common.text())
                .bind("cd", common.derived())
                .bind("pt", plain.text())
                .bind("pd", plain.derived())
                .bind("rt", rare.text())
                .bind("rd", rare.derived())
                .bind("v", IndexTerms.of(null, "", "x").analysis())
                .bind("n", LESSONS)
                .execute());
    }

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
            TestDatabases.release(url);
        }
    }

    @Test
    void commonWordsAreCountedOnceAnHourAndRareOnesEachTime() {
        TermDocs.refresh(jdbi, 5_000_000);
        jdbi.useHandle(h ->
                h.execute("insert into lessons (team_id, source, text, visibility, created_at, terms_text, analysis) "
                        + "select team_id, source, text, visibility, created_at, terms_text, analysis "
                        + "from lessons where id in (2, 10)"));
        jdbi.useHandle(h -> {
            // The stored count is an hour's snapshot; the rare word is counted now, with its new lesson.
            assertThat(Idf.documents(h, "vanlig")).isEqualTo(COMMON);
            assertThat(Idf.documents(h, "sjeldenhet")).isEqualTo(RARE.size() + 1);
        });
        TermDocs.refresh(jdbi, 5_000_000 + 60_000);
        jdbi.useHandle(h -> assertThat(Idf.documents(h, "vanlig")).isEqualTo(COMMON));
        TermDocs.refresh(jdbi, 5_000_000 + 3_600_000);
        jdbi.useHandle(h -> assertThat(Idf.documents(h, "vanlig")).isEqualTo(COMMON + 1));
    }

    @Test
    void windowsFindWhatOneLookAtEverythingFinds() {
        LessonSearch search = new LessonSearch(jdbi);
        Page rare = search.search("T1", SearchQuery.parse("sjeldenhet"), ANYONE, 0, 10);
        assertThat(rare.lessons()).extracting(Lesson::id).containsExactlyInAnyOrderElementsOf(RARE);
        List<Long> newest = jdbi.withHandle(h -> h.createQuery(
                        "select id from lessons where terms @@ cast('vanlig' as tsquery) order by id desc limit 200")
                .mapTo(Long.class)
                .list());
        PgWindow window = jdbi.withHandle(
                h -> PgWindow.of(h, new Idf(), SearchQuery.parse("vanlig"), LessonSearch.DEFAULT_CANDIDATES));
        assertThat(window.floor())
                .as("a common word looks at the newest ids only")
                .isPositive();
        Page common = search.search("T1", SearchQuery.parse("vanlig"), ANYONE, 0, 50);
        assertThat(common.lessons()).extracting(Lesson::id).isSubsetOf(newest).hasSize(50);
    }

    @Test
    void didYouMeanReadsTheStoredWordsOfALargeLibrary() {
        jdbi.useHandle(h -> assertThat(Nearby.words(h, "sjeldenhed")).containsExactly("sjeldenhet"));
        TermDocs.refresh(jdbi, 5_000_000);
        // Stored words only from now on: a word written after the count is not suggested until the next one.
        jdbi.useHandle(h -> h.execute("delete from lesson_vocabulary where word = 'sjeldenhet'"));
        jdbi.useHandle(h -> assertThat(Nearby.words(h, "sjeldenhed")).isEmpty());
    }
}
