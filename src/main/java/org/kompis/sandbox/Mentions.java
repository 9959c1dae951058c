package org.kompis.sandbox;

import java.util.Collection;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Slack does to a slash command's text when the command has {@code should_escape: true} (Kompis's manifest):
 * a typed {@code @kari.nordmann}, {@code @ledere} or {@code #team-learning} reaches the app as
 * {@code <@U0KARI|kari.nordmann>}, {@code <!subteam^S0LEDERE|@ledere>} or {@code <#C0LEARNING|team-learning>}.
 * Slack's client completes names as you type; here a first name ({@code @kari}) is enough, as there is no menu.
 */
final class Mentions {
    // A name: letters, digits, '_' and '-', with single dots inside ("kari.nordmann"), so "@kari." ends at the dot.
    private static final Pattern NAME =
            Pattern.compile("(?<![\\w<|^])([@#])([\\p{L}\\p{N}_-]+(?:\\.[\\p{L}\\p{N}_-]+)*)");

    private Mentions() {}

    static String escape(Roster roster, String text, Collection<Conversation> conversations) {
        Matcher m = NAME.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(2).toLowerCase(Locale.ROOT);
            String escaped = m.group(1).equals("@") ? person(roster, name) : channel(name, conversations);
            m.appendReplacement(out, Matcher.quoteReplacement(escaped == null ? m.group() : escaped));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String person(Roster roster, String name) {
        for (Person p : roster.people()) {
            String first = p.handle().substring(0, p.handle().indexOf('.'));
            if (p.handle().equals(name) || first.equals(name)) {
                return "<@" + p.id() + "|" + p.handle() + ">";
            }
        }
        return roster.groups().containsKey(name) ? "<!subteam^" + DirectoryApi.groupId(name) + "|@" + name + ">" : null;
    }

    private static String channel(String name, Collection<Conversation> conversations) {
        return conversations.stream()
                .filter(c -> name.equals(c.name) && !Conversation.MPIM.equals(c.kind))
                .findFirst()
                .map(c -> "<#" + c.id + "|" + c.name + ">")
                .orElse(null);
    }
}
