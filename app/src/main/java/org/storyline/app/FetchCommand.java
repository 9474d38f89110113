package org.storyline.app;

import java.util.List;
import java.util.concurrent.Callable;
import org.storyline.pipeline.PollOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code storyline fetch}: poll the followed sources once. */
@Command(name = "fetch", mixinStandardHelpOptions = true, description = "Poll followed sources once: those due, or all.")
final class FetchCommand implements Callable<Integer> {

    @Mixin
    private CommonOptions common;

    @Option(names = "--all", description = "Poll every source now, due or not.")
    private boolean all;

    @Override
    public Integer call() {
        try (Components c = Components.open(common.config())) {
            return poll(c);
        }
    }

    private int poll(Components c) {
        List<PollOutcome> outcomes = all ? c.store().sources().all().stream().map(c.poller()::poll).toList()
                : c.poller().pollDue();
        int added = 0;
        int failed = 0;
        for (PollOutcome o : outcomes) {
            System.out.println((o.failed() ? "error  " : "ok     ") + o);
            added += o.added();
            failed += o.failed() ? 1 : 0;
        }
        var counts = c.store().counts();
        System.out.printf("%d sources polled: %d new articles, %d errors | store: %d articles, %d stories%s%n",
                outcomes.size(), added, failed, counts.articles(), counts.stories(),
                outcomes.isEmpty() ? " (nothing was due; --all polls every source now)" : "");
        c.store().sources().nextDue().ifPresent(t -> System.out.println("next source due at " + t));
        return failed == 0 ? 0 : 1;
    }
}
