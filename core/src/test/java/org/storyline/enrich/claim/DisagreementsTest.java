package org.storyline.enrich.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.enrich.timeline.SeedCorpus;
import org.storyline.enrich.timeline.SentenceSplitter;

class DisagreementsTest {

    private final ClaimExtractor extractor = new ClaimExtractor(new SentenceSplitter());

    private List<ClaimGroup> disputes(String... articles) {
        List<NumericClaim> all = new ArrayList<>();
        for (int i = 0; i < articles.length; i++) {
            all.addAll(extractor.extract("a" + i, articles[i]));
        }
        return new Disagreements().find(all);
    }

    @Test
    void differentCountsOfOneRaidAreADispute() {
        List<ClaimGroup> found = disputes("About 50 people were detained in the Yekaterinburg raid.",
                "Police detained nine people in the Yekaterinburg raid on Friday.");
        assertThat(found).singleElement().satisfies(g -> {
            assertThat(g.subject()).isEqualTo(Subject.DETAINED);
            assertThat(g.values()).extracting(ClaimValue::label).containsExactly("about 50", "9");
            assertThat(g.values()).extracting(ClaimValue::articleIds).containsExactly(List.of("a0"), List.of("a1"));
        });
    }

    @Test
    void hedgedCountsThatCanBothBeTrueAreNotADispute() {
        assertThat(disputes("At least ten Russian nationals were detained in the Baku raid.",
                "Azerbaijani police detained 13 Russian nationals in the Baku raid.")).isEmpty();
    }

    @Test
    void countsOfDifferentEventsOrKindsAreNotADispute() {
        // Words are weighed by their rarity among the story's claims: in a story of several claims, "people"
        // and "detained" are common and the place names tell the two detentions apart.
        assertThat(disputes("Nine people were detained in the Yekaterinburg raid.",
                "Seven people were detained after the Sputnik Azerbaijan newsroom search in Baku.",
                "Two people were detained in Moscow at a protest.",
                "Police detained three people at a rally in Tbilisi.")).isEmpty();
        assertThat(disputes("The crash killed 38 people.", "The jet was carrying 67 people when it crashed.")).isEmpty();
    }

    @Test
    void seedStoryDisagreesOnHowManyWereDetainedInYekaterinburg() {
        List<NumericClaim> all = new ArrayList<>();
        for (SeedCorpus.Item i : SeedCorpus.read().rift()) {
            if (!i.id().endsWith("-copy")) {
                all.addAll(extractor.extract(i.id(), i.text()));
            }
        }
        List<ClaimGroup> disputed = new Disagreements().find(all);
        assertThat(disputed).anySatisfy(g -> {
            assertThat(g.subject()).isEqualTo(Subject.DETAINED);
            assertThat(g.values()).extracting(ClaimValue::label).containsExactly("about 50", "9");
            assertThat(g.values().get(0).articleIds()).containsExactly("seed001-aljazeera");
            assertThat(g.values().get(1).articleIds()).contains("seed001-ap", "seed003-main");
        });
        // the death toll of the crash is told alike everywhere
        assertThat(new Disagreements().group(all)).anySatisfy(g -> {
            assertThat(g.subject()).isEqualTo(Subject.KILLED);
            assertThat(g.values()).extracting(ClaimValue::label).containsExactly("38");
            assertThat(g.articleCount()).isGreaterThanOrEqualTo(3);
        });
        assertThat(disputed).noneMatch(g -> g.subject() == Subject.KILLED);
    }
}
