package org.storyline.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.storyline.model.RawDocument;
import org.storyline.text.StableHash;

/**
 * Reads text dumps (pages copied out of an aggregator or a browser) from files and folders.
 *
 * <p>Every file gives either a {@link RawDocument} or a {@link SourceFailure}; a bad file never stops the
 * batch. Checks, in order: exists, is readable, is not empty, is not larger than the limit, is text (no NUL
 * bytes, few control characters), is valid UTF-8 (a byte-order mark is dropped).
 *
 * <pre>{@code
 * var reader = new TextDumpReader(10 * 1024 * 1024);
 * for (Path file : reader.expand(List.of(Path.of("dumps/")), failures::add)) {
 *     reader.read(file, null).ifDocument(pipeline::ingest);
 * }
 * }</pre>
 */
public final class TextDumpReader {

    private final long maxBytes;

    /** @param maxBytes files larger than this are refused with a clear message, not read into memory */
    public TextDumpReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * The regular files named by {@code paths}: files as given, folders walked recursively in name order
     * for the files that {@link #looksLikeADump look like dumps}. A path that does not exist is reported to
     * {@code failures}, and so is every symbolic link in a folder that leads nowhere, into a loop, or to a folder
     * (folders are walked without following links, so a loop cannot trap the walk): named and counted, never
     * skipped silently.
     */
    public List<Path> expand(List<Path> paths, Consumer<SourceFailure> failures) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                failures.accept(new SourceFailure(path.toString(), Files.isSymbolicLink(path)
                        ? SymbolicLinks.problem(path) : "no such file or folder"));
            } else if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.sorted().forEach(found -> {
                        if (Files.isSymbolicLink(found) && looksLikeADump(found) && !Files.isRegularFile(found)) {
                            failures.accept(new SourceFailure(found.toString(), SymbolicLinks.problem(found)));
                        } else if (Files.isRegularFile(found) && looksLikeADump(found)) {
                            files.add(found);
                        }
                    });
                } catch (IOException | RuntimeException e) {
                    failures.accept(new SourceFailure(path.toString(), "cannot list folder: " + e.getMessage()));
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }

    /**
     * Whether a file found in a folder is taken as input: {@code .txt}/{@code .text} or no extension (page
     * dumps), {@code .html}/{@code .htm}/{@code .html.gz} (saved pages), {@code .warc}/{@code .warc.gz}; not
     * hidden. Notes beside the dumps (README.md, SOURCES.md) are left alone; a file named explicitly is
     * always read.
     */
    static boolean looksLikeADump(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.startsWith(".")) {
            return false;
        }
        int dot = name.lastIndexOf('.');
        return dot < 0 || name.endsWith(".txt") || name.endsWith(".text") || HtmlFileReader.isHtml(file)
                || name.endsWith(".warc") || name.endsWith(".warc.gz");
    }

    /**
     * Reads one file.
     *
     * @param capturedAt when the page was captured, or null to use the file's modification time (then the
     *                   document says its capture time is approximate)
     */
    public ReadResult read(Path file, Instant capturedAt) {
        String origin = file.toString();
        try {
            if (!Files.isRegularFile(file)) {
                return failed(origin, Files.exists(file) ? "not a regular file" : "no such file or folder");
            }
            long size = Files.size(file);
            if (size == 0) {
                return failed(origin, "empty file");
            }
            if (size > maxBytes) {
                return failed(origin, "too large: %s (the limit is %s; a page dump is rarely over 1 MB)"
                        .formatted(human(size), human(maxBytes)));
            }
            byte[] bytes = readAtMost(file, maxBytes);
            return decode(origin, bytes, capturedAt != null ? capturedAt : Files.getLastModifiedTime(file).toInstant(),
                    capturedAt == null);
        } catch (IOException e) {
            return failed(origin, "cannot read: " + e.getMessage());
        }
    }

    /** Decodes bytes that came from anywhere (a file, an upload) with the same checks as {@link #read}. */
    public ReadResult decode(String origin, byte[] bytes, Instant capturedAt, boolean approximate) {
        if (bytes.length == 0) {
            return failed(origin, "empty file");
        }
        String binary = binaryReason(bytes);
        if (binary != null) {
            return failed(origin, binary);
        }
        String text;
        try {
            text = strictUtf8(bytes);
        } catch (CharacterCodingException e) {
            return failed(origin, "not UTF-8 text: " + describe(bytes, e));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return failed(origin, "empty file (only white space)");
        }
        var document = new RawDocument(origin, RawDocument.Format.TEXT_DUMP, text, capturedAt, approximate);
        return new ReadResult.Read(document, StableHash.sha256Hex(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] readAtMost(Path file, long limit) throws IOException {
        // The size was checked, but the file may grow while we read: never trust it beyond the limit.
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(limit, Integer.MAX_VALUE - 8));
            if (in.read() != -1) {
                throw new IOException("file grew past the limit while being read");
            }
            return bytes;
        }
    }

    /** Null when the bytes look like text; otherwise why not. */
    private static String binaryReason(byte[] bytes) {
        int sample = Math.min(bytes.length, 64 * 1024);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return "binary file (NUL byte at offset " + i + "), not a text dump";
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        if (control > sample / 100 + 2) {
            return "binary file (%d control bytes in the first %d), not a text dump".formatted(control, sample);
        }
        return null;
    }

    private static String strictUtf8(byte[] bytes) throws CharacterCodingException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
        return chars.toString();
    }

    private static String describe(byte[] bytes, CharacterCodingException e) {
        // Find the offset ourselves: the exception only gives the length of the bad sequence.
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        int offset = in.position();
        String hex = offset < bytes.length ? "0x%02X".formatted(bytes[offset] & 0xFF) : "end of file";
        String kind = e instanceof MalformedInputException || result.isMalformed() ? "invalid byte" : "unmappable byte";
        return "%s %s at offset %d (save the file as UTF-8)".formatted(kind, hex, offset);
    }

    private static ReadResult failed(String origin, String reason) {
        return new ReadResult.Failed(new SourceFailure(origin, reason));
    }

    private static String human(long bytes) {
        if (bytes >= 1024 * 1024) {
            return "%.1f MB".formatted(bytes / (1024.0 * 1024));
        }
        return bytes >= 1024 ? "%.1f KB".formatted(bytes / 1024.0) : bytes + " bytes";
    }
}
