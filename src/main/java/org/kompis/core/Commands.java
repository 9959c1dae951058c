package org.kompis.core;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import org.kompis.i18n.Texts;

/**
 * The slash commands a ritual offers. {@code /kompis <command> ...} reaches the same subcommand as
 * {@code /<command> ...}; help lists every registered subcommand.
 */
public interface Commands {
    String KOMPIS = "kompis";

    /** One subcommand of one command; {@code name} is empty for the command given without a known subcommand. */
    record Sub(String command, String name, String usage, String helpKey, CommandHandler handler) {}

    /** Registers {@code /command name}; {@code usage} is shown in help, e.g. {@code schedule <day> <HH:MM>}. */
    void register(String command, String name, String usage, String helpKey, CommandHandler handler);

    /** Every registered subcommand, in the order registered. */
    List<Sub> all();

    /** Help for every command, or for one: a line per subcommand in the asker's language. */
    List<LayoutBlock> help(Texts t, String onlyCommand);
}
