package org.kompis.sandbox;

import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.kompis.core.Category;
import org.kompis.core.LessonSource;
import org.kompis.core.NewLesson;
import org.kompis.lessons.LessonStore;

/**
 * A few lessons so {@code /lessons} has something to find on the first try, stored through the lessons library's
 * own {@link LessonStore#add} so they follow its schema. A restart finds them by their source ref and adds nothing.
 */
final class LessonSeed {
    private LessonSeed() {}

    private static List<NewLesson> lessons(long now) {
        return List.of(
                NewLesson.of(
                                LessonSource.AAR,
                                Demo.TEAM,
                                "Vi testet med fem kolleger i to korte runder før lansering. Det fant flere feil enn "
                                        + "en måned med intern testing.")
                        .ref("sandbox:1")
                        .topic("Nytt intranett")
                        .tags("intranett", "brukertest")
                        .category(Category.ON_THE_JOB)
                        .inChannel(Demo.LEARNING)
                        .by("U0KARI")
                        .at(now),
                NewLesson.of(
                                LessonSource.REFLECTION,
                                Demo.TEAM,
                                "En introduktionskollega första veckan gjorde att nya medarbetare ställde frågor "
                                        + "tidigare. Vi fortsätter med det.")
                        .ref("sandbox:2")
                        .topic("Introduktion av nya kollegor")
                        .tags("introduktion", "onboarding")
                        .category(Category.FROM_OTHERS)
                        .inChannel(Demo.LEARNING)
                        .by("U0SVEN")
                        .at(now),
                // Anonymous, as six hats keywords may be: no author id at all.
                NewLesson.of(
                                LessonSource.SIXHATS,
                                Demo.TEAM,
                                "Den svarte hatten viste at helgevaktene blir for tynne. Vi prøver ordningen i én "
                                        + "avdeling først.")
                        .ref("sandbox:3")
                        .topic("Ny turnusordning")
                        .tags("turnus")
                        .category(Category.ON_THE_JOB)
                        .inChannel(Demo.GENERAL)
                        .at(now),
                NewLesson.of(
                                LessonSource.PAIRS,
                                Demo.TEAM,
                                "Att para ihop en handläggare med en kollega från ekonomi gav snabbare svar på "
                                        + "budgetfrågor.")
                        .ref("sandbox:4")
                        .topic("Lärpar över enheterna")
                        .tags("lärpar", "ekonomi")
                        .category(Category.FROM_OTHERS)
                        .inChannel(Demo.GENERAL)
                        .by("U0ASTRID")
                        .at(now),
                NewLesson.of(
                                LessonSource.MANUAL,
                                Demo.TEAM,
                                "Vi sendte vedtaket før vi hadde ringt innbyggeren, og fikk en klage som en samtale "
                                        + "ville spart oss for.")
                        .ref("sandbox:5")
                        .topic("Ring før du sender et avslag")
                        .tags("klage", "saksbehandling")
                        .category(Category.ON_THE_JOB)
                        .inChannel(Demo.LEARNING)
                        .by("U0OLA")
                        .mistake(true)
                        .at(now));
    }

    /** The number of lessons added (0 on a restart). */
    static int seed(Jdbi jdbi, long nowMillis) {
        LessonStore store = jdbi.onDemand(LessonStore.class);
        // What Slack's channel events would have told the lessons library: search hides lessons of unknown channels.
        store.rememberChannel(Demo.TEAM, Demo.GENERAL, false, nowMillis);
        store.rememberChannel(Demo.TEAM, Demo.LEARNING, false, nowMillis);
        store.rememberChannel(Demo.TEAM, Demo.LEADERS, true, nowMillis);
        int added = 0;
        for (NewLesson lesson : lessons(nowMillis)) {
            added += store.add(lesson).isPresent() ? 1 : 0;
        }
        return added;
    }
}
