package org.kompis.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Guarantee 4: no personal data in the logs, even at DEBUG. Every ritual runs in a JVM logging at DEBUG with a
 * canary text in what people write, with a database that refuses writes and with requests Bolt cannot read; the
 * log holds neither the canary nor a token. Before: Jdbi's statement errors printed the bound values
 * ({@code arguments:{named:{u:U0CANARY,x:SECRET-REFLECTION-CANARY}}}) and Bolt's WARN printed the raw body.
 */
class LogPrivacyTest {
    @Test
    void everyRitualAtDebugLogsNeitherWhatPeopleWroteNorAToken() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dkompis.log.level=debug",
                "-Dfile.encoding=UTF-8",
                "-cp",
                System.getProperty("java.class.path"),
                CanaryRituals.class.getName());
        pb.redirectErrorStream(true);
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String log = new String(out, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(log).isZero();
        assertThat(log).as("DEBUG was on").contains(" DEBUG ");
        assertThat(log).as("statement errors were logged").contains("values not shown");
        assertThat(log).doesNotContain(CanaryRituals.CANARY).doesNotContain("xox");
    }
}
