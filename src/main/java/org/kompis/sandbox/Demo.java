package org.kompis.sandbox;

import java.util.List;
import java.util.Map;

/** The demo workspace: six colleagues (one a manager, one speaking English), three channels, some chatter. */
final class Demo {
    static final String TEAM = "T0SANDBOX";
    static final String TEAM_NAME = "Kompis sandbox";
    static final String BOT_USER = "U0KOMPIS";
    static final String BOT_ID = "B0KOMPIS";
    static final String APP_ID = "A0KOMPIS";
    static final String GENERAL = "C0GENERAL";
    static final String LEARNING = "C0LEARNING";
    static final String LEADERS = "C0LEADERS";
    static final String MANAGER = "U0INGRID";

    static final Person KOMPIS = new Person(BOT_USER, "Kompis", "App", "en-US", "Europe/Oslo", false, true);
    /** Slack's own voice, for what Slack itself says: "/x failed with the error ...". */
    static final Person SLACKBOT = new Person("USLACKBOT", "Slackbot", "", "en-US", "Europe/Oslo", false, true);

    static final List<Person> PEOPLE = List.of(
            new Person(MANAGER, "Ingrid Berg", "Avdelingsleder", "nb-NO", "Europe/Oslo", true, false),
            new Person("U0KARI", "Kari Nordmann", "Rådgiver", "nb-NO", "Europe/Oslo", false, false),
            new Person("U0OLA", "Ola Hansen", "Saksbehandler", "nb-NO", "Europe/Oslo", false, false),
            new Person("U0SVEN", "Sven Karlsson", "Handläggare", "sv-SE", "Europe/Stockholm", false, false),
            new Person("U0ASTRID", "Astrid Lindqvist", "Samordnare", "sv-SE", "Europe/Stockholm", false, false),
            // An English speaker, as many municipal teams have one: mixed-language pairs and the English texts, tried.
            new Person("U0EMMA", "Emma Wilson", "HR Adviser", "en-GB", "Europe/Oslo", false, false));

    /** User groups by handle; "ledere" is the one config/kompis.yaml can name as the managers' group. */
    static final Map<String, List<String>> USER_GROUPS = Map.of("ledere", List.of(MANAGER));

    /** The first workspace, the one the page opens on. */
    static final Roster ROSTER = new Roster(
            TEAM,
            TEAM_NAME,
            "kompis-sandbox",
            EmulatedSlack.BOT_TOKEN,
            "0",
            KOMPIS,
            BOT_ID,
            GENERAL,
            MANAGER,
            PEOPLE,
            USER_GROUPS);

    private Demo() {}

    static Person person(String id) {
        return ROSTER.person(id);
    }

    static List<String> everyone() {
        return ROSTER.everyone();
    }

    /** A fresh workspace: the channels (Kompis is in all of them) and a few messages so it does not look empty. */
    static void seed(Workspace ws) {
        ws.write(d -> {
            long created = ws.now() / 1000;
            channel(d, GENERAL, "general", Conversation.CHANNEL, "Alt og alla / Allt och alla", created, everyone());
            channel(
                    d,
                    LEARNING,
                    "team-learning",
                    Conversation.CHANNEL,
                    "Læring i hverdagen / Lärande i vardagen",
                    created,
                    List.of(MANAGER, "U0KARI", "U0OLA", "U0SVEN", "U0EMMA"));
            channel(
                    d,
                    LEADERS,
                    "leaders",
                    Conversation.PRIVATE,
                    "Ledere / Chefer",
                    created,
                    List.of(MANAGER, "U0ASTRID"));
            say(ws, d, GENERAL, "U0KARI", "God morgen! Hvem blir med på lunsj i kantina i dag?");
            say(
                    ws,
                    d,
                    GENERAL,
                    "U0SVEN",
                    "Hej allihop! Anteckningarna från torsdagens möte " + "ligger nu på intranätet.");
            say(ws, d, LEARNING, MANAGER, "Her deler vi det vi lærer i hverdagen. Prøv gjerne `/kompis help`.");
            return null;
        });
    }

    private static void channel(
            WorkspaceData d, String id, String name, String kind, String topic, long created, List<String> people) {
        channel(d, BOT_USER, id, name, kind, topic, created, people);
    }

    /** A channel with Kompis ({@code bot}) in it, as after an install that added it to every channel. */
    static void channel(
            WorkspaceData d,
            String bot,
            String id,
            String name,
            String kind,
            String topic,
            long created,
            List<String> people) {
        List<String> members = new java.util.ArrayList<>(people);
        members.add(bot);
        d.conversations.put(id, new Conversation(id, name, kind, topic, created, members));
    }

    static void say(Workspace ws, WorkspaceData d, String channel, String user, String text) {
        Message m = new Message();
        m.ts = ws.nextTs(d);
        m.channel = channel;
        m.user = user;
        m.text = text;
        d.messages.add(m);
    }
}
