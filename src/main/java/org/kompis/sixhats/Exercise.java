package org.kompis.sixhats;

import java.time.Duration;
import java.time.Instant;

/** A row of {@code sixhats_exercises}. {@code currentRound} indexes {@link HatByHat#rounds()}. */
public record Exercise(
        long id,
        String teamId,
        String channelId,
        String topic,
        String mode,
        boolean switched,
        int roundMinutes,
        String facilitatorId,
        long seed,
        String startKey,
        String messageTs,
        String status,
        Integer currentRound,
        Long roundEndsAt,
        String conclusionDecide,
        String conclusionNext,
        String summaryTs,
        long createdAt,
        Long startedAt,
        Long finishedAt) {

    public static final String OPEN = "open";
    public static final String RUNNING = "running";
    public static final String CONCLUDING = "concluding";
    public static final String FINISHED = "finished";

    public static String modeId(Mode mode) {
        return mode == Mode.HAT_BY_HAT ? "hat_by_hat" : "in_threes";
    }

    public Mode modeValue() {
        return "hat_by_hat".equals(mode) ? Mode.HAT_BY_HAT : Mode.IN_THREES;
    }

    public boolean hatByHat() {
        return modeValue() == Mode.HAT_BY_HAT;
    }

    public boolean is(String s) {
        return status.equals(s);
    }

    public Duration round() {
        return Duration.ofMinutes(roundMinutes);
    }

    /** The hat everyone wears now in hat by hat; null before the start or in threes. */
    public Hat currentHat() {
        return hatByHat() && currentRound != null ? HatByHat.rounds().get(currentRound) : null;
    }

    public Instant endsAt() {
        return roundEndsAt == null ? null : Instant.ofEpochMilli(roundEndsAt);
    }

    /** Whether {@code user} may steer this exercise without being a manager. */
    public boolean ledBy(String user) {
        return facilitatorId.equals(user);
    }
}
