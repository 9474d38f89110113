package org.storyline.enrich.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.storyline.model.Entity;
import org.storyline.model.EntityType;
import org.storyline.model.Mention;

/**
 * The entity stage: the people, organisations and places an article names, each with its spellings and roles.
 *
 * <pre>{@code
 * EntityExtractor extractor = new EntityExtractor();
 * ArticleEntities found = extractor.extract("Kremlin spokesman Dmitry Peskov said ... Peskov added ...");
 * found.entities() // [Entity[PERSON, "Dmitry Peskov", aliases [Peskov], roles [Kremlin spokesman]], ...]
 * }</pre>
 *
 * <p>Names come from {@link NameFinder}, sentence by sentence. Then, over the article: a name typed nowhere takes
 * the type the same name has elsewhere, or is a person when it is the surname of a person named in full, else it
 * is dropped; spellings with one {@link NameKey} or one gazetteer entry are one entity; a surname on its own joins
 * the nearest person named in full before it with that surname (else any in the article, else the gazetteer's
 * person with that surname), and a surname that is the same letters reordered ("Yusunov" for "Yunusov", a typo)
 * joins too. Thread-safe.
 */
public final class EntityExtractor {

    private final Sentences sentences;
    private final Gazetteer gazetteer;
    private final NameFinder names;

    public EntityExtractor() {
        this(new Sentences(), Gazetteer.builtIn());
    }

    public EntityExtractor(Sentences sentences, Gazetteer gazetteer) {
        this.sentences = sentences;
        this.gazetteer = gazetteer;
        this.names = new NameFinder(gazetteer);
    }

    /** The entities of an article's text. */
    public ArticleEntities extract(String text) {
        return extract(sentences.split(text));
    }

    /** The entities of an article already split into sentences. */
    public ArticleEntities extract(List<Sentence> split) {
        List<Mention> raw = new ArrayList<>();
        for (Sentence s : split) {
            boolean opens = s.index() == 0 || split.get(s.index() - 1).paragraph() != s.paragraph();
            raw.addAll(PersonContext.apply(s, PlaceContext.apply(s, opens, names.find(s))));
        }
        List<Mention> typed = typeAll(raw);
        List<Mention> full = typed.stream().filter(m -> m.type() == EntityType.PERSON && !surnameOnly(m.name()))
                .toList();
        Map<String, Set<String>> fullBySurname = new HashMap<>();
        full.forEach(m -> fullBySurname.computeIfAbsent(lastKey(m.name()), k -> new java.util.HashSet<>())
                .add(NameKey.of(m.name())));
        Map<String, List<Mention>> groups = new LinkedHashMap<>();
        Map<String, EntityType> groupTypes = new HashMap<>();
        for (Mention m : typed) {
            boolean surname = m.type() == EntityType.PERSON && surnameOnly(m.name());
            if (surname && fullBySurname.getOrDefault(lastKey(m.name()), Set.of()).size() > 1) {
                continue; // "the Safarov brothers": the surname of two people named in full
            }
            String group = group(m, typed, full);
            groups.computeIfAbsent(group, k -> new ArrayList<>()).add(m);
            groupTypes.put(group, m.type());
        }
        List<Entity> entities = new ArrayList<>();
        groups.forEach((group, mentions) -> entities.add(entity(groupTypes.get(group), mentions)));
        entities.sort(Comparator.comparingInt(e -> e.mentions().get(0).start()));
        return ArticleEntities.of(split, entities);
    }

    /** Gives untyped names the type their name or surname has elsewhere in the article; drops the rest. */
    private List<Mention> typeAll(List<Mention> raw) {
        Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
        Set<String> surnames = new java.util.HashSet<>();
        for (Mention m : raw) {
            if (m.type() != null) {
                votes.computeIfAbsent(NameKey.of(m.name()), k -> new HashMap<>()).merge(m.type(), 1, Integer::sum);
                if (m.type() == EntityType.PERSON && !surnameOnly(m.name())) {
                    surnames.add(lastKey(m.name()));
                }
            }
        }
        List<Mention> out = new ArrayList<>();
        for (Mention m : raw) {
            if (m.type() != null) {
                out.add(m);
                continue;
            }
            Map<EntityType, Integer> v = votes.get(NameKey.of(m.name()));
            if (v != null) {
                out.add(m.withType(v.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey()));
            } else if (surnameOnly(m.name()) && (surnames.contains(lastKey(m.name()))
                    || surnames.stream().anyMatch(s -> anagram(s, lastKey(m.name()))))) { // few surnames per article
                out.add(m.withType(EntityType.PERSON));
            }
        }
        return out;
    }

