package org.storyline.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.storyline.model.EntityType;
import org.storyline.model.Published;
import org.storyline.model.Quote;
import org.storyline.store.EntityQueries;
import org.storyline.store.EntityRow;
import org.storyline.store.QuoteRow;
import org.storyline.store.ArticleStore;

/**
 * What the story page shows of people, organisations, places and quotes, and what an entity page shows: built
 * from the stored rows of the entity and quote stages.
 */
public final class EntityViews {

    private EntityViews() {
    }

    /** An entity as a story or article lists it. */
    public record Card(String id, EntityType type, String name, List<String> aliases, List<String> roles,
                       int articles, int mentions) {
    }

    /** A quote and every article that carries it (a republished copy carries the same words). */
    public record Said(String text, Quote.Kind kind, List<Source> sources) {
    }

    /** Where a quote or a role was read. */
    public record Source(String articleId, String outlet, Published published) {
    }

    /** A speaker and what they said in the story, in article order. */
    public record Speaker(String entityId, String name, List<String> roles, List<Said> quotes) {
    }

    /** The story page's people section. */
    public record StoryPeople(List<Card> people, List<Card> organisations, List<Card> places,
                              List<Speaker> speakers) {

        public boolean isEmpty() {
            return people.isEmpty() && organisations.isEmpty() && places.isEmpty() && speakers.isEmpty();
        }
    }

    /** A role and the outlets that gave it. */
    public record Role(String role, List<Source> sources) {
    }

    /** An article naming the entity, with the roles it gives. */
    public record Appearance(String articleId, String title, String outlet, Published published, List<String> roles,
                             boolean copy) {
    }

    /** A story naming the entity, with its articles. */
    public record StoryAppearances(String storyId, String title, List<Appearance> articles) {
    }

    /** The entity page. */
    public record EntityPage(EntityQueries.Named entity, List<String> aliases, List<Role> roles,
                             List<StoryAppearances> stories, List<Said> quotes) {

        public String type() {
            return entity.type().label();
        }
    }

    /** The people, organisations, places and speakers of a story. */
    public static StoryPeople story(ArticleStore store, String storyId) {
        List<EntityRow> rows = store.entities().ofStory(storyId);
        Map<String, List<EntityRow>> byEntity = new LinkedHashMap<>();
        rows.forEach(r -> byEntity.computeIfAbsent(r.entityId(), k -> new ArrayList<>()).add(r));
        List<QuoteRow> quotes = store.entities().quotesOfStory(storyId);
        Map<String, EntityQueries.Named> named = store.entities().entities(byEntity.keySet()); // one read, not one each
        List<Card> cards = byEntity.entrySet().stream()
                .map(e -> card(e.getKey(), Optional.ofNullable(named.get(e.getKey()))
                        .map(EntityQueries.Named::name).orElse(e.getValue().get(0).name()), e.getValue()))
                .sorted(Comparator.comparingInt(Card::articles).reversed()
                        .thenComparing(Comparator.comparingInt(Card::mentions).reversed()))
                .toList();
        return new StoryPeople(of(cards, EntityType.PERSON), of(cards, EntityType.ORGANISATION),
                of(cards, EntityType.PLACE), speakers(quotes, byEntity, new Shown(store)));
    }

    /** The entities an article names, in order of first mention. */
    public static List<Card> article(ArticleStore store, String articleId) {
        List<Card> out = new ArrayList<>();
        List<EntityRow> rows = store.entities().ofArticle(articleId);
        Map<String, EntityQueries.Named> named = store.entities().entities(rows.stream().map(EntityRow::entityId).toList());
        for (EntityRow r : rows) {
            String name = Optional.ofNullable(named.get(r.entityId())).map(EntityQueries.Named::name).orElse(r.name());
            out.add(card(r.entityId(), name, List.of(r)));
        }
        return out;
    }

