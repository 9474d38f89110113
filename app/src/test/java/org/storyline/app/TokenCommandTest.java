package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.store.ArticleStore;
import org.storyline.store.SqliteArticleStore;

/** {@code storyline token create|list|revoke}: the printed secret is the one the store verifies. */
class TokenCommandTest {

    @TempDir
    Path dir;

    @Test
    void createdTokensVerifyListAndRevoke() {
        String data = dir.resolve("data").toString();
        var created = Fixtures.cli("token", "create", "feeder", "--data", data);
        assertThat(created.exitCode()).as(created.err()).isZero();
        String secret = created.out().strip();
        assertThat(SqliteArticleStore.open(Path.of(data)).tokens().verify(secret)).isPresent();
        assertThat(Fixtures.cli("token", "create", "feeder", "--data", data).exitCode()).isEqualTo(1);
        assertThat(Fixtures.cli("token", "list", "--data", data).out()).contains("feeder").doesNotContain(secret);
        assertThat(Fixtures.cli("token", "revoke", "feeder", "--data", data).exitCode()).isZero();
        assertThat(SqliteArticleStore.open(Path.of(data)).tokens().verify(secret)).isEmpty();
    }
}
