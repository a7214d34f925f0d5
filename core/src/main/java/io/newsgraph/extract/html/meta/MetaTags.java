package io.newsgraph.extract.html.meta;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The page's {@code <meta>} tags, keyed by lower-cased {@code name}, {@code property} or
 * {@code http-equiv}. Tags that carry {@code itemprop} only are microdata and are read elsewhere, where
 * their place in the page can be checked. Immutable after construction.
 */
final class MetaTags {
    private final Map<String, List<String>> values = new LinkedHashMap<>();

    MetaTags(Document doc) {
        for (Element m : doc.getElementsByTag("meta")) {
            String content = Texts.clean(Texts.unescape(m.attr("content")));
            if (content == null) {
                continue;
            }
            for (String attr : new String[] {"name", "property", "http-equiv"}) {
                String key = m.attr(attr).strip().toLowerCase(Locale.ROOT);
                if (!key.isEmpty()) {
                    values.computeIfAbsent(key, k -> new ArrayList<>()).add(content);
                }
            }
        }
    }

    /** The first value of the first key that has one, else null. */
    String first(String... keys) {
        for (String key : keys) {
            List<String> v = values.get(key);
            if (v != null && !v.isEmpty()) {
                return v.get(0);
            }
        }
        return null;
    }

    /** All values of these keys, in key order then page order. */
    List<String> all(String... keys) {
        List<String> out = new ArrayList<>();
        for (String key : keys) {
            out.addAll(values.getOrDefault(key, List.of()));
        }
        return out;
    }
}
