package org.kompis.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Types;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.argument.ArgumentFactory;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementException;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.kompis.cluster.Dialect;
import org.kompis.core.ConfigException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The database: SQLite by default (one file, one Kompis), PostgreSQL to scale out (a pool, several Kompis replicas).
 *
 * <p>SQLite is durable (WAL, synchronous=FULL), has foreign keys on, and uses IMMEDIATE transactions, because with
 * SQLite's default DEFERRED mode two read-then-write transactions deadlock into SQLITE_BUSY whatever the timeout.
 * Each database has its own migrations ({@code db/migration/sqlite}, {@code db/migration/postgresql}): full-text
 * search and generated keys differ.
 */
public final class Database implements AutoCloseable {
    private final Jdbi jdbi;
    private final Dialect dialect;
    private final AutoCloseable resources;

    private Database(Jdbi jdbi, Dialect dialect, AutoCloseable resources) {
        this.jdbi = jdbi;
        this.dialect = dialect;
        this.resources = resources;
    }

    public static Database open(String jdbcUrl) {
        return open(jdbcUrl, null, null);
    }

    /** {@code user} and {@code password} may be null (then the URL's own, if any, count). */
    public static Database open(String jdbcUrl, String user, String password) {
        Dialect dialect = Dialect.ofUrl(jdbcUrl);
        return dialect == Dialect.POSTGRESQL ? postgresql(jdbcUrl, user, password) : sqlite(jdbcUrl);
    }

