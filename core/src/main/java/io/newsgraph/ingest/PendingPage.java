package io.newsgraph.ingest;

/**
 * A page not read yet: the unit of work an input hands to the pipeline. Reading it (gunzip, charset,
 * hash) runs on a worker, so a file input costs its reader nothing but a path.
 */
public interface PendingPage {
    /** How the page is named in output and failures. */
    String source();

    Page read(PageReader reader) throws PageReadException;
}
