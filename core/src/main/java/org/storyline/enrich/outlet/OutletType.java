package org.storyline.enrich.outlet;

import java.util.Locale;

/** How an outlet is funded and what it does, as the registry's third column names it. */
public enum OutletType {
    PUBLIC_BROADCASTER("public broadcaster"),
    STATE_FUNDED("state-funded"),
    WIRE_AGENCY("wire agency"),
    PRIVATE("private");

    private final String label;

    OutletType(String label) {
        this.label = label;
    }

    /** "public broadcaster", "state-funded", "wire agency", "private". */
    public String label() {
        return label;
    }

    /** The type a registry cell names, or null. */
    static OutletType of(String cell) {
        String c = cell.strip().toLowerCase(Locale.ROOT);
        for (OutletType t : values()) {
            if (t.label.equals(c)) {
                return t;
            }
        }
        return null;
    }
}
