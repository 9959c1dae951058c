package org.kompis.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Claims in the database: one holder per key, whichever process (here: two instances on one file) asks. */
class DatabaseClaimsTest {
    @TempDir
    Path dir;

    Database db;

    @BeforeEach
    void open() {
        db = Database.open("jdbc:sqlite:" + dir.resolve("k.db"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aSecondHolderWaitsUntilTheFirstIsDone() throws Exception {
        DatabaseClaims one = new DatabaseClaims(db.jdbi());
        DatabaseClaims other = new DatabaseClaims(db.jdbi());
        List<String> order = new CopyOnWriteArrayList<>();
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread first = new Thread(() -> one.holding("aar:review:1", () -> {
            order.add("first in");
            holding.countDown();
            await(release);
            order.add("first out");
        }));
        first.start();
        assertThat(holding.await(5, TimeUnit.SECONDS)).isTrue();
        Thread second = new Thread(() -> other.holding("aar:review:1", () -> order.add("second")));
        second.start();
        Thread.sleep(200);
        assertThat(order).as("the second waits while the first holds the claim").containsExactly("first in");
        release.countDown();
        first.join(5000);
        second.join(5000);
        assertThat(order).containsExactly("first in", "first out", "second");
        assertThat(count()).as("released").isZero();
    }

    @Test
    void theHolderMayClaimAgainAndOtherKeysAreFree() {
        DatabaseClaims claims = new DatabaseClaims(db.jdbi());
        String inner = claims.holding("k", () -> claims.holding("k", () -> claims.holding("other", () -> "nested")));
        assertThat(inner).isEqualTo("nested");
        assertThat(count()).isZero();
    }

    @Test
    void aLapsedClaimOfADeadHolderIsTakenOver() {
        db.jdbi()
                .useHandle(h -> h.execute(
                        "insert into claims(claim_key, holder, expires_at) values ('k', 'gone/1', ?)",
                        System.currentTimeMillis() - 1));
        assertThat(new DatabaseClaims(db.jdbi()).holding("k", () -> "taken")).isEqualTo("taken");
    }

    private int count() {
        return db.jdbi()
                .withHandle(h -> h.createQuery("select count(*) from claims")
                        .mapTo(Integer.class)
                        .one());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
