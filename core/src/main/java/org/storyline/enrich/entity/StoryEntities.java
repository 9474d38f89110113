package org.storyline.enrich.entity;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Story-level alias resolution: an article that names a person only by surname ("Peskov said") has an entity
 * called "Peskov"; when another article of the story names "Dmitry Peskov" in full, the surname entity joins him.
 * Spelling variants already share ids ({@link NameKey}), so only surnames need joining here.
 *
 * <pre>{@code
 * Map<String, StoryEntities.Resolved> to = StoryEntities.resolve(locals);
 * to.get(peskovAlone.id()).id() // the id of "Dmitry Peskov"
 * }</pre>
 *
 * <p>A surname with several full-name matches joins the one the story mentions most (ties: the lower id), so
 * the result does not depend on the order articles arrived in.
 */
public final class StoryEntities {

    /** One article's entity, as the story sees it. */
    public record Local(String id, EntityType type, String name, int mentions) {
    }

    /** Where a local entity resolves to in the story. */
    public record Resolved(String id, String name) {
    }

    private StoryEntities() {
    }

    /** For every local id, the story-level entity it belongs to (itself when nothing joins it). */
    public static Map<String, Resolved> resolve(List<Local> locals) {
        Map<String, Integer> weight = new HashMap<>();
        Map<String, Local> byId = new HashMap<>();
        for (Local l : locals) {
            weight.merge(l.id(), l.mentions(), Integer::sum);
            byId.putIfAbsent(l.id(), l);
        }
        Map<String, Resolved> out = new HashMap<>();
        for (Local l : byId.values()) {
            Local target = l;
            if (l.type() == EntityType.PERSON && EntityExtractor.surnameOnly(l.name())) {
                String surname = EntityExtractor.lastKey(l.name());
                target = byId.values().stream()
                        .filter(o -> o.type() == EntityType.PERSON && !EntityExtractor.surnameOnly(o.name()))
                        .filter(o -> EntityExtractor.lastKey(o.name()).equals(surname)
                                || EntityExtractor.anagram(EntityExtractor.lastKey(o.name()), surname))
                        .max(Comparator.<Local>comparingInt(o -> weight.get(o.id()))
                                .thenComparing(Local::id, Comparator.reverseOrder()))
                        .orElse(l);
            }
            out.put(l.id(), new Resolved(target.id(), target.name()));
        }
        return out;
    }
}
