package io.newsgraph.extract.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Lays out the text under some elements as a browser would break it into blocks: every block-level
 * element (and every {@code <br>}) ends the current block. Iterative, via {@link NodeTraversor}.
 */
final class BlockCollector implements NodeVisitor {

    private final List<TextBlock> blocks = new ArrayList<>();
    private final Deque<Element> blockTags = new ArrayDeque<>();
    private final StringBuilder text = new StringBuilder();
    private Element owner;
    private int chars;
    private int linkChars;
    private int linkDepth;
    private boolean pendingBreak;
    private final Deadline deadline;

    private BlockCollector(Deadline deadline) {
        this.deadline = deadline;
    }

    /** The text blocks under each of {@code roots}, in order. */
    static List<TextBlock> collect(List<Element> roots, Deadline deadline) {
        BlockCollector c = new BlockCollector(deadline);
        for (Element root : roots) {
            c.blockTags.clear();
            c.blockTags.push(root);
            NodeTraversor.traverse(c, root);
            c.flush();
        }
        return c.blocks;
    }

    @Override
    public void head(Node node, int depth) {
        deadline.check();
        if (node instanceof TextNode t) {
            append(t.getWholeText());
        } else if (node instanceof Element e) {
            String name = e.normalName();
            if (name.equals("br") || name.equals("hr")) {
                flush();
            } else if (HtmlTags.BLOCK.contains(name)) {
                flush();
                blockTags.push(e);
            } else if (name.equals("a")) {
                linkDepth++;
                separateWord();
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element e) {
            String name = e.normalName();
            if (name.equals("br") || name.equals("hr")) {
                return;
            }
            if (HtmlTags.BLOCK.contains(name)) {
                flush();
                if (!blockTags.isEmpty()) {
                    blockTags.pop();
                }
            } else if (name.equals("a")) {
                linkDepth = Math.max(0, linkDepth - 1);
                separateWord();
            }
        }
    }

    /**
     * Marks a link edge as a word boundary: a link is a lexical unit of its own, and in scripts
     * written without spaces (Japanese, Chinese) its edges are where the words split. Applied only
     * between two letters or digits, so "Reuters</a>." stays "Reuters.".
     */
    private void separateWord() {
        pendingBreak = true;
    }

    private void append(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (TextStats.isNoise(c)) {
                continue;
            }
            if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b') {
                if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
                    text.append(' ');
                }
            } else {
                if (pendingBreak && text.length() > 0 && Character.isLetterOrDigit(c)
                        && Character.isLetterOrDigit(text.charAt(text.length() - 1))) {
                    text.append(' ');
                }
                pendingBreak = false;
                if (chars == 0) {
                    owner = blockTags.peek();
                }
                text.append(c);
                chars++;
                if (linkDepth > 0) {
                    linkChars++;
                }
            }
        }
    }

    private void flush() {
        if (chars > 0) {
            blocks.add(new TextBlock(text.toString().strip(), owner.normalName(), linkChars, chars, owner));
        }
        text.setLength(0);
        pendingBreak = false;
        chars = 0;
        linkChars = 0;
    }
}
