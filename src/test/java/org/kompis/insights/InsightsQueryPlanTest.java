package org.kompis.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.junit.jupiter.api.Test;
import org.kompis.storage.Database;

/**
 * Every read of the insights finds its rows through an index: no query scans a whole table (the page must stay fast
 * at a million lessons).
 */
class InsightsQueryPlanTest {
    @Test
    void noInsightsQueryScansATable() throws Exception {
        try (Database db =
                Database.open("jdbc:sqlite:" + Files.createTempDirectory("plan").resolve("k.db"))) {
            List<String> scans = new ArrayList<>();
            for (Method m : InsightsStore.class.getMethods()) {
                SqlQuery q = m.getAnnotation(SqlQuery.class);
                if (q == null) {
                    continue;
                }
                db.jdbi().useHandle(h -> {
                    try (PreparedStatement ps = h.getConnection()
                                    .prepareStatement(
                                            "explain query plan " + q.value().replaceAll(":(\\w+)", "?"));
                            ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            String detail = rs.getString("detail");
                            if (detail.startsWith("SCAN ") && !detail.contains("USING")) {
                                scans.add(m.getName() + ": " + detail);
                            }
                        }
                    }
                });
            }
            assertThat(scans).isEmpty();
        }
    }
}
