package io.newsgraph.entities;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsgraph.extract.Article;
import io.newsgraph.extract.text.TextDumpExtractor;
import io.newsgraph.ingest.Page;
import io.newsgraph.ingest.PageType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The five seed pages, extracted, and their gold, from {@code shared/corpus/seeds}. */
final class SeedArticles {
    private SeedArticles() {}

    static Path seeds() {
        String prop = System.getProperty("newsgraph.shared");
        for (Path root : List.of(prop == null ? Path.of("../../shared") : Path.of(prop), Path.of("../../shared"), Path.of("../shared"))) {
            Path p = root.resolve("corpus/seeds");
            if (Files.isRegularFile(p.resolve("gold.json"))) return p;
        }
        throw new IllegalStateException("seed corpus not found (set -Dnewsgraph.shared=<path to shared>)");
    }

    static JsonNode json(String name) throws IOException {
        return new ObjectMapper().readTree(seeds().resolve(name).toFile());
    }

    /** File name → extracted article, in gold order. */
    static Map<String, Article> articles() throws IOException {
        Map<String, Article> out = new LinkedHashMap<>();
        TextDumpExtractor extractor = new TextDumpExtractor();
        for (JsonNode doc : json("gold.json").get("documents")) {
            String name = doc.get("file").asText();
            Path file = seeds().resolve(name);
            out.put(name, extractor.extract(new Page(file.toString(), null, PageType.TEXT,
                    Files.readString(file, StandardCharsets.UTF_8), "seed")));
        }
        return out;
    }
}
