package org.kompis.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Plain lines for people by default; with {@code KOMPIS_LOG_FORMAT=json} one JSON object a line, stack and all. */
class LogFormatTest {
    private final LoggerContext context = new LoggerContext();

    LogFormatTest() {
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
    }

    private String encode(String format, Throwable thrown) {
        LoggingEvent event = new LoggingEvent(
                getClass().getName(),
                context.getLogger("org.kompis.delivery.Outbox"),
                Level.WARN,
                "{} post(s) failed",
                thrown,
                new Object[] {3});
        return new String(LogSetup.encoder(context, format).encode(event), StandardCharsets.UTF_8);
    }

    @Test
    void plainIsOneLineAPersonReads() {
        assertThat(encode(null, null))
                .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}[+-]\\d{4} WARN Outbox - 3 "
                        + "post\\(s\\) failed\\R");
        assertThat(encode("yaml", null))
                .as("an unknown format keeps the plain lines")
                .contains(" WARN Outbox - 3 ");
    }

    @Test
    void jsonIsOneObjectALineWithTheStackInside() {
        String line = encode("JSON", new IllegalStateException("database gone", new RuntimeException("cause")));
        assertThat(line).endsWith("\n");
        assertThat(line.strip()).doesNotContain("\n");
        JsonObject o = JsonParser.parseString(line).getAsJsonObject();
        assertThat(o.get("level").getAsString()).isEqualTo("WARN");
        assertThat(o.get("loggerName").getAsString()).isEqualTo("org.kompis.delivery.Outbox");
        assertThat(o.get("formattedMessage").getAsString()).isEqualTo("3 post(s) failed");
        assertThat(o.has("message")).as("the message once, formatted").isFalse();
        assertThat(o.get("timestamp").getAsLong()).isPositive();
        JsonObject throwable = o.getAsJsonObject("throwable");
        assertThat(throwable.get("className").getAsString()).isEqualTo("java.lang.IllegalStateException");
        assertThat(throwable.get("message").getAsString()).isEqualTo("database gone");
        assertThat(throwable.getAsJsonObject("cause").get("message").getAsString())
                .isEqualTo("cause");
    }

    /** The real start-up path: logback finds the set-up through its service file, in a JVM of its own. */
    @Test
    void aJvmStartedWithJsonLogsOnlyJsonLines() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Speaker.class.getName());
        pb.environment().put("KOMPIS_LOG_FORMAT", "json");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        List<String> lines = out.lines().toList();
        assertThat(lines).as(out).hasSize(2);
        for (String line : lines) {
            assertThat(JsonParser.parseString(line).isJsonObject()).as(line).isTrue();
        }
        assertThat(lines.get(1)).contains("\"level\":\"ERROR\"").contains("\"throwable\"");
        assertThat(out).as("DEBUG is off by default").doesNotContain("hidden");
    }

    /** Logs an INFO line, a DEBUG line and an ERROR with a throwable, as a Kompis process would. */
    static final class Speaker {
        public static void main(String[] args) {
            org.slf4j.Logger log = LoggerFactory.getLogger(Speaker.class);
            log.info("Kompis started on port {}", 3000);
            log.debug("hidden");
            log.error("Outbox pump failed; trying again shortly", new IllegalStateException("database gone"));
        }
    }
}
