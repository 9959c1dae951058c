package org.kompis.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kompis.insights.ActionBudget.State;
import org.kompis.insights.InsightsStore.ActionItem;
import org.kompis.insights.InsightsStore.Contribution;
import org.kompis.insights.InsightsStore.LessonRow;
import org.kompis.insights.InsightsStore.PairAnswer;
import org.kompis.insights.InsightsStore.PairGroup;

/** The aggregation, without a database: weeks across DST, the gate, each table's arithmetic, what moved. */
class InsightsLogicTest {
    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    static final Gate FIVE = new Gate(5);
    // 2026-10-25 is the autumn DST change; weeks 43 and 44 around it.
    static final Weeks WEEKS = Weeks.ending(LocalDate.of(2026, 11, 4), 3, OSLO);

    static long at(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime)
                .atZone(OSLO)
                .toInstant()
                .toEpochMilli();
    }

    @Test
    void weeksAreMondayToMondayInTheZoneAcrossDst() {
        assertThat(WEEKS.starts())
                .containsExactly(LocalDate.of(2026, 10, 19), LocalDate.of(2026, 10, 26), LocalDate.of(2026, 11, 2));
        assertThat(WEEKS.indexOf(at("2026-10-25T23:59:59"))).isEqualTo(0);
        assertThat(WEEKS.indexOf(at("2026-10-26T00:00:00"))).isEqualTo(1);
        assertThat(WEEKS.indexOf(at("2026-10-18T23:59:00"))).isEqualTo(-1);
        assertThat(WEEKS.indexOf(at("2026-11-09T00:00:00"))).isEqualTo(-1);
        assertThat(WEEKS.number(1)).isEqualTo(44);
        assertThat(WEEKS.endWeek()).isEqualTo("2026-11-09");
    }

    @Test
    void theGateHidesSmallGroupsButNotNobodyAndNeverGoesBelowThree() {
        assertThat(FIVE.figure(4, 4)).isNull();
        assertThat(FIVE.figure(5, 2)).isEqualTo(2);
        assertThat(FIVE.figure(0, 0)).isEqualTo(0);
        assertThatThrownBy(() -> new Gate(2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void participationCountsEachNamedPersonOnceAndEachAnonymousAnswerAsOne() {
        long w0 = at("2026-10-20T10:00:00");
        List<Contribution> rows = new ArrayList<>();
        for (String u : List.of("A", "A", "B", "C")) {
            rows.add(new Contribution(w0, u));
        }
        rows.add(new Contribution(w0, null));
        assertThat(Participation.people(rows, WEEKS, FIVE)).containsExactly(null, 0, 0);
        rows.add(new Contribution(w0, null));
        assertThat(Participation.people(rows, WEEKS, FIVE)).containsExactly(5, 0, 0);
    }

    @Test
    void pairMeetingsAreGroupsWhereSomeoneSaidYes() {
        long w1 = at("2026-10-27T09:00:00");
        List<PairGroup> groups = List.of(
                new PairGroup(1, w1, true, true, 2),
                new PairGroup(2, w1, false, false, 3),
                new PairGroup(3, w1, true, true, 2));
        List<PairAnswer> answers = List.of(
                new PairAnswer(1, "yes"),
                new PairAnswer(1, "yes"),
                new PairAnswer(2, "not_yet"),
                new PairAnswer(3, "wont"));
        assertThat(Participation.meetings(groups, answers, WEEKS, FIVE)).containsExactly(0, 1, 0);
        List<PairStats.Week> stats = PairStats.of(groups, answers, WEEKS, FIVE);
        assertThat(stats).containsExactly(new PairStats.Week(1, 3, 67, 33, 2, 1, 1, 3));
        assertThat(PairStats.of(groups.subList(0, 2), answers, WEEKS, FIVE)
                        .get(0)
                        .hidden())
                .isFalse();
        assertThat(PairStats.of(groups.subList(0, 1), answers, WEEKS, FIVE)
                        .get(0)
                        .hidden())
                .isTrue();
    }

    @Test
    void actionItemsAreABudgetOfDoneOpenOverdueAndDropped() {
        LocalDate today = LocalDate.of(2026, 11, 4);
        List<ActionItem> rows = List.of(
                new ActionItem(1, "old but open", "K", "2026-09-01", null, "open", "R"),
                new ActionItem(2, "moved", "K", "2026-10-20", "2026-11-06", "open", "R"),
                new ActionItem(3, "done", "S", "2026-10-21", null, "done", "R"),
                new ActionItem(4, "dropped", "S", "2026-10-28", null, "dropped", "R"),
                new ActionItem(5, "done long ago", "S", "2026-08-01", null, "done", "R"));
        ActionBudget b = ActionBudget.of(rows, today, WEEKS);
        assertThat(b.totals())
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of(State.DONE, 1, State.OPEN, 1, State.OVERDUE, 1, State.DROPPED, 1));
        assertThat(b.byOwner().get("K")).containsEntry(State.OVERDUE, 1).containsEntry(State.OPEN, 1);
        assertThat(b.byDueWeek().get(0)).containsEntry(State.DONE, 1);
        assertThat(b.byDueWeek().get(2)).containsEntry(State.OPEN, 1);
        assertThat(b.oldestOpen()).extracting(i -> i.row().what()).containsExactly("old but open", "moved");
    }

    @Test
    void lessonsOfAWeekFromTooFewPeopleAreLeftOutOfEveryFigure() {
        long w0 = at("2026-10-21T12:00:00");
        long w2 = at("2026-11-03T12:00:00");
        List<LessonRow> rows = new ArrayList<>();
        for (String u : List.of("A", "B", "C", "D")) {
            rows.add(new LessonRow(w0, "aar", "on_the_job", u, null));
        }
        rows.add(new LessonRow(w2, "sixhats", null, null, "A B C D E"));
        rows.add(new LessonRow(w2, "reflection", "formal", null, null));
        LessonMix mix = LessonMix.of(rows, WEEKS, FIVE);
        assertThat(mix.bySource().get("aar")).containsExactly(null, 0, 0);
        assertThat(mix.bySource().get("sixhats")).containsExactly(null, 0, 1);
        assertThat(mix.byCategory())
                .containsEntry("on_the_job", 0)
                .containsEntry("none", 1)
                .containsEntry("formal", 1);
        assertThat(mix.hiddenWeeks()).isEqualTo(1);
        assertThat(mix.total("aar")).isZero();
    }

    @Test
    void theNumbersThatMovedMostComeFirst() {
        Map<String, int[]> sums = new HashMap<>();
        sums.put("reflection", new int[] {10, 18});
        sums.put("reviews", new int[] {5, 5});
        sums.put("lessons", new int[] {9, 3});
        sums.put("pairs", new int[] {0, 1});
        sums.put("hats", new int[] {2, 0});
        List<Movers.Move> top = Movers.top(sums, 3);
        assertThat(top).extracting(Movers.Move::measure).containsExactly("reflection", "lessons", "hats");
        assertThat(Movers.lines(top, m -> m))
                .containsExactly("reflection: 10 → 18 (+8)", "lessons: 9 → 3 (−6)", "hats: 2 → 0 (−2)");
        assertThat(Movers.weeks(LocalDate.of(2026, 12, 7), OSLO).starts())
                .hasSize(8)
                .endsWith(LocalDate.of(2026, 11, 30));
    }

    @Test
    void chartsAreImagesWithATitleAndDescriptionAndEscapeWhatTheyShow() {
        String svg = Svg.bars("c", "Title <b>", "Desc & more", List.of("<script>"), List.of(3));
        assertThat(svg)
                .contains(
                        "role=\"img\"",
                        "aria-labelledby=\"c-t c-d\"",
                        "<title id=\"c-t\">Title &lt;b&gt;",
                        "Desc &amp; more",
                        "&lt;script&gt;")
                .doesNotContain("<script>");
        String columns = Svg.columns(
                "d",
                "T",
                "D",
                List.of("1", "2"),
                List.of(new Svg.Series("s", "#000", java.util.Arrays.asList(null, 4))));
        assertThat(columns).contains("stroke-dasharray", ">4</text>");
        assertThat(Instant.now()).isNotNull();
    }
}
