package io.newsgraph.stories;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * A stream of synthetic articles with known stories, for measuring clustering (B-cubed) and its speed.
 * Fully determined by the seed.
 *
 * <p>An event has a day, a topic, a speaker and other participants (entities), claims (what is said) and
 * facts (what is told). Each outlet that reports it retells a share of the facts and quotes some claims,
 * choosing per concept between its two wordings, as two translations would, dropping and adding words,
 * and adds background sentences on the topic and filler. Some reports are syndicated: a near copy under
 * another outlet with a sentence dropped and a few words changed. About a third of the events get a
 * look-alike: another event on the same day and topic with the same speaker and participants, but other
 * claims and facts, so that entities, dates and topic vocabulary are not enough to tell them apart.
 * Every article also names one or two "hub" entities that half the stream names.
 *
 * <p>Articles are ordered by day (shuffled within a day) and numbered in that order, like a crawl.
 */
public final class SyntheticStories {
    private static final int ARTICLES_PER_DAY = 250;
    private static final int OUTLETS = 40;
    private static final int HUBS = 12;
    private static final int TOPICS = 60;
    private static final int ENTITIES_PER_TOPIC = 80;
    private static final LocalDate START = LocalDate.of(2024, 1, 1);

    /** The stream and its truth: article id → event id. */
    public record Stream(List<StoryArticle> articles, Map<String, String> truth) {}

    private final Random random;
    private final SyntheticVocabulary words;

    public SyntheticStories(long seed) {
        random = new Random(seed);
        words = new SyntheticVocabulary(random, 400, TOPICS, 150);
    }

    private record Event(String id, int day, int topic, String speaker, List<String> participants,
            List<int[]> claims, List<int[]> facts) {}

    private record Draft(Event event, int day, int order, StoryArticle article) {}

    /** At least {@code size} articles (the last event is reported in full). */
    public Stream generate(int size) {
        int days = Math.max(20, size / ARTICLES_PER_DAY);
        List<Draft> drafts = new ArrayList<>();
        int events = 0;
        while (drafts.size() < size) {
            Event e = event("v" + events++, random.nextInt(days), random.nextInt(TOPICS), null);
            report(e, drafts);
            if (random.nextDouble() < 0.33) report(event("v" + events++, e.day(), e.topic(), e), drafts);
        }
        drafts.sort(Comparator.comparingInt(Draft::day).thenComparingInt(Draft::order));
        List<StoryArticle> articles = new ArrayList<>();
        Map<String, String> truth = new TreeMap<>();
        for (Draft d : drafts) {
            String id = String.format("a%07d", articles.size());
            StoryArticle a = d.article();
            articles.add(new StoryArticle(id, a.outlet(), START.plusDays(d.day()).atTime(random.nextInt(24), random.nextInt(60)),
                    a.title(), a.text(), a.statements(), a.entities(), null));
            truth.put(id, d.event().id());
        }
        return new Stream(articles, truth);
    }

    /** A new event; a look-alike takes the day, topic, speaker and participants of its {@code twin}. */
    private Event event(String id, int day, int topic, Event twin) {
        String speaker = twin != null ? twin.speaker() : topicEntity(topic);
        List<String> participants = twin != null ? twin.participants() : List.of(topicEntity(topic), topicEntity(topic), topicEntity(topic));
        List<int[]> claims = new ArrayList<>(), facts = new ArrayList<>();
        for (int i = 2 + random.nextInt(4); i > 0; i--) claims.add(concepts(8 + random.nextInt(7)));
        for (int i = 4 + random.nextInt(5); i > 0; i--) facts.add(concepts(8 + random.nextInt(9)));
        return new Event(id, day, topic, speaker, participants, claims, facts);
    }

    private void report(Event e, List<Draft> drafts) {
        double r = random.nextDouble();
        int reports = r < 0.35 ? 1 : r < 0.60 ? 2 : r < 0.80 ? 3 : 4 + random.nextInt(5);
        for (int i = 0; i < reports; i++) {
            int day = e.day() + (random.nextDouble() < 0.6 ? 0 : 1 + random.nextInt(2));
            StoryArticle a = article(e, "Outlet " + random.nextInt(OUTLETS));
            drafts.add(new Draft(e, day, random.nextInt(), a));
            if (random.nextDouble() < 0.15) {
                drafts.add(new Draft(e, day + random.nextInt(2), random.nextInt(), syndicate(a, "Outlet " + random.nextInt(OUTLETS))));
            }
        }
    }

    private StoryArticle article(Event e, String outlet) {
        List<String> sentences = new ArrayList<>();
        for (int[] fact : e.facts()) if (random.nextDouble() < 0.75) sentences.add(render(e.topic(), fact, outlet));
        for (int i = 1 + random.nextInt(3); i > 0; i--) sentences.add(render(e.topic(), concepts(10), outlet));
        List<StoryStatement> statements = new ArrayList<>();
        for (int[] claim : e.claims()) {
            if (statements.isEmpty() || random.nextDouble() < 0.5) {
                String said = render(e.topic(), claim, outlet);
                statements.add(new StoryStatement(e.speaker(), said));
                sentences.add(random.nextInt(sentences.size() + 1), said);
            }
        }
        List<String> entities = new ArrayList<>(List.of(e.speaker()));
        for (String p : e.participants()) if (random.nextDouble() < 0.7) entities.add(p);
        for (int i = 1 + random.nextInt(2); i > 0; i--) entities.add("hub" + random.nextInt(HUBS));
        if (random.nextDouble() < 0.5) entities.add(topicEntity(e.topic()));
        String title = render(e.topic(), e.facts().get(0), outlet);
        return new StoryArticle("draft", outlet, START.atStartOfDay(), title.substring(0, Math.min(60, title.length())),
                String.join(". ", sentences) + ".", statements, entities, null);
    }

    /** A near copy: one sentence dropped, about one word in thirty replaced by filler. */
    private StoryArticle syndicate(StoryArticle a, String outlet) {
        List<String> sentences = new ArrayList<>(List.of(a.text().split("\\. ")));
        if (sentences.size() > 3) sentences.remove(random.nextInt(sentences.size()));
        StringBuilder text = new StringBuilder();
        for (String w : String.join(". ", sentences).split(" ")) {
            text.append(random.nextInt(30) == 0 ? filler() : w).append(' ');
        }
        return new StoryArticle("draft", outlet, a.published(), a.title(), text.toString().strip(), a.statements(), a.entities(), null);
    }

    /** One sentence: each concept in the outlet's usual wording (70 %) or the other, 10 % dropped, filler between. */
    private String render(int topic, int[] concepts, String outlet) {
        StringBuilder s = new StringBuilder();
        for (int c : concepts) {
            if (random.nextDouble() < 0.1) continue;
            int usual = Math.floorMod((outlet + c).hashCode(), 2);
            int form = random.nextDouble() < 0.7 ? usual : 1 - usual;
            s.append(words.concepts[topic][c][form]).append(' ');
            if (random.nextDouble() < 0.4) s.append(filler()).append(' ');
        }
        return s.toString().strip();
    }

    private int[] concepts(int n) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) out[i] = random.nextInt(words.concepts[0].length);
        return out;
    }

    private String filler() {
        return words.filler[random.nextInt(words.filler.length)];
    }

    /** Entities of a topic, popular ones more often (the square of a uniform draw leans to small ids). */
    private String topicEntity(int topic) {
        double u = random.nextDouble();
        return "t" + topic + "e" + (int) (u * u * ENTITIES_PER_TOPIC);
    }
}