    /** The key that gathers a mention's entity. */
    private String group(Mention m, List<Mention> all, List<Mention> full) {
        Optional<Gazetteer.Entry> known = gazetteer.lookup(m.name()).filter(e -> e.type() == m.type());
        if (m.type() != EntityType.PERSON || !surnameOnly(m.name())) {
            if (m.type() == EntityType.ORGANISATION && known.isEmpty() && acronymShaped(m.name())) {
                Optional<Mention> spelled = all.stream().filter(o -> o.type() == EntityType.ORGANISATION
                        && initials(o.name()).equals(m.name())).findFirst();
                if (spelled.isPresent()) {
                    return group(spelled.get(), all, full);
                }
            }
            return m.type() + ":" + NameKey.of(known.map(Gazetteer.Entry::canonical).orElse(m.name()));
        }
        String surname = lastKey(m.name());
        Mention best = null;
        for (Mention o : full) {
            if (lastKey(o.name()).equals(surname) || anagram(lastKey(o.name()), surname)) {
                boolean before = o.start() < m.start();
                if (best == null || (before && (best.start() > m.start() || o.start() > best.start()))) {
                    best = o;
                }
            }
        }
        if (best != null) {
            return group(best, all, full);
        }
        return m.type() + ":" + NameKey.of(known.map(Gazetteer.Entry::canonical).orElse(m.name()));
    }

    private Entity entity(EntityType type, List<Mention> mentions) {
        Map<String, Integer> spellings = new LinkedHashMap<>();
        Set<String> roles = new LinkedHashSet<>();
        for (Mention m : mentions) {
            spellings.merge(m.name(), 1, Integer::sum);
            if (m.role() != null && roles.stream().noneMatch(r -> r.equalsIgnoreCase(m.role()))) {
                roles.add(m.role());
            }
        }
        String canonical = mentions.stream().map(m -> gazetteer.lookup(m.name()).filter(e -> e.type() == type))
                .flatMap(Optional::stream).map(Gazetteer.Entry::canonical).findFirst()
                .orElseGet(() -> spellings.entrySet().stream()
                        .max(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> words(e.getKey()).length)
                                .thenComparingInt(Map.Entry::getValue))
                        .orElseThrow().getKey());
        if (canonical.length() > 4 && canonical.equals(canonical.toUpperCase(java.util.Locale.ROOT))
                && type != EntityType.ORGANISATION) {
            canonical = titleCase(canonical); // "AARHUS, Denmark —": a dateline shouts the name
        }
        List<String> aliases = new ArrayList<>();
        for (String spelling : spellings.keySet()) {
            if (!spelling.equalsIgnoreCase(canonical) && aliases.stream().noneMatch(spelling::equalsIgnoreCase)) {
                aliases.add(spelling);
            }
        }
        return new Entity(NameKey.entityId(type, canonical), type, canonical, aliases, List.copyOf(roles), mentions);
    }

    private static String titleCase(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean start = true;
        for (char c : name.toCharArray()) {
            out.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return out.toString();
    }

    /** A surname alone: one word, or particles and a word ("von der Leyen"). */
    public static boolean surnameOnly(String name) {
        int space = name.indexOf(' ');
        return space < 0 || Character.isLowerCase(name.charAt(0));
    }

    static String[] words(String name) {
        return name.split(" ");
    }

    public static String lastKey(String name) {
        if (name.indexOf(' ') < 0) {
            return NameKey.word(name);
        }
        String[] w = words(name);
        String last = w[w.length - 1];
        if ((last.equals("Jr") || last.equals("Sr")) && w.length > 1) {
            last = w[w.length - 2];
        }
        return NameKey.word(last);
    }

    /** The same letters in another order, one word of six letters or more with the same first letter. */
    public static boolean anagram(String a, String b) {
        if (a.length() < 6 || a.length() != b.length() || a.charAt(0) != b.charAt(0) || a.equals(b)) {
            return false;
        }
        char[] x = a.toCharArray();
        char[] y = b.toCharArray();
        Arrays.sort(x);
        Arrays.sort(y);
        return Arrays.equals(x, y);
    }

    private static boolean acronymShaped(String name) {
        return name.length() >= 2 && name.length() <= 6 && name.chars().allMatch(Character::isUpperCase);
    }

    private static String initials(String name) {
        StringBuilder out = new StringBuilder();
        for (String w : words(name)) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                out.append(w.charAt(0));
            }
        }
        return out.toString();
    }
}
