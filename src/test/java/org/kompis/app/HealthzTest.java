package org.kompis.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kompis.testing.TestApp;

class HealthzTest {
    @Test
    void okWhenDatabaseAndSchedulerAreUpAnd503Otherwise() {
        try (TestApp app = TestApp.start()) {
            var ok = app.get("/healthz");
            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(ok.body()).isEqualTo("{\"status\":\"ok\"}");
            app.kit().scheduler().close();
            assertThat(app.get("/healthz").statusCode()).isEqualTo(503);
        }
    }
}