    private static Database sqlite(String jdbcUrl) {
        String file = jdbcUrl.substring("jdbc:sqlite:".length());
        InstanceLock lock = null;
        if (!file.isBlank() && !file.startsWith(":memory:") && !file.startsWith("file::memory:")) {
            Path path = Path.of(file.contains("?") ? file.substring(0, file.indexOf('?')) : file)
                    .toAbsolutePath();
            try {
                Files.createDirectories(path.getParent());
            } catch (java.io.IOException e) {
                throw new ConfigException("Cannot create the folder for the database " + path + ": " + e.getMessage()
                        + " (check KOMPIS_DB_URL).");
            }
            lock = InstanceLock.acquire(Path.of(path + ".lock"));
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(10_000);
        config.enforceForeignKeys(true);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl(jdbcUrl);
        if (lock == null) {
            // In memory, every connection would be a database of its own: one connection a handle, as before.
            return prepare(dataSource, Dialect.SQLITE, jdbcUrl, null);
        }
        HikariDataSource pool = pool(dataSource);
        InstanceLock held = lock;
        return prepare(pool, Dialect.SQLITE, jdbcUrl, () -> {
            pool.close();
            held.close();
        });
    }

    /**
     * Kept-open SQLite connections: opening one parses the schema again and starts with an empty page cache, which
     * was half of a search's time at a million lessons. The pool is released before the file's lock.
     */
    private static HikariDataSource pool(SQLiteDataSource dataSource) {
        HikariConfig config = new HikariConfig();
        config.setDataSource(dataSource);
        config.setPoolName("kompis-sqlite");
        config.setMetricRegistry(io.micrometer.core.instrument.Metrics.globalRegistry);
        // Before the pool, every handle had a connection of its own; writers still queue on SQLite's own lock.
        config.setMaximumPoolSize(Integer.getInteger("kompis.db.pool", 32));
        config.setMinimumIdle(2);
        config.setConnectionTimeout(10_000);
        // A file that is no database fails in the migrations below, with the message people already know.
        config.setInitializationFailTimeout(-1);
        return new HikariDataSource(config);
    }

    private static Database postgresql(String jdbcUrl, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        if (user != null) {
            config.setUsername(user);
        }
        if (password != null) {
            config.setPassword(password);
        }
        config.setPoolName("kompis");
        // hikaricp_connections_* on /metrics.
        config.setMetricRegistry(io.micrometer.core.instrument.Metrics.globalRegistry);
        // Workers, the outbox's posters and writer, and the scheduler share it; every transaction is short.
        config.setMaximumPoolSize(Integer.getInteger("kompis.db.pool", 16));
        config.setConnectionTimeout(10_000);
        // Start even while the server is still coming up (a compose file starts both at once); migrate() then waits.
        config.setInitializationFailTimeout(-1);
        HikariDataSource dataSource = new HikariDataSource(config);
        return prepare(dataSource, Dialect.POSTGRESQL, safe(jdbcUrl), dataSource);
    }

    private static Database prepare(DataSource dataSource, Dialect dialect, String shownUrl, AutoCloseable resources) {
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations(dialect.migrations())
                    .connectRetries(dialect == Dialect.POSTGRESQL ? 10 : 0)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            closeQuietly(resources);
            throw new ConfigException(
                    "The database " + shownUrl + " could not be prepared: " + firstLine(e.getMessage()));
        }
        Jdbi jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
        jdbi.define(Dialect.ATTRIBUTE, dialect);
        // Flags are integer columns on both databases; PostgreSQL will not store a boolean in one, so bind 1 and 0.
        jdbi.registerArgument(new FlagArgument());
        if (dialect == Dialect.POSTGRESQL) {
            // PostgreSQL's text cannot hold U+0000 (SQLite's can): a NUL someone typed is dropped rather than failing.
            jdbi.registerArgument(new NulFreeText());
        }
        // Jdbi's default puts every bound value into the exception message, and so into the logs: what people wrote,
        // their ids. The statement is enough to find the bug.
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(Database::withoutValues);
        return new Database(jdbi, dialect, resources);
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public Dialect dialect() {
        return dialect;
    }

    public boolean healthy() {
        try {
            return jdbi.withHandle(
                            h -> h.createQuery("select 1").mapTo(Integer.class).one())
                    == 1;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * Whether a write goes through now: a full disk, a read-only file or a lock held too long fail it, while
     * {@code select 1} still answers. One small row, rewritten each time.
     */
    public boolean acceptsWrite() {
        try {
            jdbi.useHandle(h -> h.createUpdate("insert into health_probe (id, at) values (1, :at) "
                            + "on conflict (id) do update set at = excluded.at")
                    .bind("at", System.currentTimeMillis())
                    .execute());
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        closeQuietly(resources);
    }

    private static void closeQuietly(AutoCloseable resources) {
        if (resources == null) {
            return;
        }
        try {
            resources.close();
        } catch (Exception ignored) {
            // closing at shutdown: nothing useful to do
        }
    }

    /** The URL without a password, for messages. */
    static String safe(String jdbcUrl) {
        return jdbcUrl.replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    static String withoutValues(StatementException e) {
        StatementContext ctx = e.getStatementContext();
        String sql = ctx == null || ctx.getRawSql() == null
                ? "?"
                : ctx.getRawSql().strip().replaceAll("\\s+", " ");
        return "[statement: \"" + (sql.length() > 200 ? sql.substring(0, 200) + "..." : sql) + "\", values not shown]";
    }

    private static String firstLine(String s) {
        return s == null
                ? "unknown error"
                : s.lines().filter(l -> !l.isBlank()).findFirst().orElse(s).trim();
    }

    /** Binds Java booleans, boxed or not, as 1 and 0. */
    private static final class FlagArgument implements ArgumentFactory.Preparable {
        @Override
        public Optional<Function<Object, Argument>> prepare(Type type, ConfigRegistry config) {
            if (type != boolean.class && type != Boolean.class) {
                return Optional.empty();
            }
            return Optional.of(value -> value == null
                    ? (position, statement, ctx) -> statement.setNull(position, Types.INTEGER)
                    : (position, statement, ctx) -> statement.setInt(position, (Boolean) value ? 1 : 0));
        }
    }

    private static final class NulFreeText implements ArgumentFactory.Preparable {
        @Override
        public Optional<Function<Object, Argument>> prepare(Type type, ConfigRegistry config) {
            if (type != String.class) {
                return Optional.empty();
            }
            return Optional.of(value -> value == null
                    ? (position, statement, ctx) -> statement.setNull(position, Types.VARCHAR)
                    : (position, statement, ctx) -> statement.setString(position, ((String) value).replace("\0", "")));
        }
    }
}
