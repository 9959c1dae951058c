package org.kompis.settings;

import com.slack.api.bolt.App;
import com.slack.api.model.view.View;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.kompis.core.Background;
import org.kompis.core.CommandCall;
import org.kompis.core.Commands;
import org.kompis.core.Home;
import org.kompis.core.Privacy;
import org.kompis.core.Ritual;
import org.kompis.core.Speech;
import org.kompis.core.WorkspaceSettings;
import org.kompis.i18n.Texts;
import org.kompis.scheduling.Scheduler;
import org.kompis.slack.Blocks;
import org.kompis.slack.Directory;
import org.kompis.slack.SlackCallException;
import org.kompis.slack.SlackGateway;
import org.kompis.slack.Views;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /kompis settings} and the "Workspace settings" button in App Home: the workspace's admins choose its
 * default language, time zone, holiday calendar, managers' user group and retention. Who may is asked on the server
 * when the form opens and again when it is submitted; a bad value is shown beside its field, the form kept open.
 */
public final class WorkspaceSettingsRitual implements Ritual {
    private static final Logger log = LoggerFactory.getLogger(WorkspaceSettingsRitual.class);
    static final String OPEN = "workspace_settings_open";

    private final StoredWorkspaces workspaces;
    private final App app;
    private final Commands commands;
    private final Scheduler scheduler;
    private final Home home;
    private final Privacy privacy;
    private final Jdbi jdbi;
    private final SlackGateway slack;
    private final Directory directory;
    private final Speech speech;
    private final Clock clock;
    private final Background background;

    public WorkspaceSettingsRitual(
            StoredWorkspaces workspaces,
            App app,
            Commands commands,
            Scheduler scheduler,
            Home home,
            Privacy privacy,
            Jdbi jdbi,
            SlackGateway slack,
            Directory directory,
            Speech speech,
            Clock clock,
            Background background) {
        this.workspaces = workspaces;
        this.app = app;
        this.commands = commands;
        this.scheduler = scheduler;
        this.home = home;
        this.privacy = privacy;
        this.jdbi = jdbi;
        this.slack = slack;
        this.directory = directory;
        this.speech = speech;
        this.clock = clock;
        this.background = background;
    }

    @Override
    public void install() {
        privacy.add(new SettingsData());
        // A workspace's own retention needs its nightly purge even when the file sets none.
        jdbi.onDemand(SettingsStore.class).all().stream()
                .filter(r -> r.retentionDays() != null && r.retentionDays() > 0)
                .forEach(r -> Privacy.armPurge(
                        scheduler, clock, r.teamId(), workspaces.of(r.teamId()).timeZone(), true));
        home.add(new SettingsHome(this::mayEdit, workspaces));
        commands.register(Commands.KOMPIS, "settings", "settings", "help.cmd.settings", this::command);
        app.blockAction(OPEN, (req, ctx) -> {
            String team = req.getPayload().getTeam().getId();
            String user = req.getPayload().getUser().getId();
            String trigger = req.getPayload().getTriggerId();
            background.later("The workspace settings", () -> open(team, user, trigger, null));
            return ctx.ack();
        });
        app.viewSubmission(SettingsForm.CALLBACK, (req, ctx) -> {
            String team = req.getPayload().getTeam().getId();
            String user = req.getPayload().getUser().getId();
            Texts t = speech.user(team, user);
            if (!mayEdit(team, user)) {
                return ctx.ackWithErrors(Map.of("lang", t.t("settings.admins_only")));
            }
            SettingsForm.Read read =
                    SettingsForm.read(req.getPayload().getView().getState(), t);
            Map<String, String> errors =
                    read.errors().isEmpty() ? checkGroup(team, read.choice().group(), t) : read.errors();
            if (!errors.isEmpty()) {
                return ctx.ackWithErrors(errors);
            }
            SettingsForm.Choice c = read.choice();
            if (c.retentionDays() > 0) {
                Privacy.armPurge(scheduler, clock, team, ZoneId.of(c.zone()), true);
            }
            workspaces.save(new SettingsRow(
                    team,
                    c.lang().code(),
                    c.zone(),
                    c.holidays().code(),
                    c.group(),
                    c.retentionDays(),
                    user,
                    clock.millis()));
            View saved = SettingsForm.saved(t, workspaces.of(team));
            background.later("The Home tab after new settings", () -> home.publish(team, user));
            return ctx.ack(r -> r.responseAction("update").view(saved));
        });
    }

    private void command(CommandCall call) {
        open(call.teamId(), call.userId(), call.triggerId(), call);
    }

    /** Opens the form, or tells someone who is not an admin who is (in the channel, or in a modal from App Home). */
    private void open(String team, String user, String trigger, CommandCall call) {
        Texts t = speech.user(team, user);
        View view = mayEdit(team, user)
                ? SettingsForm.view(t, workspaces.of(team))
                : Views.modal(
                        SettingsForm.CALLBACK + "_refused",
                        t.t("settings.title"),
                        null,
                        t.t("settings.done"),
                        "",
                        List.of(Blocks.section(t.t("settings.admins_only"))));
        if (call != null && view.getSubmit() == null) {
            call.reply(t.t("settings.admins_only"));
            return;
        }
        try {
            slack.team(team).openView(trigger, view);
        } catch (SlackCallException e) {
            log.warn("Could not open the workspace settings: {}", e.error());
            if (call != null) {
                call.reply(t.t("common.error"));
            }
        }
    }

    /**
     * Workspace admins and owners, and the managers the configuration file names by id. Members of the managers' user
     * group are managers but not admins here: the group is one of these settings.
     */
    boolean mayEdit(String team, String user) {
        if (user == null) {
            return false;
        }
        WorkspaceSettings s = workspaces.defaults(team);
        if (s.managerUserIds().contains(user)) {
            return true;
        }
        try {
            return directory.user(team, user).workspaceAdmin();
        } catch (SlackCallException e) {
            log.warn("Could not check whether someone is an admin: {}", e.error());
            return false;
        }
    }

    /** A group named must exist, with members, in this workspace: else nobody would be a manager through it. */
    private Map<String, String> checkGroup(String team, String group, Texts t) {
        if (group.isEmpty()) {
            return Map.of();
        }
        try {
            return slack.team(team).userGroupMembers(group).isEmpty()
                    ? Map.of("group", t.t("settings.group.unknown", group))
                    : Map.of();
        } catch (SlackCallException e) {
            log.warn("Could not look up a user group: {}", e.error());
            return Map.of("group", t.t("settings.group.unchecked"));
        }
    }
}
