package org.storyline.source.warc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Laws that hold however a WARC file is damaged: no exception, no hang, no page that was not in the file. */
class WarcDamagePropertiesTest {

    private static final List<String> PAGES = List.of("<p>one</p>", "<p>two " + "x".repeat(300) + "</p>",
            "<p>three</p>", "<p>four</p>", "<p>five</p>");

    private static WarcWriter warc() {
        var warc = new WarcWriter().warcinfo();
        for (int i = 0; i < PAGES.size(); i++) {
            warc.request("https://x/" + i).html("https://x/" + i, PAGES.get(i));
        }
        return warc;
    }

    @Test
    void cutAtEveryByteTheFileGivesAPrefixOfItsPagesThenAtMostOneFinalFailure() throws IOException {
        Path file = Files.createTempFile("cut", ".warc");
        try {
            for (WarcWriter.Layout layout : WarcWriter.Layout.values()) {
                byte[] whole = warc().bytes(layout);
                for (int cut = 1; cut < whole.length; cut++) {
                    Files.write(file, Arrays.copyOf(whole, cut));
                    var items = WarcReaderTest.read(file);
                    String where = layout + " cut at " + cut;
                    List<String> pages = WarcReaderTest.documents(items).stream().map(d -> d.document().content()).toList();
                    assertThat(PAGES.subList(0, pages.size())).as(where).isEqualTo(pages);
                    var failures = WarcReaderTest.failures(items);
                    assertThat(failures).as(where).hasSizeLessThanOrEqualTo(1);
                    if (!failures.isEmpty()) {
                        assertThat(items.getLast()).as(where).isEqualTo(failures.getFirst());
                        assertThat(failures.getFirst().resumed()).as(where).isFalse();
                    }
                }
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Property(tries = 300, seed = "20250301")
    void randomDamageNeverThrowsAndGzipNeverGivesADamagedPage(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int hits) {
        var random = new Random(seed);
        for (WarcWriter.Layout layout : WarcWriter.Layout.values()) {
            byte[] bytes = damage(warc().bytes(layout), random, hits);
            var items = readBytes(bytes);
            assertThat(WarcReaderTest.documents(items)).hasSizeLessThanOrEqualTo(PAGES.size() + hits);
            if (layout != WarcWriter.Layout.PLAIN) {
                // Every member's CRC is checked before its record is given out.
                assertThat(WarcReaderTest.documents(items)).allSatisfy(d -> assertThat(PAGES).contains(d.document().content()));
            }
        }
    }

    private static byte[] damage(byte[] bytes, Random random, int hits) {
        byte[] out = bytes.clone();
        for (int i = 0; i < hits; i++) {
            int at = random.nextInt(out.length);
            switch (random.nextInt(4)) {
                case 0 -> out[at] = (byte) random.nextInt(256);
                case 1 -> out[at] = (byte) "\r\n:0WARC/1.".charAt(random.nextInt(11));
                case 2 -> out = cutOut(out, at, random.nextInt(1, 64));
                default -> out = copyIn(out, at, random.nextInt(out.length));
            }
            if (out.length == 0) {
                return out;
            }
        }
        return out;
    }

    private static byte[] cutOut(byte[] bytes, int at, int n) {
        int end = Math.min(bytes.length, at + n);
        byte[] out = new byte[bytes.length - (end - at)];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(bytes, end, out, at, bytes.length - end);
        return out;
    }

    /** Inserts a copy of a stretch of the file elsewhere: duplicated records and members. */
    private static byte[] copyIn(byte[] bytes, int at, int from) {
        int n = Math.min(200, bytes.length - from);
        byte[] out = new byte[bytes.length + n];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(bytes, from, out, at, n);
        System.arraycopy(bytes, at, out, at + n, bytes.length - at);
        return out;
    }

    private static List<WarcItem> readBytes(byte[] bytes) {
        try {
            Path file = Files.createTempFile("damaged", ".warc");
            try {
                Files.write(file, bytes);
                List<WarcItem> items = new ArrayList<>();
                new WarcReader(WarcSettings.defaults()).read(file, items::add);
                return items;
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
