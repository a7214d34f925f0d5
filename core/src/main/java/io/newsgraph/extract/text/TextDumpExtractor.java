package io.newsgraph.extract.text;

import io.newsgraph.extract.Article;
import io.newsgraph.extract.PageExtractor;
import io.newsgraph.ingest.Page;
import java.util.ArrayList;
import java.util.List;

/**
 * Extracts the article from a plain-text rendering of a web page (menus, tickers, captions, link
 * lists and footers included). Steps: split into lines, classify each line ({@link LineClassifier}),
 * find the body as the best run of prose ({@link BodyFinder}), then read the header above it and the
 * tags and footnotes below it. Every rule is structural or uses labels common to many sites, so it
 * carries over to outlets it has never seen. Stateless and thread-safe.
 */
public final class TextDumpExtractor implements PageExtractor {

    private final LineClassifier classifier = new LineClassifier();
    private final BodyFinder bodyFinder = new BodyFinder();
    private final HeaderReader headerReader = new HeaderReader();
    private final TailReader tailReader = new TailReader();

    @Override
    public Article extract(Page page) {
        List<Line> lines = split(page.text());
        List<LineKind> kinds = classifier.classify(lines);
        BodyRange body = bodyFinder.find(lines, kinds);
        Header header = headerReader.read(lines, kinds, body);
        Tail tail = tailReader.read(lines, kinds, body);
        String text = bodyText(lines, kinds, body);
        List<String> tags = tail.tags().isEmpty() ? header.tags() : tail.tags();
        String byline = header.byline();
        return new Article(page.source(), page.url(), header.outlet(), header.title(), byline,
                byline == null ? List.of() : Authors.split(byline), header.creditedSource(), header.published(),
                null, header.dek(), tags, text, tail.footnotes(), embeds(lines, kinds, body), LanguageGuesser.guess(text), null,
                !text.isEmpty(), text.isEmpty() ? "no run of prose paragraphs found" : null);
    }

    private static List<Line> split(String text) {
        String[] raw = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<Line> lines = new ArrayList<>(raw.length);
        for (int i = 0; i < raw.length; i++) {
            lines.add(Line.of(i, raw[i]));
        }
        return lines;
    }

    /** Embedded posts inside the body: each run of tweet lines, joined by newlines. */
    private static List<String> embeds(List<Line> lines, List<LineKind> kinds, BodyRange body) {
        List<String> embeds = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = Math.max(0, body.first()); i <= body.last() + 1; i++) {
            boolean tweet = i <= body.last() && kinds.get(i) == LineKind.TWEET;
            if (tweet && !lines.get(i).text().isBlank()) {
                if (current.length() > 0) current.append('\n');
                current.append(lines.get(i).text());
            } else if (!tweet && current.length() > 0 && (i > body.last() || !lines.get(i).text().isBlank())) {
                embeds.add(current.toString());
                current.setLength(0);
            }
        }
        return embeds;
    }

    /** The body lines that are body text (prose, section headings), one paragraph each. */
    private static String bodyText(List<Line> lines, List<LineKind> kinds, BodyRange body) {
        List<String> paragraphs = new ArrayList<>();
        for (int i = Math.max(0, body.first()); i <= body.last(); i++) {
            if (kinds.get(i).bodyText()) {
                paragraphs.add(lines.get(i).text());
            }
        }
        return String.join("\n\n", paragraphs);
    }
}
