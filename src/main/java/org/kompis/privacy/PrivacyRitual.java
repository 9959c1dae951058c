package org.kompis.privacy;

import com.google.gson.GsonBuilder;
import com.slack.api.app_backend.interactive_components.ActionResponseSender;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.model.block.LayoutBlock;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kompis.core.Kit;
import org.kompis.core.Privacy;
import org.kompis.core.Ritual;
import org.kompis.i18n.Texts;
import org.kompis.slack.Blocks;
import org.kompis.slack.SlackCallException;
import org.kompis.slack.Views;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /kompis privacy}: what Kompis stores about me, "Export my data" (a JSON file in my DM) and "Delete my data"
 * (after a confirmation). With {@code retention_days} set, old rows are purged every night.
 */
public final class PrivacyRitual implements Ritual {
    private static final Logger log = LoggerFactory.getLogger(PrivacyRitual.class);
    static final String EXPORT = "privacy_export";
    static final String DELETE = "privacy_delete";
    static final String CONFIRM = "privacy_delete_modal";

    @Override
    public void install(Kit kit) {
        kit.privacy().add(new SettingsData());
        kit.privacy().add(new InstallerData());
        kit.commands()
                .register(
                        "kompis",
                        "privacy",
                        "privacy",
                        "help.cmd.privacy",
                        call -> call.reply(
                                call.t("privacy.title"), overview(kit, call.teamId(), call.userId(), call.texts())));
        kit.app().blockAction(EXPORT, (req, ctx) -> {
            String team = req.getPayload().getTeam().getId();
            String user = req.getPayload().getUser().getId();
            kit.later("A data export", () -> export(kit, team, user));
            return ctx.ack();
        });
        kit.app().blockAction(DELETE, (req, ctx) -> {
            String team = req.getPayload().getTeam().getId();
            String user = req.getPayload().getUser().getId();
            String trigger = req.getPayload().getTriggerId();
            // The overview's response_url rides along, so that after deleting, the overview can show the new counts.
            String overview = req.getPayload().getResponseUrl();
            kit.later(
                    "The deletion dialog",
                    () -> kit.slack().team(team).openView(trigger, confirm(kit.userTexts(team, user), overview)));
            return ctx.ack();
        });
        kit.app().viewSubmission(CONFIRM, (req, ctx) -> {
            String team = req.getPayload().getTeam().getId();
            String user = req.getPayload().getUser().getId();
            Texts t = kit.userTexts(team, user);
            kit.privacy().forget(team, user);
            kit.directory().forget(team, user);
            String overview = req.getPayload().getView().getPrivateMetadata();
            kit.later("The deletion receipt", () -> {
                refresh(kit, overview, team, user, t);
                dm(kit, team, user, t.t("privacy.deleted"));
            });
            return ctx.ack();
        });
        // Each workspace's own retention (README > Each workspace's own settings); armed when the file or a workspace
        // sets one.
        kit.scheduler().onTimer(Privacy.PURGE_TIMER, timer -> {
            kit.privacy()
                    .purge(
                            team -> kit.settings(team).retentionDays(),
                            kit.clock().millis());
            Privacy.armPurge(kit.scheduler(), kit.clock(), kit.config().defaultTimeZone(), false);
        });
        if (kit.config().retentionDays() > 0) {
            Privacy.armPurge(kit.scheduler(), kit.clock(), kit.config().defaultTimeZone(), true);
        }
    }

    static List<LayoutBlock> overview(Kit kit, String team, String user, Texts t) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(Blocks.header(t.t("privacy.title")));
        List<String> lines = kit.privacy().describe(team, user, t);
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
    private static void refresh(Kit kit, String url, String team, String user, Texts t) {
        if (url == null || url.isBlank()) {
            return;
        }
        try {
            new ActionResponseSender(kit.slack().slack())
                    .send(
                            url,
                            ActionResponse.builder()
                                    .responseType("ephemeral")
                                    .replaceOriginal(true)
                                    .text(t.t("privacy.title"))
                                    .blocks(overview(kit, team, user, t))
                                    .build());
        } catch (IOException e) {
            log.info("Could not refresh the privacy overview ({})", e.getMessage());
        }
    }

    private static void export(Kit kit, String team, String user) {
        Texts t = kit.userTexts(team, user);
        try {
            String dm = kit.slack().team(team).openConversation(List.of(user));
            Map<String, Object> data = ReadableExport.readable(
                    kit.privacy().export(team, user), zone(kit, team, user), id -> channelName(kit, team, id));
            kit.slack()
                    .team(team)
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
            kit.slack()
                    .team(team)
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

    private static ZoneId zone(Kit kit, String team, String user) {
        try {
            String tz = kit.directory().user(team, user).timeZone();
            return tz == null || tz.isBlank() ? kit.config().defaultTimeZone() : ZoneId.of(tz);
        } catch (SlackCallException | DateTimeException e) {
            return kit.config().defaultTimeZone();
        }
    }

    private static String channelName(Kit kit, String team, String channelId) {
        try {
            return "#" + kit.directory().channel(team, channelId).name();
        } catch (SlackCallException e) {
            return channelId;
        }
    }

    private static void dm(Kit kit, String team, String user, String text) {
        kit.slack().team(team).tell(null, user, text, null);
    }
}
