package io.newsgraph.extract.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The page's {@code <meta>} tags by key, read in one pass: each tag counts under its
 * {@code property}, its {@code name} and every word of its {@code itemprop} ("datePublished
 * dateCreated"), case-insensitively. Immutable after construction.
 */
final class MetaTags {

    private final Map<String, List<String>> byKey = new HashMap<>();

    private MetaTags() {}

    static MetaTags of(Document doc) {
        MetaTags tags = new MetaTags();
        for (Element m : doc.getElementsByTag("meta")) {
            String content = m.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            tags.add(m.attr("property"), content);
            tags.add(m.attr("name"), content);
            String itemprop = m.attr("itemprop");
            if (!itemprop.isEmpty()) {
                for (String token : itemprop.split("\\s+")) {
                    tags.add(token, content);
                }
            }
        }
        return tags;
    }

    private void add(String key, String content) {
        if (!key.isBlank()) {
            byKey.computeIfAbsent(key.strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>(1)).add(content);
        }
    }

    /** The content of the first tag with this key, or null. */
    String get(String key) {
        List<String> values = byKey.get(key.toLowerCase(Locale.ROOT));
        return values == null ? null : values.get(0);
    }

    /** The contents of every tag with this key, in page order (article:tag may repeat). */
    List<String> all(String key) {
        return byKey.getOrDefault(key.toLowerCase(Locale.ROOT), List.of());
    }
}
