package org.storyline.enrich.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts a reader takes from news prose that never writes a number: "a man was shot and killed" (1 killed),
 * "a 17-year-old was wounded" (1 injured), "Jane Roe, 24, was pronounced dead", "killed a woman and a girl"
 * (2), "left a girl dead and her grandmother wounded", "two men were shot, one fatally" (1 killed, 1 injured).
 *
 * <p>Within a sentence the people it says were hurt are added up (each named or described person once);
 * across sentences the largest figure wins, since later sentences mostly retell the same people ("The
 * victim died at the hospital"). People harmed (shot, stabbed, struck, hit) and not said to have died count
 * as injured: injured = most harmed in one sentence, minus those killed. The caller keeps a count the article
 * writes in figures over one read here.
 */
final class Casualties {

    /** What one sentence says happened to people, by person. */
    record Tally(int killed, int injured, int harmed, int hurtBefore, String namedHurt, int slain, boolean suicide) {

        static final Tally NONE = new Tally(0, 0, 0, 0, null, 0, false);
    }

    private static final String DET = "(?:a|an|one|another|the|his|her|their|its|this|that)";
    private static final String WORD = "[\\p{L}\\d'’-]+";
    /** Words that cannot stand between a determiner and its noun: "The landslide killed a farmer" is two phrases. */
    private static final String NOT_INSIDE = "(?!(?:a|an|the|one|his|her|their|was|were|is|are|has|had|have|killed|"
            + "shot|left|said|says|and|or|of|in|on|at|by|with|to|from|after|before|who|that|when)\\b)";
    private static final String DESCRIBED = "(?i:" + DET + "\\s+(?:" + NOT_INSIDE + WORD + "\\s+){0,4}?(?:" + PersonWords.SINGULAR
            + ")|(?:a|an)\\s+(?:\\d{1,3}|" + NumberWords.PATTERN + ")[- ]years?[- ]old(?:\\s+(?:"
            + PersonWords.SINGULAR + "))?)(?![\\p{L}-])";
    /**
     * After "killed" or "fatally shot" at a person, an object makes the person the killer: "he shot and killed
     * a man", "he killed himself" (the suicide is counted once, by {@code SUICIDE}).
     */
    private static final String NO_OBJECT = "(?!\\s+(?:\\w+ing\\s+)?(?:a|an|the|his|her|their|him|them|its|my|our|"
            + "himself|herself|themselves|one|two|three|four|five|six|\\d+)\\b)";
    /** What stands between an agent and the person it harmed: "struck and killed", "fatally shot", "stabbed". */
    private static final Pattern AGENT = Pattern.compile("(?i)(?!.*\\b(?:was|were|been|is|are|being)\\b)[\\s\\w,-]*\\b(?:"
            + "killed|shot|stabbed|struck|hit|wounded|injured|murdered|fatally\\s+\\w+)\\s*");
    /** "has been charged with fatally shooting": the accused is not the dead. */
    private static final String NOT_ACCUSED = "(?!(?:charged|accused|arrested|convicted|suspected|sentenced|indicted|"
            + "jailed|held|with|of|for)\\b)";
    private static final String NAME = "\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){0,2}";
    private static final String NAMED_WITH_AGE = NAME + ",\\s*(?:a\\s+)?\\d{1,3},";
    /** "30-year-old Jane Roe": the age before the name, without an article ("14-year-old Millbrook boy" is none). */
    private static final String AGED_NAME = "(?:\\d{1,3}|(?i:" + NumberWords.PATTERN + "))[- ](?i:years?)[- ](?i:old)\\s+"
            + "(?>" + NAME + ")(?!\\s+(?i:" + PersonWords.SINGULAR + "|" + PersonWords.PLURAL + ")\\b)";
    /** "his sons, ages 3 and 4", "their daughters, aged 2, 5 and 9": as many people as the ages listed. */
    private static final String AGES = "(?:\\d{1,3}|" + NumberWords.PATTERN + ")";
    private static final Pattern AGED_GROUP = Pattern.compile("(?i)(?:his|her|their|the)\\s+(?:[\\w-]+\\s+)?(?:"
            + PersonWords.PLURAL + "|children|men|women|brothers|sisters|siblings|nephews|nieces|cousins|grandchildren)"
            + "\\s*,\\s*(?:ages|aged)\\s+(" + AGES + "(?:\\s*,\\s*" + AGES
            + ")*\\s*,?\\s+and\\s+" + AGES + ")(?![\\p{L}\\d-])");
    private static final String ONE = "(?:(?i:" + AGED_GROUP.pattern().substring(4) + ")|" + DESCRIBED + "|"
            + NAMED_WITH_AGE + "|" + AGED_NAME
            + "|\\p{Lu}\\p{L}+['’]s\\s+(?:[\\w-]+\\s+){0,2}?(?i:" + PersonWords.SINGULAR + ")(?![\\p{L}-])"
            + "|(?i:\\b(?:he|she)\\b)|(?i:^\\W{0,3}both\\b(?!\\s+(?:of|his|her|their|the|men|women)\\b)))";
    private static final String MORE = "(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)(?:(?i:" + DET + "\\s+)?(?:(?!(?i:who|whom|"
            + "whose|which)\\b)" + WORD + "\\s+){0,3}?(?i:" + PersonWords.SINGULAR + ")(?![\\p{L}-])|" + NAMED_WITH_AGE + "|" + AGED_NAME + ")";
    /**
     * Between two people of a list whose items hold commas: "his daughter, Jane Roe; his girlfriend, Mary Roe;
     * and her mother": the verb before the first acts on each.
     */
    private static final Pattern LIST_GAP = Pattern.compile("(?:\\s*,\\s*" + NAME + ")?\\s*;\\s*(?:and\\s+)?");
    private static final Pattern PEOPLE = Pattern.compile("(?<![\\p{L}])" + ONE + "(?:" + MORE + ")*");
    private static final Pattern MORE_ONE = Pattern.compile(MORE);
    /** "did not survive", "didn't make it" (but not "did not make it to school"): a death told by its outcome. */
    private static final String DID_NOT_SURVIVE = "(?:did not|didn['’]t|never)\\s+(?:survive|make it)\\b(?!\\s+(?:to|"
            + "through the (?:night|day))\\b)";
    /** A bare name just before a verb of death: "Coleman was pronounced dead". */
    private static final Pattern NAMED_DEAD = Pattern.compile("(?<![\\p{L}])(" + NAME + ")(?:,[^,;]{1,60},)?\\s+(?:(?:was|"
            + "has been|had been)\\s+(?:(?:later|also|then|reportedly)\\s+)?(?:pronounced|declared|found|confirmed)\\s+"
            + "dead\\b|(?:later\\s+|has\\s+|had\\s+)?died\\b|" + DID_NOT_SURVIVE + "|(?:was|has been|had been)\\s+(?:\\w+ly\\s+)?(?:fatally\\s+"
            + "(?:shot|stabbed|wounded|injured|struck)|killed|slain|shot dead|shot and killed)\\b)");
    /** A bare name as the object of harm that killed: "It struck Jane Roe in the chest, killing her". */
    private static final Pattern NAMED_STRUCK_DEAD = Pattern.compile("(?i:\\b(?:shot|struck|hit|stabbed|shooting|striking|"
            + "hitting|stabbing))\\s+(" + NAME + ")\\b[^.;,]{0,50},\\s*(?i:(?:fatally\\s+)?killing (?:him|her))\\b");
    /**
     * A bare name hurt: "Jane Roe suffered a gunshot wound", "Roe was wounded". Words a place or an office is
     * never the subject of (a wound, a condition), so a capitalised word before them is a person.
     */
    private static final Pattern NAMED_HURT = Pattern.compile("(?<![\\p{L}])(?!(?:The|A|An|He|She|They|It|This|That|"
            + "Police|Officers|Authorities|Officials)\\b)(" + NAME + ")(?:,[^,;]{1,60},)?\\s+(?:(?:suffered|sustained)\\s+"
            + "(?:a\\s+|an\\s+)?(?:[\\w-]+\\s+){0,2}?(?:wounds?|injuries)\\b|(?:was|has been|had been|is)\\s+(?:\\w+ly\\s+)?"
            + "(?:wounded|injured|hurt|hospitali[sz]ed)\\b)");

    private static final Pattern FATAL = Pattern.compile("(?i)^\\W{0,3}(?:dead\\b|to death\\b|(?:(?:shot|stabbed|beaten|struck)\\s+"
            + "and\\s+)?killed\\b" + NO_OBJECT + "|slain\\b|fatally\\b" + NO_OBJECT + "|(?:shot|stabbed|beaten) "
            + "(?:dead|to death)\\b)|\\b(?:was|were|"
            + "is|are|has been|have been|had been|been|got)\\s+(?:" + NOT_ACCUSED + "[\\w-]+\\s+){0,3}?(?:and\\s+)?(?:killed|slain|murdered|fatally\\b|pronounced dead|"
            + "found dead|declared dead|confirmed dead|dead|(?:shot|stabbed|beaten|burned|crushed) to death)"
            + "|\\b(?:later\\s+)?(?:died|dies|drowned|perished|succumbed)\\b|\\blost (?:his|her) life(?=\\s*(?:[,.;]|$|(?:in|on|at|when|after|while|during|and|as|because)\\b))|" + DID_NOT_SURVIVE
            + "|,\\s*(?:fatally\\s+)?(?:killing|fatally wounding|fatally injuring) (?:him|her|them|both)\\b");
    /**
     * A survivor's present state: someone who "remains in hospital" or "is in stable condition" is alive at the
     * writing, so not one of the dead the article counts elsewhere.
     */
    private static final String SURVIVES = "\\b(?:remains?|remained)\\s+(?:in\\s+(?:the\\s+)?hospital|hospitali[sz]ed)\\b"
            + "|\\b(?:is|are|remains?)\\s+(?:\\w+\\s+){0,2}?in (?:critical|serious|stable|fair|grave|guarded|good) "
            + "condition\\b|\\b(?:is|are) (?:expected to survive|recovering)\\b|\\bfighting for (?:his|her|their) li(?:fe|ves)\\b";
    /** "did not survive" read before its "not" cuts the clause. */
    private static final Pattern SURVIVED_NOT = Pattern.compile("(?i)^[^,]{0,40}?\\b" + DID_NOT_SURVIVE);
    private static final Pattern ALIVE = Pattern.compile("(?i)" + SURVIVES);
    private static final Pattern INJURED = Pattern.compile("(?i)^\\W{0,3}(?:wounded|injured|hurt)\\b|\\b(?:was|were|"
            + "is|are|has been|have been|had been|been|got)\\s+(?:(?:\\w+ly|also|both|all|reportedly|seriously|critically|"
            + "badly|slightly)\\s+)?(?:wounded|injured|hurt|hospitali[sz]ed|grazed)\\b|\\bsuffer(?:ed|ing|s)\\s+(?:[\\w-]+\\s+)"
            + "{0,3}?(?:injuries|injury|wounds?)\\b|\\bin (?:critical|serious|stable|fair|grave|guarded) condition\\b|"
            + SURVIVES + "|\\bwith\\s+(?:[\\w-]+\\s+){0,2}?injuries\\b|\\b(?:was|were|is|are|being)\\s+(?:\\w+\\s+)?treated"
            + "\\s+for\\s+(?:[\\w-]+\\s+){0,4}?(?:wounds?|injuries|injury|burns)\\b");
    private static final Pattern HARMED = Pattern.compile("(?i)\\b(?:was|were|had been|has been|got)\\s+(?:(?:\\w+ly|also|both|all)\\s+)?"
            + "(?:shot|stabbed|struck|hit|attacked|assaulted|run over|burned)\\b|\\bwith (?:a |multiple |several )?"
            + "(?:gunshot|stab|bullet) wounds?\\b|\\b(?:was|were|is|are)\\s+(?:\\w+\\s+){0,2}?(?:taken|rushed|transported|"
            + "airlifted|flown)\\s+to\\s+(?:a|an|the)?\\s*(?:[\\w'’.-]+\\s+){0,4}?hospital\\b(?![^.;]{0,30}\\b(?:for "
            + "(?:an?\\s+)?(?:evaluation|observation|precaution)|as a precaution|to be (?:checked|evaluated))\\b)");
    private static final Pattern NEGATED = Pattern.compile("(?i)\\b(?:not|no|never|un(?:hurt|harmed|injured|scathed))\\b");
    private static final Pattern KILLS = Pattern.compile("(?i)(?:\\b(?:death|deaths|killing|killings|murder|murders|"
            + "slaying|drowning|bodies|body|fatal\\s+(?:shooting|stabbing|beating|assault|attack))\\s+of|\\b(?:killed|killing|kills|murdered|murdering|"
            + "fatally\\s+(?:shot|shooting|stabbed|stabbing|struck|striking|wounded|wounding|injured|injuring)|"
            + "shot\\s+and\\s+killed|shot\\s+dead)|\\b(?:claimed|claiming|claims|took|taking|takes) the li(?:fe|ves) of)\\s+$");
    /** The one who took their own life, besides the people a sentence says they killed. */
    private static final Pattern SUICIDE = Pattern.compile("(?i)\\b(?:killed|killing) (?:himself|herself)\\b|\\bcommitted suicide\\b"
            + "|\\b(?:shot|stabbed|hanged|burned) (?:himself|herself) to death\\b"
            + "|\\b(?:killed|shot|stabbed)\\b[^.;]{1,60}\\b(?:before|then|and then)\\s+(?:fatally\\s+)?(?:shooting|stabbing) "
            + "(?:himself|herself)\\b"
            + "|\\b(?:killed|shot|stabbed)\\b[^.;]{1,60}(?:,|\\band)\\s+(?:then\\s+)?(?:also\\s+)?(?:himself|herself)\\b"
            + "|\\btook (?:his|her) own life\\b|\\bturned the (?:gun|weapon) on (?:himself|herself)\\b(?!.*\\b(?:survived|attempted|"
            + "hospital|condition)\\b)");
    /**
     * A suicide told as a death ("killed himself", "took his own life"); "turned the gun on himself" says
     * nothing of whether he lived (the father who did so was "hospitalized in critical condition").
     */
    private static final Pattern OWN_DEATH = Pattern.compile("(?i)\\b(?:killed|killing) (?:himself|herself)\\b"
            + "|\\bcommitted suicide\\b|\\btook (?:his|her) own life\\b|\\b(?:shot|stabbed|hanged|burned) "
            + "(?:himself|herself) to death\\b");
    private static final Pattern INJURES = Pattern.compile("(?i)\\b(?:wounded|wounding|injured|injuring)\\s+$");
    /** A verb of harm before a person, also after a pronoun it acts on first: "shot her and her mother". */
    private static final Pattern HARMS = Pattern.compile("(?i)\\b(?:shot|shooting|stabbed|stabbing|struck|striking|"
            + "hit|hitting|attacked|attacking)(?:\\s+(?:him|her|them)\\s+and)?\\s+$");
    private static final Pattern PART_FATAL = Pattern.compile("(?i)\\b(" + NumberWords.PATTERN + ")\\s+(?:of\\s+"
            + "(?:them|whom|the\\s+\\w+)\\s+)?(?:(?:was|were|later)\\s+)?(?:fatally\\b|died\\b|killed\\b)");
    private static final Pattern PLURAL_HARMED = Pattern.compile("(?i)\\b(" + NumberWords.PATTERN + ")\\s+(?:[\\w-]+\\s+)"
            + "{0,2}?(?:people|persons|men|women|children|others|" + PersonWords.PLURAL + ")\\s+(?:were|have been|"
            + "had been|got)\\s+(?:\\w+ly\\s+)?(?:shot|stabbed|struck|hit|attacked|assaulted|hurt)\\b"
            + "(?!\\s+(?:and\\s+killed|dead|to death)\\b)"); // "two people were shot and killed": the dead
    /**
     * A person met before ("he", "the victim"): hurt, it may be one of the dead of another sentence. "His son"
     * or "her mother" is someone new, met through the one before.
     */
    private static final Pattern BACK = Pattern.compile("(?i)(?:he|she|the|this|that)\\b");
    /**
     * A toll of many events, written in figures or not: "seven dead in 17 shootings across the city", "eight
     * children have been shot in the past 17 months", "so far this year", "the first of two teenagers killed over the
     * weekend", "27 wounded over an eight-hour stretch"; and the toll of one other event the sentence says is another ("In an unrelated shooting, a man
     * was wounded", "in another incident").
     */
    static final Pattern MANY_EVENTS = Pattern.compile("(?i)\\bin (?:\\d+|" + NumberWords.PATTERN + ") (?:separate )?"
            + "(?:[\\w-]+ )?(?:shootings|incidents|attacks|crashes|fires|stabbings)\\b|\\bseparate (?:[\\w-]+ )?(?:shooting|"
            + "incident|attack|crash|fire|stabbing)s?\\b|\\bthe (?:first|second|third|fourth|latest|last) of (?:the )?(?:\\d+|"
            + NumberWords.PATTERN + ")\\b|\\b(?:second|third|fourth|fifth|latest) (?:[\\w-]+ )?(?:shooting|"
            + "incident|attack|stabbing)s? (?:this|in|of|since|within)\\b|\\bin (?:one|a single|just one) (?:day|week|weekend|month)\\b|\\b(?:in|over|during|within) the (?:past|last|"
            + "previous) (?:\\w+ )?(?:months|years|decades?)\\b|\\b(?:so far |earlier )?this year\\b|\\bsince "
            + "(?:\\d{4}|the (?:start|beginning) of (?:the|this) year)\\b|"
            + "\\b(?:each|every|per|a) (?:year|month)\\b|\\bannually\\b|\\bnationwide\\b|\\bstatistics\\b|"
            + "\\b(?:over|during|within|in) (?:a|an|the) (?:[\\w-]+ ){0,2}?stretch\\b|"
            + "\\b(?:in|during) (?:another|an? (?:unrelated|earlier|previous|prior|different|similar)) (?:[\\w-]+ )?"
            + "(?:shooting|incident|attack|crash|fire|stabbing|case)\\b|\\bunrelated (?:[\\w-]+ )?(?:shooting|incident|"
            + "attack|crash|fire|stabbing|case)\\b");
    /**
     * A figure prose gives without one about this event: the tolls of many events, and "in the past four days"
     * (a tally of recent ones; a toll in figures over days, "40 dead over the past three days", is the event's).
     */
    private static final Pattern TALLY_OF_MANY = Pattern.compile(MANY_EVENTS.pattern() + "|(?i:\\b(?:in|over|during|"
            + "within) the (?:past|last|previous) (?:\\w+ )?(?:days|weeks)\\b)");
    /** One more person hurt after a count: "and another critically injured", "while one other was wounded". */
    private static final Pattern ANOTHER_HURT = Pattern.compile("(?i)\\b(?:and|while|with)\\s+(?:another|one other|a "
            + "(?:second|third|fourth|fifth))(?:\\s+(?:" + PersonWords.SINGULAR + "))?\\s+(?:(?:was|is|has been)\\s+)?"
            + "(?:\\w+ly\\s+)?(?:injured|wounded|hurt|grazed)\\b|\\b(?:\\w+ly\\s+)?(?:wounded|wounding|injured|injuring)\\s+(?:another|one other|a "
            + "(?:second|third))\\b(?!\\s+(?:" + PersonWords.SINGULAR + ")\\b)");
    private static final Pattern COUPLE = Pattern.compile("(?i)\\bcouple\\b(?!\\s+of\\b)");
    /** One more person dead after others: "and a third was killed", "while another died at the scene". */
    private static final Pattern ANOTHER_DEAD = Pattern.compile("(?i)\\b(?:and|while|with)\\s+(?:another|one other|a "
            + "(?:second|third|fourth|fifth))(?:\\s+(?:" + PersonWords.SINGULAR + "))?\\s+(?:(?:was|has been)\\s+(?:\\w+ly\\s+)?"
            + "(?:killed|slain|pronounced dead|fatally \\w+)|(?:later\\s+)?died)\\b");
    /** ", as were three children", "as was her son": more people whom the sentence's verb befell. */
    private static final Pattern AS_WERE = Pattern.compile("(?i),?\\s+as\\s+(?:were|was)\\s+(?:(?:(?:his|her|their|the)"
            + "\\s+)?(" + NumberWords.PATTERN + ")\\s+(?:[\\w-]+\\s+){0,2}?(?:" + PersonWords.PLURAL + "|people|men|women|"
            + "children|others)|(?:a|an|his|her|their)\\s+(?:[\\w-]+\\s+){0,2}?(?:" + PersonWords.SINGULAR + "))\\b");
    /** The name in a person's words: "Jane Roe, 24," or "24-year-old Jane Roe". */
    private static final Pattern NAME_IN = Pattern.compile("^(?:.*\\bold\\s+)?(" + NAME + ")(?:,|$)");
    /** "Child, 7," or "Chronicle Boy, 8,": a description capitalised, not a name. */
    private static final Pattern PERSON_WORD = Pattern.compile("(?i).*\\b(?:" + PersonWords.SINGULAR + ")\\b.*");
    /** ", Jane Roe, 20,": a name in apposition to the description before it. */
    private static final Pattern APPOSED = Pattern.compile("\\s*,\\s*(?:" + NAMED_WITH_AGE + "|" + AGED_NAME + ")");
    /** Words that make the people of a sentence more people than the dead counted elsewhere. */
    private static final Pattern ADDED = Pattern.compile("(?i)\\b(?:also|another|other|others|second|third|too|as well|"
            + "survived|survivors?)\\b");
    /**
     * A death a sentence tells beside the hurt it counts, of people it does not count one by one ("leaving three
     * women dead and a wounded girl calling for help"): the hurt are not those dead.
     */
    private static final Pattern DEATH_BESIDE = Pattern.compile("(?i)\\b(?:dead|died|killed|slain)\\b(?![-\\p{L}])");
    private static final Pattern WHOM = Pattern.compile("(?i)\\bwhom\\s+$");
    /** How far after a person a verb may stand ("a man, who was walking home, was shot"). */
    private static final int WINDOW = 100;

    private Casualties() {
    }

    /** What a sentence says befell people it names or describes one by one. */
    static Tally read(String sentence) {
        int killed = 0;
        int injured = 0;
        int harmed = 0;
        int hurtBefore = 0;
        boolean describedDead = false;
        List<int[]> spans = new ArrayList<>();
        Matcher m = PEOPLE.matcher(sentence);
        while (m.find()) {
            int[] last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
            if (last != null && sentence.substring(last[1], m.start()).isBlank()) {
                last[1] = m.end(); // "his friend Jane Roe, 16": one person named twice
                continue;
            }
            spans.add(new int[] {m.start(), m.end(), people(m.group())});
        }
        int slain = 0;
        int listed = 0; // the harm a verb did to the person before, for the next one in a list after ";"
        for (int i = 0; i < spans.size(); i++) {
            int[] s = spans.get(i);
            String before = sentence.substring(Math.max(0, s[0] - 40), s[0]);
            boolean inList = i > 0 && listed > 0 && LIST_GAP.matcher(sentence.substring(spans.get(i - 1)[1], s[0])).matches();
            int next = i + 1; // "his daughter, whom a relative identified as Jane Roe, was hurt": the relative only names her
            while (next < spans.size() && naming(sentence, spans.get(next)[0])) {
                next++;
            }
            String after = sentence.substring(s[1], Math.min(sentence.length(), Math.min(s[1] + WINDOW,
                    next < spans.size() ? spans.get(next)[0] : sentence.length())));
            String inner = sentence.substring(s[0], s[1]);
            // "he struck and killed a cyclist": the next person is the object, this one the agent; a person a
            // verb already acts on is no agent ("shot his brother to death, wounded an older brother")
            boolean object = KILLS.matcher(before).find() || INJURES.matcher(before).find() || HARMS.matcher(before).find();
            int harm = naming(sentence, s[0]) ? 0 : inList ? listed : !object && AGENT.matcher(after).matches() ? 0
                    : harm(before, inner, after);
            listed = object || inList ? harm : 0;
            Matcher name = NAME_IN.matcher(inner);
            boolean named = s[2] == 1 && name.find() && !PERSON_WORD.matcher(name.group(1)).matches();
            if (harm == 3 && killed > 0 && s[2] == 1 && (BACK.matcher(inner).lookingAt() || named && describedDead)) {
                // "a boy was shot and killed ... that boy was murdered", "a girl killed ... 12-year-old Jane Roe
                // was killed": the dead person met before, named or pointed back to
                continue;
            }
            if (harm == 3) {
                killed += s[2];
                slain += object || inList ? s[2] : 0;
                describedDead |= !named;
            } else if (harm > 0 && BACK.matcher(inner).lookingAt()) {
                hurtBefore += s[2];
            } else if (harm == 2) {
                injured += s[2];
            } else if (harm == 1) {
                harmed += s[2];
            }
        }
        if (killed == 0 && !namedDead(sentence).isEmpty()) {
            killed = 1;
        }
        Matcher hurtName = NAMED_HURT.matcher(sentence);
        String namedHurt = null;
        if (killed == 0 && injured == 0 && harmed == 0 && hurtBefore == 0 && hurtName.find()) {
            injured = 1;
            namedHurt = hurtName.group(1);
        }
        boolean suicide = SUICIDE.matcher(sentence).find();
        if (suicide) {
            killed++;
            // "he shot his wife and son before killing himself": those he shot, not said to have survived, died
            killed += injured == 0 ? harmed : 0;
            harmed = injured == 0 ? 0 : harmed;
        }
        if (another(ANOTHER_HURT, sentence)) {
            injured++; // "Three people were killed and another critically injured"
        }
        if (another(ANOTHER_DEAD, sentence)) {
            killed++; // "Two teens were wounded and a third was killed"
        }
        Matcher asWere = AS_WERE.matcher(sentence);
        if (asWere.find()) { // "A man and a woman were found dead, as were three children": more of the same
            int n = asWere.group(1) == null ? 1 : (int) NumberWords.value(asWere.group(1));
            if (killed > 0) {
                killed += n;
            } else if (injured > 0) {
                injured += n;
            } else if (harmed > 0) {
                harmed += n;
            }
        }
        Matcher plural = PLURAL_HARMED.matcher(sentence);
        if (plural.find()) {
            harmed = Math.max(harmed, (int) NumberWords.value(plural.group(1)));
        }
        Matcher part = PART_FATAL.matcher(sentence);
        if (harmed > 1 && killed == 0 && part.find()) {
            killed = (int) NumberWords.value(part.group(1));
            harmed -= Math.min(harmed, killed);
        }
        return new Tally(killed, injured, harmed, hurtBefore, namedHurt, slain, suicide);
    }

    /**
     * The counts an article implies and does not write in figures: one KILLED and one INJURED claim at most,
     * each only when {@code written} (the article's counts in figures) has none of its kind.
     */
    static List<NumericClaim> implied(String articleId, List<String> sentences, List<NumericClaim> written) {
        long writtenKilled = largest(written, Subject.KILLED);
        boolean writtenInjured = largest(written, Subject.INJURED) > 0;
        String killedIn = null;
        int killed = 0;
        List<Tally> tallies = new ArrayList<>();
        for (String s : sentences) {
            Tally t = TALLY_OF_MANY.matcher(s).find() ? Tally.NONE : read(s);
            tallies.add(t);
            if (t.killed() > killed) {
                killed = t.killed();
                killedIn = s;
            }
        }
        // "He had killed his daughter; his girlfriend; and her mother. ... he killed himself": the one who took
        // his own life in a sentence of its own is not among those he killed
        int slainMost = 0;
        String slainIn = null;
        for (int i = 0; i < tallies.size(); i++) {
            Tally t = tallies.get(i);
            if (!t.suicide() && t.slain() > 0 && t.slain() == t.killed() && t.killed() > slainMost) {
                slainMost = t.killed();
                slainIn = sentences.get(i);
            }
        }
        boolean ownDeath = false;
        for (int i = 0; i < tallies.size(); i++) {
            ownDeath |= tallies.get(i).suicide() && tallies.get(i).killed() == 1
                    && OWN_DEATH.matcher(sentences.get(i)).find();
        }
        if (slainMost + 1 > killed && ownDeath) {
            killed = slainMost + 1;
            killedIn = slainIn;
        }
        List<NumericClaim> out = new ArrayList<>();
        if (writtenKilled == 0 && killed > 0) {
            out.add(new NumericClaim(articleId, Subject.KILLED, killed, Qualifier.EXACT, "people", false,
                    phrase(killedIn), killedIn));
        }
        long dead = Math.max(writtenKilled, killed);
        List<String> deadNames = new ArrayList<>();
        sentences.forEach(s -> deadNames.addAll(namedDead(s)));
        int injured = 0;
        String injuredIn = null;
        for (int i = 0; i < tallies.size(); i++) {
            Tally t = tallies.get(i);
            // people only said to be shot, hit or even wounded may be the dead of another sentence ("A boy was
            // critically wounded. ... He died on Sunday"): a sentence adds survivors only beyond the dead it does
            // not itself count, unless it marks them as more people ("also", "another", "a second") or as
            // alive now ("remains in hospital")
            boolean more = ADDED.matcher(sentences.get(i)).find() || ALIVE.matcher(sentences.get(i)).find()
                    || t.killed() == 0 && (t.injured() > 0 || t.harmed() > 0) && DEATH_BESIDE.matcher(sentences.get(i)).find();
            long elsewhere = more ? 0 : Math.max(0, dead - t.killed());
            // with one dead, a wounded one told apart is most often that victim before they died; with more
            // dead, a wounded person is most often a survivor
            int hurt = dead == 1 ? (int) Math.max(0, t.injured() + t.harmed() - elsewhere)
                    : t.injured() + (int) Math.max(0, t.harmed() - elsewhere);
            // "she" or "the victim" adds nobody to the people a sentence already counts; with dead elsewhere,
            // only when the sentence says the person is alive now ("he remains in hospital")
            hurt = Math.max(hurt, dead == 0 || ALIVE.matcher(sentences.get(i)).find() ? Math.min(1, t.hurtBefore()) : 0);
            // "Jane Roe suffered a gunshot wound ... Mary Roe died": a name the article never says died is
            // someone other than the dead it names
            if (t.namedHurt() != null && !deadNames.isEmpty()
                    && deadNames.stream().noneMatch(d -> sameName(d, t.namedHurt()))) {
                hurt = Math.max(hurt, 1);
            }
            if (hurt > injured) {
                injured = hurt;
                injuredIn = sentences.get(i);
            }
        }
        if (!writtenInjured && injured > 0) {
            out.add(new NumericClaim(articleId, Subject.INJURED, injured, Qualifier.EXACT, "people", false,
                    phrase(injuredIn), injuredIn));
        }
        return out;
    }

    /** The names a sentence says died: "Roe was pronounced dead", "the bullet struck Jane Roe, killing her". */
    private static List<String> namedDead(String sentence) {
        List<String> out = new ArrayList<>();
        for (Pattern p : List.of(NAMED_DEAD, NAMED_STRUCK_DEAD)) {
            Matcher m = p.matcher(sentence);
            while (m.find()) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    /** Whether two names may be one person: one's words are all in the other ("Roe", "Jane Roe"), or the first word is. */
    private static boolean sameName(String a, String b) {
        List<String> x = List.of(a.toLowerCase(java.util.Locale.ROOT).split("\\s+"));
        List<String> y = List.of(b.toLowerCase(java.util.Locale.ROOT).split("\\s+"));
        return x.get(0).equals(y.get(0)) || x.containsAll(y) || y.containsAll(x);
    }

    private static long largest(List<NumericClaim> claims, Subject subject) {
        return claims.stream().filter(c -> c.subject() == subject && !c.partial()).mapToLong(NumericClaim::value)
                .max().orElse(0);
    }

    /** The sentence as the claim's words, cut at a readable length. */
    private static String phrase(String sentence) {
        return sentence.length() <= 120 ? sentence : sentence.substring(0, sentence.lastIndexOf(' ', 118)) + "…";
    }

    /**
     * "and another was wounded": one more person, unless the words name them ("a third person"), whom the
     * sentence's people already count.
     */
    private static boolean another(Pattern p, String sentence) {
        Matcher m = p.matcher(sentence);
        return m.find() && !m.group().matches("(?is).*\\b(?:" + PersonWords.SINGULAR + ")\\b.*");
    }

    /** Whether the person starting at {@code start} only names the one before: ", whom a relative identified as". */
    private static boolean naming(String sentence, int start) {
        return WHOM.matcher(sentence.substring(Math.max(0, start - 10), start)).find();
    }

    /** 3 killed, 2 injured, 1 harmed, 0 nothing: the worst the words around a person say. */
    private static int harm(String before, String inner, String after) {
        if (KILLS.matcher(before).find()) {
            return 3;
        }
        String adjectives = inner.toLowerCase(java.util.Locale.ROOT);
        String clause = after.split("[;:]|\\.\\s|,\\s+(?:and\\s+)?(?:police|officials|authorities)\\b", 2)[0];
        Matcher negation = NEGATED.matcher(clause);
        String asserted = negation.find() ? clause.substring(0, negation.start()) : clause;
        if (FATAL.matcher(asserted).find() || SURVIVED_NOT.matcher(clause).find() || adjectives.matches("(?s).*\\b(?:dead|slain)\\b.*")) {
            return 3;
        }
        if (INJURED.matcher(asserted).find() || INJURES.matcher(before).find()
                || adjectives.matches("(?s).*\\b(?:wounded|injured)\\b.*")) {
            return 2;
        }
        return HARMED.matcher(asserted).find() || HARMS.matcher(before).find() ? 1 : 0;
    }

    /**
     * The people in a run of them: each one named or described, except that a name after a description with
     * only a comma between is the same person ("his friend, Jane Roe, 20," is one).
     */
    private static int people(String run) {
        if (run.strip().matches("(?i)\\W{0,3}both")) {
            return 2; // "Police found two men wounded. Both died at the scene."
        }
        int couples = count(COUPLE.matcher(run)); // "a young couple and their baby": the couple is two
        Matcher aged = AGED_GROUP.matcher(run);
        if (aged.lookingAt()) {
            return aged.group(1).split("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+").length;
        }
        Matcher more = MORE_ONE.matcher(run);
        int n = 1;
        Boolean described = null;
        while (more.find()) {
            if (described == null) {
                described = !run.substring(0, more.start()).matches(NAMED_WITH_AGE + "|" + AGED_NAME + "|" + NAME);
            }
            // "his mother, Jane Roe, 27, and his brother, 8-year-old Tom Roe": a name right after a description is
            // the person just described
            boolean name = APPOSED.matcher(more.group()).matches();
            n += described && name ? 0 : 1;
            described = !name && !more.group().matches("(?s).*(?:" + NAMED_WITH_AGE + "|" + AGED_NAME + ")");
        }
        return n + couples;
    }

    private static int count(Matcher m) {
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
