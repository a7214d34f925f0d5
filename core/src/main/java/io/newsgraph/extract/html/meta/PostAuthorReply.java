package io.newsgraph.extract.html.meta;

import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The name the post's author signs replies with. Blog software (WordPress and its themes) marks a comment
 * written by the author of the post with the class {@code bypostauthor}; the name in that comment's author
 * field ({@code .fn}, {@code .comment-author}) is the author's name as the blog shows it. A last resort for
 * pages that credit nobody else: the comments are otherwise a foreign zone.
 */
final class PostAuthorReply {
    private PostAuthorReply() {}

    /** Parsed once: parsing compiles its regexes. */
    private static final Evaluator REPLY = QueryParser.parse(".bypostauthor");
    /** Where the name sits, most specific first: the hCard name, the theme's author field, the citation. */
    private static final List<Evaluator> NAME = List.of(QueryParser.parse(".fn"),
            QueryParser.parse(".comment-author, .comment-author-name"), QueryParser.parse("cite"));
    private static final int MAX_NAME_LENGTH = 60;

    static Optional<String> name(Document doc) {
        Element reply = doc.selectFirst(REPLY);
        if (reply == null) {
            return Optional.empty();
        }
        for (Evaluator where : NAME) {
            for (Element e : reply.select(where)) {
                String text = Texts.spaced(e, MAX_NAME_LENGTH);
                if (text == null) {
                    continue;
                }
                List<String> names = AuthorNames.splitNameField(text);
                if (names.size() == 1) {
                    return Optional.of(names.get(0));
                }
            }
        }
        return Optional.empty();
    }
}
