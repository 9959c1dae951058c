package org.kompis.install;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.junit.jupiter.api.Test;

/**
 * Every statement that reads or writes one row by its id also names the workspace ({@code team_id}), so a row id
 * from another workspace finds nothing, whichever path reaches the store. {@link TenantIsolationTest} proves it for
 * every request; this keeps the rule for code paths no request reaches yet. The exceptions are plumbing whose rows
 * are not a workspace's data, or whose id is held only by the row's own worker.
 */
class TenantSqlTest {
    private static final Pattern BY_ID =
            Pattern.compile("\\b(where|and)\\s+(\\w+\\.)?id\\s*=\\s*:", Pattern.CASE_INSENSITIVE);

    /** Stores allowed to address a row by id alone, and why. */
    private static final Map<String, String> PLUMBING = Map.of(
            "org.kompis.scheduling.ScheduleStore",
            "timers and runs are claimed by id by the replica that owns them; each row carries its team",
            "org.kompis.delivery.OutboxStore",
            "outbox rows are claimed by id together with the claimer's id; each row carries its team",
            "org.kompis.insights.InsightsStore",
            "a report session's id is a 128-bit secret handed to one manager; the session row holds the team");

    @Test
    void everyStatementByIdNamesTheWorkspace() {
        List<String> unscoped = new ArrayList<>();
        int checked = 0;
        for (JavaClass c : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("org.kompis")) {
            if (PLUMBING.containsKey(c.getName())) {
                continue;
            }
            for (Method m : c.reflect().getDeclaredMethods()) {
                String sql = sqlOf(m);
                if (sql == null || !BY_ID.matcher(sql).find()) {
                    continue;
                }
                checked++;
                if (!sql.contains("team_id")) {
                    unscoped.add(c.getSimpleName() + "." + m.getName() + ": " + sql.replaceAll("\\s+", " "));
                }
            }
        }
        assertThat(checked).as("statements by id found").isGreaterThan(40);
        assertThat(unscoped)
                .as("statements that address a row by id without its workspace")
                .isEmpty();
    }

    private static String sqlOf(Method m) {
        if (m.isAnnotationPresent(SqlQuery.class)) {
            return m.getAnnotation(SqlQuery.class).value();
        }
        if (m.isAnnotationPresent(SqlUpdate.class)) {
            return m.getAnnotation(SqlUpdate.class).value();
        }
        return m.isAnnotationPresent(SqlBatch.class)
                ? m.getAnnotation(SqlBatch.class).value()
                : null;
    }
}
