package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.store.ArticleStore;
import org.storyline.store.SqliteArticleStore;

/** The security probe's command-line findings (issue 17, items 9-14), each as the probe ran it. */
class ProbeCliTest {

    @TempDir
    Path dir;

    @Test
    void item9_aPageWhoseFeedLinksAreFileOrMetadataAddressesIsNotFollowedAndSaysWhy() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] page = """
                    <html><head><title>Local page</title>
                    <link rel="alternate" type="application/rss+xml" href="file:///etc/passwd">
                    <link rel="alternate" type="application/atom+xml" href="http://169.254.169.254/latest/meta-data/">
                    </head><body><p>Nothing here.</p></body></html>""".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(exchange.getRequestURI().getPath().equals("/") ? 200 : 404, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        server.start();
        try {
            Path config = Files.writeString(dir.resolve("loopback.properties"), "fetch.allow-private-addresses=true\n");
            String page = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
            var run = Fixtures.cli("source", "add", page, "--data", dir.resolve("data").toString(), "--config",
                    config.toString());
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.out()).doesNotContain("already followed");
            assertThat(run.err()).startsWith("storyline: ").contains("is a page without a feed")
                    .contains("169.254.169.254").contains("never fetched").doesNotContain("file:///etc/passwd (not a feed)");
            assertThat(Fixtures.cli("source", "list", "--data", dir.resolve("data").toString()).out())
                    .contains("No sources yet");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void item10_aDamagedStoreIsNamedWithHowToCheckAndRecoverIt() throws IOException {
        String data = dir.resolve("data").toString();
        assertThat(Fixtures.cli("ingest", Fixtures.seeds(dir.resolve("seeds")).toString(), "--data", data, "--quiet").exitCode()).isZero();
        Path db = dir.resolve("data").resolve(SqliteArticleStore.DATABASE_FILE);
        try (RandomAccessFile file = new RandomAccessFile(db.toFile(), "rw")) {
            file.seek(100); // past the 100-byte header: the schema page and every page after it
            byte[] garbage = new byte[(int) Math.min(file.length() - 100, 64 * 1024)];
            java.util.Arrays.fill(garbage, (byte) 0x5A);
            file.write(garbage);
        }
        for (String[] command : new String[][] {{"source", "list"}, {"export", "--what", "articles"}}) {
            String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(command),
                    java.util.stream.Stream.of("--data", data)).toArray(String[]::new);
            var run = Fixtures.cli(args);
            assertThat(run.exitCode()).as(String.join(" ", command)).isEqualTo(3);
            assertThat(run.err()).contains("storyline: the store is damaged").contains("PRAGMA integrity_check")
                    .contains(".recover").doesNotContain("jdbi").doesNotContain("Exception");
        }
    }

    @Test
    void item11_fileNamesWithTerminalEscapesArePrintedEscaped() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("in"));
        Files.writeString(folder.resolve("bad\u001b[31mred\u0007.txt"), "");
        var run = Fixtures.cli("ingest", folder.toString(), "--data", dir.resolve("data").toString());
        assertThat(run.err()).contains("bad\\x1b[31mred\\x07.txt").doesNotContain("\u001b").doesNotContain("\u0007");
    }

    @Test
    void item12_danglingSymlinksAndLoopsAreNamedAndCounted() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("in"));
        Files.writeString(folder.resolve("real.txt"), Fixtures.seed(Fixtures.SEEDS.get(0)));
        Files.createSymbolicLink(folder.resolve("gone.txt"), folder.resolve("nowhere.txt"));
        Files.createSymbolicLink(folder.resolve("loop"), folder);
        Files.createSymbolicLink(folder.resolve("a.txt"), folder.resolve("b.txt"));
        Files.createSymbolicLink(folder.resolve("b.txt"), folder.resolve("a.txt"));
        var run = Fixtures.cli("ingest", folder.toString(), "--data", dir.resolve("data").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("gone.txt").contains("a symbolic link to nothing")
                .contains("loop").contains("a symbolic link loop").contains("a.txt").contains("b.txt");
        assertThat(run.out()).contains("4 errors");
    }

    @Test
    void item13_aPortOutOfRangeAndUnwritableOrMissingFilesSayWhy() throws IOException {
        var port = Fixtures.cli("serve", "--port", "99999", "--data", dir.resolve("data").toString());
        assertThat(port.exitCode()).isEqualTo(2);
        assertThat(port.err()).contains("storyline: --port must be between 0 and 65535").doesNotContain("Exception");
        var export = Fixtures.cli("export", "--what", "articles", "-o", "/no/such/dir/x.jsonl", "--data",
                dir.resolve("data").toString());
        assertThat(export.exitCode()).isEqualTo(1);
        assertThat(export.err()).contains("storyline: cannot write /no/such/dir/x.jsonl: the folder /no/such/dir does not exist");
        var opml = Fixtures.cli("source", "import", dir.resolve("missing.opml").toString(), "--data",
                dir.resolve("data").toString());
        assertThat(opml.exitCode()).isEqualTo(1);
        assertThat(opml.err()).contains("storyline: cannot read").contains("missing.opml: no such file or folder");
    }

    @Test
    void item14_aCaptureTimeFarInTheFutureIsRefused() throws IOException {
        var run = Fixtures.cli("ingest", Fixtures.seeds(dir.resolve("seeds")).toString(), "--captured-at", "2999-01-01T00:00Z", "--data",
                dir.resolve("data").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("storyline: --captured-at 2999-01-01T00:00:00Z is in the future");
    }

    @Test
    void reIngestingAnUnchangedFolderRecognisesEveryFileWithoutParsingIt() throws IOException {
        String seeds = Fixtures.seeds(dir.resolve("seeds")).toString();
        String data = dir.resolve("data").toString();
        var first = Fixtures.cli("ingest", seeds, "--data", data, "--quiet");
        var again = Fixtures.cli("ingest", seeds, "--data", data, "--quiet");
        assertThat(again.out()).contains(Fixtures.SEEDS.size() + " files unchanged").contains("0 new articles");
        assertThat(again.out().substring(again.out().indexOf("| store:")))
                .isEqualTo(first.out().substring(first.out().indexOf("| store:")));
    }

    @Test
    void aFileWhoseContentTheStoreKnowsIsNotParsedAgain() throws IOException {
        var config = org.storyline.config.StorylineConfig.load(null, java.util.Map.of(), dir.toString())
                .withDataDir(dir.resolve("data"));
        String seeds = Fixtures.seeds(dir.resolve("seeds")).toString();
        try (Components components = Components.open(config)) {
            new Ingestion(components.pipeline(), components.fetcher(), config.maxFileBytes(), null)
                    .ingest(java.util.List.of(seeds), null);
        }
        try (Components components = Components.open(config)) {
            IngestSummary summary = new Ingestion(components.pipeline(), components.fetcher(), config.maxFileBytes(),
                    null).ingest(java.util.List.of(seeds), null);
            assertThat(summary.added()).isZero();
            assertThat(components.pipeline().stageTimes().millis().get(org.storyline.pipeline.StageTimes.Stage.EXTRACT))
                    .as("nothing parsed").isZero();
        }
    }

    @Test
    void usageMistakesStartWithTheProgramNameAndSayWhereHelpIs() {
        for (String[] args : new String[][] {{"ingest"}, {"export", "--what", "nothing"}, {"source", "add", "--nope", "x"},
                {"frobnicate"}}) {
            var run = Fixtures.cli(args);
            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.err()).as(String.join(" ", args)).startsWith("storyline: ").contains("--help");
        }
    }

    @Test
    void helpTextsDescribeEveryPositionalArgumentAndTheDefaultDataFolder() {
        for (String[] command : new String[][] {{"ingest"}, {"extract"}, {"source", "add"}, {"source", "remove"},
                {"source", "import"}, {"user", "add-admin"}, {"user", "set-role"}, {"token", "revoke"}}) {
            String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(command), java.util.stream.Stream.of("--help"))
                    .toArray(String[]::new);
            String help = Fixtures.cli(args).out();
            java.util.regex.Matcher positional = java.util.regex.Pattern.compile("(?m)^ {6}([A-Z][A-Z|.]+)\\s*$|^ {6}([A-Z][A-Z|.]+) {2,}\\S")
                    .matcher(help);
            assertThat(positional.find()).as(String.join(" ", command) + " lists its arguments with a description:\n" + help)
                    .isTrue();
            assertThat(positional.group(2)).as(help).isNotNull();
        }
        String ingest = Fixtures.cli("ingest", "--help").out().replaceAll("\\s+", " ");
        assertThat(ingest).contains("WARC");
        assertThat(ingest.replace(" ", "")).as("the path, however the help text wraps it")
                .contains("here" + System.getProperty("storyline.default-data").replace(" ", ""));
        assertThat(Fixtures.cli("extract", "--help").out().replaceAll("\\s+", " ")).contains("--max-bytes=BYTES")
                .contains("default: 16777216, 16 MiB");
    }

    @Test
    void item14_opmlImportSkipsPrivateLocalAndMetadataHostsWithTheReason() throws IOException {
        Path opml = Files.writeString(dir.resolve("feeds.opml"), """
                <opml version="2.0"><body>
                <outline text="Router" xmlUrl="http://192.168.1.1/feed"/>
                <outline text="Metadata" xmlUrl="http://169.254.169.254/latest/meta-data/"/>
                <outline text="Loopback" xmlUrl="http://127.0.0.1:8080/feed"/>
                <outline text="Octal" xmlUrl="http://0177.0.0.1/feed"/>
                <outline text="Local" xmlUrl="http://printer.local/feed"/>
                <outline text="Public" xmlUrl="https://news.example/feed"/>
                </body></opml>""");
        String data = dir.resolve("data").toString();
        var strict = Fixtures.cli("source", "import", opml.toString(), "--data", data);
        assertThat(strict.exitCode()).isZero();
        assertThat(strict.out()).startsWith("1 feeds imported, 0 already followed, 5 outlines skipped")
                .contains("192.168.1.1, a private address").contains("never fetched");
        Path config = Files.writeString(dir.resolve("private.properties"), "fetch.allow-private-addresses=true\n");
        String other = dir.resolve("other").toString();
        var allowing = Fixtures.cli("source", "import", opml.toString(), "--data", other, "--config", config.toString());
        assertThat(allowing.out()).as("allowed private hosts are imported; metadata and ambiguous ones never")
                .startsWith("4 feeds imported, 0 already followed, 2 outlines skipped")
                .contains("169.254.169.254").contains("ambiguous IP address 0177.0.0.1");
    }
}
