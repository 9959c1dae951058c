package org.kompis.core;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Set;
import org.kompis.i18n.Lang;
import org.kompis.install.Installs;
import org.kompis.install.OAuthClient;

/**
 * Everything Kompis is told at start: the environment (secrets, ports, paths) over {@code config/kompis.yaml}
 * (how the workspace wants its rituals).
 */
public record Config(
        int port,
        String botToken,
        String signingSecret,
        String appToken,
        String apiUrl,
        String dbUrl,
        String dbUser,
        String dbPassword,
        Path configFile,
        Lang defaultLanguage,
        ZoneId defaultTimeZone,
        Set<String> managerUserIds,
        String managerUserGroup,
        Duration catchUpGrace,
        double messagesPerSecond,
        int reflectionReminderHours,
        int pairsFollowUpDays,
        boolean pairsIncludeGuests,
        int retentionDays,
        InsightsSettings insights,
        OAuthClient oauth,
        Installs installs,
        String previousSigningSecret) {

    public boolean socketMode() {
        return appToken != null && !appToken.isBlank();
    }

    public boolean hasSlackCredentials() {
        return botToken != null && !botToken.isBlank() || installs != null;
    }

    /** Installs through "Add to Slack" into many workspaces, rather than one workspace's {@code SLACK_BOT_TOKEN}. */
    public boolean manyWorkspaces() {
        return installs != null;
    }
}
