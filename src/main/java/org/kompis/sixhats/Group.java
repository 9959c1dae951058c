package org.kompis.sixhats;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A group in the in-threes mode. Immutable; seats keep the order people were placed in. */
public record Group(List<Seat> seats) {
    public Group {
        seats = List.copyOf(seats);
    }

    public int size() {
        return seats.size();
    }

    public List<String> people() {
        return seats.stream().map(Seat::person).toList();
    }

    public Set<Hat> hats() {
        Set<Hat> hats = EnumSet.noneOf(Hat.class);
        seats.forEach(s -> hats.add(s.hat()));
        return hats;
    }

    public boolean contains(String person) {
        return seats.stream().anyMatch(s -> s.person().equals(person));
    }

    /** This group with {@code seat} added last. */
    public Group with(Seat seat) {
        List<Seat> more = new ArrayList<>(seats);
        more.add(seat);
        return new Group(more);
    }
}
