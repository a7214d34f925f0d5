package io.newsgraph.entities;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Block keys and name tests for persons. A full name is filed under its given-name and surname skeletons
 * together ("GS:zd|nkhl"), and, so that a misspelling still meets it, under each skeleton with one
 * letter deleted beside the other whole one (symmetric deletion: two skeletons one edit apart share a
 * key). A surname alone is filed under "S:" only. Stateless.
 */
final class PersonBlocks {
    private PersonBlocks() {}

    static String exactKey(String given, String surname) {
        return "GS:" + NameKeys.skeleton(given) + "|" + NameKeys.skeleton(surname);
    }

    static String surnameKey(String surname) {
        return "S:" + NameKeys.skeleton(surname);
    }

    /** The keys under which a misspelt given name or surname of this name is filed. */
    static Set<String> nearKeys(String given, String surname) {
        Set<String> out = new LinkedHashSet<>();
        String g = NameKeys.skeleton(given);
        String s = NameKeys.skeleton(surname);
        for (String d : withDeletions(s)) out.add("GD:" + g + "|" + d);
        for (String d : withDeletions(g)) out.add("DS:" + d + "|" + s);
        return out;
    }

    /** Where persons known only by a surname are filed besides {@link #surnameKey}: a small block to check first. */
    static String surnameOnlyKey(String surname) {
        return "S0:" + NameKeys.skeleton(surname);
    }

    static Set<String> keys(EntityState e) {
        Set<String> out = new LinkedHashSet<>();
        for (String s : e.surnames) {
            out.add(surnameKey(s));
            if (e.isPartial()) out.add(surnameOnlyKey(s));
            for (String g : e.givens) {
                out.add(exactKey(g, s));
                out.addAll(nearKeys(g, s));
            }
        }
        return out;
    }

    /** How two names match: 2 strictly ({@link NameKeys#sameWordStrictly}), 1 only through an "e", 0 not. */
    static int sameName(EntityState e, String given, String surname) {
        return Math.min(match(e.givens, given), match(e.surnames, surname));
    }

    private static int match(Set<String> words, String w) {
        int best = 0;
        for (String x : words) {
            if (NameKeys.sameWordStrictly(x, w)) return 2;
            if (NameKeys.sameWord(x, w)) best = 1;
        }
        return best;
    }

    /** One of the two words the same, the other one or two letters off. */
    static boolean nearName(EntityState e, String given, String surname) {
        return anySame(e.givens, given) && anyNear(e.surnames, surname)
                || anySame(e.surnames, surname) && anyNear(e.givens, given);
    }

    static boolean sameSurname(EntityState e, String surname) {
        return anySame(e.surnames, surname);
    }

    private static boolean anySame(Set<String> words, String w) {
        for (String x : words) if (NameKeys.sameWord(x, w)) return true;
        return false;
    }

    private static boolean anyNear(Set<String> words, String w) {
        for (String x : words) if (NameKeys.nearWord(x, w)) return true;
        return false;
    }

    private static Set<String> withDeletions(String skeleton) {
        Set<String> out = new LinkedHashSet<>();
        out.add(skeleton);
        // a skeleton of one or two consonants is too short to misspell safely, and its deletions match everyone
        if (skeleton.length() < 3) return out;
        for (int i = 0; i < skeleton.length(); i++) out.add(skeleton.substring(0, i) + skeleton.substring(i + 1));
        return out;
    }
}
