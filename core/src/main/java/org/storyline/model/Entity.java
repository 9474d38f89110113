package org.storyline.model;

import java.util.List;
import java.util.Objects;

/**
 * A person, organisation or place as one article names it, all its spellings and mentions together.
 *
 * <p>The id is stable: the same type and canonical name give the same id in every article and every run, and
 * spelling variants share it because the entity stage hashes a spelling-insensitive key, not the spelling.
 *
 * @param id       stable: {@code NameKey.entityId(type, name)} (the entity stage hashes the spelling-insensitive name)
 * @param type     what it is
 * @param name     canonical name: the gazetteer's, else the fullest spelling the article uses most
 * @param aliases  the other spellings the article uses ("Peskov", "Evgeny Belousov")
 * @param roles    roles the article gives it ("Kremlin spokesman"), in order of first mention
 * @param mentions where the article names it, in order
 */
public record Entity(String id, EntityType type, String name, List<String> aliases, List<String> roles,
                     List<Mention> mentions) {

    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
        mentions = List.copyOf(mentions);
    }

    /** Whether the name is one word (a surname on its own, "Peskov"). */
    public boolean singleWord() {
        return !name.contains(" ");
    }
}
