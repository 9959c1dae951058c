package org.kompis.app;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.kompis.core.ConfigException;
import org.kompis.install.Installs;
import org.kompis.install.OAuthClient;
import org.kompis.install.TokenCipher;

/** Reads the OAuth settings from the environment; each mistake is one {@link ConfigException} that says the fix. */
final class OAuthSettings {
    private OAuthSettings() {}

    /** Null when {@code SLACK_CLIENT_ID} is not set. */
    static OAuthClient client(Map<String, String> env) {
        String id = blank(env.get("SLACK_CLIENT_ID"));
        if (id == null) {
            return null;
        }
        String secret = blank(env.get("SLACK_CLIENT_SECRET"));
        if (secret == null) {
            throw new ConfigException("SLACK_CLIENT_SECRET is not set: copy the Client Secret from your Slack app's "
                    + "Basic Information page (it goes with SLACK_CLIENT_ID).");
        }
        String url = blank(env.get("KOMPIS_PUBLIC_URL"));
        if (url == null) {
            throw new ConfigException("KOMPIS_PUBLIC_URL is not set: the https address people reach Kompis at, such as "
                    + "https://kompis.example.no (Slack sends browsers back to <it>/slack/oauth_redirect).");
        }
        return new OAuthClient(id, secret, publicUrl(url));
    }

    private static URI publicUrl(String value) {
        String v = value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
        try {
            URI uri = new URI(v);
            String host = uri.getHost();
            boolean local = "localhost".equals(host) || "127.0.0.1".equals(host);
            if (host != null
                    && ("https".equals(uri.getScheme()) || local && "http".equals(uri.getScheme()))
                    && uri.getQuery() == null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // the message below says what is expected
        }
        throw new ConfigException("KOMPIS_PUBLIC_URL must be an https address such as https://kompis.example.no "
                + "(plain http only for localhost), not '" + value + "'.");
    }

    static Installs installs(Map<String, String> env) {
        String key = env.get("KOMPIS_SECRET_KEY");
        String previous = env.get("KOMPIS_SECRET_KEY_PREVIOUS");
        try {
            TokenCipher.of(key, previous); // checks both keys now, so a bad one stops start-up with its name
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage());
        }
        Set<String> allowed = new LinkedHashSet<>();
        Arrays.stream(env.getOrDefault("KOMPIS_ALLOWED_WORKSPACES", "").split("[,\\s]+"))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .forEach(allowed::add);
        for (String id : allowed) {
            if (!id.matches("[TE][A-Z0-9]{2,}")) {
                throw new ConfigException(
                        "KOMPIS_ALLOWED_WORKSPACES lists workspace ids (T...) and Enterprise Grid org ids "
                                + "(E...), separated by commas, not '" + id + "'.");
            }
        }
        return new Installs(key, previous, Set.copyOf(allowed));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
