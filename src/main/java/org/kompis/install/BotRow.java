package org.kompis.install;

/** A row of {@code slack_bots} as stored: the token columns are sealed ({@link TokenCipher}). */
public record BotRow(
        String enterpriseId,
        String teamId,
        String appId,
        String enterpriseName,
        String enterpriseUrl,
        String teamName,
        boolean isEnterpriseInstall,
        String tokenType,
        String botId,
        String botUserId,
        String botScope,
        String botToken,
        String refreshToken,
        Long expiresAt,
        long installedAt) {}
