package io.newsgraph.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class OriginFinderTest {
    private final OriginFinder finder = new OriginFinder();

    private static StoryArticle article(String text, String credited) {
        return new StoryArticle("x", "Daily One", LocalDateTime.of(2025, 3, 4, 9, 0), "", text, List.of(), List.of(), credited);
    }

    @Test
    void readsInterviewTellingSpeechAndLetterPhrases() {
        List<Origin> found = finder.find(article("In an exclusive interview with The Harbor Times, the mayor said the port "
                + "would reopen. She later told Channel Nine that repairs had begun. In a televised speech on Monday, "
                + "the governor agreed. In a letter to the city council, residents asked for a vote.", "Wire Agency"));
        assertThat(found).extracting(Origin::kind, Origin::venue).containsExactly(
                tuple(Origin.Kind.CREDITED_SOURCE, "Wire Agency"),
                tuple(Origin.Kind.INTERVIEW, "Harbor Times"),
                tuple(Origin.Kind.TOLD, "Channel Nine"),
                tuple(Origin.Kind.SPEECH, ""),
                tuple(Origin.Kind.LETTER, "city council"));
    }

    @Test
    void wasInterviewedByNamesTheVenue() {
        assertThat(finder.find(article("The minister was interviewed by the state broadcaster, and said little.", null)))
                .extracting(Origin::venue).containsExactly("state broadcaster");
    }

    @Test
    void statesNothingWhenTheTextSaysNothing() {
        assertThat(finder.find(article("The mayor said the port would reopen.", null))).isEmpty();
    }
}
