package org.kompis.sandbox;

import java.util.List;
import java.util.Map;

/**
 * Who is in one emulated workspace, and what it is called: its team id, name and domain, the bot token its install
 * gets, Kompis's bot user there, its people and user groups. Ids never repeat across workspaces (as in Slack), and
 * {@code tag} keeps the ids the emulator makes (views, files, group DMs) apart too.
 */
record Roster(
        String teamId,
        String name,
        String domain,
        String token,
        String tag,
        Person bot,
        String botId,
        String general,
        String manager,
        List<Person> people,
        Map<String, List<String>> groups) {

    /** A person of this workspace, its Kompis, or Slackbot; null for anyone else. */
    Person person(String id) {
        if (bot.id().equals(id)) {
            return bot;
        }
        if (Demo.SLACKBOT.id().equals(id)) {
            return Demo.SLACKBOT;
        }
        return people.stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
    }

    List<String> everyone() {
        return people.stream().map(Person::id).toList();
    }
}
