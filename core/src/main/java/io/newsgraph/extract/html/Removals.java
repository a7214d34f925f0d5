package io.newsgraph.extract.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Nodes taken out of a tree, each with where it was, so that the tree can be put back exactly as it was:
 * a second look at a page after cleaning it then needs no second parse.
 */
final class Removals {
    private record Removed(Node node, Element parent, int index) {}

    private final List<Removed> removed = new ArrayList<>();

    /** Takes the node (which has a parent) out of the tree and notes where it was. */
    void remove(Node node) {
        removed.add(new Removed(node, node.parentElement(), node.siblingIndex()));
        node.remove();
    }

    /** Puts every removed node back, last removed first, so that each one's index is right again. */
    void restore() {
        for (int i = removed.size() - 1; i >= 0; i--) {
            Removed r = removed.get(i);
            r.parent().insertChildren(r.index(), r.node());
        }
        removed.clear();
    }
}
