package io.newsgraph.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Drops the blocks inside an article container that are not body text: link lists and "read more"
 * links, the headline repeated, one-line furniture ("Advertisement", "Share this article", in
 * several languages), credit and staff lines, calls to subscribe or follow, "More stories" headings
 * with their link lists, and headings left without any text under them.
 */
final class BlockFilter {
    private BlockFilter() {}

    /**
     * Whole-block furniture lines, matched case-insensitively against the entire block: ad labels
     * (in a few languages), share counters, widget labels, gallery counters, reading times.
     */
    private static final Pattern FURNITURE = Pattern.compile(
            "(?i)(advertisement|advertising|advert|ad|ads|anzeige|publicidade|publicidad|pubblicit\u00e0|iklan|\u0440\u0435\u043a\u043b\u0430\u043c\u0430"
                    + "|sponsored( content)?|story continues below( advertisement)?"
                    + "|continue reading( below| the main story)?|read more|read next|see also|related( articles| stories| content| coverage)?"
                    + "|share( this)?( article| story| on \\w+)?|sharing is caring|\\d+ ?shares?|tweet|email|print|(\\d+ )?comments?"
                    + "|click here.*|subscribe( now)?|skip (to )?(main )?content|loading\\.*|don'?t miss|you (may|might) (also )?like"
                    + "|photo|image|video|watch|listen|close|menu|search|more|next|previous|back to top|top|text size|font size"
                    + "|((image|photo|slide) )?\\d+ (of|/) \\d+|filed under\\b.*|.*\\brequires javascript\\b.*|.*\\benable javascript\\b.*"
                    + "|(reading time|tempo de leitura|tiempo de lectura|lesezeit)\\b.*|\\d+ min(ute)?s? read"
                    // the same furniture in German, French, Spanish, Italian, Portuguese and Polish
                    + "|(diesen )?artikel teilen|teilen|weiterlesen|zum weiterlesen|wird geladen|mehr anzeigen|drucken"
                    + "|partager|lire la suite|compartir|leer m\u00e1s|condividi|leggi (di pi\u00f9|anche)|compartilhe|leia mais"
                    + "|udost\u0119pnij|czytaj (wi\u0119cej|dalej|tak\u017ce|te\u017c)|zobacz (te\u017c|tak\u017ce)|wi\u0119cej"
                    // labels over links to other stories, and prompts to rate or share the story, in the same languages
                    + "|(das( thema)? )?k\u00f6nnte (sie|dich) auch interessieren|mehr zum thema|mehr themen"
                    + "|lesen sie auch( die folgenden beitr\u00e4ge)?|schon gelesen|explore further|([\u00e0\u00c0] )?lire aussi"
                    + "|mir\u00e1 tambi\u00e9n|war (der|dieser) (artikel|beitrag) (n\u00fctzlich|hilfreich)"
                    + "|m\u00f6chten sie (den|diesen) (artikel|beitrag) teilen)[\\s.:!?|\u2026\\]]*");

    /** Calls to subscribe, sign up, follow or share, as whole short blocks ("Get the latest … in your inbox"). */
    private static final Pattern CALL_TO_ACTION = Pattern.compile(
            "(?i)(subscribe|sign up|get|join|register|click|want)\\b.*\\b(newsletters?|inbox|subscribe|sign up)\\b.*"
                    + "|.*\\b(newsletters?|inbox)\\b.*"
                    + "|(subscribe to|sign up (for|to)|join (our|the)|follow (us|him|her|them|me))\\b.*"
                    + "|.*\\bfollow\\b.*\\b(twitter|facebook|instagram|youtube|linkedin)\\b.*"
                    + "|like this (story|article|post)\\?.*"
                    // paywall notices: the text stops here for readers who do not subscribe
                    + "|.*\\b(please subscribe|subscribe now|already a subscriber|already subscribed)\\b.*");
    /** Every match of {@link #CALL_TO_ACTION} holds one of these: a cheap test that spares most blocks the regex. */
    private static final String[] CALL_TO_ACTION_WORDS = {"newsletter", "inbox", "subscribe", "sign up", "join", "follow",
            "like this"};

    /** Staff notes at the end of wire stories: "(Reporting by …; Editing by …)", "X contributed reporting." */
    private static final Pattern STAFF_NOTE = Pattern.compile(
            "(?i)\\(?((additional )?reporting by|editing by|compiled by|writing by)\\b.*"
                    + "|.*\\bcontributed (to )?(this )?(report|reporting|story)\\b.*");
    /** Every match of {@link #STAFF_NOTE} holds one of these: a cheap test that spares most blocks the regex. */
    private static final String[] STAFF_NOTE_WORDS = {"reporting by", "editing by", "compiled by", "writing by", "contributed"};

    /** A block that is only an e-mail address or a bare web address. */
    private static final Pattern ADDRESS_ONLY = Pattern.compile(
            "(?i)\\S+@\\S+\\.[a-z]{2,}|(https?://)?(www\\.)?[\\w-]+(\\.[\\w-]+)*\\.[a-z]{2,}(/\\S*)?");

