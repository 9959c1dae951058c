package org.kompis.install;

import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.model.builtin.DefaultBot;

/** Turns Bolt's bot into a stored row and back, sealing its tokens to the row's key. */
final class Sealing {
    private final TokenCipher cipher;

    Sealing(TokenCipher cipher) {
        this.cipher = cipher;
    }

    BotRow seal(Bot b, long now) {
        String e = Installations.key(b.getEnterpriseId());
        String t = Boolean.TRUE.equals(b.getIsEnterpriseInstall()) ? "" : Installations.key(b.getTeamId());
        DefaultBot named = b instanceof DefaultBot d ? d : new DefaultBot();
        return new BotRow(
                e,
                t,
                b.getAppId(),
                named.getEnterpriseName(),
                b.getEnterpriseUrl(),
                named.getTeamName(),
                Boolean.TRUE.equals(b.getIsEnterpriseInstall()),
                b.getTokenType(),
                b.getBotId(),
                b.getBotUserId(),
                b.getBotScope(),
                seal(b.getBotAccessToken(), e, t, "bot_token"),
                seal(b.getBotRefreshToken(), e, t, "refresh_token"),
                b.getBotTokenExpiresAt(),
                b.getInstalledAt() == null ? now : b.getInstalledAt());
    }

    DefaultBot open(BotRow r) {
        DefaultBot bot = new DefaultBot();
        bot.setAppId(r.appId());
        bot.setEnterpriseId(r.enterpriseId().isEmpty() ? null : r.enterpriseId());
        bot.setEnterpriseName(r.enterpriseName());
        bot.setEnterpriseUrl(r.enterpriseUrl());
        bot.setTeamId(r.teamId().isEmpty() ? null : r.teamId());
        bot.setTeamName(r.teamName());
        bot.setIsEnterpriseInstall(r.isEnterpriseInstall());
        bot.setTokenType(r.tokenType());
        bot.setBotId(r.botId());
        bot.setBotUserId(r.botUserId());
        bot.setScope(r.botScope());
        bot.setBotScope(r.botScope());
        bot.setBotAccessToken(open(r.botToken(), r, "bot_token"));
        bot.setBotRefreshToken(open(r.refreshToken(), r, "refresh_token"));
        bot.setBotTokenExpiresAt(r.expiresAt());
        bot.setInstalledAt(r.installedAt());
        return bot;
    }

    String seal(String token, String enterpriseId, String teamId, String column) {
        return cipher.seal(token, context(enterpriseId, teamId, column));
    }

    String open(String sealed, BotRow r, String column) {
        return cipher.open(sealed, context(r.enterpriseId(), r.teamId(), column));
    }

    TokenCipher cipher() {
        return cipher;
    }

    /** What a sealed token is bound to: its table, row key and column. */
    private static String context(String enterpriseId, String teamId, String column) {
        return "slack_bots|" + enterpriseId + "|" + teamId + "|" + column;
    }
}
