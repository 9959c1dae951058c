package org.kompis.sixhats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HatDealerTest {
    private static final long[] SEEDS = {0, 1, 7, 42, 2024, -5, Long.MAX_VALUE};

    @Test
    void dealsFollowTheRulesForOneToTwentyPeople() {
        for (int n = 1; n <= 20; n++) {
            for (long seed : SEEDS) {
                String as = "n=%d seed=%d".formatted(n, seed);
                List<Group> groups = HatDealer.deal(People.of(n), seed);
                if (n < 3) {
                    assertThat(groups).as(as).isEmpty();
                    continue;
                }
                assertThat(groups).extracting(Group::size).as(as).isEqualTo(GroupSplitter.sizes(n));
                List<String> everyone = groups.stream()
                        .map(Group::people)
                        .flatMap(Collection::stream)
                        .toList();
                assertThat(everyone).as(as).containsExactlyInAnyOrderElementsOf(People.of(n));
                groups.forEach(g ->
                        assertThat(g.hats()).as(as + " distinct hats in " + g).hasSize(g.size()));
                Map<Hat, Integer> worn = HatDealer.wornCounts(groups);
                assertThat(spread(worn)).as(as + " " + worn).isLessThanOrEqualTo(1);
                if (n >= 6) {
                    assertThat(worn.values()).as(as).allMatch(c -> c > 0);
                }
                if (n % 6 != 0) {
                    assertThat(worn.get(Hat.BLUE))
                            .as(as + " blue among the extra hats")
                            .isEqualTo(n / 6 + 1);
                }
                assertThat(HatDealer.deal(People.of(n), seed))
                        .as(as + " reproducible")
                        .isEqualTo(groups);
            }
        }
    }

    @Test
    void sevenPeopleWearEveryHatAndBlueTwiceInDifferentGroups() {
        List<Group> groups = HatDealer.deal(People.of(7), 3);
        assertThat(groups).extracting(Group::size).containsExactly(3, 4);
        assertThat(HatDealer.wornCounts(groups))
                .containsEntry(Hat.BLUE, 2)
                .allSatisfy((hat, count) -> assertThat(count).isPositive());
        assertThat(groups).allMatch(g -> g.hats().contains(Hat.BLUE));
    }

    @Test
    void lateJoinerGetsTheLeastWornFreeHatTiesInCanonicalOrder() {
        Map<Hat, Integer> worn =
                new EnumMap<>(Map.of(Hat.WHITE, 2, Hat.RED, 1, Hat.BLACK, 1, Hat.YELLOW, 2, Hat.GREEN, 2, Hat.BLUE, 2));
        assertThat(HatDealer.lateJoiner(worn, Set.of())).isEqualTo(Hat.RED);
        assertThat(HatDealer.lateJoiner(worn, Set.of(Hat.RED))).isEqualTo(Hat.BLACK);
        assertThat(HatDealer.lateJoiner(worn, Set.of(Hat.RED, Hat.BLACK))).isEqualTo(Hat.WHITE);
        assertThat(HatDealer.lateJoiner(Map.of(), Set.of(Hat.WHITE))).isEqualTo(Hat.RED);
        assertThatThrownBy(() -> HatDealer.lateJoiner(worn, EnumSet.allOf(Hat.class)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void lateJoinersFillTheSmallestGroupWithAFreeLeastWornHat() {
        for (int n = 3; n <= 20; n++) {
            for (long seed : SEEDS) {
                List<Group> groups = HatDealer.deal(People.of(n), seed);
                for (int late = 1; late <= 12; late++) {
                    String as = "n=%d seed=%d late=%d".formatted(n, seed, late);
                    Map<Hat, Integer> worn = HatDealer.wornCounts(groups);
                    int smallest = groups.stream().mapToInt(Group::size).min().orElseThrow();
                    HatDealer.LateJoin join = HatDealer.placeLateJoiner(groups, "L" + late);
                    Group before = join.group() < groups.size() ? groups.get(join.group()) : new Group(List.of());
                    Group after = join.groups().get(join.group());

                    assertThat(before.hats()).as(as).doesNotContain(join.hat());
                    assertThat(worn.get(join.hat()))
                            .as(as + " least worn free hat")
                            .isEqualTo(EnumSet.complementOf(toEnumSet(before.hats())).stream()
                                    .mapToInt(worn::get)
                                    .min()
                                    .orElseThrow());
                    assertThat(after.seats()).as(as).endsWith(new Seat("L" + late, join.hat()));
                    assertThat(before.size())
                            .as(as + " smallest group with room")
                            .isEqualTo(smallest < GroupSplitter.MAX_GROUP ? smallest : 0);
                    assertThat(join.groups())
                            .as(as)
                            .allMatch(g -> g.size() <= GroupSplitter.MAX_GROUP)
                            .allMatch(g -> g.hats().size() == g.size());
                    groups = join.groups();
                }
            }
        }
    }

    @Test
    void lateJoinerPrefersTheGroupWhereTheLeastWornHatIsFree() {
        List<Group> groups = List.of(
                new Group(List.of(new Seat("a", Hat.WHITE), new Seat("b", Hat.RED))),
                new Group(List.of(new Seat("c", Hat.BLACK), new Seat("d", Hat.YELLOW), new Seat("e", Hat.GREEN))),
                new Group(List.of(new Seat("f", Hat.BLUE), new Seat("g", Hat.WHITE))),
                new Group(List.of(new Seat("h", Hat.BLUE), new Seat("i", Hat.RED))));
        HatDealer.LateJoin join = HatDealer.placeLateJoiner(groups, "z");
        assertThat(join.group()).isEqualTo(0);
        assertThat(join.hat()).isEqualTo(Hat.BLACK);
    }

    @Test
    void whenEveryGroupHasFourALateJoinerStartsANewGroup() {
        List<Group> full = List.of(new Group(List.of(
                new Seat("a", Hat.WHITE),
                new Seat("b", Hat.RED),
                new Seat("c", Hat.BLACK),
                new Seat("d", Hat.YELLOW))));
        HatDealer.LateJoin join = HatDealer.placeLateJoiner(full, "e");
        assertThat(join.groups()).hasSize(2);
        assertThat(join.group()).isEqualTo(1);
        assertThat(join.hat()).isEqualTo(Hat.GREEN);
    }

    @Test
    void someoneAlreadyInAGroupCannotJoinLate() {
        List<Group> groups = HatDealer.deal(People.of(6), 1);
        assertThatThrownBy(() -> HatDealer.placeLateJoiner(groups, "U001"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static int spread(Map<Hat, Integer> worn) {
        return worn.values().stream().mapToInt(Integer::intValue).max().orElseThrow()
                - worn.values().stream().mapToInt(Integer::intValue).min().orElseThrow();
    }

    private static EnumSet<Hat> toEnumSet(Set<Hat> hats) {
        return hats.isEmpty() ? EnumSet.noneOf(Hat.class) : EnumSet.copyOf(hats);
    }
}
