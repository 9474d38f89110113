package org.storyline.extract.dump;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.storyline.text.Words;

/**
 * The small vocabulary that page furniture is written in, whatever the site: calls to action (an imperative
 * verb aimed at the reader), product words (app, newsletter, member, comments) and notes about the page itself
 * (AI, beta, translation, "this article"). News sentences use these words too, so each test asks for a
 * combination of cues, never a single word in a long sentence.
 */
final class UiVocabulary {

    private static final Set<String> IMPERATIVES = Set.of(
            "join", "become", "subscribe", "sign", "download", "get", "try", "explore", "support", "donate",
            "follow", "register", "log", "click", "tap", "read", "share", "install", "upgrade", "unlock", "start",
            "discover", "listen", "watch", "claim", "enjoy", "see", "learn", "find", "check", "visit", "continue",
            "save", "bookmark", "give", "help", "stay", "keep", "don", "never", "like", "comment", "contact", "send");
    private static final Set<String> PRODUCT = Set.of(
            "subscribe", "subscribed", "subscriber", "subscribers", "subscription", "subscriptions", "newsletter",
            "newsletters", "download", "app", "apps", "membership", "member", "members", "premium", "login",
            "signup", "comments", "comment", "cookies", "cookie", "advertisement", "advertising", "sponsored", "ad",
            "ads", "ai", "features", "notifications", "alerts", "paywall", "unlimited", "unlock", "upgrade", "logo",
            "podcast", "donate", "donation", "inbox", "trial", "updates");
    private static final Set<String> META = Set.of(
            "reporter", "sources", "verified", "facts", "translations", "translation", "translated",
            "inaccuracies", "original", "content", "editorial", "disclaimer", "beta", "breaking",
            "firsthand", "please", "click", "journalism", "newsroom", "readers", "community");
    private static final Set<String> READER = Set.of("you", "your", "yours", "our", "us", "we", "now", "today", "free", "here");
    private static final Set<String> WE = Set.of("we", "our", "us", "ours", "ourselves");
    private static final Pattern SELF_REFERENCE = Pattern.compile(
            "\\bthis (?:is an? )?(?:[\\p{L}-]+ ){0,2}(?:article|story|report|page|post|piece|content|video)\\b",
            Pattern.CASE_INSENSITIVE);
    // An apostrophe inside a word ("we’re") is not a quotation mark; one at a word's edge is.
    private static final Pattern QUOTES = Pattern.compile("[\"“”«»]|(?<!\\p{L})['‘’]|['‘’](?!\\p{L})");

    private UiVocabulary() {
    }

    /** "Download the app today", "Become a member", "Try Our AI Features": an order to the reader about the site. */
    static boolean isCallToAction(String sentence) {
        List<String> words = Words.of(sentence);
        if (words.isEmpty() || words.size() > 25 || !IMPERATIVES.contains(words.get(0))) {
            return false;
        }
        return words.stream().skip(1).anyMatch(w -> PRODUCT.contains(w) || READER.contains(w));
    }

    /**
     * A sentence about the page rather than the news: two or more product/meta words in a short sentence
     * (three in a longer one), one in a sentence where the site says "we"/"our", one product word in a fragment of
     * up to four words, or "this article/story" outside quotes.
     */
    static boolean isAboutThePage(String sentence) {
        List<String> words = Words.of(sentence);
        if (words.isEmpty()) {
            return false;
        }
        boolean selfReference = SELF_REFERENCE.matcher(sentence).find() && !QUOTES.matcher(sentence).find();
        if (selfReference && words.size() <= 30) {
            return true;
        }
        if (words.size() <= 4) {
            // "No comments yet", "Advertisement", "Updates to follow": a product word is the whole message.
            return words.stream().anyMatch(PRODUCT::contains);
        }
        long cues = words.stream().distinct().filter(w -> PRODUCT.contains(w) || META.contains(w)).count();
        if (cues >= 1 && isFirstPersonPlural(sentence) && words.size() <= 30) {
            // The site speaking of itself: "checked by our editors", "our newsletter", "we use cookies".
            return true;
        }
        return cues >= (words.size() <= 12 ? 2 : 3) && words.size() <= 40;
    }

    /** The site talking about itself to the reader ("we", "our") outside any quotation: promo copy. */
    static boolean isFirstPersonPlural(String text) {
        return !QUOTES.matcher(text).find() && Words.of(text).stream().anyMatch(WE::contains);
    }

    static boolean hasQuotes(String text) {
        return QUOTES.matcher(text).find();
    }
}
