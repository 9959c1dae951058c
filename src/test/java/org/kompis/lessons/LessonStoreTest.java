package org.kompis.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kompis.lessons.TestDb.TEAM;
import static org.kompis.lessons.TestDb.lesson;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kompis.core.Category;
import org.kompis.core.LessonSource;
import org.kompis.core.NewLesson;
import org.kompis.core.Visibility;
import org.kompis.testing.TestDatabases;

class LessonStoreTest {
    @TempDir
    Path dir;

    TestDb t;

    @BeforeEach
    void open() {
        t = new TestDb(dir);
    }

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void addIsIdempotentOnTeamSourceAndRef() {
        NewLesson aar = NewLesson.of(LessonSource.AAR, TEAM, "Test the rollback")
                .ref("aar:12:answer:U123")
                .inChannel("C1");
        long id = t.store.add(aar).orElseThrow();
        assertThat(t.store.add(aar.topic("retry"))).isEmpty();
        assertThat(t.store.bySourceRef(TEAM, LessonSource.AAR, "aar:12:answer:U123"))
                .get()
                .extracting(Lesson::id)
                .isEqualTo(id);
        assertThat(t.store.add(aar.ref("aar:12:answer:U999"))).isPresent();
        assertThat(t.store.add(NewLesson.of(LessonSource.SIXHATS, TEAM, "x")
                        .ref("aar:12:answer:U123")
                        .inChannel("C1")))
                .isPresent();
        assertThat(t.store.add(NewLesson.of(LessonSource.AAR, "T2", "x")
                        .ref("aar:12:answer:U123")
                        .inChannel("C1")))
                .isPresent();
        assertThat(t.count("select count(*) from lessons")).isEqualTo(4);
    }

    @Test
    void lessonsWithoutRefAreNeverDeduplicated() {
        t.add(lesson("same"));
        t.add(lesson("same"));
        assertThat(t.count("select count(*) from lessons")).isEqualTo(2);
    }

    @Test
    void rowRoundTripsWithNormalisedTags() {
        long id = t.add(NewLesson.of(LessonSource.AAR, TEAM, "  Small batches  ")
                .inChannel("C1")
                .topic("Release")
                .tags("#Deploy, CI", "#deploy")
                .category(Category.FROM_OTHERS)
                .by("U1")
                .participants("U1", " U2")
                .permalink("https://x.slack.com/archives/C1/p1")
                .at(1234L));
        Lesson l = t.store.byId(TEAM, id).orElseThrow();
        assertThat(l)
                .isEqualTo(new Lesson(
                        id,
                        TEAM,
                        LessonSource.AAR,
                        null,
                        "Release",
                        "Small batches",
                        "deploy ci",
                        Category.FROM_OTHERS,
                        "C1",
                        Visibility.CHANNEL,
                        "U1",
                        "U1 U2",
                        "https://x.slack.com/archives/C1/p1",
                        1234L,
                        false));
        assertThat(l.tagList()).containsExactly("deploy", "ci");
        assertThat(t.store.byId("T2", id)).isEmpty();
    }

    @Test
    void anonymousLessonsStoreNoAuthorId() {
        long id =
                t.add(NewLesson.of(LessonSource.REFLECTION, TEAM, "Ask earlier").inChannel("C1"));
        Map<String, Object> row = t.jdbi()
                .withHandle(h -> h.createQuery("select * from lessons where id = :id")
                        .bind("id", id)
                        .mapToMap()
                        .one());
        assertThat(row.get("author_id")).isNull();
        assertThat(t.store.byId(TEAM, id).orElseThrow().anonymous()).isTrue();
    }

