package org.kompis.slack;

import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.StaticSelectElement;
import com.slack.api.model.block.element.TimePickerElement;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The choices forms offer: options within Slack's limits, a select with its choice made, time and time zone. */
public final class Pickers {
    /** The zones offered in every form; a zone chosen before (or set in the file) is added when it is another. */
    static final List<String> ZONES = List.of(
            "Europe/Oslo",
            "Europe/Stockholm",
            "Europe/Copenhagen",
            "Europe/Helsinki",
            "Europe/London",
            "Europe/Berlin",
            "UTC");

    private Pickers() {}

    /** An option; its text is cut to Slack's 75 characters. */
    public static OptionObject option(String text, String value) {
        return OptionObject.builder()
                .text(plainText(Blocks.cut(text, 75)))
                .value(value)
                .build();
    }

    /** A select of {@code options} with the one whose value is {@code initial} chosen; none when no option has it. */
    public static StaticSelectElement select(String actionId, List<OptionObject> options, String initial) {
        OptionObject first = options.stream()
                .filter(o -> o.getValue().equals(initial))
                .findFirst()
                .orElse(null);
        return StaticSelectElement.builder()
                .actionId(actionId)
                .options(options)
                .initialOption(first)
                .build();
    }

    /** The time zones to pick from, {@code current} chosen (and offered even when it is not one of ours). */
    public static StaticSelectElement zone(String actionId, String current) {
        Set<String> zones = new LinkedHashSet<>(ZONES);
        zones.add(current);
        return select(actionId, zones.stream().map(z -> option(z, z)).toList(), current);
    }

    /** A time of day as {@code HH:mm}, {@code initial} chosen. */
    public static TimePickerElement time(String actionId, String initial) {
        return TimePickerElement.builder()
                .actionId(actionId)
                .initialTime(initial)
                .build();
    }
}
