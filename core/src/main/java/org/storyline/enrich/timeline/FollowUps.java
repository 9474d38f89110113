package org.storyline.enrich.timeline;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a date in a sentence dates the happening itself or a later step of its aftermath, read from the
 * word nearest to the date words.
 *
 * <pre>{@code
 * FollowUps.of(event)  // "appeared in court on Tuesday" -> FOLLOW_UP; "was found dead April 22" -> HAPPENING
 * }</pre>
 *
 * <p>A follow-up article's lead dates the follow-up ("A teen accused of shooting her brother was back in court
 * Thursday"; "Authorities said in a statement Monday that ..."), and the happening's own date comes a few
 * sentences later ("... the night of Dec. 7", "The two were shot Friday morning"). The nearest word decides, not
 * any word of the sentence: "said in a statement Monday that he is charged with murder in the deaths" is dated
 * by "statement", while "was arrested after the girl was found dead April 22" is dated by "dead". The two word
 * families are the aftermath of any harmful event (justice, statements, mourning) and the happenings news
 * reports (harm, disasters, accidents, attacks), not words of one kind of crime.
 */
final class FollowUps {

    enum Kind { HAPPENING, FOLLOW_UP, NEITHER }

    /**
     * Words this far from the date words (either side) may decide: a sentence's date often closes a long verb
     * phrase ("accused of shooting and killing her 15-year-old brother the night of Dec. 7").
     */
    private static final int REACH = 12;

    private static final Set<String> AFTERMATH = Set.of("charged", "charges", "charging", "arrested", "arrest",
            "arraigned", "arraignment", "indicted", "indictment", "sentenced", "sentencing", "convicted", "pleaded",
            "plea", "court", "courtroom", "hearing", "trial", "jury", "jurors", "judge", "appeared", "appearance",
            "bail", "bond", "custody", "identified", "statement", "vigil", "funeral", "memorial", "autopsy",
            "lawsuit", "sued", "extradited", "testified", "verdict");

    private static final Set<String> HAPPENING = Set.of("shot", "shooting", "killed", "killing", "died", "dies",
            "dead", "death", "wounded", "injured", "injuring", "hurt", "stabbed", "stabbing", "attacked", "attack",
            "assaulted", "crashed", "crash", "collided", "collision", "exploded", "explosion", "blast", "burned",
            "fire", "erupted", "struck", "collapsed", "earthquake", "quake", "flooded", "flooding", "murdered",
            "slain", "slaying", "happened", "occurred", "fired", "robbed", "robbery", "drowned", "disappeared",
            "kidnapped", "abducted", "raided", "raid", "stormed", "bombing", "bombed", "derailed", "sank");

    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private FollowUps() {
    }

    /** What the word nearest to the event's date words says the date is of. */
    static Kind of(Event event) {
        String sentence = event.sentence();
        int at = event.expression() == null ? -1 : sentence.indexOf(event.expression());
        if (at < 0) {
            return Kind.NEITHER;
        }
        int end = at + event.expression().length();
        java.util.List<int[]> words = new java.util.ArrayList<>(); // {start, end} of each word
        Matcher m = WORD.matcher(sentence);
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        int first = -1;
        int last = -1;
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i)[0] >= at && words.get(i)[1] <= end) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            return Kind.NEITHER;
        }
        Kind best = Kind.NEITHER;
        int nearest = REACH + 1;
        for (int i = Math.max(0, first - REACH); i <= Math.min(words.size() - 1, last + REACH); i++) {
            int distance = i < first ? first - i : i - last;
            if (distance == 0 || distance >= nearest) {
                continue;
            }
            Kind kind = kind(sentence.substring(words.get(i)[0], words.get(i)[1]));
            if (kind != Kind.NEITHER) {
                nearest = distance;
                best = kind;
            }
        }
        return best;
    }

    private static Kind kind(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (AFTERMATH.contains(w)) {
            return Kind.FOLLOW_UP;
        }
        return HAPPENING.contains(w) ? Kind.HAPPENING : Kind.NEITHER;
    }
}
