package org.storyline.queue.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.storyline.model.RawDocument;
import org.storyline.source.ReadResult;
import org.storyline.source.SourceFailure;

/**
 * A queued input as a Kafka record: the key is the input's content identity (its content hash, or the origin of a
 * read that failed), the value a small JSON object. Keying by content means every copy of one document lands in one
 * partition and so with one worker at a time, which is what lets the store's "already ingested" check see it.
 *
 * <p>A value that does not decode (written by something else, or cut short) is not thrown: it becomes a
 * {@link ReadResult.Failed} naming the record's place, so the pipeline records it and the queue moves on.
 */
final class RecordCodec {

    /** The value format this code writes and reads; a record of another version is undecodable. */
    static final int VERSION = 1;

    private final ObjectMapper json = new ObjectMapper();

    /** The record key: what identifies the input's content. */
    static String key(ReadResult input) {
        return switch (input) {
            case ReadResult.Read r -> r.contentHash();
            case ReadResult.Failed f -> "failed:" + f.failure().origin();
        };
    }

    byte[] encode(ReadResult input) {
        ObjectNode node = json.createObjectNode().put("v", VERSION);
        switch (input) {
            case ReadResult.Read r -> {
                RawDocument d = r.document();
                node.putObject("read").put("origin", d.origin()).put("format", d.format().name())
                        .put("content", d.content()).put("capturedAt", d.capturedAt().toString())
                        .put("approx", d.capturedAtApprox()).put("hash", r.contentHash());
            }
            case ReadResult.Failed f -> node.putObject("failed").put("origin", f.failure().origin())
                    .put("reason", f.failure().reason());
        }
        try {
            return json.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new IllegalStateException("queue: kafka: cannot encode " + key(input), e);
        }
    }

    /** The input a record holds; {@code place} names the record in the failure when it does not decode. */
    ReadResult decode(byte[] value, String place) {
        try {
            JsonNode node = json.readTree(value == null ? new byte[0] : value);
            if (node == null || node.path("v").asInt() != VERSION) {
                return undecodable(place, "not a version " + VERSION + " queue record");
            }
            if (node.has("failed")) {
                JsonNode f = node.get("failed");
                return new ReadResult.Failed(new SourceFailure(text(f, "origin"), text(f, "reason")));
            }
            JsonNode r = node.path("read");
            RawDocument document = new RawDocument(text(r, "origin"), RawDocument.Format.valueOf(text(r, "format")),
                    text(r, "content"), Instant.parse(text(r, "capturedAt")), r.path("approx").asBoolean());
            return new ReadResult.Read(document, text(r, "hash"));
        } catch (IOException | IllegalArgumentException | DateTimeParseException e) {
            return undecodable(place, e.getMessage() == null ? e.getClass().getSimpleName() : firstLine(e));
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("field \"" + field + "\" missing or not text");
        }
        return value.asText();
    }

    private static ReadResult undecodable(String place, String why) {
        return new ReadResult.Failed(new SourceFailure(place, "undecodable queue record: " + why));
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage();
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
