package org.kompis.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementException;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.kompis.core.ConfigException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The SQLite database: durable (WAL, synchronous=FULL), foreign keys on, and IMMEDIATE transactions, because with
 * SQLite's default DEFERRED mode two read-then-write transactions deadlock into SQLITE_BUSY whatever the
 * timeout. Migrations in {@code db/migration/sqlite} run at start (PostgreSQL will get its own folder: FTS and upserts differ).
 */
public final class Database implements AutoCloseable {
  private final Jdbi jdbi;
  private final InstanceLock lock;

  private Database(Jdbi jdbi, InstanceLock lock) {
    this.jdbi = jdbi;
    this.lock = lock;
  }

  public static Database open(String jdbcUrl) {
    String file = jdbcUrl.substring("jdbc:sqlite:".length());
    InstanceLock lock = null;
    if (!file.isBlank() && !file.startsWith(":memory:") && !file.startsWith("file::memory:")) {
      Path path = Path.of(file.contains("?") ? file.substring(0, file.indexOf('?')) : file).toAbsolutePath();
      try {
        Files.createDirectories(path.getParent());
      } catch (java.io.IOException e) {
        throw new ConfigException("Cannot create the folder for the database " + path + ": " + e.getMessage() + " (check KOMPIS_DB_URL).");
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
    try {
      Flyway.configure()
          .dataSource(dataSource)
          .locations("classpath:db/migration/sqlite")
          .load()
          .migrate();
    } catch (FlywayException e) {
      if (lock != null) {
        lock.close();
      }
      throw new ConfigException("The database " + jdbcUrl + " could not be prepared: " + firstLine(e.getMessage()));
    }
    Jdbi jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
    // Jdbi's default puts every bound value into the exception message, and so into the logs: what people wrote,
    // their ids. The statement is enough to find the bug.
    jdbi.getConfig(StatementExceptions.class).setMessageRendering(Database::withoutValues);
    return new Database(jdbi, lock);
  }

  public Jdbi jdbi() {
    return jdbi;
  }

  public boolean healthy() {
    try {
      return jdbi.withHandle(h -> h.createQuery("select 1").mapTo(Integer.class).one()) == 1;
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
          + "on conflict (id) do update set at = excluded.at").bind("at", System.currentTimeMillis()).execute());
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  @Override
  public void close() {
    if (lock != null) {
      lock.close();
    }
  }

  static String withoutValues(StatementException e) {
    StatementContext ctx = e.getStatementContext();
    String sql = ctx == null || ctx.getRawSql() == null ? "?" : ctx.getRawSql().strip().replaceAll("\\s+", " ");
    return "[statement: \"" + (sql.length() > 200 ? sql.substring(0, 200) + "..." : sql) + "\", values not shown]";
  }

  private static String firstLine(String s) {
    return s == null ? "unknown error" : s.lines().filter(l -> !l.isBlank()).findFirst().orElse(s).trim();
  }
}
