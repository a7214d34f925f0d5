package io.newsgraph.extract.html.meta;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Removes the site name from a page title: " | Site", " - Site", " — Site", "Site: …", "Site » …". A part is
 * the site's when it matches one of the site names given (publisher, og:site_name, host name or its main
 * label). When no part matches, a last part after " | " or " - " that is much shorter than the rest and at
 * most a few words is taken as the site part too.
 */
final class TitleCleaner {
    private TitleCleaner() {}

    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—·•»«/:]+\\s+|\\s*\\|\\s*|\\s+::\\s+");
    private static final Pattern PREFIX_COLON = Pattern.compile("^([^:]{2,40}):\\s+(.+)$");
    /**
     * "标题-新华网": Chinese, Japanese and Korean titles glue a short site name on with a separator and no
     * spaces, where a Latin-script "Covid-19" must not be split.
     */
    private static final Pattern CJK_GLUED_TAIL = Pattern.compile(
            "^(.*[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}！？。」』）])[-_|｜]([^-_|｜\\s]{1,8})$");
    private static final int MAX_SITE_WORDS = 4;
    private static final int MAX_DATE_PART = 20;

    static String clean(String title, List<String> siteNames) {
        return clean(title, siteNames, true);
    }

    /**
     * @param guessShortParts also drop an unknown short part after " | " or " - " (or before " | "); off for
     *                        visible headlines, whose short tails ("– so geht's!") belong to them
     */
    static String clean(String title, List<String> siteNames, boolean guessShortParts) {
        String t = Texts.clean(title);
        if (t == null) {
            return null;
        }
        List<String> keys = new ArrayList<>();
        for (String s : siteNames) {
            String k = key(s);
            if (k != null && k.length() >= 2) {
                keys.add(k);
            }
        }
        t = stripGluedSiteName(t, siteNames);
        var cjk = CJK_GLUED_TAIL.matcher(t);
        if (guessShortParts && !isAscii(t) && cjk.matches() && cjk.group(1).length() >= 3 * cjk.group(2).length()) {
            t = cjk.group(1);
        }
        List<String> parts = new ArrayList<>(Arrays.asList(SEPARATOR.split(t)));
        parts.removeIf(p -> p.isBlank());
        if (parts.size() > 1) {
            List<String> kept = new ArrayList<>(parts);
            int firstSite = indexOfSite(parts, keys);
            if (firstSite > 0) {
                // "Headline : Site | Tagline | Since 2005": what follows the site name is the site's too
                kept = new ArrayList<>(parts.subList(0, firstSite));
            }
            kept.removeIf(p -> isSite(p, keys));
            if (kept.size() == parts.size() && kept.size() > 1 && namesSite(kept.get(kept.size() - 1), keys)) {
                kept.remove(kept.size() - 1);
            }
            if (kept.size() > 1 && isOnlyDate(kept.get(0))) {
                kept.remove(0);
            }
            if (!kept.isEmpty() && kept.size() < parts.size()) {
                return joinOriginal(t, kept);
            }
            if (!guessShortParts) {
                return t;
            }
            String last = parts.get(parts.size() - 1);
            String rest = t.substring(0, t.lastIndexOf(last)).replaceAll("[\\s|\\-–—·•»«/:]+$", "");
            if (parts.size() >= 2 && words(last) <= MAX_SITE_WORDS && last.length() * 2 < rest.length()
                    && separatorBefore(t, last).matches("\\s*[|\\-–—·•»]+\\s*")) {
                return Texts.clean(rest);
            }
        }
        // "Local News | Headline": a short section or site label before a bar.
        int bar = t.indexOf(" | ");
        if (guessShortParts && bar > 0 && t.indexOf(" | ", bar + 3) < 0) {
            String first = t.substring(0, bar);
            String rest = t.substring(bar + 3);
            if (words(first) <= MAX_SITE_WORDS - 1 && first.length() * 2 < rest.length()) {
                return Texts.clean(rest);
            }
        }
        var m = PREFIX_COLON.matcher(t);
        if (m.matches() && isSite(m.group(1), keys)) {
            return Texts.clean(m.group(2));
        }
        return t;
    }

    /** "Headline-Example News": a site name joined by a separator without spaces, at either end. */
    private static String stripGluedSiteName(String t, List<String> siteNames) {
        for (String site : siteNames) {
            String s = Texts.clean(site);
            if (s == null || s.length() < 2 || s.length() >= t.length()) {
                continue;
            }
            if (t.endsWith(s)) {
                String head = t.substring(0, t.length() - s.length());
                String trimmed = head.replaceAll("[\\s|\\-–—·•»:_]+$", "");
                if (isGlue(head.substring(trimmed.length())) && !trimmed.isBlank()) {
                    return trimmed.strip();
                }
            }
            if (t.startsWith(s)) {
                String tail = t.substring(s.length());
                String trimmed = tail.replaceAll("^[\\s|\\-–—·•»:_]+", "");
                if (isGlue(tail.substring(0, tail.length() - trimmed.length())) && !trimmed.isBlank()) {
                    return trimmed.strip();
                }
            }
        }
        return t;
    }

    /** "23.01.2022 - Headline": a first part that is only a date is the page's dateline, not its title. */
    private static boolean isOnlyDate(String part) {
        return part.length() <= MAX_DATE_PART && part.matches("[\\d\\s.,/\\p{L}]*\\d[\\d\\s.,/\\p{L}]*")
                && PrintedDates.find(part).isPresent() && words(part) <= MAX_SITE_WORDS;
    }

    private static int indexOfSite(List<String> parts, List<String> keys) {
        for (int i = 0; i < parts.size(); i++) {
            if (isSite(parts.get(i), keys)) {
                return i;
            }
        }
        return -1;
    }

    /** A separator between headline and site name: a mark, not only spaces, and not a word's hyphen. */
    private static boolean isGlue(String separator) {
        return !separator.isBlank() && !separator.equals("-");
    }

    /** The text from the first kept part to the end of the last kept part, so inner separators stay. */
    private static String joinOriginal(String t, List<String> kept) {
        int start = t.indexOf(kept.get(0));
        String lastPart = kept.get(kept.size() - 1);
        int end = t.lastIndexOf(lastPart) + lastPart.length();
        if (start < 0 || end <= start) {
            return String.join(" - ", kept);
        }
        return Texts.clean(t.substring(start, end));
    }

    private static String separatorBefore(String t, String last) {
        String head = t.substring(0, t.lastIndexOf(last));
        int i = head.length();
        while (i > 0 && !Character.isLetterOrDigit(head.charAt(i - 1))) {
            i--;
        }
        return head.substring(i);
    }

    /**
     * A last part of a few words that holds a site name whole ("… - European Championships Munich 2022"
     * for munich2022.com): longer than {@link #isSite} allows anywhere, but at the end of a title it is
     * the site's.
     */
    private static boolean namesSite(String part, List<String> keys) {
        String k = key(part);
        if (k == null || words(part) > MAX_SITE_WORDS + 1) {
            return false;
        }
        for (String site : keys) {
            if (site.length() >= 6 && k.contains(site)) {
                return true;
            }
        }
        return false;
    }

    static boolean isSite(String part, List<String> keys) {
        String k = key(part);
        if (k == null || k.isEmpty()) {
            return false;
        }
        for (String site : keys) {
            if (k.equals(site) || (site.length() >= 4 && k.contains(site) && k.length() <= site.length() + 16)
                    || (k.length() >= 4 && k.length() * 2 >= site.length() && site.contains(k))) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]");

    /** Lower-case letters and digits only, accents removed: "Die Zeit.de" and "zeit.de" compare well. */
    static String key(String s) {
        if (s == null) {
            return null;
        }
        if (isAscii(s)) { // most names: no marks to strip, and the letters and digits are [A-Za-z0-9]
            StringBuilder b = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                    b.append(c);
                } else if (c >= 'A' && c <= 'Z') {
                    b.append((char) (c + ('a' - 'A')));
                }
            }
            return b.toString();
        }
        String n = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        return NOT_LETTER_OR_DIGIT.matcher(n.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static int words(String s) {
        return s.strip().split("\\s+").length;
    }
}
