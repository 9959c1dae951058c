package org.kompis.aar;

import org.kompis.core.CommandCall;
import org.kompis.core.Commands;

/** {@code /aar <title>}, {@code /aar list}, {@code /aar actions}; also as {@code /kompis aar ...}. */
final class AarCommands {
  static final String COMMAND = "aar";

  private AarCommands() {}

  static void register(Commands router, AarStart start, AarLists lists) {
    router.register(COMMAND, "", "[title]", "aar.help.start", start::command);
    router.register(COMMAND, "list", "list", "aar.help.list", call -> {
      if (call.args().isBlank()) {
        lists.list(call);
      } else {
        start.command(titled(call, "list"));
      }
    });
    router.register(COMMAND, "actions", "actions", "aar.help.actions", call -> {
      if (call.args().isBlank()) {
        lists.actions(call);
      } else {
        start.command(titled(call, "actions"));
      }
    });
  }

  /** "/aar list of lessons from the move" is a title, not the list subcommand. */
  private static CommandCall titled(CommandCall call, String firstWord) {
    return call.withArgs(firstWord + " " + call.args());
  }
}
