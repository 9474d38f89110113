package org.storyline.enrich.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.enrich.timeline.SeedCorpus;
import org.storyline.enrich.timeline.SentenceSplitter;

class AccountExtractorTest {

    private static final String NATURAL = "natural causes (heart failure, illness)";
    private static final String VIOLENCE = "violence (torture, beatings, injuries)";
    private static final String STRUCK = "struck from outside (missile, air defence, drone, electronic warfare)";

    private final AccountExtractor extractor = new AccountExtractor(new SentenceSplitter());

    private List<String> accounts(String text) {
        return extractor.extract("t", text).stream()
                .map(a -> a.topic() + " | " + a.cause() + " | " + a.source() + " | " + a.side()).toList();
    }

    @Test
    void contrastingClausesGiveTwoAccountsWithTheirOwnSources() {
        assertThat(accounts("While Russian authorities stated one brother died of heart failure, Azerbaijan's"
                + " prosecutors said he had been tortured.")).containsExactly(
                "CAUSE_OF_DEATH | " + NATURAL + " | Russian authorities | Russia",
                "CAUSE_OF_DEATH | " + VIOLENCE + " | Azerbaijan's prosecutors | Azerbaijan");
        assertThat(accounts("Autopsies revealed blunt-force trauma and broken ribs, contradicting Russian claims that"
                + " the men died of heart failure.")).containsExactly(
                "CAUSE_OF_DEATH | " + VIOLENCE + " | autopsies | null",
                "CAUSE_OF_DEATH | " + NATURAL + " | Russian claims | Russia");
    }

    @Test
    void aParticipleCreditsWhoMadeTheFinding() {
        assertThat(accounts("Azerbaijan conducted independent autopsies revealing signs of severe violence on the"
                + " bodies of the two men who died.")).containsExactly(
                "CAUSE_OF_DEATH | " + VIOLENCE + " | independent autopsies by Azerbaijan | Azerbaijan");
    }

    @Test
    void aTrailingAttributionCoversTheWholeSentence() {
        assertThat(accounts("One of the brothers died of heart failure, while the cause of death of the other one was"
                + " being determined, Russian investigators said on Monday."))
                .containsExactly("CAUSE_OF_DEATH | " + NATURAL + " | Russian investigators | Russia");
        assertThat(accounts("The journalist died of a heart attack, according to the Georgian interior ministry."))
                .containsExactly("CAUSE_OF_DEATH | " + NATURAL + " | the Georgian interior ministry | Georgia");
        assertThat(accounts("The two detainees were beaten to death, said Peskov."))
                .containsExactly("CAUSE_OF_DEATH | " + VIOLENCE + " | Peskov | null");
    }

    @Test
    void pronounsTakeTheLastNamedSource() {
        assertThat(accounts("On Tuesday, the Prosecutor General's Office of Azerbaijan said it would investigate. It"
                + " attributed the deaths to 'post-traumatic shock caused by multiple injuries.'"))
                .containsExactly("CAUSE_OF_DEATH | " + VIOLENCE + " | the Prosecutor General's Office of Azerbaijan"
                        + " | Azerbaijan");
    }

    @Test
    void crashCausesAndBlameAreAccountsToo() {
        assertThat(accounts("Russian aviation officials said the plane crashed after a bird strike, while Azerbaijan"
                + " said the jet was hit by a Russian air defence missile and blamed Moscow.")).containsExactly(
                "CAUSE_OF_CRASH | bird strike | Russian aviation officials | Russia",
                "CAUSE_OF_CRASH | " + STRUCK + " | Azerbaijan | Azerbaijan",
                "RESPONSIBILITY | Russia | Azerbaijan | Azerbaijan");
        assertThat(accounts("The airliner went down near Aktau. Aliyev said it was attacked over Russia."))
                .containsExactly("CAUSE_OF_CRASH | " + STRUCK + " | Aliyev | null");
    }

    @Test
    void unattributedNegatedAndChargedCausesAreNotAccounts() {
        assertThat(accounts("Two men died of heart failure in the cell.")).isEmpty();
        assertThat(accounts("Investigators said they had ruled out heart failure as the cause of death.")).isEmpty();
        assertThat(accounts("Investigators said the men died and they had charged six others with murder.")).isEmpty();
        assertThat(accounts("Officials said the heart of the city was damaged.")).isEmpty();
        assertThat(accounts("The minister said torture is illegal.")).isEmpty();
    }

    @Test
    void reportedlyIsAnUnnamedSource() {
        assertThat(accounts("Two elderly suspects died during the raid, reportedly from heart failure."))
                .containsExactly("CAUSE_OF_DEATH | " + NATURAL + " | unnamed reports | null");
    }

    @Test
    void unnamedReportsAloneMakeNoDispute() {
        List<Account> rumours = new ArrayList<>(extractor.extract("a", "The man died, reportedly of a heart attack."));
        rumours.addAll(extractor.extract("b", "The man died in custody, allegedly after beatings."));
        assertThat(new AccountComparer().compare(rumours)).singleElement()
                .satisfies(d -> assertThat(d.versions()).hasSize(2));
        assertThat(new AccountComparer().disputes(rumours)).isEmpty();
        rumours.addAll(extractor.extract("c", "Prosecutors said the man died of torture."));
        assertThat(new AccountComparer().disputes(rumours)).hasSize(1);
    }

    @Test
    void seedStorySetsRussianAndAzerbaijaniAccountsOfTheDeathsSideBySide() {
        List<Account> all = new ArrayList<>();
        for (SeedCorpus.Item i : SeedCorpus.read().rift()) {
            if (!i.id().endsWith("-copy")) {
                all.addAll(extractor.extract(i.id(), i.text()));
            }
        }
        List<AccountDispute> disputes = new AccountComparer().disputes(all);
        assertThat(disputes).extracting(AccountDispute::topic).containsExactly(Topic.CAUSE_OF_DEATH);
        AccountDispute deaths = disputes.get(0);
        assertThat(deaths.versions()).extracting(AccountVersion::cause).containsExactly(NATURAL, VIOLENCE);
        AccountVersion natural = deaths.versions().get(0);
        AccountVersion violence = deaths.versions().get(1);
        assertThat(natural.sides()).containsExactly("Russia");
        assertThat(violence.sides()).containsExactly("Azerbaijan");
        assertThat(natural.sources()).contains("Russia's Investigative Committee", "Russian investigators",
                "Russian authorities", "Russian pro-government media", "Russian claims");
        assertThat(violence.sources()).contains("the Prosecutor General's Office of Azerbaijan",
                "the state prosecutor's office of Azerbaijan", "Azerbaijani officials");
        assertThat(violence.articleIds()).contains("seed001-ap", "seed002-main", "seed003-main", "seed004-main");
        // the crash and the blame are told one way only: no dispute, but accounts
        assertThat(new AccountComparer().compare(all)).extracting(AccountDispute::topic)
                .containsExactly(Topic.CAUSE_OF_DEATH, Topic.CAUSE_OF_CRASH, Topic.RESPONSIBILITY);
    }
}
