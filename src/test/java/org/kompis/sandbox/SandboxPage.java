package org.kompis.sandbox;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.kompis.testing.Chromium;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The sandbox page as a person uses it, for browser tests: act as someone, open a channel, type, click, fill a
 * modal by its labels. A ritual's end-to-end test is a few lines of these.
 */
final class SandboxPage {
    private final Chromium browser;
    private final WebDriver driver;
    private final String baseUrl;

    SandboxPage(Chromium browser, String baseUrl) {
        this.browser = browser;
        this.driver = browser.driver();
        this.baseUrl = baseUrl;
    }

    /**
     * Opens the page as a first-time visitor: what an earlier test left in the browser's storage (the person acted
     * as, the open conversation, the closed getting-started note) is forgotten, so each test starts the same way.
     */
    SandboxPage open() {
        driver.get(baseUrl + "/");
        js("localStorage.clear()");
        driver.get(baseUrl + "/");
        browser.until(
                d -> !d.findElements(By.cssSelector("#conversations .nav-item")).isEmpty());
        return this;
    }

    /** The browser's viewport (not its window) at this size, as a person's screen would be. */
    SandboxPage viewport(int width, int height) {
        browser.viewport(width, height);
        return this;
    }

    /** Waits for the getting-started note and returns its text. */
    String welcome() {
        return browser.until(d -> d.findElements(By.cssSelector(".welcome")).stream()
                .map(WebElement::getText)
                .findFirst()
                .orElse(null));
    }

    /** Closes the getting-started note (the page remembers), so screenshots show the conversation. */
    SandboxPage gotIt() {
        // Clicked in the page: the note is drawn again whenever the state changes, so a found button may be gone.
        browser.until(d -> (Boolean) js("const b = document.querySelector('.welcome button'); if (b) { b.click(); }"
                + " return !document.querySelector('.welcome');"));
        return this;
    }

    SandboxPage actAs(String userId) {
        // The options are drawn again when the page's language changes: choose again if they went stale.
        browser.until(d -> {
            new Select(d.findElement(By.id("acting-as"))).selectByValue(userId);
            return true;
        });
        browser.until(d -> userId.equals(d.findElement(By.tagName("body")).getDomAttribute("data-as")));
        return noModal();
    }

    /** Switches to the workspace named {@code name} with the page's switch, as Slack's workspace switcher does. */
    SandboxPage workspace(String name) {
        browser.until(d -> (Boolean) js(
                "const b = [...document.querySelectorAll('#workspaces button')].find(x => x.textContent === arguments[0]);"
                        + " if (b) { b.click(); } return !!b && b.getAttribute('aria-pressed') === 'true';",
                name));
        return noModal();
    }

    /** What the sidebar lists: the channels, group DMs and apps of the workspace on screen. */
    String sidebar() {
        return driver.findElement(By.id("conversations")).getText();
    }

    SandboxPage channel(String name) {
        // The sidebar redraws when the state changes (acting as someone else): find the button again if it went stale.
        browser.until(d -> {
            d.findElements(By.cssSelector("#conversations .nav-item")).stream()
                    .filter(b -> b.getText().replace("# ", "").trim().startsWith(name))
                    .findFirst()
                    .orElseThrow()
                    .click();
            return true;
        });
        browser.until(d -> d.findElement(By.id("pane-title")).getText().contains(name));
        return this;
    }

    /** Types into the composer and presses Enter, as a person sends a message or a slash command. */
    SandboxPage type(String text) {
        WebElement input = driver.findElement(By.id("composer-input"));
        input.clear();
        input.sendKeys(text, Keys.ENTER);
        return this;
    }

    /** Keys pressed wherever the focus is, as a person goes on typing without clicking first. */
    SandboxPage keys(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
        return this;
    }

    /** Waits until a message in the open conversation shows {@code text}, and returns all its text. */
    String message(String text) {
        return browser.until(d -> (String) js(LAST_MESSAGE + "return m && m.innerText;", text));
    }

