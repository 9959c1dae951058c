package org.kompis.sixhats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HatTest {

    @Test
    void canonicalOrderIsDeBonosWithBlueLast() {
        assertThat(Hat.canonical()).containsExactly(Hat.WHITE, Hat.RED, Hat.BLACK, Hat.YELLOW, Hat.GREEN, Hat.BLUE);
    }

    @Test
    void everyHatHasItsOwnSlackShortcode() {
        assertThat(Hat.canonical())
                .extracting(Hat::emoji)
                .doesNotHaveDuplicates()
                .allMatch(e -> e.matches(":[a-z_]+:"));
    }

    @Test
    void keysFollowTheBundleScheme() {
        assertThat(Hat.BLACK.nameKey()).isEqualTo("sixhats.hat.black.name");
        assertThat(Hat.BLACK.asksKey()).isEqualTo("sixhats.hat.black.asks");
        assertThat(Hat.BLUE.id()).isEqualTo("blue");
    }
}
