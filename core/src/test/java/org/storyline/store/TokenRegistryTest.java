package org.storyline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenRegistryTest {

    @TempDir
    Path dir;

    @Test
    void aTokenIsKeptOnlyAsItsHashAndVerifiesUntilRevoked() throws Exception {
        ArticleStore store = SqliteArticleStore.open(dir);
        TokenRegistry tokens = store.tokens();
        var created = tokens.create("script").orElseThrow();
        assertThat(created.secret()).startsWith("sl_").hasSize(46);
        assertThat(tokens.create("script")).isEmpty();
        assertThat(tokens.create("  ")).isEmpty();
        assertThat(tokens.verify(created.secret())).hasValueSatisfying(t -> assertThat(t.name()).isEqualTo("script"));
        assertThat(tokens.verify(created.secret() + "x")).isEmpty();
        assertThat(tokens.verify(null)).isEmpty();
        assertThat(tokens.all()).singleElement().satisfies(t -> assertThat(t.lastUsedAt()).isNotNull());
        byte[] database = java.nio.file.Files.readAllBytes(dir.resolve(SqliteArticleStore.DATABASE_FILE));
        assertThat(new String(database, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(created.secret());
        assertThat(tokens.revoke("script")).isTrue();
        assertThat(tokens.verify(created.secret())).isEmpty();
        assertThat(tokens.revoke("script")).isFalse();
    }
}
