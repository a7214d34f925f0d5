package io.newsgraph.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Drops the blocks inside an article container that are not body text: link lists and "read more"
 * links, the headline repeated, one-line furniture ("Advertisement", "Share this article"), and
 * headings left without any text under them.
 */
final class BlockFilter {
    private BlockFilter() {}

    /** Whole-block furniture lines, matched case-insensitively against the entire block. */
    private static final Pattern FURNITURE = Pattern.compile(
            "(?i)(advertisement|advertising|advert|ad|sponsored( content)?|story continues below( advertisement)?"
                    + "|continue reading( below| the main story)?|read more|read next|see also|related( articles| stories| content| coverage)?"
                    + "|share( this)?( article| story| on \\w+)?|tweet|email|print|comments?|(\\d+ )?comments?"
                    + "|click here.*|sign up.*newsletter.*|subscribe( now)?|skip (to )?(main )?content|loading\\.*"
                    + "|photo|image|video|watch|listen|close|menu|search|more|next|previous|back to top|top|text size|font size|(image|photo|slide) \\d+ (of|/) \\d+)[\\s.:!|]*");

    /** Calls to subscribe or sign up, as whole short blocks ("Get the latest … in your inbox. Subscribe …"). */
    private static final Pattern SIGN_UP = Pattern.compile(
            "(?i)(subscribe|sign up|get|join|register|click|want)\\b.*\\b(newsletters?|inbox|subscribe|sign up)\\b.*"
                    + "|.*\\b(newsletters?|inbox)\\b.*");

    /** Paragraphs at least this long are kept unless nearly all link text. */
    private static final int LONG_LINKED = 400;

    static List<TextBlock> filter(List<TextBlock> blocks, String title) {
        String titleKey = key(title);
        List<TextBlock> kept = new ArrayList<>();
        List<Boolean> keptFlags = new ArrayList<>();
        for (TextBlock b : blocks) {
            boolean keep = !isLinkBlock(b)
                    && !(titleKey.length() > 0 && key(b.text()).equals(titleKey))
                    && !(b.chars() < 60 && FURNITURE.matcher(b.text()).matches())
                    && !(b.chars() < 150 && SIGN_UP.matcher(b.text()).matches());
            keptFlags.add(keep);
        }
        // a heading survives only when body text follows it before the next heading
        for (int i = 0; i < blocks.size(); i++) {
            if (!keptFlags.get(i)) {
                continue;
            }
            TextBlock b = blocks.get(i);
            if (b.isHeading() && !followedByText(blocks, keptFlags, i)) {
                continue;
            }
            kept.add(b);
        }
        return kept;
    }

    private static boolean followedByText(List<TextBlock> blocks, List<Boolean> keep, int heading) {
        for (int j = heading + 1; j < blocks.size(); j++) {
            TextBlock next = blocks.get(j);
            if (next.isHeading()) {
                return false;
            }
            if (keep.get(j)) {
                return true;
            }
            if (!keep.get(j)) {
                return false;
            }
        }
        return false;
    }

    /** A block that is mostly link text: a menu entry, a teaser, a "read more" line. */
    private static boolean isLinkBlock(TextBlock b) {
        // a long paragraph is prose even when most of its words are linked (sourcing-heavy reporting)
        if (b.linkDensity() <= 0.5) {
            return false;
        }
        if (b.linkDensity() > 0.9) {
            return true;
        }
        // a long paragraph, or a sentence in a <p> with a linked phrase, is prose; a teaser headline has no full stop
        return b.chars() < LONG_LINKED && !(b.tag().equals("p") && endsSentence(b.text()));
    }

    private static boolean endsSentence(String text) {
        int end = text.length();
        while (end > 0 && "\"”’')».".indexOf(text.charAt(end - 1)) >= 0 && text.charAt(end - 1) != '.') {
            end--;
        }
        if (end == 0) {
            return false;
        }
        char last = text.charAt(end - 1);
        return last == '.' || last == '!' || last == '?' || last == '。';
    }

    private static String key(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
