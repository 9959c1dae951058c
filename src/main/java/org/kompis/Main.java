package org.kompis;

import org.kompis.app.Config;
import org.kompis.app.ConfigException;
import org.kompis.app.ConfigLoader;
import org.kompis.app.Kompis;

/** Starts Kompis from the environment; a bad setting ends it with one line that says what to fix. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    try {
      Config config = ConfigLoader.load(System.getenv());
      if (!config.hasSlackCredentials()) {
        throw new ConfigException("No Slack credentials: set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (HTTP) or "
            + "SLACK_BOT_TOKEN and SLACK_APP_TOKEN (Socket Mode); README.md > Slack set-up shows where to find them.");
      }
      Kompis kompis = Kompis.start(config);
      Runtime.getRuntime().addShutdownHook(new Thread(kompis::close, "kompis-shutdown"));
    } catch (ConfigException e) {
      System.err.println("kompis: " + e.getMessage());
      System.exit(2);
    }
  }
}
