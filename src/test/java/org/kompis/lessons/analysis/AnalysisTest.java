package org.kompis.lessons.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnalysisTest {
    static final Analysis A = Analysis.shared();

    /** True when some form of the query word is among the lesson word's terms, or all its parts are. */
    static boolean finds(String query, String text) {
        Analysis.Field f = A.field(text);
        Set<String> terms = new HashSet<>(f.exact());
        terms.addAll(f.derived());
        Analysis.Word w = A.word(Words.of(query).get(0));
        return w.forms().stream().anyMatch(terms::contains)
                || !w.parts().isEmpty()
                        && w.parts().stream().allMatch(p -> p.stream().anyMatch(terms::contains));
    }

    @Test
    void wordsKeepNordicLettersAndDropOtherAccents() {
        assertThat(Words.of("Kafé i ÖSTERSUND, ci/cd; Tromsø 2024 İstanbul Ærlig Ålesund"))
                .containsExactly(
                        "kafe", "i", "östersund", "ci", "cd", "tromsø", "2024", "istanbul", "ærlig", "ålesund");
        assertThat(Words.of("cafe\u0301 a\u030Angstrom")).containsExactly("cafe", "ångstrom");
        assertThat(Words.of("😀 -- ")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "intranett, intranettet",
        "rutine, rutinene",
        "veileder, veilederen",
        "möte, mötet",
        "handledning, handledningen",
        "report, reports",
        "reporting, report",
        "dokumentasjon, dokumentasjonen",
        "tilbakemeldinger, tilbakemelding",
        "kommune, kommunene"
    })
    void otherInflectionsMeet(String query, String text) {
        assertThat(finds(query, text)).as(query + " finds " + text).isTrue();
        assertThat(finds(text, query)).as(text + " finds " + query).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        "dokumentasjon, dokumentation",
        "møte, möte",
        "prosess, processen",
        "prosjekt, projektet",
        "kunnskap, kunskap",
        "kommune, kommun",
        "informasjon, informationen",
        "kommunikasjon, kommunikation"
    })
    void neighbourLanguagesMeet(String query, String text) {
        assertThat(finds(query, text)).as(query + " finds " + text).isTrue();
        assertThat(finds(text, query)).as(text + " finds " + query).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        "undersøkelse, brukerundersøkelse", "bruker, brukerundersøkelsen", "träff, arbetsplatsträff",
        "arbetsplats, arbetsplatsträffen", "plats, arbetsplatsträff", "veiledning, veiledningssamtale"
    })
    void compoundPartsAreFound(String query, String text) {
        assertThat(finds(query, text)).as(query + " finds " + text).isTrue();
    }

    @Test
    void withoutNordicLettersStillFinds() {
        assertThat(finds("ostersund", "Östersund")).isTrue();
        assertThat(finds("malmö", "Malmo")).isTrue();
        assertThat(finds("kafe", "kafé")).isTrue();
    }

    @Test
    void unrelatedWordsDoNotMeet() {
        assertThat(finds("møte", "mot")).isFalse();
        assertThat(finds("svar", "ansvar")).isFalse();
        assertThat(finds("plan", "planet")).isTrue();
        assertThat(finds("rapport", "rapp")).isFalse();
    }

    @Test
    void compoundsSplitIntoDictionaryWordsOnly() {
        Decompounder d = new Decompounder(Set.of("bruker", "undersøkelse", "arbete", "plats", "träff", "under"));
        assertThat(d.parts("brukerundersøkelse")).containsExactly("bruker", "undersøkelse");
        assertThat(d.parts("arbetsplatsträff")).containsExactly("arbete", "plats", "träff");
        assertThat(d.parts("underbar")).isEmpty();
        assertThat(d.parts("bruker")).isEmpty();
    }

    @Test
    void fieldsKeepTheWrittenOrderAndDeriveTheRest() {
        Analysis.Field f = A.field("Rutinene for intranettet");
        assertThat(f.exact()).containsExactly("rutinene", "for", "intranettet");
        assertThat(f.derived()).contains("rutin", "intranet").doesNotContain("rutinene", "intranettet");
    }
}
