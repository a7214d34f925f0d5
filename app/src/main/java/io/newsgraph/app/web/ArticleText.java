package io.newsgraph.app.web;

import io.newsgraph.entities.ArticleEntity;
import io.newsgraph.entities.Mention;
import io.newsgraph.quotes.Statement;
import java.util.List;
import java.util.TreeSet;

/**
 * An article's body as HTML paragraphs: statements highlighted (each followed by a link to its speaker's
 * entity page when the speaker is one), and names linked to their entity pages. The text is cut at every
 * boundary (paragraph, statement, name), and each piece is wrapped in what covers it, so the tags always nest.
 */
final class ArticleText {
    private ArticleText() {}

    /**
     * @param speakers   each statement's speaker entity, null where none
     * @param mentionIds each mention's entity id, null where unresolved
     */
    static String html(String text, List<Statement> statements, List<ArticleEntity> speakers, List<Mention> mentions,
                       List<String> mentionIds) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (int i = text.indexOf("\n\n"); i >= 0; i = text.indexOf("\n\n", i + 2)) {
            cuts.add(i);
            cuts.add(i + 2);
        }
        for (Statement s : statements) {
            if (inText(s.start(), s.end(), text)) {
                cuts.add(s.start());
                cuts.add(s.end());
            }
        }
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.embed() == -1 && mentionIds.get(i) != null && inText(m.start(), m.end(), text)) {
                cuts.add(m.start());
                cuts.add(m.end());
            }
        }
        StringBuilder out = new StringBuilder("<p>");
        Open open = Open.NOTHING;
        Integer from = cuts.first();
        for (Integer to = cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
            String piece = text.substring(from, to);
            if (piece.equals("\n\n")) {
                open = open.close(out);
                out.append("</p><p>");
                continue;
            }
            Open here = new Open(covering(statements, from, to, text), entityAt(mentions, mentionIds, from, to, text));
            // neighbouring pieces under the same statement and name share one element
            if (!here.equals(open)) {
                open.close(out);
                open = here.open(out);
            }
            out.append(Html.esc(piece));
            if (open.statement() >= 0 && statements.get(open.statement()).end() == to) {
                open = open.close(out);
                speaker(out, statements.get(here.statement()), speakers.get(here.statement()));
            }
        }
        open.close(out);
        return out.append("</p>").toString();
    }

    /** The elements open at a point of the text: a statement's mark (index, or -1) and a name's link (entity id, or null). */
    private record Open(int statement, String entity) {
        static final Open NOTHING = new Open(-1, null);

        Open open(StringBuilder out) {
            if (statement >= 0) out.append("<mark class=\"statement\" data-statement=\"").append(statement).append("\">");
            if (entity != null) out.append("<a class=\"name\" href=\"/entity/").append(Html.esc(entity)).append("\">");
            return this;
        }

        Open close(StringBuilder out) {
            if (entity != null) out.append("</a>");
            if (statement >= 0) out.append("</mark>");
            return NOTHING;
        }
    }

    private static void speaker(StringBuilder out, Statement s, ArticleEntity entity) {
        out.append("<span class=\"said-by\">— ");
        if (entity != null) {
            out.append("<a class=\"speaker\" href=\"/entity/").append(Html.esc(entity.id())).append("\">").append(Html.esc(entity.name())).append("</a>");
        } else {
            out.append(Html.orDash(s.speaker()));
        }
        out.append("</span>");
    }

    private static boolean inText(int start, int end, String text) {
        return start >= 0 && end > start && end <= text.length();
    }

    /** The first statement covering [from, to), or -1. */
    private static int covering(List<Statement> statements, int from, int to, String text) {
        for (int i = 0; i < statements.size(); i++) {
            Statement s = statements.get(i);
            if (inText(s.start(), s.end(), text) && s.start() <= from && to <= s.end()) return i;
        }
        return -1;
    }

    private static String entityAt(List<Mention> mentions, List<String> ids, int from, int to, String text) {
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.embed() == -1 && ids.get(i) != null && inText(m.start(), m.end(), text) && m.start() <= from && to <= m.end()) {
                return ids.get(i);
            }
        }
        return null;
    }
}
