package org.kompis;

import java.util.List;
import org.kompis.aar.AarRitual;
import org.kompis.app.Kit;
import org.kompis.commands.CoreCommands;
import org.kompis.core.LessonSink;
import org.kompis.core.Ritual;
import org.kompis.insights.InsightsRitual;
import org.kompis.lessons.LessonsRitual;
import org.kompis.pairing.PairsRitual;
import org.kompis.privacy.PrivacyRitual;
import org.kompis.reflection.ReflectionRitual;
import org.kompis.sixhats.SixHatsRitual;

/**
 * Every ritual Kompis runs, in the order their commands appear in help, each built once with the ports it uses and
 * nothing else. The lessons library is the sink the others hand their lessons to. Add a ritual here.
 */
public final class Rituals {
    private Rituals() {}

    /** For {@code Kompis.start}: every ritual, built from the ports one running Kompis has made. */
    public static List<Ritual> all(Kit kit) {
        LessonsRitual lessons = lessons(kit);
        return List.of(
                commands(kit),
                reflection(kit, lessons),
                aar(kit, lessons),
                sixHats(kit, lessons),
                pairs(kit, lessons),
                lessons,
                privacy(kit),
                insights(kit));
    }

    public static CoreCommands commands(Kit kit) {
        return new CoreCommands(kit.commands(), kit.languages());
    }

    public static ReflectionRitual reflection(Kit kit, LessonSink lessons) {
        return new ReflectionRitual(
                kit.app(),
                kit.commands(),
                kit.scheduler(),
                kit.privacy(),
                kit.outbox(),
                kit.jdbi(),
                kit.slack(),
                kit.directory(),
                kit.speech(),
                kit.languages(),
                kit.zones(),
                kit.roles(),
                kit.clock(),
                kit.background(),
                kit.config().configFile(),
                kit.config().reflectionReminderHours(),
                lessons);
    }

    public static AarRitual aar(Kit kit, LessonSink lessons) {
        return new AarRitual(
                kit.app(),
                kit.commands(),
                kit.scheduler(),
                kit.home(),
                kit.privacy(),
                kit.events(),
                kit.jdbi(),
                kit.slack(),
                kit.directory(),
                kit.speech(),
                kit.zones(),
                kit.roles(),
                kit.clock(),
                kit.claims(),
                kit.background(),
                lessons);
    }

    public static SixHatsRitual sixHats(Kit kit, LessonSink lessons) {
        return new SixHatsRitual(
                kit.app(),
                kit.commands(),
                kit.scheduler(),
                kit.privacy(),
                kit.jdbi(),
                kit.slack(),
                kit.directory(),
                kit.speech(),
                kit.roles(),
                kit.clock(),
                kit.claims(),
                kit.background(),
                lessons);
    }

    public static PairsRitual pairs(Kit kit, LessonSink lessons) {
        return new PairsRitual(
                kit.app(),
                kit.commands(),
                kit.scheduler(),
                kit.home(),
                kit.privacy(),
                kit.events(),
                kit.jdbi(),
                kit.slack(),
                kit.directory(),
                kit.speech(),
                kit.zones(),
                kit.roles(),
                kit.clock(),
                kit.claims(),
                kit.background(),
                kit.outbox(),
                kit.config().configFile(),
                kit.config().pairsFollowUpDays(),
                kit.config().pairsIncludeGuests(),
                lessons);
    }

    public static LessonsRitual lessons(Kit kit) {
        return new LessonsRitual(
                kit.app(),
                kit.commands(),
                kit.scheduler(),
                kit.home(),
                kit.privacy(),
                kit.jdbi(),
                kit.slack(),
                kit.directory(),
                kit.speech(),
                kit.zones(),
                kit.roles(),
                kit.clock(),
                kit.background(),
                kit.outbox(),
                kit.events());
    }

    public static PrivacyRitual privacy(Kit kit) {
        return new PrivacyRitual(
                kit.app(),
                kit.commands(),
                kit.scheduler(),
                kit.privacy(),
                kit.slack(),
                kit.directory(),
                kit.speech(),
                kit.zones(),
                kit.workspaces(),
                kit.clock(),
                kit.background(),
                kit.config().retentionDays());
    }

    public static InsightsRitual insights(Kit kit) {
        return new InsightsRitual(
                kit.app(),
                kit.scheduler(),
                kit.home(),
                kit.privacy(),
                kit.jdbi(),
                kit.slack(),
                kit.directory(),
                kit.speech(),
                kit.roles(),
                kit.clock(),
                kit.background(),
                kit.zones(),
                kit.config().insights());
    }
}
