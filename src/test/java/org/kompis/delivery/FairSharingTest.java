package org.kompis.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kompis.slack.Blocks;
import org.kompis.slack.SlackGateway;
import org.kompis.storage.Database;
import org.kompis.testing.FakeSlack;
import org.kompis.testing.Sql;
import org.kompis.testing.TestDatabases;

/**
 * Fair sharing of the outbox across workspaces (issue 16): workspaces Slack answers only with 429 are skipped while
 * they are paused, and never keep another workspace's weekly prompt waiting, however many of them there are.
 */
class FairSharingTest {
    private static final int REFUSED_WORKSPACES = 55;
    private static final int ROWS_EACH = 40;

    @TempDir
    Path dir;

    private final FakeSlack slack = new FakeSlack();
    private Database db;
    private Outbox outbox;

    @AfterEach
    void close() {
        if (outbox != null) {
            outbox.close();
        }
        slack.close();
        if (db != null) {
            db.close();
        }
    }

    @Test
    void workspacesAnsweringOnly429DelayNoOtherWorkspacesPrompt() throws InterruptedException {
        db = Database.open(TestDatabases.fresh(dir, "k.db"));
        long before = System.currentTimeMillis() - 60_000;
        db.jdbi().useTransaction(h -> {
            OutboxStore store = h.attach(OutboxStore.class);
            for (int w = 0; w < REFUSED_WORKSPACES; w++) {
                String team = String.format("T0REF%02d", w);
                slack.refuse(token(team), Duration.ofSeconds(90));
                for (int c = 0; c < ROWS_EACH; c++) {
                    store.insert(new Post(team, "weekly", "C" + w + "x" + c, null, "test", "r"), before + c);
                }
            }
        });
        outbox = outbox();
        outbox.start();
        // The refused workspaces' rows are older and their ids sort first: they are what the sender meets first.
        Thread.sleep(1500);
        outbox.enqueue(new Post("T9FAST", "weekly", "CFAST", null, "test", "prompt"));

        long deadline = System.currentTimeMillis() + 20_000;
        while (slack.calls("chat.postMessage").isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertThat(slack.calls("chat.postMessage"))
                .as(
                        "the other workspace's prompt, while Slack still refuses the first %d (for 90 s)",
                        REFUSED_WORKSPACES)
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.param("channel")).isEqualTo("CFAST");
                    assertThat(c.token()).contains(token("T9FAST"));
                });
        assertThat(slack.refused()).as("the refused workspaces were tried").isPositive();
        assertThat(Sql.count(
                        db.jdbi(),
                        "select count(*) from outbox where team_id like 'T0REF%' and status in ('pending', 'sending')"))
                .as("their rows wait (or are on a try) for Slack to let them through: none sent, none failed")
                .isEqualTo(REFUSED_WORKSPACES * ROWS_EACH);
    }

    @Test
    void aWorkspaceWhoseSlackIsSlowKeepsOnlyItsOwnPostsWaiting() throws InterruptedException {
        db = Database.open(TestDatabases.fresh(dir, "k.db"));
        slack.slow(token("T0SLOW"), Duration.ofMillis(1500));
        long before = System.currentTimeMillis() - 60_000;
        db.jdbi().useTransaction(h -> {
            OutboxStore store = h.attach(OutboxStore.class);
            for (int c = 0; c < 60; c++) {
                store.insert(new Post("T0SLOW", "weekly", "CSLOW" + c, null, "test", "r"), before + c);
            }
        });
        outbox = outbox(100);
        outbox.start();
        // The slow workspace has claimed what it may and every poster is waiting on its Slack.
        long deadline = System.currentTimeMillis() + 20_000;
        while (slack.calls("chat.postMessage").size() < 4 && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        outbox.enqueue(new Post("T9FAST", "weekly", "CFAST", null, "test", "prompt"));
        deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline
                && slack.calls("chat.postMessage").stream().noneMatch(c -> "CFAST".equals(c.param("channel")))) {
            Thread.sleep(20);
        }
        List<String> order = slack.calls("chat.postMessage").stream()
                .map(c -> c.param("channel"))
                .toList();
        assertThat(order).contains("CFAST");
        // 4 posters: the slow workspace's posts already running, then at most one more round of them before the
        // other workspace's turn (before, its prompt queued behind every row the slow workspace had claimed: 18 in a
        // run).
        assertThat(order.indexOf("CFAST"))
                .as("the slow workspace's posts that went before the other's prompt")
                .isLessThanOrEqualTo(8);
    }

    private Outbox outbox() {
        return outbox(1);
    }

    private Outbox outbox(double perSecond) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(slack.apiUrl());
        config.setStatsEnabled(false);
        SlackGateway gateway = new SlackGateway(Slack.getInstance(config), FairSharingTest::token);
        Outbox o = new Outbox(
                db.jdbi(),
                gateway,
                Clock.systemUTC(),
                perSecond,
                Duration.ofSeconds(1),
                Ticker.SYSTEM,
                d -> Thread.sleep(d.toMillis()),
                4);
        o.register(
                "test",
                Delivery.rendering(
                        row -> new Message("post " + row.ref(), List.of(Blocks.section("post " + row.ref())))));
        return o;
    }

    private static String token(String team) {
        return "xoxb-" + team;
    }
}
