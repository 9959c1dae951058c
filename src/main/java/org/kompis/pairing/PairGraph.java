package org.kompis.pairing;

import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;
import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.MatchingAlgorithm;
import org.jgrapht.alg.matching.GreedyWeightedMatching;
import org.jgrapht.alg.matching.SparseEdmondsMaximumCardinalityMatching;
import org.jgrapht.alg.matching.blossom.v5.KolmogorovWeightedPerfectMatching;
import org.jgrapht.alg.matching.blossom.v5.ObjectiveSense;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.jgrapht.util.SupplierUtil;

/** Pairs up a set of people with JGraphT: pruned candidate graph, Blossom V within a deadline, greedy after it. */
final class PairGraph {
    /** Run inline, no deadline: for the many small matchings of the trio search. */
    static final long NO_DEADLINE = Long.MAX_VALUE;

    /**
     * One Blossom V at a time, on a daemon thread. JGraphT never polls for interruption, so a run past its deadline
     * cannot be stopped and finishes in the background; a single thread means such runs can never pile up, and a
     * caller queued behind one simply falls back to greedy when its own budget ends.
     */
    private static final ExecutorService BLOSSOM = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "kompis-blossom");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * @param mate partner of each person (indices into the round), -1 for unmatched and people not in the set
     */
    record Result(int[] mate, Matching.Solver solver) {}

    private PairGraph() {}

    /**
     * Maximum-cardinality, then maximum-score matching of {@code people} on the top-{@code k}-pruned graph.
     *
     * <p>Rather than adding a large constant to every edge to make cardinality win (which made Blossom V crawl for
     * tens of seconds on odd rounds, its duals creeping down from the constant in small steps), the graph gets as many
     * "leftover seats" as people who cannot all be paired (Edmonds' maximum-cardinality matching says how many; one on
     * odd rounds), each joined to everybody, and Blossom V solves a perfect matching. Whoever takes a seat is left
     * over.
     */
    static Result solve(Scores scores, int[] people, int k, long deadlineNanos) {
        int[][] candidates = candidates(scores, people, k);
        Graph<Integer, DefaultWeightedEdge> graph = graph(scores, people, candidates);
        int real = people.length;
        // JGraphT's Edmonds trips an assertion on a graph without edges.
        int paired = graph.edgeSet().isEmpty()
                ? 0
                : new SparseEdmondsMaximumCardinalityMatching<>(graph)
                        .getMatching()
                        .getEdges()
                        .size();
        addLeftoverSeats(graph, scores, people, real - 2 * paired);
        Matching.Solver solver = Matching.Solver.BLOSSOM;
        MatchingAlgorithm.Matching<Integer, DefaultWeightedEdge> matching;
        if (deadlineNanos == NO_DEADLINE) {
            matching = new KolmogorovWeightedPerfectMatching<>(graph, ObjectiveSense.MAXIMIZE).getMatching();
        } else {
            matching = blossomWithin(graph, deadlineNanos);
            if (matching == null) {
                solver = Matching.Solver.GREEDY_FALLBACK;
                // Greedy strands a few people whose candidates were all taken; Edmonds, started from the greedy
                // matching,
                // re-pairs along augmenting paths until the seats are all that is left over. Exact comparison because
                // JGraphT's default tolerance of 1e-9 makes the greedy sort intransitive on our noise.
                matching = new SparseEdmondsMaximumCardinalityMatching<>(
                                graph, new GreedyWeightedMatching<>(graph, false, Double.MIN_VALUE))
                        .getMatching();
            }
        }
        int[] local = new int[real];
        Arrays.fill(local, -1);
        for (DefaultWeightedEdge e : matching.getEdges()) {
            int a = graph.getEdgeSource(e);
            int b = graph.getEdgeTarget(e);
            if (a < real && b < real) {
                local[a] = b;
                local[b] = a;
            }
        }
        int[] mate = new int[scores.size()];
        Arrays.fill(mate, -1);
        for (int x = 0; x < real; x++) {
            mate[people[x]] = local[x] < 0 ? -1 : people[local[x]];
        }
        return new Result(mate, solver);
    }

    /**
     * Seats weigh the trio bonus for people who prefer three (so on odd rounds they are left over, to be the third,
     * when that costs the pairs less), plus tie-break noise.
     */
    private static void addLeftoverSeats(
            Graph<Integer, DefaultWeightedEdge> graph, Scores scores, int[] people, int seats) {
        for (int s = 0; s < seats; s++) {
            int seat = graph.addVertex();
            for (int x = 0; x < people.length; x++) {
                double pull = scores.weights.prefersThree(people[x]) ? PairWeights.PREFERS_THREE_BONUS : 0;
                graph.setEdgeWeight(graph.addEdge(x, seat), pull + scores.noise(people[x], scores.size() + s));
            }
        }
    }

    /**
     * Blossom V within the deadline, or null. A separate thread with a timed wait, rather than checking the clock,
     * because the time goes into one library call that offers no place to check it.
     */
    private static MatchingAlgorithm.Matching<Integer, DefaultWeightedEdge> blossomWithin(
            Graph<Integer, DefaultWeightedEdge> graph, long deadlineNanos) {
        if (deadlineNanos - System.nanoTime() <= 0) {
            return null;
        }
        Future<MatchingAlgorithm.Matching<Integer, DefaultWeightedEdge>> future = BLOSSOM.submit(
                () -> new KolmogorovWeightedPerfectMatching<>(graph, ObjectiveSense.MAXIMIZE).getMatching());
        try {
            return future.get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            return null;
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while matching", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Blossom V failed", e.getCause());
        }
    }

    /**
     * Each person's up to {@code k} best-scoring allowed partners within {@code people}, indexed like {@code people}.
     */
    private static int[][] candidates(Scores scores, int[] people, int k) {
        IntStream rows = IntStream.range(0, people.length);
        // Rows are independent, so the parallel result is the same as the sequential one.
        if (people.length >= 256) {
            rows = rows.parallel();
        }
        return rows.mapToObj(x -> topK(scores, people, people[x], k)).toArray(int[][]::new);
    }

    /** Person {@code i}'s up to {@code k} best-scoring allowed partners among {@code people}, in no order. */
    static int[] topK(Scores scores, int[] people, int i, int k) {
        double[] heap = new double[k];
        int[] who = new int[k];
        int size = 0;
        for (int j : people) {
            double w = scores.pair(i, j);
            if (w == PairWeights.FORBIDDEN || (size == k && w <= heap[0])) {
                continue;
            }
            if (size < k) {
                heap[size] = w;
                who[size] = j;
                siftUp(heap, who, size++);
            } else {
                heap[0] = w;
                who[0] = j;
                siftDown(heap, who, size);
            }
        }
        return Arrays.copyOf(who, size);
    }

    /** Keeps an edge if it is among the top k of either end. Vertex x stands for {@code people[x]}. */
    private static Graph<Integer, DefaultWeightedEdge> graph(Scores scores, int[] people, int[][] candidates) {
        Graph<Integer, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(
                SupplierUtil.createIntegerSupplier(), SupplierUtil.createDefaultWeightedEdgeSupplier());
        int[] local = new int[scores.size()];
        for (int x = 0; x < people.length; x++) {
            local[people[x]] = graph.addVertex();
        }
        for (int x = 0; x < people.length; x++) {
            for (int j : candidates[x]) {
                DefaultWeightedEdge e = graph.addEdge(x, local[j]);
                if (e != null) {
                    graph.setEdgeWeight(e, scores.pair(people[x], j));
                }
            }
        }
        return graph;
    }

    private static void siftUp(double[] heap, int[] who, int at) {
        while (at > 0) {
            int parent = (at - 1) / 2;
            if (heap[parent] <= heap[at]) {
                return;
            }
            swap(heap, who, parent, at);
            at = parent;
        }
    }

    private static void siftDown(double[] heap, int[] who, int size) {
        for (int at = 0; ; ) {
            int least = at;
            for (int child = 2 * at + 1; child <= 2 * at + 2 && child < size; child++) {
                if (heap[child] < heap[least]) {
                    least = child;
                }
            }
            if (least == at) {
                return;
            }
            swap(heap, who, least, at);
            at = least;
        }
    }

    private static void swap(double[] heap, int[] who, int a, int b) {
        double h = heap[a];
        heap[a] = heap[b];
        heap[b] = h;
        int w = who[a];
        who[a] = who[b];
        who[b] = w;
    }
}
