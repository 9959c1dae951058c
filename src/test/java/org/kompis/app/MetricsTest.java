package org.kompis.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.kompis.testing.TestApp;

/** GET /metrics speaks Prometheus and counts what operations people ask for. */
class MetricsTest {
    @Test
    void metricsCountRequestsWebApiCallsOutboxAndTheJvm() {
        try (TestApp app = TestApp.start()) {
            app.reply(app.command(TestApp.EMMA, "/kompis", "help"));
            HttpResponse<String> r = app.get("/metrics");
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
            assertThat(r.body())
                    .contains(
                            "kompis_slack_requests_seconds_count{status=\"200\"}",
                            "kompis_handlers_seconds_count{outcome=\"ok\"}",
                            "kompis_outbox_pending ",
                            "kompis_outbox_oldest_pending_age_seconds ",
                            "jvm_memory_used_bytes",
                            "process_uptime_seconds");
        }
    }
}
