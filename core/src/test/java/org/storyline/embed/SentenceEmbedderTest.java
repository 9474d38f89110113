package org.storyline.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The embedder gives unit vectors that place paraphrases together, the same from any thread, every time. */
class SentenceEmbedderTest {

    private static final SentenceEmbedder EMBEDDER = new SentenceEmbedder();

    @Test
    void paraphrasesAreCloserThanUnrelatedNewsAndVectorsAreUnitLength() {
        float[] raid = EMBEDDER.embed("Police raid Sputnik office in Baku", "Masked officers detained two editors.");
        float[] again = EMBEDDER.embed("Sputnik's Baku bureau searched by police", "Officers took away two journalists.");
        float[] floods = EMBEDDER.embed("Floods hit southern Germany", "Rivers burst their banks after days of rain.");
        assertThat(raid).hasSize(384);
        assertThat(dot(raid, raid)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(dot(raid, again)).isGreaterThan(dot(raid, floods) + 0.2);
    }

    @Test
    void concurrentCallsGiveTheVectorsOfCallsInTurn() throws Exception {
        List<String> titles = List.of("Quake strikes Aceh", "Election results delayed", "Bridge collapses in Genoa",
                "Central bank raises rates", "Wildfire forces evacuations");
        List<float[]> inTurn = titles.stream().map(t -> EMBEDDER.embed(t, "Officials said more details would follow."))
                .toList();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 4; round++) {
                List<Future<float[]>> parallel = titles.stream()
                        .map(t -> pool.submit(() -> EMBEDDER.embed(t, "Officials said more details would follow.")))
                        .toList();
                for (int i = 0; i < titles.size(); i++) {
                    assertThat(parallel.get(i).get()).containsExactly(inTurn.get(i));
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    private static double dot(float[] a, float[] b) {
        double d = 0;
        for (int i = 0; i < a.length; i++) {
            d += a[i] * b[i];
        }
        return d;
    }
}
