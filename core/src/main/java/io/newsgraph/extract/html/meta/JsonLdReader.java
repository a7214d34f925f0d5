package io.newsgraph.extract.html.meta;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Reads the {@code application/ld+json} blocks of a page into {@link JsonLdFacts}. Items are collected
 * from top-level arrays, {@code @graph} lists and nested {@code mainEntity} values; author references by
 * {@code @id} are resolved against the other items. An article type wins over a plain web page; among
 * items of the same rank the first one in the page wins. Broken JSON is skipped, never fatal.
 */
final class JsonLdReader {
    private JsonLdReader() {}

    /** Lenient because pages often ship JSON-LD with raw newlines, comments or trailing commas. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();

    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "blogposting",
            "reportagenews", "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle",
            "backgroundnewsarticle", "askpublicnewsarticle", "livebloggposting", "liveblogposting",
            "scholarlyarticle", "techarticle", "socialmediaposting", "posting", "report", "review",
            "reportagenewsarticle", "discussionforumposting");
    /**
     * Works that are the page's text itself, with its author and dates, when no article is declared. Their
     * name is the work's ("Lemon cake"), not the page's headline, so only a declared headline is read.
     */
    private static final Set<String> WORK_TYPES = Set.of("recipe", "howto", "radioepisode", "podcastepisode");
    private static final Set<String> PAGE_TYPES = Set.of("webpage", "itempage", "aboutpage", "collectionpage",
            "profilepage", "qapage", "faqpage", "medicalwebpage");

    /** Parsed once: parsing compiles its regex. */
    private static final Evaluator LD_JSON = QueryParser.parse("script[type~=(?i)application/ld\\+json]");

    static JsonLdFacts read(Document doc) {
        List<JsonNode> items = new ArrayList<>();
        for (Element script : doc.select(LD_JSON)) {
            try {
                collect(JSON.readTree(script.data().strip()), items, 0);
            } catch (Exception e) {
                // A broken block says nothing reliable; the other sources still count.
            }
        }
        Map<String, JsonNode> byId = new HashMap<>();
        for (JsonNode item : items) {
            if (item.hasNonNull("@id") && item.size() > 1) {
                byId.putIfAbsent(item.get("@id").asText(), item);
            }
        }
        JsonNode main = pick(items, ARTICLE_TYPES);
        boolean fromArticle = main != null;
        JsonNode work = main == null ? pick(items, WORK_TYPES) : null;
        if (work != null) {
            main = work;
        }
        if (main == null) {
            main = pick(items, PAGE_TYPES);
        }
        if (main == null) {
            return JsonLdFacts.NONE;
        }
        List<String> people = new ArrayList<>();
        List<String> organisations = new ArrayList<>();
        authors(main.get("author"), byId, people, organisations);
        if (people.isEmpty() && organisations.isEmpty()) {
            authors(main.get("creator"), byId, people, organisations);
        }
        return new JsonLdFacts(
                work != null ? text(main, "headline") : text(main, "headline", "name"),
                people, organisations,
                name(resolve(main.get("publisher"), byId)),
                text(main, "datePublished", "dateCreated", "uploadDate"),
                text(main, "dateModified"),
                keywords(main.get("keywords")),
                imageUrl(main.get("image")),
                text(main, "url"),
                language(main.get("inLanguage")),
                text(main, "description"),
                text(main, "articleBody"),
                fromArticle);
    }

    private static void collect(JsonNode node, List<JsonNode> items, int depth) {
        if (node == null || depth > 4) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, items, depth + 1));
        } else if (node.isObject()) {
            if (node.has("@type")) {
                items.add(node);
            }
            collect(node.get("@graph"), items, depth + 1);
            collect(node.get("mainEntity"), items, depth + 1);
        }
    }

    private static JsonNode pick(List<JsonNode> items, Set<String> types) {
        for (JsonNode item : items) {
            for (String t : types(item)) {
                if (types.contains(t)) {
                    return item;
                }
            }
        }
        return null;
    }

    private static List<String> types(JsonNode item) {
        List<String> out = new ArrayList<>();
        JsonNode t = item.get("@type");
        if (t == null) {
            return out;
        }
        if (t.isArray()) {
            t.forEach(x -> out.add(x.asText().toLowerCase(java.util.Locale.ROOT)));
        } else {
            out.add(t.asText().toLowerCase(java.util.Locale.ROOT));
        }
        return out;
    }

    private static void authors(JsonNode node, Map<String, JsonNode> byId, List<String> people,
            List<String> organisations) {
        if (node == null || node.isNull()) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> authors(n, byId, people, organisations));
            return;
        }
        if (node.isTextual()) {
            people.add(node.asText());
            return;
        }
        JsonNode resolved = resolve(node, byId);
        String name = name(resolved);
        if (name == null && resolved.hasNonNull("givenName")) {
            name = (resolved.get("givenName").asText() + " " + resolved.path("familyName").asText("")).strip();
        }
        if (name == null) {
            return;
        }
        List<String> types = types(resolved);
        boolean organisation = !types.contains("person") && types.stream().anyMatch(t -> t.contains("organization")
                || t.contains("organisation") || t.equals("corporation") || t.equals("newsmediaorganization"));
        (organisation ? organisations : people).add(name);
    }

    private static JsonNode resolve(JsonNode node, Map<String, JsonNode> byId) {
        if (node != null && node.isObject() && node.size() == 1 && node.hasNonNull("@id")) {
            return byId.getOrDefault(node.get("@id").asText(), node);
        }
        if (node != null && node.isArray() && !node.isEmpty()) {
            return resolve(node.get(0), byId);
        }
        return node;
    }

    private static String name(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isTextual()) {
            return Texts.clean(Texts.unescape(node.asText()));
        }
        JsonNode n = node.get("name");
        if (n != null && n.isArray() && !n.isEmpty()) {
            n = n.get(0);
        }
        return n == null || !n.isValueNode() ? null : Texts.clean(Texts.unescape(n.asText()));
    }

    private static String text(JsonNode item, String... keys) {
        for (String key : keys) {
            JsonNode v = item.get(key);
            if (v != null && v.isArray() && !v.isEmpty()) {
                v = v.get(0);
            }
            if (v != null && v.isValueNode()) {
                String s = Texts.clean(Texts.unescape(v.asText()));
                if (s != null) {
                    return s;
                }
            }
        }
        return null;
    }

    private static List<String> keywords(JsonNode node) {
        Set<String> out = new LinkedHashSet<>();
        if (node == null) {
            return List.of();
        }
        if (node.isArray()) {
            node.forEach(k -> out.addAll(keywords(k)));
        } else if (node.isValueNode()) {
            for (String k : node.asText().split("[,;]")) {
                String c = Texts.clean(k);
                if (c != null) {
                    out.add(c);
                }
            }
        }
        return List.copyOf(out);
    }

    private static String imageUrl(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : imageUrl(node.get(0));
        }
        if (node.isTextual()) {
            return Texts.clean(node.asText());
        }
        JsonNode url = node.has("url") ? node.get("url") : node.get("contentUrl");
        return url == null ? null : imageUrl(url);
    }

    private static String language(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isObject()) {
            return name(node);
        }
        return Texts.clean(node.asText());
    }
}
