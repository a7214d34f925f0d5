package io.newsgraph.extract.text;

import java.util.List;

/** What the lines after the body hold: topic tags and numbered footnotes, each as printed. Immutable. */
record Tail(List<String> tags, List<String> footnotes) {
    Tail {
        tags = List.copyOf(tags);
        footnotes = List.copyOf(footnotes);
    }
}
