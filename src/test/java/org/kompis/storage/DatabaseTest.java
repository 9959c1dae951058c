package org.kompis.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kompis.core.ConfigException;
import org.kompis.testing.Sql;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void durableSettingsAndMigrationsApply() {
        try (Database db = Database.open("jdbc:sqlite:" + dir.resolve("k.db"))) {
            var jdbi = db.jdbi();
            assertThat(Sql.one(jdbi, "pragma journal_mode", String.class)).isEqualTo("wal");
            assertThat(Sql.count(jdbi, "pragma foreign_keys")).isEqualTo(1);
            assertThat(Sql.count(jdbi, "pragma synchronous")).as("FULL").isEqualTo(2);
            assertThat(Sql.count(jdbi, "select count(*) from flyway_schema_history where success = 1"))
                    .isGreaterThanOrEqualTo(1);
            assertThat(db.healthy()).isTrue();
        }
    }

    @Test
    void aSecondKompisOnTheSameFileRefusesToStart() {
        String url = "jdbc:sqlite:" + dir.resolve("k.db");
        try (Database first = Database.open(url)) {
            assertThatThrownBy(() -> Database.open(url))
                    .isInstanceOf(ConfigException.class)
                    .hasMessageContaining("Another Kompis is already running");
        }
        try (Database again = Database.open(url)) {
            assertThat(again.healthy()).as("the lock is released on close").isTrue();
        }
    }

    @Test
    void sqliteConnectionsAreKeptOpenBetweenHandles() {
        // A temporary table lives as long as its connection: seen again only if the next handle got the same one.
        try (Database db = Database.open("jdbc:sqlite:" + dir.resolve("pool.db"))) {
            db.jdbi().useHandle(h -> h.execute("create temp table kept (x integer)"));
            long seen = db.jdbi()
                    .withHandle(h -> h.createQuery("select count(*) from sqlite_temp_master where name = 'kept'")
                            .mapTo(Long.class)
                            .one());
            assertThat(seen).isEqualTo(1);
        }
    }
}
