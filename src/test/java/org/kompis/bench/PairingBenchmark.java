package org.kompis.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.kompis.pairing.Group;
import org.kompis.pairing.History;
import org.kompis.pairing.Matcher;
import org.kompis.pairing.Matching;
import org.kompis.pairing.PairWeights;
import org.kompis.pairing.Participant;
import org.kompis.pairing.RandomRounds;

/**
 * Pairing at company scale, printed as a Markdown table. Run with
 * {@code mvn -B -Pbench verify -Dbench.main=org.kompis.bench.PairingBenchmark} (add {@code -o} offline;
 * {@code -Dbench.args=quick} skips the candidate sweep and the trio comparison). Results: PairingBenchmark.md.
 *
 * <p>2,000 participants in 40 teams, 60 topics (2-4 to help with, 2-4 to learn), nb/sv/en language mixes, a few
 * rather-not entries, 5% preferring three. The history is 26 rounds produced by the matcher itself, each with a
 * random 10% snoozed, since that is the history the 27th round will really face. The random baseline shuffles and
 * pairs neighbours, skipping rather-not pairs.
 */
public final class PairingBenchmark {
    private static final int PEOPLE = 2000;
    private static final int PAST_ROUNDS = 26;
    private static final int SAMPLE = 300;
    private static final RandomRounds.Shape SHAPE = new RandomRounds.Shape(40, 60, 2, 4, 0.0005, 0.05);

    private PairingBenchmark() {}

    public static void main(String[] args) throws Exception {
        List<Participant> people = RandomRounds.people(PEOPLE, SHAPE, 2026);
        Matcher matcher = new Matcher();
        // A generous budget for the history, so that it never depends on how busy the machine was.
        Matcher patient = new Matcher(
                new Matcher.Options(Matcher.Options.DEFAULTS.candidatesPerPerson(), Duration.ofMinutes(5), 11, 40));
        List<History.Meeting> meetings = new ArrayList<>();
        long[] historyMillis = new long[PAST_ROUNDS];
        int overBudget = 0;
        int historyRepeats = 0;
        java.util.Set<String> everMet = new java.util.HashSet<>();
        Random snooze = new Random(7);
        for (int round = 1; round <= PAST_ROUNDS; round++) {
            List<Participant> present =
                    people.stream().filter(p -> snooze.nextDouble() >= 0.1).toList();
            long start = System.nanoTime();
            Matching m = patient.match(present, History.of(round, meetings), round);
            historyMillis[round - 1] = (System.nanoTime() - start) / 1_000_000;
            overBudget +=
                    historyMillis[round - 1] > Matcher.Options.DEFAULTS.budget().toMillis() ? 1 : 0;
            for (History.Meeting meeting : m.meetings(round)) {
                historyRepeats += everMet.add(meeting.a() + " " + meeting.b()) ? 0 : 1;
            }
            meetings.addAll(m.meetings(round));
        }
        History history = History.of(PAST_ROUNDS + 1, meetings);

        matcher.match(people, history, 99);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long heapBefore = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long[] millis = new long[3];
        Matching result = null;
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            result = matcher.match(people, history, 27);
            millis[run] = (System.nanoTime() - start) / 1_000_000;
        }
        sampler.interrupt();
        sampler.join();
        Arrays.sort(millis);

        long start = System.nanoTime();
        int k = Matcher.Options.DEFAULTS.candidatesPerPerson();
        Matching greedy = new Matcher(new Matcher.Options(k, Duration.ZERO, 0, 0)).match(people, history, 27);
        long greedyMillis = (System.nanoTime() - start) / 1_000_000;
        List<List<String>> baseline = randomPairs(people, new Random(27));
        double baselineWeight = weight(baseline, people, history);

        List<Participant> shuffled = new ArrayList<>(people);
        Collections.shuffle(shuffled, new Random(300));
        List<Participant> sample = shuffled.subList(0, SAMPLE);
        start = System.nanoTime();
        Matching pruned = matcher.match(sample, history, 27);
        long prunedMillis = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        Matching full =
                new Matcher(new Matcher.Options(SAMPLE, Duration.ofMinutes(10), 0, 0)).match(sample, history, 27);
        long fullMillis = (System.nanoTime() - start) / 1_000_000;

