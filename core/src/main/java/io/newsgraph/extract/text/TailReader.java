package io.newsgraph.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the tags (the bulleted short items, or a "Tags: a, b" line, right after the body) and the
 * numbered footnotes after the body. Stateless.
 */
final class TailReader {

    private static final Pattern TAGS_LABEL = Pattern.compile("(?i)^(?:tags|topics|tagged|keywords)\\s*:?$");
    /** Tag items are short names, not sentences. */
    private static final int MAX_TAG_WORDS = 6;

    Tail read(List<Line> lines, List<LineKind> kinds, BodyRange body) {
        if (body.isEmpty()) {
            return new Tail(List.of(), List.of());
        }
        return new Tail(tags(lines, kinds, body.last() + 1), footnotes(lines, kinds, body.last() + 1));
    }

    private static List<String> tags(List<Line> lines, List<LineKind> kinds, int from) {
        int i = from;
        while (i < lines.size() && (kinds.get(i) == LineKind.BLANK || kinds.get(i) == LineKind.READ_MORE
                || kinds.get(i) == LineKind.PAGE_WIDGET || kinds.get(i) == LineKind.TWEET
                || TAGS_LABEL.matcher(lines.get(i).text()).matches())) {
            i++;
        }
        if (i < lines.size() && kinds.get(i) == LineKind.TAG_LINE) {
            return TagLines.tags(lines.get(i).text());
        }
        List<String> tags = new ArrayList<>();
        for (; i < lines.size() && lines.get(i).bullet() && kinds.get(i) == LineKind.MENU; i++) {
            String item = lines.get(i).text();
            if (!item.isEmpty() && lines.get(i).words() <= MAX_TAG_WORDS) {
                tags.add(item);
            }
        }
        return tags;
    }

    /** Each "[n] …" line with the lines that continue it, joined by a space. */
    private static List<String> footnotes(List<Line> lines, List<LineKind> kinds, int from) {
        List<String> notes = new ArrayList<>();
        StringBuilder current = null;
        for (int i = from; i < lines.size(); i++) {
            if (kinds.get(i) != LineKind.FOOTNOTE) {
                continue;
            }
            String text = lines.get(i).text();
            if (Boilerplate.FOOTNOTE.matcher(text).find()) {
                if (current != null) {
                    notes.add(current.toString());
                }
                current = new StringBuilder(text);
            } else if (current != null) {
                current.append(' ').append(text);
            }
        }
        if (current != null) {
            notes.add(current.toString());
        }
        return notes;
    }
}
