package org.storyline.enrich.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.storyline.model.EntityType;

/**
 * Names Storyline knows without context: countries, cities and regions, international and state bodies, news
 * outlets, people in the news, nationality words, and common given names. Read once from the class path
 * ({@code /enrich-entity/gazetteer.tsv}, {@code /enrich-entity/first-names.txt}, the hand list of given names in
 * news about Europe, the former Soviet Union and the Middle East, and {@code /enrich-entity/given-names-us.txt}, the
 * 13,952 given to at least 500 US babies born 1930-2016 by the Social Security Administration's public counts, made
 * by {@code docs/data/given-names-us.py}); lookups go by {@link NameKey}, so spelling variants find their entry.
 *
 * <pre>{@code
 * Gazetteer g = Gazetteer.builtIn();
 * g.lookup("Zelenskyy") // Entry[PERSON, "Volodymyr Zelensky"]
 * }</pre>
 */
public final class Gazetteer {

    /** A known name: its type (null for a nationality word) and the canonical spelling. */
    public record Entry(EntityType type, String canonical) {
        public boolean demonym() {
            return type == null;
        }
    }

    private static final String TABLE = "/enrich-entity/gazetteer.tsv";
    private static final List<String> GIVEN = List.of("/enrich-entity/first-names.txt",
            "/enrich-entity/given-names-us.txt");

    private final Map<String, Entry> byKey;
    private final Set<String> givenNames;
    private final Set<String> femaleNames;

    Gazetteer(Map<String, Entry> byKey, Set<String> givenNames, Set<String> femaleNames) {
        this.byKey = Map.copyOf(byKey);
        this.givenNames = Set.copyOf(givenNames);
        this.femaleNames = Set.copyOf(femaleNames);
    }

    /** The gazetteer shipped with Storyline. */
    public static Gazetteer builtIn() {
        Map<String, Entry> entries = new HashMap<>();
        for (String line : lines(TABLE)) {
            String[] f = line.split("\t", -1);
            EntityType type = f[0].equals("DEMONYM") ? null : EntityType.valueOf(f[0]);
            Entry entry = new Entry(type, f[1]);
            entries.putIfAbsent(NameKey.of(f[1]), entry);
            if (f.length > 2 && !f[2].isEmpty()) {
                for (String alias : f[2].split("\\|")) {
                    entries.putIfAbsent(NameKey.of(alias), entry);
                }
            }
        }
        Set<String> given = new HashSet<>();
        Set<String> female = new HashSet<>();
        for (String list : GIVEN) {
            for (String line : lines(list)) {
                String[] f = line.split("\\s+");
                if (given.add(NameKey.word(f[0])) && f.length > 1 && f[1].equals("f")) {
                    female.add(NameKey.word(f[0])); // the first list to name a spelling says whose it mostly is
                }
            }
        }
        return new Gazetteer(entries, given, female);
    }

    /** The entry for this name (any spelling NameKey folds), if known. */
    public Optional<Entry> lookup(String name) {
        return Optional.ofNullable(byKey.get(NameKey.of(name)));
    }

    /** Whether this word is a nationality or people word ("Russian", "Azeris"). */
    public boolean isDemonym(String word) {
        Entry e = byKey.get(NameKey.of(word));
        return e != null && e.demonym();
    }

    /** Whether this word is a common given name. */
    public boolean isGivenName(String word) {
        return givenNames.contains(NameKey.word(word));
    }

    /** Whether this word is a given name mostly women bear ("Maria", "Mette"), for "she" in quotes. */
    public boolean isFemaleGivenName(String word) {
        return femaleNames.contains(NameKey.word(word));
    }

    private static Iterable<String> lines(String resource) {
        java.util.List<String> out = new java.util.ArrayList<>();
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("enrich: gazetteer missing from class path: " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("enrich: cannot read " + resource, e);
        }
        return out;
    }
}
