package io.newsgraph.extract.html;

import java.io.Reader;
import java.io.StringReader;

/**
 * The page text as a {@link Reader} that checks the deadline at every read, so that jsoup's parse,
 * which pulls the input in chunks, stops on time on a huge page instead of running to the end.
 */
final class DeadlineReader extends Reader {
    private final StringReader in;
    private final Deadline deadline;

    DeadlineReader(String text, Deadline deadline) {
        this.in = new StringReader(text);
        this.deadline = deadline;
    }

    @Override
    public int read(char[] buf, int off, int len) throws java.io.IOException {
        deadline.checkNow();
        return in.read(buf, off, len);
    }

    @Override
    public void close() {
        in.close();
    }
}
