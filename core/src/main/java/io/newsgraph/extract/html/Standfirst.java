package io.newsgraph.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The standfirst (lead, intro, deck) printed between the headline and the body: sites put it in the
 * article's {@code <header>} or in a box named like a teaser, both of which the cleaner removes, or
 * beside the body's container rather than in it. It is the article's dek as the reader sees it; it is
 * kept apart from the body text, whose convention (as in the article-body benchmark) leaves it out.
 *
 * <p>Found from the layout of the page before cleaning: the blocks after the headline and before the
 * body's first block, when the two are close. A block is taken when it reads as prose (long enough,
 * hardly linked) and does not sit in an element that never holds a standfirst (a figure, a caption,
 * navigation, a byline or share box).
 */
final class Standfirst {
    private Standfirst() {}

    /** The headline must be at most this many blocks before the body… */
    private static final int MAX_GAP_BLOCKS = 12;
    /** …with at most this many characters of other text (bylines, dates, share labels) in between. */
    private static final int MAX_OTHER_CHARS = 600;
    /** A standfirst block has at least this many characters… */
    private static final int MIN_CHARS = 40;
    /** …and at most this many (longer text beside the body is another region). */
    private static final int MAX_CHARS = 1200;
    /** At most this many standfirst blocks. */
    private static final int MAX_BLOCKS = 3;

    /** Elements that never hold a standfirst, whatever their names. */
    private static final Set<String> NEVER = Set.of(
            "figure", "figcaption", "nav", "aside", "footer", "form", "button", "noscript", "template", "select",
            "dialog", "menu", "a");

    /**
     * The standfirst blocks to put before the body, in page order, or an empty list.
     *
     * @param pageBlocks the blocks of the whole page, laid out before cleaning
     * @param chosen     the blocks of the chosen containers, before filtering
     * @param headlines  the headline as in the metadata and the first h1
     * @param body       the page's body element (where the walk up from a block stops)
     */
    static List<TextBlock> find(List<TextBlock> pageBlocks, List<TextBlock> chosen, List<String> headlines, Element body) {
        if (chosen.isEmpty() || pageBlocks.isEmpty()) {
            return List.of();
        }
        Element firstOwner = chosen.get(0).owner();
        int at = -1;
        for (int i = 0; i < pageBlocks.size(); i++) {
            if (pageBlocks.get(i).owner() == firstOwner) {
                at = i;
                break;
            }
        }
        if (at <= 0) {
            return List.of();
        }
        Set<String> keys = new java.util.HashSet<>();
        for (String h : headlines) {
            String k = BlockFilter.key(h);
            if (!k.isEmpty()) {
                keys.add(k);
            }
        }
        int headline = -1;
        for (int i = at - 1; i >= 0 && i >= at - 1 - MAX_GAP_BLOCKS; i--) {
            TextBlock b = pageBlocks.get(i);
            if (b.tag().equals("h1") || (b.chars() < 400 && keys.contains(BlockFilter.key(b.text())))) {
                headline = i;
                break;
            }
        }
        if (headline < 0) {
            return List.of();
        }
        List<TextBlock> lead = new ArrayList<>();
        int other = 0;
        for (int i = headline + 1; i < at; i++) {
            TextBlock b = pageBlocks.get(i);
            if (lead.size() < MAX_BLOCKS && isLead(b, body)) {
                lead.add(b);
            } else {
                other += b.chars();
            }
        }
        return other > MAX_OTHER_CHARS ? List.of() : lead;
    }

    private static boolean isLead(TextBlock b, Element body) {
        if (b.chars() < MIN_CHARS || b.chars() > MAX_CHARS || b.linkDensity() > 0.2
                || (b.chars() < DATELINE_MAX && hasDateOrTime(b.text())) || mentionsCredit(b.text())) {
            return false;
        }
        for (Element e = b.owner(); e != null && e != body; e = e.parent()) {
            if (NEVER.contains(e.normalName()) || ClassNames.classify(e) == ClassNames.Verdict.SURE_BOILERPLATE
                    || ClassNames.isDiscussion(e)) {
                return false;
            }
        }
        return !isCaption(b);
    }

    /** A date line ("19. Oktober 2019, 19:08 Uhr", "Updated 2020-04-28") is shorter than this. */
    private static final int DATELINE_MAX = 120;

    /** Whether the text holds a clock time ("19:08") or a numeric date ("19.10.2019", "2021-04-29"). */
    static boolean hasDateOrTime(String t) {
        int n = t.length();
        for (int i = 1; i + 2 < n; i++) {
            char c = t.charAt(i);
            if ((c == ':' || c == '.' || c == '-' || c == '/') && Character.isDigit(t.charAt(i - 1))
                    && Character.isDigit(t.charAt(i + 1)) && Character.isDigit(t.charAt(i + 2))) {
                if (c == ':') {
                    return true;
                }
                // a second separator of the same kind after the digits: 19.10.2019, 2021-04-29, 10/19/2019
                int j = i + 1;
                while (j < n && Character.isDigit(t.charAt(j))) {
                    j++;
                }
                if (j + 1 < n && t.charAt(j) == c && Character.isDigit(t.charAt(j + 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Words of photo credits, which captions end with. */
    private static final String[] CREDIT_WORDS = {"\u00a9", "foto:", "fotos:", "photo:", "photos:", "photograph",
        "bild:", "image:", "credit:", "getty", "istock", "shutterstock", "adobestock", "adobe stock", "symbolbild",
        "picture alliance", "picture-alliance", "imago", "cr\u00e9dit"};

    /** Whether the text names a photo credit ("Foto: …", "© …", "… /Getty Images"). */
    static boolean mentionsCredit(String text) {
        String t = text.toLowerCase(java.util.Locale.ROOT);
        for (String w : CREDIT_WORDS) {
            if (t.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Levels above a block searched for the picture it may caption. */
    private static final int CAPTION_LEVELS = 3;
    /** A caption's box holds little text besides the caption (a credit, a counter). */
    private static final int CAPTION_SLACK = 60;

    /** Whether the block sits in a small box with a picture: the picture's caption. */
    private static boolean isCaption(TextBlock b) {
        Element e = b.owner();
        for (int level = 0; level < CAPTION_LEVELS && e != null; level++, e = e.parent()) {
            if (e.selectFirst("img, picture, video") != null) {
                return e.text().length() <= b.text().length() + CAPTION_SLACK && e.selectFirst("h1, h2, h3") == null;
            }
        }
        return false;
    }
}
