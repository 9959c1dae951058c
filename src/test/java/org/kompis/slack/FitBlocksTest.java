package org.kompis.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.model.block.LayoutBlock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kompis.testing.FakeSlack;

/**
 * Guarantee 10, long messages: when Slack refuses a message as {@code msg_blocks_too_long}, it is posted again cut
 * to fit, with a "…", instead of being lost. Before: the post failed for good.
 */
class FitBlocksTest {
    private final FakeSlack fake = new FakeSlack();

    @AfterEach
    void close() {
        fake.close();
    }

    @Test
    void aMessageSlackFindsTooLongIsPostedCutToFit() {
        fake.on(
                "chat.postMessage",
                c -> c.param("blocks").length() > 13_000
                        ? Map.of("ok", false, "error", "msg_blocks_too_long")
                        : Map.of("ok", true, "channel", c.param("channel"), "ts", "1.2"));
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(fake.apiUrl());
        TeamClient client = new SlackGateway(
                        Slack.getInstance(config), team -> FakeSlack.BOT_TOKEN, d -> {}, 4, Duration.ofSeconds(30))
                .team(FakeSlack.TEAM);
        List<LayoutBlock> blocks = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            blocks.add(Blocks.section(i + " " + "x".repeat(2900)));
        }
        assertThat(client.post("C1", null, "Summary", blocks)).isEqualTo("1.2");
        assertThat(client.postOnce("C1", null, "Summary", blocks)).isEqualTo("1.2");
        List<FakeSlack.Call> calls = fake.calls("chat.postMessage");
        assertThat(calls).hasSize(4);
        assertThat(calls.get(1).param("blocks")).contains("0 xxx").contains("…").doesNotContain("9 xxx");
    }
}
