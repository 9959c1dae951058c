package org.kompis.pairing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * How good a meeting between two participants would be. Pure: the same people and history always give the same
 * weight. Allowed pairs weigh at least {@link #FLOOR}; pairs where either side said "rather not" are
 * {@link #FORBIDDEN}. Built once per round over the round's participants, person {@code i} being
 * {@code people.get(i)}, because the matcher looks up millions of pairs; {@link #weight(Participant, Participant,
 * History)} is the one-pair form for explanations and tests.
 *
 * <p>With these constants every weight is a multiple of 1/26, so two groupings either tie or differ by at least
 * 1/26; the matcher's tie-break noise stays far below that.
 */
public final class PairWeights {
    /** Returned for pairs that must never be formed; -infinity so that any group containing one sums to it too. */
    public static final double FORBIDDEN = Double.NEGATIVE_INFINITY;
    /** Why: any allowed meeting beats leaving someone without a partner. */
    public static final double FLOOR = 1.0;
    /** Why: the ritual exists to grow new connections, so a first meeting is the strongest reason to pair. */
    public static final double NEVER_MET = 6.0;
    /** Why: an old acquaintance is worth refreshing, but less than a new one; this is the bonus once fully faded. */
    public static final double MET_LONG_AGO = 3.0;
    /** Why: after about half a year of weekly rounds a past meeting counts as fully faded. */
    public static final int FADE_ROUNDS = 26;
    /** Why: the sources ask for learning across units, not within a team that already talks daily. */
    public static final double DIFFERENT_TEAMS = 2.0;
    /** Why: per topic one can help the other with (either way); complementary skills give the meeting a purpose. */
    public static final double SKILL_MATCH = 1.5;
    /** Why: caps the skill term so one very long profile does not outweigh never having met. */
    public static final int MAX_SKILL_MATCHES = 4;
    /** Why: a pair without a common language struggles to talk at all. */
    public static final double SHARED_LANGUAGE = 2.0;
    /** Why: in the trio only, per member who asked for groups of three; enough to win ties and near-ties. */
    public static final double PREFERS_THREE_BONUS = 0.5;
    /** No allowed pair weighs more. */
    public static final double MAX_WEIGHT =
            FLOOR + NEVER_MET + DIFFERENT_TEAMS + SKILL_MATCH * MAX_SKILL_MATCHES + SHARED_LANGUAGE;

    private final List<Participant> people;
    private final int currentRound;
    private final int[] team;
    private final boolean[] prefersThree;
    // Topics and languages as bit sets in flat arrays (person i owns words i*w .. i*w+w-1): the matcher evaluates
    // millions of pairs per round, and flat bit sets make each evaluation a few ANDs instead of string-set lookups.
    private final int topicWords;
    private final long[] help;
    private final long[] learn;
    private final int languageWords;
    private final long[] languages;
    private final boolean[] picky;
    private final long[] forbiddenPairs;
    private final int[][] metWith;
    private final int[][] metRound;

    /** Indexes the round: person {@code i} below is {@code people.get(i)}. User ids must be unique. */
    public PairWeights(List<Participant> people, History history) {
        this.people = List.copyOf(people);
        this.currentRound = history.currentRound();
        int n = this.people.size();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (index.put(this.people.get(i).userId(), i) != null) {
                throw new IllegalArgumentException(
                        "duplicate participant " + this.people.get(i).userId());
            }
        }
        Map<String, Integer> topics = dictionary(
                this.people.stream().flatMap(p -> Stream.concat(p.canHelpWith().stream(), p.wantsToLearn().stream())));
        Map<String, Integer> spoken = dictionary(this.people.stream().flatMap(p -> p.languages().stream()));
        Map<String, Integer> teams =
                dictionary(this.people.stream().map(Participant::team).filter(t -> !t.isEmpty()));
        topicWords = words(topics);
        languageWords = words(spoken);
        team = new int[n];
        prefersThree = new boolean[n];
        help = new long[n * topicWords];
        learn = new long[n * topicWords];
        languages = new long[n * languageWords];
        picky = new boolean[n];
        metWith = new int[n][];
        metRound = new int[n][];
        List<Long> forbidden = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Participant p = this.people.get(i);
            team[i] = teams.getOrDefault(p.team(), -1);
            prefersThree[i] = p.prefersThree();
            setBits(help, i * topicWords, p.canHelpWith(), topics);
            setBits(learn, i * topicWords, p.wantsToLearn(), topics);
            setBits(languages, i * languageWords, p.languages(), spoken);
            for (String other : p.ratherNot()) {
                Integer j = index.get(other);
                if (j != null && j != i) {
                    picky[i] = picky[j] = true;
                    forbidden.add(key(i, j));
                }
            }
            Map<String, Integer> met = history.partnersOf(p.userId());
            metWith[i] = met.keySet().stream()
                    .map(index::get)
                    .filter(j -> j != null)
                    .mapToInt(j -> j)
                    .sorted()
                    .toArray();
            metRound[i] = Arrays.stream(metWith[i])
                    .map(j -> met.get(this.people.get(j).userId()))
                    .toArray();
        }
        forbiddenPairs =
                forbidden.stream().mapToLong(k -> k).sorted().distinct().toArray();
    }

    /** The weight of one pair, or {@link #FORBIDDEN}. */
    public static double weight(Participant a, Participant b, History history) {
        return new PairWeights(List.of(a, b), history).weight(0, 1);
    }

    public int size() {
        return people.size();
    }

    public Participant person(int i) {
        return people.get(i);
    }

    /** False for a person with themself and when either side put the other on their rather-not list. */
    public boolean allowed(int i, int j) {
        return i != j && !(picky[i] && picky[j] && Arrays.binarySearch(forbiddenPairs, key(i, j)) >= 0);
    }

    /** The sum of the documented terms for persons {@code i} and {@code j}, or {@link #FORBIDDEN}. */
    public double weight(int i, int j) {
        if (!allowed(i, j)) {
            return FORBIDDEN;
        }
        double w = FLOOR;
        int since = roundsSinceMet(i, j);
        w += since < 0 ? NEVER_MET : MET_LONG_AGO * Math.min(since - 1, FADE_ROUNDS) / FADE_ROUNDS;
        if (team[i] >= 0 && team[j] >= 0 && team[i] != team[j]) {
            w += DIFFERENT_TEAMS;
        }
        int skills = common(help, learn, i, j, topicWords) + common(help, learn, j, i, topicWords);
        w += SKILL_MATCH * Math.min(MAX_SKILL_MATCHES, skills);
        if (common(languages, languages, i, j, languageWords) > 0) {
            w += SHARED_LANGUAGE;
        }
        return w;
    }

    /**
     * The worth of a whole group: its pair weights summed, plus {@link #PREFERS_THREE_BONUS} per member who prefers
     * three when it is a trio. {@link #FORBIDDEN} if any pair inside is.
     */
    public double groupWeight(int... members) {
        double w = 0;
        for (int x = 0; x < members.length; x++) {
            for (int y = x + 1; y < members.length; y++) {
                w += weight(members[x], members[y]);
            }
            if (members.length == 3 && prefersThree[members[x]]) {
                w += PREFERS_THREE_BONUS;
            }
        }
        return w;
    }

    boolean prefersThree(int i) {
        return prefersThree[i];
    }

    /** Rounds since {@code i} and {@code j} last met, or -1 if never. */
    int roundsSinceMet(int i, int j) {
        int at = Arrays.binarySearch(metWith[i], j);
        return at < 0 ? -1 : currentRound - metRound[i][at];
    }

    private static Map<String, Integer> dictionary(Stream<String> values) {
        Map<String, Integer> ids = new HashMap<>();
        values.forEach(v -> ids.putIfAbsent(v, ids.size()));
        return ids;
    }

    private static int words(Map<String, Integer> dictionary) {
        return Math.max(1, (dictionary.size() + 63) / 64);
    }

    private static void setBits(long[] bits, int offset, Set<String> values, Map<String, Integer> dictionary) {
        for (String v : values) {
            int id = dictionary.get(v);
            bits[offset + id / 64] |= 1L << (id % 64);
        }
    }

    /** How many of {@code i}'s bits in {@code a} are also {@code j}'s bits in {@code b}. */
    private static int common(long[] a, long[] b, int i, int j, int words) {
        int count = 0;
        for (int w = 0; w < words; w++) {
            count += Long.bitCount(a[i * words + w] & b[j * words + w]);
        }
        return count;
    }

    /** One key per unordered pair. */
    private static long key(int i, int j) {
        return ((long) Math.min(i, j) << 32) | Math.max(i, j);
    }
}
