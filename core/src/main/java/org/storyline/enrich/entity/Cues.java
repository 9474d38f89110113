package org.storyline.enrich.entity;

import java.util.Locale;
import java.util.Set;

/**
 * The words around a name that tell what it names: titles ("President"), role nouns ("spokesman"),
 * organisation heads ("Ministry", "Inc"), speech verbs ("said"), place prepositions ("in"), and the
 * capitalised words that begin sentences without naming anything ("The", "Several").
 */
public final class Cues {

    private Cues() {
    }

    /** Words of a title that stands before a name and is not part of it: "Deputy Prime Minister". */
    static final Set<String> TITLES = words("president", "vice", "vice-president", "prime", "minister", "deputy",
            "foreign", "prosecutor", "general", "secretary", "chancellor", "king", "queen", "prince", "princess",
            "pope", "senator", "sen", "governor", "gov", "mayor", "ambassador", "spokesman", "spokeswoman",
            "spokesperson", "chairman", "chairwoman", "chair", "chief", "director", "head", "commander", "defence",
            "defense", "interior", "justice", "finance", "economy", "mr", "mrs", "ms", "dr", "sir", "lord", "judge",
            "gen", "col", "rep", "colonel", "lieutenant", "captain", "sheikh", "emir", "patriarch", "speaker", "mp",
            "ceo", "founder", "leader", "premier", "envoy", "editor", "editor-in-chief", "first", "lady", "sultan",
            "ayatollah", "archbishop", "cardinal", "marshal", "admiral", "sergeant", "major", "professor", "prof",
            "agriculture", "energy", "culture", "education", "health", "trade", "transport", "emergency",
            "acting", "former", "ex", "senior", "top", "presidential", "press", "official", "representative", "aide",
            "adviser", "advisor", "counsellor", "attorney", "investigator", "chief-of-staff", "administrator");

    /** Nouns that make a phrase a role: "Kremlin spokesman", "political scientist". */
    static final Set<String> ROLE_NOUNS = words("president", "minister", "spokesman", "spokeswoman", "spokesperson",
            "ambassador", "leader", "head", "chief", "director", "editor", "editor-in-chief", "chairman",
            "chairwoman", "secretary", "governor", "mayor", "prosecutor", "general", "expert", "analyst",
            "scientist", "researcher", "envoy", "aide", "adviser", "advisor", "official", "representative", "mp",
            "member", "commander", "founder", "ceo", "premier", "chancellor", "senator", "judge", "professor",
            "correspondent", "journalist", "reporter", "presenter", "lawyer", "attorney", "negotiator", "diplomat",
            "economist", "historian", "commentator", "columnist", "investigator", "speaker", "king", "queen",
            "prince", "pope", "patriarch", "sheikh", "emir", "marshal", "admiral", "colonel", "captain", "deputy",
            "counsellor", "chief-of-staff", "administrator",
            // school and local news: "Junior Jane Roe", "Principal John Doe", "Classmate Jane Roe"
            "principal", "superintendent", "coach", "teacher", "classmate", "freshman", "sophomore", "junior");

    /** Lower-case words that may stand inside a role phrase: "deputy prime minister", "editorial board director". */
    public static final Set<String> ROLE_WORDS = words("deputy", "vice", "prime", "foreign", "senior", "former", "acting",
            "chief", "political", "independent", "editorial", "board", "general", "state", "interior", "defence",
            "defense", "press", "first", "top", "regional", "conflict", "parliament", "of", "to", "and",
            "presidential", "executive", "managing", "military", "security", "national", "economic", "energy",
            "foreign-policy", "policy", "affairs", "news", "agency", "ministry", "government", "opposition",
            "party", "veteran", "research", "investigative", "committee", "public", "justice", "finance",
            "culture", "education", "health", "trade", "transport", "emergency", "special", "local", "federal",
            "leading", "lead", "chamber", "upper", "lower", "house", "council", "union", "office", "department",
            "service", "services", "intelligence", "staff", "counter-terrorism", "human", "rights", "ombudsman",
            "bureau", "relations", "international");

    /** Last (or "of"-followed) words of organisation names: "Foreign Ministry", "Office of ...". */
    static final Set<String> ORG_HEADS = words("ministry", "committee", "office", "center", "centre", "agency",
            "union", "council", "corporation", "corp", "inc", "ltd", "llc", "plc", "group", "bank", "party", "forum",
            "service", "services", "organisation", "organization", "commission", "court", "university", "institute",
            "parliament", "airlines", "airways", "consulate", "embassy", "army", "navy", "police", "government",
            "assembly", "foundation", "fund", "association", "federation", "company", "co", "holding", "holdings",
            "network", "news", "times", "post", "press", "tribune", "journal", "herald", "gazette", "radio",
            "television", "tv", "broadcasting", "guard", "guards", "force", "forces", "department", "dept", "bureau",
            "authority", "directorate", "secretariat", "alliance", "movement", "front", "league", "society",
            "academy", "school", "club", "church", "board", "cabinet", "administration", "prosecutor's",
            "chamber", "duma", "majlis", "rada", "senate", "congress", "hospital", "clinic",
            // the generic ends of company names, which no surname has: "Harlow Freight" is a firm though "Harlow" is
            // a given name
            "freight", "logistics", "motors", "industries", "technologies", "enterprises", "construction", "trucking",
            "pharmaceuticals", "shipping", "communications", "entertainment", "studios", "publishing", "insurance",
            "securities", "investments", "realty", "hotels", "resorts", "manufacturing", "railways");

