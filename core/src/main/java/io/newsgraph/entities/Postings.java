package io.newsgraph.entities;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The blocking index of {@link EntityResolver}: block key → ids of the entities filed under it, kept
 * sorted so candidates come out in a fixed order. Adding an article reads only the blocks of its own
 * names, which is what keeps resolution cost independent of how many entities are stored. Not thread-safe.
 */
final class Postings {
    private final Map<String, List<Integer>> byKey = new HashMap<>();

    void add(String key, int id) {
        List<Integer> ids = byKey.computeIfAbsent(key, k -> new ArrayList<>(2));
        int at = Collections.binarySearch(ids, id);
        if (at < 0) ids.add(-at - 1, id);
    }

    void remove(String key, int id) {
        List<Integer> ids = byKey.get(key);
        if (ids == null) return;
        int at = Collections.binarySearch(ids, id);
        if (at >= 0) ids.remove(at);
        if (ids.isEmpty()) byKey.remove(key);
    }

    List<Integer> get(String key) {
        return byKey.getOrDefault(key, List.of());
    }

    int size() {
        return byKey.size();
    }
}
