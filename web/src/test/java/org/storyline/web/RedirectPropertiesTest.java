package org.storyline.web;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

/**
 * Where a form may send the browser afterwards: whatever {@code next} says, a path on this site. Browsers read
 * "//host" and "/\host" as another host, and drop tabs and newlines before deciding, so none of these may pass.
 */
class RedirectPropertiesTest {

    @Property
    void aNextAddressNeverLeavesTheSite(@ForAll @StringLength(max = 60) String next) {
        for (String candidate : new String[] {next, "/" + next, "//" + next, "/\t/" + next}) {
            String path = Renderer.localPath(candidate, "/");
            assertThat(path).startsWith("/").doesNotStartWith("//").doesNotContain("\\");
            assertThat(path.chars()).noneMatch(c -> c < 0x20 || c == 0x7f);
        }
    }
}
