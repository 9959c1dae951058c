package org.kompis.install;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kompis.testing.FakeSlack;
import org.kompis.testing.Payloads;
import org.kompis.testing.TestApp;

/**
 * Fair sharing of the workers (issue 16): a workspace that floods Kompis with commands while its Slack is slow keeps
 * its own people waiting, never another workspace's. Before, the 32 workers and their one queue were shared: the
 * other workspace's command queued behind every command of the flood.
 */
class BusyWorkspaceTest {
    static final String A = "T0AAAA";
    static final String B = "T0BBBB";
    private static final int FLOOD = 200;

    OAuthRig rig = new OAuthRig(Map.of());

    @AfterEach
    void close() {
        rig.close();
    }

    @Test
    void aFloodInAWorkspaceWhoseSlackIsSlowDoesNotKeepAnotherWorkspaceWaiting() throws Exception {
        FakeSlack slack = rig.app.slack;
        slack.channel("CA1", TestApp.MANAGER, TestApp.KARI).channel("CB1", TestApp.MANAGER, TestApp.SVEN);
        rig.install("", "en", rig.oauth.code(A, null, TestApp.MANAGER));
        rig.install("", "en", rig.oauth.code(B, null, TestApp.MANAGER));
        String tokenA = "Bearer " + rig.oauth.tokenOf(A);
        String tokenB = "Bearer " + rig.oauth.tokenOf(B);
        slack.slow(rig.oauth.tokenOf(A), Duration.ofSeconds(2));

        ExecutorService senders = Executors.newFixedThreadPool(8);
        try {
            List<Future<HttpResponse<String>>> flood = new ArrayList<>();
            for (int i = 0; i < FLOOD; i++) {
                String text = "";
                flood.add(senders.submit(() -> command(A, "CA1", text)));
            }
            for (Future<HttpResponse<String>> f : flood) {
                assertThat(f.get().statusCode()).isEqualTo(200);
            }
        } finally {
            senders.shutdown();
        }
        // Far more of A's commands wait than there are workers, each two seconds on A's Slack.
        long aBefore = calls(slack, tokenA);
        HttpResponse<String> b = command(B, "CB1", "");
        assertThat(b.body())
                .as("B's command is accepted, not answered \"busy\"")
                .isBlank();

        long deadline = System.currentTimeMillis() + 60_000;
        while (slack.calls("views.open").stream().noneMatch(c -> tokenB.equals(c.token()))
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        List<FakeSlack.Call> all = slack.calls();
        int modal = indexOf(all, c -> "views.open".equals(c.method()) && tokenB.equals(c.token()));
        assertThat(modal).as("B's form opened").isNotNegative();
        long aFirst = all.subList(0, modal).stream()
                .filter(c -> tokenA.equals(c.token()))
                .count();
        // B's command takes a free (or spare) worker at once; before, it waited for every command A had queued. A's 32
        // workers make about 16 calls a second, so the bound leaves B's form 4 s even on a loaded machine.
        assertThat(aFirst - aBefore)
                .as("A's calls made between B's command and B's form opening (%d of A's commands waiting)", FLOOD)
                .isLessThanOrEqualTo(64);
        slack.slow(rig.oauth.tokenOf(A), Duration.ZERO);
    }

    private HttpResponse<String> command(String team, String channel, String text) {
        return rig.post(
                Payloads.command(
                        "/aar",
                        text,
                        TestApp.MANAGER,
                        channel,
                        rig.app.slack.responseUrl(java.util.UUID.randomUUID().toString())),
                team,
                "application/x-www-form-urlencoded");
    }

    private static long calls(FakeSlack slack, String token) {
        return slack.calls().stream().filter(c -> token.equals(c.token())).count();
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
