package org.kompis.core;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import org.kompis.i18n.Lang;
import org.kompis.i18n.Texts;
import org.kompis.slack.TeamClient;
import org.kompis.slack.Typed;

/** A slash command being handled: who asked, where, with what words, and how to answer them privately. */
public final class CommandCall {

    private final Kit kit;
    private final String teamId;
    private final String channelId;
    private final String userId;
    private final String triggerId;
    private final String responseUrl;
    private final String args;
    private Lang lang;

    public CommandCall(
            Kit kit,
            String teamId,
            String channelId,
            String userId,
            String triggerId,
            String responseUrl,
            String args) {
        this.kit = kit;
        this.teamId = teamId;
        this.channelId = channelId;
        this.userId = userId;
        this.triggerId = triggerId;
        this.responseUrl = responseUrl;
        this.args = args == null ? "" : Typed.normalise(args).trim();
    }

    /** The same call with other words, e.g. what follows the subcommand. */
    public CommandCall withArgs(String newArgs) {
        CommandCall copy = new CommandCall(kit, teamId, channelId, userId, triggerId, responseUrl, newArgs);
        copy.lang = lang;
        return copy;
    }

    public Kit kit() {
        return kit;
    }

    public String teamId() {
        return teamId;
    }

    public String channelId() {
        return channelId;
    }

    public String userId() {
        return userId;
    }

    public String triggerId() {
        return triggerId;
    }

    /** The words after the subcommand, trimmed. */
    public String args() {
        return args;
    }

    /** The asker's language, looked up once. */
    public Lang lang() {
        if (lang == null) {
            lang = kit.languages().ofUser(teamId, userId);
        }
        return lang;
    }

    public Texts texts() {
        return kit.messages().in(lang());
    }

    public String t(String key, Object... params) {
        return texts().t(key, params);
    }

    public TeamClient slack() {
        return kit.slack().team(teamId);
    }

    public boolean isManager() {
        return kit.roles().isManager(teamId, userId);
    }

    /**
     * True if the asker is a manager; otherwise tells them who can do this and returns false. Call it in every
     * handler that needs the right: the check is on the server, every time.
     */
    public boolean requireManager() {
        if (isManager()) {
            return true;
        }
        String group = kit.roles().managerGroup(teamId);
        reply(group == null ? t("roles.managers_only") : t("roles.managers_only_group", group));
        return false;
    }

    public void reply(String text) {
        reply(text, null);
    }

    /** An ephemeral answer only the asker sees: through the command's response_url, else where they are, else DM. */
    public void reply(String text, List<LayoutBlock> blocks) {
        slack().respond(responseUrl, false, channelId, userId, text, blocks);
    }
}
