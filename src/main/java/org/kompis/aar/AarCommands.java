package org.kompis.aar;

import java.util.Locale;
import java.util.Set;
import org.kompis.core.CommandCall;
import org.kompis.core.Commands;
import org.kompis.slack.Mrkdwn;

/** {@code /aar <title>}, {@code /aar list}, {@code /aar actions}; also as {@code /kompis aar ...}. */
final class AarCommands {
    static final String COMMAND = "aar";
    static final Set<String> CLOSE_WORDS = Set.of(
            "end",
            "close",
            "finish",
            "summary",
            "summarize",
            "summarise",
            "done",
            "slutt",
            "avslutt",
            "oppsummer",
            "oppsummering",
            "ferdig",
            "slut",
            "avsluta",
            "sammanfatta",
            "sammanfattning",
            "klar");

    private AarCommands() {}

    static void register(Commands router, AarStart start, AarLists lists) {
        router.register(COMMAND, "", "[title]", "aar.help.start", call -> {
            if (CLOSE_WORDS.contains(call.args().toLowerCase(Locale.ROOT))) {
                // "/aar end" or "/aar summary" means the running review far more often than a review titled "end".
                call.reply(call.t("aar.close_hint", Mrkdwn.escape(call.args())));
            } else {
                start.command(call);
            }
        });
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
