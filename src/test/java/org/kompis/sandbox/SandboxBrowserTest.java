package org.kompis.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kompis.sandbox.SandboxApp.GENERAL;
import static org.kompis.sandbox.SandboxApp.INGRID;
import static org.kompis.sandbox.SandboxApp.KARI;
import static org.kompis.sandbox.SandboxApp.OLA;
import static org.kompis.sandbox.SandboxApp.SVEN;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kompis.testing.Chromium;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The sandbox in a real browser ({@link Chromium}).
 * Each test is a person's path through the page: the after-action review answered by two colleagues, closed, and
 * found with {@code /lessons}; a weekly reflection prompt reached by time travel and answered; and the page's own
 * workings (modals, languages, a phone-wide window). The other rituals are tried through the page's endpoints in
 * {@link RitualsTest} and {@link LessonsHomePrivacyTest}, which is faster.
 */
class SandboxBrowserTest {
    static SandboxApp app;
    static Chromium browser;
    static ChromeDriver driver;
    SandboxPage page;

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

    @BeforeEach
    void openPage() {
        page = new SandboxPage(browser, app.url("")).viewport(1280, 800).open();
    }

    @Test
    void helpInNorwegianAndSwedishAndALanguageRoundTrip() {
        page.actAs(KARI).channel("general").type("/kompis help");
        assertThat(page.message("Kompis: læring i hverdagen"))
                .contains("Only visible to you")
                .contains("/kompis language");
        page.screenshot("sandbox-e2e-help");

        page.actAs(SVEN);
        assertThat(page.shows("Kompis: læring i hverdagen"))
                .as("Kari's ephemeral is not Sven's")
                .isFalse();
        page.type("/kompis help");
        page.message("Kompis: lärande i vardagen");
        page.type("/kompis language nb");
        page.message("Kompis snakker norsk med deg");
        page.type("/kompis language sv");
        page.message("Kompis pratar svenska med dig");
    }

    @Test
    void aModalWithEveryInputThenAMessageWithButtons() {
        page.gotIt().actAs(INGRID).channel("general").type("/kompis probe");
        var modal = page.modal();
        assertThat(modal.getText())
                .contains("Probe")
                .contains("Tittel")
                .contains("Ansvarlig")
                .contains("Ett valg");
        assertThat(driver.switchTo().activeElement().getDomAttribute("data-action-id"))
                .as("focus starts in the form")
                .isEqualTo("title");
        page.screenshot("sandbox-e2e-modal");

        page.submitModal();
        page.errorUnder("Tittel", ViewState.REQUIRED);
        page.fill("Tittel", "bad idea").submitModal();
        page.errorUnder("Tittel", "Velg en annen tittel");
        page.fill("Tittel", "Ny rutine")
                .choose("Størrelse", "Middels")
                .choose("Ansvarlig", "Sven Karlsson")
                .tick("Valg", "Liten")
                .tick("Ett valg", "Stor")
                .tick("Deltakere", "Kari Nordmann");
        page.submitModal();
        page.modalClosed();

        assertThat(page.message("Probe: Ny rutine"))
                .contains("Ny rutine fra @Ingrid Berg")
                .contains("ansvarlig @Sven Karlsson")
                .contains("Veileder")
                .contains("#general")
                .contains("[unsupported block: rich_text]");
        assertThat(page.inMessage("Probe: Ny rutine", ".bk-text strong"))
                .first()
                .isEqualTo("Ny rutine");
        assertThat(page.inMessage("Probe: Ny rutine", ".bk-text li")).hasSize(2);
        assertThat(page.inMessage("Probe: Ny rutine", "a[href^='https://example.org']"))
                .containsExactly("Veileder");
        page.nextJobShown();
        page.screenshot("sandbox-e2e-probe");

        page.actAs(KARI);
        page.click("Probe: Ny rutine", "Ferdig");
        assertThat(page.message("av @Kari Nordmann")).contains("Ferdig");
    }

