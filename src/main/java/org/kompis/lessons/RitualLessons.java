package org.kompis.lessons;

import java.util.Optional;
import org.kompis.aar.AarStore;
import org.kompis.aar.Review;
import org.kompis.core.Kit;
import org.kompis.sixhats.Exercise;
import org.kompis.sixhats.SixHatsStore;
import org.kompis.slack.SlackCallException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where other rituals' lessons enter the library: the hooks given to them in {@link org.kompis.Rituals}. Each
 * lesson keeps its ritual's own ref, so a hook called twice stores it once; its channel's privacy is learned first,
 * so a private channel's lesson is never public, even for a moment.
 */
public final class RitualLessons {
  private static final Logger log = LoggerFactory.getLogger(RitualLessons.class);

  private RitualLessons() {}

  /** A closed review: each "what will we do better" answer, attributed, and the summary (by whoever closed it). */
  public static org.kompis.aar.LessonHook aar() {
    return (kit, drafts) -> {
      if (drafts.isEmpty()) {
        return;
      }
      var first = drafts.get(0);
      learn(kit, first.teamId(), first.channelId());
      String link = reviewId(first.sourceRef())
          .flatMap(id -> kit.jdbi().onDemand(AarStore.class).review(id)).map(Review::messageTs)
          .map(ts -> permalink(kit, first.teamId(), first.channelId(), ts)).orElse(null);
      LessonStore store = kit.jdbi().onDemand(LessonStore.class);
      for (var d : drafts) {
        NewLesson lesson = NewLesson.of(LessonSource.AAR, d.teamId(), d.text()).ref(d.sourceRef())
            .inChannel(d.channelId()).topic(d.topic()).category(Category.ON_THE_JOB)
            .participants(d.participants().toArray(String[]::new)).permalink(link).at(kit.clock().millis());
        store.add(d.authorId() == null ? lesson : lesson.by(d.authorId()));
      }
    };
  }

  /** A finished six hats exercise: the conclusion, then the keywords under each hat; led by the facilitator. */
  public static org.kompis.sixhats.LessonHook sixhats() {
    return (kit, d) -> {
      learn(kit, d.teamId(), d.channelId());
      String link = exerciseId(d.sourceRef())
          .flatMap(id -> kit.jdbi().onDemand(SixHatsStore.class).exercise(d.teamId(), id)).map(Exercise::messageTs)
          .map(ts -> permalink(kit, d.teamId(), d.channelId(), ts)).orElse(null);
      String keywords = written(d.keywordsText());
      String text = d.conclusion() == null || d.conclusion().isBlank() ? keywords
          : keywords.isEmpty() ? d.conclusion() : d.conclusion() + "\n\n" + keywords;
      NewLesson lesson = NewLesson.of(LessonSource.SIXHATS, d.teamId(), text).ref(d.sourceRef())
          .inChannel(d.channelId()).topic(d.topic()).category(Category.FROM_OTHERS)
          .participants(d.participants().toArray(String[]::new)).permalink(link).at(kit.clock().millis());
      kit.jdbi().onDemand(LessonStore.class).add(d.facilitatorId() == null ? lesson : lesson.by(d.facilitatorId()));
    };
  }

  /** A shared reflection answer: the prompt is its topic; an anonymous answer stays without an author. */
  public static org.kompis.reflection.LessonHook reflection() {
    return (kit, d) -> {
      learn(kit, d.teamId(), d.channelId());
      NewLesson lesson = NewLesson.of(LessonSource.REFLECTION, d.teamId(), d.text()).ref(d.sourceRef())
          .inChannel(d.channelId()).topic(d.topic()).tags(d.tags().toArray(String[]::new)).at(kit.clock().millis());
      kit.jdbi().onDemand(LessonStore.class).add(d.author() == null ? lesson : lesson.by(d.author()));
    };
  }

  /** What someone learned from a pair's meeting: in the channel's library if they shared it, else theirs alone. */
  public static org.kompis.pairing.LessonHook pairs() {
    return (kit, d) -> {
      learn(kit, d.teamId(), d.channelId());
      NewLesson lesson = NewLesson.of(LessonSource.PAIRS, d.teamId(), d.text()).ref(d.sourceRef())
          .inChannel(d.channelId()).topic(d.topic()).tags(d.tags().toArray(String[]::new)).category(Category.FROM_OTHERS)
          .visibility(d.shared() ? Visibility.CHANNEL : Visibility.PRIVATE).by(d.authorId()).at(kit.clock().millis());
      kit.jdbi().onDemand(LessonStore.class).add(lesson);
    };
  }

  /** The keywords by hat, without the hats nobody wrote under. */
  static String written(String keywordsText) {
    StringBuilder sb = new StringBuilder();
    for (String hat : keywordsText == null ? new String[0] : keywordsText.strip().split("\\n\\s*\\n")) {
      if (hat.strip().contains("\n")) {
        sb.append(sb.length() == 0 ? "" : "\n\n").append(hat.strip());
      }
    }
    return sb.toString();
  }

  private static void learn(Kit kit, String team, String channel) {
    new ChannelPrivacy(kit, () -> kit.jdbi().onDemand(LessonStore.class)).learn(team, channel);
  }

  private static String permalink(Kit kit, String team, String channel, String ts) {
    try {
      return kit.slack().team(team).permalink(channel, ts);
    } catch (SlackCallException e) {
      log.info("No permalink for a lesson: {}", e.error());
      return null;
    }
  }

  /** "aar:12:better:U1" is review 12. */
  static Optional<Long> reviewId(String ref) {
    return number(ref, "aar:");
  }

  /** "sixhats:7" is exercise 7. */
  static Optional<Long> exerciseId(String ref) {
    return number(ref, "sixhats:");
  }

  private static Optional<Long> number(String ref, String prefix) {
    if (ref == null || !ref.startsWith(prefix)) {
      return Optional.empty();
    }
    String rest = ref.substring(prefix.length());
    int colon = rest.indexOf(':');
    try {
      return Optional.of(Long.parseLong(colon < 0 ? rest : rest.substring(0, colon)));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
