package org.storyline.enrich.outlet;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wire agency that wrote a copy, as its dateline or byline credits it: "BAKU, Azerbaijan (AP) —",
 * "LONDON (Reuters) -", a byline "By The Associated Press" or "Jane Roe, AFP". A republisher that runs the
 * story (a local paper printing AP copy) is not its author; the agency is, of the copy and of its original.
 *
 * <pre>{@code
 * new WireCredit(OutletRegistry.shipped()).of("BAKU, Azerbaijan (AP) — Seven people ...", null)  // AP
 * }</pre>
 *
 * <p>Only agencies the registry lists as wire agencies count: "(KTVI)" in a dateline is a local station's
 * own story.
 */
public final class WireCredit {

    /** A dateline with a credit in brackets, in the first lines of the text. */
    private static final Pattern DATELINE = Pattern.compile("(?m)^[^\\n]{0,80}?\\p{Lu}[\\p{Lu}\\p{L} .,'’-]{1,60}"
            + "\\(([^()\\n]{2,40})\\)\\s*(?:[—–-]{1,2}|>>|:)");
    private static final Pattern BYLINE = Pattern.compile("(?i)^(?:by\\s+)?(?:[^,]{0,60},\\s*)?(?:the\\s+)?(.{2,40})$");
    /** How much of the text a dateline may be in (page furniture can come before it). */
    private static final int HEAD = 600;

    private final OutletRegistry registry;

    public WireCredit(OutletRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /** The credited wire agency's registry name, or empty when the text and byline credit none. */
    public Optional<String> of(String text, String byline) {
        if (text != null) {
            Matcher m = DATELINE.matcher(text.length() > HEAD ? text.substring(0, HEAD) : text);
            while (m.find()) {
                for (String part : m.group(1).split("[/,&]| and ")) {
                    Optional<String> wire = wire(part);
                    if (wire.isPresent()) {
                        return wire;
                    }
                }
            }
        }
        if (byline != null && !byline.isBlank()) {
            Matcher b = BYLINE.matcher(byline.strip());
            if (b.matches()) {
                return wire(b.group(1)).or(() -> wire(byline.strip()));
            }
        }
        return Optional.empty();
    }

    private Optional<String> wire(String name) {
        return registry.find(name.strip()).filter(p -> p.type() == OutletType.WIRE_AGENCY).map(OutletProfile::name);
    }
}
