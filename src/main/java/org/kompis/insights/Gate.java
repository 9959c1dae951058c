package org.kompis.insights;

/**
 * The anonymity rule: a figure about people is shown only when at least {@code min} people stand behind it (never
 * fewer than {@link org.kompis.core.InsightsSettings#FLOOR}). Nobody at all is shown as 0: there is nobody to protect.
 * A hidden figure is {@code null} all the way to the page and the CSV, so no later step can print it.
 */
public record Gate(int min) {
    public Gate {
        if (min < org.kompis.core.InsightsSettings.FLOOR) {
            throw new IllegalArgumentException("min must be at least " + org.kompis.core.InsightsSettings.FLOOR);
        }
    }

    public boolean shows(int people) {
        return people == 0 || people >= min;
    }

    /** {@code value} when {@code people} are enough, else null. */
    public Integer figure(int people, int value) {
        return shows(people) ? value : null;
    }
}
