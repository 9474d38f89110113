package org.storyline.extract.dump;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SubscriptionLineTest {

    @Test
    void anOutletsOwnPromptNamesIt() {
        assertThat(SubscriptionLine.outlet(List.of("Want all of The Times? Subscribe."))).contains("The Times");
        assertThat(SubscriptionLine.outlet(List.of("Subscribe to The Harbour Courier today"))).contains("The Harbour Courier");
        assertThat(SubscriptionLine.outlet(List.of("Support The Valley Ledger's journalism."))).contains("The Valley Ledger");
        assertThat(SubscriptionLine.outlet(List.of("Become a Tribune subscriber"))).contains("Tribune");
        assertThat(SubscriptionLine.outlet(List.of("Get more of Le Petit Journal!"))).contains("Le Petit Journal");
    }

    @Test
    void promptsForAProductACauseOrNoOneNameNoOutlet() {
        assertThat(SubscriptionLine.outlet(List.of(
                "Subscribe to our newsletter", "Subscribe to Our Newsletter", "Support Us", "Support independent journalism",
                "Support Independent Journalism", "Subscribe to The Morning Briefing", "Download the App",
                "Want more of this? Subscribe.", "Subscribe now"))).isEmpty();
    }

    @Test
    void aSentenceOfTheArticleIsNoPrompt() {
        assertThat(SubscriptionLine.outlet(List.of(
                "Want all of The Times to know, the mayor said, that the city will not back down on its plan."))).isEmpty();
        assertThat(SubscriptionLine.outlet(List.of("The council voted to support Mayor Ortiz on Tuesday."))).isEmpty();
    }

    @Test
    void theFirstPromptWins() {
        assertThat(SubscriptionLine.outlet(List.of("Subscribe to our newsletter", "Subscribe to The Daily Lantern.",
                "Support The Other Paper"))).contains("The Daily Lantern");
    }
}
