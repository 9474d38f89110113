package org.storyline.enrich.outlet;

import java.util.List;
import java.util.Objects;

/**
 * One outlet of the registry.
 *
 * <pre>{@code
 * OutletProfile[name=RT, country=Russia, type=STATE_CONTROLLED, aliases=[Russia Today, ...], domains=[rt.com, ...]]
 * }</pre>
 *
 * @param name    the name shown
 * @param country the country it is based in
 * @param type    its funding and kind
 * @param aliases other names pages use for it
 * @param domains its web domains, without "www."
 */
public record OutletProfile(String name, String country, OutletType type, List<String> aliases,
                            List<String> domains) {

    public OutletProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(type, "type");
        aliases = List.copyOf(aliases);
        domains = List.copyOf(domains);
    }

    /** "Russia · state-controlled". */
    public String label() {
        return country + " · " + type.label();
    }
}
