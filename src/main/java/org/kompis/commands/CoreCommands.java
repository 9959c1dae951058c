package org.kompis.commands;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.kompis.core.CommandCall;
import org.kompis.core.Commands;
import org.kompis.core.Ritual;
import org.kompis.i18n.Lang;
import org.kompis.i18n.Languages;

/** {@code /kompis help} and {@code /kompis language}: what every workspace has, whichever rituals it uses. */
public final class CoreCommands implements Ritual {
    private final Commands router;
    private final Languages languages;

    public CoreCommands(Commands router, Languages languages) {
        this.router = router;
        this.languages = languages;
    }

    @Override
    public void install() {
        router.register(
                Commands.KOMPIS,
                "help",
                "help",
                "help.cmd.help",
                call -> call.reply(call.t("help.title"), router.help(call.texts(), null)));
        router.register(Commands.KOMPIS, "language", "language [en|nb|sv]", "help.cmd.language", this::language);
    }

    private void language(CommandCall call) {
        if (call.args().isBlank()) {
            call.reply(call.t(
                    "language.current",
                    call.texts().languageName(call.lang()),
                    Arrays.stream(Lang.values())
                            .map(l -> "`" + l.code() + "` " + call.texts().languageName(l))
                            .collect(Collectors.joining(", "))));
            return;
        }
        var chosen = Lang.parse(call.args());
        if (chosen.isEmpty()) {
            call.reply(call.t("language.unknown", call.args()));
            return;
        }
        languages.choose(call.teamId(), call.userId(), chosen.get());
        call.reply(call.texts().messages().get(chosen.get(), "language.set"));
    }
}
