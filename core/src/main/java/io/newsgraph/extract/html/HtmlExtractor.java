package io.newsgraph.extract.html;

import io.newsgraph.extract.Article;
import io.newsgraph.extract.PageExtractor;
import io.newsgraph.ingest.Page;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Extracts the article from an HTML page: metadata from the head, JSON-LD and the visible byline
 * ({@link MetadataReader}), and the body text from the container that holds the prose
 * ({@link MainContent}), paragraphs separated by a blank line, without the headline.
 *
 * <p>Stateless and thread-safe. Never throws on bad input: a page that cannot be read becomes an
 * article with {@code isArticle == false} and the reason. All tree walks are iterative, so deeply
 * nested pages cannot overflow the stack.
 */
public final class HtmlExtractor implements PageExtractor {

    /** Below this many words of body text the page is not treated as an article. */
    private static final int MIN_ARTICLE_WORDS = 60;

    @Override
    public Article extract(Page page) {
        try {
            return extractOrThrow(page);
        } catch (RuntimeException | StackOverflowError e) {
            return new Article(page.source(), page.url(), MetadataReader.host(page.url()), null, null, List.of(),
                    null, null, null, null, List.of(), "", List.of(), null, null, false,
                    "unreadable HTML: " + e.getClass().getSimpleName());
        }
    }

    private Article extractOrThrow(Page page) {
        String base = page.url() == null ? "" : page.url();
        Document doc = Jsoup.parse(page.text(), base);
        PageMetadata meta = MetadataReader.read(doc, page.url());
        List<TextBlock> blocks = MainContent.extract(doc, meta.title(), () -> Jsoup.parse(page.text(), base));
        String text = blocks.stream().map(TextBlock::text).collect(Collectors.joining("\n\n"));
        String notArticle = notArticleReason(blocks);
        return new Article(page.source(), meta.url(), meta.outlet(), meta.title(), meta.byline(), meta.authors(),
                null, meta.published(), meta.modified(), meta.dek(), meta.tags(), text, List.of(),
                meta.language(), meta.image(), notArticle == null, notArticle);
    }

    /** Why the blocks do not make an article, or null when they do. */
    private static String notArticleReason(List<TextBlock> blocks) {
        if (blocks.isEmpty()) {
            return "no text found";
        }
        int words = 0;
        int longBlocks = 0;
        for (TextBlock b : blocks) {
            words += countWords(b.text());
            if (b.chars() >= 150) {
                longBlocks++;
            }
        }
        if (words < MIN_ARTICLE_WORDS) {
            return "too little text (" + words + " words)";
        }
        if (longBlocks == 0) {
            return "only short blocks (a list of links or headlines)";
        }
        return null;
    }

    private static int countWords(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean w = Character.isLetterOrDigit(s.charAt(i));
            if (w && !in) {
                n++;
            }
            in = w;
        }
        return n;
    }
}
