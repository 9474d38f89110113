package org.storyline.source.feed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the hand-written fixtures in {@code src/test/resources/feeds}. */
final class Fixtures {

    private Fixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/feeds/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
