package io.newsgraph.ingest;

/** The kinds of page newsgraph reads, detected from content rather than from the file name. */
public enum PageType {
    /** An HTML document. */
    HTML,
    /** A plain-text rendering of a web page (menus, tickers and all), one block per line. */
    TEXT
}
