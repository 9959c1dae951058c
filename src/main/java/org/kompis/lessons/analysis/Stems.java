package org.kompis.lessons.analysis;

import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.no.NorwegianLightStemmer;
import org.apache.lucene.analysis.sv.SwedishLightStemmer;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.NorwegianStemmer;
import org.tartarus.snowball.ext.SwedishStemmer;

/**
 * A word's stems in every language Kompis speaks, each folded to one Nordic spelling. The writer's language is not
 * known (and a lesson may mix them), so every word gets the Norwegian (bokmål and nynorsk), Swedish and English
 * stems; light and Snowball stemmers disagree on some forms ("dokumentasjon" / "dokumentasjonen"), so both are
 * taken. The fold ({@link #skeleton}) makes shared words meet across the border: dokumentation and dokumentasjon,
 * möte and møte, intranät and intranett, process and prosess, projekt and prosjekt, kunskap and kunnskap.
 */
final class Stems {
    private static final NorwegianLightStemmer NB_LIGHT =
            new NorwegianLightStemmer(NorwegianLightStemmer.BOKMAAL | NorwegianLightStemmer.NYNORSK);
    private static final SwedishLightStemmer SV_LIGHT = new SwedishLightStemmer();
    // Snowball stemmers keep state between calls: one set per thread.
    private static final ThreadLocal<SnowballStemmer[]> SNOWBALL = ThreadLocal.withInitial(
            () -> new SnowballStemmer[] {new NorwegianStemmer(), new SwedishStemmer(), new EnglishStemmer()});

    private Stems() {}

    /** The folded stems of a normalised word, and the folded word itself. */
    static Set<String> of(String word) {
        Set<String> out = new LinkedHashSet<>();
        out.add(skeleton(word));
        if (word.length() < 3 || !word.chars().allMatch(Character::isLetter)) {
            return out;
        }
        char[] buffer = word.toCharArray();
        out.add(skeleton(new String(buffer, 0, NB_LIGHT.stem(buffer, buffer.length))));
        buffer = word.toCharArray();
        out.add(skeleton(new String(buffer, 0, SV_LIGHT.stem(buffer, buffer.length))));
        for (SnowballStemmer s : SNOWBALL.get()) {
            s.setCurrent(word);
            s.stem();
            out.add(skeleton(s.getCurrent()));
        }
        out.removeIf(String::isEmpty);
        return out;
    }

    /**
     * One spelling for Norwegian and Swedish: ä and æ are e (nät and nett, lära and lære), ö is ø, -tion is -sjon,
     * sj is j, c is s or k, ck is kk, an initial hv is v, aa is å, and double letters are single.
     */
    static String skeleton(String stem) {
        String s = stem.replace("tion", "sjon").replace("aa", "å").replace("sj", "j");
        if (s.startsWith("hv")) {
            s = s.substring(1);
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
            char mapped = switch (c) {
                case 'ä', 'æ' -> 'e';
                case 'ö' -> 'ø';
                case 'c' -> next == 'e' || next == 'i' || next == 'y' ? 's' : 'k';
                default -> c;
            };
            if (out.length() == 0 || out.charAt(out.length() - 1) != mapped) {
                out.append(mapped);
            }
        }
        return out.toString();
    }
}
