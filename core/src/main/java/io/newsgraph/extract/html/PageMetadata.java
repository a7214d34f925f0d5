package io.newsgraph.extract.html;

import java.util.List;

/**
 * What a page says about its article outside the body: head metadata, JSON-LD and the visible
 * byline and dateline. Any string may be null. Immutable. {@code structuredBody} is the JSON-LD
 * {@code articleBody}: a fallback for pages that render their text with scripts.
 */
record PageMetadata(String url, String outlet, String title, String byline, List<String> authors,
                    String published, String modified, String dek, List<String> tags, String language,
                    String image, String structuredBody) {

    PageMetadata {
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
    }
}
