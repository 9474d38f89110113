package org.storyline.app;

import java.util.ArrayList;
import java.util.List;
import org.storyline.pipeline.DocumentOutcome;
import org.storyline.store.Store;

/** What a batch of documents did, counted as it goes. */
final class IngestSummary {

    private int files;
    private int added;
    private int updated;
    private int duplicates;
    private int unchanged;
    private final List<DocumentOutcome> problems = new ArrayList<>();

    void add(DocumentOutcome outcome) {
        files++;
        added += outcome.added();
        updated += outcome.updated();
        duplicates += outcome.duplicates();
        if (outcome.status() == DocumentOutcome.Status.UNCHANGED) {
            unchanged++;
        }
        if (outcome.isProblem()) {
            problems.add(outcome);
        }
    }

    int errors() {
        return problems.size();
    }

    int added() {
        return added;
    }

    List<DocumentOutcome> problems() {
        return List.copyOf(problems);
    }

    /** The one line printed at the end of an ingest. */
    String line(Store.Counts store) {
        return ("%d files: %d new articles (%d duplicates), %d updated, %d files unchanged, %d errors"
                + " | store: %d articles, %d duplicates, %d stories")
                .formatted(files, added, duplicates, updated, unchanged, problems.size(),
                        store.articles(), store.duplicates(), store.stories());
    }
}
