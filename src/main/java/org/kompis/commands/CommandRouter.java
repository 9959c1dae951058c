package org.kompis.commands;

import com.slack.api.bolt.App;
import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.kompis.core.Background;
import org.kompis.core.CommandCall;
import org.kompis.core.CommandHandler;
import org.kompis.core.Commands;
import org.kompis.core.Speech;
import org.kompis.i18n.Lang;
import org.kompis.i18n.Messages;
import org.kompis.i18n.Texts;
import org.kompis.roles.Roles;
import org.kompis.slack.Blocks;
import org.kompis.slack.Mrkdwn;
import org.kompis.slack.SlackCallException;
import org.kompis.slack.SlackGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one dispatcher for every slash command. {@code /kompis reflect now} is {@code /reflect now}. Each ritual
 * registers its subcommands here; help lists them all. Commands are acknowledged at once and handled on the
 * worker pool, so a slow Slack or database never costs an ack.
 */
public final class CommandRouter implements Commands {
    private static final Logger log = LoggerFactory.getLogger(CommandRouter.class);

    private final Map<String, Map<String, Sub>> commands = new LinkedHashMap<>();

    @Override
    public void register(String command, String name, String usage, String helpKey, CommandHandler handler) {
        commands.computeIfAbsent(command, c -> new LinkedHashMap<>())
                .put(name.toLowerCase(Locale.ROOT), new Sub(command, name, usage, helpKey, handler));
    }

    @Override
    public List<Sub> all() {
        List<Sub> out = new ArrayList<>();
        commands.values().forEach(m -> out.addAll(m.values()));
        return out;
    }

    private volatile Speech speech;

    /** Listens for every registered command, answering each through these ports. */
    public void install(App app, Speech speech, SlackGateway slack, Roles roles, Background background) {
        this.speech = speech;
        List<String> names = new ArrayList<>(commands.keySet());
        if (!names.contains(KOMPIS)) {
            names.add(0, KOMPIS);
        }
        for (String command : names) {
            app.command("/" + command, (req, ctx) -> {
                var p = req.getPayload();
                CommandCall call = new CommandCall(
                        speech,
                        slack,
                        roles,
                        p.getTeamId(),
                        p.getChannelId(),
                        p.getUserId(),
                        p.getTriggerId(),
                        p.getResponseUrl(),
                        p.getText());
                if (!background.later("/" + command, () -> dispatch(command, call))) {
                    // Said in the acknowledgement itself (a slash command's answer is private), so no worker is needed.
                    return ctx.ack(speech.userWithoutWaiting(p.getTeamId(), p.getUserId())
                            .t("common.busy"));
                }
                return ctx.ack();
            });
        }
    }

    /** Runs the command: finds the subcommand (through {@code /kompis <ritual>} if need be) and calls it. */
    public void dispatch(String command, CommandCall call) {
        String text = call.args();
        String ritual = firstWord(text).toLowerCase(Locale.ROOT);
        if (command.equals(KOMPIS) && !ritual.equals(KOMPIS) && commands.containsKey(ritual)) {
            command = ritual;
            text = text.substring(ritual.length()).trim();
        }
        String first = firstWord(text);
        Map<String, Sub> subs = commands.getOrDefault(command, Map.of());
        Sub sub = find(speech == null ? null : speech.messages(), subs, first);
        String args = text.substring(first.length()).trim();
        if (sub == null) {
            sub = subs.get("");
            args = text;
            if (command.equals(KOMPIS) || (!first.isEmpty() && isHelpWord(first))) {
                sub = null;
            }
        }
        try {
            if (sub == null) {
                List<LayoutBlock> help = help(call.texts(), command.equals(KOMPIS) ? null : command);
                if (!first.isEmpty() && !isHelpWord(first)) {
                    // "/kompis blah" gets help, but first a word that "blah" is not something Kompis knows.
                    String unknown = call.t("help.unknown", Mrkdwn.escape(first), "/" + command);
                    help.add(1, Blocks.section(unknown));
                    call.reply(unknown, help);
                    return;
                }
                call.reply(call.t("help.title"), help);
                return;
            }
            sub.handler().handle(call.withArgs(args));
        } catch (SlackCallException e) {
            log.error("/{} {} failed", command, sub == null ? "" : sub.name(), e);
            // A workspace Slack is refusing (429): the gateway failed at once rather than keep a worker waiting.
            call.reply(call.t("ratelimited".equals(e.error()) ? "common.slow_down" : "common.error"));
        } catch (Exception e) {
            log.error("/{} {} failed", command, sub == null ? "" : sub.name(), e);
            call.reply(call.t("common.error"));
        }
    }

    /**
     * The subcommand a word names: its English name, or its Norwegian or Swedish word, which is the first word of the
     * usage in that language's bundle ({@code pairs.help.join.usage=delta}), so help and parsing cannot drift apart.
     */
    private static Sub find(Messages messages, Map<String, Sub> subs, String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.isEmpty() || subs.containsKey(w) || messages == null) {
            return subs.get(w);
        }
        for (Sub sub : subs.values()) {
            for (Lang lang : Lang.values()) {
                if (!sub.name().isEmpty() && w.equals(localName(messages, lang, sub))) {
                    return sub;
                }
            }
        }
        return null;
    }

    /** The subcommand's word in {@code lang}, lowercased; its English name when the bundle has no usage for it. */
    private static String localName(Messages messages, Lang lang, Sub sub) {
        String key = sub.helpKey() + ".usage";
        return messages.has(lang, key) ? firstWord(messages.get(lang, key)).toLowerCase(Locale.ROOT) : sub.name();
    }

    /** Help for every command, or for one: a line per subcommand in the asker's language. */
    @Override
    public List<LayoutBlock> help(Texts t, String onlyCommand) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(Blocks.header(t.t("help.title")));
        blocks.add(Blocks.section(t.t("help.intro")));
        for (var entry : commands.entrySet()) {
            if (onlyCommand != null && !entry.getKey().equals(onlyCommand)) {
                continue;
            }
            StringBuilder lines = new StringBuilder();
            for (Sub sub : entry.getValue().values()) {
                String key = sub.helpKey() + ".usage";
                boolean local = t.messages().has(t.lang(), key);
                String usage = ("/" + entry.getKey() + " " + (local ? t.t(key) : sub.usage())).trim();
                // Slack reads <day> as a control sequence even inside code, so usage is escaped like typed text.
                lines.append("`").append(Mrkdwn.escape(usage)).append("`  ").append(t.t(sub.helpKey()));
                if (local && !sub.name().isEmpty() && !firstWord(t.t(key)).equalsIgnoreCase(sub.name())) {
                    lines.append(' ').append(t.t("help.also", sub.name()));
                }
                lines.append('\n');
            }
            blocks.add(Blocks.section(lines.toString().trim()));
        }
        blocks.add(Blocks.context(t.t("help.footer")));
        return blocks;
    }

    private static boolean isHelpWord(String w) {
        return Optional.of(w.toLowerCase(Locale.ROOT))
                .filter(x -> x.equals("help") || x.equals("hjelp") || x.equals("hjälp"))
                .isPresent();
    }

    private static String firstWord(String text) {
        int space = text.indexOf(' ');
        return space < 0 ? text : text.substring(0, space);
    }
}
