package org.kompis;

import java.util.List;
import java.util.Map;
import org.kompis.admin.Admin;
import org.kompis.app.ConfigLoader;
import org.kompis.app.Kompis;
import org.kompis.core.Config;
import org.kompis.core.ConfigException;
import org.kompis.install.Rekey;
import org.kompis.install.TokenCipher;
import org.kompis.sandbox.Sandbox;
import org.kompis.storage.Database;

/**
 * Starts Kompis from the environment; a bad setting ends it with one line that says what to fix. With no Slack
 * credentials (or with {@code --sandbox}) it starts the sandbox instead: Kompis with an emulated Slack in the browser.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        try {
            Map<String, String> env = System.getenv();
            if (Admin.run(List.of(args), env, System.out::println)) {
                return;
            }
            if (List.of(args).equals(List.of("rekey"))) {
                rekey(env);
                return;
            }
            for (String arg : args) {
                if (!arg.equals("--sandbox")) {
                    throw new ConfigException(
                            "Unknown argument '" + arg + "': use --sandbox (Kompis without Slack, in the "
                                    + "browser), rekey (re-encrypt stored Slack tokens with KOMPIS_SECRET_KEY), "
                                    + "backup <file> or migrate --from <url> --to <url>.");
                }
            }
            if (List.of(args).contains("--sandbox") || wantsSandbox(ConfigLoader.load(env), env)) {
                Sandbox sandbox = Sandbox.start(env, Rituals::all);
                Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close, "kompis-shutdown"));
                return;
            }
            Kompis kompis = Kompis.start(ConfigLoader.load(env), Rituals::all);
            Runtime.getRuntime().addShutdownHook(new Thread(kompis::close, "kompis-shutdown"));
        } catch (ConfigException e) {
            System.err.println("kompis: " + e.getMessage());
            System.exit(2);
        } catch (RuntimeException e) {
            // Whatever failed, the start stops here: a half-started Kompis would look healthy and hear nothing.
            System.err.println("kompis: could not start: " + oneLine(e));
            System.exit(1);
        }
    }

    private static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String because = root == e || root.getMessage() == null
                ? ""
                : " (" + root.getClass().getSimpleName() + ")";
        return message.lines().findFirst().orElse(message) + because;
    }

    /**
     * {@code kompis rekey}: after a key change (the new key in KOMPIS_SECRET_KEY, the old one in
     * KOMPIS_SECRET_KEY_PREVIOUS), every stored token is re-encrypted with the new key, so the old one can go.
     */
    static int rekey(Map<String, String> env) {
        TokenCipher cipher;
        try {
            cipher = TokenCipher.of(env.get("KOMPIS_SECRET_KEY"), env.get("KOMPIS_SECRET_KEY_PREVIOUS"));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage());
        }
        try (Database db = Database.open(env.getOrDefault("KOMPIS_DB_URL", "jdbc:sqlite:data/kompis.db"))) {
            int n = Rekey.run(db.jdbi(), cipher);
            System.out.println("kompis: " + n + " installation(s) re-encrypted with KOMPIS_SECRET_KEY; "
                    + "KOMPIS_SECRET_KEY_PREVIOUS can now be removed.");
            return n;
        }
    }

    /**
     * No credentials means someone is trying Kompis out, unless a database is configured: then it is a deployment
     * that lost its secrets, and starting a demo on its data would be wrong, so it stops and says what is missing.
     */
    private static boolean wantsSandbox(Config config, Map<String, String> env) {
        if (config.hasSlackCredentials()) {
            return false;
        }
        if (env.containsKey("KOMPIS_DB_URL")) {
            throw new ConfigException("No Slack credentials: set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (HTTP) or "
                    + "SLACK_BOT_TOKEN and SLACK_APP_TOKEN (Socket Mode), or SLACK_CLIENT_ID "
                    + "and its companions for many workspaces; README.md > Slack set-up shows where to find them. "
                    + "To try Kompis without Slack instead, run it with --sandbox.");
        }
        return true;
    }
}
