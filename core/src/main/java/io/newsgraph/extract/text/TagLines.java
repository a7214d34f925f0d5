package io.newsgraph.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Topic labels printed in one header line: "Economy, Europe | Analysis No. 12" or "Tags: Trade, Energy".
 * The labels are a comma-separated list of short capitalised items before a "|" or after "Tags:".
 */
final class TagLines {
    private TagLines() {}

    private static final Pattern TAGS_LABEL = Pattern.compile("^(?:tags|topics)\\s*:\\s*", Pattern.CASE_INSENSITIVE);
    private static final int MAX_ITEM_WORDS = 3;

    static boolean isTagLine(String text) {
        return !tags(text).isEmpty();
    }

    /** The labels in a tag line, in printed order; empty when the line is not one. */
    static List<String> tags(String text) {
        String list;
        var label = TAGS_LABEL.matcher(text);
        if (label.find()) {
            list = text.substring(label.end());
        } else {
            int bar = text.indexOf(" | ");
            if (bar <= 0 || text.split("\\s+").length > 14) {
                return List.of();
            }
            list = text.substring(0, bar);
        }
        boolean labelled = label.find(0);
        List<String> items = new ArrayList<>();
        for (String item : list.split(",")) {
            String s = item.strip();
            if (s.isEmpty() || s.split("\\s+").length > MAX_ITEM_WORDS || !Character.isUpperCase(s.charAt(0))
                    || s.matches(".*\\d.*")) {
                return List.of();
            }
            items.add(s);
        }
        // one item before a bar is as likely a section name as a topic list
        return labelled || items.size() >= 2 ? items : List.of();
    }
}
