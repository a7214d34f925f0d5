package io.newsgraph.extract.html;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page's schema.org JSON-LD says about its article (the first Article-like object found in any
 * {@code application/ld+json} script, including inside {@code @graph} and arrays). Every string may
 * be null; lists may be empty. Immutable. Broken JSON is skipped, never thrown.
 */
record JsonLdArticle(String headline, String datePublished, String dateModified, List<String> authors,
                     String publisher, List<String> keywords, String image, String articleBody, String url) {

    static final JsonLdArticle NONE = new JsonLdArticle(null, null, null, List.of(), null, List.of(), null, null, null);

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();

    private static final Set<String> ARTICLE_TYPES = Set.of(
            "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
            "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "socialmediaposting",
            "liveblogposting", "techarticle", "scholarlyarticle", "posting", "report");

    /** Bounds the walk over nested JSON so a hostile page cannot make it slow. */
    private static final int MAX_NODES = 5_000;

    JsonLdArticle {
        authors = List.copyOf(authors);
        keywords = List.copyOf(keywords);
    }

    static JsonLdArticle read(Document doc) {
        String publisherFallback = null;
        for (Element script : doc.getElementsByTag("script")) {
            if (!script.attr("type").toLowerCase(java.util.Locale.ROOT).contains("ld+json")) {
                continue;
            }
            JsonNode root;
            try {
                root = JSON.readTree(script.data().strip());
            } catch (Exception e) {
                continue;
            }
            if (root == null) {
                continue;
            }
            Deque<JsonNode> todo = new ArrayDeque<>();
            todo.add(root);
            int seen = 0;
            while (!todo.isEmpty() && seen++ < MAX_NODES) {
                JsonNode n = todo.poll();
                if (n.isArray()) {
                    n.forEach(todo::add);
                    continue;
                }
                if (!n.isObject()) {
                    continue;
                }
                if (isArticle(n)) {
                    return from(n);
                }
                if (publisherFallback == null && hasType(n, "organization", "newsmediaorganization", "website")) {
                    publisherFallback = text(n.get("name"));
                }
                JsonNode graph = n.get("@graph");
                if (graph != null) {
                    todo.add(graph);
                }
                JsonNode main = n.get("mainEntity");
                if (main != null) {
                    todo.add(main);
                }
            }
        }
        return publisherFallback == null ? NONE
                : new JsonLdArticle(null, null, null, List.of(), publisherFallback, List.of(), null, null, null);
    }

    private static boolean isArticle(JsonNode n) {
        JsonNode type = n.get("@type");
        if (type == null) {
            return false;
        }
        for (String t : strings(type)) {
            if (ARTICLE_TYPES.contains(t.toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasType(JsonNode n, String... types) {
        JsonNode type = n.get("@type");
        if (type == null) {
            return false;
        }
        for (String t : strings(type)) {
            for (String wanted : types) {
                if (t.equalsIgnoreCase(wanted)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static JsonLdArticle from(JsonNode n) {
        List<String> authors = new ArrayList<>();
        JsonNode author = n.get("author");
        if (author != null) {
            for (JsonNode a : author.isArray() ? author : List.of(author)) {
                String name = a.isObject() ? text(a.get("name")) : text(a);
                if (name != null && !name.isBlank()) {
                    authors.add(name.strip());
                }
            }
        }
        Set<String> keywords = new LinkedHashSet<>();
        JsonNode kw = n.get("keywords");
        if (kw != null) {
            for (String k : strings(kw)) {
                for (String part : k.split(",")) {
                    if (!part.isBlank()) {
                        keywords.add(part.strip());
                    }
                }
            }
        }
        JsonNode publisher = n.get("publisher");
        String publisherName = publisher == null ? null : publisher.isObject() ? text(publisher.get("name")) : text(publisher);
        JsonNode image = n.get("image");
        String imageUrl = null;
        if (image != null) {
            JsonNode first = image.isArray() && image.size() > 0 ? image.get(0) : image;
            imageUrl = first.isObject() ? text(first.get("url")) : text(first);
        }
        String url = text(n.get("url"));
        if (url == null && n.get("mainEntityOfPage") != null) {
            JsonNode m = n.get("mainEntityOfPage");
            url = m.isObject() ? text(m.get("@id")) : text(m);
        }
        return new JsonLdArticle(text(n.get("headline")), text(n.get("datePublished")), text(n.get("dateModified")),
                authors, publisherName, new ArrayList<>(keywords), imageUrl, text(n.get("articleBody")), url);
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n.isArray()) {
            n.forEach(x -> {
                if (x.isValueNode()) {
                    out.add(x.asText());
                }
            });
        } else if (n.isValueNode()) {
            out.add(n.asText());
        }
        return out;
    }

    private static String text(JsonNode n) {
        if (n == null || n.isNull() || !n.isValueNode()) {
            return null;
        }
        String s = n.asText().strip();
        return s.isEmpty() ? null : s;
    }
}
