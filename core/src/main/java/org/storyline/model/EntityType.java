package org.storyline.model;

/** What kind of thing a name names. */
public enum EntityType {
    PERSON, ORGANISATION, PLACE;

    /** "person", "organisation", "place": how pages and exports write it. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
