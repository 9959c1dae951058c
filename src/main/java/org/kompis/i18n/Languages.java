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
    return jdbi.withHandle(h -> h.createQuery("select lang from user_settings where team_id = :t and user_id = :u")
        .bind("t", teamId).bind("u", userId).mapTo(String.class).findOne()).flatMap(Lang::parse);
  }

  public void choose(String teamId, String userId, Lang lang) {
    jdbi.useHandle(h -> h.createUpdate("""
        insert into user_settings(team_id, user_id, lang) values (:t, :u, :l)
        on conflict(team_id, user_id) do update set lang = excluded.lang""")
        .bind("t", teamId).bind("u", userId).bind("l", lang.code()).execute());
  }

  public Lang ofChannel(String teamId, String channelId) {
    return jdbi.withHandle(h -> h.createQuery("select lang from channel_settings where team_id = :t and channel_id = :c")
        .bind("t", teamId).bind("c", channelId).mapTo(String.class).findOne()).flatMap(Lang::parse).orElse(fallback(teamId));
  }

  public void setChannel(String teamId, String channelId, Lang lang) {
    jdbi.useHandle(h -> h.createUpdate("""
        insert into channel_settings(team_id, channel_id, lang) values (:t, :c, :l)
        on conflict(team_id, channel_id) do update set lang = excluded.lang""")
        .bind("t", teamId).bind("c", channelId).bind("l", lang.code()).execute());
  }

  /** The workspace's default language: for what is said to nobody in particular. */
  public Lang fallback(String teamId) {
    return defaults.apply(teamId);
  }
}
