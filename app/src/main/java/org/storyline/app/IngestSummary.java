package org.storyline.app;

import java.util.ArrayList;
import java.util.List;
import org.storyline.pipeline.DocumentOutcome;
import org.storyline.store.ArticleStore;

/** What a batch of documents did, counted as it goes. */
final class IngestSummary {

    private int files;
    private int added;
    private int updated;
    private int duplicates;
    private int unchanged;
    private int skippedRecords;
    private int published;
    private final List<DocumentOutcome> problems = new ArrayList<>();

    synchronized void add(DocumentOutcome outcome) {
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

    /** Documents put on the shared queue for worker processes (nothing stored by this process). */
    synchronized void published(int documents) {
        published += documents;
    }

    /** An archive record that was not a page (an image, a redirect): not an error, not a file. */
    synchronized void skip() {
        skippedRecords++;
    }

    synchronized int errors() {
        return problems.size();
    }

    synchronized int added() {
        return added;
    }

    synchronized List<DocumentOutcome> problems() {
        return List.copyOf(problems);
    }

    /** The one line printed at the end of an ingest. */
    synchronized String line(ArticleStore.Counts store) {
        if (published > 0) {
            return "%s published to the shared queue for the workers to store; %s | store so far: %s, %s".formatted(
                    count(published, "document"), count(problems.size(), "error"), count(store.articles(), "article"),
                    count(store.stories(), "story"));
        }
        return "%s%s: %s (%s), %d updated, %s unchanged, %s | store: %s, %s, %s".formatted(
                count(files, "file"), skippedRecords == 0 ? "" : " (+%d archive records not pages)".formatted(skippedRecords), count(added, "new article"), count(duplicates, "duplicate"), updated,
                count(unchanged, "file"), count(problems.size(), "error"), count(store.articles(), "article"),
                count(store.duplicates(), "duplicate"), count(store.stories(), "story"));
    }

    private static String count(int n, String noun) {
        String plural = noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
        return n + " " + (n == 1 ? noun : plural);
    }
}
