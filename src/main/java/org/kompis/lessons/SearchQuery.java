package org.kompis.lessons;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.kompis.core.LessonSource;
import org.kompis.lessons.analysis.Words;

/**
 * What a person typed after {@code /lessons}, read into words and filters (their nb and sv words too: {@link
 * FilterWords}). Every input is a valid query: filters
 * whose value cannot be read, and unknown {@code source:} values, are searched as plain words, and words only ever
 * reach FTS5 as quoted strings (see {@link #fts5Match()}), so no typed text is FTS5 syntax.
 *
 * <p>Filters: {@code #tag}; {@code in:<#C123|name>}, {@code in:<#C123>}, {@code in:C123} or {@code in:#name};
 * {@code source:aar}; {@code from:<@U123|name>}, {@code from:<@U123>}, {@code from:U123} or {@code from:@name}.
 * Names are not ids: the Slack side resolves {@link #channelName()} and {@link #authorName()} and passes the ids back
 * with {@link #withChannelId} and {@link #withAuthorId}. A repeated filter keeps its last value; tags add up (AND).
 *
 * <p>A word ending in '*' with at least three letters before it is a prefix ("depl*" finds "deployment"): a
 * two-letter prefix matches so many words that FTS5 took 100 ms for it at a million lessons.
 */
public final class SearchQuery {
    /** Bounds the work one query can ask of FTS5 (one AND per word); a pasted page is not a question anyway. */
    static final int MAX_INPUT = 1000;

    static final int MAX_WORDS = 8;
    static final int MAX_TAGS = 5;

    /** A word as typed (not yet quoted) and whether it ended in a prefix '*'. */
    public record Term(String text, boolean prefix) {}

    private final List<Term> terms;
    private final Set<String> tags;
    private final String channelId;
    private final String channelName;
    private final LessonSource source;
    private final String authorId;
    private final String authorName;

    private SearchQuery(
            List<Term> terms,
            Set<String> tags,
            String channelId,
            String channelName,
            LessonSource source,
            String authorId,
            String authorName) {
        this.terms = List.copyOf(terms);
        this.tags = Collections.unmodifiableSet(new LinkedHashSet<>(tags));
        this.channelId = channelId;
        this.channelName = channelName;
        this.source = source;
        this.authorId = authorId;
        this.authorName = authorName;
    }

    public static SearchQuery parse(String typed) {
        String text = typed == null ? "" : typed;
        if (text.length() > MAX_INPUT) {
            text = text.substring(0, Character.isLowSurrogate(text.charAt(MAX_INPUT)) ? MAX_INPUT - 1 : MAX_INPUT);
        }
        // FTS5 reads its query up to the first NUL byte: a control character must never get that far.
        text = text.replaceAll("\\p{Cc}", " ");
        List<Term> terms = new ArrayList<>();
        Set<String> tags = new LinkedHashSet<>();
        QueryFilters f = new QueryFilters();
        for (String token : QueryTokens.split(text)) {
            String in = FilterWords.after(token, FilterWords.CHANNEL);
            String from = FilterWords.after(token, FilterWords.AUTHOR);
            String source = FilterWords.after(token, FilterWords.SOURCE);
            boolean filter =
                    in != null && f.channel(in) || from != null && f.author(from) || source != null && f.source(source);
            if (filter) {
                continue;
            }
            if (token.startsWith("#") && Tags.one(token).isPresent()) {
                if (tags.size() < MAX_TAGS) {
                    tags.add(Tags.one(token).orElseThrow());
                }
                continue;
            }
            word(token, terms);
        }
        return new SearchQuery(terms, tags, f.channelId, f.channelName, f.source, f.authorId, f.authorName);
    }

    private static void word(String token, List<Term> terms) {
        // Quotes around a word are how people mark it; they must not hide a trailing '*' ("intranett*").
        String unquoted = token.replaceAll("^[\"“”„«»]+|[\"“”„«»]+$", "");
        String base = unquoted;
        while (base.endsWith("*")) {
            base = base.substring(0, base.length() - 1);
        }
        if (terms.size() >= MAX_WORDS || !Tags.hasWordChar(base)) {
            return;
        }
        boolean prefix = base.length() < unquoted.length()
                && base.codePoints().filter(Tags::isWordChar).count() >= 3;
        terms.add(new Term(base, prefix));
    }

    /**
     * The FTS5 MATCH expression ({@link Fts5}), or null when there is nothing for the index to match. Each word is
     * the OR of its analysed forms, each an FTS5 string of letters and digits only, so operators, column filters and
     * brackets in typed text never reach FTS5; the words are ANDed. Function words ({@link Stopwords}) are left out
     * unless the query has nothing else: they still count in the ranking. Tags also narrow through the tags column;
     * {@link LessonSearch} compares whole tags.
     */
    public String fts5Match() {
        return match(false);
    }

    /** The words as the old, unanalysed index matches them (tags are checked in SQL anyway). */
    String rawMatch() {
        return Fts5.rawMatch(terms);
    }

    /** The same words ORed: what finds the best partial matches when no lesson has them all. */
    String fts5AnyMatch() {
        return match(true);
    }

    private String match(boolean any) {
        List<String> words = new ArrayList<>();
        boolean onlyStopwords = terms.stream().allMatch(t -> !t.prefix() && Stopwords.is(t.text()));
        for (Term t : terms) {
            if (onlyStopwords || t.prefix() || !Stopwords.is(t.text())) {
                String m = Fts5.word(t);
                if (m != null) {
                    words.add(m);
                }
            }
        }
        List<String> parts = new ArrayList<>();
        if (!words.isEmpty()) {
            parts.add(any && words.size() > 1 ? "(" + String.join(" OR ", words) + ")" : String.join(" AND ", words));
        }
        for (String tag : tags) {
            String phrase = Fts5.phrase(Words.of(tag));
            if (phrase != null) {
                parts.add("{terms_tags} : " + phrase);
            }
        }
        return parts.isEmpty() ? null : String.join(" AND ", parts);
    }

    public List<Term> terms() {
        return terms;
    }

    public boolean hasWords() {
        return !terms.isEmpty();
    }

    public Set<String> tags() {
        return tags;
    }

    /** The {@code in:} channel id, or null. */
    public String channelId() {
        return channelId;
    }

    /** The {@code in:#name} as typed, without '#', for the Slack side to resolve; null when an id was given. */
    public String channelName() {
        return channelName;
    }

    public LessonSource source() {
        return source;
    }

    public String authorId() {
        return authorId;
    }

    /** The {@code from:@name} as typed, without '@', for the Slack side to resolve; null when an id was given. */
    public String authorName() {
        return authorName;
    }

    /** True while a name filter waits for its id: such a query finds nothing rather than ignoring the filter. */
    public boolean unresolved() {
        return channelName != null && channelId == null || authorName != null && authorId == null;
    }

    /** The same filters with other words (a typo replaced by the nearest written word). */
    SearchQuery withTerms(List<Term> words) {
        return new SearchQuery(words, tags, channelId, channelName, source, authorId, authorName);
    }

    public SearchQuery withChannelId(String id) {
        return new SearchQuery(terms, tags, id, id == null ? channelName : null, source, authorId, authorName);
    }

    public SearchQuery withAuthorId(String id) {
        return new SearchQuery(terms, tags, channelId, channelName, source, id, id == null ? authorName : null);
    }
}
