package org.storyline.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordsTest {

    private final Passwords owasp = Passwords.owasp();

    @Test
    void hashesWithArgon2idAndTheOwaspParametersAndASaltOfItsOwn() {
        String stored = owasp.hash("correct horse battery".toCharArray());
        assertThat(stored).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain("correct");
        assertThat(owasp.hash("correct horse battery".toCharArray())).isNotEqualTo(stored);
        assertThat(owasp.verify("correct horse battery".toCharArray(), stored)).isTrue();
        assertThat(owasp.verify("correct horse batterY".toCharArray(), stored)).isFalse();
        assertThat(owasp.verify("".toCharArray(), stored)).isFalse();
        assertThat(owasp.outdated(stored)).isFalse();
    }

    @Test
    void aHashMadeWithOtherParametersStillVerifiesAndIsOutdated() {
        String weak = new Passwords(64, 1, 1).hash("пароль с юникодом".toCharArray());
        assertThat(weak).startsWith("$argon2id$v=19$m=64,t=1,p=1$");
        assertThat(owasp.verify("пароль с юникодом".toCharArray(), weak)).isTrue();
        assertThat(owasp.outdated(weak)).isTrue();
    }

    @Test
    void storedValuesThatAreNotArgon2idNeverMatch() {
        for (String stored : new String[] {null, "", "password", "$argon2i$v=19$m=64,t=1,p=1$c2FsdHNhbHQ$aGFzaA",
                "$argon2id$v=19$m=9999999,t=1,p=1$c2FsdHNhbHQ$aGFzaA", "$argon2id$v=19$m=1,t=1,p=1$c2FsdHNhbHQ$aGFzaA"}) {
            assertThat(owasp.verify("password".toCharArray(), stored)).as(stored).isFalse();
        }
    }

    @Test
    void shortAndOverlongPasswordsAreRefusedWithAReason() {
        assertThat(Passwords.problem("short".toCharArray())).contains("at least 10");
        assertThat(Passwords.problem("a".repeat(257).toCharArray())).contains("at most 256");
        assertThat(Passwords.problem("long enough password".toCharArray())).isNull();
    }
}
