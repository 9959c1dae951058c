package org.kompis.privacy;

import com.google.gson.GsonBuilder;
import com.slack.api.app_backend.interactive_components.ActionResponseSender;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.App;
import com.slack.api.model.block.LayoutBlock;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kompis.core.Background;
import org.kompis.core.Commands;
import org.kompis.core.Privacy;
import org.kompis.core.Ritual;
import org.kompis.core.Speech;
import org.kompis.core.Workspaces;
import org.kompis.core.Zones;
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
 * {@code /kompis privacy}: what Kompis stores about me, "Export my data" (a JSON file in my DM) and "Delete my data"
 * (after a confirmation). With {@code retention_days} set, old rows are purged every night, in each workspace's own
 * zone ({@link NightlyPurge}).
 */
public final class PrivacyRitual implements Ritual {
    private static final Logger log = LoggerFactory.getLogger(PrivacyRitual.class);
    static final String EXPORT = "privacy_export";
    static final String DELETE = "privacy_delete";
    static final String CONFIRM = "privacy_delete_modal";

    private final App app;
    private final Commands commands;
    private final Scheduler scheduler;
    private final Privacy privacy;
    private final SlackGateway slack;
    private final Directory directory;
    private final Speech speech;
    private final Zones zones;
    private final Workspaces workspaces;
    private final Clock clock;
    private final Background background;
    private final int retentionDays;

    /** @param retentionDays how long rows are kept unless a workspace says otherwise; 0 keeps them */
    public PrivacyRitual(
            App app,
            Commands commands,
            Scheduler scheduler,
            Privacy privacy,
            SlackGateway slack,
            Directory directory,
            Speech speech,
            Zones zones,
            Workspaces workspaces,
            Clock clock,
            Background background,
            int retentionDays) {
        this.app = app;
        this.commands = commands;
        this.scheduler = scheduler;
        this.privacy = privacy;
        this.slack = slack;
        this.directory = directory;
        this.speech = speech;
        this.zones = zones;
        this.workspaces = workspaces;
        this.clock = clock;
        this.background = background;
        this.retentionDays = retentionDays;
    }

    @Override
    public void install() {
        privacy.add(new SettingsData());
        privacy.add(new InstallerData());
        commands.register(
                "kompis",
                "privacy",
                "privacy",
                "help.cmd.privacy",
                call -> call.reply(call.t("privacy.title"), overview(call.teamId(), call.userId(), call.texts())));
        app.blockAction(EXPORT, (req, ctx) -> {
            String team = req.getPayload().getTeam().getId();
            String user = req.getPayload().getUser().getId();
            background.later("A data export", () -> export(team, user));
            return ctx.ack();
        });
        app.blockAction(DELETE, (req, ctx) -> {
            String team = req.getPayload().getTeam().getId();
            String user = req.getPayload().getUser().getId();
            String trigger = req.getPayload().getTriggerId();
            // The overview's response_url rides along, so that after deleting, the overview can show the new counts.
            String overview = req.getPayload().getResponseUrl();
            background.later(
                    "The deletion dialog",
                    () -> slack.team(team).openView(trigger, confirm(speech.user(team, user), overview)));
            return ctx.ack();
        });
        app.viewSubmission(CONFIRM, (req, ctx) -> {
            String team = req.getPayload().getTeam().getId();
            String user = req.getPayload().getUser().getId();
            Texts t = speech.user(team, user);
            privacy.forget(team, user);
            directory.forget(team, user);
            String overview = req.getPayload().getView().getPrivateMetadata();
            background.later("The deletion receipt", () -> {
                refresh(overview, team, user, t);
                dm(team, user, t.t("privacy.deleted"));
            });
            return ctx.ack();
        });
        new NightlyPurge(scheduler, privacy, workspaces, zones, clock, retentionDays).install();
    }

    List<LayoutBlock> overview(String team, String user, Texts t) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(Blocks.header(t.t("privacy.title")));
        List<String> lines = privacy.describe(team, user, t);
        blocks.add(Blocks.section(lines.isEmpty() ? t.t("privacy.nothing") : "• " + String.join("\n• ", lines)));
        blocks.add(Blocks.context(t.t("privacy.anonymous")));
        blocks.add(Blocks.actions(
                "privacy",
                Blocks.button(EXPORT, t.t("privacy.export"), "export"),
                Blocks.danger(DELETE, t.t("privacy.delete"), "delete")));
        return blocks;
    }

    private static com.slack.api.model.view.View confirm(Texts t, String overviewUrl) {
        return Views.modal(
                CONFIRM,
                t.t("privacy.confirm.title"),
                t.t("privacy.confirm.submit"),
                t.t("common.cancel"),
                overviewUrl,
                List.of(Blocks.section(t.t("privacy.confirm.body")), Blocks.context(t.t("privacy.confirm.slack"))));
    }

    /** Replaces the overview the person clicked in with what Kompis stores now: after a deletion, nothing. */
    private void refresh(String url, String team, String user, Texts t) {
        if (url == null || url.isBlank()) {
            return;
        }
        try {
            new ActionResponseSender(slack.slack())
                    .send(
                            url,
                            ActionResponse.builder()
                                    .responseType("ephemeral")
                                    .replaceOriginal(true)
                                    .text(t.t("privacy.title"))
                                    .blocks(overview(team, user, t))
                                    .build());
        } catch (IOException e) {
            log.info("Could not refresh the privacy overview ({})", e.getMessage());
        }
    }

    private void export(String team, String user) {
        Texts t = speech.user(team, user);
        try {
            String dm = slack.team(team).openConversation(List.of(user));
            Map<String, Object> data = ReadableExport.readable(
                    privacy.export(team, user), zones.userZone(team, user), id -> channelName(team, id));
            slack.team(team)
                    .uploadFile(
                            dm,
                            "kompis-my-data.json",
                            t.t("privacy.export.title"),
                            new GsonBuilder()
                                    .setPrettyPrinting()
                                    .serializeNulls()
                                    .create()
                                    .toJson(data),
                            t.t("privacy.export.comment"));
            slack.team(team)
                    .uploadFile(
                            dm,
                            "kompis-my-data.md",
                            t.t("privacy.export.md.title"),
                            ReadableExport.markdown(data, t),
                            null);
        } catch (SlackCallException e) {
            log.warn("Could not send a data export: {}", e.error());
        }
    }

    private String channelName(String team, String channelId) {
        try {
            return "#" + directory.channel(team, channelId).name();
        } catch (SlackCallException e) {
            return channelId;
        }
    }

    private void dm(String team, String user, String text) {
        slack.team(team).tell(null, user, text, null);
    }
}
