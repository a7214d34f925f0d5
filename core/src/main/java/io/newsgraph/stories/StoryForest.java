package io.newsgraph.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stories as disjoint sets of article positions (union-find with path halving). The root of a set is
 * always its smallest position, the story's earliest article, so names never depend on merge order.
 */
final class StoryForest {
    private final List<Integer> parent = new ArrayList<>();
    private final Map<Integer, List<Integer>> members = new HashMap<>();

    void add(int position) {
        if (position != parent.size()) throw new IllegalStateException("positions must be added in order");
        parent.add(position);
    }

    int root(int p) {
        while (parent.get(p) != p) {
            parent.set(p, parent.get(parent.get(p)));
            p = parent.get(p);
        }
        return p;
    }

    /** Joins the sets of {@code a} and {@code b}; returns the root kept, the smaller one. */
    int union(int a, int b) {
        int x = root(a), y = root(b);
        if (x == y) return x;
        int keep = Math.min(x, y), drop = Math.max(x, y);
        parent.set(drop, keep);
        List<Integer> kept = members.computeIfAbsent(keep, k -> new ArrayList<>(List.of(k)));
        List<Integer> gone = members.remove(drop);
        if (gone == null) kept.add(drop); else kept.addAll(gone);
        kept.sort(null);
        return keep;
    }

    /** The positions of the set rooted at {@code root}, ascending. */
    List<Integer> members(int root) {
        return List.copyOf(members.getOrDefault(root, List.of(root)));
    }
}
