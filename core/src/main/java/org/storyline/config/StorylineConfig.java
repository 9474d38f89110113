package org.storyline.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Storyline's settings. Every key, with its default and meaning, is in {@code storyline-defaults.properties}.
 *
 * <pre>{@code
 * StorylineConfig config = StorylineConfig.load(null, System.getenv(), System.getProperty("user.home"));
 * }</pre>
 *
 * @param dataDir      the store's directory
 * @param host         the web server's bind address
 * @param port         the web server's port (0 = any free port)
 * @param maxFileBytes the largest text dump accepted
 * @param demoEnabled  load the bundled demo corpus into an empty store
 * @param fetch        how to fetch from the web
 * @param pollEnabled  poll followed sources while serving
 * @param embeddings   use sentence embeddings as a story signal
 * @param web          the web app's links and who may follow feeds there
 * @param backends     where the store, the search index and the document queue live
 */
public record StorylineConfig(Path dataDir, String host, int port, long maxFileBytes, boolean demoEnabled,
                              Fetch fetch, boolean pollEnabled, boolean embeddings, Web web, Backends backends) {

    /**
     * Where the store, the search index and the document queue live: embedded by default, shared servers for a
     * deployment on several machines.
     *
     * @param store         sqlite or postgresql
     * @param storeUrl      the PostgreSQL JDBC address
     * @param storeUser     its user
     * @param storePassword its password
     * @param index         lucene or opensearch
     * @param indexUrl      the OpenSearch address
     * @param indexName     the OpenSearch index holding the articles
     * @param queue         memory or kafka
     * @param queueBootstrap Kafka's bootstrap servers
     * @param queueTopic    the topic documents are published to
     * @param queueGroup    the workers' consumer group
     */
    public record Backends(String store, String storeUrl, String storeUser, String storePassword, String index,
                           String indexUrl, String indexName, String queue, String queueBootstrap, String queueTopic,
                           String queueGroup) {

        /** Everything embedded in the data directory. */
        public static final Backends EMBEDDED = new Backends("sqlite", "", "", "", "lucene", "", "storyline-articles",
                "memory", "", "storyline-documents", "storyline-workers");

        public Backends {
            requireOneOf("store.kind", store, "sqlite", "postgresql");
            requireOneOf("index.kind", index, "lucene", "opensearch");
            requireOneOf("queue.kind", queue, "memory", "kafka");
            requireSet("store.url", storeUrl, store.equals("postgresql"));
            requireSet("index.url", indexUrl, index.equals("opensearch"));
            requireSet("queue.bootstrap", queueBootstrap, queue.equals("kafka"));
        }

        /** True when documents go through a shared queue to worker processes. */
        public boolean sharedQueue() {
            return queue.equals("kafka");
        }

        private static void requireOneOf(String key, String value, String... allowed) {
            if (!java.util.List.of(allowed).contains(value)) {
                throw new IllegalArgumentException("config: %s must be one of %s, not '%s'"
                        .formatted(key, String.join(", ", allowed), value));
            }
        }

        private static void requireSet(String key, String value, boolean needed) {
            if (needed && value.isBlank()) {
                throw new IllegalArgumentException("config: %s is needed for the chosen backend".formatted(key));
            }
        }
    }

    /**
     * Web settings.
     *
     * @param publicUrl      the site's address for absolute links, or empty for the address connected to
     * @param followRole     reader, moderator or admin: the least role that may follow feeds on /sources
     * @param followsPerHour follows one account may ask for in an hour
     * @param images         show articles' lead images as thumbnails, fetched and re-encoded by the server
     */
    public record Web(String publicUrl, String followRole, int followsPerHour, boolean images) {}

    /**
     * Fetch settings.
     *
     * @param allowPrivateAddresses reach private, loopback and link-local addresses (self-hosted feeds only)
     * @param timeoutSeconds        deadline for one fetch, redirects included
     * @param maxBodyBytes          largest decoded body accepted
     */
    public record Fetch(boolean allowPrivateAddresses, int timeoutSeconds, long maxBodyBytes) {}

    private static final String DEFAULTS = "/storyline-defaults.properties";

    /**
     * Defaults, then {@code file} (or the file STORYLINE_CONFIG names, or storyline.properties in the data
     * directory when it exists), then STORYLINE_* environment variables.
     *
     * @throws IllegalArgumentException naming the key when a value is not valid
     */
    public static StorylineConfig load(Path file, Map<String, String> env, String userHome) {
        Properties settings = new Properties();
        try (InputStream in = StorylineConfig.class.getResourceAsStream(DEFAULTS)) {
            settings.load(in);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("config: the defaults file is missing from the build", e);
        }
        Path overrides = file != null ? file : env.containsKey("STORYLINE_CONFIG")
                ? Path.of(env.get("STORYLINE_CONFIG")) : null;
        if (overrides == null) {
            Path dir = dataDir(settings.getProperty("data.dir"), env, userHome);
            Path inData = dir.resolve("storyline.properties");
            overrides = Files.isRegularFile(inData) ? inData : null;
        }
        if (overrides != null) {
            readInto(settings, overrides);
        }
        for (String key : settings.stringPropertyNames()) {
            String value = env.get(envName(key));
            if (value != null) {
                settings.setProperty(key, value);
            }
        }
        return new StorylineConfig(dataDir(settings.getProperty("data.dir"), Map.of(), userHome),
                settings.getProperty("server.host").trim(), integer(settings, "server.port"),
                integer(settings, "ingest.max-file-bytes"), bool(settings, "demo.enabled"),
                new Fetch(bool(settings, "fetch.allow-private-addresses"), integer(settings, "fetch.timeout-seconds"),
                        integer(settings, "fetch.max-body-bytes")), bool(settings, "poll.enabled"),
                bool(settings, "cluster.embeddings"), new Web(settings.getProperty("server.public-url").trim(),
                        settings.getProperty("sources.follow-role").trim(), integer(settings, "sources.follows-per-hour"),
                        bool(settings, "web.images")), backends(settings));
    }

    private static Backends backends(Properties settings) {
        java.util.function.Function<String, String> get = key -> settings.getProperty(key).trim();
        return new Backends(get.apply("store.kind").toLowerCase(Locale.ROOT), get.apply("store.url"),
                get.apply("store.user"), settings.getProperty("store.password"),
                get.apply("index.kind").toLowerCase(Locale.ROOT), get.apply("index.url"), get.apply("index.name"),
                get.apply("queue.kind").toLowerCase(Locale.ROOT), get.apply("queue.bootstrap"), get.apply("queue.topic"),
                get.apply("queue.group"));
    }

    /** The same settings with another data directory (a command-line option). */
    public StorylineConfig withDataDir(Path dir) {
        return new StorylineConfig(dir, host, port, maxFileBytes, demoEnabled, fetch, pollEnabled, embeddings, web, backends);
    }

    /** The same settings with another port (a command-line option). */
    public StorylineConfig withPort(int newPort) {
        return new StorylineConfig(dataDir, host, newPort, maxFileBytes, demoEnabled, fetch, pollEnabled, embeddings, web, backends);
    }

    /** STORYLINE_ + the key upper-cased with dots and dashes as underscores. */
    static String envName(String key) {
        return "STORYLINE_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** The per-user data directory of this operating system. */
    static Path defaultDataDir(Map<String, String> env, String userHome) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win") && env.get("LOCALAPPDATA") != null) {
            return Path.of(env.get("LOCALAPPDATA"), "Storyline");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Storyline");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "storyline") : Path.of(userHome, ".local", "share", "storyline");
    }

    private static Path dataDir(String configured, Map<String, String> env, String userHome) {
        String fromEnv = env.get("STORYLINE_DATA_DIR");
        String value = fromEnv != null ? fromEnv : configured;
        return value == null || value.isBlank() ? defaultDataDir(env, userHome) : Path.of(value.trim());
    }

    private static void readInto(Properties settings, Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Properties own = new Properties();
            own.load(in);
            for (String key : own.stringPropertyNames()) {
                if (!settings.containsKey(key)) {
                    throw new IllegalArgumentException("config: unknown setting '%s' in %s".formatted(key, file));
                }
                settings.setProperty(key, own.getProperty(key));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("config: cannot read " + file, e);
        }
    }

    private static int integer(Properties settings, String key) {
        String value = settings.getProperty(key).trim();
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("config: %s must be a whole number, not '%s'".formatted(key, value));
        }
    }

    private static boolean bool(Properties settings, String key) {
        String value = settings.getProperty(key).trim().toLowerCase(Locale.ROOT);
        if (!value.equals("true") && !value.equals("false")) {
            throw new IllegalArgumentException("config: %s must be true or false, not '%s'".formatted(key, value));
        }
        return Boolean.parseBoolean(value);
    }
}
