package org.kompis.insights;

import io.javalin.http.Context;
import java.util.Optional;
import org.kompis.core.InsightsSettings;
import org.kompis.i18n.Texts;
import org.kompis.insights.InsightsStore.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Signing in and out, and the one setting a manager changes on the page (the monthly report). */
public final class SignInRoutes {
    private static final Logger log = LoggerFactory.getLogger(SignInRoutes.class);

    private final SignIn signIn;
    private final Sessions sessions;
    private final Access access;
    private final InsightsSettings settings;
    private final Subscriptions subscriptions;

    SignInRoutes(
            SignIn signIn, Sessions sessions, Access access, InsightsSettings settings, Subscriptions subscriptions) {
        this.signIn = signIn;
        this.sessions = sessions;
        this.access = access;
        this.settings = settings;
        this.subscriptions = subscriptions;
    }

    /** GET /insights/login: a fresh state and nonce for this browser, then off to Slack. */
    public void login(Context ctx) {
        Access.headers(ctx);
        if (!settings.signInConfigured()) {
            Access.redirect(ctx, "/insights");
            return;
        }
        String browser = Secrets.token();
        access.setCookie(ctx, Access.BROWSER_COOKIE, browser, SignIn.WINDOW.toSeconds());
        Access.redirect(ctx, signIn.start(browser));
    }

    /** GET /insights/callback: Slack sends the browser back with a code and the state. */
    public void callback(Context ctx) {
        Access.headers(ctx);
        Texts t = access.texts(ctx, null);
        try {
            SignIn.Identity who =
                    signIn.finish(ctx.queryParam("code"), ctx.queryParam("state"), ctx.cookie(Access.BROWSER_COOKIE));
            access.setCookie(ctx, Access.BROWSER_COOKIE, "", 0);
            access.setCookie(
                    ctx, Access.SESSION_COOKIE, sessions.open(who.teamId(), who.userId()), Sessions.TTL.toSeconds());
            Access.redirect(ctx, "/insights");
        } catch (SignIn.Refused e) {
            log.info("A sign-in to the insights page was refused: {}", e.getMessage());
            ctx.status(400)
                    .html(Frame.message(
                            t,
                            t.t("insights.signin.failed.title"),
                            t.t("insights.signin.failed"),
                            "/insights/login",
                            t.t("insights.signin.button")));
        }
    }

    /** POST /insights/logout, with the session's CSRF token. */
    public void logout(Context ctx) {
        Access.headers(ctx);
        Optional<Session> s = checked(ctx);
        Texts t = access.texts(ctx, s.orElse(null));
        if (s.isEmpty()) {
            return;
        }
        sessions.close(ctx.cookie(Access.SESSION_COOKIE));
        access.setCookie(ctx, Access.SESSION_COOKIE, "", 0);
        ctx.html(Frame.message(
                t,
                t.t("insights.signed_out.title"),
                t.t("insights.signed_out"),
                "/insights/login?lang=" + t.lang().code(),
                t.t("insights.signin.button")));
    }

    /** POST /insights/report: the monthly learning report by DM, on or off (managers only). */
    public void report(Context ctx) {
        Access.headers(ctx);
        Optional<Session> s = checked(ctx);
        if (s.isEmpty()) {
            return;
        }
        if (!access.isManager(s.get())) {
            ctx.status(403).result("Forbidden");
            return;
        }
        subscriptions.set(s.get().teamId(), s.get().userId(), "on".equals(ctx.formParam("subscribe")));
        Access.redirect(
                ctx, "/insights?lang=" + access.texts(ctx, s.get()).lang().code());
    }

    /** The session, if the form carries its CSRF token; otherwise answered 403 here. */
    private Optional<Session> checked(Context ctx) {
        Optional<Session> s = access.session(ctx);
        if (s.isEmpty() || !Secrets.same(s.get().csrf(), ctx.formParam("csrf"))) {
            ctx.status(403).result("Forbidden");
            return Optional.empty();
        }
        return s;
    }
}
