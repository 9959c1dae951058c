package org.kompis.workers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule the workers follow to share themselves between workspaces ({@link Lanes}). */
class LanesTest {
    private static final Runnable TASK = () -> {};

    @Test
    void aWorkspaceAloneMayStartAsManyAsThereAreThreads() {
        Lanes lanes = new Lanes(4, 100, 1000, 2);
        for (int i = 0; i < 10; i++) {
            lanes.add("A", TASK);
        }
        for (int i = 0; i < 10; i++) {
            assertThat(lanes.next()).as("start %d", i).isNotNull();
        }
        assertThat(lanes.running("A")).isEqualTo(10);
    }

    @Test
    void whileOthersWaitAWorkspaceStartsNoMoreThanAnEvenShareAndTheLanesTakeTurns() {
        Lanes lanes = new Lanes(4, 100, 1000, 2);
        for (int i = 0; i < 10; i++) {
            lanes.add("A", TASK);
        }
        lanes.next();
        lanes.next();
        lanes.next();
        lanes.add("B", TASK);
        lanes.add("B", TASK);
        lanes.add("B", TASK);
        List<Lanes.Start> started = new ArrayList<>();
        for (Lanes.Start l = lanes.next(); l != null; l = lanes.next()) {
            started.add(l);
        }
        // An even share of 4 threads between 2 workspaces is 2: A holds 3, so only B's may start, 2 of them.
        assertThat(started).extracting(l -> l.lane().team).containsExactly("B", "B");
        lanes.done(started.get(0).lane());
        assertThat(lanes.next().lane().team)
                .as("B's third, once one of B's ended")
                .isEqualTo("B");
        // B has nothing more waiting: A is alone in line again and may go on.
        assertThat(lanes.next().lane().team).isEqualTo("A");
    }

    @Test
    void aFloodFillsOnlyItsOwnLane() {
        Lanes lanes = new Lanes(4, 5, 8, 2);
        int accepted = 0;
        for (int i = 0; i < 20; i++) {
            accepted += lanes.add("A", TASK) == null ? 0 : 1;
        }
        assertThat(accepted).as("A's lane holds 5").isEqualTo(5);
        assertThat(lanes.add("B", TASK)).as("B is let in").isNotNull();
        for (int i = 0; i < 3; i++) {
            lanes.add("C" + i, TASK);
            lanes.add("C" + i, TASK);
        }
        // 12 wait in all, over the total of 8: a lane with fewer than 2 waiting still gets in, one with 2 does not.
        assertThat(lanes.add("D", TASK)).isNotNull();
        assertThat(lanes.add("C0", TASK)).isNull();
        assertThat(lanes.queued()).isEqualTo(5 + 1 + 6 + 1);
    }

    @Test
    void finishedLanesAreForgotten() {
        Lanes lanes = new Lanes(4, 100, 1000, 2);
        lanes.add("A", TASK);
        Lanes.Lane a = lanes.next().lane();
        assertThat(lanes.idle()).isFalse();
        lanes.done(a);
        assertThat(lanes.idle()).isTrue();
        assertThat(lanes.running("A")).isZero();
    }
}
