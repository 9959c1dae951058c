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
 * installed in two emulated workspaces ({@link Sites}) on the same server, with a page at {@code /} that plays the
 * Slack client. It needs no token and no network. Each workspace is saved next to the database, so all survive a
 * restart together; Reset deletes them and starts over.
 */
public final class Sandbox implements AutoCloseable {
    public static final String DEFAULT_DB_URL = "jdbc:sqlite:data/sandbox.db";
    private static final Logger log = LoggerFactory.getLogger(Sandbox.class);

    private final SandboxSettings settings;
    private final Function<Kit, List<Ritual>> rituals;
    private final OffsetClock clock;
    private final Sites sites;
    private final SlackRouter slack;
    private final Installer installer;
    private final SandboxUi ui;
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
        this.clock = new OffsetClock(Clock.systemUTC(), saved == null ? 0 : saved.clockOffsetMillis);
        SandboxClient client = new SandboxClient(clock, signingSecret, settings.port);
        Snapshots second = snapshots.beside(SecondWorkspace.TEAM);
        this.sites =
                new Sites(List.of(site(Demo.ROSTER, snapshots, client), site(SecondWorkspace.ROSTER, second, client)));
        SignInApi signIn = new SignInApi(clientSecret, sites.rosters());
        InstallApi installs = new InstallApi(signIn);
        this.slack = new SlackRouter(sites, signIn, installs);
        this.installer = new Installer(settings.port, installs);
        this.ui = new SandboxUi(this, sites);
        this.time = new TimeKeeper(this);
    }

    private Site site(Roster roster, Snapshots snapshots, SandboxClient client) {
        Workspace ws = new Workspace(roster, clock, snapshots::saveSoon);
        EmulatedSlack api = new EmulatedSlack(ws, "http://127.0.0.1:" + settings.port, publicUrl());
        return new Site(roster, ws, api, new PageActions(ws, api, client, this::commands), snapshots);
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
        sandbox.boot(saved != null);
        return sandbox;
    }

    /** Reads each workspace back (or seeds it), starts Kompis, and installs it in each workspace not yet installed. */
    private void boot(boolean saved) {
        sites.readOrSeed(saved);
        Config config = ConfigLoader.load(settings.kompisEnv(signingSecret, clientSecret, sites.sealingKey()));
        kompis = Kompis.start(
                config,
                clock,
                false,
                kit -> {
                    wired = new Wired(kit.jdbi(), kit.scheduler(), kit.commands(), kit.zones());
                    return rituals.apply(kit);
                },
                new SandboxRoutes(this));
        sites.rosters().forEach(team -> installer.installIfNeeded(wired.jdbi(), team));
        // History first: the demo lessons of today get the newest ids, so Home and search show them first.
        DemoHistory.seed(wired.jdbi(), clock.millis(), wired.zones().zone(Demo.TEAM));
        LessonSeed.seed(wired.jdbi(), clock.millis());
        SecondWorkspace.seed(wired.jdbi(), clock.millis());
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
            clock.restart();
            sites.deleteAll();
            boot(false);
        } finally {
            sites.releaseWaiters(false);
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
        sites.releaseWaiters(true);
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
        sites.touch();
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
            sites.touch();
        }
    }

    JsonObject state(String viewer) {
        Optional<Instant> next = Optional.empty();
        try {
            next = Optional.ofNullable(kompis).flatMap(k -> wired.scheduler().nextDue());
        } catch (RuntimeException e) {
            log.debug("No next job while Kompis restarts", e);
        }
        Site site = sites.ofPerson(viewer);
        return UiState.of(
                site.ws(), site.slack().views(), viewer, clock.offset().toMillis(), next, commands(), sites.rosters());
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

    public SlackRouter slack() {
        return slack;
    }

    public SandboxUi ui() {
        return ui;
    }

    /** The address to bind: loopback unless KOMPIS_SANDBOX_HOST says otherwise (anyone here acts as anyone). */
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
        sites.releaseWaiters(true);
        time.stop();
        if (kompis != null) {
            kompis.close();
            kompis = null;
        }
        sites.saveAndClose();
    }

    private record Wired(Jdbi jdbi, Scheduler scheduler, Commands commands, Zones zones) {}
}
