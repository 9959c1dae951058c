package org.kompis.insights;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.kompis.core.InsightsSettings;
import org.kompis.i18n.Texts;
import org.kompis.insights.InsightsStore.Session;
import org.kompis.slack.Directory;
import org.kompis.slack.SlackCallException;

/**
 * The {@code /insights} page and its CSV downloads, for managers only, about the channels they are in. Everyone
 * else gets a page that says so and no figure. Routes are in {@code org.kompis.app.HttpServer}.
 */
public final class InsightsWeb {
    private final Jdbi jdbi;
    private final Directory directory;
    private final Clock clock;
    private final Function<String, ZoneId> zoneOf;
    private final InsightsSettings settings;
    private final Access access;
    private final SignInRoutes signIn;
    private final Subscriptions subscriptions;

    public InsightsWeb(
            Jdbi jdbi,
            com.slack.api.Slack slack,
            Directory directory,
            org.kompis.roles.Roles roles,
            org.kompis.i18n.Languages languages,
            org.kompis.i18n.Messages messages,
            Clock clock,
            Function<String, ZoneId> zoneOf,
            InsightsSettings settings,
            Subscriptions subscriptions) {
        this.jdbi = jdbi;
        this.directory = directory;
        this.clock = clock;
        this.zoneOf = zoneOf;
        this.settings = settings;
        this.subscriptions = subscriptions;
        Sessions sessions = new Sessions(jdbi, clock);
        this.access = new Access(sessions, roles, languages, messages, settings);
        this.signIn =
                new SignInRoutes(new SignIn(settings, slack, jdbi, clock), sessions, access, settings, subscriptions);
    }

    public SignInRoutes signIn() {
        return signIn;
    }

    public void page(Context ctx) {
        Access.headers(ctx);
        Optional<Signed> who = signedManager(ctx);
        if (who.isEmpty()) {
            return;
        }
        Signed s = who.get();
        ReportPage.View view = new ReportPage.View(
                s.channels(),
                s.weekCount(),
                s.session().csrf(),
                subscriptions.subscribed(s.session().teamId(), s.session().userId()),
                settings.minGroup());
        String body = new ReportPage(s.texts(), s.report(), tables(s), view).html();
        String signOut =
                "<form method=\"post\" action=\"/insights/logout\"><input type=\"hidden\" name=\"csrf\" value=\""
                        + Html.esc(s.session().csrf()) + "\"><button type=\"submit\" class=\"quiet\">"
                        + Html.esc(s.texts().t("insights.sign_out")) + "</button></form>";
        String query = "channel=" + s.report().channelId() + "&weeks=" + s.weekCount();
        String channelName = s.channels().stream()
                .filter(c -> c.id().equals(s.report().channelId()))
                .findFirst()
                .map(ReportPage.Channel::name)
                .orElse("");
        ctx.html(Frame.page(s.texts(), s.texts().t("insights.title") + ": #" + channelName, query, signOut, body));
    }

    public void csv(Context ctx) {
        Access.headers(ctx);
        String id = ctx.pathParam("table");
        if (!Tables.IDS.contains(id)) {
            ctx.status(404).result("No such table");
            return;
        }
        Optional<Signed> who = signedManager(ctx);
        if (who.isEmpty()) {
            return;
        }
        Signed s = who.get();
        ctx.header(
                "Content-Disposition",
                "attachment; filename=\"kompis-" + id + "-" + s.report().channelId() + ".csv\"");
        ctx.contentType("text/csv; charset=utf-8");
        // A byte order mark, so that a spreadsheet opens Norwegian and Swedish letters right.
        ctx.result("\uFEFF" + tables(s).get(id).csv());
    }

    private Tables tables(Signed s) {
        Texts t = s.texts();
        String team = s.session().teamId();
        return new Tables(
                s.report(), t, u -> directory.name(team, u).orElse(t.t("insights.someone")), settings.minGroup());
    }

    /** The signed-in manager and their report, or empty when the answer (sign-in page, refusal) was already given. */
    private Optional<Signed> signedManager(Context ctx) {
        Optional<Session> session = access.session(ctx);
        Texts t = access.texts(ctx, session.orElse(null));
        if (session.isEmpty()) {
            ctx.status(401)
                    .html(
                            settings.signInConfigured()
                                    ? Frame.message(
                                            t,
                                            t.t("insights.signin.title"),
                                            t.t("insights.signin.text"),
                                            "/insights/login?lang=" + t.lang().code(),
                                            t.t("insights.signin.button"))
                                    : Frame.message(
                                            t, t.t("insights.signin.title"), t.t("insights.signin.off"), null, null));
            return Optional.empty();
        }
        Session s = session.get();
        if (!access.isManager(s)) {
            ctx.status(403)
                    .html(Frame.message(t, t.t("insights.refused.title"), t.t("insights.refused.text"), null, null));
            return Optional.empty();
        }
        List<ReportPage.Channel> channels = channels(s);
        if (channels.isEmpty()) {
            ctx.html(Frame.message(t, t.t("insights.title"), t.t("insights.no_channels"), null, null));
            return Optional.empty();
        }
        String asked = ctx.queryParam("channel");
        String channel = channels.stream()
                .map(ReportPage.Channel::id)
                .filter(c -> c.equals(asked))
                .findFirst()
                .orElse(channels.get(0).id());
        int weekCount = Weeks.CHOICES.stream()
                .filter(w -> String.valueOf(w).equals(ctx.queryParam("weeks")))
                .findFirst()
                .orElse(12);
        ZoneId zone = zoneOf.apply(s.teamId());
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Weeks weeks = Weeks.ending(today, weekCount, zone);
        Gate gate = new Gate(settings.minGroup());
        Report report = Report.load(jdbi.onDemand(InsightsStore.class), s.teamId(), channel, weeks, today, gate);
        return Optional.of(new Signed(s, t, channels, weekCount, report));
    }

    /** The channels the manager is in now (asked from Slack, a minute's cache at most), by name. */
    private List<ReportPage.Channel> channels(Session s) {
        List<ReportPage.Channel> out = new ArrayList<>();
        try {
            for (String id : directory.userChannels(s.teamId(), s.userId())) {
                String name;
                try {
                    name = directory.channel(s.teamId(), id).name();
                } catch (SlackCallException e) {
                    name = id;
                }
                out.add(new ReportPage.Channel(id, name == null ? id : name));
            }
        } catch (SlackCallException e) {
            return List.of();
        }
        out.sort(java.util.Comparator.comparing(ReportPage.Channel::name));
        return out;
    }

    private record Signed(
            Session session, Texts texts, List<ReportPage.Channel> channels, int weekCount, Report report) {}
}
