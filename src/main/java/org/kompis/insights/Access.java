package org.kompis.insights;

import io.javalin.http.Context;
import java.util.Optional;
import org.kompis.core.InsightsSettings;
import org.kompis.i18n.Lang;
import org.kompis.i18n.Languages;
import org.kompis.i18n.Messages;
import org.kompis.i18n.Texts;
import org.kompis.insights.InsightsStore.Session;
import org.kompis.roles.Roles;
import org.kompis.slack.SlackCallException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who is asking, on every request: a live session, then manager rights asked again (someone who stopped being a
 * manager an hour ago sees nothing now). Also the cookies and the headers every insights answer carries.
 */
final class Access {
    static final String SESSION_COOKIE = "kompis_insights";
    static final String BROWSER_COOKIE = "kompis_signin";
    private static final Logger log = LoggerFactory.getLogger(Access.class);

    private final Sessions sessions;
    private final Roles roles;
    private final Languages languages;
    private final Messages messages;
    private final InsightsSettings settings;

    Access(Sessions sessions, Roles roles, Languages languages, Messages messages, InsightsSettings settings) {
        this.sessions = sessions;
        this.roles = roles;
        this.languages = languages;
        this.messages = messages;
        this.settings = settings;
    }

    Optional<Session> session(Context ctx) {
        return sessions.find(ctx.cookie(SESSION_COOKIE));
    }

    boolean isManager(Session s) {
        try {
            return roles.isManager(s.teamId(), s.userId());
        } catch (SlackCallException e) {
            log.warn("Could not check manager rights for the insights page: {}", e.error());
            return false;
        }
    }

    /** The language asked for in the address, else the person's own, else the workspace default. */
    Texts texts(Context ctx, Session s) {
        Optional<Lang> asked = Lang.parse(ctx.queryParam("lang"));
        if (asked.isEmpty()) {
            asked = Lang.parse(ctx.formParam("lang"));
        }
        if (asked.isPresent()) {
            return messages.in(asked.get());
        }
        if (s != null) {
            try {
                return messages.in(languages.ofUser(s.teamId(), s.userId()));
            } catch (RuntimeException e) {
                log.warn("Could not tell the language of a manager", e);
            }
        }
        return messages.in(languages.fallback(s == null ? null : s.teamId()));
    }

    /** Cookies only for /insights, out of reach of scripts and of other sites' forms. */
    void setCookie(Context ctx, String name, String value, long maxAgeSeconds) {
        ctx.res()
                .addHeader(
                        "Set-Cookie",
                        name + "=" + value + "; Path=/insights; HttpOnly; SameSite=Lax; Max-Age=" + maxAgeSeconds
                                + (settings.secureCookies() ? "; Secure" : ""));
    }

    static void headers(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header(
                "Content-Security-Policy",
                "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
                        + "frame-ancestors 'none'; base-uri 'none'");
    }

    static void redirect(Context ctx, String location) {
        ctx.status(303).header("Location", location);
    }
}
