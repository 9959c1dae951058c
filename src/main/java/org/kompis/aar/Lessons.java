package org.kompis.aar;

import java.util.ArrayList;
import java.util.List;
import org.kompis.i18n.Texts;

/**
 * What a closed review gives the lessons library: every "what will we do better next time?" answer, attributed,
 * and the summary as plain text in the channel's language. Nothing for a review that is still open. The stored
 * summary names nobody: the library outlives people, and "Delete my data" cannot reach a name inside a text.
 */
final class Lessons {
  private Lessons() {}

  static List<LessonDraft> of(AarCore core, long reviewId) {
    AarStore store = core.store();
    Review r = store.review(reviewId).orElse(null);
    if (r == null || r.open()) {
      return List.of();
    }
    List<String> participants = store.participants(r.id());
    List<Answer> answers = store.answers(r.id());
    List<LessonDraft> drafts = new ArrayList<>();
    for (Answer a : answers) {
      if (a.better() != null) {
        drafts.add(new LessonDraft(LessonDraft.SOURCE, "aar:" + r.id() + ":better:" + a.userId(), r.teamId(),
            r.channelId(), r.title(), a.better(), a.userId(), participants, a.updatedAt()));
      }
    }
    String summary = summaryText(core, r, core.channelTexts(r.teamId(), r.channelId()), answers, store.items(r.id()),
        participants.size());
    drafts.add(new LessonDraft(LessonDraft.SOURCE, "aar:" + r.id() + ":summary", r.teamId(), r.channelId(), r.title(),
        summary, r.closedBy(), participants, r.closedAt()));
    return drafts;
  }

  /** The summary as plain text, as typed (the library escapes what it shows). */
  static String summaryText(AarCore core, Review r, Texts t, List<Answer> answers, List<ActionItem> items, int invited) {
    StringBuilder sb = new StringBuilder();
    if (r.goal() != null) {
      sb.append(t.t("aar.goal_label")).append(": ").append(r.goal()).append("\n\n");
    }
    for (int q = 0; q < AnswerForm.QUESTION_KEYS.length; q++) {
      sb.append(t.t(AnswerForm.QUESTION_KEYS[q])).append('\n');
      for (Answer a : answers) {
        String text = a.texts()[q];
        if (text != null) {
          sb.append("- ").append(text).append('\n');
        }
      }
      sb.append('\n');
    }
    if (!items.isEmpty()) {
      sb.append(t.t("aar.items")).append('\n');
      for (ActionItem i : items) {
        sb.append("- ").append(t.t("aar.item.line_unnamed", i.what(), AarCore.date(t, i.due()))).append('\n');
      }
      sb.append('\n');
    }
    sb.append(t.t("aar.summary.participation", answers.size(), Math.max(invited, answers.size())));
    return sb.toString();
  }
}
