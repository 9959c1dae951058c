package org.kompis.sandbox;

import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.kompis.app.ConfigLoader;
import org.kompis.app.Kit;
import org.kompis.app.Kompis;
import org.kompis.core.Commands;
import org.kompis.core.Config;
import org.kompis.core.ConfigException;
import org.kompis.core.Ritual;
import org.kompis.core.Zones;
import org.kompis.scheduling.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kompis without Slack: the real Kompis (same Bolt app, same listeners, same signature check) on its own database,
 * talking to an {@link EmulatedSlack} on the same server, with a page at {@code /} that plays the Slack client.
 * It needs no token and no network. The emulated workspace is saved next to the database, so both survive a
 * restart together; Reset deletes both and starts over.
 */
public final class Sandbox implements AutoCloseable {
    public static final String DEFAULT_DB_URL = "jdbc:sqlite:data/sandbox.db";
    private static final Logger log = LoggerFactory.getLogger(Sandbox.class);

    private final SandboxSettings settings;
    private final Function<Kit, List<Ritual>> rituals;
    private final OffsetClock clock;
    private final Workspace ws;
    private final EmulatedSlack slack;
    private final PageActions actions;
    private final SandboxUi ui;
    private final Snapshots snapshots;
    private final TimeKeeper time;
    private final String signingSecret = HexFormat.of().formatHex(new SecureRandom().generateSeed(32));
    private final String clientSecret = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
    private volatile Kompis kompis;
    /** What the sandbox itself uses of the running Kompis, taken as the wiring hands the rituals theirs. */
    private volatile Wired wired;

    private volatile boolean restarting;
    private Optional<Instant> shownNextDue = Optional.empty();

    private Sandbox(
            SandboxSettings settings, Function<Kit, List<Ritual>> rituals, Snapshots snapshots, WorkspaceData saved) {
        this.settings = settings;
        this.rituals = rituals;
        int port = settings.port;
        this.clock = new OffsetClock(Clock.systemUTC(), saved == null ? 0 : saved.clockOffsetMillis);
        this.snapshots = snapshots;
        this.ws = new Workspace(clock, w -> snapshots.saveSoon(w));
        this.slack = new EmulatedSlack(ws, "http://127.0.0.1:" + port, publicUrl(), new SignInApi(clientSecret));
        this.actions = new PageActions(ws, slack, new SandboxClient(clock, signingSecret, port), this::commands);
        this.ui = new SandboxUi(this, ws, actions);
        this.time = new TimeKeeper(this);
    }

    /**
     * Starts the sandbox as the environment says (PORT, KOMPIS_DB_URL, KOMPIS_CONFIG), ignoring any Slack credentials.
     */
    public static Sandbox start(Map<String, String> env, Function<Kit, List<Ritual>> rituals) {
        String dbUrl = SandboxSettings.dbUrl(env);
        Path db = SandboxSettings.db(dbUrl);
        Snapshots snapshots = new Snapshots(Path.of(db + ".slack.json"));
        if (Files.exists(db) && !snapshots.exists()) {
            // Only a database the sandbox made is ever written or deleted by it: never a real Kompis's.
            throw new ConfigException(db + " is not a sandbox database (there is no " + db.getFileName()
                    + ".slack.json beside it): point KOMPIS_DB_URL at a new file, or leave it unset to use "
                    + "data/sandbox.db.");
        }
        WorkspaceData saved = snapshots.read().orElse(null);
        Sandbox sandbox = new Sandbox(new SandboxSettings(env, dbUrl), rituals, snapshots, saved);
        sandbox.boot(saved);
        return sandbox;
    }

    private void boot(WorkspaceData saved) {
        if (saved == null) {
            Demo.seed(ws);
            snapshots.saveNow(ws);
        } else {
            ws.replace(saved);
        }
        Config config = ConfigLoader.load(settings.kompisEnv(signingSecret, clientSecret));
        kompis = Kompis.start(
                config,
                clock,
                false,
                kit -> {
                    wired = new Wired(kit.jdbi(), kit.scheduler(), kit.commands(), kit.zones());
                    return rituals.apply(kit);
                },
                new SandboxRoutes(this));
        // History first: the demo lessons of today get the newest ids, so Home and search show them first.
        DemoHistory.seed(wired.jdbi(), clock.millis(), wired.zones().zone(Demo.TEAM));
        LessonSeed.seed(wired.jdbi(), clock.millis());
        time.start();
        if (!restarting) {
            log.info("Kompis sandbox: open {}/ (no Slack needed; data in {})", publicUrl(), settings.db);
        }
    }

