package org.storyline.bench.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A development set in the shared layout: {@code gold.jsonl} (one page a line: {@code id}, {@code file},
 * {@code text}, {@code lang}, optional {@code url} and {@code title}) beside {@code html/} of gzip pages.
 */
final class DevSet {

    /** A line of the characters above the digits on a US keyboard, then "COMMENTS": Dragnet's separator. */
    private static final Pattern COMMENTS = Pattern.compile("(?m)^[!@#$%^&*() ]{4,}COMMENTS\\s*$");

    private final ObjectMapper mapper = new ObjectMapper();
    private final Path root;

    DevSet(Path root) {
        this.root = root;
    }

    static boolean isOne(Path dir) {
        return Files.isRegularFile(dir.resolve("gold.jsonl")) && Files.isDirectory(dir.resolve("html"));
    }

    String name() {
        return root.getFileName().toString();
    }

    List<BenchPage> pages() throws IOException {
        List<BenchPage> pages = new ArrayList<>();
        try (BufferedReader lines = Files.newBufferedReader(root.resolve("gold.jsonl"), StandardCharsets.UTF_8)) {
            for (String line; (line = lines.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode gold = mapper.readTree(line);
                Path file = root.resolve(gold.path("file").asText());
                String url = gold.path("url").asText(null);
                pages.add(new BenchPage(gold.path("id").asText(), address(url), Files.readAllBytes(file),
                        file.toString().endsWith(".gz"), goldText(gold.path("text").asText("")),
                        gold.path("lang").asText("?"), gold.path("title").asText(null)));
            }
        }
        return pages;
    }

    /**
     * The gold text, with two repairs of the Dragnet conversion, so that it is the main text its README
     * describes. Five gold files are UTF-16 that the conversion read as Latin-1 ("ÿþF o r g i v i n g"), so no
     * word of them could match: their bytes are read again as UTF-16, realigned where the conversion dropped a
     * byte (a space's half lost before a line end: a zero byte then met where a character's low byte belongs).
     * And the conversion cut the main text from the comments only at the exact separator line
     * "!@#$%^&*() COMMENTS"; on 25 pages the annotators typed it otherwise ("!@ $%^&*() COMMENTS",
     * "!@#$%^&**() COMMENTS"), so their gold held every reader comment: the text is cut at any such line.
     */
    static String goldText(String text) {
        String decoded = text;
        if (text.startsWith("\u00ff\u00fe") && text.chars().noneMatch(c -> c > 0xff)) {
            decoded = utf16(text.getBytes(StandardCharsets.ISO_8859_1));
        }
        Matcher separator = COMMENTS.matcher(decoded);
        return separator.find() ? decoded.substring(0, separator.start()) : decoded;
    }

    private static String utf16(byte[] bytes) {
        StringBuilder out = new StringBuilder(bytes.length / 2);
        int i = 2; // after the byte-order mark
        while (i + 1 < bytes.length) {
            int low = bytes[i] & 0xff;
            int high = bytes[i + 1] & 0xff;
            if (low == 0 && high != 0 && high < 0x80) {
                out.append(' '); // a byte was lost: this zero is the high half of a space
                i++;
                continue;
            }
            out.append((char) (low | high << 8));
            i += 2;
        }
        return out.toString();
    }

    private static URI address(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            return URI.create(url.strip());
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }
}
