package io.newsgraph.extract.text;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The page's own name, when it prints one at the top: the first line of the page if it reads like a
 * name ("Daily Ledger", "The Office of the Prime Minister") and either comes back later in the page
 * (header and footer) or stands apart above the headline. Failing that, the name a page gives its own
 * numbered series when it cites an earlier item of it: a page headed "Special Dispatch No. 7" that
 * cites "Northern Ledger Special Dispatch No. 3" is Northern Ledger's. Never guesses a name that is not printed.
 */
final class OutletFinder {
    private OutletFinder() {}

    private static final int MAX_WORDS = 7;
    /** Small words that may stay lower-case inside a name. */
    private static final Set<String> NAME_JOINERS = Set.of("of", "the", "and", "for", "on", "in", "&", "de", "du",
            "la", "le", "al", "el", "di", "da", "der", "des", "van", "von");
    /** Interface words that open many page dumps and are never a name. */
    private static final Pattern UI_WORDS = Pattern.compile(
            "(?i)^(?:skip|menu|home|search|sign|log|subscribe|open|close|toggle|navigation|main|advertisement)\\b.*");

    static String find(List<Line> lines, List<LineKind> kinds, int titleLine) {
        String name = printedAtTop(lines, kinds, titleLine);
        return name != null ? name : namedBySeries(lines, titleLine);
    }

    /** How far past the headline the page's own item label ("Special Dispatch No. 7") may stand: the header block. */
    private static final int HEADER_LINES_AFTER_TITLE = 8;
    /** A numbered series label: one to four capitalised words, then "No." and a number. */
    private static final Pattern SERIES_LABEL = Pattern.compile("\\b((?:\\p{Lu}\\p{L}+ ){1,4})No\\. ?(\\d+)\\b");

    private static String namedBySeries(List<Line> lines, int titleLine) {
        int headerEnd = Math.min(lines.size(), Math.max(0, titleLine) + HEADER_LINES_AFTER_TITLE);
        for (int i = 0; i < headerEnd; i++) {
            Matcher own = SERIES_LABEL.matcher(lines.get(i).text());
            while (own.find()) {
                String series = own.group(1).strip();
                // the same series, another number, right after a run of capitalised words: that run names the publisher
                Pattern cited = Pattern.compile("(?:^|[^\\p{L}])((?:\\p{Lu}[\\p{L}&]*\\.? ){1,4})" + Pattern.quote(series)
                        + " No\\. ?(\\d+)");
                for (Line line : lines) {
                    Matcher m = cited.matcher(line.text());
                    while (m.find()) {
                        String publisher = m.group(2).equals(own.group(2)) ? null : citedTwice(m.group(1).strip(), lines);
                        if (publisher != null) return publisher;
                    }
                }
            }
        }
        return null;
    }

    /**
     * The longest tail of {@code words} that the page writes at least twice: a publisher cites itself more
     * than once, while a sentence's first word ("See Northern Ledger …") is not part of its name. Null when none.
     */
    private static String citedTwice(String words, List<Line> lines) {
        String[] w = words.split(" ");
        for (int start = 0; start < w.length; start++) {
            String tail = String.join(" ", java.util.Arrays.copyOfRange(w, start, w.length));
            Pattern whole = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(tail) + "(?![\\p{L}\\p{N}])");
            int seen = 0;
            for (Line line : lines) {
                Matcher m = whole.matcher(line.text());
                while (m.find()) seen++;
            }
            if (seen >= 2 && !UI_WORDS.matcher(tail).matches()) return tail;
        }
        return null;
    }

    private static String printedAtTop(List<Line> lines, List<LineKind> kinds, int titleLine) {
        int first = 0;
        while (first < lines.size() && lines.get(first).blank()) {
            first++;
        }
        if (first >= lines.size() || titleLine <= first || lines.get(first).bullet()) {
            return null;
        }
        String name = lines.get(first).text();
        if (!looksLikeName(name)) {
            return namedInFooter(lines, kinds, titleLine);
        }
        boolean repeated = false;
        for (int i = first + 1; i < lines.size(); i++) {
            repeated |= lines.get(i).text().equals(name);
        }
        boolean standsApart = false;
        for (int i = first + 1; i < titleLine; i++) {
            standsApart |= !lines.get(i).blank();
        }
        return repeated || standsApart ? name : namedInFooter(lines, kinds, titleLine);
    }

    /** A name-like header line that the copyright footer repeats ("Copyright 2024 Northern Ledger"). */
    private static String namedInFooter(List<Line> lines, List<LineKind> kinds, int titleLine) {
        for (int i = 0; i < titleLine; i++) {
            String name = lines.get(i).text();
            if (lines.get(i).bullet() || !looksLikeName(name)) {
                continue;
            }
            for (int j = titleLine + 1; j < lines.size(); j++) {
                if (kinds.get(j) == LineKind.FOOTER && lines.get(j).text().contains(name)) {
                    return name;
                }
            }
        }
        return null;
    }

    static boolean looksLikeName(String text) {
        String[] words = text.split("\\s+");
        if (words.length < 2 || words.length > MAX_WORDS || UI_WORDS.matcher(text).matches()) {
            return false;
        }
        if (!text.matches("[\\p{L}&'\u2019. -]+") || text.endsWith(".")) {
            return false;
        }
        for (String w : words) {
            if (!Character.isUpperCase(w.charAt(0)) && !NAME_JOINERS.contains(w.toLowerCase())) {
                return false;
            }
        }
        return Character.isUpperCase(words[0].charAt(0));
    }
}
