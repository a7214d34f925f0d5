package io.newsgraph.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds interview transcripts printed as "Q: …" / "A: …" paragraphs (also "Question:"/"Answer:").
 * An answer runs over the following paragraphs that open with a quotation mark — the convention for one
 * speaker's words continuing — and stops at the next question, a heading or any other paragraph.
 */
final class InterviewFinder {

    private static final Pattern LABEL = Pattern.compile("^\\s*(Q|A|Question|Answer)\\s*[:.]\\s*[\"“]?");

    List<InterviewTurn> find(String body, List<Paragraph> paragraphs) {
        List<InterviewTurn> turns = new ArrayList<>();
        int questions = 0;
        int answers = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            Matcher m = LABEL.matcher(p.text());
            if (!m.find()) continue;
            boolean answer = m.group(1).startsWith("A");
            int last = i;
            if (answer) {
                while (last + 1 < paragraphs.size() && opensWithQuote(paragraphs.get(last + 1).text())
                        && !LABEL.matcher(paragraphs.get(last + 1).text()).find()) {
                    last++;
                }
            }
            int start = p.start() + m.end();
            turns.add(new InterviewTurn(answer, start, paragraphs.get(last).end(), i, last));
            if (answer) answers++; else questions++;
            i = last;
        }
        // a lone "A." is more likely an initial or a list item than a transcript
        return questions >= 1 && answers >= 1 ? turns : List.of();
    }

    private static boolean opensWithQuote(String text) {
        String t = text.stripLeading();
        return t.startsWith("\"") || t.startsWith("“");
    }
}
