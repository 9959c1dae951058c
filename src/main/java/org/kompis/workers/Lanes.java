package org.kompis.workers;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The waiting work of {@link Workers}, one lane per workspace, and the rule for which lane's task starts next: the
 * lanes in turn, each starting no more than an even share of the threads while others have work waiting (any number
 * when alone). Bounded per lane and in all. Not thread-safe: the workers hold their lock around every call.
 */
final class Lanes {
    private final int threads;
    private final int perLane;
    private final int total;
    private final int floor;
    private final Map<String, Lane> lanes = new HashMap<>();
    private final ArrayDeque<Lane> turns = new ArrayDeque<>();
    private int queued;

    /** One workspace's waiting work and how many of its tasks run. */
    static final class Lane {
        final String team;
        final ArrayDeque<Runnable> queue = new ArrayDeque<>();
        int running;

        Lane(String team) {
            this.team = team;
        }
    }

    Lanes(int threads, int perLane, int total, int floor) {
        this.threads = threads;
        this.perLane = perLane;
        this.total = total;
        this.floor = floor;
    }

    /**
     * Queues {@code task} in {@code team}'s lane; null when refused: that lane holds {@code perLane}, or all hold
     * {@code total} and this one at least {@code floor} (a workspace with little waiting is always let in).
     */
    Lane add(String team, Runnable task) {
        Lane lane = lanes.computeIfAbsent(team, Lane::new);
        int waiting = lane.queue.size();
        if (waiting >= perLane || (queued >= total && waiting >= floor)) {
            forget(lane);
            return null;
        }
        lane.queue.add(task);
        queued++;
        if (waiting == 0) {
            turns.add(lane);
        }
        return lane;
    }

    /** A task taken from its lane to run now. */
    record Start(Lane lane, Runnable task) {}

    /** The next lane in turn that may start one more task, with that task, counted as running; null if none may. */
    Start next() {
        for (int i = turns.size(); i > 0; i--) {
            Lane lane = turns.poll();
            boolean othersWait = !turns.isEmpty();
            if (!othersWait || lane.running < Math.max(1, threads / active())) {
                lane.running++;
                queued--;
                Runnable task = lane.queue.poll();
                if (!lane.queue.isEmpty()) {
                    turns.add(lane);
                }
                return new Start(lane, task);
            }
            turns.add(lane);
        }
        return null;
    }

    /** A task of {@code lane} ended. */
    void done(Lane lane) {
        lane.running--;
        forget(lane);
    }

    int queued() {
        return queued;
    }

    int running(String team) {
        Lane lane = lanes.get(team);
        return lane == null ? 0 : lane.running;
    }

    boolean idle() {
        return queued == 0 && lanes.values().stream().allMatch(l -> l.running == 0);
    }

    /** Empties every lane: what was waiting, never started. */
    List<Runnable> drain() {
        List<Runnable> left = new ArrayList<>();
        lanes.values().forEach(l -> {
            left.addAll(l.queue);
            l.queue.clear();
        });
        turns.clear();
        queued = 0;
        lanes.values().removeIf(l -> l.running == 0);
        return left;
    }

    /** Workspaces with work running or waiting. */
    private int active() {
        int n = 0;
        for (Lane l : lanes.values()) {
            n += l.running > 0 || !l.queue.isEmpty() ? 1 : 0;
        }
        return n;
    }

    private void forget(Lane lane) {
        if (lane.running == 0 && lane.queue.isEmpty()) {
            lanes.remove(lane.team);
        }
    }
}
