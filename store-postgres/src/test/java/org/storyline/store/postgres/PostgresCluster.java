package org.storyline.store.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.opentest4j.TestAbortedException;

/**
 * A throwaway PostgreSQL cluster for tests, from the system's own PostgreSQL (Debian's {@code postgresql} package,
 * {@code /usr/lib/postgresql/N/bin}; or {@code STORYLINE_PG_BIN}): initdb into a temporary folder, started with
 * pg_ctl on a free loopback port, stopped and deleted when the test JVM ends. As root (CI) it runs as the
 * {@code postgres} user, which initdb requires. One cluster per test JVM ({@link #shared}); each store gets a
 * database of its own ({@link #newDatabase}).
 *
 * <p>Without PostgreSQL the tests that need it are skipped with a message saying what to install, unless
 * {@code STORYLINE_REQUIRE_POSTGRES=1} (set by {@code .ci/run}), where they fail.
 */
public final class PostgresCluster {

    /** The oldest major version the store is built for. */
    private static final int MIN_MAJOR = 15;
    private static PostgresCluster shared;

    private final Path bin;
    private final Path directory;
    private final int port;
    private final boolean asPostgresUser;
    private final AtomicInteger databases = new AtomicInteger();

    private PostgresCluster(Path bin, Path directory, int port, boolean asPostgresUser) {
        this.bin = bin;
        this.directory = directory;
        this.port = port;
        this.asPostgresUser = asPostgresUser;
    }

    /** The test JVM's cluster, started on first use. */
    public static synchronized PostgresCluster shared() {
        if (shared == null) {
            shared = start();
            PostgresCluster cluster = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(cluster::destroy, "storyline-pg-stop"));
        }
        return shared;
    }

    private static PostgresCluster start() {
        Path bin = binaries().orElseThrow(() -> missing());
        try {
            boolean root = "root".equals(System.getProperty("user.name"));
            Path dir = Files.createTempDirectory("storyline-pg");
            PostgresCluster cluster = new PostgresCluster(bin, dir, freePort(), root);
            if (root) {
                UserPrincipal postgres = dir.getFileSystem().getUserPrincipalLookupService()
                        .lookupPrincipalByName("postgres");
                Files.setOwner(dir, postgres);
            }
            cluster.run("initdb", "-D", cluster.data(), "-U", "storyline", "-A", "trust", "-E", "UTF8",
                    "--no-locale", "--no-sync");
            cluster.startServer();
            return cluster;
        } catch (IOException e) {
            throw new UncheckedIOException("test postgres: cannot start", e);
        }
    }

    /** A JDBC URL for database {@code name} of this cluster. */
    public String url(String name) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + name;
    }

    public String user() {
        return "storyline";
    }

    /** A new, empty database; returns its JDBC URL. */
    public String newDatabase() {
        String name = "store_" + databases.incrementAndGet();
        try (Connection c = DriverManager.getConnection(url("postgres"), user(), "");
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("test postgres: cannot create database " + name + ": " + e, e);
        }
        return url(name);
    }

    /** Stops the server as a crash would (no shutdown checkpoint: it recovers from its WAL on start). */
    public void crash() {
        run("pg_ctl", "-D", data(), "-m", "immediate", "-w", "stop");
    }

    /** Starts the server again on the same port and data. */
    public void startServer() {
        run("pg_ctl", "-D", data(), "-l", directory.resolve("server.log").toString(), "-w", "-t", "60",
                "-o", "-p " + port + " -k " + directory + " -c listen_addresses=127.0.0.1 -c fsync=off"
                        + " -c full_page_writes=off -c max_connections=200", "start");
    }

    private void destroy() {
        try {
            run("pg_ctl", "-D", data(), "-m", "fast", "-w", "stop");
        } catch (RuntimeException e) {
            // already stopped (a test crashed it last): delete all the same
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // the JVM is ending; a leftover folder in the temporary folder is all that remains
        }
    }

    private String data() {
        return directory.resolve("data").toString();
    }

    /** Runs a PostgreSQL program (as the postgres user when this JVM is root); its output goes to a log file. */
    private void run(String program, String... args) {
        List<String> command = new ArrayList<>();
        if (asPostgresUser) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(args));
        Path log = directory.resolve(program + ".log");
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("test postgres: " + program + " did not finish");
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException("test postgres: " + String.join(" ", command) + " failed: "
                        + Files.readString(log));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("test postgres: cannot run " + program, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("test postgres: interrupted", e);
        }
    }

    /** The newest PostgreSQL 15+ binaries on this machine. */
    private static Optional<Path> binaries() {
        String given = System.getenv("STORYLINE_PG_BIN");
        if (given != null && !given.isBlank()) {
            return Optional.of(Path.of(given));
        }
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.filter(v -> v.getFileName().toString().matches("\\d+"))
                    .filter(v -> Integer.parseInt(v.getFileName().toString()) >= MIN_MAJOR)
                    .filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
                    .max(Comparator.comparingInt(v -> Integer.parseInt(v.getFileName().toString())))
                    .map(v -> v.resolve("bin"));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static RuntimeException missing() {
        String message = "PostgreSQL " + MIN_MAJOR + "+ not found (looked in /usr/lib/postgresql/N/bin and "
                + "STORYLINE_PG_BIN); install it with: sudo apt-get install postgresql";
        if ("1".equals(System.getenv("STORYLINE_REQUIRE_POSTGRES"))) {
            return new IllegalStateException("test postgres: " + message);
        }
        return new TestAbortedException("SKIPPING: " + message);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
