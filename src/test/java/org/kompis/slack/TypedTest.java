package org.kompis.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Guarantee 11: input is normalised before it is stored, and otherwise kept as written. */
class TypedTest {
    @Test
    void controlCharactersOverridesAndZeroWidthSpacesGoAndLoneSurrogatesAreReplaced() {
        assertThat(Typed.normalise("a\u0000b")).isEqualTo("ab");
        assertThat(Typed.normalise("evil\u202Etxt.exe")).isEqualTo("eviltxt.exe");
        assertThat(Typed.normalise("\u2067isolated\u2069")).isEqualTo("isolated");
        assertThat(Typed.normalise("zero\u200Bwidth\uFEFF")).isEqualTo("zerowidth");
        assertThat(Typed.normalise("lone \uD800 high")).isEqualTo("lone \uFFFD high");
        assertThat(Typed.normalise("lone \uDC00")).isEqualTo("lone \uFFFD");
    }

    @Test
    void everythingElseIsKeptAsWritten() {
        String written = "Blåbær og smörgås\tÆØÅ\nשלום 👩\u200D💻 <!channel> *bold*\r\n";
        assertThat(Typed.normalise(written)).isSameAs(written);
    }
}
