package io.newsgraph.pipeline;

/** Receives running counts from a long job; the CLI prints them on stderr. */
@FunctionalInterface
public interface Progress {
    void update(long done, long total, long added, long unchanged, long failed);

    Progress NONE = (done, total, added, unchanged, failed) -> { };
}
