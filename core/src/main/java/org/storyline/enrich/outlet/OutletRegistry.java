package org.storyline.enrich.outlet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The outlet registry: name or address in, country and type out.
 *
 * <pre>{@code
 * OutletRegistry outlets = OutletRegistry.load(dataDir);
 * outlets.find("Russia Today (RT)")   // RT, Russia, state-controlled
 * outlets.find("Deutsche Welle")      // DW, Germany, public service
 * }</pre>
 *
 * <p>Names are compared folded: case, accents, punctuation and a leading "the" do not matter, and a name with
 * an abbreviation in brackets ("Russia Today (RT)") is tried whole, then as each of its parts. A line that
 * cannot be read is skipped and named in {@link #problems()}; the rest of the file still counts.
 */
public final class OutletRegistry {

    /** The registry's file name, both as the shipped resource and in the data directory. */
    public static final String FILE = "outlets.tsv";

    private final Map<String, OutletProfile> byKey = new LinkedHashMap<>();
    private final Map<String, OutletProfile> byDomain = new LinkedHashMap<>();
    private final List<OutletProfile> profiles = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    private OutletRegistry() {
    }

    /** The shipped registry alone. */
    public static OutletRegistry shipped() {
        OutletRegistry registry = new OutletRegistry();
        try (InputStream in = OutletRegistry.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("outlet: registry missing from the build: " + FILE);
            }
            registry.read(new InputStreamReader(in, StandardCharsets.UTF_8), "shipped " + FILE);
        } catch (IOException e) {
            throw new UncheckedIOException("outlet: cannot read shipped " + FILE, e);
        }
        return registry;
    }

    /** The shipped registry, with {@code outlets.tsv} in {@code dataDir} (when there is one) on top. */
    public static OutletRegistry load(Path dataDir) {
        OutletRegistry registry = shipped();
        Path file = dataDir == null ? null : dataDir.resolve(FILE);
        if (file != null && Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                registry.read(in, file.toString());
            } catch (IOException | UncheckedIOException e) {
                registry.problems.add(file + ": cannot be read (" + e.getMessage() + ")");
            }
        }
        return registry;
    }

    /** Reads registry lines from {@code text} on top of this registry's (tests, and the data-dir file). */
    public static OutletRegistry of(String text) {
        OutletRegistry registry = shipped();
        try {
            registry.read(new java.io.StringReader(text), "given text");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return registry;
    }

    /** The outlet a page's name for it stands for. */
    public Optional<OutletProfile> find(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        OutletProfile whole = byKey.get(key(name));
        if (whole != null) {
            return Optional.of(whole);
        }
        // "Russia Today (RT)", "AP (via Winnipeg Free Press)": the parts, in order
        for (String part : name.split("[()\\[\\]/|,–—-]+|\\bvia\\b")) {
            OutletProfile p = byKey.get(key(part));
            if (p != null && !part.isBlank()) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The outlet whose domain the address is on ("https://www.dw.com/en/..." → DW). */
    public Optional<OutletProfile> find(URI url) {
        if (url == null || url.getHost() == null) {
            return Optional.empty();
        }
        String host = url.getHost().toLowerCase(Locale.ROOT);
        while (true) {
            OutletProfile p = byDomain.get(host);
            if (p != null) {
                return Optional.of(p);
            }
            int dot = host.indexOf('.');
            if (dot < 0 || host.indexOf('.', dot + 1) < 0) {
                return Optional.empty();
            }
            host = host.substring(dot + 1);
        }
    }

    /** The outlet by name, else by address. */
    public Optional<OutletProfile> find(String name, URI url) {
        Optional<OutletProfile> byName = find(name);
        return byName.isPresent() ? byName : find(url);
    }

    /** Every outlet, shipped order, overrides in place. */
    public List<OutletProfile> all() {
        return List.copyOf(profiles);
    }

    /** Lines that could not be read, with where and why. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    private void read(Reader reader, String where) throws IOException {
        BufferedReader lines = new BufferedReader(reader);
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            OutletType type = cells.length >= 3 ? OutletType.of(cells[2]) : null;
            if (cells.length < 3 || cells[0].isBlank() || cells[1].isBlank() || type == null) {
                problems.add(where + " line " + number + ": expected name, country, type (one of public"
                        + " service, state-funded, state-controlled, wire agency, private), aliases, domains separated by tabs");
                continue;
            }
            put(new OutletProfile(cells[0].strip(), cells[1].strip(), type, list(cells, 3), list(cells, 4)));
        }
    }

    private void put(OutletProfile profile) {
        OutletProfile found = byKey.get(key(profile.name()));
        for (String alias : profile.aliases()) {
            found = found != null ? found : byKey.get(key(alias));
        }
        OutletProfile replaced = found;
        if (replaced != null) {
            profiles.set(profiles.indexOf(replaced), profile);
            byKey.values().removeIf(p -> p == replaced);
            byDomain.values().removeIf(p -> p == replaced);
        } else {
            profiles.add(profile);
        }
        byKey.put(key(profile.name()), profile);
        profile.aliases().forEach(a -> byKey.putIfAbsent(key(a), profile));
        profile.domains().forEach(d -> byDomain.put(d.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", ""), profile));
    }

    private static List<String> list(String[] cells, int i) {
        if (cells.length <= i || cells[i].isBlank()) {
            return List.of();
        }
        return Arrays.stream(cells[i].split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** "The Associated Press" → "associated press"; "Anadolu Ajansı" → "anadolu ajansi". */
    static String key(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .replace('ı', 'i').toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return folded.replaceFirst("^the ", "");
    }
}
