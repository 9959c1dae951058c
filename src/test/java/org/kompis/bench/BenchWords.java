package org.kompis.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A few thousand Norwegian/Swedish/English-like words drawn with a Zipf distribution (s = 1): real function words
 * take the top ranks, so common words are in most lessons, as in real text.
 */
final class BenchWords {
    private static final String REAL = """
      og i det som er på en til at the of and to a in is for that att och med av for ikke inte not har vi we you
      du kan can will skal ska var was it den de jeg jag from om about men but når när when team teamet lesson
      læring lärande learning deploy deployment release rollback test testing review kodegjennomgang kodgranskning
      retro retrospektiv møte möte meeting kunde customer kunden feil fel bug incident hendelse incident postmortem
      kafé kaffe café östersund tromsø malmö göteborg bergen stockholm oslo måndag mandag monday fredag friday
      prosjekt projekt project planlegging planering planning estimat estimate sprint backlog kanban standup
      dokumentasjon dokumentation documentation onboarding mentor parprogrammering pairing feedback tilbakemelding
      återkoppling kommunikasjon kommunikation communication ansvar responsibility eierskap ägarskap ownership
      overvåking övervakning monitoring alarm larm alert database databas migrering migration ytelse prestanda
      performance sikkerhet säkerhet security tilgang åtkomst access brukere användare users arkitektur
      architecture skjema schema kø kö queue hurtigbuffer cache nettverk nätverk network""";
    private static final String[] ONSETS = {
        "b", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "br", "dr", "fl", "gr", "kl", "kr",
        "pl", "sk", "sl", "sn", "sp", "st", "str", "tr", "sj", "th", "ch", "w"
    };
    private static final String[] VOWELS = {
        "a", "e", "i", "o", "u", "y", "æ", "ø", "å", "ä", "ö", "ei", "ou", "ee", "ai", "ea", "ie"
    };
    private static final String[] CODAS = {
        "", "", "n", "r", "s", "t", "l", "k", "m", "nd", "ng", "st", "rt", "kk", "ll", "tt", "ck", "sh", "rd", "ft"
    };

    final String[] words;
    private final double[] cumulative;

    BenchWords(int size, Random random) {
        Set<String> vocab = new LinkedHashSet<>(Arrays.asList(REAL.trim().split("\\s+")));
        while (vocab.size() < size) {
            StringBuilder w = new StringBuilder();
            int syllables = 1 + random.nextInt(3);
            for (int s = 0; s < syllables; s++) {
                w.append(pick(ONSETS, random)).append(pick(VOWELS, random)).append(pick(CODAS, random));
            }
            vocab.add(w.toString());
        }
        words = vocab.stream().limit(size).toArray(String[]::new);
        cumulative = new double[words.length];
        double sum = 0;
        for (int i = 0; i < words.length; i++) {
            sum += 1.0 / (i + 1);
            cumulative[i] = sum;
        }
        for (int i = 0; i < words.length; i++) {
            cumulative[i] /= sum;
        }
    }

    String next(Random random) {
        int i = Arrays.binarySearch(cumulative, random.nextDouble());
        return words[Math.min(words.length - 1, i >= 0 ? i : -i - 1)];
    }

    String sentence(Random random, int min, int max) {
        int n = min + random.nextInt(max - min + 1);
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(next(random));
        }
        String s = String.join(" ", out);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1) + ".";
    }

    private static String pick(String[] options, Random random) {
        return options[random.nextInt(options.length)];
    }
}
