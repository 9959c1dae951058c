package org.kompis.core;

import org.kompis.i18n.Lang;
import org.kompis.i18n.Languages;
import org.kompis.i18n.Messages;
import org.kompis.i18n.Texts;

/** Texts in the language of whoever reads them: a person in theirs, a channel in its own. */
public final class Speech {
    private final Messages messages;
    private final Languages languages;

    public Speech(Messages messages, Languages languages) {
        this.messages = messages;
        this.languages = languages;
    }

    /** For a person's modals, ephemerals and DMs. */
    public Texts user(String teamId, String userId) {
        return messages.in(languages.ofUser(teamId, userId));
    }

    /**
     * For an answer that cannot wait for Slack (an acknowledgement): the person's own choice of language, else the
     * workspace's default; their Slack locale would need a users.info call.
     */
    public Texts userWithoutWaiting(String teamId, String userId) {
        return messages.in(languages.choiceOf(teamId, userId).orElseGet(() -> languages.fallback(teamId)));
    }

    /** For what is posted in a channel, whoever reads it. */
    public Texts channel(String teamId, String channelId) {
        return messages.in(languages.ofChannel(teamId, channelId));
    }

    public Texts in(Lang lang) {
        return messages.in(lang);
    }

    /** Every bundle: for words looked up in each language, such as a subcommand's local name. */
    public Messages messages() {
        return messages;
    }

    public Lang userLang(String teamId, String userId) {
        return languages.ofUser(teamId, userId);
    }

    public Lang channelLang(String teamId, String channelId) {
        return languages.ofChannel(teamId, channelId);
    }

    /** The workspace's default language: for what is said to nobody in particular. */
    public Lang fallback(String teamId) {
        return languages.fallback(teamId);
    }
}
