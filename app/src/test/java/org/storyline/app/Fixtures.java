package org.storyline.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Seed pages copied out of the core test fixtures, and a way to run the CLI in-process and read its output. */
final class Fixtures {

    static final List<String> SEEDS = List.of("000_60c0dc753cd72808.txt", "001_cdf990397cf0dbf9.txt",
            "002_8cb8ee6d2ea8524c.txt", "003_f68028b4200ec6dd.txt", "004_1bf4521e95fd75c3.txt");

    private Fixtures() {
    }

    static String seed(String name) throws IOException {
        try (InputStream in = Fixtures.class.getResourceAsStream("/seeds/" + name)) {
            if (in == null) {
                throw new IOException("missing test fixture /seeds/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Copies the five seeds into {@code dir} and returns it. */
    static Path seeds(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String name : SEEDS) {
            Files.writeString(dir.resolve(name), seed(name));
        }
        return dir;
    }

    /** {@code storyline args...} as a process of its own: this JVM's java and test class path. */
    static ProcessBuilder storylineProcess(String... args) {
        return storylineProcess(List.of(), args);
    }

    /** The same, with options for the child's JVM ({@code -Xmx512m}). */
    static ProcessBuilder storylineProcess(List<String> jvmOptions, String... args) {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new java.util.ArrayList<>(List.of(java.toString(), "--enable-native-access=ALL-UNNAMED"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classpath, Storyline.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    /** What one CLI run printed and returned. */
    record Run(int exitCode, String out, String err) {}

    /** Runs {@code storyline args...} in this JVM, capturing standard output and error. */
    static synchronized Run cli(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Storyline.run(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }
}
