package org.kompis.i18n;

import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.kompis.slack.Directory;
import org.kompis.slack.SlackCallException;

/**
 * Which language to speak. To a person: their own choice ({@code /kompis language}), else their Slack locale
 * when it is one of ours, else the workspace default. In a channel: the channel's setting, else the default.
 */
public final class Languages {
    private final Jdbi jdbi;
    private final Directory directory;
    private final Function<String, Lang> defaults;

    /** @param defaults a team's default language, from its workspace settings */
    public Languages(Jdbi jdbi, Directory directory, Function<String, Lang> defaults) {
        this.jdbi = jdbi;
        this.directory = directory;
        this.defaults = defaults;
    }

    private LanguageStore store() {
        return jdbi.onDemand(LanguageStore.class);
    }

    public Lang ofUser(String teamId, String userId) {
        Optional<Lang> chosen = choiceOf(teamId, userId);
        if (chosen.isPresent()) {
            return chosen.get();
        }
        try {
            return Lang.parse(directory.user(teamId, userId).locale()).orElse(fallback(teamId));
        } catch (SlackCallException e) {
            return fallback(teamId);
        }
    }

    public Optional<Lang> choiceOf(String teamId, String userId) {
        return store().ofUser(teamId, userId).flatMap(Lang::parse);
    }

    /** The person's own choice, in every workspace of their Enterprise Grid org. */
    public void choose(String teamId, String userId, Lang lang) {
        jdbi.useTransaction(h -> {
            LanguageStore store = h.attach(LanguageStore.class);
            store.chooseForUser(teamId, userId, lang.code());
            store.chooseInOrg(teamId, userId, lang.code());
        });
    }

    public Lang ofChannel(String teamId, String channelId) {
        return store().ofChannel(teamId, channelId).flatMap(Lang::parse).orElse(fallback(teamId));
    }

    public void setChannel(String teamId, String channelId, Lang lang) {
        store().chooseForChannel(teamId, channelId, lang.code());
    }

    /** The workspace's default language: for what is said to nobody in particular. */
    public Lang fallback(String teamId) {
        return defaults.apply(teamId);
    }
}
