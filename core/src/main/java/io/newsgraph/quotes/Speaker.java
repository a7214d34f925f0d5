package io.newsgraph.quotes;

/**
 * A resolved speaker, immutable: the name used for it in the article, its type, and whether it still
 * waits for a name given later ("A senior official said …" in a lead that names him in the next line).
 */
record Speaker(String name, String type, boolean pending) {

    static Speaker of(String name, String type) {
        return new Speaker(name, type, false);
    }
}
