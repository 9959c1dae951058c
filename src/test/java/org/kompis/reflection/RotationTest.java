package org.kompis.reflection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.kompis.i18n.Lang;

/** No prompt repeats until the channel has seen the whole library; consecutive prompts differ in theme. */
class RotationTest {
    private static final PromptLibrary LIBRARY = PromptLibrary.load(Path.of("config", "prompts"));

    /** Runs {@code weeks} picks and checks both rules on the way. */
    private static List<Rotation.Posted> run(List<Prompt> library, List<Rotation.Posted> history, int weeks) {
        List<Rotation.Posted> out = new ArrayList<>(history);
        for (int i = 0; i < weeks; i++) {
            Rotation.Pick pick = Rotation.next(library, out);
            out.add(new Rotation.Posted(pick.prompt().id(), pick.prompt().theme(), pick.cycle()));
        }
        return out;
    }

    private static void assertRules(List<Prompt> library, List<Rotation.Posted> posted) {
        int n = library.size();
        for (int start = 0; start + n <= posted.size(); start += n) {
            Set<String> cycle = new HashSet<>();
            posted.subList(start, start + n).forEach(p -> cycle.add(p.id()));
            assertThat(cycle)
                    .as("cycle starting at week %d sees every prompt once", start)
                    .hasSize(n);
        }
        for (int i = 1; i < posted.size(); i++) {
            assertThat(posted.get(i).theme())
                    .as("week %d repeats the theme of week %d", i, i - 1)
                    .isNotEqualTo(posted.get(i - 1).theme());
        }
    }

    @Test
    void theRealLibraryRotatesThroughEveryPromptThreeTimesWithThemesAlternating() {
        List<Prompt> library = LIBRARY.prompts(Lang.NB);
        List<Rotation.Posted> posted = run(library, List.of(), library.size() * 3);
        assertRules(library, posted);
        assertThat(posted.get(library.size()).cycle()).isEqualTo(1);
        assertThat(posted.get(library.size() * 2).cycle()).isEqualTo(2);
    }

    @RepeatedTest(50)
    void randomLibrariesKeepBothRules() {
        Random random = new Random();
        int themes = 2 + random.nextInt(8);
        List<Prompt> library = new ArrayList<>();
        int id = 0;
        for (int t = 0; t < themes; t++) {
            int count = 1 + random.nextInt(4);
            for (int i = 0; i < count; i++) {
                library.add(new Prompt("p" + id++, "theme" + t, "text"));
            }
        }
        // Alternation can only be promised when no theme holds more than half of the library.
        int max = library.stream()
                .collect(java.util.stream.Collectors.groupingBy(Prompt::theme, java.util.stream.Collectors.counting()))
                .values()
                .stream()
                .mapToInt(Long::intValue)
                .max()
                .orElse(0);
        java.util.Collections.shuffle(library, random);
        List<Rotation.Posted> posted = run(library, List.of(), library.size() * 3);
        if (max * 3 <= library.size()) {
            assertRules(library, posted);
        } else {
            for (int start = 0; start + library.size() <= posted.size(); start += library.size()) {
                assertThat(posted.subList(start, start + library.size()).stream()
                                .map(Rotation.Posted::id)
                                .distinct()
                                .count())
                        .isEqualTo(library.size());
            }
        }
    }

    @Test
    void aPromptAddedMidCycleIsPickedBeforeAnyRepeat() {
        List<Prompt> library = new ArrayList<>(LIBRARY.prompts(Lang.EN).subList(0, 10));
        List<Rotation.Posted> posted = run(library, List.of(), 4);
        library.add(new Prompt("own-1", Prompt.OWN, "What surprised you this week?"));
        posted = run(library, posted, 7);
        assertThat(posted.stream().map(Rotation.Posted::id))
                .doesNotHaveDuplicates()
                .contains("own-1");
        assertThat(posted.stream().map(Rotation.Posted::cycle)).containsOnly(0);
    }

    @Test
    void whenAlternationIsImpossibleTheCycleRuleWins() {
        List<Prompt> library =
                List.of(new Prompt("a1", "a", "x"), new Prompt("b1", "b", "x"), new Prompt("a2", "a", "x"));
        List<Rotation.Posted> posted = run(library, List.of(), 9);
        // Two a's and one b: a new cycle starts with b (not the a that ended the last), so its two a's must meet.
        assertThat(posted)
                .extracting(Rotation.Posted::id)
                .containsExactly("a1", "b1", "a2", "b1", "a1", "a2", "b1", "a1", "a2");
    }
}
