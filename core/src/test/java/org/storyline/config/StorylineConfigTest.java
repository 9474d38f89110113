package org.storyline.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StorylineConfigTest {

    @TempDir
    Path dir;

    @Test
    void defaultsComeFromTheCommentedDefaultsFile() {
        StorylineConfig config = StorylineConfig.load(null, Map.of("XDG_DATA_HOME", dir.toString()), "/home/u");
        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.host()).isEqualTo("127.0.0.1");
        assertThat(config.maxFileBytes()).isEqualTo(10L * 1024 * 1024);
        assertThat(config.demoEnabled()).isTrue();
    }

    @Test
    void backendsAreEmbeddedByDefaultAndAClusterFileNamesItsServers() throws IOException {
        assertThat(StorylineConfig.load(null, Map.of(), "/home/u").backends())
                .isEqualTo(StorylineConfig.Backends.EMBEDDED);
        Path cluster = Files.writeString(dir.resolve("cluster.properties"), """
                store.kind=postgresql
                store.url=jdbc:postgresql://127.0.0.1:5432/storyline
                store.user=storyline
                index.kind=OpenSearch
                index.url=http://127.0.0.1:9200
                queue.kind=kafka
                queue.bootstrap=127.0.0.1:9092
                """);
        StorylineConfig.Backends backends = StorylineConfig.load(cluster, Map.of(), "/home/u").backends();
        assertThat(backends.store()).isEqualTo("postgresql");
        assertThat(backends.index()).isEqualTo("opensearch");
        assertThat(backends.sharedQueue()).isTrue();
        assertThat(backends.queueTopic()).isEqualTo("storyline-documents");
    }

    @Test
    void aBackendWithoutItsAddressOrOfAnUnknownKindIsNamedInTheError() throws IOException {
        Path noUrl = Files.writeString(dir.resolve("a.properties"), "store.kind=postgresql\n");
        assertThatThrownBy(() -> StorylineConfig.load(noUrl, Map.of(), "/h"))
                .hasMessage("config: store.url is needed for the chosen backend");
        Path unknown = Files.writeString(dir.resolve("b.properties"), "queue.kind=rabbit\n");
        assertThatThrownBy(() -> StorylineConfig.load(unknown, Map.of(), "/h"))
                .hasMessage("config: queue.kind must be one of memory, kafka, not 'rabbit'");
    }

    @Test
    void theDataDirectoryDefaultsToAPerUserLocation() {
        Path expected = System.getProperty("os.name").toLowerCase().contains("mac")
                ? Path.of("/home/u/Library/Application Support/Storyline") : Path.of("/home/u/.local/share/storyline");
        assertThat(StorylineConfig.load(null, Map.of(), "/home/u").dataDir()).isEqualTo(expected);
    }

    @Test
    void aFileOverridesDefaultsAndTheEnvironmentOverridesTheFile() throws IOException {
        Path file = Files.writeString(dir.resolve("s.properties"), "server.port=9000\ndemo.enabled=false\n");
        StorylineConfig fromFile = StorylineConfig.load(file, Map.of(), "/home/u");
        assertThat(fromFile.port()).isEqualTo(9000);
        assertThat(fromFile.demoEnabled()).isFalse();
        StorylineConfig fromEnv = StorylineConfig.load(file, Map.of("STORYLINE_SERVER_PORT", "9100",
                "STORYLINE_DATA_DIR", dir.toString(), "STORYLINE_INGEST_MAX_FILE_BYTES", "1000"), "/home/u");
        assertThat(fromEnv.port()).isEqualTo(9100);
        assertThat(fromEnv.dataDir()).isEqualTo(dir);
        assertThat(fromEnv.maxFileBytes()).isEqualTo(1000);
    }

    @Test
    void aSettingsFileInTheDataDirectoryIsRead() throws IOException {
        Files.writeString(dir.resolve("storyline.properties"), "server.port=7000\n");
        assertThat(StorylineConfig.load(null, Map.of("STORYLINE_DATA_DIR", dir.toString()), "/h").port()).isEqualTo(7000);
    }

    @Test
    void badValuesAndUnknownKeysAreNamed() throws IOException {
        Path typo = Files.writeString(dir.resolve("typo.properties"), "server.prot=9000\n");
        assertThatThrownBy(() -> StorylineConfig.load(typo, Map.of(), "/h"))
                .hasMessageContaining("unknown setting 'server.prot'");
        assertThatThrownBy(() -> StorylineConfig.load(null, Map.of("STORYLINE_SERVER_PORT", "eighty"), "/h"))
                .hasMessageContaining("server.port must be a whole number, not 'eighty'");
    }
}
