package org.storyline.app;

import java.time.Duration;
import java.time.Instant;
import org.storyline.pipeline.PollOutcome;

/**
 * The background poller inside {@code serve}: one virtual thread that polls the due sources, then sleeps
 * until the next one is due (at most a minute, so sources added from another process are noticed).
 */
final class Poller {

    private static final Duration LONGEST_SLEEP = Duration.ofMinutes(1);

    private final Components components;
    private final Thread thread;
    private volatile boolean running = true;

    private Poller(Components components) {
        this.components = components;
        this.thread = Thread.ofVirtual().name("storyline-poller").unstarted(this::loop);
    }

    static Poller start(Components components) {
        Poller poller = new Poller(components);
        poller.thread.start();
        return poller;
    }

    void stop() {
        running = false;
        thread.interrupt();
    }

    private void loop() {
        while (running) {
            try {
                for (PollOutcome outcome : components.poller().pollDue()) {
                    System.out.println((outcome.failed() ? "poll error: " : "polled: ") + outcome);
                }
                components.pipeline().catchUp(); // articles another process (a CLI ingest) stored meanwhile
                components.pipeline().flush();
                Instant next = components.store().sources().nextDue().orElse(Instant.now().plus(LONGEST_SLEEP));
                Duration wait = Duration.between(Instant.now(), next);
                Thread.sleep(wait.isNegative() ? Duration.ofSeconds(1) : wait.compareTo(LONGEST_SLEEP) > 0 ? LONGEST_SLEEP : wait);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // A bug or a broken store must not kill polling for good: say so and try again later.
                System.err.println("storyline: polling failed, retrying in a minute: " + e);
                try {
                    Thread.sleep(LONGEST_SLEEP);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }
    }
}
