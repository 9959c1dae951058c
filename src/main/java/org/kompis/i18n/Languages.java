package org.kompis.i18n;

import java.util.Optional;
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
  private final Lang fallback;

  public Languages(Jdbi jdbi, Directory directory, Lang fallback) {
    this.jdbi = jdbi;
    this.directory = directory;
    this.fallback = fallback;
  }

  public Lang ofUser(String teamId, String userId) {
    Optional<Lang> chosen = choiceOf(teamId, userId);
    if (chosen.isPresent()) {
      return chosen.get();
    }
    try {
      return Lang.parse(directory.user(teamId, userId).locale()).orElse(fallback);
    } catch (SlackCallException e) {
      return fallback;
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
        .bind("t", teamId).bind("c", channelId).mapTo(String.class).findOne()).flatMap(Lang::parse).orElse(fallback);
  }

  public void setChannel(String teamId, String channelId, Lang lang) {
    jdbi.useHandle(h -> h.createUpdate("""
        insert into channel_settings(team_id, channel_id, lang) values (:t, :c, :l)
        on conflict(team_id, channel_id) do update set lang = excluded.lang""")
        .bind("t", teamId).bind("c", channelId).bind("l", lang.code()).execute());
  }

  public Lang fallback() {
    return fallback;
  }
}