    /** Verbs that attribute speech or a stated view to their subject. */
    static final Set<String> SPEECH_VERBS = words("said", "says", "say", "told", "tells", "added", "adds",
            "stated", "states", "stressed", "stresses", "noted", "notes", "warned", "warns", "explained", "explains",
            "emphasized", "emphasised", "emphasizes", "emphasises", "underlined", "underlines", "claimed", "claims",
            "insisted", "insists", "commented", "comments", "observed", "observes", "concluded", "concludes",
            "confirmed", "confirms", "announced", "announces", "wrote", "writes", "reiterated", "reiterates",
            "confessed", "highlighted", "highlights", "argued", "argues", "asserted", "asserts", "declared",
            "declares", "denied", "denies", "replied", "replies", "answered", "responded", "responds", "recalled", "remarked", "continued",
            "acknowledged", "admitted", "suggested", "suggests", "urged", "urges", "believes", "agrees", "agreed",
            "stressing", "saying", "adding", "noting", "warning", "telling", "explaining", "emphasizing", "stating",
            "mentioning", "demanded", "demands", "according");

    /** Prepositions after which a lone capitalised word is usually a place: "in Yekaterinburg". */
    static final Set<String> PLACE_PREPOSITIONS = words("in", "near", "across", "outside", "throughout", "around");

    /** Lower-case words for a part of a town before its name: "in north Gary", "in downtown Gary". */
    public static final Set<String> TOWN_SIDES = words("downtown", "north", "south", "east", "west", "central",
            "northern", "southern", "eastern", "western", "northeast", "northwest", "southeast", "southwest",
            "uptown", "midtown", "suburban", "rural", "nearby");

    /** Capitalised words that begin sentences and clauses without naming anything. */
    static final Set<String> COMMON = words("the", "a", "an", "in", "on", "at", "for", "with", "when", "while",
            "after", "before", "earlier", "later", "meanwhile", "however", "but", "and", "or", "yet", "since",
            "despite", "among", "following", "according", "top", "several", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "many", "some", "both", "all", "other", "others", "this", "that",
            "these", "those", "his", "her", "their", "our", "its", "it", "we", "they", "he", "she", "i", "you", "if",
            "as", "last", "next", "there", "here", "what", "who", "whom", "which", "why", "how", "where", "one",
            "no", "not", "nothing", "even", "only", "also", "instead", "rather", "still", "then", "thus", "so",
            "by", "of", "from", "to", "into", "about", "over", "under", "against", "between", "during", "within",
            "without", "through", "such", "more", "most", "less", "few", "each", "every", "any", "further",
            "furthermore", "moreover", "nonetheless", "nevertheless", "although", "though", "because", "whether",
            "once", "now", "today", "yesterday", "tomorrow", "speaking", "asked", "photos", "authorities",
            "officials", "relations", "tensions", "ties", "detained", "diplomats", "survivors", "autopsies",
            "analysts", "migrants", "geography", "fear", "borders", "states", "international", "major", "great",
            "independent", "ideally", "regional", "criminal", "bilateral", "mr", "ms", "dr", "is",
            "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "must", "may",
            "do", "does", "did", "let", "please", "yes", "welcome", "breaking", "update", "watch", "read", "see",
            "photo", "video", "live", "opinion", "analysis", "editorial", "exclusive", "latest", "new", "old",
            "first", "second", "third", "former", "late", "early", "half", "most", "much", "very", "well");

    /** Days, months and other capitalised words that are never entities. */
    static final Set<String> NEVER = words("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "i", "ok", "am", "pm", "bc", "ad", "covid", "covid-19", "internet", "web",
            "god", "allah");

    /** Endings of Slavic, Caucasian and Turkic surnames: a capitalised word ending so is a person's name. */
    private static final String[] SURNAME_ENDINGS = {"ov", "ova", "ev", "eva", "yev", "yeva", "sky", "skiy", "skyy",
        "ski", "skaya", "enko", "yan", "vich", "vna", "shvili", "dze", "oglu", "zade", "ko", "uk", "yuk", "chuk",
        "ich", "in", "ina"};

