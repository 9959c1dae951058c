package org.kompis.core;

/**
 * How managers sign in to the insights page and how small a group may be before its figures are hidden.
 * {@code clientId}/{@code clientSecret} come from the Slack app's Basic Information page (SLACK_CLIENT_ID,
 * SLACK_CLIENT_SECRET); {@code publicUrl} is where browsers reach Kompis (KOMPIS_PUBLIC_URL), the sign-in returns
 * to {@code publicUrl + /insights/callback}; {@code authorizeUrl} is Slack's OpenID Connect authorize page.
 */
public record InsightsSettings(
        String clientId, String clientSecret, String publicUrl, String authorizeUrl, int minGroup) {
    /** The smallest group whose figures may ever be shown, whatever the configuration says. */
    public static final int FLOOR = 3;

    public static final int DEFAULT_MIN_GROUP = 5;

    public boolean signInConfigured() {
        return clientId != null && clientSecret != null;
    }

    public String redirectUri() {
        return publicUrl + "/insights/callback";
    }

    public boolean secureCookies() {
        return publicUrl.startsWith("https://");
    }

    /**
     * Slack's authorize page lives beside its Web API: {@code https://slack.com/api/} gives
     * {@code https://slack.com/openid/connect/authorize}.
     */
    public static String authorizeUrlFor(String apiUrl) {
        String base = apiUrl.endsWith("/") ? apiUrl : apiUrl + "/";
        return (base.endsWith("api/") ? base.substring(0, base.length() - 4) : base) + "openid/connect/authorize";
    }

    /** Without the client secret: a Config is sometimes logged or shown in a failing test. */
    @Override
    public String toString() {
        return "InsightsSettings[clientId=" + clientId + ", publicUrl=" + publicUrl + ", minGroup=" + minGroup + "]";
    }
}
