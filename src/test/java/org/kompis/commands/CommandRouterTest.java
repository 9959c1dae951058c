package org.kompis.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kompis.core.CommandCall;

/** How command words reach subcommands: /kompis <ritual> ... is the same as /<ritual> ... */
class CommandRouterTest {
    private final CommandRouter router = new CommandRouter();
    private final List<String> seen = new ArrayList<>();

    @BeforeEach
    void register() {
        router.register("reflect", "now", "now", "k", call -> seen.add("now:" + call.args()));
        router.register("aar", "", "<title>", "k", call -> seen.add("start:" + call.args()));
        router.register("aar", "list", "list", "k", call -> seen.add("list:" + call.args()));
    }

    private CommandCall call(String text) {
        return new CommandCall(null, "T", "C", "U", "trig", null, text);
    }

    @Test
    void kompisPrefixRoutesToTheRitual() {
        router.dispatch("kompis", call("reflect now"));
        router.dispatch("reflect", call("now"));
        assertThat(seen).containsExactly("now:", "now:");
    }

    @Test
    void wordsAfterTheSubcommandAreItsArguments() {
        router.dispatch("kompis", call("aar list   mine  "));
        router.dispatch("aar", call("LIST mine"));
        assertThat(seen).containsExactly("list:mine", "list:mine");
    }

    @Test
    void freeTextGoesToTheDefaultSubcommandWhole() {
        router.dispatch("aar", call("Launch of the new intranet"));
        router.dispatch("kompis", call("aar Launch of the new intranet"));
        assertThat(seen).containsExactly("start:Launch of the new intranet", "start:Launch of the new intranet");
    }

    @Test
    void emptyTextGoesToTheDefaultSubcommand() {
        router.dispatch("aar", call(""));
        assertThat(seen).containsExactly("start:");
    }
}
