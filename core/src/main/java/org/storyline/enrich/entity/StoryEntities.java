package org.storyline.enrich.entity;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storyline.model.EntityType;
import org.storyline.model.LocalEntity;
import org.storyline.model.ResolvedEntity;

/**
 * Story-level alias resolution: an article that names a person only by surname ("Peskov said") has an entity
 * called "Peskov"; when another article of the story names "Dmitry Peskov" in full, the surname entity joins him.
 * Spelling variants already share ids ({@link NameKey}), so only surnames need joining here.
 *
 * <pre>{@code
 * Map<String, ResolvedEntity> to = StoryEntities.resolve(locals);
 * to.get(peskovAlone.id()).id() // the id of "Dmitry Peskov"
 * }</pre>
 *
 * <p>A surname with several full-name matches joins the one the story mentions most (ties: the lower id), so
 * the result does not depend on the order articles arrived in.
 */
public final class StoryEntities {

    private StoryEntities() {
    }

    /** For every local id, the story-level entity it belongs to (itself when nothing joins it). */
    public static Map<String, ResolvedEntity> resolve(List<LocalEntity> locals) {
        Map<String, Integer> weight = new HashMap<>();
        Map<String, LocalEntity> byId = new HashMap<>();
        for (LocalEntity l : locals) {
            weight.merge(l.id(), l.mentions(), Integer::sum);
            byId.putIfAbsent(l.id(), l);
        }
        Map<String, ResolvedEntity> out = new HashMap<>();
        for (LocalEntity l : byId.values()) {
            LocalEntity target = l;
            if (l.type() == EntityType.PERSON && EntityExtractor.surnameOnly(l.name())) {
                String surname = EntityExtractor.lastKey(l.name());
                target = byId.values().stream()
                        .filter(o -> o.type() == EntityType.PERSON && !EntityExtractor.surnameOnly(o.name()))
                        .filter(o -> EntityExtractor.lastKey(o.name()).equals(surname)
                                || EntityExtractor.anagram(EntityExtractor.lastKey(o.name()), surname))
                        .max(Comparator.<LocalEntity>comparingInt(o -> weight.get(o.id()))
                                .thenComparing(LocalEntity::id, Comparator.reverseOrder()))
                        .orElse(l);
            }
            out.put(l.id(), new ResolvedEntity(target.id(), target.name()));
        }
        return out;
    }
}
