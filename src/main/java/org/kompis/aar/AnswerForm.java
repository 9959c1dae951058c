package org.kompis.aar;

import com.slack.api.model.view.ViewState;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kompis.i18n.Texts;
import org.kompis.slack.Views;

/** What a person put in the answer modal: the four texts (null when empty) and up to three action items. */
public record AnswerForm(List<String> texts, List<Item> items) {
    public static final String[] QUESTION_BLOCKS = {"q_expected", "q_actual", "q_difference", "q_better"};
    public static final String[] QUESTION_KEYS = {"aar.q.expected", "aar.q.actual", "aar.q.difference", "aar.q.better"};
    public static final String TEXT = "text";
    public static final int MAX_ITEMS = 3;
    public static final int MAX_TEXT = 3000;
    public static final int MAX_WHAT = 300;

    /** One action item; {@code position} is 1, 2 or 3, the row of the modal it came from. */
    public record Item(int position, String what, String ownerId, LocalDate due) {}

    /** The form, or the errors to show next to the fields (block id to message). */
    public record Parsed(AnswerForm form, Map<String, String> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    public AnswerForm {
        texts = java.util.Collections.unmodifiableList(new ArrayList<>(texts));
        items = List.copyOf(items);
    }

    public static String itemBlock(int position, String part) {
        return "item" + position + "_" + part;
    }

    /** The stored answer as a form, to fill the modal when someone answers again and to see if anything changed. */
    public static AnswerForm of(Answer answer, List<ActionItem> items) {
        return new AnswerForm(
                Arrays.asList(answer.texts()),
                items.stream()
                        .map(i -> new Item(i.position(), i.what(), i.ownerId(), LocalDate.parse(i.dueDate())))
                        .toList());
    }

    public static Parsed parse(ViewState state, LocalDate today, Texts t) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<String> texts = new ArrayList<>();
        for (String block : QUESTION_BLOCKS) {
            texts.add(Views.value(state, block, TEXT));
        }
        if (texts.stream().allMatch(Objects::isNull)) {
            errors.put(QUESTION_BLOCKS[0], t.t("aar.error.one_question"));
        }
        List<Item> items = new ArrayList<>();
        for (int p = 1; p <= MAX_ITEMS; p++) {
            String what = Views.value(state, itemBlock(p, "what"), "what");
            String owner = Views.value(state, itemBlock(p, "owner"), "owner");
            String dueText = Views.value(state, itemBlock(p, "due"), "due");
            if (what == null && owner == null && dueText == null) {
                continue;
            }
            LocalDate due = parseDate(dueText);
            if (what == null) {
                errors.put(itemBlock(p, "what"), t.t("aar.error.item_what"));
            }
            if (owner == null) {
                errors.put(itemBlock(p, "owner"), t.t("aar.error.item_owner"));
            }
            if (due == null) {
                errors.put(itemBlock(p, "due"), t.t("aar.error.item_due"));
            } else if (due.isBefore(today)) {
                errors.put(itemBlock(p, "due"), t.t("aar.error.past_date"));
            }
            if (what != null && owner != null && due != null) {
                items.add(new Item(p, what, owner, due));
            }
        }
        return new Parsed(new AnswerForm(texts, items), errors);
    }

    static LocalDate parseDate(String iso) {
        if (iso == null) {
            return null;
        }
        try {
            return LocalDate.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public String text(int question) {
        return texts.get(question);
    }
}
