package org.kompis.app;

import com.slack.api.bolt.App;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;
import org.kompis.core.Background;
import org.kompis.core.Claims;
import org.kompis.core.Commands;
import org.kompis.core.Config;
import org.kompis.core.Home;
import org.kompis.core.Privacy;
import org.kompis.core.Speech;
import org.kompis.core.Workspaces;
import org.kompis.core.Zones;
import org.kompis.delivery.Outbox;
import org.kompis.home.AppHome;
import org.kompis.i18n.Languages;
import org.kompis.i18n.Messages;
import org.kompis.roles.Roles;
import org.kompis.scheduling.Scheduler;
import org.kompis.settings.StoredWorkspaces;
import org.kompis.settings.WorkspaceSettingsRitual;
import org.kompis.slack.Directory;
import org.kompis.slack.Events;
import org.kompis.slack.SlackGateway;
import org.kompis.storage.DatabaseClaims;
import org.kompis.workers.Workers;

/**
 * Every port one running Kompis has built, for the wiring at the top ({@link org.kompis.Rituals}, the sandbox) to
 * hand each ritual the few it uses. No ritual sees this: the architecture test holds that.
 */
public record Kit(
        Config config,
        App app,
        Jdbi jdbi,
        SlackGateway slack,
        Directory directory,
        Messages messages,
        Languages languages,
        Speech speech,
        Zones zones,
        Roles roles,
        Commands commands,
        Scheduler scheduler,
        Clock clock,
        Workers workers,
        Background background,
        Outbox outbox,
        Events events,
        Home home,
        Privacy privacy,
        Workspaces workspaces,
        Claims claims) {

    /** Builds the ports every ritual may be given, once, on what {@link Kompis#start} has opened. */
    static Kit wire(
            Config config,
            App app,
            Jdbi jdbi,
            SlackGateway slack,
            Directory directory,
            Messages messages,
            Workspaces workspaces,
            Scheduler scheduler,
            Outbox outbox,
            Commands commands,
            Workers workers,
            Clock clock) {
        Languages languages =
                new Languages(jdbi, directory, team -> workspaces.of(team).defaultLanguage());
        Speech speech = new Speech(messages, languages);
        Zones zones = new Zones(workspaces, directory, languages, clock);
        Events events = new Events(app, workers);
        Roles roles = new Roles(
                directory,
                team -> new Roles.Managers(
                        workspaces.of(team).managerUserIds(),
                        workspaces.of(team).managerUserGroup()));
        return new Kit(
                config,
                app,
                jdbi,
                slack,
                directory,
                messages,
                languages,
                speech,
                zones,
                roles,
                commands,
                scheduler,
                clock,
                workers,
                new Background(workers),
                outbox,
                events,
                new AppHome(speech, slack, directory, jdbi, scheduler, zones, events),
                new Privacy(jdbi),
                workspaces,
                new DatabaseClaims(jdbi));
    }

    /** {@code /kompis settings} and its Home button, on the settings each workspace stores; built by the wiring. */
    WorkspaceSettingsRitual workspaceSettings(StoredWorkspaces stored) {
        return new WorkspaceSettingsRitual(
                stored, app, commands, scheduler, home, privacy, jdbi, slack, directory, speech, clock, background);
    }
}