        long[] sortedHistory = historyMillis.clone();
        Arrays.sort(sortedHistory);
        System.out.println();
        System.out.println("| Pairing benchmark | Value |");
        System.out.println("|---|---|");
        row("Participants / past rounds (history made by the matcher, 10% snoozed each)", PEOPLE + " / " + PAST_ROUNDS);
        row(
                "Past rounds' matching time (no budget), median (min-max)",
                sortedHistory[PAST_ROUNDS / 2] + " ms (" + sortedHistory[0] + "-" + sortedHistory[PAST_ROUNDS - 1]
                        + " ms), over 1.5 s: " + overBudget);
        row("Repeat meetings within those 26 rounds", historyRepeats + " of " + meetings.size());
        row(
                "Matching time, 2,000 people (median of 3 after 1 warm-up)",
                millis[1] + " ms (runs: " + millis[0] + ", " + millis[1] + ", " + millis[2] + " ms)");
        row(
                "Solver",
                result.solver() + ", groups " + result.groups().size() + ", unmatched "
                        + result.unmatched().size());
        row(
                "Total weight: matcher / random baseline",
                fmt(result.totalWeight()) + " / " + fmt(baselineWeight) + " ("
                        + String.format(Locale.ROOT, "%.2f", result.totalWeight() / baselineWeight) + "x)");
        row(
                "Repeats (pairs that met before): matcher / random baseline",
                repeats(result.groups().stream().map(Group::members).toList(), history) + " / "
                        + repeats(baseline, history));
        row(
                "Greedy fallback alone (budget 0): time, weight vs Blossom",
                greedyMillis + " ms, " + pct(greedy.totalWeight() / result.totalWeight()) + ", unmatched "
                        + greedy.unmatched().size());
        row("Peak heap used while matching (sampled every 2 ms; before: " + mb(heapBefore) + ")", mb(peak.get()));
        row(
                "300-person sample: pruned (" + k + "/person) vs unpruned weight",
                fmt(pruned.totalWeight()) + " vs " + fmt(full.totalWeight()) + " ("
                        + pct(pruned.totalWeight() / full.totalWeight()) + ")");
        row("300-person sample: pruned / unpruned time", prunedMillis + " ms / " + fullMillis + " ms");
        if (args.length == 0 || !args[0].equals("quick")) {
            candidateSweep(people, history, result.totalWeight());
            trioGap();
        }
    }

    /** What pruning harder or softer would cost or gain at 2,000 people. */
    private static void candidateSweep(List<Participant> people, History history, double chosen) {
        StringBuilder cells = new StringBuilder();
        for (int k : new int[] {16, 32, 64, 96}) {
            Matcher matcher = new Matcher(new Matcher.Options(k, Duration.ofMinutes(1), 11, 40));
            long start = System.nanoTime();
            double weight = matcher.match(people, history, 27).totalWeight();
            cells.append(k)
                    .append(": ")
                    .append(pct(weight / chosen))
                    .append(" in ")
                    .append((System.nanoTime() - start) / 1_000_000)
                    .append(" ms; ");
        }
        row(
                "Candidates per person at 2,000 people: weight vs default, time (one run each)",
                cells.toString().trim());
    }

    /** The two cheaper trio tiers against trying every trio, on odd rounds of 21 with rather-not lists and history. */
    private static void trioGap() {
        Matcher exact = new Matcher(new Matcher.Options(32, Duration.ofMinutes(1), 21, 0));
        Matcher everyThird = new Matcher(new Matcher.Options(32, Duration.ofMinutes(1), 0, 21));
        Matcher local = new Matcher(new Matcher.Options(32, Duration.ofMinutes(1), 0, 0));
        RandomRounds.Shape shape = new RandomRounds.Shape(5, 12, 1, 3, 0.03, 0.2);
        int instances = 20;
        int[] same = new int[2];
        double[] worst = {1, 1};
        long[] nanos = new long[3];
        for (int seed = 0; seed < instances; seed++) {
            List<Participant> people = RandomRounds.people(21, shape, seed);
            History history = RandomRounds.history(people, 10, 0.3, seed);
            long start = System.nanoTime();
            double best = exact.match(people, history, seed).totalWeight();
            nanos[0] += System.nanoTime() - start;
            Matcher[] tiers = {everyThird, local};
            for (int t = 0; t < 2; t++) {
                start = System.nanoTime();
                double w = tiers[t].match(people, history, seed).totalWeight();
                nanos[t + 1] += System.nanoTime() - start;
                same[t] += Math.abs(w - best) < 1e-9 ? 1 : 0;
                worst[t] = Math.min(worst[t], w / best);
            }
        }
        row(
                "Trio, 21 people, " + instances + " instances: every person as third vs every trio (exact)",
                same[0] + "/" + instances + " optimal, worst " + pct(worst[0]) + ", " + nanos[1] / instances / 1_000_000
                        + " ms vs " + nanos[0] / instances / 1_000_000 + " ms each");
        row(
                "Trio, same instances: local search only vs every trio (exact)",
                same[1] + "/" + instances + " optimal, worst " + pct(worst[1]) + ", " + nanos[2] / instances / 1_000_000
                        + " ms each");
    }

    /** Shuffle, then pair each person with the next one they may meet; an odd one out joins the last pair. */
    private static List<List<String>> randomPairs(List<Participant> people, Random random) {
        List<Participant> order = new ArrayList<>(people);
        Collections.shuffle(order, random);
        List<List<String>> groups = new ArrayList<>();
        List<Participant> open = new ArrayList<>(order);
        while (open.size() >= 2) {
            Participant a = open.remove(0);
            for (int k = 0; k < open.size(); k++) {
                Participant b = open.get(k);
                if (!a.ratherNot().contains(b.userId()) && !b.ratherNot().contains(a.userId())) {
                    groups.add(
                            new ArrayList<>(List.of(a.userId(), open.remove(k).userId())));
                    break;
                }
            }
        }
        if (open.size() == 1 && !groups.isEmpty()) {
            groups.get(groups.size() - 1).add(open.get(0).userId());
        }
        return groups;
    }

    private static double weight(List<List<String>> groups, List<Participant> people, History history) {
        java.util.Map<String, Participant> byId = new java.util.HashMap<>();
        people.forEach(p -> byId.put(p.userId(), p));
        double total = 0;
        for (List<String> g : groups) {
            PairWeights w = new PairWeights(g.stream().map(byId::get).toList(), history);
            total += w.groupWeight(g.size() == 2 ? new int[] {0, 1} : new int[] {0, 1, 2});
        }
        return total;
    }

    private static int repeats(List<List<String>> groups, History history) {
        int repeats = 0;
        for (List<String> g : groups) {
            for (int i = 0; i < g.size(); i++) {
                for (int j = i + 1; j < g.size(); j++) {
                    repeats += history.roundsSinceMet(g.get(i), g.get(j)).isPresent() ? 1 : 0;
                }
            }
        }
        return repeats;
    }

    private static void row(String metric, String value) {
        System.out.println("| " + metric + " | " + value + " |");
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String pct(double ratio) {
        return String.format(Locale.ROOT, "%.2f%%", 100 * ratio);
    }

    private static String mb(long bytes) {
        return (bytes >> 20) + " MB";
    }
}
