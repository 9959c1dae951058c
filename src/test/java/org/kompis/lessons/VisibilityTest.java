package org.kompis.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kompis.lessons.TestDb.TEAM;
import static org.kompis.lessons.TestDb.lesson;
import static org.kompis.lessons.TestDb.viewer;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kompis.core.LessonSource;
import org.kompis.core.NewLesson;
import org.kompis.core.Visibility;

/** Who finds what; every search shape (words, tags only, filters only) must apply the same rules. */
class VisibilityTest {
    static final String PUBLIC = "CPUB1";
    static final String SECRET = "CSEC1";
    static final String UNKNOWN = "CUNK1";
    static final Viewer MEMBER = viewer("U2", SECRET, UNKNOWN);
    static final Viewer OUTSIDER = viewer("U3", PUBLIC);

    @TempDir
    Path dir;

    TestDb t;

    @BeforeEach
    void open() {
        t = new TestDb(dir);
        t.store.rememberChannel(TEAM, PUBLIC, false, 0);
        t.store.rememberChannel(TEAM, SECRET, true, 0);
    }

    @AfterEach
    void close() {
        t.close();
    }

    private static NewLesson in(String channel, String text) {
        return lesson(text + " zeppelin").inChannel(channel).tags("zz");
    }

    private List<String> seen(String typed, Viewer v) {
        return t.find(typed, v).lessons().stream().map(Lesson::text).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"zeppelin", "#zz", ""})
    void privateChannelLessonsOnlyForMembers(String typed) {
        t.add(in(SECRET, "secret"));
        t.add(in(SECRET, "secret shared").visibility(Visibility.WORKSPACE));
        t.add(in(PUBLIC, "public"));
        assertThat(seen(typed, OUTSIDER)).containsExactly("public zeppelin");
        assertThat(seen(typed, MEMBER)).hasSize(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"zeppelin", "#zz", ""})
    void privateLessonsOnlyForTheirAuthor(String typed) {
        t.add(in(PUBLIC, "mine").visibility(Visibility.PRIVATE));
        assertThat(seen(typed, viewer("U1"))).containsExactly("mine zeppelin");
        assertThat(seen(typed, viewer("U2", PUBLIC))).isEmpty();
    }

    @Test
    void unknownChannelsAreTreatedAsPrivateUnlessSharedWithTheWorkspace() {
        t.add(in(UNKNOWN, "unknown"));
        t.add(in(UNKNOWN, "unknown shared").visibility(Visibility.WORKSPACE));
        t.add(NewLesson.of(LessonSource.PAIRS, TEAM, "no channel zeppelin").visibility(Visibility.WORKSPACE));
        assertThat(seen("zeppelin", OUTSIDER)).containsExactly("no channel zeppelin", "unknown shared zeppelin");
        assertThat(seen("zeppelin", MEMBER)).hasSize(3);
    }

    @Test
    void makingAChannelPrivateLaterHidesItsLessons() {
        t.add(in(PUBLIC, "was public"));
        t.add(in(PUBLIC, "was shared").visibility(Visibility.WORKSPACE));
        assertThat(seen("zeppelin", viewer("U3"))).hasSize(2);
        t.store.markChannelPrivate(TEAM, PUBLIC, 1);
        assertThat(seen("zeppelin", viewer("U3"))).isEmpty();
        assertThat(seen("zeppelin", viewer("U3", PUBLIC))).hasSize(2);
    }

    @Test
    void aDeletedChannelKeepsPublicLessonsAndHidesPrivateOnes() {
        t.add(in(PUBLIC, "public").by("U9"));
        t.add(in(SECRET, "secret").by("U9"));
        t.store.markChannelDeleted(TEAM, PUBLIC, 1);
        t.store.markChannelDeleted(TEAM, SECRET, 1);
        assertThat(seen("zeppelin", viewer("U3", SECRET))).containsExactly("public zeppelin");
        assertThat(seen("zeppelin", viewer("U9"))).hasSize(2);
    }

    @Test
    void pagingCountsOnlyVisibleLessons() {
        for (int i = 0; i < 8; i++) {
            t.add(in(PUBLIC, "public " + i));
            t.add(in(SECRET, "secret " + i));
        }
        Page first = t.search.search(TEAM, SearchQuery.parse("zeppelin"), OUTSIDER, 0, 5);
        Page second = t.search.search(TEAM, SearchQuery.parse("zeppelin"), OUTSIDER, first.nextOffset(), 5);
        assertThat(first.lessons()).hasSize(5);
        assertThat(first.more()).isTrue();
        assertThat(second.lessons()).hasSize(3);
        assertThat(second.more()).isFalse();
        assertThat(second.lessons()).extracting(Lesson::text).allMatch(s -> s.startsWith("public"));
    }

    @Test
    void digestKeepsPrivateChannelLessonsInTheirChannel() {
        t.add(in(PUBLIC, "public"));
        t.add(in(SECRET, "secret"));
        t.add(in(UNKNOWN, "unknown"));
        t.add(in(PUBLIC, "author only").visibility(Visibility.PRIVATE));
        t.add(NewLesson.of(LessonSource.PAIRS, TEAM, "no channel").visibility(Visibility.WORKSPACE));

        assertThat(t.search.digest(TEAM, PUBLIC, Set.of(), 0, 10))
                .extracting(Lesson::text)
                .containsExactlyInAnyOrder("public zeppelin", "no channel");
        assertThat(t.search.digest(TEAM, SECRET, Set.of(), 0, 10))
                .extracting(Lesson::text)
                .containsExactlyInAnyOrder("public zeppelin", "secret zeppelin", "no channel");
        assertThat(t.search.digest(TEAM, "COTHER1", Set.of(SECRET, PUBLIC, UNKNOWN), 0, 10))
                .extracting(Lesson::text)
                .containsExactly("public zeppelin");
        assertThat(t.search.digest(TEAM, UNKNOWN, Set.of(UNKNOWN), 0, 10))
                .extracting(Lesson::text)
                .containsExactly("unknown zeppelin");
    }

    @Test
    void digestPutsTheBestNewLessonsFirst() {
        t.add(lesson("plain old").inChannel(PUBLIC).at(10));
        t.add(lesson("plain new").inChannel(PUBLIC).at(30));
        t.add(lesson("tagged").inChannel(PUBLIC).tags("x").at(20));
        t.add(NewLesson.of(LessonSource.AAR, TEAM, "from an aar")
                .inChannel(PUBLIC)
                .at(15));
        t.add(lesson("too old").inChannel(PUBLIC).tags("x").at(1));
        assertThat(t.search.digest(TEAM, PUBLIC, Set.of(PUBLIC), 10, 10))
                .extracting(Lesson::text)
                .containsExactly("from an aar", "tagged", "plain new", "plain old");
    }
}
