package io.newsgraph.extract.html;

import java.util.List;
import java.util.Locale;

/**
 * Removes the site name that pages append to (or put before) their headline in {@code <title>} and
 * og:title: "Headline | Outlet", "Headline - Outlet", "Outlet: Headline".
 */
final class TitleCleaner {
    private TitleCleaner() {}

    private static final List<String> SEPARATORS = List.of(" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " › ", " « ", " • ", " // ");

    /**
     * @param title     the raw title
     * @param siteNames names the site goes by (site_name, publisher, host label); may hold nulls
     */
    static String clean(String title, List<String> siteNames) {
        if (title == null) {
            return null;
        }
        String t = title.strip().replaceAll("\\s+", " ");
        // peel one site name or label per round; bounded, since titles come from the page
        for (int round = 0; round < MAX_ROUNDS; round++) {
            String peeled = peel(t, siteNames);
            if (peeled.equals(t)) {
                break;
            }
            t = peeled;
        }
        return t;
    }

    private static final int MAX_ROUNDS = 5;

    /** The title without one trailing site name or leading label, or the title itself. */
    private static String peel(String t, List<String> siteNames) {
        for (String sep : SEPARATORS) {
            int last = t.lastIndexOf(sep);
            if (last > 0) {
                String head = t.substring(0, last).strip();
                String tail = t.substring(last + sep.length()).strip();
                if (isSiteName(tail, siteNames) || (sep.equals(" | ") && words(tail) <= 4 && words(head) >= 3)) {
                    return head;
                }
            }
            int first = t.indexOf(sep);
            if (first > 0) {
                String head = t.substring(0, first).strip();
                String rest = t.substring(first + sep.length()).strip();
                // "Outlet: Headline", or a section label before a pipe ("Opinion | Headline")
                if (isSiteName(head, siteNames) || (sep.equals(" | ") && words(head) <= 2 && words(rest) >= 4)) {
                    return rest;
                }
            }
        }
        return t;
    }

    /**
     * The segment of a title (split at the usual separators) that is the page's visible headline,
     * so "Headline - Section - Outlet" becomes "Headline" when the {@code <h1>} says so; else null.
     */
    static String segmentMatching(String title, String headline) {
        if (title == null || headline == null) {
            return null;
        }
        String h = squash(headline);
        if (h.length() < 8 || h.equals(squash(title))) {
            return null;
        }
        for (String sep : SEPARATORS) {
            for (String segment : title.split(java.util.regex.Pattern.quote(sep))) {
                if (squash(segment).equals(h)) {
                    return segment.strip();
                }
            }
        }
        return null;
    }

    /** Whether the whole of {@code text} is one of the site's names (letters and digits compared). */
    static boolean isExactlySiteName(String text, List<String> siteNames) {
        String p = squash(text);
        for (String name : siteNames) {
            if (name != null && !p.isEmpty() && squash(name).equals(p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSiteName(String part, List<String> siteNames) {
        String p = squash(part);
        if (p.isEmpty()) {
            return false;
        }
        for (String name : siteNames) {
            if (name == null) {
                continue;
            }
            String n = squash(name);
            if (!n.isEmpty() && (p.equals(n) || p.contains(n) || (n.contains(p) && p.length() >= 3))) {
                return true;
            }
        }
        return false;
    }

    /** Letters and digits only, lower-cased: "The New York Times" and "nytimes" still differ, "NYTimes.com" ≈ "nytimes com". */
    private static String squash(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }
}
