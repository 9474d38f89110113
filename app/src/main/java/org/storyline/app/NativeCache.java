package org.storyline.app;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

/**
 * Where the native libraries behind the embeddings go: into {@code DATA/cache}, once, instead of a fresh
 * {@code /tmp/onnxruntime-java*} folder per run (16 MB left behind whenever a process is killed) and a
 * {@code ~/.djl.ai} folder outside the data directory. Set before any ONNX Runtime or DJL class loads; an
 * explicit system property wins, and if the cache cannot be written the libraries' own defaults apply.
 *
 * <pre>{@code
 * NativeCache.prepare(config.dataDir());   // then the first embedding loads from DATA/cache/onnxruntime/...
 * }</pre>
 */
final class NativeCache {

    private static final String ORT_PATH = "onnxruntime.native.path";
    private static final List<String> ORT_LIBRARIES = List.of("onnxruntime", "onnxruntime4j_jni");

    private NativeCache() {
    }

    /** Marks the properties this class set, so a later command (tests run many in one JVM) may set them again. */
    private static final String OURS = "storyline.native-cache";

    static void prepare(Path dataDir) {
        Path cache = dataDir.toAbsolutePath().resolve("cache");
        boolean ours = System.getProperty(OURS) != null;
        // DJL (the tokenizer behind the embeddings) keeps its native library and files here, not in ~/.djl.ai.
        for (String key : List.of("DJL_CACHE_DIR", "ENGINE_CACHE_DIR")) {
            if (System.getenv(key) == null && (ours || System.getProperty(key) == null)) {
                System.setProperty(key, cache.resolve("djl").toString());
            }
        }
        if (ours || System.getProperty(ORT_PATH) == null) {
            Path dir = onnxRuntime(cache);
            if (dir != null) {
                System.setProperty(ORT_PATH, dir.toString());
            } else {
                System.clearProperty(ORT_PATH);
            }
        }
        System.setProperty(OURS, cache.toString());
    }

    /** The folder holding this platform's ONNX Runtime libraries, copied there from the jar if need be, or null. */
    static Path onnxRuntime(Path cache) {
        String platform = platform();
        if (platform == null) {
            return null;
        }
        Path dir = cache.resolve("onnxruntime").resolve(platform);
        try {
            for (String library : ORT_LIBRARIES) {
                String name = System.mapLibraryName(library);
                URL resource = NativeCache.class.getResource("/ai/onnxruntime/native/" + platform + "/" + name);
                if (resource == null) {
                    return null;
                }
                copyIfChanged(resource, dir.resolve(name));
            }
            return dir;
        } catch (IOException | RuntimeException e) {
            return null; // ONNX Runtime then extracts into a temporary folder itself, as before
        }
    }

    private static void copyIfChanged(URL resource, Path target) throws IOException {
        URLConnection connection = resource.openConnection();
        long size = connection.getContentLengthLong();
        if (size >= 0 && Files.isRegularFile(target) && Files.size(target) == size) {
            connection.getInputStream().close();
            return;
        }
        Files.createDirectories(target.getParent());
        Path part = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
        try (InputStream in = connection.getInputStream()) {
            Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /** ONNX Runtime's name for this platform's folder in its jar ({@code linux-x64}, {@code osx-aarch64}), or null. */
    static String platform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String cpu = arch.equals("amd64") || arch.equals("x86_64") ? "x64"
                : arch.equals("aarch64") || arch.equals("arm64") ? "aarch64" : null;
        String system = os.contains("linux") ? "linux" : os.contains("mac") ? "osx" : os.contains("win") ? "win" : null;
        return cpu == null || system == null ? null : system + "-" + cpu;
    }
}
