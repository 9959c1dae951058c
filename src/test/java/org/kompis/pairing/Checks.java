package org.kompis.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The rules every matching must keep, whatever the input. */
final class Checks {
    private Checks() {}

    static void assertValid(Matching matching, List<Participant> people) {
        Map<String, Participant> byId =
                people.stream().collect(Collectors.toMap(Participant::userId, Function.identity()));
        List<String> seen = new ArrayList<>(matching.unmatched());
        int trios = 0;
        for (Group group : matching.groups()) {
            assertThat(group.members()).hasSizeBetween(2, 3);
            trios += group.members().size() == 3 ? 1 : 0;
            seen.addAll(group.members());
            for (String a : group.members()) {
                for (String b : group.members()) {
                    assertThat(byId).containsKey(a);
                    assertThat(byId.get(a).ratherNot())
                            .as("%s would rather not meet %s", a, b)
                            .doesNotContain(b);
                }
            }
        }
        assertThat(trios).isLessThanOrEqualTo(1);
        assertThat(seen)
                .as("everyone passed in appears exactly once, nobody else appears")
                .containsExactlyInAnyOrderElementsOf(byId.keySet());
    }
}
