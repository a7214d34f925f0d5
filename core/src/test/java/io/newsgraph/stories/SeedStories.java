package io.newsgraph.stories;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsgraph.entities.EntityResolver;
import io.newsgraph.entities.Mention;
import io.newsgraph.entities.MentionFinder;
import io.newsgraph.eval.SharedDir;
import io.newsgraph.extract.Article;

import io.newsgraph.extract.text.TextDumpExtractor;
import io.newsgraph.ingest.Page;
import io.newsgraph.ingest.PageType;
import io.newsgraph.pipeline.StoryInput;
import io.newsgraph.quotes.StatementFinder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The five seed pages as the store will feed them to the stories stage: extracted, their statements
 * found, their mentions resolved across all five (so one person has one entity id in every page), and
 * the speakers bound to those ids. Also the gold stories.
 */
final class SeedStories {
    private SeedStories() {}

    static JsonNode gold() throws IOException {
        return new ObjectMapper().readTree(SharedDir.seeds().resolve("gold.json").toFile());
    }

    /** File name → story article, in gold order. */
    static Map<String, StoryArticle> articles() throws IOException {
        TextDumpExtractor extractor = new TextDumpExtractor();
        StatementFinder statements = new StatementFinder();
        MentionFinder mentions = new MentionFinder();
        EntityResolver resolver = new EntityResolver();
        Map<String, Article> extracted = new LinkedHashMap<>();
        Map<String, List<Mention>> found = new LinkedHashMap<>();
        for (JsonNode doc : gold().get("documents")) {
            String name = doc.get("file").asText();
            Path file = SharedDir.seeds().resolve(name);
            Article a = extractor.extract(new Page(file.toString(), null, PageType.TEXT,
                    Files.readString(file, StandardCharsets.UTF_8), "seed"));
            extracted.put(name, a);
            found.put(name, mentions.find(a));
            resolver.add(name, found.get(name));
        }
        Map<String, StoryArticle> out = new LinkedHashMap<>();
        extracted.forEach((name, a) -> {
            List<Mention> ms = found.get(name);
            List<String> ids = IntStream.range(0, ms.size()).mapToObj(i -> resolver.entityOf(name, i)).toList();
            out.put(name, StoryInput.of(name, a, statements.find(a), ms, ids));
        });
        return out;
    }
}
