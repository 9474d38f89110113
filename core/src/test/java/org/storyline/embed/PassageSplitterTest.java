package org.storyline.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.enrich.entity.Sentences;
import org.storyline.model.Passage;

/** Passages of whole sentences, in order, of the sizes the splitter promises; and their stored form. */
class PassageSplitterTest {

    private static final Sentences SENTENCES = new Sentences();
    private static final PassageSplitter SPLITTER = new PassageSplitter(SENTENCES);

    @Test
    void passagesAreWholeSentencesInOrderOfTheRightSize() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            text.append("Officials in Baku said on Monday that talks number ").append(i)
                    .append(" with Moscow had ended without an agreement.").append(i % 5 == 4 ? "\n\n" : " ");
        }
        String t = text.toString().strip();
        List<PassageSplitter.Span> spans = SPLITTER.split(t);
        assertThat(spans).hasSizeGreaterThan(3);
        int previousEnd = 0;
        for (PassageSplitter.Span s : spans) {
            assertThat(s.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(t.substring(s.start(), s.end())).startsWith("Officials").endsWith(".");
            int tokens = SENTENCES.split(t.substring(s.start(), s.end())).stream().mapToInt(x -> x.tokens().size()).sum();
            assertThat(tokens).as(t.substring(s.start(), s.end()))
                    .isBetween(PassageSplitter.MIN_TOKENS / 2, PassageSplitter.MAX_TOKENS + PassageSplitter.MIN_TOKENS / 2);
            previousEnd = s.end();
        }
        assertThat(spans.get(0).start()).isZero();
        assertThat(spans.get(spans.size() - 1).end()).isEqualTo(t.length());
    }

    @Test
    void aShortTextIsOnePassageAndAnEmptyOneNone() {
        assertThat(SPLITTER.split("One short sentence. And another.")).containsExactly(new PassageSplitter.Span(0, 32));
        assertThat(SPLITTER.split("  \n ")).isEmpty();
    }

    @Test
    void theStoredFormGivesThePassagesBack() {
        List<Passage> passages = List.of(new Passage(0, 10, new float[] {0.6f, 0.8f}), new Passage(11, 40, new float[] {1, 0}));
        List<Passage> back = PassageEmbedder.fromBytes(PassageEmbedder.toBytes(passages));
        assertThat(back).hasSize(2);
        assertThat(back.get(1).start()).isEqualTo(11);
        assertThat(back.get(1).end()).isEqualTo(40);
        assertThat(back.get(0).vector()).containsExactly(0.6f, 0.8f);
        assertThat(PassageEmbedder.fromBytes(new byte[] {9, 0, 0, 0, 0, 0, 0, 0})).as("another format").isEmpty();
    }
}
