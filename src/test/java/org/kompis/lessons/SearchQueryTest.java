package org.kompis.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kompis.core.LessonSource;

class SearchQueryTest {

    @Test
    void wordsBecomeQuotedStringsJoinedWithAnd() {
        assertThat(SearchQuery.parse("deploy  Friday").fts5Match()).isEqualTo("\"deploy\" AND \"friday\"");
        assertThat(SearchQuery.parse("say \"hi\"").fts5Match()).isEqualTo("\"say\" AND \"hi\"");
        assertThat(SearchQuery.parse("NEAR(a b) {text}:x").fts5Match())
                .isEqualTo("\"near a\" AND \"b\" AND \"text x\"");
    }

    @Test
    void wordsInQuotesAreOnePhrase() {
        assertThat(SearchQuery.parse("\"daglig leder\" rutine").terms())
                .containsExactly(new SearchQuery.Term("daglig leder", false), new SearchQuery.Term("rutine", false));
        assertThat(SearchQuery.parse("«daglig leder»").fts5Match()).isEqualTo("\"daglig leder\"");
        assertThat(SearchQuery.parse("\"daglig led*\"").fts5Match()).isEqualTo("\"daglig led\"*");
        assertThat(SearchQuery.parse("\"daglig leder").terms()).hasSize(2);
    }

    @Test
    void trailingStarIsAPrefixOnlyAfterThreeLetters() {
        assertThat(SearchQuery.parse("dep*").fts5Match()).isEqualTo("\"dep\"*");
        assertThat(SearchQuery.parse("de*").fts5Match()).isEqualTo("\"de\"");
        assertThat(SearchQuery.parse("** * ***").fts5Match()).isNull();
    }

    @Test
    void quotesAroundAWordKeepItsPrefixStar() {
        assertThat(SearchQuery.parse("\"intranett*\"").terms())
                .containsExactly(new SearchQuery.Term("intranett", true));
        assertThat(SearchQuery.parse("\"intranett*\"").fts5Match()).isEqualTo("\"intranett\"*");
        assertThat(SearchQuery.parse("“rutine”").terms()).containsExactly(new SearchQuery.Term("rutine", false));
    }

    @Test
    void aWordIsFoundByItsFormsAndACompoundByItsParts() {
        String match = SearchQuery.parse("brukerundersøkelser").fts5Match();
        assertThat(match)
                .startsWith("(\"brukerundersøkelser\" OR ")
                .contains("\"brukerundersøk\"")
                .contains("(\"bruker\" OR \"bruk\") AND (");
    }

    @Test
    void functionWordsOnlyNarrowWhenThereIsNothingElse() {
        SearchQuery q = SearchQuery.parse("og the kanban på");
        assertThat(q.fts5Match())
                .isEqualTo(Fts5.word(new SearchQuery.Term("kanban", false)))
                .startsWith("(\"kanban\" OR");
        assertThat(q.terms()).hasSize(4);
        assertThat(SearchQuery.parse("og PA the").fts5Match()).isEqualTo("\"og\" AND \"pa\" AND \"the\"");
        assertThat(SearchQuery.parse("or ci/cd").fts5Match()).isEqualTo("\"ci cd\"");
    }

    @Test
    void norwegianAndSwedishFilterWordsAreFiltersToo() {
        SearchQuery nb = SearchQuery.parse("rutine kilde:aar fra:U1 i:C1");
        assertThat(nb.source()).isEqualTo(LessonSource.AAR);
        assertThat(nb.authorId()).isEqualTo("U1");
        assertThat(nb.channelId()).isEqualTo("C1");
        assertThat(nb.terms()).containsExactly(new SearchQuery.Term("rutine", false));
        SearchQuery sv = SearchQuery.parse("Källa:hattar från:@sven kanal:#team-hr");
        assertThat(sv.source()).isEqualTo(LessonSource.SIXHATS);
        assertThat(sv.authorName()).isEqualTo("sven");
        assertThat(sv.channelName()).isEqualTo("team-hr");
        assertThat(SearchQuery.parse("kilde:refleksjon").source()).isEqualTo(LessonSource.REFLECTION);
        assertThat(SearchQuery.parse("källa:lärpar").source()).isEqualTo(LessonSource.PAIRS);
        // An unknown source is a word, as with source:
        assertThat(SearchQuery.parse("kilde:ukjent").source()).isNull();
        assertThat(SearchQuery.parse("kilde:ukjent").hasWords()).isTrue();
    }

