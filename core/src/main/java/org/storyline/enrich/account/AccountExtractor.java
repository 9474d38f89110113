package org.storyline.enrich.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.storyline.enrich.Countries;
import org.storyline.enrich.timeline.SentenceSplitter;

/**
 * Attributed accounts of causes in an article: what a source says caused a death or a crash, or who it blames.
 *
 * <pre>{@code
 * new AccountExtractor(new SentenceSplitter()).extract("dw",
 *     "While Russian authorities stated one brother died of heart failure, Azerbaijan's prosecutors said"
 *     + " he was tortured.")
 * // [Account[cause=natural causes (heart failure, illness), source=Russian authorities, side=Russia],
 * //  Account[cause=violence (torture, beatings, injuries), source=Azerbaijan's prosecutors, side=Azerbaijan]]
 * }</pre>
 *
 * <p>A clause's cause needs an attribution: its own clause's, else the sentence's only one (so
 * "X died of heart failure, while Y, investigators said" credits the investigators with both clauses).
 * Unattributed narrative is the outlet's own voice, not an account, and is left out.
 */
public final class AccountExtractor {

    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            ";|,\\s+(?=(?:while|whereas|but|contradicting|although|though|despite|even as)\\b)|\\s+(?=contradicting\\b)");
    private static final Pattern LEADING_CONTRAST = Pattern.compile("(?i)^(?:while|whereas|although|though)\\b");

    private final SentenceSplitter sentences;
    private final Causes causes = new Causes();
    private final Attribution attribution = new Attribution();
    private final Countries countries = new Countries();

    public AccountExtractor(SentenceSplitter sentences) {
        this.sentences = Objects.requireNonNull(sentences, "sentences");
    }

    /** The accounts in {@code text}, in text order. */
    public List<Account> extract(String articleId, String text) {
        List<Account> out = new ArrayList<>();
        if (java.util.Arrays.stream(Topic.values()).noneMatch(t -> t.cuedBy(text))) {
            return out; // most articles name no death, crash or blame: skip the sentence work
        }
        java.util.Map<String, String> sides = new java.util.LinkedHashMap<>();
        Sources sources = new Sources();
        String previous = "";
        for (String sentence : sentences.split(text)) {
            List<String> clauses = clauses(sentence);
            int s = sources.add(clauses);
            java.util.Set<Topic> cued = Causes.cued(sentence, previous);
            previous = sentence;
            if (cued.isEmpty()) {
                continue;
            }
            List<List<Causes.Found>> found = new ArrayList<>();
            clauses.forEach(c -> found.add(causes.in(c, cued)));
            if (found.stream().allMatch(List::isEmpty)) {
                continue; // only sentences that name a cause need their sources read
            }
            List<String> resolved = new ArrayList<>();
            for (int i = 0; i < clauses.size(); i++) {
                String raw = sources.raw(s)[i];
                resolved.add(raw != null && Attribution.pronoun(raw) ? sources.lastNamedBefore(s, i) : raw);
            }
            List<String> distinct = resolved.stream().filter(Objects::nonNull).distinct().toList();
            for (int i = 0; i < clauses.size(); i++) {
                String source = resolved.get(i) != null ? resolved.get(i) : distinct.size() == 1 ? distinct.get(0) : null;
                if (source == null) {
                    continue;
                }
                for (Causes.Found f : found.get(i)) {
                    out.add(new Account(articleId, f.topic(), f.label(), f.evidence(), source, side(source, sides), sentence));
                }
            }
        }
        return out;
    }

    /**
     * The sources an article's clauses name, read only when needed: for a clause with a cause, and backwards
     * from a pronoun ("It said") to the last source named before it.
     */
    private final class Sources {
        private final List<List<String>> clauses = new ArrayList<>();
        private final List<String[]> raw = new ArrayList<>();

        int add(List<String> sentenceClauses) {
            clauses.add(sentenceClauses);
            raw.add(null);
            return clauses.size() - 1;
        }

        String[] raw(int sentence) {
            if (raw.get(sentence) == null) {
                raw.set(sentence, clauses.get(sentence).stream().map(attribution::in).toArray(String[]::new));
            }
            return raw.get(sentence);
        }

        String lastNamedBefore(int sentence, int clause) {
            for (int j = sentence; j >= 0; j--) {
                String[] r = raw(j);
                for (int k = j == sentence ? clause - 1 : r.length - 1; k >= 0; k--) {
                    if (r[k] != null && !r[k].equals(Attribution.UNNAMED) && !Attribution.pronoun(r[k])) {
                        return r[k];
                    }
                }
            }
            return null;
        }
    }

    /** The clauses of a sentence, split where it sets one statement against another. */
    static List<String> clauses(String sentence) {
        List<String> out = new ArrayList<>();
        for (String part : CLAUSE_BREAK.split(sentence)) {
            String p = part.strip();
            int comma = p.indexOf(", ");
            if (LEADING_CONTRAST.matcher(p).find() && comma > 0) {
                out.add(LEADING_CONTRAST.matcher(p.substring(0, comma)).replaceFirst("").strip());
                out.add(p.substring(comma + 2));
            } else if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }

    /** The country a source names; "Aliyev" after "Azerbaijan President Ilham Aliyev" inherits it. */
    private String side(String source, java.util.Map<String, String> earlier) {
        if (source.equals(Attribution.UNNAMED)) {
            return null;
        }
        String side = countries.first(source);
        if (side == null) {
            side = earlier.entrySet().stream().filter(e -> e.getKey().endsWith(" " + source)).map(
                    java.util.Map.Entry::getValue).findFirst().orElse(null);
        }
        if (side != null) {
            earlier.putIfAbsent(source, side);
        }
        return side;
    }
}
