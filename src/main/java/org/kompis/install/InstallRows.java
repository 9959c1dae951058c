package org.kompis.install;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The installation tables, as stored (sealed tokens); {@link InstallStore} seals and opens. Keys use '' for none. */
@RegisterConstructorMapper(BotRow.class)
public interface InstallRows {

    @SqlQuery("select * from slack_bots where enterprise_id = :e and team_id = :t")
    Optional<BotRow> bot(@Bind("e") String enterpriseId, @Bind("t") String teamId);

    @SqlQuery("select * from slack_bots order by enterprise_id, team_id")
    List<BotRow> bots();

    /** A new install replaces the workspace's bot and ends any refresh in progress for the old one. */
    @SqlUpdate("""
      insert into slack_bots(enterprise_id, team_id, app_id, enterprise_name, enterprise_url, team_name,
        is_enterprise_install, token_type, bot_id, bot_user_id, bot_scope, bot_token, refresh_token, expires_at,
        refresh_claim_until, installed_at, updated_at)
      values (:enterpriseId, :teamId, :appId, :enterpriseName, :enterpriseUrl, :teamName, :isEnterpriseInstall,
        :tokenType, :botId, :botUserId, :botScope, :botToken, :refreshToken, :expiresAt, null, :installedAt, :now)
      on conflict(enterprise_id, team_id) do update set app_id = excluded.app_id,
        enterprise_name = excluded.enterprise_name, enterprise_url = excluded.enterprise_url,
        team_name = excluded.team_name, is_enterprise_install = excluded.is_enterprise_install,
        token_type = excluded.token_type, bot_id = excluded.bot_id, bot_user_id = excluded.bot_user_id,
        bot_scope = excluded.bot_scope, bot_token = excluded.bot_token, refresh_token = excluded.refresh_token,
        expires_at = excluded.expires_at, refresh_claim_until = null, installed_at = excluded.installed_at,
        updated_at = excluded.updated_at""")
    void upsertBot(@BindMethods BotRow bot, @Bind("now") long now);

    @SqlUpdate("""
      insert into slack_installers(enterprise_id, team_id, user_id, user_scope, installed_at)
      values (:e, :t, :user, :scope, :at)""")
    void addInstaller(
            @Bind("e") String e,
            @Bind("t") String t,
            @Bind("user") String user,
            @Bind("scope") String scope,
            @Bind("at") long at);

    @SqlQuery("""
      select user_id from slack_installers where enterprise_id = :e and team_id = :t and user_id = :user
      order by installed_at desc limit 1""")
    Optional<String> installer(@Bind("e") String e, @Bind("t") String t, @Bind("user") String user);

    @SqlUpdate("delete from slack_bots where enterprise_id = :e and team_id = :t")
    int deleteBot(@Bind("e") String e, @Bind("t") String t);

    @SqlUpdate("delete from slack_installers where enterprise_id = :e and team_id = :t and user_id = :user")
    int deleteInstaller(@Bind("e") String e, @Bind("t") String t, @Bind("user") String user);

    @SqlUpdate("delete from slack_installers where enterprise_id = :e and team_id = :t")
    int deleteInstallers(@Bind("e") String e, @Bind("t") String t);

    /**
     * Token rotation, step 1: this replica takes the refresh, unless another holds an unexpired claim or has already
     * rotated ({@code refresh_token} is no longer the one we read). 1 = ours.
     */
    @SqlUpdate("""
      update slack_bots set refresh_claim_until = :until
      where enterprise_id = :e and team_id = :t and refresh_token = :seen
        and (refresh_claim_until is null or refresh_claim_until < :now)""")
    int claimRefresh(
            @Bind("e") String e,
            @Bind("t") String t,
            @Bind("seen") String seenRefresh,
            @Bind("now") long now,
            @Bind("until") long until);

    /** Step 2: the new pair, in one update, only over the pair it replaces. */
    @SqlUpdate("""
      update slack_bots set bot_token = :token, refresh_token = :refresh, expires_at = :expiresAt,
        refresh_claim_until = null, updated_at = :now
      where enterprise_id = :e and team_id = :t and refresh_token = :seen""")
    int storeRefreshed(
            @Bind("e") String e,
            @Bind("t") String t,
            @Bind("seen") String seenRefresh,
            @Bind("token") String token,
            @Bind("refresh") String refresh,
            @Bind("expiresAt") Long expiresAt,
            @Bind("now") long now);

    @SqlUpdate("update slack_bots set refresh_claim_until = null where enterprise_id = :e and team_id = :t")
    void releaseClaim(@Bind("e") String e, @Bind("t") String t);

    /** rekey: the same token under the current key; only over the ciphertext it was read as. */
    @SqlUpdate("""
      update slack_bots set bot_token = :token, refresh_token = :refresh
      where enterprise_id = :e and team_id = :t and bot_token = :oldToken""")
    int reseal(
            @Bind("e") String e,
            @Bind("t") String t,
            @Bind("oldToken") String oldToken,
            @Bind("token") String token,
            @Bind("refresh") String refresh);

    @SqlUpdate("""
      insert into workspace_orgs(team_id, enterprise_id, seen_at) values (:t, :e, :now)
      on conflict(team_id) do update set enterprise_id = excluded.enterprise_id, seen_at = excluded.seen_at""")
    void rememberOrg(@Bind("t") String teamId, @Bind("e") String enterpriseId, @Bind("now") long now);

    @SqlQuery("select enterprise_id from workspace_orgs where team_id = :t")
    Optional<String> orgOf(@Bind("t") String teamId);
}
