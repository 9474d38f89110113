package org.storyline.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UserNameTest {

    @Test
    void namesAreNormalisedAndComparedWithoutCase() {
        UserName name = UserName.parse("  Анна   К. ");
        assertThat(name.name()).isEqualTo("Анна К.");
        assertThat(name.key()).isEqualTo(UserName.keyOf("АННА к."));
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

    @Test
    void lookAlikeNamesAreRefusedOrTheSameName() {
        // Issue 17, item 14: "Аnna" with a Cyrillic А passed for "Anna".
        assertThat(UserName.parse("\u0410nna").problem()).contains("mix alphabets");
        assertThat(UserName.parse("Анна K.").problem()).as("Cyrillic with a Latin K").contains("mix alphabets");
        assertThat(UserName.parse("\u0410\u0430").key()).as("all Cyrillic, drawn as Aa").isEqualTo(UserName.parse("Aa").key());
        assertThat(UserName.keyOf("\u0410nna")).isEqualTo(UserName.parse("Anna").key());
        assertThat(UserName.parse("Αnna").valid()).as("Greek Alpha").isFalse();
        assertThat(UserName.parse("Zoë 2nd").valid()).isTrue();
        assertThat(UserName.parse("王小明").valid()).isTrue();
    }
}
