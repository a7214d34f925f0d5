package io.newsgraph.quotes;

/**
 * One reporting frame in a sentence: a cue, who it is attributed to, and where its content lies; immutable.
 *
 * @param cue          the cue as written ("said", "pointed out", "according to")
 * @param cueStart     offset of the cue in the body
 * @param cueEnd       offset just past the cue
 * @param subject      the speaker as written; null when {@code inherits} (a participle or a coordinated verb)
 * @param inherits     true when the speaker is the subject of the frame before it in the sentence
 * @param regionStart  where the frame begins (its subject, or the comma or "and" before the cue)
 * @param contentStart offset where the reported content begins
 * @param contentEnd   offset just past the content
 * @param style        how the content is attached to the cue
 * @param embedded     true when the frame sits inside another frame's content ("…, Roe, who said that …")
 */
record Frame(String cue, int cueStart, int cueEnd, Mention subject, boolean inherits, int regionStart,
        int contentStart, int contentEnd, Style style, boolean embedded) {

    enum Style {
        /** "said that …", "said the …" */
        CLAUSE,
        /** "praised the role of …", "called to continue …" */
        OBJECT,
        /** "added: …" */
        COLON,
        /** "said, “…”" */
        QUOTE,
        /** "…, he said." — the content comes before the cue */
        INVERTED,
        /** "according to X, …" */
        ACCORDING
    }

    /** Where the attribution ends: after the cue, or after a subject written after it. */
    int attributionEnd() {
        return subject == null ? cueEnd : Math.max(cueEnd, subject.end());
    }

    Frame withContentEnd(int end) {
        return new Frame(cue, cueStart, cueEnd, subject, inherits, regionStart, contentStart, end, style, embedded);
    }

    Frame withSubject(Mention s) {
        return new Frame(cue, cueStart, cueEnd, s, false, regionStart, contentStart, contentEnd, style, embedded);
    }
}
