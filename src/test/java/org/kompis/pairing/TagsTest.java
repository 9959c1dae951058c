package org.kompis.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Free tags made comparable, stored lists, and mentions in command text. */
class TagsTest {

    @Test
    void typedTagsBecomeLowercaseSingleSpacedAndUnique() {
        assertThat(Tags.parse(" Excel, #Klarspråk ;excel\nPlain   Language,, "))
                .containsExactly("excel", "klarspråk", "plain language");
        assertThat(Tags.parse(null)).isEmpty();
        assertThat(Tags.parse("x".repeat(80)))
                .singleElement()
                .satisfies(t -> assertThat(t).hasSize(Tags.MAX_TAG_LENGTH));
        assertThat(Tags.countTyped("a, b, #, c")).isEqualTo(3);
    }

    @Test
    void unitsCompareLikeTags() {
        assertThat(Tags.unit(" Oppvekst  og   skole ")).isEqualTo(Tags.unit("oppvekst og skole"));
        assertThat(Tags.unit(null)).isEmpty();
    }

    @Test
    void mentionsAreReadInBothShapesSlackSends() {
        assertThat(Tags.mentions("on <@U123|anna> <@W456> <@U123> <#C1|general> @per"))
                .containsExactly("U123", "W456");
    }

    @Test
    void storedListsRoundTrip() {
        assertThat(Tags.split(Tags.join(java.util.List.of("a b", "c")))).containsExactly("a b", "c");
        assertThat(Tags.split("")).isEmpty();
    }
}
