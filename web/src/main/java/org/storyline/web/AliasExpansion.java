package org.storyline.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.storyline.enrich.entity.NameKey;
import org.storyline.model.Entity;
import org.storyline.model.EntityType;
import org.storyline.store.ArticleStore;

/**
 * Widens a keyword query with the other spellings of the people, organisations and places it names, so that
 * "Ekaterinburg" also finds the articles that write "Yekaterinburg". A run of one to three words is an entity
 * when the entity stage's stable id for it (type and spelling-insensitive name, {@link org.storyline.enrich.entity.NameKey#entityId}) is stored;
 * the run becomes {@code (Ekaterinburg OR "Yekaterinburg")}. Queries using the search syntax (quotes, brackets,
 * operators, fields) are left as typed: the reader said exactly what they want.
 *
 * <pre>{@code
 * new AliasExpansion(store).apply("Ekaterinburg raid")  // (Ekaterinburg OR Yekaterinburg) raid
 * }</pre>
 */
final class AliasExpansion implements UnaryOperator<String> {

    static final int MAX_WORDS = 12;
    static final int MAX_SPELLINGS = 8;
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}'’. -]+");
    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT");

    private final ArticleStore store;

    AliasExpansion(ArticleStore store) {
        this.store = store;
    }

    @Override
    public String apply(String query) {
        if (query == null || query.isBlank() || !PLAIN.matcher(query).matches()) {
            return query;
        }
        String[] words = query.strip().split("\\s+");
        if (words.length > MAX_WORDS || java.util.Arrays.stream(words).anyMatch(OPERATORS::contains)) {
            return query;
        }
        Set<String> stored = stored(words);
        List<String> out = new ArrayList<>();
        boolean widened = false;
        for (int i = 0; i < words.length; ) {
            int taken = 0;
            for (int n = Math.min(3, words.length - i); n >= 1 && taken == 0; n--) {
                String run = String.join(" ", java.util.Arrays.copyOfRange(words, i, i + n));
                List<String> others = otherSpellings(run, stored);
                if (!others.isEmpty()) {
                    out.add(group(run, others));
                    widened = true;
                    taken = n;
                }
            }
            if (taken == 0) {
                out.add(words[i]);
                taken = 1;
            }
            i += taken;
        }
        return widened ? String.join(" ", out) : query;
    }

    /**
     * Of the entity ids every run of one to three words could name, those stored: one read for the query, where
     * asking run by run took a read per run and type (about thirty for five words).
     */
    private Set<String> stored(String[] words) {
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < words.length; i++) {
            for (int n = 1; n <= Math.min(3, words.length - i); n++) {
                String bare = bare(String.join(" ", java.util.Arrays.copyOfRange(words, i, i + n)));
                if (bare.length() >= 3) {
                    for (EntityType type : EntityType.values()) {
                        ids.add(NameKey.entityId(type, bare));
                    }
                }
            }
        }
        return store.entities().entities(ids).keySet();
    }

    private static String bare(String run) {
        return run.replaceAll("[.'’]+$", "");
    }

    /**
     * The stored spellings of the entity this run names, other than the run itself; empty when it names none
     * ({@code stored}: the ids of {@link #stored}).
     */
    private List<String> otherSpellings(String run, Set<String> stored) {
        String bare = bare(run);
        if (bare.length() < 3) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (EntityType type : EntityType.values()) {
            String id = NameKey.entityId(type, bare);
            if (stored.contains(id)) {
                store.entities().spellings(id, 200).stream()
                        .filter(s -> !s.equalsIgnoreCase(bare) && PLAIN.matcher(s).matches())
                        .limit(MAX_SPELLINGS).forEach(out::add);
            }
        }
        return List.copyOf(out);
    }

    private static String group(String run, List<String> others) {
        StringBuilder g = new StringBuilder("(").append(quoted(run));
        others.forEach(o -> g.append(" OR ").append(quoted(o)));
        return g.append(')').toString();
    }

    private static String quoted(String words) {
        return words.contains(" ") ? "\"" + words.toLowerCase(Locale.ROOT) + "\"" : words;
    }
}
