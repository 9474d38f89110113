package org.storyline.source.warc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.source.warc.WarcReaderTest.documents;
import static org.storyline.source.warc.WarcReaderTest.failures;
import static org.storyline.source.warc.WarcReaderTest.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every kind of broken file once seen or feared, each read to a clear failure without an exception or a hang. */
@Timeout(20)
class WarcHostileInputTest {

    @TempDir
    Path dir;

    private static WarcWriter threePages() {
        return new WarcWriter().warcinfo().html("https://x/1", "<p>one</p>").html("https://x/2", "<p>two</p>")
                .html("https://x/3", "<p>three</p>");
    }

    @ParameterizedTest
    @EnumSource(WarcWriter.Layout.class)
    void aFileCutInTheMiddleOfARecordGivesEverythingBeforeTheCutThenOneFailure(WarcWriter.Layout layout)
            throws IOException {
        var warc = threePages();
        byte[] whole = warc.bytes(layout);
        long lastStart = warc.offsets(layout).get(3);
        int cut = layout == WarcWriter.Layout.GZIP_WHOLE ? whole.length - 20 : (int) (lastStart + (whole.length - lastStart) / 2);
        var items = read(Files.write(dir.resolve("cut.warc"), Arrays.copyOf(whole, cut)));

        assertThat(documents(items)).extracting(d -> d.document().origin()).containsExactly("https://x/1", "https://x/2");
        var failure = (WarcItem.Failed) items.getLast();
        assertThat(failure.resumed()).isFalse();
        assertThat(failure.offset()).isEqualTo(lastStart);
        assertThat(failure.failure().reason()).contains("offset " + lastStart).contains("cut short");
        assertThat(failures(items)).hasSize(1);
    }

    @Test
    void aCorruptGzipMemberIsReportedAndTheNextMembersAreStillRead() throws IOException {
        var warc = threePages();
        byte[] bytes = warc.bytes(WarcWriter.Layout.GZIP_PER_RECORD);
        long second = warc.offsets(WarcWriter.Layout.GZIP_PER_RECORD).get(2);
        long third = warc.offsets(WarcWriter.Layout.GZIP_PER_RECORD).get(3);
        for (long i = second + 20; i < third - 10; i++) {
            bytes[(int) i] ^= 0x5A;
        }
        var items = read(Files.write(dir.resolve("corrupt.warc.gz"), bytes));

        assertThat(documents(items)).extracting(d -> d.document().origin()).containsExactly("https://x/1", "https://x/3");
        assertThat(failures(items)).singleElement().satisfies(f -> {
            assertThat(f.resumed()).isTrue();
            assertThat(f.offset()).isEqualTo(second);
            assertThat(f.failure().reason()).startsWith("corrupt gzip member at offset " + second);
        });
    }

    @Test
    void aDamagedCrcIsCaughtBeforeTheRecordIsGivenOut() throws IOException {
        var warc = threePages();
        byte[] bytes = warc.bytes(WarcWriter.Layout.GZIP_PER_RECORD);
        long third = warc.offsets(WarcWriter.Layout.GZIP_PER_RECORD).get(3);
        bytes[(int) third - 8] ^= 1;
        var items = read(Files.write(dir.resolve("crc.warc.gz"), bytes));
        assertThat(documents(items)).extracting(d -> d.document().origin()).containsExactly("https://x/1", "https://x/3");
        assertThat(failures(items)).singleElement().extracting(f -> f.failure().reason()).asString().contains("CRC-32");
    }

    @Test
    void garbageBetweenGzipMembersIsSkipped() throws IOException {
        var warc = new WarcWriter().html("https://x/1", "<p>1</p>").raw("<<junk>>\n".repeat(50).getBytes())
                .html("https://x/2", "<p>2</p>");
        var items = read(warc.write(dir.resolve("junk.warc.gz"), WarcWriter.Layout.GZIP_PER_RECORD));
        assertThat(documents(items)).hasSize(2);
        assertThat(failures(items)).singleElement().satisfies(f -> {
            assertThat(f.resumed()).isTrue();
            assertThat(f.failure().reason()).contains("not a gzip member");
        });
    }

    @Test
    void garbageBetweenPlainRecordsIsSkippedToTheNextRecord() {
        var warc = new WarcWriter().html("https://x/1", "<p>1</p>").raw("this is not\r\na record\r\n".getBytes())
                .html("https://x/2", "<p>2</p>").raw(new byte[] {0, 1, 2, 'W', 'A', 'R', 'C', '\n'});
        var items = read(warc.write(dir.resolve("junk.warc"), WarcWriter.Layout.PLAIN));
        assertThat(documents(items)).hasSize(2);
        List<WarcItem.Failed> failures = failures(items);
        assertThat(failures).hasSize(2);
        assertThat(failures.get(0).resumed()).isTrue();
        assertThat(failures.get(0).failure().reason()).contains("not a WARC record").contains("skipped 23 bytes");
        assertThat(failures.get(1).resumed()).isFalse();
        assertThat(failures.get(1).failure().reason()).contains("no further record");
    }

    @ParameterizedTest
    @EnumSource(WarcWriter.Layout.class)
    void aContentLengthThatIsNotANumberIsReportedAndReadingGoesOn(WarcWriter.Layout layout) {
        var warc = new WarcWriter().html("https://x/1", "<p>1</p>")
                .record("response", "https://x/bad", "application/http", WarcWriter.http("HTTP/1.1 200 OK\r\n"
                        + "Content-Type: text/html", "<p>bad</p>".getBytes()), "12abc")
                .html("https://x/2", "<p>2</p>");
        var items = read(warc.write(dir.resolve("len.warc"), layout));
        assertThat(documents(items)).extracting(d -> d.document().origin()).containsExactly("https://x/1", "https://x/2");
        assertThat(failures(items)).singleElement().satisfies(f -> {
            assertThat(f.resumed()).isTrue();
            assertThat(f.offset()).isEqualTo(warc.offsets(layout).get(1));
            assertThat(f.failure().reason()).contains("no valid Content-Length (12abc)");
        });
    }

