package org.kompis.i18n;

import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The languages people and channels chose: {@code user_settings} and {@code channel_settings}. */
public interface LanguageStore {
    /**
     * The person's choice in this workspace, else in another workspace of its Enterprise Grid org: Grid user ids are
     * the same in every workspace of the org, and so is the person's choice ({@code workspace_orgs} holds the orgs
     * Kompis has seen; one-workspace mode and workspaces outside an org have none).
     */
    @SqlQuery("""
      select lang from user_settings where user_id = :user and (team_id = :team or team_id in (
        select o.team_id from workspace_orgs o join workspace_orgs me on me.enterprise_id = o.enterprise_id
        where me.team_id = :team))
      order by case when team_id = :team then 0 else 1 end limit 1""")
    Optional<String> ofUser(@Bind("team") String teamId, @Bind("user") String userId);

    @SqlUpdate("""
      insert into user_settings(team_id, user_id, lang) values (:team, :user, :lang)
      on conflict(team_id, user_id) do update set lang = excluded.lang""")
    void chooseForUser(@Bind("team") String teamId, @Bind("user") String userId, @Bind("lang") String lang);

    /** A choice made in one workspace of an org holds in the others: their rows for the person follow it. */
    @SqlUpdate("""
      update user_settings set lang = :lang where user_id = :user and team_id <> :team and team_id in (
        select o.team_id from workspace_orgs o join workspace_orgs me on me.enterprise_id = o.enterprise_id
        where me.team_id = :team)""")
    void chooseInOrg(@Bind("team") String teamId, @Bind("user") String userId, @Bind("lang") String lang);

    @SqlQuery("select lang from channel_settings where team_id = :team and channel_id = :channel")
    Optional<String> ofChannel(@Bind("team") String teamId, @Bind("channel") String channelId);

    @SqlUpdate("""
      insert into channel_settings(team_id, channel_id, lang) values (:team, :channel, :lang)
      on conflict(team_id, channel_id) do update set lang = excluded.lang""")
    void chooseForChannel(@Bind("team") String teamId, @Bind("channel") String channelId, @Bind("lang") String lang);
}
