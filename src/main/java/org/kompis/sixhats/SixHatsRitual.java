package org.kompis.sixhats;

import com.slack.api.bolt.App;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;
import org.kompis.core.Background;
import org.kompis.core.Claims;
import org.kompis.core.Commands;
import org.kompis.core.LessonSink;
import org.kompis.core.Privacy;
import org.kompis.core.Ritual;
import org.kompis.core.Speech;
import org.kompis.roles.Roles;
import org.kompis.scheduling.Scheduler;
import org.kompis.slack.Directory;
import org.kompis.slack.SlackGateway;

/**
 * {@code /sixhats <topic>} (or {@code /kompis sixhats ...}): an exercise in the channel, in threes or hat by hat,
 * ending in a summary by hat, a blue-hat conclusion and a lesson handed to the {@link LessonSink}.
 */
public final class SixHatsRitual implements Ritual {
    public static final String COMMAND = "sixhats";

    private final Commands commands;
    private final Scheduler scheduler;
    private final Privacy privacy;
    private final Background background;
    private final Launch launch;
    private final Rounds rounds;
    private final Finishing finishing;
    private final Joining joining;
    private final Keywords keywords;
    private final SixHatsListeners listeners;

    public SixHatsRitual(
            App app,
            Commands commands,
            Scheduler scheduler,
            Privacy privacy,
            Jdbi jdbi,
            SlackGateway slack,
            Directory directory,
            Speech speech,
            Roles roles,
            Clock clock,
            Claims claims,
            Background background,
            LessonSink lessons) {
        this.commands = commands;
        this.scheduler = scheduler;
        this.privacy = privacy;
        this.background = background;
        SixHatsStore store = jdbi.onDemand(SixHatsStore.class);
        ExerciseThread thread = new ExerciseThread(store, slack, speech, roles, claims);
        this.launch = new Launch(store, slack, speech, clock);
        this.rounds = new Rounds(store, jdbi, speech, clock, scheduler, thread);
        this.finishing = new Finishing(store, slack, speech, clock, scheduler, thread, lessons);
        rounds.finishing(finishing);
        this.joining = new Joining(store, jdbi, speech, clock, thread, rounds);
        this.keywords = new Keywords(store, slack, directory, speech, clock, thread);
        this.listeners = new SixHatsListeners(app, speech, background, thread);
    }

    @Override
    public void install() {
        privacy.add(new SixHatsPersonalData());
        commands.register(COMMAND, "", "<topic>", "sixhats.help.start", launch::command);
        scheduler.onTimer(Rounds.TIMER, rounds::onTimer);
        listeners.install(launch, joining, rounds, keywords, finishing);
        background.later("Posting six hats summaries a restart left behind", finishing::resume);
    }
}
