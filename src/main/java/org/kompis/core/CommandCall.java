package org.kompis.core;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import org.kompis.i18n.Lang;
import org.kompis.i18n.Texts;
import org.kompis.roles.Roles;
import org.kompis.slack.SlackGateway;
import org.kompis.slack.TeamClient;
import org.kompis.slack.Typed;

/** A slash command being handled: who asked, where, with what words, and how to answer them privately. */
public final class CommandCall {

    private final Speech speech;
    private final SlackGateway slack;
    private final Roles roles;
    private final String teamId;
    private final String channelId;
    private final String userId;
    private final String triggerId;
    private final String responseUrl;
    private final String args;
    private Lang lang;

    public CommandCall(
            Speech speech,
            SlackGateway slack,
            Roles roles,
            String teamId,
            String channelId,
            String userId,
            String triggerId,
            String responseUrl,
            String args) {
        this.speech = speech;
        this.slack = slack;
        this.roles = roles;
        this.teamId = teamId;
        this.channelId = channelId;
        this.userId = userId;
        this.triggerId = triggerId;
        this.responseUrl = responseUrl;
        this.args = args == null ? "" : Typed.normalise(args).trim();
    }

    /** The same call with other words, e.g. what follows the subcommand. */
    public CommandCall withArgs(String newArgs) {
        CommandCall copy =
                new CommandCall(speech, slack, roles, teamId, channelId, userId, triggerId, responseUrl, newArgs);
        copy.lang = lang;
        return copy;
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
            lang = speech.userLang(teamId, userId);
        }
        return lang;
    }

    public Texts texts() {
        return speech.in(lang());
    }

    public String t(String key, Object... params) {
        return texts().t(key, params);
    }

    public TeamClient slack() {
        return slack.team(teamId);
    }

    public boolean isManager() {
        return roles.isManager(teamId, userId);
    }

    /**
     * True if the asker is a manager; otherwise tells them who can do this and returns false. Call it in every
     * handler that needs the right: the check is on the server, every time.
     */
    public boolean requireManager() {
        if (isManager()) {
            return true;
        }
        String group = roles.managerGroup(teamId);
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
