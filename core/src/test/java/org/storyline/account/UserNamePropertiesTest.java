package org.storyline.account;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Names: normalising is idempotent, and the key a sign-in computes matches the key sign-up stored. */
class UserNamePropertiesTest {

    @Property
    void aValidNameParsesToItselfAndSignInFindsItWhateverTheCase(@ForAll String typed) {
        UserName name = UserName.parse(typed);
        if (!name.valid()) {
            return;
        }
        assertThat(UserName.parse(name.name())).isEqualTo(name);
        assertThat(UserName.keyOf(typed)).isEqualTo(name.key());
        assertThat(UserName.keyOf(name.name().toUpperCase(java.util.Locale.ROOT)))
                .isEqualTo(UserName.parse(name.name().toUpperCase(java.util.Locale.ROOT)).key());
    }
}
