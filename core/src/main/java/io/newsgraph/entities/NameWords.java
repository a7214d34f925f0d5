package io.newsgraph.entities;

import java.util.Set;

/**
 * Word lists the name rules share: honorifics, role titles, name particles, organization head words,
 * demonyms and a small gazetteer of states. General lists only; no person, outlet or phrase of any
 * particular page. All entries are lower case.
 */
final class NameWords {
    private NameWords() {}

    /** Courtesy and religious honorifics written before a personal name; kept in the mention, not in its key. */
    static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lady", "lord",
            "sayyed", "sayyid", "seyed", "seyyed", "sheikh", "shaykh", "sheik", "hajj", "haj", "haji",
            "hajji", "ayatollah", "ayatullah", "hojatoleslam", "imam", "mullah", "mufti", "maulana", "mawlana", "mirza",
            "agha", "aga", "mujahid", "martyr", "rev", "reverend", "father", "rabbi", "comrade", "ustadh", "ustaz");

    /** Role titles written before a name ("Supreme Leader X", "Qods Force commander X"); never part of a name. */
    static final Set<String> TITLES = Set.of("president", "vice", "prime", "minister", "secretary", "secretary-general",
            "general", "leader", "chief", "commander", "head", "chairman", "chairwoman", "chair", "spokesman",
            "spokeswoman", "spokesperson", "senator", "sen", "rep", "representative", "gov", "governor", "mayor",
            "ambassador", "envoy", "king", "queen", "prince", "princess", "emir", "sultan", "crown", "supreme",
            "deputy", "former", "late", "director", "founder", "judge", "justice", "speaker", "pope", "cardinal",
            "bishop", "gen", "lt", "col", "colonel", "maj", "major", "capt", "captain", "sgt", "adm", "admiral",
            "brig", "brigadier", "lieutenant", "marshal", "officer", "official", "member", "ceo", "coordinator",
            "counsellor", "councillor", "adviser", "advisor", "premier", "chancellor", "foreign", "defense",
            "defence", "interior", "finance", "general-secretary", "grand");

    /** Particles inside Arabic, Persian and European names; dropped from keys. */
    static final Set<String> PARTICLES = Set.of("al", "el", "al-", "el-", "bin", "ibn", "bint", "abu", "abou", "abi",
            "ben", "de", "da", "del", "della", "der", "den", "van", "von", "la", "le", "di", "du", "dos", "das");

    /** Last words of organization names. */
    static final Set<String> ORG_HEADS = Set.of("brigades", "brigade", "movement", "party", "ministry", "committee",
            "council", "department", "agency", "corps", "force", "forces", "army", "group", "union", "association",
            "institute", "university", "office", "senate", "congress", "court", "commission", "organization",
            "organisation", "front", "authority", "administration", "bank", "company", "inc", "corp", "news",
            "network", "police", "government", "federation", "foundation", "center", "centre", "coalition",
            "alliance", "command", "service", "bureau", "board", "parliament", "assembly", "cabinet", "fund",
            "league", "tribunal", "guard", "guards", "navy", "channel", "battalion", "battalions",
            "regiment", "division", "militia", "society", "club", "school", "college", "hospital", "ltd", "llc",
            "broadcasting", "television", "radio", "times", "post", "herald", "daily", "press", "institution");

    /**
     * Head words that say what kind of organization a name is without being part of what distinguishes it
     * ("the Hamas movement" is Hamas); dropped from keys. Armed-wing words ("brigades") are not generic:
     * a movement and its brigades are two entities. A language edition ("X English") is its outlet.
     */
    static final Set<String> GENERIC_ORG_HEADS = Set.of("movement", "group", "organization", "organisation", "party",
            "english", "arabic", "french", "international", "online");

    /** Arabic, Persian and Turkish words for organization heads, read as their English head ("Saraya X" = "X Brigades"). */
    static final java.util.Map<String, String> ORG_HEAD_TRANSLATIONS = java.util.Map.of(
            "saraya", "brigades", "kataib", "brigades", "kataeb", "brigades", "liwa", "brigade", "jaish", "army",
            "harakat", "movement", "harakat-", "movement", "hizb", "party", "jabhat", "front", "sepah", "corps");

    /** Nationality and religion adjectives; alone they name no entity. */
    static final Set<String> DEMONYMS = Set.of("american", "british", "french", "german", "russian", "chinese",
            "iranian", "iraqi", "syrian", "lebanese", "israeli", "palestinian", "egyptian", "jordanian", "saudi",
            "turkish", "yemeni", "qatari", "emirati", "kuwaiti", "afghan", "pakistani", "indian", "ukrainian",
            "european", "arab", "arabic", "persian", "muslim", "muslims", "islamic", "jewish", "christian", "zionist",
            "western", "eastern", "sunni", "shia", "shiite", "kurdish", "african", "asian", "english", "spanish",
            "italian", "japanese", "korean", "canadian", "australian", "mexican", "brazilian", "jew", "gazan", "kurd",
            "alawite", "druze", "bedouin");

    /** Capitalised words that name no entity: calendar words and the names of God. */
    static final Set<String> NOT_NAMES = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "god", "allah", "lord", "ramadan",
            "muharram", "eid", "i", "im", "ive", "ill", "id", "earth");

    /** Words that make a capitalised run an event or a document, not an entity ("Operation X", "X Accords"). */
    static final Set<String> EVENT_WORDS = Set.of("operation", "accords", "accord", "agreement", "treaty", "war",
            "summit", "conference", "day", "act", "law", "resolution", "plan", "initiative", "festival", "prize");

    /** Head words of place names ("X Street", "X Camp"). */
    static final Set<String> PLACE_HEADS = Set.of("street", "road", "square", "roundabout", "avenue", "camp", "city",
            "province", "district", "village", "town", "valley", "mountain", "mountains", "river", "sea", "gulf",
            "bridge", "crossing", "airport", "port", "strip", "bank", "island", "islands", "region", "county",
            "governorate", "neighborhood", "neighbourhood", "highway", "mosque", "compound", "border", "lake");

    /** First words of Arabic place names ("house of", "village of", "hill of", "head of", "spring of"). */
    static final Set<String> PLACE_PREFIXES = Set.of("beit", "bayt", "kafr", "kfar", "tel", "tell", "ras", "khan",
            "deir", "dayr", "ein", "ain", "wadi", "jabal", "jebel", "bir", "tal", "umm");

    /** States, territories and a few regions, multi-word ones included; enough to type common places. */
    static final Set<String> PLACES = Set.of("afghanistan", "albania", "algeria", "argentina", "armenia", "australia",
            "austria", "azerbaijan", "bahrain", "bangladesh", "belarus", "belgium", "bolivia", "bosnia", "brazil",
            "bulgaria", "cambodia", "cameroon", "canada", "chad", "chile", "china", "colombia", "croatia", "cuba",
            "cyprus", "czechia", "denmark", "djibouti", "ecuador", "egypt", "eritrea", "estonia", "ethiopia",
            "finland", "france", "georgia", "germany", "ghana", "greece", "guatemala", "haiti", "honduras",
            "hungary", "iceland", "india", "indonesia", "iran", "iraq", "ireland", "israel", "italy", "japan",
            "jordan", "kazakhstan", "kenya", "kosovo", "kuwait", "kyrgyzstan", "laos", "latvia", "lebanon", "libya",
            "lithuania", "luxembourg", "malaysia", "mali", "malta", "mauritania", "mexico", "moldova", "mongolia",
            "montenegro", "morocco", "mozambique", "myanmar", "nepal", "netherlands", "nicaragua", "niger",
            "nigeria", "norway", "oman", "pakistan", "palestine", "panama", "paraguay", "peru", "philippines",
            "poland", "portugal", "qatar", "romania", "russia", "rwanda", "serbia", "senegal", "singapore",
            "slovakia", "slovenia", "somalia", "spain", "sudan", "sweden", "switzerland", "syria", "taiwan",
            "tajikistan", "tanzania", "thailand", "tunisia", "turkey", "turkmenistan", "uganda", "ukraine",
            "uruguay", "uzbekistan", "venezuela", "vietnam", "yemen", "zambia", "zimbabwe", "saudi arabia",
            "united states", "united kingdom", "united arab emirates", "south africa", "south korea", "north korea",
            "new zealand", "sri lanka", "west bank", "gaza strip", "gaza", "golan heights", "sinai", "crimea",
            "kurdistan", "europe", "asia", "africa", "middle east", "america", "latin america", "london", "paris",
            "moscow", "washington", "beijing", "tehran", "baghdad", "damascus", "beirut", "cairo", "amman", "riyadh",
            "doha", "ankara", "istanbul", "jerusalem", "tel aviv", "kabul", "kyiv", "kiev", "berlin", "rome",
            "madrid", "tokyo", "delhi", "new delhi", "islamabad", "dubai", "abu dhabi", "sanaa", "tripoli", "us",
            "usa", "uk", "uae", "new york", "los angeles", "chicago", "alabama", "alaska", "arizona", "arkansas",
            "california", "colorado", "connecticut", "delaware", "florida", "hawaii", "idaho", "illinois",
            "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan",
            "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada", "new hampshire", "new jersey",
            "new mexico", "north carolina", "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania",
            "rhode island", "south carolina", "south dakota", "tennessee", "texas", "utah", "vermont", "virginia",
            "west virginia", "wisconsin", "wyoming", "ny", "dc");
}
