package org.storyline.queue.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.storyline.model.RawDocument;
import org.storyline.source.ReadResult;
import org.storyline.source.SourceFailure;

class RecordCodecTest {

    private final RecordCodec codec = new RecordCodec();

    @Property
    void aDocumentComesBackAsItWasPublished(@ForAll String origin, @ForAll String content, @ForAll boolean approx,
            @ForAll RawDocument.Format format) {
        ReadResult in = new ReadResult.Read(new RawDocument(origin, format, content,
                Instant.parse("2025-07-04T12:00:00.123Z"), approx), "hash");
        assertThat(codec.decode(codec.encode(in), "here")).isEqualTo(in);
    }

    @Test
    void aFailedReadComesBackAndIsKeyedByItsOrigin() {
        ReadResult in = new ReadResult.Failed(new SourceFailure("bad.txt", "not UTF-8"));
        assertThat(codec.decode(codec.encode(in), "here")).isEqualTo(in);
        assertThat(RecordCodec.key(in)).isEqualTo("failed:bad.txt");
    }

    @Test
    void aDocumentIsKeyedByItsContentHash() {
        ReadResult in = new ReadResult.Read(new RawDocument("a.txt", RawDocument.Format.TEXT_DUMP, "x",
                Instant.EPOCH, false), "abc123");
        assertThat(RecordCodec.key(in)).isEqualTo("abc123");
    }

    @Test
    void aRecordThatDoesNotDecodeIsAFailureNamingItsPlaceNotAnException() {
        for (String garbage : new String[] {"", "not json", "{\"v\":2,\"read\":{}}", "{\"v\":1,\"read\":{}}",
                "{\"v\":1,\"read\":{\"origin\":\"a\",\"format\":\"PDF\",\"content\":\"x\",\"capturedAt\":\"2025"
                        + "-01-01T00:00:00Z\",\"hash\":\"h\"}}",
                "{\"v\":1,\"read\":{\"origin\":\"a\",\"format\":\"HTML\",\"content\":\"x\",\"capturedAt\":\"soon\","
                        + "\"hash\":\"h\"}}", "[1,2]", "{\"v\":1,\"failed\":{\"origin\":3}}"}) {
            ReadResult out = codec.decode(garbage.getBytes(StandardCharsets.UTF_8), "kafka:docs/0@7");
            assertThat(out).as(garbage).isInstanceOfSatisfying(ReadResult.Failed.class, f -> {
                assertThat(f.failure().origin()).isEqualTo("kafka:docs/0@7");
                assertThat(f.failure().reason()).startsWith("undecodable queue record: ");
            });
        }
        assertThat(codec.decode(null, "kafka:docs/0@8")).isInstanceOf(ReadResult.Failed.class);
    }
}
