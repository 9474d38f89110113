package org.storyline.enrich.account;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.enrich.Countries;

/**
 * The causes a clause names, per topic: a small vocabulary of how people die and planes come down, and the
 * party a clause blames. A cause right after a negation ("ruled out", "not", "denied") is left out.
 */
final class Causes {

    /** A cause found: its label and the words as written. */
    record Found(Topic topic, String label, String evidence) {}

    private record Kind(Topic topic, String label, Pattern words) {}

    private static final List<Kind> KINDS = List.of(
            kind(Topic.CAUSE_OF_DEATH, "natural causes (heart failure, illness)",
                    "heart failure|heart attack|cardiac (?:arrest|failure)|natural causes?|(?:was|were) natural|"
                            + "chronic (?:illness|disease)|illness|stroke"),
            kind(Topic.CAUSE_OF_DEATH, "violence (torture, beatings, injuries)",
                    "tortur\\w*|beaten(?: to death)?|beatings?|blunt[- ]force\\s+trauma|post-traumatic shock|"
                            + "(?:multiple|severe|fatal|numerous) injuries|broken ribs|(?:signs of )?(?:severe )?violence|"
                            + "murder\\w*|homicide|deliberate killing|extrajudicial killings?|electrocut\\w*|strangled|"
                            + "stabbed|shot dead"),
            kind(Topic.CAUSE_OF_DEATH, "suicide", "suicide|took (?:his|her|their) own li(?:fe|ves)|hanged (?:himself|herself)"),
            kind(Topic.CAUSE_OF_CRASH, "struck from outside (missile, air defence, drone, electronic warfare)",
                    "missile|air[- ]defen[cs]e|shot down|struck by|hit by|anti-aircraft|electronic warfare|"
                            + "shrapnel|external (?:physical and technical )?interference|drone strike|"
                            + "(?:was|were) attacked|attacked over"),
            kind(Topic.CAUSE_OF_CRASH, "bird strike", "bird strike|flock of birds|birds"),
            kind(Topic.CAUSE_OF_CRASH, "technical failure", "technical (?:failure|fault|malfunction|problems?)|"
                    + "engine failure|mechanical (?:failure|fault)|oxygen (?:tank|cylinder) explo\\w+"),
            kind(Topic.CAUSE_OF_CRASH, "weather", "fog|bad weather|storm|icing"),
            kind(Topic.CAUSE_OF_CRASH, "pilot error", "pilot error|human error|crew error"));

    private static final Pattern NEGATION = Pattern.compile(
            "(?i)\\b(?:not|no|never|ruled out|rule out|denied|deny|denies|rejected|dismissed|rather than|instead of)"
                    + "\\b(?:\\s+\\S+){0,3}\\s*$");
    /** "charged six men with murder" is a charge about other killings, not an account of a death. */
    private static final Pattern CHARGE = Pattern.compile(
            "(?i)\\b(?:charged|convicted|accused|suspected|sentenced)\\b.{0,80}\\b(?:with|of|for)\\s+(?:\\S+\\s+){0,2}$");
    private static final String PARTY = "((?:the\\s+)?[A-Z][\\p{L}'’.-]*(?:\\s+(?:[A-Z][\\p{L}'’.-]*|of|the))*)";
    private static final List<Pattern> BLAME = List.of(
            Pattern.compile("\\bblam(?:ed|es|ing)\\s+" + PARTY),
            Pattern.compile("\\bheld\\s+" + PARTY + "\\s+responsible"),
            Pattern.compile("\\bcalled on\\s+" + PARTY + "\\s+to\\s+(?:take|accept|admit|acknowledge)\\s+responsibility"),
            Pattern.compile(PARTY + "\\s+(?:was|is|were|are)\\s+(?:responsible|to blame)\\b"));

    private final Countries countries = new Countries();

    /**
     * The topics a sentence is about: a death must be named in the sentence itself, a crash may also be named by
     * the sentence before ("The plane crashed. Aliyev said it was attacked"); blame is found by its own patterns.
     */
    static java.util.Set<Topic> cued(String sentence, String previous) {
        java.util.Set<Topic> out = java.util.EnumSet.noneOf(Topic.class);
        for (Topic t : Topic.values()) {
            if (t.cuedBy(sentence) || t == Topic.CAUSE_OF_CRASH && t.cuedBy(previous)) {
                out.add(t);
            }
        }
        return out;
    }

    /** The causes {@code clause} names of the {@code cued} topics of its sentence, first mention first. */
    List<Found> in(String clause, java.util.Set<Topic> cued) {
        List<Found> out = new ArrayList<>();
        for (Kind k : KINDS) {
            if (!cued.contains(k.topic())) {
                continue;
            }
            Matcher m = k.words().matcher(clause);
            while (m.find()) {
                String before = clause.substring(0, m.start());
                if (!NEGATION.matcher(before).find() && !CHARGE.matcher(before).find()) {
                    out.add(new Found(k.topic(), k.label(), m.group()));
                    break;
                }
            }
        }
        for (Pattern p : BLAME) {
            Matcher m = p.matcher(clause);
            if (m.find()) {
                String party = m.group(1).replaceFirst("^the\\s+", "");
                String country = countries.first(party);
                out.add(new Found(Topic.RESPONSIBILITY, country != null ? country : party, m.group()));
                break;
            }
        }
        return out;
    }

    private static Kind kind(Topic topic, String label, String words) {
        return new Kind(topic, label, Pattern.compile("(?i)\\b(?:" + words + ")\\b"));
    }
}
