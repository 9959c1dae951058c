package org.kompis;

import java.util.List;
import org.kompis.aar.AarRitual;
import org.kompis.core.Ritual;
import org.kompis.commands.CoreCommands;
import org.kompis.lessons.LessonsRitual;
import org.kompis.lessons.RitualLessons;
import org.kompis.pairing.PairsRitual;
import org.kompis.privacy.PrivacyRitual;
import org.kompis.reflection.ReflectionRitual;
import org.kompis.sixhats.SixHatsRitual;

/** Every ritual Kompis runs, in the order their commands appear in help. Add a ritual here. */
public final class Rituals {
  private Rituals() {}

  public static List<Ritual> all() {
    return List.of(
        new CoreCommands(),
        new ReflectionRitual(RitualLessons.reflection()),
        new AarRitual(RitualLessons.aar()),
        new SixHatsRitual(RitualLessons.sixhats()),
        new PairsRitual(RitualLessons.pairs()),
        new LessonsRitual(),
        new PrivacyRitual());
  }
}
