package org.storyline.source;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Random;
import org.storyline.model.RawDocument;
import org.storyline.text.StableHash;

/**
 * Page dumps made up for tests of other modules' backends (the queue, the store): one article each, on words of
 * its own so no two are copies. In core's test jar.
 */
public final class MadeUpDocuments {

    private static final String[] WORDS = ("harbour council budget river bridge school vote storm festival court "
            + "railway museum hospital election farmers drought mayor strike museum airport tunnel orchestra "
            + "factory glacier vaccine library stadium ferry pipeline canal minister treaty border wildfire "
            + "earthquake parliament union harvest theatre satellite reactor archive lawsuit referendum").split(" ");

    private MadeUpDocuments() {
    }

    /** Document {@code i}: a headline and a few sentences, the same every time it is asked for. */
    public static ReadResult document(int i) {
        Random random = new Random(i);
        StringBuilder text = new StringBuilder("\nReport ").append(i).append(": ").append(word(random)).append(' ')
                .append(word(random)).append(" in district ").append(i).append('\n');
        for (int s = 0; s < 6; s++) {
            text.append("In district ").append(i).append(" the ");
            for (int w = 0; w < 12; w++) {
                text.append(word(random)).append(' ');
            }
            text.append("were discussed on day ").append(s + 1).append(" by resident ").append(i * 7 + s)
                    .append(".\n");
        }
        String content = text.toString();
        return new ReadResult.Read(new RawDocument("doc-" + i + ".txt", RawDocument.Format.TEXT_DUMP, content,
                Instant.parse("2025-07-04T12:00:00Z"), false),
                StableHash.sha256Hex(content.getBytes(StandardCharsets.UTF_8)));
    }

    private static String word(Random random) {
        return WORDS[random.nextInt(WORDS.length)];
    }
}
