package io.newsgraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TextAnalyzerTest {

    private final TextAnalyzer analyzer = new TextAnalyzer();

    @Test
    void offsetsPointIntoTheWholeText() {
        String text = "Sen. Jane Roe spoke on Monday. She left early.\n\nThe House adjourned.";
        List<Sentence> sentences = analyzer.sentences(text);
        assertThat(sentences).extracting(Sentence::text)
                .containsExactly("Sen. Jane Roe spoke on Monday.", "She left early.", "The House adjourned.");
        for (Sentence s : sentences) {
            assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
            for (Token t : s.tokens()) assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
        }
    }

    @Test
    void sentencesNeverCrossAParagraphBreak() {
        List<Sentence> s = analyzer.sentences("A heading without a stop\n\nThe body starts here.");
        assertThat(s).extracting(Sentence::text).containsExactly("A heading without a stop", "The body starts here.");
    }

    @Test
    void footnoteMarksEndSentences() {
        List<Sentence> s = analyzer.sentences("He spoke in the West Bank.[3]  The crowd cheered.");
        assertThat(s).hasSize(2);
    }

    @Test
    void acronymsStayWhole() {
        List<Token> t = analyzer.sentences("The Palestinian Islamic Jihad (PIJ) and the FBI said so.").get(0).tokens();
        assertThat(t).extracting(Token::text).contains("PIJ", ")", "FBI");
    }

    @Test
    void tagsVerbsAndProperNouns() {
        List<Token> t = analyzer.sentences("Jane Roe said the bill would pass.").get(0).tokens();
        assertThat(t.get(0).isProperNoun()).isTrue();
        assertThat(t.get(2).isVerb()).isTrue();
    }

    @Test
    void threadsGetTheSameAnswer() {
        String text = "Rep. Mary Smith, R-Texas, said Tuesday that the bill was ready. \"We have the votes,\" she said.";
        String expected = render(analyzer.sentences(text));
        List<String> parallel = IntStream.range(0, 32).parallel().mapToObj(i -> render(analyzer.sentences(text)))
                .collect(Collectors.toList());
        assertThat(parallel).containsOnly(expected);
    }

    private static String render(List<Sentence> sentences) {
        return sentences.stream().flatMap(s -> s.tokens().stream()).map(t -> t.text() + "/" + t.tag() + "@" + t.start())
                .collect(Collectors.joining(" "));
    }
}
