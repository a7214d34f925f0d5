package io.newsgraph.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stories as disjoint sets of article indexes (union-find with path halving). Each set carries the name and
 * the position of its story's first article; a union keeps the story that started first, so names never
 * depend on merge order, nor on which of a story's articles a restored clusterer happens to hold.
 */
final class StoryForest {
    private final List<Integer> parent = new ArrayList<>();
    private final Map<Integer, Long> firstPositions = new HashMap<>();
    private final Map<Integer, String> names = new HashMap<>();
    private final Map<Integer, List<Integer>> members = new HashMap<>();

    /** Adds index {@code index} as a story of its own, named {@code name}, whose first article came at {@code firstPosition}. */
    void add(int index, long firstPosition, String name) {
        if (index != parent.size()) throw new IllegalStateException("indexes must be added in order");
        parent.add(index);
        firstPositions.put(index, firstPosition);
        names.put(index, name);
    }

    int root(int p) {
        while (parent.get(p) != p) {
            parent.set(p, parent.get(parent.get(p)));
            p = parent.get(p);
        }
        return p;
    }

    String name(int root) {
        return names.get(root);
    }

    long firstPosition(int root) {
        return firstPositions.get(root);
    }

    /** Joins the sets of {@code a} and {@code b}; returns the root kept, that of the story that started first. */
    int union(int a, int b) {
        int x = root(a), y = root(b);
        if (x == y) return x;
        boolean keepX = firstPosition(x) < firstPosition(y) || (firstPosition(x) == firstPosition(y) && x < y);
        int keep = keepX ? x : y, drop = keepX ? y : x;
        parent.set(drop, keep);
        firstPositions.remove(drop);
        names.remove(drop);
        List<Integer> kept = members.computeIfAbsent(keep, k -> new ArrayList<>(List.of(k)));
        List<Integer> gone = members.remove(drop);
        if (gone == null) kept.add(drop); else kept.addAll(gone);
        return keep;
    }

    /** The indexes of the set rooted at {@code root}, in no particular order. */
    List<Integer> members(int root) {
        return List.copyOf(members.getOrDefault(root, List.of(root)));
    }
}
