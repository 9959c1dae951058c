package org.kompis.commands;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.kompis.core.CommandCall;
import org.kompis.core.Commands;
import org.kompis.core.Kit;
import org.kompis.core.Ritual;
import org.kompis.i18n.Lang;

/** {@code /kompis help} and {@code /kompis language}: what every workspace has, whichever rituals it uses. */
public final class CoreCommands implements Ritual {
    @Override
    public void install(Kit kit) {
        Commands router = kit.commands();
        router.register(
                Commands.KOMPIS,
                "help",
                "help",
                "help.cmd.help",
                call -> call.reply(call.t("help.title"), router.help(call.texts(), null)));
        router.register(
                Commands.KOMPIS, "language", "language [en|nb|sv]", "help.cmd.language", call -> language(kit, call));
    }

    private static void language(Kit kit, CommandCall call) {
        if (call.args().isBlank()) {
            call.reply(call.t(
                    "language.current",
                    call.t("language.name." + call.lang().code()),
                    Arrays.stream(Lang.values())
                            .map(l -> "`" + l.code() + "` " + call.t("language.name." + l.code()))
                            .collect(Collectors.joining(", "))));
            return;
        }
        var chosen = Lang.parse(call.args());
        if (chosen.isEmpty()) {
            call.reply(call.t("language.unknown", call.args()));
            return;
        }
        kit.languages().choose(call.teamId(), call.userId(), chosen.get());
        call.reply(kit.messages().get(chosen.get(), "language.set"));
    }
}
