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
                notATitle(call, "aar.help.list.usage");
            }
        });
        router.register(COMMAND, "actions", "actions", "aar.help.actions", call -> {
            if (call.args().isBlank()) {
                lists.actions(call);
            } else {
                notATitle(call, "aar.help.actions.usage");
            }
        });
    }

    /**
     * "/aar liste Flytting" starts nothing: whether a list or a review titled "liste Flytting" was meant cannot be
     * told, and a review once started is posted in the channel. The answer says how to get either.
     */
    private static void notATitle(CommandCall call, String usageKey) {
        call.reply(call.t("aar.subcommand_with_words", call.t(usageKey), Mrkdwn.escape(call.args())));
    }
}
