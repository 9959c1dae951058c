package org.kompis.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kompis.sandbox.SandboxApp.INGRID;
import static org.kompis.sandbox.SandboxApp.SVEN;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kompis.testing.Chromium;

/**
 * README's sandbox tour, walked in a real browser once per language: a Norwegian manager, a Swedish colleague and
 * an English one. Screenshots go to target/tour-{nb,sv,en}-*.png, to be looked at, not only asserted on.
 */
class SandboxTourTest {
    static final String EMMA = "U0EMMA";
    static SandboxApp app;
    static Chromium browser;
    SandboxPage page;

    @BeforeAll
    static void start() {
        browser = Chromium.start();
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
        page = new SandboxPage(browser, app.url("")).viewport(1280, 860).open();
    }

    @Test
    void norwegian() {
        page.actAs(INGRID);
        assertThat(page.welcome()).contains("Velkommen til sandkassen for Kompis", "Du er Ingrid Berg (leder)");
        page.screenshot("tour-nb-0-welcome");
        page.gotIt().channel("general");
        assertThat(page.js("return document.querySelector('#run-next').innerText"))
                .isEqualTo("Kjør neste planlagte jobb");
        page.type("/kompis help");
        assertThat(page.message("Kompis: læring i hverdagen")).contains("/pairs delta", "(eller join)");
        page.screenshot("tour-nb-1-help");
        page.type("/kompis blah");
        page.message("«blah» er ikke en kommando");
        page.type("/aar Ny rutine for overlevering mellom vaktene");
        String review = "Erfaringsgjennomgang: Ny rutine for overlevering mellom vaktene";
        page.click(review, "Legg inn mine svar");
        page.fill("Hva skulle skje?", "Ingen saker skulle falle mellom to stoler ved vaktskiftet.")
                .fill("Hva gjør vi bedre neste gang?", "Bruke sjekklisten ved hvert vaktskifte.")
                .submitModal();
        page.modalClosed();
        page.click(review, "Avslutt og oppsummer");
        page.message("Avsluttet: se oppsummeringen");
        page.openThread(review);
        assertThat(page.inThread("Oppsummering: Ny rutine")).contains("Har svart: 1 av 6 inviterte");
        page.screenshot("tour-nb-2-aar-summary");
        page.type("/lessons vaktskifte");
        assertThat(page.message("Lærdommer for «vaktskifte»")).contains("Bruke sjekklisten ved hvert vaktskifte");
        page.type("/sixhats Digital timebestilling på biblioteket");
        assertThat(page.message("Digital timebestilling på biblioteket")).contains("Bli med");
        page.reveal("Digital timebestilling på biblioteket").screenshot("tour-nb-3-sixhats");
        page.type("/sixhats avslutt");
        page.message("Ville du avslutte øvelsen som pågår?");
        page.type("/pairs snooze 2020-01-01");
        page.message("2020-01-01 er ikke fram i tid");
        page.screenshot("tour-nb-4-answers");
        page.channel("Kompis");
        page.homeShows("Læringen din på jobben");
        page.screenshot("tour-nb-5-home");
        page.reset("Ny rutine for overlevering");
        page.screenshot("tour-nb-6-after-reset");
    }

    @Test
    void swedish() {
        page.actAs(SVEN);
        assertThat(page.welcome()).contains("Välkommen till sandlådan för Kompis", "Du är Sven Karlsson");
        page.screenshot("tour-sv-0-welcome");
        page.gotIt().channel("team-learning");
        page.type("/kompis hjälp");
        assertThat(page.message("Kompis: lärande i vardagen")).contains("/reflect schema DAG TT:MM");
        page.screenshot("tour-sv-1-help");
        page.type("/pairs delta");
        page.message("Du är med i lärparen");
        page.type("/sixhats avsluta");
        page.message("Ville du avsluta övningen");
        page.type("/aar lista Flytten av arkivet");
        page.message("/aar lista ska stå ensamt");
        page.screenshot("tour-sv-2-answers");
        page.type("/lessons intranät källa:aar");
        assertThat(page.message("Lärdomar för")).contains("Nytt intranett");
        page.screenshot("tour-sv-2b-lessons");
        page.type("/lessons ny");
        assertThat(page.modal().getText()).contains("Taggar").doesNotContain("(valfritt) (optional)");
        page.screenshot("tour-sv-3-lesson-modal");
        page.closeModal();
        page.channel("team-learning").type("/kompis integritet");
        page.message("Dina uppgifter i Kompis");
        page.screenshot("tour-sv-4-privacy");
        page.channel("Kompis");
        page.homeShows("Ditt lärande på jobbet");
        page.screenshot("tour-sv-5-home");
    }

    @Test
    void english() {
        page.actAs(EMMA);
        assertThat(page.welcome()).contains("Welcome to the Kompis sandbox", "You are acting as Emma Wilson");
        page.screenshot("tour-en-0-welcome");
        page.gotIt().channel("team-learning");
        page.type("/kompis help");
        assertThat(page.message("Kompis: learning in everyday work")).contains("/pairs join");
        page.screenshot("tour-en-1-help");
        page.type("/pairs join");
        page.message("You're in the learning pairs");
        page.type("/aar summary");
        page.message("Did you mean to close a review");
        page.type("/lessons intranett");
        page.message("Lessons for");
        page.screenshot("tour-en-2-lessons");
        page.channel("Kompis");
        page.homeShows("Your learning at work");
        page.screenshot("tour-en-3-home");
    }
}
