package org.kompis;

import java.util.List;
import java.util.Map;
import org.kompis.core.Config;
import org.kompis.core.ConfigException;
import org.kompis.app.ConfigLoader;
import org.kompis.app.Kompis;
import org.kompis.sandbox.Sandbox;

/**
 * Starts Kompis from the environment; a bad setting ends it with one line that says what to fix. With no Slack
 * credentials (or with {@code --sandbox}) it starts the sandbox instead: Kompis with an emulated Slack in the browser.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    try {
      Map<String, String> env = System.getenv();
      for (String arg : args) {
        if (!arg.equals("--sandbox")) {
          throw new ConfigException("Unknown argument '" + arg + "': the only one is --sandbox (Kompis without Slack, in the browser).");
        }
      }
      if (List.of(args).contains("--sandbox") || wantsSandbox(ConfigLoader.load(env), env)) {
        Sandbox sandbox = Sandbox.start(env, Rituals.all());
        Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close, "kompis-shutdown"));
        return;
      }
      Kompis kompis = Kompis.start(ConfigLoader.load(env), Rituals.all());
      Runtime.getRuntime().addShutdownHook(new Thread(kompis::close, "kompis-shutdown"));
    } catch (ConfigException e) {
      System.err.println("kompis: " + e.getMessage());
      System.exit(2);
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
          + "SLACK_BOT_TOKEN and SLACK_APP_TOKEN (Socket Mode); README.md > Slack set-up shows where to find them. "
          + "To try Kompis without Slack instead, run it with --sandbox.");
    }
    return true;
  }
}
