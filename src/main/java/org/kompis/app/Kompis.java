package org.kompis.app;

import com.slack.api.Slack;
import com.slack.api.bolt.App;
import io.javalin.Javalin;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.kompis.cluster.Replica;
import org.kompis.commands.CommandRouter;
import org.kompis.core.Config;
import org.kompis.core.ConfigException;
import org.kompis.core.Ritual;
import org.kompis.core.WebAddOn;
import org.kompis.delivery.Outbox;
import org.kompis.i18n.Messages;
import org.kompis.insights.InsightsWeb;
import org.kompis.insights.Subscriptions;
import org.kompis.install.OAuthFlow;
import org.kompis.scheduling.Scheduler;
import org.kompis.settings.StoredWorkspaces;
import org.kompis.slack.Directory;
import org.kompis.slack.Replays;
import org.kompis.slack.RequestVerifier;
import org.kompis.slack.SlackGateway;
import org.kompis.storage.Database;
import org.kompis.workers.Workers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One running Kompis: database, scheduler, Bolt app, HTTP server and, with an app token, Socket Mode. */
public final class Kompis implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Kompis.class);

    private final Database database;
    private final Scheduler scheduler;
    private final ExecutorService workers;
    private final Javalin http;
    private final SocketLink socketMode;
    private final Kit kit;
    private final Replica replica;
    private final Observability observability;
    private final AtomicBoolean closed = new AtomicBoolean();

    private Kompis(
            Database database,
            Scheduler scheduler,
            ExecutorService workers,
            Javalin http,
            SocketLink socketMode,
            Kit kit,
            Replica replica,
            Observability observability) {
        this.replica = replica;
        this.observability = observability;
        this.database = database;
        this.scheduler = scheduler;
        this.workers = workers;
        this.http = http;
        this.socketMode = socketMode;
        this.kit = kit;
    }

    /** Starts Kompis with the real clock and Quartz firing schedules. */
    public static Kompis start(Config config, Function<Kit, List<Ritual>> rituals) {
        return start(config, Clock.systemUTC(), true, rituals);
    }

    public static Kompis start(Config config, Clock clock, boolean timersOn, Function<Kit, List<Ritual>> rituals) {
        return start(config, clock, timersOn, rituals, null);
    }

    /**
     * As above; with an {@code addOn}, the same server also serves the add-on's routes. {@code rituals} builds every
     * ritual from the ports built here, handing each the few it uses ({@link org.kompis.Rituals#all}).
     */
    public static Kompis start(
            Config config, Clock clock, boolean timersOn, Function<Kit, List<Ritual>> rituals, WebAddOn addOn) {
        Database database = Database.open(config.dbUrl(), config.dbUser(), config.dbPassword());
        StartedParts started = new StartedParts();
        started.add(database);
        try {
            Slack slack = SlackClient.of(config);
            App app = BoltApp.of(config, slack);
            Tenancy tenancy = Tenancy.of(config, database.jdbi(), slack, clock);
            Workers workers = new Workers();
            started.add(workers::shutdownNow);
            // The file's settings (and, with many workspaces, each installation's token), under each workspace's own.
            StoredWorkspaces workspaces =
                    new StoredWorkspaces(tenancy.workspaces(new OneWorkspace(config)), database.jdbi(), clock);
            // Many workspaces: each team's token from its installation; one: the settings' token, unless uninstalled.
            SlackGateway gateway = new SlackGateway(
                    slack,
                    config.manyWorkspaces()
                            ? tenancy.tokens()
                            : tenancy.guard(team -> workspaces.of(team).botToken()));
            Directory directory = new Directory(gateway, clock, Duration.ofMinutes(5));
            Messages messages = new Messages();
            OAuthFlow oauth = tenancy.flow(app, messages, config.defaultLanguage());
            Observability observability = new Observability();
            started.add(observability);
            Replica replica = new Replica(database.jdbi());
            replica.start();
            started.add(replica);
            Scheduler scheduler = new Scheduler(database.jdbi(), clock, config.catchUpGrace(), timersOn, replica);
            Outbox outbox = new Outbox(database.jdbi(), gateway, clock, config.messagesPerSecond(), replica);
            CommandRouter router = new CommandRouter();
            Kit kit = Kit.wire(
                    config,
                    app,
                    database.jdbi(),
                    gateway,
                    directory,
                    messages,
                    workspaces,
                    scheduler,
                    outbox,
                    router,
                    workers,
                    clock);
            RequestVerifier verifier = config.signingSecret() == null
                    ? null
                    : new RequestVerifier(config.signingSecret(), config.previousSigningSecret(), clock);
            Replays replays = new Replays(database.jdbi(), clock);
            AtomicReference<SocketLink> link = new AtomicReference<>();
            Health health = new Health(
                    () -> database.healthy() && scheduler.running(),
                    new Readiness(
                            database,
                            scheduler::running,
                            () -> !config.socketMode()
                                    || (link.get() != null && link.get().connected())));
            InsightsWeb insights = new InsightsWeb(
                    database.jdbi(),
                    slack,
                    directory,
                    kit.roles(),
                    kit.languages(),
                    messages,
                    clock,
                    kit.zones()::zone,
                    config.insights(),
                    new Subscriptions(database.jdbi(), scheduler, clock, kit.zones()::zone));
            Function<WebAddOn, Javalin> serve = routes -> HttpServer.start(
                    config.port(), app, verifier, replays, health, insights, routes, oauth, observability::scrape);
            Javalin early = null;
            if (addOn != null) {
                // Bolt checks the bot token with auth.test as the first middleware is added, and an add-on may be the
                // Web API that answers it from this very server: then the server starts first.
                early = serve.apply(addOn);
                started.add(early::stop);
            }
            tenancy.use(app, kit);
            BoltApp.guard(app, kit);
            rituals.apply(kit).forEach(Ritual::install);
            kit.workspaceSettings(workspaces).install();
            router.install(app, kit.speech(), gateway, kit.roles(), kit.background());
            outbox.start();
            started.add(outbox::close);
            scheduler.start();
            started.add(scheduler::close);
            Javalin http = early != null ? early : serve.apply(null);
            started.add(http::stop);
            if (config.socketMode()) {
                link.set(SocketLink.open(slack, config.appToken(), app));
            }
            log.info("Kompis is ready on port {}", http.port());
            return new Kompis(database, scheduler, workers, http, link.get(), kit, replica, observability);
        } catch (ConfigException e) {
            started.stopAll();
            throw e;
        } catch (Exception e) {
            started.stopAll();
            throw new IllegalStateException("Kompis could not start: " + e.getMessage(), e);
        }
    }

    public int port() {
        return http.port();
    }

    public Kit kit() {
        return kit;
    }

    @Override
    public void close() {
        // A second close would wait on parts that are already stopped (the outbox's drain for its 15 s limit).
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            if (socketMode != null) {
                socketMode.close();
            }
        } catch (Exception e) {
            log.warn("Socket Mode did not close cleanly", e);
        }
        http.stop();
        scheduler.close();
        kit.outbox().close();
        workers.shutdown();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // Last: what this replica still holds is the others' to take over at once.
        replica.close();
        observability.close();
        database.close();
    }
}