    /** A credit line: "By Jane Doe | Nov. 18, 2019", "Posted by …", "Publicado por: …". */
    private static final Pattern CREDIT_LINE = Pattern.compile(
            "(?i)((posted|published|written|reported|publicado|publicada|escrito|pubblicato) )?(by|por|von|par|di|da)\\b[ :].*"
                    + "|.*\\b(publicado|posted|published) (por|by)\\b.*");

    /** The heading of a block of links to other stories ("More Great Stories", "Related", "Read next"). */
    private static final Pattern TEASER_HEADING = Pattern.compile(
            "(?i)(more|related|recommended|popular|trending|most (read|popular|viewed|shared)|read (more|next|also)"
                    + "|also (read|on|see)|see also|you (may|might) (also )?like|further reading|latest|top stories"
                    + "|auch interessant|mehr zum thema|weitere (artikel|beitr\u00e4ge|themen|nachrichten)|das k\u00f6nnte (sie|dich) auch interessieren"
                    + "|(\u00e0 )?lire aussi|sur le m\u00eame sujet|lee tambi\u00e9n|leggi anche|leia tamb\u00e9m|czytaj (te\u017c|tak\u017ce)|zobacz (te\u017c|tak\u017ce))\\b.{0,60}");

    /** A photo credit standing alone ("Foto: dpa", "AFP / Jane Roe", "© Getty Images") is shorter than this. */
    private static final int CREDIT_LINE_MAX = 100;

    /** Paragraphs at least this long are kept unless nearly all link text. */
    private static final int LONG_LINKED = 400;

    /** @param headlines the page's headline as given in its metadata and in its first h1 */
    static List<TextBlock> filter(List<TextBlock> blocks, List<String> headlines) {
        java.util.Set<String> headlineKeys = new java.util.HashSet<>();
        for (String h : headlines) {
            if (!key(h).isEmpty()) {
                headlineKeys.add(key(h));
            }
        }
        boolean[] keep = new boolean[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            keep[i] = isBodyText(blocks.get(i), headlineKeys);
        }
        dropTeaserLists(blocks, keep);
        List<TextBlock> kept = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            // a heading survives only when body text follows it before the next heading
            if (keep[i] && !(blocks.get(i).isHeading() && !followedByText(blocks, keep, i))) {
                kept.add(blocks.get(i));
            }
        }
        return kept;
    }

    /**
     * Whether one block, on its own, reads as body text. Each pattern applies only below a length
     * (so a long paragraph that happens to start "By the time…" is never tested against it), which
     * also keeps every regex match short.
     */
    private static boolean isBodyText(TextBlock b, java.util.Set<String> headlineKeys) {
        String t = b.text();
        int n = b.chars();
        return !isLinkBlock(b)
                && !(n < 400 && headlineKeys.contains(key(t)))
                && !(n < 60 && FURNITURE.matcher(t).matches())
                && !(n < 200 && mentions(t, CALL_TO_ACTION_WORDS) && CALL_TO_ACTION.matcher(t).matches())
                && !(n < 150 && !HtmlTags.endsSentence(t) && CREDIT_LINE.matcher(t).matches())
                && !(n < 300 && mentions(t, STAFF_NOTE_WORDS) && STAFF_NOTE.matcher(t).matches())
                && !(n < 100 && ADDRESS_ONLY.matcher(t).matches())
                && !(n < CREDIT_LINE_MAX && !HtmlTags.endsSentence(t) && Standfirst.mentionsCredit(t));
    }

    /** Drops a "More stories"-style heading and the list items right after it. */
    private static void dropTeaserLists(List<TextBlock> blocks, boolean[] keep) {
        for (int i = 0; i < blocks.size(); i++) {
            TextBlock b = blocks.get(i);
            if (b.chars() >= 60 || (HtmlTags.endsSentence(b.text()) && !b.text().endsWith("..."))
                    || !TEASER_HEADING.matcher(b.text()).matches()) {
                continue;
            }
            int end = i + 1;
            int linked = 0;
            while (end < blocks.size() && blocks.get(end).tag().equals("li")) {
                linked += blocks.get(end).linkChars() > 0 ? 1 : 0;
                end++;
            }
            int items = end - i - 1;
            if (items > 0 && linked * 2 < items) {
                continue; // a list of plain items under "More …" is content (a changelog, a how-to)
            }
            for (int j = i + 1; j < end; j++) {
                keep[j] = false;
            }
            if (items > 0 || i == blocks.size() - 1 || !keep[i + 1]) {
                keep[i] = false;
            }
        }
    }

    /** Whether the block right after a heading is kept body text (not another heading). */
    private static boolean followedByText(List<TextBlock> blocks, boolean[] keep, int heading) {
        int next = heading + 1;
        return next < blocks.size() && keep[next] && !blocks.get(next).isHeading();
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
        return b.chars() < LONG_LINKED && !(b.tag().equals("p") && HtmlTags.endsSentence(b.text()));
    }

    /** Whether the text holds one of the lower-case words, in any case (the patterns match ASCII case-insensitively). */
    private static boolean mentions(String text, String[] words) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String w : words) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The letters and digits of {@code s}, lower-cased: how a headline and a block are compared. */
    static String key(String s) {
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
