package org.storyline.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.storyline.model.RawDocument;
import org.storyline.source.fetch.CharsetSniffer;
import org.storyline.text.StableHash;

/**
 * Reads saved web pages ({@code .html}, {@code .htm}, {@code .html.gz}) as HTML documents: gzip decoded
 * with the same size cap as the file itself (so a small gzip bomb is refused), the charset chosen by the rule
 * every page reader shares ({@link org.storyline.text.PageCharset}: a byte-order mark, valid UTF-8, the page's
 * {@code <meta charset>}, else windows-1252).
 */
public final class HtmlFileReader {

    private final long maxBytes;

    public HtmlFileReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Whether a file name says it is a saved page. */
    public static boolean isHtml(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".html.gz") || name.endsWith(".htm.gz");
    }

    /** Reads one saved page; {@code capturedAt} null means the file's modification time (approximate). */
    public ReadResult read(Path file, Instant capturedAt) {
        String origin = file.toString();
        try {
            if (!Files.isRegularFile(file)) {
                return failed(origin, Files.exists(file) ? "not a regular file" : "no such file or folder");
            }
            if (Files.size(file) == 0) {
                return failed(origin, "empty file");
            }
            byte[] bytes = read(file);
            if (bytes == null) {
                return failed(origin, "too large: more than %d MB once decompressed".formatted(maxBytes >> 20));
            }
            Charset charset = CharsetSniffer.detect("text/html", bytes);
            String html = new String(bytes, charset);
            if (html.startsWith("\uFEFF")) {
                html = html.substring(1);
            }
            Instant at = capturedAt != null ? capturedAt : Files.getLastModifiedTime(file).toInstant();
            var document = new RawDocument(origin, RawDocument.Format.HTML, html, at, capturedAt == null);
            return new ReadResult.Read(document, StableHash.sha256Hex(bytes));
        } catch (IOException e) {
            return failed(origin, (file.toString().endsWith(".gz") ? "not valid gzip: " : "cannot read: ") + e.getMessage());
        }
    }

    /** The file's bytes (decompressed when gzip), or null when more than the cap. */
    private byte[] read(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().toLowerCase(Locale.ROOT).endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > maxBytes) {
                    return null;
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }

    private static ReadResult failed(String origin, String reason) {
        return new ReadResult.Failed(new SourceFailure(origin, reason));
    }
}
