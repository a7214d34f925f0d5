package io.newsgraph.extract.html;

import io.newsgraph.extract.Article;
import io.newsgraph.extract.PageExtractor;
import io.newsgraph.extract.html.meta.ArticleMetadata;
import io.newsgraph.extract.html.meta.HtmlMetadata;
import io.newsgraph.ingest.Page;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * Extracts the article from an HTML page: metadata from the head, JSON-LD and the visible byline
 * ({@link HtmlMetadata}), and the body text from the container that holds the prose
 * ({@link MainContent}), paragraphs separated by a blank line, without the headline.
 *
 * <p>Stateless and thread-safe. Never throws on bad input: a page that cannot be read becomes an
 * article with {@code isArticle == false} and the reason. All tree walks are iterative, so deeply
 * nested pages cannot overflow the stack.
 */
public final class HtmlExtractor implements PageExtractor {

    /** A JSON-LD articleBody this long replaces a body text of less than half its length. */
    private static final int STRUCTURED_MIN = 500;

    /** Below this many characters of body text the page is not treated as an article. */
    private static final int MIN_ARTICLE_CHARS = 200;

    /** A block this long reads as a paragraph of prose rather than a headline or a link. */
    private static final int LONG_BLOCK = 150;

    /** A block this long that ends like a sentence is prose, not a headline or a menu entry. */
    private static final int SENTENCE_BLOCK = 80;

    /** Short blocks only make an article when there are many of them (a story told in one-line paragraphs). */
    private static final int SHORT_BLOCKS_ENOUGH = 1000;

    /** Time allowed for one page when the caller sets none. */
    public static final Duration DEFAULT_TIME_BUDGET = Duration.ofSeconds(5);

    private final Duration timeBudget;

    /** An extractor that gives each page {@link #DEFAULT_TIME_BUDGET}. */
    public HtmlExtractor() {
        this(DEFAULT_TIME_BUDGET);
    }

    /**
     * @param timeBudget the most time one page may take; a page that needs more comes back as "not an
     *                   article" with the budget in its reason, so one pathological page cannot stall a batch
     */
    public HtmlExtractor(Duration timeBudget) {
        if (timeBudget == null || timeBudget.isNegative() || timeBudget.isZero()) {
            throw new IllegalArgumentException("timeBudget must be positive, was " + timeBudget);
        }
        this.timeBudget = timeBudget;
    }

    @Override
    public Article extract(Page page) {
        try {
            return extractOrThrow(page, Deadline.after(timeBudget));
        } catch (Deadline.Exceeded e) {
            return failed(page, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return failed(page, "unreadable HTML: " + e.getClass().getSimpleName());
        }
    }

    private static Article failed(Page page, String reason) {
        return Article.builder(page.source()).url(page.url()).outlet(HtmlMetadata.host(page.url()))
                .notArticle(reason).build();
    }

    private Article extractOrThrow(Page page, Deadline deadline) {
        String base = page.url() == null ? "" : page.url();
        Document doc = parse(page.text(), base, deadline);
        deadline.checkNow();
        ArticleMetadata meta = HtmlMetadata.read(doc, page.url());
        deadline.checkNow();
        MainContent.Body body = MainContent.extract(doc, meta.title(), deadline);
        List<TextBlock> blocks = body.blocks();
        String text = blocks.stream().map(TextBlock::text).collect(Collectors.joining("\n\n"));
        String listReason = body.notArticleReason();
        String structured = structuredBody(meta.structuredBody());
        if (structured.length() >= STRUCTURED_MIN && structured.length() > 2 * text.length()) {
            // the page renders its text with scripts (saved without them); its JSON-LD still has it
            text = structured;
            blocks = List.of(new TextBlock(structured, "div", 0, structured.length(), doc.body()));
            listReason = null; // the page's own structured data says it tells one story
        }
        String notArticle = listReason != null ? listReason : notArticleReason(blocks);
        Article.Builder article = Article.builder(page.source()).url(meta.url()).outlet(meta.outlet())
                .title(meta.title()).byline(meta.byline()).authors(meta.authors()).published(meta.published())
                .modified(meta.modified()).dek(body.standfirst() != null ? body.standfirst() : meta.description()).tags(meta.tags()).text(text)
                .language(meta.language()).image(meta.image());
        return (notArticle == null ? article : article.notArticle(notArticle)).build();
    }

    /** Parses through a reader that checks the deadline, so a huge page stops parsing when its time is up. */
    private static Document parse(String html, String base, Deadline deadline) {
        return Parser.htmlParser().parseInput(new DeadlineReader(html, deadline), base);
    }

    /** The JSON-LD articleBody as plain paragraphs (some sites put HTML in it), or "". */
    private static String structuredBody(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String plain = body.indexOf('<') >= 0 ? Jsoup.parse(body).text() : body;
        // one paragraph per non-blank line; a split, not a regex, so long runs of spaces stay linear
        StringBuilder out = new StringBuilder();
        for (String line : plain.split("\n")) {
            String l = line.strip();
            if (!l.isEmpty()) {
                out.append(out.length() == 0 ? "" : "\n\n").append(l);
            }
        }
        return out.toString();
    }

    /** Why the blocks do not make an article, or null when they do. */
    private static String notArticleReason(List<TextBlock> blocks) {
        if (blocks.isEmpty()) {
            return "no text found";
        }
        int chars = 0;
        int longBlocks = 0;
        int sentenceBlocks = 0;
        for (TextBlock b : blocks) {
            int size = ScriptWeight.of(b.text());
            chars += size;
            if (size >= LONG_BLOCK) {
                longBlocks++;
            } else if (size >= SENTENCE_BLOCK && endsLikeASentence(b.text())) {
                sentenceBlocks++;
            }
        }
        // counted in characters, not words, so that scripts without spaces (Japanese, Chinese) measure
        // alike, and weighted by script, so that a Korean brief is as long as its English translation
        if (chars < MIN_ARTICLE_CHARS) {
            return "too little text (" + chars + " characters)";
        }
        // A news brief of two full sentences is an article; a list of headlines has no final stops.
        if (longBlocks == 0 && sentenceBlocks < 2 && chars < SHORT_BLOCKS_ENOUGH) {
            return "only short blocks (a list of links or headlines)";
        }
        return null;
    }

    private static boolean endsLikeASentence(String text) {
        String t = text.strip();
        while (!t.isEmpty() && "\"'\u201d\u2019)\u00bb".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1);
        }
        return !t.isEmpty() && ".!?\u3002\uff01\uff1f\u061f\u2026".indexOf(t.charAt(t.length() - 1)) >= 0;
    }
}
