package io.newsgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * One entry of {@code evaldata.json} (see {@code FORMAT.md}). Immutable. Gold fields are null when the
 * entry has none (an empty string in the file counts as none).
 *
 * @param url     the page URL
 * @param file    the page file name; the page is {@code html/<file>.gz}
 * @param title   gold title
 * @param authors gold author names: a list in the file, or one string that may name several people
 * @param date    gold date, yyyy-MM-dd
 * @param with    snippets the main text must contain
 * @param without snippets the main text must not contain
 */
record EvalPage(String url, String file, String title, List<String> authors, String date, List<String> with,
        List<String> without) {

    EvalPage {
        authors = List.copyOf(authors);
        with = List.copyOf(with);
        without = List.copyOf(without);
    }

    static List<EvalPage> readAll(Path evaldata) throws IOException {
        JsonNode root = new ObjectMapper().readTree(evaldata.toFile());
        List<EvalPage> pages = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            pages.add(new EvalPage(e.getKey(), v.path("file").asText(), text(v.get("title")), strings(v.get("author")),
                    text(v.get("date")), strings(v.get("with")), strings(v.get("without"))));
        }
        return pages;
    }

    Path htmlPath(Path dir) {
        return dir.resolve("html").resolve(file + ".gz");
    }

    private static String text(JsonNode n) {
        if (n == null || n.isNull() || n.asText().isBlank()) {
            return null;
        }
        return n.asText();
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (n.isArray()) {
            n.forEach(x -> {
                if (!x.asText().isBlank()) {
                    out.add(x.asText());
                }
            });
        } else if (!n.asText().isBlank()) {
            out.add(n.asText());
        }
        return out;
    }
}
