package org.kompis.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A PostgreSQL server for the tests' PostgreSQL half: {@code KOMPIS_TEST_PG_URL} (an admin JDBC URL with user and
 * password) if set, else a throw-away cluster from the installed Debian {@code postgresql} package, on a free port in
 * a temp folder, fsync off, stopped when the JVM exits. initdb refuses to run as root, so as root the cluster is made
 * and run as the {@code postgres} user the package creates. Each caller gets a fresh schema, as good as a
 * fresh database for Kompis.
 */
public final class TestPostgres {
    public static final String MISSING = "No PostgreSQL for the tests' PostgreSQL half: install Debian's server "
            + "(sudo apt-get install -y postgresql; .ci/run does) or set KOMPIS_TEST_PG_URL to an admin JDBC URL. "
            + "The SQLite half ran; run it alone with: mvn -B verify -Dkompis.pg.skip=true";

    private static final AtomicInteger schemas = new AtomicInteger();
    private static String adminUrl;
    private static String failure;
    private static String database;

    private TestPostgres() {}

    /** True if a server is up or could be started. */
    public static synchronized boolean available() {
        if (adminUrl == null && failure == null) {
            try {
                adminUrl = System.getenv("KOMPIS_TEST_PG_URL") != null
                        ? System.getenv("KOMPIS_TEST_PG_URL")
                        : startCluster();
            } catch (IOException | RuntimeException e) {
                failure = e.getMessage();
            }
        }
        return adminUrl != null;
    }

    /** Why {@link #available()} is false. */
    public static synchronized String failure() {
        return failure == null ? MISSING : MISSING + " (" + failure + ")";
    }

    /**
     * A new, empty database's JDBC URL (user and password in it): a schema of its own in one database per test run
     * (creating a schema takes milliseconds, a database about a second).
     */
    public static synchronized String freshDatabase() {
        if (!available()) {
            throw new IllegalStateException(failure());
        }
        if (database == null) {
            String name = "kompis_" + ProcessHandle.current().pid();
            // C collation: text sorts by code point, as in SQLite; UTF-8 ctype: lower() and [[:alnum:]] know letters
            // like å.
            execute(
                    adminUrl,
                    "create database " + name + " template template0 encoding 'UTF8' lc_collate 'C'"
                            + " lc_ctype 'C.UTF-8'");
            database = adminUrl.replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1");
        }
        String schema = "test_" + schemas.incrementAndGet();
        execute(database, "create schema " + schema);
        return database + (database.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** Drops what {@link #freshDatabase()} made, whoever is still connected. */
    public static synchronized void drop(String url) {
        String schema = url.replaceFirst("^.*[?&]currentSchema=(test_\\d+).*$", "$1");
        if (database != null && schema.startsWith("test_")) {
            execute(database, "drop schema if exists " + schema + " cascade");
        }
    }

    private static void execute(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private static String startCluster() throws IOException {
        Path bin = binaries();
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dir = Files.createTempDirectory("kompis-pg");
        if (root) {
            run(List.of("chown", "postgres:postgres", dir.toString()), false);
        }
        Path data = dir.resolve("data");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        run(
                List.of(
                        bin.resolve("initdb").toString(),
                        "-D",
                        data.toString(),
                        "-U",
                        "postgres",
                        "-A",
                        "trust",
                        "-E",
                        "UTF8",
                        "--locale=C.UTF-8",
                        "--no-sync"),
                root);
        run(
                List.of(
                        bin.resolve("pg_ctl").toString(),
                        "-D",
                        data.toString(),
                        "-l",
                        dir.resolve("log").toString(),
                        "-w",
                        "-o",
                        "-p " + port + " -k " + dir
                                + " -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off"
                                + " -c full_page_writes=off -c max_connections=500 -c shared_buffers=64MB",
                        "start"),
                root);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "stop"), root);
                try (Stream<Path> files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder())
                            .forEach(p -> p.toFile().delete());
                }
            } catch (IOException | RuntimeException ignored) {
                // the JVM is exiting; a left-over temp folder is all that can go wrong
            }
        }));
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres";
    }

    private static Path binaries() {
        Path lib = Path.of("/usr/lib/postgresql");
        try (Stream<Path> versions = Files.list(lib)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparing(b -> Integer.parseInt(
                            b.getParent().getFileName().toString().replaceAll("\\D", "0"))))
                    .orElseThrow(() -> new IllegalStateException("no initdb under " + lib));
        } catch (IOException e) {
            throw new IllegalStateException("no " + lib);
        }
    }

    private static void run(List<String> command, boolean asPostgres) throws IOException {
        List<String> full = new ArrayList<>();
        if (asPostgres) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Process p = new ProcessBuilder(full).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + out.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        }
    }
}
