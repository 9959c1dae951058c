package org.kompis.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kompis.sandbox.SandboxApp.GENERAL;
import static org.kompis.sandbox.SandboxApp.INGRID;
import static org.kompis.sandbox.SandboxApp.KARI;
import static org.kompis.sandbox.SandboxApp.OLA;
import static org.kompis.sandbox.SandboxApp.SVEN;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The sandbox in a real browser: Debian's headless Chromium driven through chromedriver (nothing is downloaded).
 * Each test is a person's path through the page. A ritual's own path is one more method of the same shape; for the
 * after-action review and the lessons library it reads:
 * <pre>{@code
 * page.gotIt().actAs(INGRID).channel("team-learning").type("/aar Launch of the new intranet");
 * page.actAs(KARI).click("Launch of the new intranet", <answer button>);   // then fill the modal and submitModal()
 * page.actAs(SVEN).click(...);                                             // the second colleague answers
 * page.actAs(INGRID).click("Launch of the new intranet", <close button>);
 * page.message(<summary header>); page.screenshot("sandbox-e2e");
 * page.type("/lessons intranet"); page.message("Launch of the new intranet");
 * }</pre>
 */
class SandboxBrowserTest {
  static final Path CHROMIUM = Path.of(System.getProperty("sandbox.chromium", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER = Path.of(System.getProperty("sandbox.chromedriver", "/usr/bin/chromedriver"));

  static final String MISSING = "The sandbox browser test needs Debian's chromium and chromium-driver (" + CHROMIUM
      + ", " + CHROMEDRIVER + "). Install them: sudo apt-get install -y chromium chromium-driver (.ci/run does).";

  static SandboxApp app;
  static ChromeDriver driver;
  SandboxPage page;

  static boolean browserPresent() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  @BeforeAll
  static void start() throws Exception {
    if (!browserPresent()) {
      System.err.println("\n" + "!".repeat(100) + "\n!! SKIPPED: " + MISSING + "\n" + "!".repeat(100) + "\n");
      return;
    }
    app = SandboxApp.start();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
        "--user-data-dir=" + Files.createTempDirectory("kompis-chromium"), "--lang=en-GB");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(5));
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (app != null) {
      app.close();
    }
  }

  @BeforeEach
  void openPage() {
    // Each test is reported as skipped, with how to install the browser, rather than silently absent.
    Assumptions.assumeTrue(browserPresent(), MISSING);
    page = new SandboxPage(driver, app.url("")).viewport(1280, 800).open();
  }

  @Test
  void helpInNorwegianAndSwedishAndALanguageRoundTrip() {
    page.actAs(KARI).channel("general").type("/kompis help");
    assertThat(page.message("Kompis: læring i hverdagen")).contains("Only visible to you").contains("/kompis language");
    page.screenshot("sandbox-e2e-help");

    page.actAs(SVEN);
    assertThat(page.shows("Kompis: læring i hverdagen")).as("Kari's ephemeral is not Sven's").isFalse();
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
    assertThat(modal.getText()).contains("Probe").contains("Tittel").contains("Ansvarlig").contains("Ett valg");
    assertThat(driver.switchTo().activeElement().getDomAttribute("data-action-id")).as("focus starts in the form").isEqualTo("title");
    page.screenshot("sandbox-e2e-modal");

    page.submitModal();
    page.errorUnder("Tittel", ViewState.REQUIRED);
    page.fill("Tittel", "bad idea").submitModal();
    page.errorUnder("Tittel", "Velg en annen tittel");
    page.fill("Tittel", "Ny rutine").choose("Størrelse", "Middels").choose("Ansvarlig", "Sven Karlsson")
        .tick("Valg", "Liten").tick("Ett valg", "Stor").tick("Deltakere", "Kari Nordmann");
    page.submitModal();
    page.modalClosed();

    assertThat(page.message("Probe: Ny rutine")).contains("Ny rutine fra @Ingrid Berg").contains("ansvarlig @Sven Karlsson")
        .contains("Veileder").contains("#general").contains("[unsupported block: rich_text]");
    assertThat(page.inMessage("Probe: Ny rutine", ".bk-text strong")).first().isEqualTo("Ny rutine");
    assertThat(page.inMessage("Probe: Ny rutine", ".bk-text li")).hasSize(2);
    assertThat(page.inMessage("Probe: Ny rutine", "a[href^='https://example.org']")).containsExactly("Veileder");
    page.nextJobShown();
    page.screenshot("sandbox-e2e");

    page.actAs(KARI);
    page.click("Probe: Ny rutine", "Ferdig");
    assertThat(page.message("av @Kari Nordmann")).contains("Ferdig");
  }

  @Test
  void runNextScheduledJobRunsTheFollowUpADayLater() {
    app.post("/sandbox/ui/command", "as", OLA, "channel", GENERAL, "text", "/kompis probe");
    var modal = app.await(OLA, s -> s.has("modal")).getAsJsonObject("modal");
    app.post("/sandbox/ui/submit", "as", OLA, "viewId", modal.getAsJsonObject("view").get("id").getAsString(),
        "values", Json.obj("title", Json.obj("title", "Tidsreise")));
    page.gotIt().actAs(OLA).channel("general").message("Probe: Tidsreise");
    for (int i = 0; i < 3 && !page.shows("Oppfølging: Tidsreise"); i++) {
      page.runNextJob();
      new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> page.clock().contains("(+"));
      SandboxApp.sleep(300);
    }
    page.message("Oppfølging: Tidsreise");
    assertThat(page.clock()).contains("+24 h");
    page.screenshot("sandbox-e2e-time-travel");
  }

  @Test
  void keyboardOnlyAndAPhoneWideWindow() {
    page.viewport(390, 844).open().actAs(SVEN);
    assertThat((Boolean) page.js("return document.documentElement.scrollWidth <= window.innerWidth"))
        .as("nothing wider than the phone").isTrue();
    int closedBefore = ProbeRitual.closed.get();
    page.type("/kompis probe");
    page.modal();
    driver.switchTo().activeElement().sendKeys("Tastatur");
    driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
    page.modalClosed();
    new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> ProbeRitual.closed.get() > closedBefore);
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
        .contains("<strong>fet</strong>", "<em>kursiv</em>", "<del>borte</del>", "&lt;script&gt;alert(1)&lt;/script&gt;",
            "<span class=\"mention\">@channel</span>", "<span class=\"mention\">@Kari Nordmann</span>")
        .doesNotContain("<script", "href=\"javascript");
  }
}