    /** What {@code selector} matches in that message: the texts of the elements. */
    List<String> inMessage(String text, String selector) {
        message(text);
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) js(
                LAST_MESSAGE + "return [...m.querySelectorAll(arguments[1])].map((e) => e.innerText);", text, selector);
        return found;
    }

    /** Clicks the button labelled {@code label} in the latest message showing {@code text}. */
    void click(String text, String label) {
        browser.until(d -> (Boolean) js(
                LAST_MESSAGE + "const b = m && [...m.querySelectorAll('button')]"
                        + ".find((x) => x.innerText.trim() === arguments[1]); if (b) { b.click(); } return Boolean(b);",
                text,
                label));
    }

    private static final String LAST_MESSAGE = "const m = [...document.querySelectorAll('#pane-body .msg')]"
            + ".filter((x) => x.innerText.includes(arguments[0])).pop();";

    /** Scrolls the latest message showing {@code text} to the top of the pane, so a screenshot shows it whole. */
    SandboxPage reveal(String text) {
        message(text);
        js(LAST_MESSAGE + "m.scrollIntoView({ block: 'start' });", text);
        return this;
    }

    /** Opens the thread of the latest message showing {@code text} ("2 replies"), as a person does to read it. */
    SandboxPage openThread(String text) {
        browser.until(d -> (Boolean) js(
                LAST_MESSAGE + "const b = m && m.querySelector('button.replies, button.reply');"
                        + " if (b) { b.click(); } return Boolean(b);",
                text));
        browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("thread-body")));
        return this;
    }

    /** Waits until the open thread shows {@code text}, scrolls that message to the top of the pane, returns its text. */
    String inThread(String text) {
        return browser.until(d -> (String) js(
                "const m = [...document.querySelectorAll('#thread-body .msg')]"
                        + ".filter((x) => x.innerText.includes(arguments[0])).pop();"
                        + " if (m) { m.scrollIntoView({ block: 'start' }); } return m && m.innerText;",
                text));
    }

    /** Waits until the Home tab shows {@code text}. */
    String homeShows(String text) {
        return browser.until(d -> {
            String shown = d.findElement(By.id("pane-body")).getText();
            return shown.contains(text) ? shown : null;
        });
    }

    boolean shows(String text) {
        return driver.findElement(By.id("pane-body")).getText().contains(text);
    }

    WebElement modal() {
        return browser.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dialog#modal[open]")));
    }

    /** Waits until the open modal shows {@code text} (a view update after submit arrives a moment later). */
    String modalShows(String text) {
        return browser.until(d -> {
            String shown = modal().getText();
            return shown.contains(text) ? shown : null;
        });
    }

    /** Closes a modal left open by an earlier test for the person acting now, so each test starts clean. */
    SandboxPage noModal() {
        if (!driver.findElements(By.cssSelector("dialog#modal[open]")).isEmpty()) {
            closeModal();
        }
        return this;
    }

    void modalClosed() {
        browser.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("dialog#modal[open]")));
    }

    /** The control an input block's label names (text fields, selects); or the group for checkboxes and radios. */
    WebElement field(String label) {
        WebElement block = modal().findElements(By.cssSelector(".bk-input")).stream()
                .filter(b -> b.findElement(By.cssSelector(".bk-label"))
                        .getText()
                        .replace(" (optional)", "")
                        .trim()
                        .equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No field '" + label + "'"));
        return block.findElement(By.cssSelector("[data-collect]"));
    }

    SandboxPage fill(String label, String text) {
        WebElement f = field(label);
        f.clear();
        f.sendKeys(text);
        return this;
    }

    SandboxPage choose(String label, String option) {
        new Select(field(label)).selectByVisibleText(option);
        return this;
    }

    SandboxPage tick(String label, String option) {
        field(label).findElements(By.cssSelector("label.choice")).stream()
                .filter(l -> l.getText().trim().equals(option))
                .findFirst()
                .orElseThrow()
                .findElement(By.tagName("input"))
                .click();
        return this;
    }

    /** Waits until the error under the field reads {@code expected} (an earlier one may still show meanwhile). */
    String errorUnder(String label, String expected) {
        return browser.until(d -> {
            List<WebElement> errors = field(label)
                    .findElements(
                            By.xpath("ancestor::div[contains(@class,'bk-input')]//p[contains(@class,'bk-error')]"));
            return errors.isEmpty() || !errors.get(0).getText().equals(expected) ? null : expected;
        });
    }

    /** Closes the modal with a mouse click on its close button. */
    void closeModal() {
        browser.until(d -> {
            modal().findElement(By.cssSelector(".modal-foot button[type=button]"))
                    .click();
            return true;
        });
        modalClosed();
    }

    void submitModal() {
        browser.until(d -> {
            modal().findElement(By.cssSelector(".modal-foot button[type=submit]"))
                    .click();
            return true;
        });
    }

    /** Presses "Run next scheduled job" and waits for the page's note that the job ran. */
    void runNextJob() {
        js("document.querySelectorAll('#toasts .toast').forEach((t) => { t.dataset.seen = '1'; });");
        driver.findElement(By.id("run-next")).click();
        browser.until(d -> (Boolean) js("return [...document.querySelectorAll('#toasts .toast')]"
                + ".some((t) => !t.dataset.seen && t.classList.contains('ran'));"));
    }

    /**
     * Runs scheduled jobs one by one until the open conversation shows {@code text}, at most {@code most} of them: other
     * jobs may be due first (a reminder, a follow-up), and a job's message reaches the page a moment after it ran.
     */
    SandboxPage runJobsUntil(String text, int most) {
        // Generous: on a busy machine a job's post took over 2 s to reach the page, and the next job (a week later)
        // ran.
        WebDriverWait moment = new WebDriverWait(driver, Duration.ofSeconds(6), Duration.ofMillis(50));
        for (int i = 0; i < most && !shows(text); i++) {
            runNextJob();
            try {
                moment.until(d -> shows(text));
            } catch (TimeoutException e) {
                // Not this job's message: run the next one.
            }
        }
        message(text);
        return this;
    }

    /**
     * Presses Reset and answers the browser's question with OK, then waits until the page shows the demo workspace
     * again without {@code gone}.
     */
    SandboxPage reset(String gone) {
        driver.findElement(By.id("reset")).click();
        browser.until(ExpectedConditions.alertIsPresent()).accept();
        browser.until(d -> !shows(gone) && shows("God morgen!"));
        return this;
    }

    /** Waits until the header names the next scheduled job. */
    void nextJobShown() {
        browser.until(d ->
                !d.findElement(By.id("next-job")).getDomAttribute("data-due").isEmpty());
    }

    String clock() {
        return driver.findElement(By.id("clock")).getText();
    }

    Object js(String script, Object... args) {
        return browser.js(script, args);
    }

    /** Saves what the viewport shows to target/{name}.png. */
    Path screenshot(String name) {
        return browser.screenshot(name);
    }
}
