package io.newsgraph.quotes;

/**
 * One attributed statement, immutable.
 *
 * @param kind           {@link #DIRECT}, {@link #INDIRECT}, {@link #QA}, {@link #LETTER} or {@link #TWEET}
 * @param speaker        who made it, resolved within the article (the fullest name seen), else as written
 * @param speakerMention how the speaker is referred to at that point ("he", "The PIJ chief", "A:")
 * @param speakerType    {@link #PERSON}, {@link #ORGANIZATION}, {@link #OUTLET} or {@link #UNNAMED}
 * @param cue            the reporting verb or phrase as written ("said", "went on to say"), or null
 * @param text           what was said: the quoted words, the reported clause, the answer or the letter
 * @param start          offset of {@code text} in {@code Article.text}, or -1 (embedded posts)
 * @param end            offset just past {@code text}, or -1
 * @param reportedBy     who relays the statement when it is not the article itself, else null
 */
public record Statement(String kind, String speaker, String speakerMention, String speakerType, String cue,
        String text, int start, int end, String reportedBy) implements java.io.Serializable {

    public static final String DIRECT = "direct";
    public static final String INDIRECT = "indirect";
    public static final String QA = "qa";
    public static final String LETTER = "letter";
    public static final String TWEET = "tweet";

    public static final String PERSON = "person";
    public static final String ORGANIZATION = "organization";
    public static final String OUTLET = "outlet/correspondent";
    public static final String UNNAMED = "unnamed";

    public Statement {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("statement text must not be blank");
    }
}
