package io.newsgraph.eval;

import io.newsgraph.entities.EntityType;
import io.newsgraph.entities.Mention;
import io.newsgraph.extract.Article;
import io.newsgraph.ingest.Page;
import io.newsgraph.ingest.PageType;
import io.newsgraph.pipeline.EntityStage;
import io.newsgraph.pipeline.ProcessedPage;
import io.newsgraph.pipeline.StoryStage;
import io.newsgraph.pipeline.Progress;
import io.newsgraph.quotes.Statement;
import io.newsgraph.store.NewsStore;
import io.newsgraph.stories.LexicalEncoder;
import io.newsgraph.stories.StoryOptions;
import io.newsgraph.store.StoreException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Fills a store with generated articles for load tests of the server: rows are written directly (running
 * the extractors on 100,000 pages would take hours and measure them, not the server). Words follow a Zipf
 * law over an invented vocabulary, so searches range from rare to very common terms; each article has an
 * outlet out of twelve, a date over five years, two statements by a person, and name mentions that the entity
 * and stories stages process as they would after an ingest. Deterministic for a given size.
 */
public final class GeneratedNewsStore {
    /** Words by rank, rank 0 the most frequent; the load script's queries pick from these ranks. */
    public static final int VOCABULARY = 20_000;
    private static final int WORDS_PER_ARTICLE = 220;
    private static final int OUTLETS = 12;
    private static final int PEOPLE = 400;
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ten", "ar", "vel", "do", "ris", "an", "mor", "se", "ul",
            "pra", "ne", "ost", "qui", "ba", "ter", "en", "gal", "ro", "fin", "da", "sto"};

    private GeneratedNewsStore() {}

    /** The word of this rank: syllables spelled from the rank's digits in base 24, so every rank is a distinct word. */
    public static String word(int rank) {
        StringBuilder w = new StringBuilder();
        int n = rank + SYLLABLES.length; // at least two syllables
        while (n > 0) {
            w.append(SYLLABLES[n % SYLLABLES.length]);
            n /= SYLLABLES.length;
        }
        return w.toString();
    }

    /** Writes {@code count} articles into the store in {@code dir} and resolves their mentions; progress on {@code log}. */
    public static void fill(Path dir, int count, java.io.PrintWriter log) throws StoreException {
        Random random = new Random(20240413L);
        double[] cumulative = zipf(VOCABULARY);
        String[] people = new String[PEOPLE];
        for (int i = 0; i < PEOPLE; i++) people[i] = capital(word(5_000 + i * 7)) + " " + capital(word(9_000 + i * 11));
        try (NewsStore db = NewsStore.open(dir)) {
            long start = System.nanoTime();
            List<ProcessedPage> batch = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                batch.add(article(i, random, cumulative, people));
                if (batch.size() == 2_000 || i == count - 1) {
                    db.write(batch, List.of());
                    batch.clear();
                    log.printf("generated %,d/%,d articles (%.0f s)%n", i + 1, count, (System.nanoTime() - start) / 1e9);
                    log.flush();
                }
            }
            new EntityStage(db).resolvePending(Progress.NONE);
            log.printf("resolved entities (%.0f s in all)%n", (System.nanoTime() - start) / 1e9);
            log.flush();
            // placed here, with the lexical encoder as the stories benchmark does at this size, so that the server
            // finds nothing pending at start (it would otherwise encode 200,000 statements with MiniLM first)
            new StoryStage(db, new LexicalEncoder(), StoryOptions.DEFAULTS).placePending(Progress.NONE);
            log.printf("placed stories (%.0f s in all)%n", (System.nanoTime() - start) / 1e9);
            log.flush();
        }
    }

    private static ProcessedPage article(int i, Random random, double[] cumulative, String[] people) {
        String person = people[(int) Math.min(PEOPLE - 1, Math.abs(random.nextGaussian()) * PEOPLE / 3)];
        StringBuilder text = new StringBuilder();
        List<Mention> mentions = new ArrayList<>();
        List<Statement> statements = new ArrayList<>();
        for (int paragraph = 0; paragraph < 4; paragraph++) {
            if (paragraph > 0) text.append("\n\n");
            int nameAt = text.length();
            text.append(person);
            mentions.add(new Mention(person, EntityType.PERSON, -1, nameAt, nameAt + person.length(), person));
            text.append(" said that ");
            int quoteAt = text.length();
            for (int w = 0; w < WORDS_PER_ARTICLE / 4; w++) {
                if (w > 0) text.append(' ');
                text.append(word(rank(random, cumulative)));
            }
            if (paragraph < 2) {
                statements.add(new Statement("indirect", person, person, "person", "said", text.substring(quoteAt), quoteAt,
                        text.length(), null));
            }
            text.append('.');
        }
        String outlet = "Outlet " + capital(word(100 + i % OUTLETS));
        String published = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(5 * 365)) + "T" + String.format("%02d:%02d",
                random.nextInt(24), random.nextInt(60));
        String source = "generated/" + i + ".html";
        Article a = Article.builder(source).outlet(outlet).title(capital(word(rank(random, cumulative))) + " "
                + word(rank(random, cumulative)) + " " + word(rank(random, cumulative))).published(published)
                .language("en").text(text.toString()).build();
        Page page = new Page(source, null, PageType.HTML, a.title(), "generated-" + i);
        return ProcessedPage.ok(page, a, statements, mentions);
    }

    private static int rank(Random random, double[] cumulative) {
        int r = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
        return Math.min(cumulative.length - 1, r < 0 ? -r - 1 : r);
    }

    /** Cumulative probabilities of ranks under Zipf's law with exponent 1. */
    private static double[] zipf(int n) {
        double[] c = new double[n];
        double sum = 0;
        for (int r = 0; r < n; r++) sum += 1.0 / (r + 1);
        double acc = 0;
        for (int r = 0; r < n; r++) {
            acc += 1.0 / (r + 1) / sum;
            c[r] = acc;
        }
        return c;
    }

    private static String capital(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
