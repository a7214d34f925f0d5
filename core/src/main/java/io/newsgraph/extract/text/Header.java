package io.newsgraph.extract.text;

import java.util.List;

/**
 * What the lines above the body say about the article; any field may be null, {@code tags} may be
 * empty. Immutable.
 *
 * @param titleLine      0-based line of the headline, or -1
 */
record Header(String outlet, String title, int titleLine, String byline, String creditedSource,
              String published, String dek, List<String> tags) {
    Header {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
