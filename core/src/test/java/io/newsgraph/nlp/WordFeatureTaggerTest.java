package io.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.eval.SharedDir;
import io.newsgraph.eval.BenchPages;
import io.newsgraph.extract.ArticleExtractor;
import io.newsgraph.ingest.Page;
import io.newsgraph.ingest.PageType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.Test;

/**
 * The per-word tagger must give every token the tag OpenNLP's own tagger (its beam of 3, as the model's
 * manifest asks) gives it, on real news text: the seed pages and the extraction benchmark's articles.
 */
class WordFeatureTaggerTest {

    @Test
    void tagsEveryTokenAsOpenNlpsTaggerDoes() throws IOException {
        List<String> texts = new ArrayList<>();
        ArticleExtractor extractor = new ArticleExtractor();
        Path seeds = SharedDir.find().resolve("corpus/seeds");
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(extractor.extract(new Page(f.toString(), null, PageType.TEXT, Files.readString(f), f.toString())).text());
            }
        }
        for (Page p : BenchPages.load(SharedDir.find().resolve("bench/extraction"))) texts.add(extractor.extract(p).text());

        POSTaggerME reference = new POSTaggerME(EnglishModels.tags());
        WordFeatureTagger tagger = new WordFeatureTagger(EnglishModels.tags());
        TextAnalyzer analyzer = new TextAnalyzer();
        int tokens = 0;
        for (String text : texts) {
            for (Sentence s : analyzer.sentences(text)) {
                String[] words = s.tokens().stream().map(Token::text).toArray(String[]::new);
                if (words.length == 0) continue;
                String[] expected = reference.tag(words);
                String[] actual = tagger.tag(words);
                assertEquals(List.of(expected), List.of(actual), () -> "tags differ in: " + String.join(" ", words));
                tokens += words.length;
            }
        }
        assertTrue(tokens > 100_000, "compared " + tokens + " tokens");
    }
}
