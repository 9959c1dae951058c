package org.kompis.sixhats;

import java.util.Objects;

/** One person wearing one hat. {@code person} is any stable id, in practice a Slack user id. */
public record Seat(String person, Hat hat) {
    public Seat {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(hat, "hat");
    }
}