    @Test
    void tagsAreFiltersNotWords() {
        SearchQuery q = SearchQuery.parse("#Deploy retro #ci/cd,");
        assertThat(q.tags()).containsExactly("deploy", "ci/cd");
        assertThat(q.terms()).containsExactly(new SearchQuery.Term("retro", false));
        assertThat(q.fts5Match()).isEqualTo("\"retro\" AND {terms_tags} : \"deploy\" AND {terms_tags} : \"ci cd\"");
        assertThat(SearchQuery.parse("#ci").hasWords()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"in:<#C024BE91L|general>", "in:<#C024BE91L>", "in:C024BE91L", "IN:C024BE91L"})
    void channelFilterAcceptsSlackForms(String typed) {
        SearchQuery q = SearchQuery.parse(typed + " deploy");
        assertThat(q.channelId()).isEqualTo("C024BE91L");
        assertThat(q.channelName()).isNull();
        assertThat(q.terms()).extracting(SearchQuery.Term::text).containsExactly("deploy");
    }

    @Test
    void channelNameWaitsForTheSlackSide() {
        SearchQuery q = SearchQuery.parse("in:#general");
        assertThat(q.channelName()).isEqualTo("general");
        assertThat(q.unresolved()).isTrue();
        assertThat(q.withChannelId("C024BE91L").unresolved()).isFalse();
        assertThat(q.withChannelId("C024BE91L").channelId()).isEqualTo("C024BE91L");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "from:<@U024BE7LH|ada>",
                "from:<@U024BE7LH>",
                "from:U024BE7LH",
                "from:@U024BE7LH",
                "from:<@U024BE7LH|Ada Lovelace>"
            })
    void authorFilterAcceptsSlackForms(String typed) {
        SearchQuery q = SearchQuery.parse("deploy " + typed);
        assertThat(q.authorId()).isEqualTo("U024BE7LH");
        assertThat(q.terms()).extracting(SearchQuery.Term::text).containsExactly("deploy");
    }

    @Test
    void authorNameWaitsForTheSlackSide() {
        SearchQuery q = SearchQuery.parse("from:@ada");
        assertThat(q.authorName()).isEqualTo("ada");
        assertThat(q.authorId()).isNull();
        assertThat(q.withAuthorId("U024BE7LH").unresolved()).isFalse();
    }

    @Test
    void sourceIsCheckedAgainstKnownSources() {
        assertThat(SearchQuery.parse("source:AAR").source()).isEqualTo(LessonSource.AAR);
        SearchQuery unknown = SearchQuery.parse("source:jira");
        assertThat(unknown.source()).isNull();
        assertThat(unknown.fts5Match()).isEqualTo("\"source jira\"");
    }

    @Test
    void filtersWithoutValuesAreWords() {
        assertThat(SearchQuery.parse("in: from:@ source: #").terms())
                .extracting(SearchQuery.Term::text)
                .containsExactly("in:", "from:@", "source:");
        assertThat(SearchQuery.parse("in: from:@").channelId()).isNull();
    }

    @Test
    void lastRepeatedFilterWins() {
        SearchQuery q = SearchQuery.parse("in:C1AAA in:C2BBB source:aar source:pairs");
        assertThat(q.channelId()).isEqualTo("C2BBB");
        assertThat(q.source()).isEqualTo(LessonSource.PAIRS);
    }

    @Test
    void controlCharactersSplitWords() {
        assertThat(SearchQuery.parse("kafe\u0000latte\tbar\u0085x").terms())
                .extracting(SearchQuery.Term::text)
                .containsExactly("kafe", "latte", "bar", "x");
    }

    @Test
    void punctuationAndEmojiAloneAreNoWords() {
        SearchQuery q = SearchQuery.parse("!!! ... \"\" 😀 -- ^ :");
        assertThat(q.hasWords()).isFalse();
        assertThat(q.fts5Match()).isNull();
    }

    @Test
    void sizeIsBounded() {
        String many = String.join(" ", java.util.Collections.nCopies(50, "ord"));
        assertThat(SearchQuery.parse(many).terms()).hasSize(SearchQuery.MAX_WORDS);
        String tags = "#a1 #a2 #a3 #a4 #a5 #a6 #a7";
        assertThat(SearchQuery.parse(tags).tags()).hasSize(SearchQuery.MAX_TAGS);
        String huge = "x".repeat(SearchQuery.MAX_INPUT - 1) + "😀" + "y".repeat(5000);
        assertThat(SearchQuery.parse(huge).terms().get(0).text()).hasSize(SearchQuery.MAX_INPUT - 1);
    }

    @Test
    void nothingTypedIsAnEmptyQuery() {
        for (String typed : new String[] {null, "", "   "}) {
            SearchQuery q = SearchQuery.parse(typed);
            assertThat(q.terms()).isEqualTo(List.of());
            assertThat(q.fts5Match()).isNull();
            assertThat(q.unresolved()).isFalse();
        }
    }
}
