package org.kompis.sixhats;

import org.kompis.core.Kit;
import org.kompis.core.LessonSink;
import org.kompis.core.Ritual;

/**
 * {@code /sixhats <topic>} (or {@code /kompis sixhats ...}): an exercise in the channel, in threes or hat by hat,
 * ending in a summary by hat, a blue-hat conclusion and a lesson handed to the {@link LessonSink}.
 */
public final class SixHatsRitual implements Ritual {
    public static final String COMMAND = "sixhats";

    private final LessonSink lessons;

    public SixHatsRitual() {
        this(LessonSink.NONE);
    }

    public SixHatsRitual(LessonSink lessons) {
        this.lessons = lessons;
    }

    @Override
    public void install(Kit kit) {
        Exercises x = new Exercises(kit);
        kit.privacy().add(new SixHatsPersonalData());
        Launch launch = new Launch(x);
        Rounds rounds = new Rounds(x);
        Finishing finishing = new Finishing(x, lessons);
        rounds.finishing(finishing);
        kit.commands().register(COMMAND, "", "<topic>", "sixhats.help.start", launch::command);
        kit.scheduler().onTimer(Rounds.TIMER, rounds::onTimer);
        new SixHatsListeners(kit, x).install(launch, new Joining(x, rounds), rounds, new Keywords(x), finishing);
        kit.later("Posting six hats summaries a restart left behind", finishing::resume);
    }
}