    @Test
    void anAfterActionReviewAnsweredByTwoIsSummarizedAndFoundInTheLessons() {
        String review = "Erfaringsgjennomgang: Launch of the new intranet";
        page.gotIt().viewport(1280, 900).actAs(INGRID).channel("general").type("/aar Launch of the new intranet");
        assertThat(page.message(review)).contains("Hva skjedde faktisk?").contains("Avslutt og oppsummer");

        page.actAs(KARI).click(review, "Legg inn mine svar");
        assertThat(page.modal().getText()).contains("Dine svar");
        page.fill("Hva skulle skje?", "Alle skulle finne skjemaene på det nye intranettet fra første dag.")
                .fill("Hva skjedde faktisk?", "Søket fant ikke de gamle skjemaene den første uka.")
                .fill("Hva gjør vi bedre neste gang?", "Teste søket med fem kolleger før lansering.")
                .submitModal();
        page.modalClosed();
        page.actAs(SVEN).click(review, "Legg inn mine svar");
        assertThat(page.modal().getText()).contains("Dina svar");
        page.fill("Vad hände faktiskt?", "Många ringde servicedesk första veckan.")
                .fill("Varför blev det skillnad?", "Ingen visste var de gamla blanketterna hade tagit vägen.")
                .fill("Vad gör vi bättre nästa gång?", "Skicka en kort guide till alla en vecka före lanseringen.")
                .submitModal();
        page.modalClosed();

        page.actAs(INGRID).click(review, "Avslutt og oppsummer");
        page.message("Avsluttet: se oppsummeringen");
        page.openThread(review);
        assertThat(page.inThread("Oppsummering: Launch of the new intranet"))
                .contains("Teste søket med fem kolleger før lansering. — Kari Nordmann")
                .contains("Skicka en kort guide till alla en vecka före lanseringen. — Sven Karlsson")
                .contains("Har svart: 2 av 6 inviterte");
        page.reveal(review).screenshot("sandbox-e2e-aar");
        // The file the issue names: the canonical picture of the sandbox is a rendered review summary.
        page.screenshot("sandbox-e2e");

        page.actAs(OLA).type("/lessons intranet");
        assertThat(page.message("Lærdommer for «intranet»"))
                .contains("Launch of the new intranet")
                .contains("Teste søket med fem kolleger")
                .contains("Only visible to you");
        page.reveal("Lærdommer for «intranet»").screenshot("sandbox-e2e-lessons");
    }

    @Test
    void aWeeklyPromptComesByTimeTravelAndItsAnswerIsRepliedInTheThread() {
        String prompt = "Tid for refleksjon";
        page.gotIt().actAs(INGRID).channel("team-learning").type("/reflect schedule friday 14:00");
        page.message("hver fredag kl. 14:00");
        page.nextJobShown();
        page.runJobsUntil(prompt, 8);
        assertThat(page.clock()).contains("(+");

        page.actAs(KARI).click(prompt, "Svar");
        page.fill("Ditt svar", "Jeg lærte å bruke den nye saksmalen ved å spørre en kollega.")
                .submitModal();
        assertThat(page.modalShows("Takk!")).contains("Svaret ditt");
        page.closeModal();
        page.openThread(prompt);
        assertThat(page.inThread("Kari Nordmann svarte")).contains("den nye saksmalen");
        page.screenshot("sandbox-e2e-weekly");
    }

    @Test
    void runNextScheduledJobRunsTheFollowUpADayLater() {
        app.post("/sandbox/ui/command", "as", OLA, "channel", GENERAL, "text", "/kompis probe");
        var modal = app.await(OLA, s -> s.has("modal")).getAsJsonObject("modal");
        app.post(
                "/sandbox/ui/submit",
                "as",
                OLA,
                "viewId",
                modal.getAsJsonObject("view").get("id").getAsString(),
                "values",
                Json.obj("title", Json.obj("title", "Tidsreise")));
        page.gotIt().actAs(OLA).channel("general").message("Probe: Tidsreise");
        Duration before = app.sandbox.clock().offset();
        page.runJobsUntil("Oppfølging: Tidsreise", 8);
        assertThat(page.clock()).contains("(+");
        assertThat(app.sandbox.clock().offset().minus(before)).isBetween(Duration.ofHours(23), Duration.ofHours(25));
        page.screenshot("sandbox-e2e-time-travel");
    }