    @Test
    void lessonsNobodyCouldSeeAreRefused() {
        assertThatThrownBy(() -> t.store.add(NewLesson.of(LessonSource.PAIRS, TEAM, "anonymous, no channel")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> t.store.add(NewLesson.of(LessonSource.PAIRS, TEAM, "x")
                        .visibility(Visibility.CHANNEL)
                        .by("U1")))
                .isInstanceOf(IllegalArgumentException.class);
        long dm = t.add(NewLesson.of(LessonSource.PAIRS, TEAM, "in a DM").by("U1"));
        assertThat(t.store.byId(TEAM, dm).orElseThrow().visibility()).isEqualTo(Visibility.PRIVATE);
    }

    @Test
    void deleteByAuthorRemovesRowsAndIndexButKeepsAnonymous() {
        t.add(lesson("zebrafish mine"));
        t.add(lesson("zebrafish mine again").topic("zebrafish"));
        t.add(lesson("zebrafish from someone else").by("U2"));
        long anonymous = t.add(
                NewLesson.of(LessonSource.AAR, TEAM, "zebrafish anonymously").inChannel("C1"));

        assertThat(t.store.deleteByAuthor(TEAM, "U1")).isEqualTo(2);

        assertThat(t.count("select count(*) from lessons where author_id = 'U1'"))
                .isZero();
        assertThat(matches("\"mine\"")).isZero();
        assertThat(matches("\"zebrafish\"")).isEqualTo(2);
        if (TestDatabases.postgresql()) {
            assertThat(t.store.byId(TEAM, anonymous)).isPresent();
            return;
        }
        long docsWithMine = t.jdbi().withHandle(h -> {
            h.execute("create virtual table temp.vocab using fts5vocab(main, lessons_fts, 'row')");
            return h.createQuery("select coalesce(sum(doc), 0) from temp.vocab where term = 'mine'")
                    .mapTo(Long.class)
                    .one();
        });
        assertThat(docsWithMine).isZero();
        t.jdbi().useHandle(h -> h.execute("insert into lessons_fts(lessons_fts, rank) values ('integrity-check', 1)"));
        assertThat(t.store.byId(TEAM, anonymous)).isPresent();
    }

    @Test
    void indexFollowsEditedText() {
        long id = t.add(lesson("old wording"));
        assertThat(t.store.edit(TEAM, id, "Topic", "new wording", "#tag")).isTrue();
        assertThat(matches("\"old\"")).isZero();
        assertThat(matches("\"new\"")).isEqualTo(1);
        assertThat(matches("{terms_tags} : \"tag\"")).isEqualTo(1);
    }

    @Test
    void textChangedBySqlAloneLeavesTheIndexUntilAnalysedAgain() {
        long id = t.add(lesson("old wording"));
        t.jdbi().useHandle(h -> h.execute("update lessons set text = 'new wording' where id = ?", id));
        assertThat(matches("\"old\"")).isZero();
        assertThat(t.count("select count(*) from lessons where analysis is null"))
                .isEqualTo(1);
        new Reindex(t.jdbi()).run();
        assertThat(matches("\"new\"")).isEqualTo(1);
    }

    @Test
    void purgeDeletesOnlyOlderRowsOfTheTeam() {
        t.add(lesson("old").at(1_000));
        t.add(lesson("new").at(5_000));
        t.add(NewLesson.of(LessonSource.MANUAL, "T2", "other team")
                .inChannel("C1")
                .by("U1")
                .at(1_000));
        assertThat(t.store.purgeOlderThan(TEAM, 2_000)).isEqualTo(1);
        assertThat(t.count("select count(*) from lessons")).isEqualTo(2);
        assertThat(matches("\"old\"")).isZero();
    }

    @Test
    void channelListsLeaveOutAuthorPrivateLessons() {
        t.add(lesson("first").at(1));
        t.add(lesson("second").at(2));
        t.add(lesson("mine only").visibility(Visibility.PRIVATE).at(3));
        t.add(lesson("elsewhere").inChannel("C2").at(4));
        assertThat(t.store.recentInChannel(TEAM, "C1", 10))
                .extracting(Lesson::text)
                .containsExactly("second", "first");
        assertThat(t.store.exportChannels(TEAM, List.of("C1", "C2")))
                .extracting(Lesson::text)
                .containsExactly("first", "second", "elsewhere");
        assertThat(t.store.exportChannels(TEAM, List.of())).isEmpty();
        assertThat(t.store.byAuthor(TEAM, "U1")).hasSize(4);
    }

    @Test
    void markingAChannelPrivateNarrowsWorkspaceLessons() {
        long shared = t.add(lesson("shared").visibility(Visibility.WORKSPACE));
        long elsewhere = t.add(lesson("elsewhere").inChannel("C2").visibility(Visibility.WORKSPACE));
        t.store.markChannelPrivate(TEAM, "C1", 10);
        assertThat(t.store.byId(TEAM, shared).orElseThrow().visibility()).isEqualTo(Visibility.CHANNEL);
        assertThat(t.store.byId(TEAM, elsewhere).orElseThrow().visibility()).isEqualTo(Visibility.WORKSPACE);
        assertThat(t.count("select is_private from lesson_channels where channel_id = 'C1'"))
                .isEqualTo(1);
    }

    @Test
    void deletingAChannelKeepsWhatWasKnownAboutIt() {
        t.store.rememberChannel(TEAM, "C1", false, 1);
        t.store.markChannelDeleted(TEAM, "C1", 2);
        t.store.markChannelDeleted(TEAM, "C9", 2);
        assertThat(t.count("select is_private from lesson_channels where channel_id = 'C1' and deleted = 1"))
                .isZero();
        assertThat(t.count("select is_private from lesson_channels where channel_id = 'C9' and deleted = 1"))
                .isEqualTo(1);
    }

    /** Lessons the search index finds for an FTS5 match expression (on PostgreSQL: the same as a tsquery). */
    private long matches(String fts5) {
        return TestDatabases.postgresql()
                ? t.jdbi()
                        .withHandle(
                                h -> h.createQuery("select count(*) from lessons where terms @@ cast(:q as tsquery)")
                                        .bind("q", PgSearch.tsquery(fts5))
                                        .mapTo(Long.class)
                                        .one())
                : t.count("select count(*) from lessons_fts where lessons_fts match '" + fts5 + "'");
    }
}
