package org.kompis.i18n;

import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The languages people and channels chose: {@code user_settings} and {@code channel_settings}. */
public interface LanguageStore {
    @SqlQuery("select lang from user_settings where team_id = :team and user_id = :user")
    Optional<String> ofUser(@Bind("team") String teamId, @Bind("user") String userId);

    @SqlUpdate("""
      insert into user_settings(team_id, user_id, lang) values (:team, :user, :lang)
      on conflict(team_id, user_id) do update set lang = excluded.lang""")
    void chooseForUser(@Bind("team") String teamId, @Bind("user") String userId, @Bind("lang") String lang);

    @SqlQuery("select lang from channel_settings where team_id = :team and channel_id = :channel")
    Optional<String> ofChannel(@Bind("team") String teamId, @Bind("channel") String channelId);

    @SqlUpdate("""
      insert into channel_settings(team_id, channel_id, lang) values (:team, :channel, :lang)
      on conflict(team_id, channel_id) do update set lang = excluded.lang""")
    void chooseForChannel(@Bind("team") String teamId, @Bind("channel") String channelId, @Bind("lang") String lang);
}