    @Test
    void theSecondWorkspaceHasItsOwnChannelsAndSaysWhatASecondInstallChanges() {
        page.workspace("Björkviks kommun");
        assertThat(page.js("return document.body.dataset.as")).isEqualTo(TwoWorkspacesTest.MARIA);
        String second = browser.until(d -> page.sidebar().contains("allmänt") ? page.sidebar() : null);
        assertThat(second).contains("lärande").doesNotContain("general");
        assertThat(page.js("return document.getElementById('installs').textContent"))
                .asString()
                .contains("Två arbetsytor, en Kompis", "hittar du inte med /lessons i den andra");
        page.channel("allmänt").message("fika i personalrummet");
        assertThat(page.welcome()).contains("Du är Maria Lindgren (chef)", "”Arbetsyta” byter till");
        page.screenshot("sandbox-second-workspace");
        page.workspace("Kompis sandbox");
        String first = browser.until(d -> page.sidebar().contains("general") ? page.sidebar() : null);
        assertThat(first).doesNotContain("allmänt");
    }

    @Test
    void keyboardOnlyAndAPhoneWideWindow() {
        page.viewport(390, 844).open().actAs(SVEN);
        assertThat((Boolean) page.js("return document.documentElement.scrollWidth <= window.innerWidth"))
                .as("nothing wider than the phone")
                .isTrue();
        int closedBefore = ProbeRitual.closed.get();
        page.type("/kompis probe");
        page.modal();
        driver.switchTo().activeElement().sendKeys("Tastatur");
        driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        page.modalClosed();
        browser.until(d -> ProbeRitual.closed.get() > closedBefore);
        page.type("/kompis help");
        page.message("Kompis: lärande i vardagen");
        page.screenshot("sandbox-e2e-phone");
    }

    @Test
    void mrkdwnIsEscapedBeforeItIsFormatted() {
        Object html = driver.executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        import('/sandbox/assets/mrkdwn.js').then((m) => done(m.mrkdwnToHtml(
          '*fet* _kursiv_ ~borte~ &lt;script&gt;alert(1)&lt;/script&gt; <javascript:alert(1)|lenke> <!channel> <@U0KARI>',
          { U0KARI: 'Kari Nordmann' })));""");
        assertThat(html.toString())
                .contains(
                        "<strong>fet</strong>",
                        "<em>kursiv</em>",
                        "<del>borte</del>",
                        "&lt;script&gt;alert(1)&lt;/script&gt;",
                        "<span class=\"mention\">@channel</span>",
                        "<span class=\"mention\">@Kari Nordmann</span>")
                .doesNotContain("<script", "href=\"javascript");
    }

    @Test
    void typingGoesOnAfterAModalIsClosedWithTheMouse() {
        page.gotIt().actAs(KARI).channel("general").type("/kompis probe");
        page.modal();
        page.closeModal();
        // Typed wherever the focus is, as a person goes on typing: it must reach the composer.
        page.keys("/kompis help", Keys.ENTER);
        page.message("Kompis: læring i hverdagen");
    }

    @Test
    void withoutAnEmojiFontEmojiAreWordsNotBoxes() {
        // As on a machine without a colour emoji font: a canvas reads back blank, so the page's check finds none.
        Map<String, Object> blank = driver.executeCdpCommand(
                "Page.addScriptToEvaluateOnNewDocument",
                Map.of(
                        "source",
                        "CanvasRenderingContext2D.prototype.getImageData = (x, y, w, h) => new ImageData(w, h);"));
        try {
            page.open().gotIt().actAs(OLA).channel("general").type("/lessons intranett");
            String shown = page.message("Lærdommer for");
            assertThat(page.inMessage("Lærdommer for", ".emoji"))
                    .as("no emoji glyphs")
                    .isEmpty();
            assertThat(page.inMessage("Lærdommer for", ".emoji-name"))
                    .as("their names instead")
                    .isNotEmpty()
                    .allMatch(name -> name.matches("[a-z ]+"));
            assertThat(shown.codePoints().filter(c -> c >= 0x2190 && c != 0x2026 && c != 0x2013 && c != 0x2014))
                    .as("no character a missing font would draw as a box")
                    .isEmpty();
            page.screenshot("sandbox-e2e-no-emoji-font");
        } finally {
            driver.executeCdpCommand(
                    "Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", blank.get("identifier")));
        }
    }
}
