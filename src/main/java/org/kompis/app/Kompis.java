package org.kompis.app;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import io.javalin.Javalin;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.kompis.commands.CommandRouter;
import org.kompis.core.Config;
import org.kompis.core.ConfigException;
import org.kompis.core.Kit;
import org.kompis.core.Privacy;
import org.kompis.core.Ritual;
import org.kompis.core.WebAddOn;
import org.kompis.core.Workspaces;
import org.kompis.delivery.Outbox;
import org.kompis.home.AppHome;
import org.kompis.i18n.Languages;
import org.kompis.i18n.Messages;
import org.kompis.install.OAuthFlow;
import org.kompis.insights.InsightsWeb;
import org.kompis.insights.Subscriptions;
import org.kompis.roles.Roles;
import org.kompis.scheduling.Scheduler;
import org.kompis.slack.Directory;
import org.kompis.slack.EventDedupe;
import org.kompis.slack.Events;
import org.kompis.slack.RequestVerifier;
import org.kompis.slack.SlackGateway;
import org.kompis.storage.Database;
import org.kompis.storage.DatabaseClaims;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One running Kompis: database, scheduler, Bolt app, HTTP server and, with an app token, Socket Mode. */
public final class Kompis implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Kompis.class);

  private final Database database;
  private final Scheduler scheduler;
  private final ExecutorService workers;
  private final Javalin http;
  private final SocketModeApp socketMode;
  private final Kit kit;

  private Kompis(Database database, Scheduler scheduler, ExecutorService workers, Javalin http, SocketModeApp socketMode, Kit kit) {
    this.database = database;
    this.scheduler = scheduler;
    this.workers = workers;
    this.http = http;
    this.socketMode = socketMode;
    this.kit = kit;
  }

  /** Starts Kompis with the real clock and Quartz firing schedules. */
  public static Kompis start(Config config, List<Ritual> rituals) {
    return start(config, Clock.systemUTC(), true, rituals);
  }

  public static Kompis start(Config config, Clock clock, boolean timersOn, List<Ritual> rituals) {
    return start(config, clock, timersOn, rituals, null);
  }

  /** As above; with an {@code addOn}, the same server also serves the add-on's routes. */
  public static Kompis start(Config config, Clock clock, boolean timersOn, List<Ritual> rituals, WebAddOn addOn) {
    Database database = Database.open(config.dbUrl());
    Javalin early = null;
    try {
      SlackConfig slackConfig = new SlackConfig();
      slackConfig.setMethodsEndpointUrlPrefix(config.apiUrl());
      slackConfig.setPrettyResponseLoggingEnabled(false);
      slackConfig.setStatsEnabled(false);
      Slack slack = Slack.getInstance(slackConfig);
      AppConfig.AppConfigBuilder appConfig = AppConfig.builder()
          .slack(slack)
          .signingSecret(config.signingSecret() == null ? "socket-mode" : config.signingSecret())
          // Kompis verifies signatures itself, in front of Bolt (constant-time, both ways in time, UTF-8).
          .requestVerificationEnabled(false)
          .allEventsApiAutoAckEnabled(true)
          .unmatchedRequestHandler(req -> Response.ok());
      App app = new App(config.manyWorkspaces() ? OAuthFlow.configure(appConfig, config.oauth()).build()
          : appConfig.singleTeamBotToken(config.botToken()).build());
      Tenancy tenancy = Tenancy.of(config, database.jdbi(), slack, clock);
      ExecutorService workers = workers();
      Workspaces workspaces = new OneWorkspace(config);
      // Many workspaces: each team's token from its installation; one workspace: the settings' token.
      SlackGateway gateway = new SlackGateway(slack, config.manyWorkspaces() ? tenancy.tokens()
          : team -> workspaces.of(team).botToken());
      Directory directory = new Directory(gateway, clock, Duration.ofMinutes(5));
      Messages messages = new Messages();
      OAuthFlow oauth = tenancy.flow(app, messages, config.defaultLanguage());
      Scheduler scheduler = new Scheduler(database.jdbi(), clock, config.catchUpGrace(), timersOn);
      Outbox outbox = new Outbox(database.jdbi(), gateway, clock, config.messagesPerSecond());
      CommandRouter router = new CommandRouter();
      AppHome home = new AppHome();
      Kit kit = new Kit(config, app, database.jdbi(), gateway, directory, messages,
          new Languages(database.jdbi(), directory, team -> workspaces.of(team).defaultLanguage()),
          new Roles(directory, team -> new Roles.Managers(workspaces.of(team).managerUserIds(),
              workspaces.of(team).managerUserGroup())),
          router, scheduler, clock, workers, outbox, new Events(app, workers), home, new Privacy(database.jdbi()),
          workspaces, new DatabaseClaims(database.jdbi()));
      RequestVerifier verifier = config.signingSecret() == null ? null : new RequestVerifier(config.signingSecret(), clock);
      BooleanSupplier ready = () -> database.healthy() && scheduler.running();
      InsightsWeb insights = new InsightsWeb(database.jdbi(), slack, directory, kit.roles(), kit.languages(), messages,
          clock, config.defaultTimeZone(), config.insights(),
          new Subscriptions(database.jdbi(), scheduler, clock, config.defaultTimeZone()));
      if (addOn != null) {
        // Bolt checks the bot token with auth.test as the first middleware is added, and an add-on may be the Web API
        // that answers it from this very server: then the server starts first.
        early = HttpServer.start(config.port(), app, verifier, ready, insights, addOn, oauth);
      }
      tenancy.use(app, kit.events());
      app.use(new EventDedupe(database.jdbi(), clock));
      rituals.forEach(r -> r.install(kit));
      home.install(kit);
      router.install(app, kit);
      outbox.start();
      scheduler.start();
      Javalin http = early != null ? early : HttpServer.start(config.port(), app, verifier, ready, insights, null, oauth);
      SocketModeApp socketMode = null;
      if (config.socketMode()) {
        socketMode = new SocketModeApp(config.appToken(), SocketModeClient.Backend.JavaWebSocket, app);
        socketMode.startAsync();
        log.info("Socket Mode connected: no public URL needed");
      }
      log.info("Kompis is ready on port {}", http.port());
      return new Kompis(database, scheduler, workers, http, socketMode, kit);
    } catch (ConfigException e) {
      stop(early, database);
      throw e;
    } catch (Exception e) {
      stop(early, database);
      throw new IllegalStateException("Kompis could not start: " + e.getMessage(), e);
    }
  }

  private static void stop(Javalin early, Database database) {
    if (early != null) {
      early.stop();
    }
    database.close();
  }

  private static ExecutorService workers() {
    AtomicInteger n = new AtomicInteger();
    // Workers mostly wait on Slack (tens of ms a call), so 32 keep up with ~200 commands/s on 2 cores. Bounded: under
    // a flood the queue fills and commands get a "busy, try again" instead of memory running out.
    return new ThreadPoolExecutor(32, 32, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(2000), r -> {
      Thread t = new Thread(r, "kompis-worker-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  public int port() {
    return http.port();
  }

  public Kit kit() {
    return kit;
  }

  @Override
  public void close() {
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
    database.close();
  }
}
