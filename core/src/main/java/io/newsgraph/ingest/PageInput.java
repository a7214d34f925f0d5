package io.newsgraph.ingest;

/**
 * One input that yields its pages lazily: a file (one page), a WARC archive (a page per HTML response),
 * a list of URLs to fetch. The pipeline runs one input at a time on its feeder thread, and
 * {@link Sink#page} blocks while the workers are full, so an input of any size is read in bounded memory.
 */
public interface PageInput {
    /** How the input is named in failures. */
    String source();

    /**
     * Hands each page to {@code sink}, in order. A problem that ends the input (a truncated archive) is
     * thrown after the pages read before it were handed over, so none of them is lost.
     */
    void readInto(Sink sink) throws PageReadException;

    /** Where an input's pages go. */
    interface Sink {
        /** Takes one page; blocks while the pipeline has too many pages in flight. */
        void page(PendingPage page);

        /** Counts a part of the input that is not a page (a WARC request record), by a short reason. */
        void skipped(String reason);

        /** A part of the input that should have been a page but cannot be read; the rest goes on. */
        void failed(String source, String reason);
    }

    /** A single file, read on a worker like any page. */
    static PageInput of(PendingPage page) {
        return new PageInput() {
            @Override
            public String source() {
                return page.source();
            }

            @Override
            public void readInto(Sink sink) {
                sink.page(page);
            }
        };
    }
}
