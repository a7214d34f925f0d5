package io.newsgraph.quotes;

import io.newsgraph.nlp.Token;
import java.util.List;

/** A speaker as written at one point of the body, with its tagged tokens; immutable. */
record Mention(String text, int start, int end, List<Token> tokens) {

    Mention {
        tokens = List.copyOf(tokens);
    }

    static Mention of(String body, List<Token> tokens, int first, int last) {
        List<Token> part = tokens.subList(first, last + 1);
        int start = part.get(0).start();
        int end = part.get(part.size() - 1).end();
        return new Mention(body.substring(start, end), start, end, part);
    }

    boolean isFirstPerson() {
        if (tokens.size() != 1) return false;
        String w = tokens.get(0).lower();
        return w.equals("i") || w.equals("we") || w.equals("me") || w.equals("us");
    }
}
