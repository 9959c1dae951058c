package org.kompis.app;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.util.http.SlackHttpClient;
import java.time.Duration;
import okhttp3.OkHttpClient;
import org.kompis.core.Config;

/**
 * The Web API client, with every timeout explicit: a Slack that stops answering holds a worker for at most the
 * call timeout, never for ever.
 */
final class SlackClient {
    private SlackClient() {}

    static Slack of(Config config) {
        SlackConfig slackConfig = new SlackConfig();
        slackConfig.setMethodsEndpointUrlPrefix(config.apiUrl());
        slackConfig.setPrettyResponseLoggingEnabled(false);
        slackConfig.setStatsEnabled(false);
        slackConfig.setHttpClientReadTimeoutMillis(10_000);
        slackConfig.setHttpClientWriteTimeoutMillis(10_000);
        slackConfig.setHttpClientCallTimeoutMillis(30_000);
        OkHttpClient http = SlackHttpClient.buildOkHttpClient(slackConfig)
                .newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        return Slack.getInstance(slackConfig, new SlackHttpClient(http));
    }
}
