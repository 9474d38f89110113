package org.storyline.extract.dump;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outlet a page's own subscription prompt names: "Want all of The Times? Subscribe.", "Subscribe to The
 * Atlantic", "Support The Guardian", "Become a Tribune subscriber". An outlet asks its readers to pay for itself,
 * never for another, so the name in such a line is the page's outlet when nothing else on the page names it.
 *
 * <pre>{@code
 * SubscriptionLine.outlet(List.of("Want all of The Times? Subscribe."))   // Optional[The Times]
 * SubscriptionLine.outlet(List.of("Subscribe to our newsletter"))         // Optional.empty
 * }</pre>
 *
 * <p>Only a short line that is nothing but the prompt counts, and the name must be written as a name (capitalised
 * words, an optional leading "The"); "our newsletter", "us" or a sentence of the article never do. A prompt for a
 * newsletter, an app or a podcast names a product, not the outlet, and is left out.
 */
final class SubscriptionLine {

    private static final String NAME = "((?:The\\s+)?\\p{Lu}[\\p{L}\\p{N}'’&.-]*(?:\\s+(?:of\\s+|&\\s+)?\\p{Lu}[\\p{L}\\p{N}'’&.-]*){0,3})";
    private static final String END = "\\s*(?:[?!.:]|\\s+(?:today|now|for|from|and)\\b|$)";
    private static final List<Pattern> PROMPTS = List.of(
            Pattern.compile("^(?:Want|Get|Read|Enjoy)\\s+(?:all|more|the\\s+best)\\s+of\\s+" + NAME + END),
            Pattern.compile("^(?:Subscribe|Subscribing)\\s+to\\s+" + NAME + END),
            Pattern.compile("^Support\\s+" + NAME + "(?:'s|’s)?(?:\\s+journalism)?" + END),
            Pattern.compile("^Become\\s+an?\\s+" + NAME + "\\s+(?:subscriber|member)s?\\b"));
    /** What a prompt offers when it is not the outlet: a product of it, a cause, or the reader's own. */
    private static final Pattern NOT_OUTLET = Pattern.compile("(?i)\\b(newsletters?|apps?|podcasts?|channel|alerts?|briefing"
            + "|digest|edition|journalism|reporting|content|us|our)$|^(?i:us|our|independent|local|quality)\\b");
    /** A prompt is a line of a few words, never a paragraph. */
    private static final int MAX_WORDS = 12;

    private SubscriptionLine() {
    }

    /** The outlet the first subscription prompt among {@code lines} names, if any. */
    static Optional<String> outlet(List<String> lines) {
        for (String line : lines) {
            Optional<String> named = named(line.strip());
            if (named.isPresent()) {
                return named;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> named(String line) {
        if (line.isEmpty() || TextShape.wordCount(line) > MAX_WORDS) {
            return Optional.empty();
        }
        for (Pattern prompt : PROMPTS) {
            Matcher m = prompt.matcher(line);
            if (m.find()) {
                String name = m.group(1).replaceAll("(?:'s|’s|[.])+$", "").strip();
                if (!NOT_OUTLET.matcher(name).find() && !name.equals("The")) {
                    return Optional.of(name);
                }
            }
        }
        return Optional.empty();
    }
}
