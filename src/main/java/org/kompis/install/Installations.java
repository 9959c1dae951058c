package org.kompis.install;

import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.model.builtin.DefaultBot;
import com.slack.api.bolt.model.builtin.DefaultInstaller;
import com.slack.api.bolt.service.InstallationService;
import java.time.Clock;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Bolt's {@link InstallationService} on Kompis's database, tokens sealed with {@link TokenCipher}. A bot is found as
 * Bolt's FileInstallationService finds one: the org-wide install of the enterprise first, then the workspace in
 * that org, then the workspace on its own. Bolt never sees a refresh token: {@link Rotation} refreshes (one replica
 * at a time) before a bot is handed out, so Bolt's own uncoordinated rotator has nothing to do.
 */
public final class Installations implements InstallationService {
    private final Jdbi jdbi;
    private final Sealing sealing;
    private final Rotation rotation;
    private final Clock clock;

    public Installations(Jdbi jdbi, TokenCipher cipher, Rotation.Refresh refresh, Clock clock) {
        this.jdbi = jdbi;
        this.sealing = new Sealing(cipher);
        this.rotation = new Rotation(jdbi, sealing, refresh, clock);
        this.clock = clock;
    }

    @Override
    public boolean isHistoricalDataEnabled() {
        return true;
    }

    @Override
    public void setHistoricalDataEnabled(boolean enabled) {
        // Installers are always kept as history (append-only); bots always as the latest. Nothing to switch.
    }

    @Override
    public void saveInstallerAndBot(Installer i) {
        long now = clock.millis();
        jdbi.useTransaction(h -> {
            InstallRows rows = h.attach(InstallRows.class);
            rows.addInstaller(
                    key(i.getEnterpriseId()),
                    key(i.getTeamId()),
                    i.getInstallerUserId(),
                    i.getInstallerUserScope(),
                    now);
            rows.upsertBot(sealing.seal(i.toBot(), now), now);
            if (i.getEnterpriseId() != null && i.getTeamId() != null) {
                rows.rememberOrg(i.getTeamId(), i.getEnterpriseId(), now);
            }
            if (i.getTeamId() != null) {
                // A reinstall: the workspace is served again, and its data is no longer due to be purged.
                h.createUpdate("delete from workspace_stops where team_id = :t")
                        .bind("t", i.getTeamId())
                        .execute();
            }
        });
    }

    @Override
    public void saveBot(Bot bot) {
        long now = clock.millis();
        jdbi.useExtension(InstallRows.class, rows -> rows.upsertBot(sealing.seal(bot, now), now));
    }

    @Override
    public void deleteBot(Bot bot) {
        jdbi.useExtension(InstallRows.class, rows -> rows.deleteBot(key(bot.getEnterpriseId()), key(bot.getTeamId())));
    }

    @Override
    public void deleteInstaller(Installer i) {
        jdbi.useExtension(
                InstallRows.class,
                rows -> rows.deleteInstaller(key(i.getEnterpriseId()), key(i.getTeamId()), i.getInstallerUserId()));
    }

    /** Uninstall: the tokens of this workspace (or, with no workspace, of the org-wide install) go at once. */
    @Override
    public void deleteAll(String enterpriseId, String teamId) {
        jdbi.useTransaction(h -> {
            InstallRows rows = h.attach(InstallRows.class);
            rows.deleteBot(key(enterpriseId), key(teamId));
            rows.deleteInstallers(key(enterpriseId), key(teamId));
        });
    }

    @Override
    public Bot findBot(String enterpriseId, String teamId) {
        return row(enterpriseId, teamId)
                .map(rotation::fresh)
                .map(r -> {
                    DefaultBot bot = sealing.open(r);
                    bot.setBotRefreshToken(null);
                    if (enterpriseId != null && bot.getEnterpriseId() == null) {
                        bot.setEnterpriseId(enterpriseId);
                    }
                    return bot;
                })
                .orElse(null);
    }

    @Override
    public Installer findInstaller(String enterpriseId, String teamId, String userId) {
        DefaultBot bot = (DefaultBot) findBot(enterpriseId, teamId);
        if (bot == null) {
            return null;
        }
        return jdbi.withExtension(
                        InstallRows.class,
                        rows -> rows.installer(key(bot.getEnterpriseId()), key(bot.getTeamId()), userId))
                .map(user -> {
                    DefaultInstaller i = DefaultInstaller.builder()
                            .appId(bot.getAppId())
                            .enterpriseId(bot.getEnterpriseId())
                            .enterpriseName(bot.getEnterpriseName())
                            .teamId(bot.getTeamId())
                            .teamName(bot.getTeamName())
                            .isEnterpriseInstall(bot.getIsEnterpriseInstall())
                            .installerUserId(user)
                            .botId(bot.getBotId())
                            .botUserId(bot.getBotUserId())
                            .botScope(bot.getBotScope())
                            .botAccessToken(bot.getBotAccessToken())
                            .botTokenExpiresAt(bot.getBotTokenExpiresAt())
                            .installedAt(bot.getInstalledAt())
                            .build();
                    return (Installer) i;
                })
                .orElse(null);
    }

    /** The bot token a job of workspace {@code teamId} uses (its org's install, if the org installed Kompis). */
    public Optional<String> botToken(String teamId) {
        String org = jdbi.withExtension(InstallRows.class, rows -> rows.orgOf(teamId))
                .orElse(null);
        return Optional.ofNullable(findBot(org, teamId)).map(Bot::getBotAccessToken);
    }

    /** Whether Kompis is installed for the whole org (one token for all its workspaces), not workspace by workspace. */
    public boolean installedOrgWide(String enterpriseId) {
        return enterpriseId != null
                && jdbi.withExtension(InstallRows.class, rows -> rows.bot(enterpriseId, ""))
                        .isPresent();
    }

    /**
     * Remembers that workspace {@code teamId} belongs to org {@code enterpriseId}, for jobs that know only the team.
     */
    public void rememberOrg(String enterpriseId, String teamId) {
        if (enterpriseId != null && teamId != null) {
            jdbi.useExtension(InstallRows.class, rows -> rows.rememberOrg(teamId, enterpriseId, clock.millis()));
        }
    }

    private Optional<BotRow> row(String enterpriseId, String teamId) {
        return jdbi.withExtension(InstallRows.class, rows -> {
            if (enterpriseId != null) {
                Optional<BotRow> orgWide = rows.bot(enterpriseId, "");
                if (orgWide.isPresent()) {
                    return orgWide;
                }
                Optional<BotRow> inOrg = teamId == null ? Optional.<BotRow>empty() : rows.bot(enterpriseId, teamId);
                if (inOrg.isPresent()) {
                    return inOrg;
                }
            }
            return teamId == null ? Optional.<BotRow>empty() : rows.bot("", teamId);
        });
    }

    static String key(String id) {
        return id == null ? "" : id;
    }
}
