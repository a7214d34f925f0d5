package io.newsgraph.quotes;

import java.util.Set;

/** Word lists the speaker resolver reads: titles, honorifics, organisation words, media roles, groups. */
final class SpeakerWords {

    private SpeakerWords() {
    }

    /** Heads of role references to one person: "the party's leader", "the Secretary-General". */
    static final Set<String> TITLES = Set.of("chief", "leader", "secretary-general", "general", "secretary",
            "president", "vice-president", "minister", "spokesman", "spokeswoman", "spokesperson", "senator",
            "governor", "commander", "director", "chairman", "chairwoman", "chair", "ambassador", "mayor",
            "representative", "congressman", "congresswoman", "lawmaker", "premier", "king", "queen", "prince",
            "emir", "head", "founder", "ceo", "candidate", "nominee", "speaker", "envoy", "attorney", "judge",
            "sheriff", "prosecutor", "official", "officer", "aide", "adviser", "advisor", "source", "diplomat",
            "negotiator", "lawyer", "deputy", "coordinator", "analyst", "expert", "member", "figure");

    /** Titles that name an anonymous source; they stay unnamed even when definite. */
    static final Set<String> ANONYMOUS = Set.of("official", "officer", "aide", "adviser", "advisor", "source",
            "diplomat", "negotiator", "analyst", "expert", "member", "figure", "lawyer");

    /** Honorifics and titles written before a name; dropped to get the bare name. */
    static final Set<String> HONORIFICS = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sen", "sen.",
            "rep", "rep.", "gov", "gov.", "gen", "gen.", "lt", "lt.", "col", "col.", "sgt", "sgt.", "president",
            "secretary", "general", "secretary-general", "prime", "minister", "supreme", "leader", "chief",
            "ayatollah", "sayyed", "sayyid", "sheikh", "shaykh", "hajj", "imam", "king", "queen", "prince", "sir",
            "lord", "judge", "justice", "mayor", "senator", "governor", "speaker", "pope", "cardinal", "bishop",
            "rabbi", "commander", "vice", "deputy", "former", "late", "attorney", "rev", "rev.");

    /** Last words of organisation names. */
    static final Set<String> ORG_WORDS = Set.of("brigades", "brigade", "movement", "party", "ministry", "committee",
            "council", "department", "agency", "corps", "force", "forces", "army", "group", "union", "association",
            "institute", "university", "office", "house", "senate", "congress", "court", "commission",
            "organization", "organisation", "front", "authority", "administration", "campaign", "bank", "company",
            "inc", "inc.", "corp", "corp.", "news", "times", "post", "network", "police", "government", "federation",
            "foundation", "center", "centre", "coalition", "alliance", "command", "service", "bureau", "board",
            "parliament", "assembly", "cabinet", "republicans", "democrats", "fund", "league", "tribunal", "guard",
            "guards", "navy", "press", "channel");

    /** Heads of references to a newsroom's reporters. */
    static final Set<String> MEDIA_ROLES = Set.of("correspondent", "reporter", "journalist", "anchor", "editor",
            "columnist", "crew", "team");

    static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "him", "her", "them", "i", "we", "his",
            "its", "their");
}
