package org.kompis.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kompis.testing.FakeSlack;

/** The SDK's sync client does not retry; the gateway does, within bounds, and only when it can help. */
class SlackGatewayTest {
    private final FakeSlack fake = new FakeSlack();
    private final List<Duration> slept = new CopyOnWriteArrayList<>();
    private final TeamClient client;

    SlackGatewayTest() {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(fake.apiUrl());
        client = new SlackGateway(
                        Slack.getInstance(config), team -> FakeSlack.BOT_TOKEN, slept::add, 4, Duration.ofSeconds(30))
                .team(FakeSlack.TEAM);
    }

    @AfterEach
    void close() {
        fake.close();
    }

    @Test
    void honoursRetryAfterOn429() {
        fake.failNext("chat.postMessage", 429, 7, 2);
        assertThat(client.post("C1", null, "hi", null)).isNotBlank();
        assertThat(fake.calls("chat.postMessage")).hasSize(3);
        assertThat(slept).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(7));
    }

    @Test
    void backsOffWithJitterOn5xxThenGivesUp() {
        fake.failNext("chat.update", 500, 0, 10);
        assertThatThrownBy(() -> client.update("C1", "1.2", "x", null))
                .isInstanceOf(SlackCallException.class)
                .hasMessageContaining("http_500");
        assertThat(fake.calls("chat.update")).hasSize(4);
        assertThat(slept)
                .hasSize(3)
                .allSatisfy(d -> assertThat(d).isBetween(Duration.ofMillis(250), Duration.ofSeconds(3)));
    }

    @Test
    void aRetryAfterBeyondTheLimitIsNotWaitedFor() {
        fake.failNext("chat.postMessage", 429, 3600, 1);
        assertThatThrownBy(() -> client.post("C1", null, "hi", null))
                .isInstanceOf(SlackCallException.class)
                .satisfies(e -> assertThat(((SlackCallException) e).error()).isEqualTo("ratelimited"));
        assertThat(slept).isEmpty();
    }

    @Test
    void slackErrorsAreNotRetriedAndSayWhetherTheyArePermanent() {
        fake.errorNext("chat.postMessage", "channel_not_found");
        assertThatThrownBy(() -> client.post("C404", null, "hi", null))
                .isInstanceOfSatisfying(SlackCallException.class, e -> {
                    assertThat(e.error()).isEqualTo("channel_not_found");
                    assertThat(e.permanent()).isTrue();
                });
        assertThat(fake.calls("chat.postMessage")).hasSize(1);
    }

    /** Guarantee 12: one more try within the trigger's life; a landed first open makes the second fail, not open twice. */
    @Test
    void aTriggerIsTriedOnceMoreWhenSlackStumblesAndNoMore() {
        fake.failNext("views.open", 500, 0, 1);
        assertThat(client.openView(
                        "trig",
                        com.slack.api.model.view.View.builder().type("modal").build()))
                .isNotBlank();
        assertThat(fake.calls("views.open")).hasSize(2);
        fake.failNext("views.open", 500, 0, 2);
        assertThatThrownBy(() -> client.openView(
                        "trig2",
                        com.slack.api.model.view.View.builder().type("modal").build()))
                .isInstanceOf(SlackCallException.class);
        assertThat(fake.calls("views.open")).hasSize(4);
    }

    /** Guarantee 3: before, a 500 on chat.postMessage was tried four times, and each may have posted. */
    @Test
    void aPostThatMayHaveLandedIsNotTriedAgain() {
        fake.failNext("chat.postMessage", 500, 0, 3);
        assertThatThrownBy(() -> client.post("C1", null, "hi", null))
                .isInstanceOfSatisfying(
                        SlackCallException.class, e -> assertThat(e.uncertain()).isTrue());
        assertThat(fake.calls("chat.postMessage")).hasSize(1);
        assertThat(slept).isEmpty();
    }

    @Test
    void onlyARefusedConnectionOrAnUnknownHostProvesNothingWasSent() {
        assertThat(SlackGateway.mayHaveLanded(new java.net.ConnectException("refused")))
                .isFalse();
        assertThat(SlackGateway.mayHaveLanded(new java.net.UnknownHostException("slack.com")))
                .isFalse();
        assertThat(SlackGateway.mayHaveLanded(new java.net.SocketTimeoutException("read timed out")))
                .isTrue();
        assertThat(SlackGateway.mayHaveLanded(new java.net.SocketException("Connection reset")))
                .isTrue();
    }
}
