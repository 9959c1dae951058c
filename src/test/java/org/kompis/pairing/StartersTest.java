package org.kompis.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kompis.i18n.Lang;

/** Conversation starters come from the prompt library's talking themes, the same for the same round and group. */
class StartersTest {

    @Test
    void onlyThemesThatSuitTwoColleaguesTalking() {
        List<String> texts = Starters.parse(List.of(
                "# comment",
                "",
                "from_others|o-1|Who taught you something?",
                "formal|f-1|Which course did you take?",
                "mistakes|m-1|A mistake we learned from?",
                "broken line"));
        assertThat(texts).containsExactly("Who taught you something?", "A mistake we learned from?");
    }

    @Test
    void sameRoundAndGroupSameStarterAndGroupsOfARoundDiffer() {
        // No prompts next to this made-up config file: the working directory's config/prompts is used.
        Starters starters = new Starters(Path.of("/nonexistent/kompis.yaml"));
        for (Lang lang : Lang.values()) {
            assertThat(starters.pick(lang, 7, 1)).isNotBlank().isEqualTo(starters.pick(lang, 7, 1));
            Set<String> round = new HashSet<>();
            for (int g = 1; g <= 4; g++) {
                round.add(starters.pick(lang, 7, g));
            }
            assertThat(round).hasSize(4);
        }
    }
}
