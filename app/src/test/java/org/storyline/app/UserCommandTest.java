package org.storyline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.account.Passwords;
import org.storyline.account.Role;
import org.storyline.store.ArticleStore;
import org.storyline.store.SqliteArticleStore;

/** {@code storyline user add-admin NAME} with the password on standard input, and {@code user set-role}. */
class UserCommandTest {

    @TempDir
    Path dir;

    @Test
    void addAdminReadsThePasswordFromStandardInputAndStoresOnlyItsHash() {
        String data = dir.resolve("data").toString();
        var made = withInput("an admin password\n", () -> Fixtures.cli("user", "add-admin", "Editor", "--data", data));
        assertThat(made.exitCode()).as(made.err()).isZero();
        assertThat(made.out()).contains("Created the admin Editor");
        var stored = SqliteArticleStore.open(Path.of(data)).accounts().credentials("editor").orElseThrow();
        assertThat(stored.user().role()).isEqualTo(Role.ADMIN);
        assertThat(stored.passwordHash()).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain("an admin");
        assertThat(Passwords.owasp().verify("an admin password".toCharArray(), stored.passwordHash())).isTrue();

        var again = withInput("another password\n", () -> Fixtures.cli("user", "add-admin", "EDITOR", "--data", data));
        assertThat(again.out()).contains("Editor is an admin now");
        assertThat(Passwords.owasp().verify("another password".toCharArray(),
                SqliteArticleStore.open(Path.of(data)).accounts().credentials("editor").orElseThrow().passwordHash())).isTrue();
    }

    @Test
    void refusesShortPasswordsAndMissingInputWithAReason() {
        String data = dir.resolve("data").toString();
        var short_ = withInput("short\n", () -> Fixtures.cli("user", "add-admin", "Editor", "--data", data));
        assertThat(short_.exitCode()).isEqualTo(1);
        assertThat(short_.err()).contains("at least 10 characters");
        var none = withInput("", () -> Fixtures.cli("user", "add-admin", "Editor", "--data", data));
        assertThat(none.exitCode()).isEqualTo(1);
        assertThat(none.err()).contains("no password on standard input");
        assertThat(SqliteArticleStore.open(Path.of(data)).accounts().credentials("editor")).isEmpty();
    }

    @Test
    void setRoleMakesModerators() {
        String data = dir.resolve("data").toString();
        withInput("an admin password\n", () -> Fixtures.cli("user", "add-admin", "Mod", "--data", data));
        var run = Fixtures.cli("user", "set-role", "mod", "moderator", "--data", data);
        assertThat(run.out()).contains("Mod is a moderator now");
        assertThat(SqliteArticleStore.open(Path.of(data)).accounts().credentials("mod").orElseThrow().user().role()).isEqualTo(Role.MODERATOR);
        assertThat(Fixtures.cli("user", "set-role", "mod", "king", "--data", data).err()).contains("no role king");
        assertThat(Fixtures.cli("user", "set-role", "nobody", "reader", "--data", data).err()).contains("no account named nobody");
    }

    private static Fixtures.Run withInput(String input, java.util.function.Supplier<Fixtures.Run> run) {
        InputStream old = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            return run.get();
        } finally {
            System.setIn(old);
        }
    }
}
