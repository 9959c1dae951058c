package org.kompis.core;

/** One subcommand. It runs after the command was acknowledged, off Slack's request thread. */
@FunctionalInterface
public interface CommandHandler {
    void handle(CommandCall call) throws Exception;
}
