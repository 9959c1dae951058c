package org.kompis.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kompis.testing.TestApp;

/**
 * Anonymity that holds: four people's anonymous answers (and the anonymous lessons they became) leave no figure on
 * the page or in any CSV; a fifth person makes the week's figures appear.
 */
class AnonymityTest {
    static final String C = TestApp.CHANNEL;
    static final Instant WEEK_46 = Instant.parse("2026-11-10T13:37:00Z");
    static final String ROW = "Week 46 (9 Nov)";
    InsightsRig rig;

    @AfterEach
    void stop() {
        rig.close();
    }

    @Test
    void fourAnonymousAnswersGiveNoFigure() {
        rig = seeded(4);
        Browser b = rig.signedIn(TestApp.MANAGER);
        String page = b.get("/insights?lang=en&channel=" + C).body();
        assertThat(page).contains("<th scope=\"row\">" + ROW + "</th><td class=\"n\">fewer than 5</td>");
        for (String table : Tables.IDS) {
            String csv = b.get("/insights/csv/" + table + "?channel=" + C + "&lang=en")
                    .body();
            assertThat(cellsOf(csv, ROW)).as(table).doesNotContain("4", "1", "2", "3");
        }
        assertThat(cellsOf(
                        b.get("/insights/csv/participation?channel=" + C + "&lang=en")
                                .body(),
                        ROW))
                .containsExactly(ROW, "fewer than 5", "0", "0", "0");
        assertThat(cellsOf(
                        b.get("/insights/csv/lessons?channel=" + C + "&lang=en").body(), ROW))
                .containsOnly(ROW, "fewer than 5");
        assertThat(b.get("/insights/csv/categories?channel=" + C + "&lang=en").body())
                .contains("Not stated,0");
        // No time of an anonymous answer anywhere: only the week.
        assertThat(page).doesNotContain("13:37", "10 Nov");
    }

    @Test
    void withFiveTheFiguresAppear() {
        rig = seeded(5);
        Browser b = rig.signedIn(TestApp.MANAGER);
        assertThat(cellsOf(
                        b.get("/insights/csv/participation?channel=" + C + "&lang=en")
                                .body(),
                        ROW))
                .containsExactly(ROW, "5", "0", "0", "0");
        assertThat(cellsOf(
                        b.get("/insights/csv/lessons?channel=" + C + "&lang=en").body(), ROW))
                .containsExactly(ROW, "5", "0", "0", "0", "0");
        assertThat(b.get("/insights?lang=en&channel=" + C).body())
                .contains("<th scope=\"row\">" + ROW + "</th><td class=\"n\">5</td>");
    }

    @Test
    void theThresholdIsConfigurableButNeverBelowThree() {
        rig = InsightsRig.start("insights:\n  min_group_size: 4\n");
        seed(rig, 4);
        Browser b = rig.signedIn(TestApp.MANAGER);
        assertThat(cellsOf(
                        b.get("/insights/csv/participation?channel=" + C + "&lang=en")
                                .body(),
                        ROW))
                .containsExactly(ROW, "4", "0", "0", "0");
        assertThat(org.junit.jupiter.api.Assertions.assertThrows(
                                org.kompis.core.ConfigException.class,
                                () -> InsightsRig.start("insights:\n  min_group_size: 2\n"))
                        .getMessage())
                .contains("3 or more");
    }

    private static InsightsRig seeded(int people) {
        InsightsRig rig = InsightsRig.start();
        seed(rig, people);
        return rig;
    }

    private static void seed(InsightsRig rig, int people) {
        long prompt = rig.seed.prompt(C, WEEK_46);
        for (int i = 0; i < people; i++) {
            rig.seed.answer(prompt, null, WEEK_46);
            rig.seed.lesson(C, WEEK_46, "reflection", null, null);
        }
    }

    /** The cells of the CSV row that starts with {@code first}; empty when there is no such row. */
    static List<String> cellsOf(String csv, String first) {
        return csv.lines()
                .map(l -> l.replace("\uFEFF", ""))
                .filter(l -> l.startsWith(first))
                .findFirst()
                .map(l -> Arrays.asList(l.split(",")))
                .orElse(List.of());
    }
}
