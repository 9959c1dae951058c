package org.kompis.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * CPU time, for benchmarks on a shared machine: when other work crowds the cores, wall time says more about the
 * neighbours than about Kompis, and CPU time is what a quiet machine would need.
 */
final class CpuTime {
    private CpuTime() {}

    /** This JVM's CPU time: every thread, Kompis's and the fake Slack's alike. */
    static long jvmMillis() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                        .getProcessCpuTime()
                / 1_000_000;
    }

    /**
     * The CPU time of the PostgreSQL server behind {@code jdbcUrl} (Linux, from /proc): its postmaster, found by the
     * port on its command line, and the processes it started; backends count while they are connected. Other
     * clusters on the machine are left out.
     */
    static long postgresMillis(String jdbcUrl) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(":(\\d+)/").matcher(jdbcUrl);
        if (!m.find()) {
            return 0;
        }
        String port = "-p " + m.group(1) + " ";
        long ticks = 0;
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            List<Path> all = procs.filter(p -> p.getFileName().toString().matches("\\d+"))
                    .toList();
            String master = null;
            for (Path p : all) {
                if (Files.readString(p.resolve("cmdline")).replace('\0', ' ').contains(port)) {
                    master = p.getFileName().toString();
                }
            }
            if (master == null) {
                return 0;
            }
            for (Path p : all) {
                String[] f = fields(p.resolve("stat"));
                if (f != null && (p.getFileName().toString().equals(master) || f[1].equals(master))) {
                    ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return ticks * 10; // USER_HZ is 100 on Linux
    }

    /** The fields of /proc/PID/stat after the command name (state first), or null if the process is gone. */
    private static String[] fields(Path stat) {
        try {
            String s = Files.readString(stat);
            return s.substring(s.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    static String note(long jvmMillis, long postgresMillis) {
        return String.format("CPU: %.1f s this JVM, %.1f s PostgreSQL", jvmMillis / 1000.0, postgresMillis / 1000.0);
    }
}