    @Test
    void aContentLengthTooShortOrTooLongIsCaughtAtTheRecordEnd() {
        byte[] block = WarcWriter.http("HTTP/1.1 200 OK\r\nContent-Type: text/html", "<p>wrong length</p>".getBytes());
        var warc = new WarcWriter().html("https://x/1", "<p>1</p>")
                .record("response", "https://x/short", "application/http", block, String.valueOf(block.length - 9))
                .html("https://x/2", "<p>2</p>")
                .record("response", "https://x/long", "application/http", block, String.valueOf(block.length + 30))
                .html("https://x/3", "<p>3</p>").html("https://x/4", "<p>4</p>");
        var items = read(warc.write(dir.resolve("len.warc"), WarcWriter.Layout.PLAIN));
        assertThat(documents(items)).extracting(d -> d.document().origin())
                .containsExactly("https://x/1", "https://x/2", "https://x/4");
        assertThat(failures(items)).hasSize(2).allSatisfy(f -> {
            assertThat(f.resumed()).isTrue();
            assertThat(f.failure().reason()).contains("does not end where its Content-Length");
        });
    }

    @Test
    void aHugeContentLengthAtTheEndIsATruncation() {
        var warc = new WarcWriter().html("https://x/1", "<p>1</p>")
                .record("response", "https://x/huge", "application/http", "HTTP/1.1 200 OK\r\n\r\n".getBytes(), "99999999999");
        var items = read(warc.write(dir.resolve("huge.warc"), WarcWriter.Layout.PLAIN));
        assertThat(documents(items)).hasSize(1);
        assertThat(((WarcItem.Failed) items.getLast()).failure().reason()).contains("99999999999 bytes");
    }

    @Test
    void brokenHeaderLinesAreSkipped() {
        var warc = new WarcWriter()
                .raw(("WARC/1.1\r\nWARC-Type: response\r\nX-Long: " + "a".repeat(100_000) + "\r\n\r\n").getBytes())
                .html("https://x/1", "<p>1</p>")
                .raw("WARC/1.0\r\nno colon here\r\nContent-Length: 3\r\n\r\nabc\r\n\r\n".getBytes())
                .html("https://x/2", "<p>2</p>");
        var items = read(warc.write(dir.resolve("hdr.warc"), WarcWriter.Layout.PLAIN));
        assertThat(documents(items)).hasSize(2);
        assertThat(failures(items)).extracting(f -> f.failure().reason()).satisfiesExactly(
                r -> assertThat(r).contains("header line longer than"),
                r -> assertThat(r).contains("without a field name: \"no colon here\""));
    }

    @Test
    void filesThatAreNotWarcAreRefusedAtOnce() throws IOException {
        assertNotWarc(Files.writeString(dir.resolve("page.html"), "<!doctype html><p>hi</p>"), "not a WARC file: it starts with \"<!doctype");
        assertNotWarc(Files.write(dir.resolve("empty.warc"), new byte[0]), "empty file");
        assertNotWarc(Files.write(dir.resolve("text.gz"), WarcWriter.gzip("hello\n".getBytes())), "not a WARC file");
        assertNotWarc(Files.write(dir.resolve("empty.gz"), WarcWriter.gzip(new byte[0])), "holds no WARC record");
        assertNotWarc(Files.write(dir.resolve("blank.warc"), "\r\n\n\n".getBytes()), "holds no WARC record");
        assertNotWarc(Files.write(dir.resolve("old.arc"), "filedesc://x.arc 0.0.0.0 2008 text/plain 77\n".getBytes()),
                "not a WARC file");
        byte[] noise = new byte[8 * 1024 * 1024];
        new Random(7).nextBytes(noise);
        noise[0] = 'Z';
        assertNotWarc(Files.write(dir.resolve("noise.bin"), noise), "not a WARC file");
        assertNotWarc(dir.resolve("missing.warc"), "no such file");
        assertNotWarc(dir, "not a regular file");
    }

    @Test
    void aGzipFileOfNoiseEndsWithOneFailure() throws IOException {
        byte[] noise = new byte[4 * 1024 * 1024];
        new Random(11).nextBytes(noise);
        noise[0] = 0x1F;
        noise[1] = (byte) 0x8B;
        var items = read(Files.write(dir.resolve("noise.gz"), noise));
        assertThat(documents(items)).isEmpty();
        assertThat(items.getLast()).isInstanceOfSatisfying(WarcItem.Failed.class, f -> assertThat(f.resumed()).isFalse());
    }

    @Test
    void aFileDamagedThroughoutStopsAfterTheFailureLimit() throws IOException {
        var warc = new WarcWriter();
        for (int i = 0; i < 40; i++) {
            warc.html("https://x/" + i, "<p>" + i + "</p>").raw("junk\n".getBytes(StandardCharsets.US_ASCII));
        }
        var items = read(warc.write(dir.resolve("junk.warc"), WarcWriter.Layout.PLAIN), new WarcSettings(1024 * 1024, 5));
        assertThat(failures(items)).hasSize(6);
        assertThat(failures(items).getLast().failure().reason()).contains("gave up after 5 problems");
    }

    private void assertNotWarc(Path file, String reason) {
        var items = read(file);
        assertThat(items).as(file.toString()).singleElement().isInstanceOfSatisfying(WarcItem.Failed.class, f -> {
            assertThat(f.resumed()).isFalse();
            assertThat(f.failure().reason()).contains(reason);
        });
    }
}
