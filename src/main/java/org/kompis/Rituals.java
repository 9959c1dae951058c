package org.kompis;

import java.util.List;
import org.kompis.aar.AarRitual;
import org.kompis.commands.CoreCommands;
import org.kompis.core.Ritual;
import org.kompis.insights.InsightsRitual;
import org.kompis.lessons.LessonsRitual;
import org.kompis.pairing.PairsRitual;
import org.kompis.privacy.PrivacyRitual;
import org.kompis.reflection.ReflectionRitual;
import org.kompis.sixhats.SixHatsRitual;

/**
 * Every ritual Kompis runs, in the order their commands appear in help, each given what it uses. The lessons library
 * is the sink the others hand their lessons to. Add a ritual here.
 */
public final class Rituals {
    private Rituals() {}

    public static List<Ritual> all() {
        LessonsRitual lessons = new LessonsRitual();
        return List.of(
                new CoreCommands(),
                new ReflectionRitual(lessons),
                new AarRitual(lessons),
                new SixHatsRitual(lessons),
                new PairsRitual(lessons),
                lessons,
                new PrivacyRitual(),
                new InsightsRitual());
    }
}
