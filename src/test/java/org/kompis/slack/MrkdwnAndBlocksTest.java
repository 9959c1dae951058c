package org.kompis.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MrkdwnAndBlocksTest {
    @Test
    void typedTextCannotPingOrLink() {
        assertThat(Mrkdwn.escape("<!channel> hei <@U123> <https://evil|click> & co"))
                .isEqualTo("&lt;!channel&gt; hei &lt;@U123&gt; &lt;https://evil|click&gt; &amp; co")
                .doesNotContain("<");
        assertThat(Mrkdwn.escape(null)).isEmpty();
    }

    @Test
    void cuttingHappensBeforeEscapingSoNoEntityIsHalved() {
        String cut = Mrkdwn.escape("abc<def", 5);
        assertThat(cut).isEqualTo("abc&lt;…");
    }

    @Test
    void blocksKeepSlacksLimits() {
        assertThat(Blocks.section("x".repeat(5000)).getText().getText())
                .hasSize(3000)
                .endsWith("…");
        assertThat(Blocks.header("y".repeat(400)).getText().getText()).hasSize(150);
        assertThat(Blocks.button("a", "z".repeat(100), "v").getText().getText()).hasSize(75);
        assertThat(Views.modal(
                                "cb",
                                "A title far longer than Slack allows",
                                "Send it now please",
                                "Close",
                                null,
                                List.of())
                        .getTitle()
                        .getText())
                .hasSize(24);
        List<LayoutBlock> many = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            many.add(Blocks.divider());
        }
        assertThat(Blocks.capped(many, "more")).hasSize(50);
    }
}
