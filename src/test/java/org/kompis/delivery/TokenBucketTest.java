package org.kompis.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The per-workspace rate, the per-channel gap and the Retry-After pause, on fake time. */
class TokenBucketTest {
    FakeTime time = new FakeTime();

    @Test
    void aFullBucketGivesItsCapacityThenOneTokenPerInterval() {
        TokenBucket bucket = new TokenBucket(5, 5, time);
        for (int i = 0; i < 5; i++) {
            assertThat(bucket.tryTake()).isZero();
        }
        assertThat(bucket.tryTake()).isEqualTo(Duration.ofMillis(200).toNanos());
        time.advance(Duration.ofMillis(199));
        assertThat(bucket.tryTake()).isPositive();
        time.advance(Duration.ofMillis(1));
        assertThat(bucket.tryTake()).isZero();
    }

    @Test
    void overAnyStretchItNeverGivesMoreThanRateTimesTimePlusCapacity() {
        TokenBucket bucket = new TokenBucket(200, 200, time);
        long taken = 0;
        for (int step = 0; step < 10_000; step++) {
            long wait = bucket.tryTake();
            if (wait == 0) {
                taken++;
            } else {
                time.advance(Duration.ofNanos(wait));
            }
        }
        double seconds = time.seconds();
        assertThat(taken).isLessThanOrEqualTo((long) (200 * seconds) + 200);
        assertThat(taken).as("and it keeps up with the rate").isGreaterThanOrEqualTo((long) (200 * seconds));
    }

    @Test
    void savedTokensAreCappedAtCapacity() {
        TokenBucket bucket = new TokenBucket(10, 10, time);
        time.advance(Duration.ofHours(1));
        int burst = 0;
        while (bucket.tryTake() == 0) {
            burst++;
        }
        assertThat(burst).isEqualTo(10);
    }

    @Test
    void drainingEmptiesTheBucket() {
        TokenBucket bucket = new TokenBucket(10, 10, time);
        bucket.drain();
        assertThat(bucket.tryTake()).isEqualTo(Duration.ofMillis(100).toNanos());
    }

    @Test
    void aChannelWaitsASecondBetweenPosts() {
        Pacer pacer = new Pacer(2, Duration.ofSeconds(1), time);
        assertThat(pacer.beforePost("T", "C1")).isZero();
        assertThat(pacer.beforePost("T", "C1")).isEqualTo(Duration.ofSeconds(1).toNanos());
        assertThat(pacer.beforePost("T", "C2"))
                .as("another channel goes at once")
                .isZero();
        time.advance(Duration.ofSeconds(1));
        assertThat(pacer.beforePost("T", "C1")).isZero();
    }

    @Test
    void theWorkspaceRateHoldsPostsBackAndAnUnusedSlotCanBeGivenBack() {
        Pacer pacer = new Pacer(2, Duration.ofSeconds(1), time);
        assertThat(pacer.tryAcquire("T")).isZero();
        assertThat(pacer.tryAcquire("T")).as("the second token of the burst").isZero();
        assertThat(pacer.tryAcquire("T"))
                .as("the rate holds the third back")
                .isEqualTo(Duration.ofMillis(500).toNanos());
        pacer.giveBack("T", 1);
        assertThat(pacer.tryAcquire("T")).as("a slot given back is there again").isZero();
    }

    @Test
    void retryAfterPausesOnlyThatWorkspace() {
        Pacer pacer = new Pacer(100, Duration.ofSeconds(1), time);
        pacer.limited("T1", Duration.ofSeconds(30));
        assertThat(pacer.tryAcquire("T1")).isEqualTo(Duration.ofSeconds(30).toNanos());
        assertThat(pacer.tryAcquire("T2")).isZero();
        time.advance(Duration.ofSeconds(30));
        assertThat(pacer.tryAcquire("T1"))
                .as("after the pause the bucket refills from empty")
                .isZero();
    }
}
