package io.newsgraph.stories;

import io.newsgraph.stories.SentenceEncoder.SentenceVector;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Pairs the statements two outlets of one story share, one-to-one, with their wording differences: the
 * same quote in two translations lands close in the sentence encoder's space even when few words match.
 * A pure function of the articles given.
 */
public final class StatementAligner {
    private final SentenceEncoder encoder;

    public StatementAligner(SentenceEncoder encoder) {
        this.encoder = encoder;
    }

    /** The shared statements of two articles; the earlier-published article is {@code first}. */
    public List<AlignedStatement> align(StoryArticle a, StoryArticle b) {
        StoryArticle first = ByTime.ORDER.compare(a, b) <= 0 ? a : b;
        StoryArticle second = first == a ? b : a;
        return align(first, encode(first), second, encode(second));
    }

    private List<AlignedStatement> align(StoryArticle first, List<SentenceVector> x, StoryArticle second, List<SentenceVector> y) {
        List<AlignedStatement> out = new ArrayList<>();
        for (StatementMatching.Pair p : StatementMatching.pairs(x, y, encoder.sameStatement())) {
            StoryStatement s = first.statements().get(p.first()), t = second.statements().get(p.second());
            out.add(new AlignedStatement(first.id(), s, second.id(), t, p.similarity(), WordingDiff.of(s.text(), t.text())));
        }
        out.sort(Comparator.comparingInt(s -> first.statements().indexOf(s.firstText())));
        return out;
    }

    /** The shared statements of every pair of articles from different outlets in a story, earlier outlet first. */
    public List<AlignedStatement> alignStory(List<StoryArticle> story) {
        List<StoryArticle> sorted = story.stream().sorted(ByTime.ORDER).toList();
        // each article is encoded once, not once per pair: encoding is what costs
        List<List<SentenceVector>> encoded = sorted.stream().map(this::encode).toList();
        List<AlignedStatement> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                StoryArticle a = sorted.get(i), b = sorted.get(j);
                if (!a.outletLabel().equals(b.outletLabel())) out.addAll(align(a, encoded.get(i), b, encoded.get(j)));
            }
        }
        return out;
    }

    private List<SentenceVector> encode(StoryArticle a) {
        return a.statements().stream().map(s -> encoder.encode(s.text())).toList();
    }
}
