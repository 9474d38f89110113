package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real ingest process with SIGKILL part-way through a batch, then checks that every document's
 * articles are fully stored or absent, and that running the ingest again ends where an uninterrupted run ends.
 */
class KillDuringIngestTest {

    private static final int FILES = 400;

    @TempDir
    Path dir;

    @Test
    void aKilledIngestLeavesWholeDocumentsAndARerunCompletesIt() throws Exception {
        Path input = pages(dir.resolve("in"));
        Path killed = dir.resolve("killed");
        Process process = ingestProcess(input, killed);
        waitForDocuments(killed, 5, process);
        process.destroyForcibly(); // SIGKILL: no shutdown hooks, no rollback by the JVM
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();

        int stored = count(killed, "SELECT COUNT(*) FROM documents");
        assertThat(stored).as("the kill must land in the middle of the batch").isBetween(1, FILES - 1);
        assertConsistent(killed);

        assertThat(Fixtures.cli("ingest", input.toString(), "--data", killed.toString(), "--quiet",
                "--captured-at", "2025-07-04T12:00Z").exitCode()).isZero();
        Path clean = dir.resolve("clean");
        assertThat(Fixtures.cli("ingest", input.toString(), "--data", clean.toString(), "--quiet",
                "--captured-at", "2025-07-04T12:00Z").exitCode()).isZero();
        assertConsistent(killed);
        assertThat(rows(killed, "SELECT id || ' ' || COALESCE(duplicate_of, '-') || ' ' || story_id FROM articles"))
                .isEqualTo(rows(clean, "SELECT id || ' ' || COALESCE(duplicate_of, '-') || ' ' || story_id FROM articles"));
        assertThat(count(killed, "SELECT COUNT(*) FROM documents")).isEqualTo(FILES);
    }

    /** Distinct pages built from the bare seed article, so each file is its own document and article. */
    private static Path pages(Path folder) throws IOException {
        Files.createDirectories(folder);
        String seed = Fixtures.seed(Fixtures.SEEDS.get(2));
        String[] lines = seed.strip().split("\n", 2);
        for (int i = 0; i < FILES; i++) {
            String page = "Dispatch %d: %s\n\nCorrespondent %d reports from district %d. %s"
                    .formatted(i, lines[0], i, i * 7 % 13, lines[1]);
            Files.writeString(folder.resolve("page-%04d.txt".formatted(i)), page);
        }
        return folder;
    }

    private static Process ingestProcess(Path input, Path data) throws IOException {
        return Fixtures.storylineProcess("ingest", input.toString(), "--data", data.toString(), "--quiet",
                        "--captured-at", "2025-07-04T12:00Z")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static void waitForDocuments(Path data, int atLeast, Process process) throws Exception {
        Path db = data.resolve("storyline.db");
        for (int attempt = 0; attempt < 6000 && process.isAlive(); attempt++) {
            if (Files.exists(db) && tableExists(data) && count(data, "SELECT COUNT(*) FROM documents") >= atLeast) {
                return;
            }
            Thread.sleep(10);
        }
    }

    private static boolean tableExists(Path data) throws SQLException {
        return count(data, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'documents'") == 1;
    }

    /** Every stored document has all its articles; no article is stored without its document; stories add up. */
    private static void assertConsistent(Path data) throws SQLException {
        assertThat(count(data, """
                SELECT COUNT(*) FROM documents d WHERE d.article_count <>
                  (SELECT COUNT(*) FROM document_articles l WHERE l.content_hash = d.content_hash)""")).isZero();
        assertThat(count(data, """
                SELECT COUNT(*) FROM articles a WHERE NOT EXISTS
                  (SELECT 1 FROM document_articles l JOIN documents d ON d.content_hash = l.content_hash
                   WHERE l.article_id = a.id)""")).isZero();
        assertThat(count(data, """
                SELECT COUNT(*) FROM stories s WHERE s.article_count <>
                  (SELECT COUNT(*) FROM articles a WHERE a.story_id = s.id)""")).isZero();
        assertThat(count(data, "SELECT COUNT(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM stories s WHERE s.id = a.story_id)"))
                .isZero();
        assertThat(rows(data, "PRAGMA integrity_check")).containsExactly("ok");
    }

    private static int count(Path data, String sql) throws SQLException {
        try (Connection c = connect(data); var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static Set<String> rows(Path data, String sql) throws SQLException {
        Set<String> rows = new TreeSet<>();
        try (Connection c = connect(data); var rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }

    private static Connection connect(Path data) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + data.resolve("storyline.db"));
    }
}
