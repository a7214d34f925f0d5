package io.newsgraph.entities;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The mentions of one article that share a referent, with the name features resolution compares,
 * immutable once built. A person's features are the first given name and the surname in normal spelling
 * ({@link NameKeys#personWords}); an organization's are the key of its fullest form (strong), the keys of
 * its shorter forms in the article (weak: "Islamic Jihad" beside "Palestinian Islamic Jihad") and its
 * acronyms (written, or the initials of its long form).
 *
 * @param type       what the group names
 * @param mentions   indexes into the article's mention list
 * @param forms      the forms written, with counts, and the referent
 * @param given      a person's first given name, or null when only the surname is written
 * @param surname    a person's surname (last name word)
 * @param strongKey  the key of an organization's or place's fullest form; null for an acronym alone
 * @param weakKeys   keys of its shorter forms
 * @param acronyms   acronyms it is written as or could be
 * @param ownKeys    what this group contributes to the context of the article's other groups
 * @param context    the other groups' keys
 */
record MentionGroup(EntityType type, String referent, List<Integer> mentions, Map<String, Integer> forms, String given,
                    String surname, String strongKey, Set<String> weakKeys, Set<String> acronyms, Set<String> ownKeys,
                    Set<String> context) {

    /** Groups an article's mentions by referent, in order of first mention. */
    static List<MentionGroup> of(List<Mention> mentions) {
        Map<String, List<Integer>> byKey = new LinkedHashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            String key = groupKey(mentions.get(i));
            if (key != null) byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
        List<MentionGroup> bare = new ArrayList<>();
        for (List<Integer> idx : byKey.values()) bare.add(build(mentions, idx));
        Set<String> all = new LinkedHashSet<>();
        for (MentionGroup g : bare) all.addAll(g.ownKeys());
        List<MentionGroup> out = new ArrayList<>();
        for (MentionGroup g : bare) {
            Set<String> ctx = new LinkedHashSet<>(all);
            ctx.removeAll(g.ownKeys());
            out.add(new MentionGroup(g.type, g.referent, g.mentions, g.forms, g.given, g.surname, g.strongKey, g.weakKeys,
                    g.acronyms, g.ownKeys, Set.copyOf(ctx)));
        }
        return out;
    }

    private static String groupKey(Mention m) {
        return switch (m.type()) {
            case PERSON -> {
                List<String> w = NameKeys.personWords(m.referent());
                yield w.isEmpty() ? null : "P|" + String.join(" ", w);
            }
            case ORG -> NameKeys.isAcronym(m.referent()) ? "A|" + NameKeys.acronymKey(m.referent()) : "O|" + NameKeys.orgKey(m.referent());
            case LOC -> "L|" + NameKeys.orgKey(m.referent());
        };
    }

    private static MentionGroup build(List<Mention> mentions, List<Integer> idx) {
        Mention first = mentions.get(idx.get(0));
        EntityType type = first.type();
        String referent = first.referent();
        Map<String, Integer> forms = new LinkedHashMap<>();
        for (int i : idx) {
            Mention m = mentions.get(i);
            forms.merge(m.text(), 1, Integer::sum);
            String bare = bareName(m.text());
            if (!bare.equals(m.text())) forms.merge(bare, 1, Integer::sum);
        }
        forms.putIfAbsent(referent, 1);
        Set<String> own = new LinkedHashSet<>();
        if (type == EntityType.PERSON) {
            List<String> w = NameKeys.personWords(referent);
            String surname = w.get(w.size() - 1);
            String given = w.size() >= 2 ? w.get(0) : null;
            own.add("p:" + NameKeys.skeleton(surname));
            return new MentionGroup(type, referent, List.copyOf(idx), forms, given, surname, null, Set.of(), Set.of(), own, Set.of());
        }
        Set<String> acronyms = new LinkedHashSet<>();
        Set<String> weak = new LinkedHashSet<>();
        String strong = null;
        if (NameKeys.isAcronym(referent)) {
            acronyms.add(NameKeys.acronymKey(referent));
        } else {
            strong = NameKeys.orgKey(referent);
            acronyms.addAll(NameKeys.acronymsOf(referent));
            for (String form : forms.keySet()) {
                if (NameKeys.isAcronym(form)) acronyms.add(NameKeys.acronymKey(form));
                else {
                    String k = NameKeys.orgKey(form);
                    if (!k.equals(strong) && !k.isEmpty()) weak.add(k);
                    acronyms.addAll(NameKeys.acronymsOf(form));
                }
            }
        }
        String prefix = type == EntityType.LOC ? "l:" : "o:";
        if (strong != null) own.add(prefix + strong);
        // only written acronyms tell one context from another; initials of long forms collide too often
        for (String form : forms.keySet()) if (NameKeys.isAcronym(form)) own.add("a:" + NameKeys.acronymKey(form));
        return new MentionGroup(type, referent, List.copyOf(idx), forms, null, null, strong, weak, acronyms, own, Set.of());
    }

    /** The name without the honorifics before it, as written: "Sayyed Ali Khamenei" → "Ali Khamenei". */
    static String bareName(String text) {
        String s = text;
        while (true) {
            int sp = s.indexOf(' ');
            if (sp < 0) return s;
            String head = NameKeys.fold(s.substring(0, sp)).replaceAll("[^a-z-]", "");
            if (!NameWords.HONORIFICS.contains(head)) return s;
            s = s.substring(sp + 1).strip();
        }
    }
}
