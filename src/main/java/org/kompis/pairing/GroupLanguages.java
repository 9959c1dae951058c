package org.kompis.pairing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.kompis.i18n.Lang;

/**
 * The language(s) a group's messages are written in, as stored with the group: one code ("nb") when everyone
 * speaks it, else each member's own language joined by "+" ("sv+en"), so that a mixed group gets the intro and
 * the follow-up in every member's language, one after the other, instead of one only some of them read.
 */
final class GroupLanguages {
    private GroupLanguages() {}

    static String code(List<Lang> langs) {
        return String.join("+", langs.stream().map(Lang::code).distinct().toList());
    }

    static List<Lang> parse(String code, Lang fallback) {
        List<Lang> out = new ArrayList<>();
        if (code != null) {
            Arrays.stream(code.split("\\+"))
                    .map(Lang::parse)
                    .forEach(l -> l.filter(x -> !out.contains(x)).ifPresent(out::add));
        }
        return out.isEmpty() ? List.of(fallback) : out;
    }
}