    /** The entity page for {@code id}, when the entity is known. */
    public static Optional<EntityPage> page(ArticleStore store, String id) {
        Optional<EntityQueries.Named> entity = store.entities().entity(id);
        if (entity.isEmpty()) {
            return Optional.empty();
        }
        List<EntityRow> rows = store.entities().mentionsOf(id);
        Shown shown = new Shown(store);
        Map<String, Role> roles = new LinkedHashMap<>();
        Map<String, List<Appearance>> byStory = new LinkedHashMap<>();
        for (EntityRow r : rows) {
            for (String role : r.roles()) {
                List<Source> sources = roles.computeIfAbsent(role.toLowerCase(Locale.ROOT),
                        k -> new Role(role, new ArrayList<>())).sources();
                String outlet = shown.outlet(r.articleId(), r.outlet());
                if (sources.stream().noneMatch(x -> java.util.Objects.equals(x.outlet(), outlet))) {
                    sources.add(new Source(r.articleId(), outlet, r.published())); // each outlet once
                }
            }
            byStory.computeIfAbsent(r.storyId(), k -> new ArrayList<>()).add(new Appearance(r.articleId(), r.title(),
                    shown.outlet(r.articleId(), r.outlet()), r.published(), r.roles(), r.copy()));
        }
        List<StoryAppearances> stories = new ArrayList<>();
        byStory.forEach((storyId, all) -> {
            // Copies are counted once, with their original: listed only when the entity is named in a copy alone.
            List<Appearance> originals = all.stream().filter(a -> !a.copy()).toList();
            stories.add(new StoryAppearances(storyId, store.story(storyId).map(org.storyline.model.Story::title)
                    .orElse("(story)"), originals.isEmpty() ? all.subList(0, 1) : originals));
        });
        return Optional.of(new EntityPage(entity.get(), aliases(entity.get().name(), rows),
                List.copyOf(roles.values()), stories, said(store.entities().quotesOf(id), shown)));
    }

    /**
     * Outlets as every page names them: an article without one is "outlet unknown (via <where it came from>)",
     * read once per article (only unnamed ones are looked up).
     */
    private static final class Shown {
        private final ArticleStore store;
        private final Map<String, String> unnamed = new java.util.HashMap<>();

        Shown(ArticleStore store) {
            this.store = store;
        }

        String outlet(String articleId, String outlet) {
            if (outlet != null && !outlet.isBlank()) {
                return outlet;
            }
            return unnamed.computeIfAbsent(articleId, id -> store.article(id).map(a -> Show.source(a.article()))
                    .orElse(Show.outlet(null)));
        }
    }

    private static Card card(String id, String name, List<EntityRow> rows) {
        Set<String> roles = new LinkedHashSet<>();
        Set<String> seen = new LinkedHashSet<>();
        int mentions = 0;
        Set<String> articles = new LinkedHashSet<>();
        Set<String> originals = new LinkedHashSet<>();
        for (EntityRow r : rows) {
            r.roles().stream().filter(role -> seen.add(role.toLowerCase(Locale.ROOT))).forEach(roles::add);
            mentions += r.mentions();
            articles.add(r.articleId());
            if (!r.copy()) {
                originals.add(r.articleId());
            }
        }
        // A republished copy is counted once, with its original (only copies: they count as the one article).
        return new Card(id, rows.get(0).type(), name, aliases(name, rows), List.copyOf(roles),
                originals.isEmpty() ? Math.min(1, articles.size()) : originals.size(), mentions);
    }

    /** Every spelling the rows use besides the canonical name, each once. */
    private static List<String> aliases(String name, List<EntityRow> rows) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put(name.toLowerCase(Locale.ROOT), name);
        for (EntityRow r : rows) {
            out.putIfAbsent(r.name().toLowerCase(Locale.ROOT), r.name());
            r.aliases().forEach(a -> out.putIfAbsent(a.toLowerCase(Locale.ROOT), a));
        }
        out.remove(name.toLowerCase(Locale.ROOT));
        return List.copyOf(out.values());
    }

    private static List<Card> of(List<Card> cards, EntityType type) {
        return cards.stream().filter(c -> c.type() == type).toList();
    }

    private static List<Speaker> speakers(List<QuoteRow> quotes, Map<String, List<EntityRow>> rows, Shown shown) {
        Map<String, List<QuoteRow>> bySpeaker = new LinkedHashMap<>();
        quotes.forEach(q -> bySpeaker.computeIfAbsent(q.entityId(), k -> new ArrayList<>()).add(q));
        List<Speaker> out = new ArrayList<>();
        bySpeaker.forEach((id, said) -> {
            Map<String, String> roles = new LinkedHashMap<>();
            rows.getOrDefault(id, List.of()).forEach(r -> r.roles()
                    .forEach(role -> roles.putIfAbsent(role.toLowerCase(Locale.ROOT), role)));
            out.add(new Speaker(id, said.get(0).speakerName(), List.copyOf(roles.values()), said(said, shown)));
        });
        out.sort(Comparator.comparingInt((Speaker s) -> s.quotes().size()).reversed());
        return out;
    }

    /**
     * Quotes with the same words (a copy, or two outlets quoting one statement) shown once with every source, an
     * unnamed outlet named by where its article came from.
     */
    private static List<Said> said(List<QuoteRow> quotes, Shown shown) {
        Map<String, Said> out = new LinkedHashMap<>();
        for (QuoteRow q : quotes) {
            String key = q.text().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
            out.computeIfAbsent(key, k -> new Said(q.text(), q.kind(), new ArrayList<>()))
                    .sources().add(new Source(q.articleId(), shown.outlet(q.articleId(), q.outlet()), q.published()));
        }
        return List.copyOf(out.values());
    }
}