    /** Whether a word is a speech verb's present participle ("adding"), whose subject is the clause's. */
    public static boolean participle(String word) {
        return speechVerb(word) && word.endsWith("ing") && !word.equalsIgnoreCase("according");
    }

    /** Honorifics and role nouns: a title that makes the name after it a person's ("President", "Mr"). */
    public static boolean strongTitle(String word) {
        String w = lower(word);
        return ROLE_NOUNS.contains(w) || HONORIFICS.contains(w) || w.equals("prime") || w.equals("vice");
    }

    private static final Set<String> HONORIFICS = words("mr", "mrs", "ms", "dr", "sir", "lord", "lady", "sen", "gov",
            "gen", "col", "rep", "prof", "sheikh", "emir", "ayatollah", "archbishop", "cardinal", "sultan");

    public static boolean title(String word) {
        return TITLES.contains(lower(word));
    }

    public static boolean roleNoun(String word) {
        return ROLE_NOUNS.contains(lower(word));
    }

    static boolean orgHead(String word) {
        return ORG_HEADS.contains(lower(word));
    }

    public static boolean speechVerb(String word) {
        return SPEECH_VERBS.contains(lower(word));
    }

    /**
     * Words crime news puts right after a person who did or suffered something ("Ja'Mare Stewart shot and
     * killed", "Jane Roe allegedly fired", "John Doe pleaded guilty"): what organisations and places rarely do.
     * Not "killed" or "hit": storms, groups and vehicles kill and hit.
     */
    static boolean personVerb(String word) {
        return PERSON_VERBS.contains(lower(word));
    }

    static final Set<String> PERSON_VERBS = words("shot", "stabbed", "fatally", "allegedly", "pleaded", "confessed",
            "surrendered");

    static boolean common(String word) {
        return COMMON.contains(lower(word)) || NEVER.contains(lower(word));
    }

    static boolean never(String word) {
        return NEVER.contains(lower(word));
    }

    /**
     * Whether a word looks like a surname of the region; {@code strong} endings (-ov, -enko, -shvili ...) count
     * alone, weak ones (-in, -ko, -uk) only in a name of two or more words.
     */
    static boolean surnameShape(String word, boolean inLongerName) {
        String w = lower(word);
        if (w.length() < 5) {
            return false;
        }
        for (String ending : SURNAME_ENDINGS) {
            boolean weak = ending.equals("in") || ending.equals("ina") || ending.equals("ko") || ending.equals("uk")
                    || ending.equals("ich");
            if (w.endsWith(ending) && (inLongerName || !weak)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A dateline written in title case where a sentence opens a paragraph: "Harborton, Ost. (March 3, 2031) –",
     * "Harborton, Ost. –", "(Harborton) –". The region after the comma ends in an abbreviation's stop or runs into
     * the bracket, so "Meanwhile, Jones – ..." is prose; a sentence splitter may cut it after the region's stop
     * ("Harborton, Ost." alone). The name's tokens {@code {a, k}}, or null.
     */
    public static int[] titleDateline(java.util.List<Sentence.Token> t) {
        int a = !t.isEmpty() && t.get(0).text().equals("(") ? 1 : 0;
        int k = a;
        while (k < t.size() && k - a < 3 && t.get(k).capitalised() && t.get(k).word()
                && !NEVER.contains(lower(t.get(k).text()))) {
            k++;
        }
        if (k == a || k >= t.size() || k == a + 1 && COMMON.contains(lower(t.get(a).text()))) {
            return null;
        }
        int d = k + 1;
        if (a == 1) {
            if (!t.get(k).text().equals(")")) {
                return null;
            }
        } else {
            if (!t.get(k).text().equals(",")) {
                return null;
            }
            int r = d;
            while (d < t.size() && d - r < 5 && (t.get(d).capitalised() && t.get(d).word() || t.get(d).is("."))) {
                d++;
            }
            boolean bracket = d < t.size() && t.get(d).is("(");
            if (d == r || !bracket && !t.get(d - 1).is(".")) {
                return null;
            }
            if (d == t.size() && d - r >= 2 && t.get(d - 2).text().length() <= 5) {
                return new int[] {a, k}; // "Harborton, Ost." split off as a sentence: the dash opens the next
            }
            if (bracket) {
                int close = d;
                while (close < t.size() && close - d < 12 && !t.get(close).is(")")) {
                    close++;
                }
                if (close >= t.size() || !t.get(close).is(")")) {
                    return null;
                }
                d = close + 1;
            }
        }
        return d < t.size() && DATELINE_DASHES.contains(t.get(d).text()) ? new int[] {a, k} : null;
    }

    private static final Set<String> DATELINE_DASHES = words("—", "–", "-", "--", "―");

    /** A set of words; a word listed twice is harmless. */
    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    public static String lower(String word) {
        return word.toLowerCase(Locale.ROOT).replace('’', '\'');
    }
}