    /** Deletes the database and the emulated workspace, and starts again with the demo people and lessons. */
    public synchronized void reset() {
        log.info("Sandbox reset: deleting {} and starting over", settings.db);
        restartSoon();
        try {
            // The page's waiting polls are answered before the server they came through stops.
            ui.awaitPollsAnswered(Duration.ofSeconds(3));
            time.stop();
            kompis.close();
            kompis = null;
            settings.deleteDatabase();
            snapshots.delete();
            clock.restart();
            ws.replace(new WorkspaceData());
            boot(null);
        } finally {
            ws.releaseWaiters(false);
            restarting = false;
        }
    }

    /**
     * True from the moment Reset is asked for until Kompis runs again: the page's actions are refused meanwhile
     * rather than half-handled by a Kompis that is stopping.
     */
    boolean restarting() {
        return restarting;
    }

    void restartSoon() {
        restarting = true;
        ws.releaseWaiters(true);
    }

    /**
     * Runs the next scheduled job now: the clock jumps to its planned time, then what is due fires, as Quartz would.
     */
    public synchronized Optional<Scheduler.Due> runNext() {
        Scheduler scheduler = wired.scheduler();
        Optional<Scheduler.Due> next = scheduler.next();
        if (next.isEmpty()) {
            return next;
        }
        clock.advanceTo(next.get().at());
        // Nothing else may change, but the page must learn the new time: a write wakes it (and saves the lead).
        ws.write(d -> null);
        return scheduler.runDue() > 0 ? next : Optional.empty();
    }

    /** Fires whatever is due by the sandbox clock, as Quartz would; the ticker calls it. */
    synchronized void runDue() {
        if (kompis == null) {
            return;
        }
        Scheduler scheduler = wired.scheduler();
        scheduler.runDue();
        // A ritual that schedules something writes nothing to the workspace: wake the page so it shows the next job.
        Optional<Instant> next = scheduler.nextDue();
        if (!next.equals(shownNextDue)) {
            shownNextDue = next;
            ws.write(d -> null);
        }
    }

    JsonObject state(String viewer) {
        Optional<Instant> next = Optional.empty();
        try {
            next = Optional.ofNullable(kompis).flatMap(k -> wired.scheduler().nextDue());
        } catch (RuntimeException e) {
            log.debug("No next job while Kompis restarts", e);
        }
        return UiState.of(ws, slack.views(), viewer, clock.offset().toMillis(), next, commands(), "");
    }

    /** The slash commands this build registers: Slack only routes the ones in the app's manifest. */
    Set<String> commands() {
        Set<String> out = new TreeSet<>(Set.of("/" + Commands.KOMPIS));
        Kompis k = kompis;
        if (k != null) {
            wired.commands().all().forEach(sub -> out.add("/" + sub.command()));
        }
        return out;
    }

    public EmulatedSlack slack() {
        return slack;
    }

    public SandboxUi ui() {
        return ui;
    }

    /**
     * The address the server binds: loopback unless KOMPIS_SANDBOX_HOST says otherwise (anyone here can act as anyone).
     */
    public String host() {
        return settings.host;
    }

    public int port() {
        return settings.port;
    }

    public String publicUrl() {
        return settings.publicUrl();
    }

    public Kompis kompis() {
        return kompis;
    }

    public OffsetClock clock() {
        return clock;
    }

    @Override
    public synchronized void close() {
        ws.releaseWaiters(true);
        time.stop();
        if (kompis != null) {
            kompis.close();
            kompis = null;
        }
        snapshots.saveNow(ws);
        snapshots.close();
    }

    private record Wired(Jdbi jdbi, Scheduler scheduler, Commands commands, Zones zones) {}
}
