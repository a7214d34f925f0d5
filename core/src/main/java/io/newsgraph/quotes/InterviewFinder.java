package io.newsgraph.quotes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds interview transcripts: "Q: …" / "A: …" paragraphs (also "Question:"/"Answer:"), or transcripts
 * that label each turn with the speaker's name in capitals ("ROE: …", "JANE ROE: …"). An answer runs over
 * the following paragraphs that open with a quotation mark — the convention for one speaker's words
 * continuing — and stops at the next turn, a heading or any other paragraph.
 */
final class InterviewFinder {

    private static final Pattern QA = Pattern.compile("^\\s*(Q|A|Question|Answer)\\s*[:.]\\s*[\"“]?");
    private static final Pattern NAMED = Pattern.compile("^\\s*(\\p{Lu}[\\p{Lu}.'’-]+(?: \\p{Lu}[\\p{Lu}.'’-]+){0,3}):\\s+[\"“]?");
    /** Capitalised labels that are no speakers. */
    private static final Set<String> NOT_SPEAKERS = Set.of("UPDATE", "CORRECTION", "EDITOR'S NOTE", "EDITOR’S NOTE",
            "NOTE", "WATCH", "READ MORE", "BREAKING", "RELATED", "PHOTOS", "VIDEO", "SOURCE", "SOURCES", "UPDATED");

    List<InterviewTurn> find(String body, List<Paragraph> paragraphs) {
        List<InterviewTurn> qa = turns(body, paragraphs, false);
        long answers = qa.stream().filter(InterviewTurn::answer).count();
        if (answers >= 1 && answers < qa.size()) return qa;
        // a lone "A." is more likely an initial or a list item than a transcript; named turns need a dialogue
        List<InterviewTurn> named = turns(body, paragraphs, true);
        Set<String> labels = new HashSet<>();
        for (InterviewTurn t : named) labels.add(t.label());
        return named.size() >= 3 && labels.size() >= 2 ? named : List.of();
    }

    private static List<InterviewTurn> turns(String body, List<Paragraph> paragraphs, boolean named) {
        List<InterviewTurn> turns = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            Matcher m = (named ? NAMED : QA).matcher(p.text());
            if (!m.find() || named && NOT_SPEAKERS.contains(m.group(1))) continue;
            boolean answer = named || m.group(1).startsWith("A");
            int last = i;
            while (last + 1 < paragraphs.size() && opensWithQuote(paragraphs.get(last + 1).text())
                    && !QA.matcher(paragraphs.get(last + 1).text()).find()
                    && !NAMED.matcher(paragraphs.get(last + 1).text()).find()) {
                last++;
            }
            if (!answer) last = i;
            turns.add(new InterviewTurn(answer, p.start() + m.end(), paragraphs.get(last).end(), i, last,
                    named ? m.group(1) : null));
            i = last;
        }
        return turns;
    }

    private static boolean opensWithQuote(String text) {
        String t = text.stripLeading();
        return t.startsWith("\"") || t.startsWith("“");
    }
}
