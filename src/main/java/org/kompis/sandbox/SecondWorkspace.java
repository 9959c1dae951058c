package org.kompis.sandbox;

import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.kompis.core.Category;
import org.kompis.core.LessonSource;
import org.kompis.core.NewLesson;
import org.kompis.lessons.LessonStore;

/**
 * The second demo workspace: a Swedish municipality with its own people and channels, served by the same Kompis as
 * a second install (README > Try it without Slack). Its admins chose Swedish and Stockholm time in
 * {@code /kompis settings}; the first workspace follows config/kompis.yaml.
 */
final class SecondWorkspace {
    static final String TEAM = "T0BJORKVIK";
    static final String MANAGER = "U2MARIA";
    static final String GENERAL = "C2ALLMANT";
    static final String LEARNING = "C2LARANDE";
    static final String BOARD = "C2LEDNING";
    private static final String ZONE = "Europe/Stockholm";

    static final Person KOMPIS = new Person("U2KOMPIS", "Kompis", "App", "sv-SE", ZONE, false, true);

    static final Roster ROSTER = new Roster(
            TEAM,
            "Björkviks kommun",
            "bjorkvik",
            "xoxb-sandbox-bjorkvik",
            "2",
            KOMPIS,
            "B2KOMPIS",
            GENERAL,
            MANAGER,
            List.of(
                    new Person(MANAGER, "Maria Lindgren", "Enhetschef", "sv-SE", ZONE, true, false),
                    new Person("U2JOHAN", "Johan Ek", "Handläggare", "sv-SE", ZONE, false, false),
                    new Person("U2FATIMA", "Fatima Hassan", "Socialsekreterare", "sv-SE", ZONE, false, false),
                    new Person("U2ERIK", "Erik Nilsson", "Samordnare", "sv-SE", ZONE, false, false)),
            Map.of("chefer", List.of(MANAGER)));

    private SecondWorkspace() {}

    static void seed(Workspace ws) {
        String bot = KOMPIS.id();
        ws.write(d -> {
            long created = ws.now() / 1000;
            Demo.channel(d, bot, GENERAL, "allmänt", Conversation.CHANNEL, "Allt och alla", created, ROSTER.everyone());
            Demo.channel(
                    d,
                    bot,
                    LEARNING,
                    "lärande",
                    Conversation.CHANNEL,
                    "Lärande i vardagen",
                    created,
                    List.of(MANAGER, "U2JOHAN", "U2FATIMA"));
            Demo.channel(
                    d,
                    bot,
                    BOARD,
                    "ledningsgrupp",
                    Conversation.PRIVATE,
                    "Chefer och samordnare",
                    created,
                    List.of(MANAGER, "U2ERIK"));
            Demo.say(ws, d, GENERAL, "U2JOHAN", "God morgon! Det blir fika i personalrummet klockan tre.");
            Demo.say(
                    ws,
                    d,
                    LEARNING,
                    MANAGER,
                    "Här delar vi det vi lär oss i vardagen. " + "Testa gärna `/kompis help`.");
            return null;
        });
    }

    /** What Kompis's database holds of this workspace from the start: its settings and a few lessons. */
    static void seed(Jdbi jdbi, long now) {
        settings(jdbi, now);
        lessons(jdbi, now);
    }

    /**
     * The workspace's own choices, as its admins would save them in {@code /kompis settings}: Swedish, Stockholm time
     * and Swedish holidays. A row already there (a choice made in the sandbox) is kept.
     */
    private static void settings(Jdbi jdbi, long now) {
        jdbi.useHandle(h -> h.execute(
                "insert into workspace_settings(team_id, lang, time_zone, holidays, updated_at) "
                        + "values (?, 'sv', ?, 'se', ?) on conflict(team_id) do nothing",
                TEAM,
                ZONE,
                now));
    }

    /** Two lessons of its own, so a search shows that each workspace finds only its own library. */
    private static void lessons(Jdbi jdbi, long now) {
        LessonStore store = jdbi.onDemand(LessonStore.class);
        store.rememberChannel(TEAM, GENERAL, false, now);
        store.rememberChannel(TEAM, LEARNING, false, now);
        store.rememberChannel(TEAM, BOARD, true, now);
        store.add(NewLesson.of(
                        LessonSource.AAR,
                        TEAM,
                        "Vi bjöd in brukarna till ett kort möte innan vi ändrade öppettiderna. "
                                + "Färre klagomål efteråt.")
                .ref("sandbox2:1")
                .topic("Nya öppettider i receptionen")
                .tags("öppettider", "brukardialog")
                .category(Category.ON_THE_JOB)
                .inChannel(LEARNING)
                .by("U2JOHAN")
                .at(now));
        store.add(NewLesson.of(
                        LessonSource.PAIRS,
                        TEAM,
                        "Att gå bredvid en erfaren socialsekreterare en dag gav mer än en hel utbildningsdag.")
                .ref("sandbox2:2")
                .topic("Gå bredvid en kollega")
                .tags("introduktion", "lärpar")
                .category(Category.FROM_OTHERS)
                .inChannel(GENERAL)
                .by("U2FATIMA")
                .at(now));
    }
}
