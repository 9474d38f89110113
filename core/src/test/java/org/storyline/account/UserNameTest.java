package org.storyline.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UserNameTest {

    @Test
    void namesAreNormalisedAndComparedWithoutCase() {
        UserName name = UserName.parse("  Анна   K. ");
        assertThat(name.name()).isEqualTo("Анна K.");
        assertThat(name.key()).isEqualTo("анна k.");
        assertThat(UserName.parse("ＡＮＮＡ").key()).isEqualTo(UserName.parse("anna").key());
        assertThat(UserName.keyOf(" ANNA ")).isEqualTo("anna");
    }

    @Test
    void markupIsAllowedInNamesBecausePagesEscapeIt() {
        assertThat(UserName.parse("<b>x</b>").valid()).isTrue();
    }

    @Test
    void lengthControlAndInvisibleCharactersAreRefusedWithAReason() {
        assertThat(UserName.parse("a").problem()).contains("2 to 40");
        assertThat(UserName.parse("x".repeat(41)).problem()).contains("2 to 40");
        assertThat(UserName.parse(null).problem()).isNotNull();
        assertThat(UserName.parse("ad\u200Bmin").problem()).contains("invisible");
        assertThat(UserName.parse("ad\u0000min").problem()).contains("control");
        assertThat(UserName.parse("adm\u202Ein").valid()).isFalse();
    }
}
