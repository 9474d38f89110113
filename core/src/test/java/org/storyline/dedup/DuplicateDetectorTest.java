package org.storyline.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.cluster.SeedArticles;

class DuplicateDetectorTest {

    private static final SeedArticles SEEDS = SeedArticles.read("/cluster/seed-articles.jsonl");

    private static String text(String id) {
        return SEEDS.byId(id).input().text();
    }

    @Test
    void apCopyWithInsertedSubheadingsAndLastParagraphCutMatches() {
        DuplicateDetector copies = new DuplicateDetector();
        copies.add("ap", text("seed001-ap"));
        copies.add("consular", text("seed001-rt-consular"));

        assertThat(copies.findCopyOf(text("seed001-wfp-ap-copy"))).contains("ap");
    }

    @Test
    void copyWithLeadParagraphAddedMatchesEitherWay() {
        DuplicateDetector copies = new DuplicateDetector();
        copies.add("short", text("seed000-main"));
        assertThat(copies.findCopyOf(text("seed000-related-rt-copy"))).contains("short");

        DuplicateDetector reversed = new DuplicateDetector();
        reversed.add("long", text("seed000-related-rt-copy"));
        assertThat(reversed.findCopyOf(text("seed000-main"))).contains("long");
    }

    @Test
    void trimmedToAThirdStillMatches() {
        String full = text("seed001-dw");
        String[] sentences = full.split("(?<=\\.) ");
        String trimmed = String.join(" ", Arrays.copyOfRange(sentences, 0, sentences.length / 3));
        DuplicateDetector copies = new DuplicateDetector();
        copies.add("dw", full);

        assertThat(copies.findCopyOf("Russia and Azerbaijan: a new headline\n\n" + trimmed)).contains("dw");
        assertThat(DuplicateDetector.containment(full, trimmed)).isGreaterThan(0.9);
    }

    @Test
    void differentStoriesFromTheSameOutletAreNotCopies() {
        DuplicateDetector copies = new DuplicateDetector();
        copies.add("rt-release", text("seed000-main"));
        copies.add("rt-brics", text("seed000-related-brics"));

        assertThat(copies.findCopyOf(text("seed001-rt-consular"))).isEmpty();
        assertThat(copies.findCopyOf(text("seed000-related-jitters"))).isEmpty();
    }

    @Test
    void sharedBoilerplateDoesNotMakeACopy() {
        String footer = " The views expressed in this article are the author's own and do not necessarily reflect"
                + " the editorial stance of this outlet. Sign up for our newsletter to get the latest news and"
                + " analysis from the region delivered to your inbox every morning, and follow us on social media.";
        DuplicateDetector copies = new DuplicateDetector();
        copies.add("brics", text("seed000-related-brics") + footer);

        assertThat(copies.findCopyOf(text("seed004-main") + footer)).isEmpty();
    }

    @Test
    void sameStoryDifferentArticlesAreNotCopies() {
        DuplicateDetector copies = new DuplicateDetector();
        copies.add("hill", text("seed004-related-hill"));

        assertThat(copies.findCopyOf(text("seed004-related-newsweek"))).isEmpty();
    }

    @Test
    void addingAnIdAgainReplacesItsText() {
        DuplicateDetector copies = new DuplicateDetector();
        copies.add("a", text("seed001-dw"));
        copies.add("a", text("seed000-related-brics"));

        assertThat(copies.findCopyOf(text("seed001-dw"))).isEmpty();
        assertThat(copies.findCopyOf(text("seed000-related-brics"))).contains("a");
        assertThat(copies.size()).isEqualTo(1);
    }

    @Test
    void findsTheCopyAmongManyStoredArticles() {
        DuplicateDetector copies = new DuplicateDetector();
        List<String> ids = new ArrayList<>();
        for (SeedArticles.Labelled seed : SEEDS.articles()) {
            if (!seed.input().articleId().equals("seed001-ap")) {
                copies.add(seed.input().articleId(), seed.input().text());
                ids.add(seed.input().articleId());
            }
        }
        assertThat(copies.findCopyOf(text("seed001-ap"))).contains("seed001-wfp-ap-copy");
        assertThat(copies.findCopyOf(text("seed001-aljazeera"))).contains("seed001-aljazeera");
    }

    @Test
    void tooShortTextsAreNeverCopies() {
        DuplicateDetector copies = new DuplicateDetector();
        copies.add("a", "Putin and Trump talk");
        assertThat(copies.findCopyOf("Putin and Trump talk")).isEmpty();
    }
}
