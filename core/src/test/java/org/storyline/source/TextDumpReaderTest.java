package org.storyline.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextDumpReaderTest {

    private static final Instant CAPTURED = Instant.parse("2025-07-04T12:00:00Z");
    private final TextDumpReader reader = new TextDumpReader(10 * 1024 * 1024);

    @TempDir
    Path dir;

    @Test
    void readsUtf8TextAndDropsTheByteOrderMark() throws IOException {
        Path file = write("page.txt", "\uFEFFTitle\n\nBody with café and «quotes».".getBytes(StandardCharsets.UTF_8));
        var read = (ReadResult.Read) reader.read(file, CAPTURED);
        assertThat(read.document().content()).startsWith("Title").contains("café");
        assertThat(read.document().capturedAt()).isEqualTo(CAPTURED);
        assertThat(read.document().capturedAtApprox()).isFalse();
        assertThat(read.contentHash()).hasSize(64);
    }

    @Test
    void withoutACaptureTimeUsesTheModificationTimeAndSaysItIsApproximate() throws IOException {
        Path file = write("page.txt", "Title\n\nBody.".getBytes(StandardCharsets.UTF_8));
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2025-07-01T08:00:00Z")));
        var read = (ReadResult.Read) reader.read(file, null);
        assertThat(read.document().capturedAt()).isEqualTo(Instant.parse("2025-07-01T08:00:00Z"));
        assertThat(read.document().capturedAtApprox()).isTrue();
    }

    @Test
    void anEmptyFileIsRefusedByName() throws IOException {
        assertThat(failure(write("empty.txt", new byte[0]))).contains("empty.txt").contains("empty file");
        assertThat(failure(write("blank.txt", " \n\n\t ".getBytes(StandardCharsets.UTF_8)))).contains("empty file");
    }

    @Test
    void aBinaryFileIsRefused() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThat(failure(write("image.png", png))).contains("binary file");
        byte[] controls = new byte[4000];
        for (int i = 0; i < controls.length; i++) {
            controls[i] = (byte) (i % 2 == 0 ? 0x01 : 'a');
        }
        assertThat(failure(write("controls.bin", controls))).contains("binary file");
    }

    @Test
    void invalidUtf8IsRefusedWithTheOffsetOfTheBadByte() throws IOException {
        byte[] latin1 = "Caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(failure(write("latin1.txt", latin1)))
                .contains("not UTF-8 text").contains("0xE9").contains("offset 3");
    }

    @Test
    void aFileAboveTheLimitIsRefusedWithoutReadingIt() throws IOException {
        Path big = dir.resolve("huge.txt");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(50L * 1024 * 1024); // sparse: 50 MB on paper, nothing on disk
        }
        assertThat(failure(big)).contains("too large").contains("50.0 MB").contains("10.0 MB");
    }

    @Test
    void aMissingPathIsReportedAndTheRestOfTheBatchIsExpanded() throws IOException {
        write("a.txt", "A".getBytes(StandardCharsets.UTF_8));
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/b.txt"), "B");
        Files.writeString(dir.resolve(".hidden"), "H");
        Files.writeString(dir.resolve("SOURCES.md"), "notes");
        List<SourceFailure> failures = new ArrayList<>();
        List<Path> files = reader.expand(List.of(dir.resolve("missing.txt"), dir), failures::add);
        assertThat(files).containsExactly(dir.resolve("a.txt"), dir.resolve("sub/b.txt"));
        assertThat(failures).singleElement().satisfies(f -> {
            assertThat(f.origin()).endsWith("missing.txt");
            assertThat(f.reason()).isEqualTo("no such file or folder");
        });
    }

    @Test
    void aFolderGivenAsAFileIsRefused() throws IOException {
        Files.createDirectories(dir.resolve("folder"));
        assertThat(failure(dir.resolve("folder"))).contains("not a regular file");
    }

    private String failure(Path file) {
        var result = reader.read(file, CAPTURED);
        assertThat(result).isInstanceOf(ReadResult.Failed.class);
        return ((ReadResult.Failed) result).failure().toString();
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }
}
