package io.newsgraph.extract.html;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article body of a parsed page, as text blocks: clean the tree of boilerplate, pick the
 * container that holds the prose, keep it within one story ({@link SeparateStories}), lay out its
 * text as blocks and drop the non-body blocks; and tell a page that lists stories
 * ({@link TeaserPage}). Changes the document it is given.
 */
final class MainContent {
    private MainContent() {}

    /** Below this many characters a result from the strict pass is retried without name-based removal. */
    private static final int RETRY_BELOW = 250;

    /**
     * The body blocks, and why they are not an article when their layout says so.
     *
     * @param notArticleReason set when the page is a list of stories (see {@link TeaserPage}), else null
     * @param standfirst       the standfirst printed between the headline and the body ({@link Standfirst}), or null
     */
    record Body(List<TextBlock> blocks, String notArticleReason, String standfirst) {}

    /**
     * When the strict pass finds little, a lenient second pass (no removal by class/id names) runs on the
     * page as parsed: a site may name its article container with a word we take for boilerplate.
     *
     * @param doc      the parsed page (cleaned in place)
     * @param title    the headline, dropped from the body
     * @param deadline the page's time budget, checked in every walk over the tree
     */
    static Body extract(Document doc, String title, Deadline deadline) {
        Removals strictRemovals = new Removals();
        Body strict = pass(doc, title, true, strictRemovals, deadline);
        if (length(strict.blocks()) >= RETRY_BELOW) {
            return strict;
        }
        strictRemovals.restore(); // the page as parsed again, without parsing it again
        Body lenient = pass(doc, title, false, new Removals(), deadline);
        return length(lenient.blocks()) > length(strict.blocks()) ? lenient : strict;
    }

    /** @param removals where the cleaning of this pass is noted, so that it can be undone */
    private static Body pass(Document doc, String title, boolean byNames, Removals removals, Deadline deadline) {
        Element body = doc.body();
        // the page's first <h1> is its headline even when it words it differently from og:title
        Element h1 = body.selectFirst("h1");
        List<String> headlines = h1 == null ? List.of(title == null ? "" : title)
                : List.of(title == null ? "" : title, h1.text());
        SeparateStories.Candidates stories = SeparateStories.candidates(body, deadline);
        // the page as laid out before cleaning, whose teaser cards the cleaner may remove by name ("card")
        List<TextBlock> pageBlocks = BlockCollector.collect(List.of(body), deadline);
        BoilerplateCleaner.clean(body, h1, byNames, removals, deadline);
        TextStats stats = TextStats.of(body, deadline);
        List<Element> containers = ContentScorer.pick(body, stats, deadline);
        containers = SeparateStories.keepOne(containers, stories, body, stats, deadline);
        List<TextBlock> blocks = BlockCollector.collect(containers, deadline);
        String listReason = TeaserPage.reason(blocks);
        if (listReason == null) {
            listReason = TeaserPage.leadTeaserReason(pageBlocks, blocks);
        }
        List<TextBlock> lead = BlockFilter.filter(Standfirst.find(pageBlocks, blocks, headlines, body), headlines);
        String standfirst = lead.isEmpty() ? null
                : lead.stream().map(TextBlock::text).collect(java.util.stream.Collectors.joining("\n\n"));
        return new Body(BlockFilter.filter(blocks, headlines), listReason, standfirst);
    }

    static int length(List<TextBlock> blocks) {
        int n = 0;
        for (TextBlock b : blocks) {
            n += b.chars();
        }
        return n;
    }
}
