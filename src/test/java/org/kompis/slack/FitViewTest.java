package org.kompis.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.PlainTextInputElement;
import com.slack.api.model.view.View;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kompis.testing.FakeSlack;

/**
 * Issue 12, guarantee 10, big views: Slack refuses a view over 250 kB (here FakeSlack does, as Slack does). Kompis
 * sends it cut to fit, whole blocks from the end, with a "…", and keeps its inputs. Before: the view was refused and
 * the person saw nothing.
 */
class FitViewTest {
    private final FakeSlack fake = new FakeSlack();

    @AfterEach
    void close() {
        fake.close();
    }

    @Test
    void anAppHomeOverTheLimitIsPublishedCutToFit() {
        fake.on(
                "views.publish",
                c -> bytes(c.param("view")) > FitView.LIMIT
                        ? Map.of("ok", false, "error", "invalid_arguments")
                        : Map.of("ok", true, "view", Map.of("id", "V1")));
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(fake.apiUrl());
        TeamClient client = new SlackGateway(
                        Slack.getInstance(config), team -> FakeSlack.BOT_TOKEN, d -> {}, 4, Duration.ofSeconds(30))
                .team(FakeSlack.TEAM);

        client.publishHome("U1", view(100));

        String sent = fake.calls("views.publish").get(0).param("view");
        assertThat(bytes(sent)).isLessThanOrEqualTo(FitView.LIMIT).isGreaterThan(FitView.LIMIT - 6_000);
        assertThat(sent).contains("block 0 ").doesNotContain("block 99 ").contains("…");
    }

    @Test
    void aSmallViewIsSentAsItIsAndAFormKeepsItsInputs() {
        View small = view(3);
        assertThat(FitView.within(small, FitView.LIMIT)).isSameAs(small);

        List<LayoutBlock> blocks = new ArrayList<>(view(60).getBlocks());
        blocks.add(InputBlock.builder()
                .blockId("answer")
                .label(PlainTextObject.builder().text("Answer").build())
                .element(PlainTextInputElement.builder().actionId("text").build())
                .build());
        View form = View.builder().type("modal").blocks(blocks).build();
        View cut = FitView.within(form, FitView.LIMIT);
        assertThat(cut.getBlocks()).anyMatch(b -> b instanceof InputBlock);
        assertThat(cut.getBlocks().size()).isLessThan(61);
    }

    private static View view(int n) {
        List<LayoutBlock> blocks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            blocks.add(Blocks.section("block " + i + " " + "æ".repeat(2_900)));
        }
        return View.builder().type("home").blocks(blocks).build();
    }

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
