package org.storyline.model;

/**
 * One place in an article where a name occurs.
 *
 * @param name     the name as written, without titles ("Dmitry Peskov", "Peskov")
 * @param type     what it names
 * @param start    offset of its first character in the article text
 * @param end      offset just past its last character
 * @param sentence index of its sentence
 * @param role     the role the text gives it right there ("Kremlin spokesman"), or null
 */
public record Mention(String name, EntityType type, int start, int end, int sentence, String role) {

    /** The same mention with another type. */
    public Mention withType(EntityType other) {
        return new Mention(name, other, start, end, sentence, role);
    }
}
