package io.newsgraph.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsgraph.nlp.NameChunker;
import io.newsgraph.nlp.Sentence;
import io.newsgraph.nlp.TextAnalyzer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The text-only tests that decide which sentences get tokenised and tagged: they may let through a sentence
 * that holds nothing, never hold back one that holds a frame or a name.
 */
class TextFiltersTest {

    @Test
    void aFrameNeedsAWholeCuePhraseAccordingToOrASpeechNounWithThat() {
        assertThat(FrameFinder.mayHoldFrame("The senator said the bill would pass.")).isTrue();
        assertThat(FrameFinder.mayHoldFrame("She went on to say the vote was close.")).isTrue();
        assertThat(FrameFinder.mayHoldFrame("According to aides, the deal is off.")).isTrue();
        assertThat(FrameFinder.mayHoldFrame("He rejected the claim that he lied.")).isTrue();
        assertThat(FrameFinder.mayHoldFrame("Said to be retiring, the senator stayed.")).isTrue();
        assertThat(FrameFinder.mayHoldFrame("The committee went home early.")).isFalse();
        assertThat(FrameFinder.mayHoldFrame("The United States Senate adjourned.")).isFalse();
        assertThat(FrameFinder.mayHoldFrame("The vote is on Tuesday in the Capitol.")).isFalse();
    }

    @Test
    void aFullNameNeedsTwoNameWordsInARow() {
        assertThat(ArticleNames.mayHoldFullName("Then Jane Roe voted no.")).isTrue();
        assertThat(ArticleNames.mayHoldFullName("It was Mohammed bin Salman's plan.")).isTrue();
        assertThat(ArticleNames.mayHoldFullName("the vote was close, and she lost.")).isFalse();
        assertThat(ArticleNames.mayHoldFullName("Roe voted no.")).isFalse();
    }

    @Test
    void namesReadOnDemandAnswerAsAFullReading() {
        String text = "Sen. Jane Roe, the party's leader, spoke first. Later Roe left.\n\nJohn Doe, a senator, stayed. "
                + "The weather was fine. Doe said he was tired.";
        List<Sentence> sentences = new TextAnalyzer().sentences(text);
        ArticleNames lazy = new ArticleNames(sentences, new NameChunker());
        ArticleNames full = new ArticleNames(sentences, new NameChunker());
        List<ArticleNames.Person> everyone = full.people();
        assertThat(everyone).extracting(ArticleNames.Person::name).containsExactly("Jane Roe", "John Doe");
        assertThat(lazy.find("Doe")).isEqualTo(everyone.get(1));
        assertThat(lazy.find("Roe")).isEqualTo(everyone.get(0));
        assertThat(lazy.peopleNamed(java.util.Set.of("John Doe", "Jane Roe"))).isEqualTo(everyone);
        int he = text.indexOf(" he ") + 1;
        assertThat(lazy.lastNamedBefore(0, he, null)).isEqualTo(full.lastNamedBefore(0, he, null)).isEqualTo("John Doe");
    }
}
