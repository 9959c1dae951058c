package org.kompis.install;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kompis.testing.FakeSlack;
import org.kompis.testing.TestApp;

/** With token rotation on, a 12-hour token is refreshed once before it expires, and the new one is used. */
class TokenRotationEndToEndTest {
    OAuthRig rig = new OAuthRig(Map.of());

    @AfterEach
    void close() {
        rig.close();
    }

    @Test
    void anExpiringTokenIsRefreshedOnceAndEveryCallAfterUsesTheNewOne() {
        rig.oauth.rotation(true);
        rig.app.slack.channel("CR1", TestApp.MANAGER);
        assertThat(rig.install("", "en", rig.oauth.code("T0ROT", null, TestApp.MANAGER))
                        .statusCode())
                .isEqualTo(200);
        rig.command("T0ROT", TestApp.MANAGER, "CR1", "/reflect", "now");
        String first = rig.app
                .slack
                .await("chat.postMessage", c -> "CR1".equals(c.param("channel")))
                .token();
        assertThat(first).startsWith("Bearer xoxe.xoxb-");

        rig.app.clock.advance(Duration.ofHours(11));
        rig.app.slack.reset();
        for (int i = 0; i < 3; i++) {
            rig.command("T0ROT", TestApp.MANAGER, "CR1", "/reflect", "now");
        }
        FakeSlack.Call later = rig.app.slack.await("chat.postMessage", c -> "CR1".equals(c.param("channel")));
        assertThat(later.token()).isNotEqualTo(first);
        assertThat(rig.oauth.grantOf(later.token()).team()).isEqualTo("T0ROT");
        assertThat(rig.oauth.refreshes()).isEqualTo(1);
        assertThat(rig.app.slack.calls("oauth.v2.access").stream()
                        .filter(c -> "refresh_token".equals(c.param("grant_type"))))
                .hasSize(1);
    }
}
