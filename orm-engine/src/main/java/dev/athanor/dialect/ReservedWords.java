package dev.athanor.dialect;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Reserved-word lists for identifier quoting. Dialects whose databases fold unquoted names to
 * upper case use their own exact list, because quoting a name there changes its case; the others
 * share a generous list, where quoting one word too many is harmless.
 */
public final class ReservedWords {
    /** SQL:2016 reserved words that most databases reject as bare identifiers. */
    public static final Set<String> ANSI = words("""
            all alter and any array as asc asymmetric authorization between both by case cast check
            collate column constraint create cross cube current current_date current_time
            current_timestamp current_user default delete desc distinct drop else end except exists
            false fetch for foreign from full grant group having in inner insert intersect interval
            into is join lateral leading left like limit localtime localtimestamp natural not null
            of offset on only or order outer over partition primary range references right row rows
            select session_user set some symmetric table then to trailing true union unique user
            using values when where window with""");

    private ReservedWords() {
    }

    /** Splits a whitespace-separated list into a lower-case set. */
    public static Set<String> words(String list) {
        Set<String> words = new HashSet<>();
        Arrays.stream(list.trim().split("\\s+")).map(w -> w.toLowerCase(Locale.ROOT)).forEach(words::add);
        return Set.copyOf(words);
    }

    /** The ANSI list plus dialect-specific words. */
    public static Set<String> ansiPlus(String extra) {
        Set<String> words = new HashSet<>(ANSI);
        words.addAll(words(extra));
        return Set.copyOf(words);
    }
}
