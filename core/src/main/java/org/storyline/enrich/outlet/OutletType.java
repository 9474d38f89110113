package org.storyline.enrich.outlet;

import java.util.Locale;

/**
 * How an outlet is funded and who controls it, as the registry's third column names it. The line between the
 * three public kinds is editorial control, not money: <em>public service</em> media are publicly funded under a
 * charter or statute that keeps the government out of editorial decisions (an independent board, licence fee
 * or parliamentary funding); <em>state-funded</em> outlets take government money with a legal firewall or stated
 * editorial independence but no public-service charter; <em>state-controlled</em> outlets have their management or
 * editorial line set by the government, with no such firewall. This follows the distinction press-freedom bodies
 * draw (e.g. the European Broadcasting Union's public-service values, RSF's and the Media Ownership Monitor's
 * state-media classification); it records governance, not a judgement of the reporting.
 */
public enum OutletType {
    PUBLIC_SERVICE("public service"),
    STATE_FUNDED("state-funded"),
    STATE_CONTROLLED("state-controlled"),
    WIRE_AGENCY("wire agency"),
    PRIVATE("private");

    private final String label;

    OutletType(String label) {
        this.label = label;
    }

    /** "public service", "state-funded", "state-controlled", "wire agency", "private". */
    public String label() {
        return label;
    }

    /** The type a registry cell names, or null. */
    static OutletType of(String cell) {
        String c = cell.strip().toLowerCase(Locale.ROOT);
        if (c.equals("public broadcaster")) {
            return PUBLIC_SERVICE; // the earlier name, still read from data-directory registries
        }
        for (OutletType t : values()) {
            if (t.label.equals(c)) {
                return t;
            }
        }
        return null;
    }
}
