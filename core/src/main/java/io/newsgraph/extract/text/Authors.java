package io.newsgraph.extract.text;

import java.util.ArrayList;
import java.util.List;

/** Splits a byline into one name per author: "Jane Doe and John Roe", "A, B and C". */
final class Authors {
    private Authors() {}

    static List<String> split(String byline) {
        List<String> out = new ArrayList<>();
        for (String part : byline.split("\\s*,\\s*|\\s+and\\s+|\\s*&\\s*")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }
}
