package org.kompis.pairing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Seeded random participants and histories, shared by the tests and the benchmark. */
public final class RandomRounds {
    private static final List<Set<String>> LANGUAGE_MIXES = List.of(
            Set.of("nb", "en"),
            Set.of("nb", "en"),
            Set.of("nb", "en"),
            Set.of("nb", "en"),
            Set.of("sv", "en"),
            Set.of("sv", "en"),
            Set.of("en"),
            Set.of("nb", "sv", "en"),
            Set.of("nb"),
            Set.of("sv"));

    /**
     * @param ratherNot chance that a given other person is on someone's rather-not list
     * @param prefersThree share of people who prefer groups of three
     */
    public record Shape(int teams, int topics, int minSkills, int maxSkills, double ratherNot, double prefersThree) {}

    private RandomRounds() {}

    public static List<Participant> people(int n, Shape shape, long seed) {
        Random random = new Random(seed);
        List<Participant> people = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Set<String> ratherNot = new HashSet<>();
            for (int j = 0; j < n; j++) {
                if (j != i && random.nextDouble() < shape.ratherNot()) {
                    ratherNot.add(id(j));
                }
            }
            people.add(new Participant(
                    id(i),
                    "team" + random.nextInt(shape.teams()),
                    topics(random, shape),
                    topics(random, shape),
                    LANGUAGE_MIXES.get(random.nextInt(LANGUAGE_MIXES.size())),
                    ratherNot,
                    random.nextDouble() < shape.prefersThree()));
        }
        return people;
    }

    /** Each pair met with chance {@code meetShare}, in a random round before {@code currentRound}. */
    public static History history(List<Participant> people, int currentRound, double meetShare, long seed) {
        Random random = new Random(seed);
        List<History.Meeting> meetings = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            for (int j = i + 1; j < people.size(); j++) {
                if (random.nextDouble() < meetShare) {
                    meetings.add(new History.Meeting(
                            people.get(i).userId(), people.get(j).userId(), 1 + random.nextInt(currentRound - 1)));
                }
            }
        }
        return History.of(currentRound, meetings);
    }

    public static String id(int i) {
        return String.format("U%05d", i);
    }

    private static Set<String> topics(Random random, Shape shape) {
        Set<String> topics = new HashSet<>();
        int count = shape.minSkills() + random.nextInt(shape.maxSkills() - shape.minSkills() + 1);
        while (topics.size() < Math.min(count, shape.topics())) {
            topics.add("topic" + random.nextInt(shape.topics()));
        }
        return topics;
    }
}
