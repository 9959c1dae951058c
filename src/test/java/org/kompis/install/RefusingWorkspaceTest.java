package org.kompis.install;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kompis.testing.FakeSlack;
import org.kompis.testing.Payloads;
import org.kompis.testing.TestApp;

/**
 * Fair sharing when Slack refuses a workspace (issue 16): Slack answers workspace A only with 429 for a minute while
 * A's people keep typing commands. Few of the workers sleep on A's 429s (before, every one of them did, a second or
 * more each), A's people are told that Slack asks Kompis to slow down, and workspace B's command is served at once.
 */
class RefusingWorkspaceTest {
    static final String A = "T0AAAA";
    static final String B = "T0BBBB";
    private static final int FLOOD = 100;

    OAuthRig rig = new OAuthRig(Map.of());

    @AfterEach
    void close() {
        rig.close();
    }

    @Test
    void aWorkspaceAnsweredOnlyWith429HoldsFewWorkersAndKeepsNoOtherWorkspaceWaiting() throws Exception {
        FakeSlack slack = rig.app.slack;
        slack.channel("CA1", TestApp.MANAGER, TestApp.KARI).channel("CB1", TestApp.MANAGER, TestApp.SVEN);
        rig.install("", "en", rig.oauth.code(A, null, TestApp.MANAGER));
        rig.install("", "en", rig.oauth.code(B, null, TestApp.MANAGER));
        String tokenA = "Bearer " + rig.oauth.tokenOf(A);
        String tokenB = "Bearer " + rig.oauth.tokenOf(B);
        // Bolt checks each workspace's token once (auth.test, kept for 10 minutes) before Slack starts refusing A.
        command(A, "CA1");
        slack.await("views.open", c -> tokenA.equals(c.token()));
        slack.refuse(rig.oauth.tokenOf(A), Duration.ofSeconds(60));

        List<String> asked = new ArrayList<>();
        ExecutorService senders = Executors.newFixedThreadPool(8);
        try {
            List<Future<HttpResponse<String>>> flood = new ArrayList<>();
            for (int i = 0; i < FLOOD; i++) {
                String id = UUID.randomUUID().toString();
                asked.add(id);
                flood.add(senders.submit(() -> command(A, "CA1", id)));
            }
            for (Future<HttpResponse<String>> f : flood) {
                assertThat(f.get().statusCode()).isEqualTo(200);
            }
        } finally {
            senders.shutdown();
        }
        long answeredBefore = answered(slack, asked);
        assertThat(command(B, "CB1").body()).as("B's command is accepted").isBlank();

        int mostAsleep = 0;
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline
                && (answered(slack, asked) < FLOOD
                        || slack.calls("views.open").stream().noneMatch(c -> tokenB.equals(c.token())))) {
            mostAsleep = Math.max(mostAsleep, asleepOnSlack());
            Thread.sleep(20);
        }
        assertThat(mostAsleep)
                .as("workers asleep at once waiting for Slack to let A through (of 32)")
                .isLessThanOrEqualTo(4);
        List<FakeSlack.Call> all = slack.calls();
        int modal = indexOf(all, c -> "views.open".equals(c.method()) && tokenB.equals(c.token()));
        assertThat(modal).as("B's form opened").isNotNegative();
        assertThat(answered(slack, asked))
                .as("every one of A's commands was answered")
                .isEqualTo(FLOOD);
        assertThat(slack.calls("response_url").stream()
                        .filter(c -> asked.contains(c.param("id")))
                        .map(c -> c.param("body")))
                .as("A's people are told Slack asks Kompis to slow down (they chose Norwegian)")
                .anySatisfy(body -> assertThat(body).contains("Slack har bedt Kompis om å ta det med ro"));
        long answeredFirst = all.subList(0, modal).stream()
                .filter(c -> "response_url".equals(c.method()) && asked.contains(c.param("id")))
                .map(c -> c.param("id"))
                .distinct()
                .count();
        // Before, B's command queued behind every command of A's that had not started, each a second or more asleep.
        assertThat(answeredFirst - answeredBefore)
                .as("A's commands answered between B's command and B's form opening")
                .isLessThanOrEqualTo(FLOOD / 2);
    }

    private HttpResponse<String> command(String team, String channel) {
        return command(team, channel, UUID.randomUUID().toString());
    }

    private HttpResponse<String> command(String team, String channel, String responseId) {
        return rig.post(
                Payloads.command("/aar", "", TestApp.MANAGER, channel, rig.app.slack.responseUrl(responseId)),
                team,
                "application/x-www-form-urlencoded");
    }

    private static long answered(FakeSlack slack, List<String> asked) {
        return slack.calls("response_url").stream()
                .map(c -> c.param("id"))
                .filter(asked::contains)
                .distinct()
                .count();
    }

    /** Workers in Thread.sleep inside Kompis's Slack gateway: waiting for a Retry-After. */
    private static int asleepOnSlack() {
        int n = 0;
        for (var e : Thread.getAllStackTraces().entrySet()) {
            if (!e.getKey().getName().startsWith("kompis-worker-")) {
                continue;
            }
            StackTraceElement[] stack = e.getValue();
            boolean sleeping = stack.length > 0
                    && "java.lang.Thread".equals(stack[0].getClassName())
                    && stack[0].getMethodName().startsWith("sleep");
            boolean slack = false;
            for (StackTraceElement f : stack) {
                slack |= f.getClassName().startsWith("org.kompis.slack.");
            }
            n += sleeping && slack ? 1 : 0;
        }
        return n;
    }

    private static int indexOf(List<FakeSlack.Call> calls, java.util.function.Predicate<FakeSlack.Call> test) {
        for (int i = 0; i < calls.size(); i++) {
            if (test.test(calls.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
