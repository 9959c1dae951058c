package org.kompis.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kompis.testing.Chromium;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The learning report in headless Chromium, on the sandbox's demo history: the demo manager signs in with (emulated)
 * Slack, reads the page in each language, and every table and chart is checked against {@link DemoHistory}; a
 * colleague who is not a manager is refused. Screenshots: target/insights-{en,nb,sv}.png, insights-phone.png.
 */
class InsightsBrowserTest {
    static SandboxApp app;
    static Chromium browser;
    static ChromeDriver driver;

    @BeforeAll
    static void start() {
        browser = Chromium.start();
        driver = browser.driver();
        app = SandboxApp.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theDemoManagerReadsTheReportInEachLanguageAndAColleagueIsRefused() {
        String base = app.sandbox().publicUrl();
        browser.viewport(1280, 900);
        signIn(base, SandboxApp.INGRID);
        // Ingrid's Slack locale is Norwegian: the page speaks it until she picks another language.
        shows("h1", "Læringsrapport");
        assertThat(driver.getTitle()).startsWith("Læringsrapport");
        checkTables("færre enn 5");
        browser.find(By.cssSelector("a[lang=en]")).click();
        shows("h1", "Learning report");
        checkTables("fewer than 5");
        checkCharts();
        browser.screenshot("insights-en");
        browser.find(By.cssSelector("a[lang=sv]")).click();
        shows("h1", "Lärandesrapport");
        checkTables("färre än 5");
        browser.screenshot("insights-sv");
        browser.find(By.cssSelector("a[lang=nb]")).click();
        shows("h1", "Læringsrapport");
        browser.screenshot("insights-nb");
        // The whole page at once, for a look at every chart and table.
        browser.viewport(1280, (int) (long) (Long) js("return document.documentElement.scrollHeight") + 100);
        browser.screenshot("insights-full");
        browser.viewport(390, 844);
        assertThat((Long) js("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(400L);
        browser.screenshot("insights-phone");
        browser.viewport(1280, 900);

        browser.find(By.cssSelector("header form button")).click();
        shows("main", "Du er logget ut");
        signIn(base, SandboxApp.KARI);
        shows("main", "Bare for ledere");
        assertThat(driver.findElements(By.tagName("table"))).isEmpty();
    }

    private void signIn(String base, String who) {
        driver.get(base + "/insights");
        browser.find(By.cssSelector("a.button")).click();
        browser.find(By.id("as-" + who)).click();
    }

    /** Waits until the element {@code css} shows {@code expected}: a click that navigates returns before the page. */
    private void shows(String css, String expected) {
        browser.until(d -> {
            Object shown = js("const e = document.querySelector(arguments[0]); return e && e.textContent;", css);
            return shown != null && shown.toString().contains(expected);
        });
    }

    /** Every table against the demo history. Row i of a weekly table is 11 - i weeks ago (12 weeks shown). */
    private void checkTables(String hidden) {
        List<List<String>> part = rows("participation");
        assertThat(part).hasSize(12);
        Map<Integer, Integer> meetings = Map.of(8, 2, 6, 1, 4, 1, 2, 0);
        for (int k = 1; k <= 8; k++) {
            List<String> row = part.get(11 - k);
            assertThat(row.get(1))
                    .as("reflection %d weeks ago", k)
                    .isEqualTo(expected(DemoHistory.REFLECTION, k, hidden));
            assertThat(row.get(2)).as("reviews %d weeks ago", k).isEqualTo(expected(DemoHistory.REVIEWS, k, hidden));
            assertThat(row.get(3)).as("hats %d weeks ago", k).isEqualTo(expected(DemoHistory.HATS, k, hidden));
            assertThat(row.get(4)).as("pairs %d weeks ago", k).isEqualTo(String.valueOf(meetings.getOrDefault(k, 0)));
        }
        assertThat(column(rows("actions"), 1)).containsExactly("2", "2", "2", "1");
        assertThat(rows("owners"))
                .extracting(r -> String.join(",", r))
                .containsExactly(
                        "Astrid Lindqvist,0,0,0,1",
                        "Kari Nordmann,0,0,2,0",
                        "Ola Hansen,0,2,0,0",
                        "Sven Karlsson,2,0,0,0");
        assertThat(column(rows("oldest"), 0))
                .containsExactly(
                        "Spørre IT om tilgangene",
                        "Teste skjemaet med innbyggere",
                        "Boka ett uppföljningsmöte",
                        "Dela erfarenheterna på APT");
        List<List<String>> lessons = rows("lessons");
        for (int k = 1; k <= 8; k++) {
            List<String> sources = DemoHistory.LESSONS.get(k);
            List<String> row = lessons.get(11 - k);
            List<String> want = new ArrayList<>(List.of(row.get(0)));
            for (String s : List.of("reflection", "aar", "sixhats", "pairs", "manual")) {
                want.add(
                        sources.size() < 5
                                ? hidden
                                : String.valueOf(
                                        sources.stream().filter(s::equals).count()));
            }
            assertThat(row).as("lessons %d weeks ago", k).isEqualTo(want);
        }
        assertThat(column(rows("categories"), 1)).containsExactly("12", "6", "6", "6");
        assertThat(rows("misses"))
                .extracting(r -> String.join(",", r))
                .containsExactly("vikarordning,7", "permisjon,5");
        assertThat(rows("pairs"))
                .extracting(r -> String.join(",", r.subList(1, r.size())))
                .containsExactly(
                        "2,100 %,0 %,3,1,0,1", "2,50 %,0 %,1,0,1,3", "2,50 %,50 %,2,1,0,2", "2,50 %,0 %,0,0,0,5");
    }

    private void checkCharts() {
        assertThat(count("#chart-reflection rect[stroke-dasharray]")).isEqualTo(2);
        assertThat(count("#chart-reviews rect[stroke-dasharray]")).isEqualTo(1);
        assertThat(count("#chart-hats rect[fill]")).isEqualTo(2);
        assertThat(count("#chart-pairs rect[fill]")).isEqualTo(3);
        // Weeks 6 and 4 and this week (two demo lessons by two people) are hidden in the lessons chart.
        assertThat(count("#chart-lessons rect[stroke-dasharray]")).isEqualTo(3);
        assertThat(text("#chart-reflection-d")).contains("2 weeks are hidden because fewer than 5 people");
        assertThat(texts("#chart-actions text"))
                .containsSubsequence("Done", "2", "Open", "2", "Overdue", "2", "Dropped", "1");
        assertThat(texts("#chart-misses text")).containsExactly("vikarordning", "7", "permisjon", "5");
        // Four rounds of five people: non-zero answer segments 3 + 3 + 3 + 1, and four legend keys.
        assertThat(count("#chart-pairs-met rect[fill]")).isEqualTo(10 + 4);
        for (String id : List.of(
                "reflection",
                "reviews",
                "hats",
                "pairs",
                "actions",
                "due",
                "lessons",
                "categories",
                "misses",
                "pairs-met")) {
            assertThat(driver.findElement(By.id("chart-" + id)).getAttribute("role"))
                    .isEqualTo("img");
        }
    }

    private static String expected(Map<Integer, Integer> people, int k, String hidden) {
        int n = people.getOrDefault(k, 0);
        return n == 0 || n >= 5 ? String.valueOf(n) : hidden;
    }

    @SuppressWarnings("unchecked")
    private List<List<String>> rows(String table) {
        return (List<List<String>>) js("return [...document.querySelectorAll('#table-" + table + " tbody tr')]"
                + ".map(tr => [...tr.children].map(c => c.textContent))");
    }

    private static List<String> column(List<List<String>> rows, int i) {
        return rows.stream().map(r -> r.get(i)).toList();
    }

    private long count(String css) {
        return driver.findElements(By.cssSelector(css)).size();
    }

    private String text(String css) {
        return (String) js("return document.querySelector(arguments[0]).textContent", css);
    }

    @SuppressWarnings("unchecked")
    private List<String> texts(String css) {
        return (List<String>) js("return [...document.querySelectorAll(arguments[0])].map(e => e.textContent)", css);
    }

    private Object js(String script, Object... args) {
        return browser.js(script, args);
    }
}
