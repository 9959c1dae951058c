package org.kompis.sixhats;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.JsonParser;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kompis.i18n.Lang;
import org.kompis.i18n.Messages;
import org.kompis.i18n.Texts;

/** A summary of any size stays within Slack's limits and loses no keyword. */
class SummaryTest {
    private final Texts en = new Messages().in(Lang.EN);

    private static Exercise finished(String decide, String next) {
        return new Exercise(
                1,
                "T",
                "C",
                "Four-day week",
                "in_threes",
                false,
                10,
                "U1",
                1,
                "k",
                "1.1",
                "finished",
                null,
                null,
                decide,
                next,
                null,
                0,
                0L,
                0L);
    }

    private static Contribution said(long id, Hat hat, String text) {
        return new Contribution(id, 1, "T", "U" + id, hat.id(), text, "V" + id, null, 0);
    }

    private static List<String> sections(List<LayoutBlock> blocks) {
        return blocks.stream()
                .filter(b -> b instanceof SectionBlock)
                .map(b -> ((SectionBlock) b).getText().getText())
                .toList();
    }

    @Test
    void aSmallSummaryIsOneMessageByHatInCanonicalOrder() {
        List<Contribution> said = List.of(
                said(1, Hat.GREEN, "Try Fridays off\nRotate the day"),
                said(2, Hat.WHITE, "32 hours"),
                said(3, Hat.RED, "<!channel> excited & curious"));
        List<List<LayoutBlock>> messages =
                Summary.messages(en, finished("Pilot in one unit", null), Summary.keywords(said), 3);
        assertThat(messages).hasSize(1);
        List<String> sections = sections(messages.get(0));
        assertThat(sections.get(1)).startsWith(":white_circle: *White hat*\n• 32 hours");
        assertThat(sections.get(2)).isEqualTo(":red_circle: *Red hat*\n• &lt;!channel&gt; excited &amp; curious");
        assertThat(sections.get(3)).isEqualTo(":black_circle: *Black hat*\n_Nothing was written under this hat._");
        assertThat(sections.get(5)).isEqualTo(":large_green_circle: *Green hat*\n• Try Fridays off\n• Rotate the day");
        assertThat(sections.get(7)).contains("*Conclusion*", "*What we decide:*\nPilot in one unit");
        assertThat(sections).noneMatch(s -> s.contains("What we do next"));
    }

    @Test
    void aHugeSummaryIsSplitWithinSlacksLimitsAndKeepsEveryKeyword() {
        List<Contribution> said = new ArrayList<>();
        for (int i = 0; i < 240; i++) {
            Hat hat = Hat.canonical().get(i % 6);
            String filler = (i % 10 == 0 ? "&" : "x").repeat(1400);
            said.add(said(i, hat, "kw" + i + "-" + filler));
        }
        Map<Hat, List<String>> keywords = Summary.keywords(said);
        List<List<LayoutBlock>> messages =
                Summary.messages(en, finished("d".repeat(1500), "&".repeat(1500)), keywords, 7);
        assertThat(messages.size()).isGreaterThan(1);
        StringBuilder all = new StringBuilder();
        Gson gson = new Gson();
        for (List<LayoutBlock> blocks : messages) {
            assertThat(blocks.size()).isLessThanOrEqualTo(50);
            assertThat(sections(blocks)).allSatisfy(s -> assertThat(s.length()).isLessThanOrEqualTo(3000));
            int chars = sections(blocks).stream().mapToInt(String::length).sum();
            assertThat(chars).isLessThanOrEqualTo(Summary.CHARS_PER_MESSAGE);
            assertThat(JsonParser.parseString(gson.toJson(blocks)).getAsJsonArray())
                    .hasSize(blocks.size());
            sections(blocks).forEach(s -> all.append(s).append('\n'));
        }
        for (int i = 0; i < 240; i++) {
            assertThat(all.toString()).contains("• kw" + i + "-");
        }
        int previous = -1;
        for (Hat hat : Hat.canonical()) {
            int at = all.indexOf(hat.emoji() + " *" + en.t(hat.nameKey()) + "*");
            assertThat(at).isGreaterThan(previous);
            previous = at;
        }
        assertThat(all.indexOf("*Conclusion*")).isGreaterThan(previous);
    }

    @Test
    void escapingNeverOverflowsTheRoomGiven() {
        assertThat(Summary.escapeWithin("&".repeat(1000), 100))
                .hasSizeLessThanOrEqualTo(100)
                .endsWith("…")
                .startsWith("&amp;&amp;");
        assertThat(Summary.escapeWithin("a <b>", 100)).isEqualTo("a &lt;b&gt;");
        assertThat(Summary.escapeWithin("😀".repeat(100), 11)).isEqualTo("😀".repeat(5) + "…");
    }

    @Test
    void theLessonTextListsEveryHat() {
        String text = Summary.text(en, Summary.keywords(List.of(said(1, Hat.BLUE, "Decide by June"))));
        assertThat(text).startsWith("White hat:\n\nRed hat:").endsWith("Blue hat:\n- Decide by June");
    }
}
