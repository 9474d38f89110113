package org.storyline.enrich.claim;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dead a headline counts, in headline grammar (no articles, present tense, title case): "Three People
 * Dead East of Millbrook", "Teen killed in crash on Route 9", "3-year-old dies after fall", "Hunting accident
 * claims life". Read only when the article's text gives no count of the dead: a short page whose body is a
 * caption or a follow-up about an arrest still tells how many died in its headline.
 *
 * <pre>{@code
 * Headlines.killed("a1", "Benton 17-year-old killed in crash")   // KILLED 1
 * Headlines.killed("a1", "Man charged in hotel fire")            // none
 * }</pre>
 *
 * <p>A person before the verb is a person word or an age ("17-year-old"), with at most three other words
 * between and none of them a relative pronoun ("Man who killed three" is a killer, not one dead).
 */
final class Headlines {

    private static final String VERB = "(?:dies|died|dead|killed|slain|fatally (?:shot|stabbed|struck|hurt|injured)|shot "
            + "dead|kills (?:himself|herself))\\b";
    private static final Pattern COUNTED = Pattern.compile("(?i)(?<![\\p{L}\\d-])(" + NumberWords.PATTERN + ")\\s+(?:[\\w-]+\\s+)"
            + "{0,2}?(?:people|persons|men|women|children|" + PersonWords.PLURAL + ")?\\s*(?:are\\s+|were\\s+)?" + VERB);
    private static final Pattern ONE = Pattern.compile("(?i)(?<![\\p{L}\\d-])(?:\\d{1,3}|" + NumberWords.PATTERN
            + ")[- ]years?[- ]old(?:\\s+(?:" + PersonWords.SINGULAR + "))?\\s+(?:(?!who\\b|that\\b|which\\b)[\\w'’-]+\\s+){0,3}?"
            + VERB + "|(?<![\\p{L}])(?:" + PersonWords.SINGULAR + ")(?:,\\s*\\d{1,3},)?\\s+(?:(?!who\\b|that\\b|which\\b)"
            + "[\\w'’-]+\\s+){0,3}?" + VERB + "|\\bclaims?\\s+(?:a\\s+|the\\s+)?life\\b");

    private Headlines() {
    }

    /** The dead the headline counts, as a claim whose sentence is the headline, or none. */
    static Optional<NumericClaim> killed(String articleId, String headline) {
        if (headline == null || headline.isBlank() || Casualties.MANY_EVENTS.matcher(headline).find()) {
            return Optional.empty();
        }
        Matcher many = COUNTED.matcher(headline);
        if (many.find()) {
            return Optional.of(new NumericClaim(articleId, Subject.KILLED, NumberWords.value(many.group(1)),
                    Qualifier.EXACT, "people", false, many.group(), headline));
        }
        Matcher one = ONE.matcher(headline);
        return one.find() ? Optional.of(new NumericClaim(articleId, Subject.KILLED, 1, Qualifier.EXACT, "people",
                false, one.group(), headline)) : Optional.empty();
    }
}
