package io.newsgraph.extract;

import io.newsgraph.ingest.Page;

/** A pure function from one page to its article; holds no shared mutable state. */
public interface PageExtractor {
    Article extract(Page page);
}
