package org.kompis.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kompis.lessons.TestDb.TEAM;
import static org.kompis.lessons.TestDb.lesson;

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

/**
 * Issue 12, guarantee 7: a guest (or someone from another organisation) finds only the lessons of channels they are
 * in, and their own; never a public channel's nor a workspace-wide one. Before: they found what every member finds.
 */
class GuestVisibilityTest {
    static final String PUBLIC = "CPUB1";
    static final String THEIRS = "CGUEST1";
    static final Viewer GUEST = new Viewer("UG", Set.of(THEIRS), true);
    static final Viewer MEMBER = new Viewer("UM", Set.of(THEIRS));

    @TempDir
    Path dir;

    TestDb t;

    @BeforeEach
    void open() {
        t = new TestDb(dir);
        t.store.rememberChannel(TEAM, PUBLIC, false, 0);
        t.store.rememberChannel(TEAM, THEIRS, false, 0);
        t.add(lesson("public zeppelin").inChannel(PUBLIC).tags("zz"));
        t.add(lesson("public shared zeppelin").inChannel(PUBLIC).tags("zz").visibility(Visibility.WORKSPACE));
        t.add(NewLesson.of(LessonSource.PAIRS, TEAM, "workspace zeppelin")
                .tags("zz")
                .visibility(Visibility.WORKSPACE));
        t.add(lesson("their channel zeppelin").inChannel(THEIRS).tags("zz"));
    }

    @AfterEach
    void close() {
        t.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"zeppelin", "#zz", ""})
    void aGuestFindsOnlyTheLessonsOfTheirOwnChannels(String typed) {
        assertThat(seen(typed, GUEST)).containsExactly("their channel zeppelin");
        assertThat(seen(typed, MEMBER)).hasSize(4);
    }

    @Test
    void aGuestCannotOpenAWorkspaceWideLessonByItsIdEither() {
        long id = t.find("workspace", MEMBER).lessons().get(0).id();
        assertThat(t.search.visible(TEAM, id, GUEST)).isEmpty();
        assertThat(t.search.visible(TEAM, id, MEMBER)).isPresent();
    }

    private List<String> seen(String typed, Viewer v) {
        return t.find(typed, v).lessons().stream().map(Lesson::text).toList();
    }
}
