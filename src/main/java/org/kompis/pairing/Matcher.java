package org.kompis.pairing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Splits a round's participants into pairs plus, on odd counts, one trio: first placing as many people as rather-not
 * lists allow, then maximising the summed {@link PairWeights} (trio bonus included). Forbidden pairs are never
 * formed; snoozed people are simply not passed in.
 *
 * <p>Pairs come from JGraphT's Blossom V (exact maximum-weight perfect matching) on a graph pruned to each person's
 * best {@link Options#candidatesPerPerson()} partners: the complete graph of 2,000 people takes half a minute, the
 * pruned one well under a second for a fraction of a percent of weight (see the pairing benchmark). Past the time
 * budget JGraphT's greedy matching is used instead. The trio is chosen exactly on small rounds, by trying everyone
 * as the third on mid-size ones and by local search on large ones (see {@link Options}).
 *
 * <p>Same people, history and seed give the same result, whatever the order of {@code people}, as long as
 * Blossom V finishes within the budget. Can take a second on large rounds: call it off the request thread.
 */
public final class Matcher {

    /**
     * @param candidatesPerPerson edges kept per person (an edge stays if either end ranks it this high)
     * @param budget time for the whole call before falling back to greedy matching (about 2% less weight)
     * @param exactTriosUpTo up to this many people every possible trio is tried, one small matching each: exact
     * @param everyThirdUpTo up to this many people everyone is tried as the third, one matching each: near-exact;
     *     above it a local search moves one or two people, which cost up to 2% of the total in tests at 21 people
     */
    public record Options(int candidatesPerPerson, Duration budget, int exactTriosUpTo, int everyThirdUpTo) {
        public static final Options DEFAULTS = new Options(48, Duration.ofMillis(1500), 11, 40);

        public Options {
            if (candidatesPerPerson < 1) {
                throw new IllegalArgumentException("candidatesPerPerson must be 1 or more");
            }
            if (budget.isNegative()) {
                throw new IllegalArgumentException("budget must not be negative");
            }
        }
    }

    private final Options options;

    public Matcher() {
        this(Options.DEFAULTS);
    }

    public Matcher(Options options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** Groups {@code people} for this round; {@code seed} only breaks exact ties, so vary it per round. */
    public Matching match(List<Participant> people, History history, long seed) {
        long deadline = System.nanoTime() + options.budget().toNanos();
        List<Participant> sorted = people.stream()
                .sorted(Comparator.comparing(Participant::userId))
                .toList();
        PairWeights weights = new PairWeights(sorted, history);
        Scores scores = new Scores(weights, seed);
        int n = sorted.size();
        int[] everyone = IntStream.range(0, n).toArray();
        PairGraph.Result pairs = PairGraph.solve(scores, everyone, options.candidatesPerPerson(), deadline);
        pairStranded(scores, pairs.mate());
        Plan plan = Trio.best(scores, new Plan(pairs.mate(), null, pairs.solver()), options);
        return describe(weights, plan);
    }

    /**
     * The pruned graph can strand a few people whose candidates all found others (2 of 2,000 in a real-sized round),
     * and only one can join the trio: pair the stranded among themselves, each with all the others as candidates.
     */
    private static void pairStranded(Scores scores, int[] mate) {
        int[] stranded =
                IntStream.range(0, mate.length).filter(i -> mate[i] < 0).toArray();
        if (stranded.length < 2) {
            return;
        }
        int[] among = PairGraph.solve(scores, stranded, stranded.length - 1, PairGraph.NO_DEADLINE)
                .mate();
        for (int i : stranded) {
            mate[i] = among[i];
        }
    }

    private static Matching describe(PairWeights weights, Plan plan) {
        int n = plan.mate.length;
        boolean[] inTrio = new boolean[n];
        if (plan.trio != null) {
            for (int t : plan.trio) {
                inTrio[t] = true;
            }
        }
        List<Group> groups = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (inTrio[i]) {
                if (i == plan.trio[0]) {
                    groups.add(group(weights, plan.trio));
                }
            } else if (plan.mate[i] > i) {
                groups.add(group(weights, new int[] {i, plan.mate[i]}));
            } else if (plan.mate[i] < 0) {
                unmatched.add(weights.person(i).userId());
            }
        }
        double total = groups.stream().mapToDouble(Group::weight).sum();
        return new Matching(groups, unmatched, total, plan.solver);
    }

    /** The intro facts for one group; {@code members} are sorted indices. */
    private static Group group(PairWeights weights, int[] members) {
        List<Participant> people =
                IntStream.of(members).mapToObj(weights::person).toList();
        TreeSet<String> languages = new TreeSet<>(people.get(0).languages());
        List<Group.Help> help = new ArrayList<>();
        boolean firstMeeting = true;
        for (int x = 0; x < members.length; x++) {
            Participant helper = people.get(x);
            languages.retainAll(helper.languages());
            for (int y = 0; y < members.length; y++) {
                if (y == x) {
                    continue;
                }
                Participant learner = people.get(y);
                for (String topic : helper.canHelpWith()) {
                    if (learner.wantsToLearn().contains(topic)) {
                        help.add(new Group.Help(helper.userId(), learner.userId(), topic));
                    }
                }
                firstMeeting &= weights.roundsSinceMet(members[x], members[y]) < 0;
            }
        }
        boolean differentTeams = people.stream().noneMatch(p -> p.team().isEmpty())
                && people.stream().map(Participant::team).distinct().count() == members.length;
        List<String> ids = people.stream().map(Participant::userId).toList();
        return new Group(ids, weights.groupWeight(members), List.copyOf(languages), help, firstMeeting, differentTeams);
    }
}
