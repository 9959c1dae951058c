package org.kompis.pairing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.kompis.i18n.Texts;

/** Dates and times as the pairs texts show them. */
final class PairDates {
    private PairDates() {}

    static String date(Texts t, LocalDate date) {
        return t.format("pairs.date", date);
    }

    static String date(Texts t, Instant at, ZoneId zone) {
        return date(t, LocalDate.ofInstant(at, zone));
    }

    static String dateTime(Texts t, Instant at, ZoneId zone) {
        return t.format("pairs.date_time", at.atZone(zone));
    }
}
