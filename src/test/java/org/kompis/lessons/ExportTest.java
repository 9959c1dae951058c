package org.kompis.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kompis.core.Category;
import org.kompis.core.Csv;
import org.kompis.core.LessonSource;
import org.kompis.core.NewLesson;
import org.kompis.testing.FakeSlack;
import org.kompis.testing.Json;
import org.kompis.testing.TestApp;

/** {@code /lessons export}: managers only; the lessons of their channels as CSV and Markdown files in their DM. */
class ExportTest {
    static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start();
        app.slack.channel("C0ELSEWHERE", TestApp.OLA);
        LessonStore store = app.kit().jdbi().onDemand(LessonStore.class);
        store.add(NewLesson.of(LessonSource.MANUAL, FakeSlack.TEAM, "=HYPERLINK(\"http://evil.example\",\"Click\")")
                .topic("@SUM(1+1)")
                .tags("excel")
                .inChannel(TestApp.CHANNEL)
                .by(TestApp.KARI)
                .mistake(true)
                .at(app.clock.millis()));
        store.add(NewLesson.of(
                        LessonSource.AAR, FakeSlack.TEAM, "Test the login, with real accounts\nand \"real\" passwords")
                .topic("Intranet")
                .inChannel(TestApp.CHANNEL)
                .category(Category.ON_THE_JOB)
                .permalink("https://kompis-test.slack.com/archives/C0GENERAL/p1")
                .at(app.clock.millis()));
        store.add(NewLesson.of(LessonSource.MANUAL, FakeSlack.TEAM, "From a channel the manager is not in")
                .inChannel("C0ELSEWHERE")
                .by(TestApp.OLA)
                .at(app.clock.millis()));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void onlyManagersExport() {
        assertThat(Json.text(app.reply(app.command(TestApp.EMMA, "/lessons", "export"))))
                .contains("Only managers");
    }

    @Test
    void csvAndMarkdownGoToTheManagersDmWithFormulasNeutralised() {
        int uploads = app.slack.calls("file_upload").size();
        String reply = Json.text(app.reply(app.command(TestApp.MANAGER, "/lessons", "export")));
        assertThat(reply).contains("2 lærdommer fra én kanal", "CSV og Markdown");
        List<FakeSlack.Call> files = app.slack.calls("file_upload").subList(uploads, uploads + 2);
        assertThat(app.slack.calls("files.getUploadURLExternal"))
                .extracting(c -> c.param("filename"))
                .anySatisfy(f -> assertThat(f).matches("kompis-lessons-2026-11-20\\.csv"))
                .anySatisfy(f -> assertThat(f).matches("kompis-lessons-2026-11-20\\.md"));
        assertThat(app.slack.calls("files.completeUploadExternal"))
                .allSatisfy(
                        c -> assertThat(c.param("channel_id")).isEqualTo("G" + Math.abs(TestApp.MANAGER.hashCode())));

        String csv = files.stream()
                .map(c -> c.param("body"))
                .filter(b -> b.contains("id,created,source"))
                .findFirst()
                .orElseThrow();
        assertThat(csv)
                .contains("id,created,source,channel,topic,text,tags,category,mistake,visibility,author,link\r\n")
                .contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\"")
                .contains(",'@SUM(1+1),")
                .contains("\"Test the login, with real accounts\nand \"\"real\"\" passwords\"")
                .contains(",anonym,https://kompis-test.slack.com/archives/C0GENERAL/p1")
                .contains("Kari Nordmann", "c0general", ",yes,")
                .doesNotContain("From a channel the manager is not in");
        assertThat(csv).doesNotContainPattern("(^|,)[=+@-]");

        String md = files.stream()
                .map(c -> c.param("body"))
                .filter(b -> b.contains("# Lærdommer fra Kompis"))
                .findFirst()
                .orElseThrow();
        assertThat(md)
                .contains(
                        "## #c0general",
                        "### Intranet",
                        "> Test the login, with real accounts",
                        "> and \"real\" passwords",
                        "En feil vi lærte av",
                        "av anonym",
                        "[Åpne](https://kompis-test.slack.com/archives/C0GENERAL/p1)",
                        "#excel")
                .doesNotContain("From a channel the manager is not in");
    }

    @Test
    void cellsAreQuotedAsRfc4180AndFormulasNeutralised() {
        assertThat(Csv.row(List.of("a", "b,c", "say \"hi\"", "line\nbreak", "")))
                .isEqualTo("a,\"b,c\",\"say \"\"hi\"\"\",\"line\nbreak\",\r\n");
        for (String formula : List.of("=1+1", "+1", "-1", "@x", "\tx", "\rx")) {
            assertThat(Csv.cell(formula)).as(formula).contains("'" + formula.charAt(0));
        }
        assertThat(Csv.cell("x=1")).isEqualTo("x=1");
        assertThat(Csv.cell(null)).isEmpty();
    }
}
