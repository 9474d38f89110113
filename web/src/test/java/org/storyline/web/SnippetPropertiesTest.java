package org.storyline.web;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * {@link Show#snippet} reads only the start of a body; it must give what flattening the whole body and cutting it
 * gave, for any text: the reference below is the earlier, whole-body form.
 */
class SnippetPropertiesTest {

    private static String reference(String text, int maxChars) {
        String flat = text.replaceAll("\\s+", " ").trim();
        if (flat.length() <= maxChars) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', maxChars);
        return flat.substring(0, cut > maxChars / 2 ? cut : maxChars) + " …";
    }

    @Property(tries = 3000)
    void sameAsFlatteningTheWholeBody(@ForAll @StringLength(max = 400) @CharRange(from = 0, to = 'z') String text,
                                      @ForAll @IntRange(min = 1, max = 120) int maxChars) {
        assertThat(Show.snippet(text, maxChars)).isEqualTo(reference(text, maxChars));
    }

    @Property(tries = 1000)
    void sameOnWordsAndWhitespaceRuns(@ForAll @StringLength(max = 600) @CharRange(from = ' ', to = '#') String raw,
                                      @ForAll @IntRange(min = 1, max = 200) int maxChars) {
        String text = raw.replace('!', '\n').replace('"', '\t').replace('#', '\r');
        assertThat(Show.snippet(text, maxChars)).isEqualTo(reference(text, maxChars));
    }

    @Test
    void cutsAtAWordBoundary() {
        assertThat(Show.snippet("  Seven people\n\nwere detained in Baku on Monday.  ", 24))
                .isEqualTo("Seven people were …");
        assertThat(Show.snippet("Short.", 24)).isEqualTo("Short.");
    }
}
