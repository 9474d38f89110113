package org.storyline.enrich.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.storyline.enrich.timeline.SentenceSplitter;

/**
 * Counts a reader takes from prose, on text written for these tests about floods, strikes, fires and crashes:
 * singular and implicit forms, words and figures, hedges, corrections and figures about other events.
 */
class CountsAsReadTest {

    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor(new SentenceSplitter());

    /** "KILLED=1, INJURED=2": the whole counts of each subject the text gives. */
    private static String counts(String text) {
        return EXTRACTOR.extract("a", text).stream().filter(c -> !c.partial())
                .map(c -> c.subject() + "=" + (c.qualifier() == Qualifier.EXACT ? "" : c.qualifier() + " ") + c.value())
                .distinct().sorted().collect(Collectors.joining(", "));
    }

    @Test
    void singularAndImplicitCounts() {
        assertThat(counts("A fisherman was swept away and killed when the river burst its banks.")).isEqualTo("KILLED=1");
        assertThat(counts("A 17-year-old was injured when the roof collapsed.")).isEqualTo("INJURED=1");
        assertThat(counts("Marta Dellano, 71, was pronounced dead at the scene of the fire.")).isEqualTo("KILLED=1");
        assertThat(counts("The landslide killed a farmer and his daughter.")).isEqualTo("KILLED=2");
        assertThat(counts("The blast left a worker dead and his son wounded.")).isEqualTo("INJURED=1, KILLED=1");
        assertThat(counts("Two miners were struck by falling rock, one fatally.")).isEqualTo("INJURED=1, KILLED=1");
    }

    @Test
    void agesInWordsAppositivesAndNamedDeaths() {
        assertThat(counts("The avalanche left a six-year-old dead.")).isEqualTo("KILLED=1");
        assertThat(counts("Orla Penhallow, of the 400 block of Mill Lane, was pronounced dead at the scene."))
                .isEqualTo("KILLED=1");
        assertThat(counts("Bram Tiller died on the way to hospital after the ferry capsized.")).isEqualTo("KILLED=1");
        assertThat(counts("Two adults were found dead after the fire.")).isEqualTo("KILLED=2");
    }

    @Test
    void someoneHitWhoLaterDiedIsNotAlsoInjured() {
        assertThat(counts("A cyclist was struck by a lorry on Monday. He died in hospital on Tuesday."))
                .isEqualTo("KILLED=1");
        assertThat(counts("A pedestrian was hit by a tram on Monday.")).isEqualTo("INJURED=1");
    }

    @Test
    void someoneWoundedWhoLaterDiedIsNotAlsoInjured() {
        assertThat(counts("A climber was critically injured in the rockfall on Friday. She died in hospital on Sunday."))
                .isEqualTo("KILLED=1");
        assertThat(counts("A fisherman was killed when the boat capsized. A woman was also injured."))
                .isEqualTo("INJURED=1, KILLED=1");
        assertThat(counts("Three people were killed and another critically injured when the bus overturned."))
                .isEqualTo("INJURED=1, KILLED=3");
    }

    @Test
    void aBareOneAndAPersonListedBeforeACountAreCounted() {
        assertThat(counts("Officials confirmed that one is dead after the ferry struck the pier on Tuesday."))
                .isEqualTo("KILLED=1");
        assertThat(counts("Two climbers are dead and one is injured after the avalanche near Pellworth."))
                .isEqualTo("INJURED=1, KILLED=2");
        assertThat(counts("A man, two women and a small child were killed when the bridge gave way."))
                .isEqualTo("KILLED=4");
        assertThat(counts("A teacher and three children were hurt when the ceiling fell.")).isEqualTo("INJURED=4");
        assertThat(counts("No one was hurt when the barn burned down.")).isEmpty();
        assertThat(counts("One is left to wonder how the flood defences failed.")).isEmpty();
    }

    @Test
    void theKillerIsNotCountedAmongTheDead() {
        assertThat(counts("A driver will stand trial on charges he struck and killed a cyclist.")).isEqualTo("KILLED=1");
        assertThat(counts("A 17-year-old driver has been charged with fatally striking a pedestrian on Friday."))
                .isEqualTo("KILLED=1");
        assertThat(counts("Police said he killed himself in his car.")).isEqualTo("KILLED=1");
        assertThat(counts("The farmer who police say killed his wife and son before shooting himself was 52."))
                .isEqualTo("KILLED=3");
    }

    @Test
    void aNameInAppositionIsTheSamePerson() {
        assertThat(counts("The driver struck his neighbour, Ivo Marsh, 20, outside the barn. Marsh died on June 5."))
                .isEqualTo("KILLED=1");
        assertThat(counts("The tractor overturned and hit his cousin Ada Pell, 16, who was hurt."))
                .isEqualTo("INJURED=1");
        assertThat(counts("The wave struck Ivo Marsh, 20, and Ada Pell, 16, who were both hurt."))
                .isEqualTo("INJURED=2");
    }

    @Test
    void numbersAsWordsAndDigitsAndHedges() {
        assertThat(counts("Twenty-three people were evacuated and 1,200 people were killed in the quake."))
                .contains("KILLED=1200");
        assertThat(counts("At least seven people died in the crash.")).isEqualTo("KILLED=AT_LEAST 7");
        assertThat(counts("More than 100 people were injured when the stand gave way.")).isEqualTo("INJURED=MORE_THAN 100");
        assertThat(counts("One person died and three others were hurt in the pile-up."))
                .isEqualTo("INJURED=3, KILLED=1");
        assertThat(counts("Five were wounded when the bridge collapsed.")).isEqualTo("INJURED=5");
    }

    @Test
    void dozensIsNoExactCount() {
        assertThat(counts("Dozens of people were injured when the stand collapsed.")).isEmpty();
        assertThat(counts("Dozens were hurt when the stand collapsed.")).isEmpty();
    }

    @Test
    void nobodyHurtIsNoCount() {
        assertThat(counts("No one was injured in the strike, and the driver was not hurt.")).isEmpty();
        assertThat(counts("The pilot was unhurt after the emergency landing.")).isEmpty();
    }

    @Test
    void aCorrectionNeverGivesTheWrongFact() {
        String text = "Two people were killed in the warehouse fire.\n\nCorrection: An earlier version of this story "
                + "said three people were killed.";
        assertThat(counts(text)).isEqualTo("KILLED=2");
        assertThat(counts("This article incorrectly stated that five workers were injured.")).isEmpty();
    }

    @Test
    void figuresAboutOtherEventsAreNotThisEventsCount() {
        assertThat(counts("A climber was killed on Sunday. Eight climbers have died on the peak in the past two years."))
                .isEqualTo("KILLED=1");
    }

    @Test
    void aTallyOverAStretchOfHoursIsNoEventsToll() {
        assertThat(counts("She was one of four people killed and 19 hurt in crashes over a 12-hour stretch of the "
                + "holiday.")).isEqualTo("");
        // one event's toll over days is its own
        assertThat(counts("The storm killed two hikers over three days of heavy rain.")).isEqualTo("KILLED=2");
    }

    @Test
    void implicitCountsNeverOverrideWrittenOnes() {
        List<NumericClaim> claims = EXTRACTOR.extract("a", "Three workers were killed in the mine collapse. "
                + "A miner was killed when the second tunnel gave way.");
        assertThat(claims).filteredOn(c -> c.subject() == Subject.KILLED).extracting(NumericClaim::value)
                .containsExactly(3L);
    }

    @Test
    void countsJoinedUnderOneVerbAddUp() {
        assertThat(counts("Three children and two adults were found dead after the fire.")).isEqualTo("KILLED=5");
        assertThat(counts("3 adults, 2 children found dead in flooded basement")).isEqualTo("KILLED=5");
        // a count with its own verb stands alone
        assertThat(counts("Two miners were killed and three were injured in the collapse.")).isEqualTo("INJURED=3, KILLED=2");
    }

    @Test
    void theOneAVerbActsOnIsNoAgent() {
        // "his brother" is the object of "stabbed": no killer, so the death counts, and so does the wounded brother
        assertThat(counts("A 15-year-old boy stabbed his younger brother to death, wounded an older brother and then "
                + "killed himself, the sheriff said.")).isEqualTo("INJURED=1, KILLED=2");
    }

    @Test
    void deathsInSeparateIncidentsOrOverAWeekAreNoTollOfOneEvent() {
        assertThat(counts("Two hikers died in separate incidents on the mountain on Sunday.")).isEmpty();
        assertThat(counts("\"We have had two children hurt in one week,\" the mayor said.")).isEmpty();
        assertThat(counts("Eleven people were injured in 9 separate traffic crashes across the county.")).isEmpty();
    }

    @Test
    void theWoundedAsNewsWritesThem() {
        // person words of crime and accident reports, and a count with one more person joined to it
        assertThat(counts("Up to five minors were injured when the stage collapsed.")).isEqualTo("INJURED=UP_TO 5");
        assertThat(counts("Two females and a male were wounded when the bleachers gave way.")).isEqualTo("INJURED=3");
        // the wound as the noun of the verb
        assertThat(counts("Three people suffered burn wounds in the kitchen fire.")).isEqualTo("INJURED=3");
        assertThat(counts("Four people are nursing stab wounds after a brawl outside the bar.")).isEqualTo("INJURED=4");
        // a bare name hurt, "also" and "both" between the verb and its participle
        assertThat(counts("Elsa Marrow suffered a gunshot wound to her leg, the sheriff's office said."))
                .isEqualTo("INJURED=1");
        assertThat(counts("A man was killed in the crash on Friday. Police said a woman was also hit and taken to "
                + "the hospital.")).isEqualTo("INJURED=1, KILLED=1");
        assertThat(counts("His sister and his father were both injured and taken to a hospital.")).isEqualTo("INJURED=2");
    }

    @Test
    void anotherIncidentTheArticleRecallsGivesNoCount() {
        assertThat(counts("A 6-year-old girl was fatally shot on Sunday. It was the second shooting this week in "
                + "which a child was shot in the neighborhood.")).isEqualTo("KILLED=1");
        assertThat(counts("A man was stabbed and killed on Elm Street. In a separate stabbing, a woman was wounded."))
                .isEqualTo("KILLED=1");
        // one of a tally of events: the count is of all of them
        assertThat(counts("A 17-year-old was killed in a crash on Route 9 on Saturday. He was the first of two "
                + "teenagers killed on the county's roads over the weekend.")).isEqualTo("KILLED=1");
    }

    @Test
    void aNamedWoundedPersonIsNotTheDeadOneTheArticleNames() {
        assertThat(counts("Deputies found two victims with gunshot wounds. Ada Brisk suffered a gunshot wound to the "
                + "arm. Lena Brisk died on the way to the hospital.")).isEqualTo("INJURED=1, KILLED=1");
        // the one named hurt is the one who died
        assertThat(counts("Deputies found two victims with gunshot wounds. Lena Brisk suffered a gunshot wound to the "
                + "head. Lena died on the way to the hospital.")).isEqualTo("KILLED=1");
        // how they were found says nothing of who lived; taken to be treated, they were alive
        assertThat(counts("Two workers were found with head injuries after the scaffold fell.")).isEmpty();
        assertThat(counts("All four workers were taken to the medical center with serious injuries."))
                .isEqualTo("INJURED=4");
    }

    @Test
    void theHurtWhoDiedLaterAreNoLongerInjured() {
        assertThat(counts("Three climbers were injured in the rockfall. One of them later died in hospital."))
                .isEqualTo("INJURED=2, KILLED=1");
        assertThat(counts("Five people were hit when the car mounted the pavement. Two of the victims were pronounced "
                + "dead at the hospital.")).isEqualTo("INJURED=3, KILLED=2");
        assertThat(counts("All four workers were taken to the medical center with serious injuries. One of the "
                + "workers died on Saturday, a spokesperson said. Tom Vale died at 10 a.m.")).isEqualTo("INJURED=3, KILLED=1");
        // a death of someone the count does not hold leaves it
        assertThat(counts("Three climbers were injured in the rockfall. A hiker died of a heart attack on the trail."))
                .isEqualTo("INJURED=3, KILLED=1");
    }

    @Test
    void aPersonShotAfterAPronounTheVerbActsOnFirst() {
        // the mother is shot as much as "her" is; not said to survive, she died with the one who killed himself
        assertThat(counts("A 6-year-old girl is fighting for her life. Her father, 30-year-old Jon Vale, shot her and "
                + "her mother, 28-year-old Ann Vale, before killing himself, deputies said."))
                .isEqualTo("INJURED=1, KILLED=2");
    }

    @Test
    void theHurtAfterTheDeadAPartWhoDiedAndBoth() {
        assertThat(counts("The explosion left one worker dead and three injured.")).isEqualTo("INJURED=3, KILLED=1");
        assertThat(counts("Two people were killed and at least five wounded when the stand collapsed.")).isEqualTo(
                "INJURED=AT_LEAST 5, KILLED=2");
        assertThat(counts("Rescuers said three hikers were struck by lightning, one of whom died.")).isEqualTo(
                "INJURED=2, KILLED=1");
        assertThat(counts("Crews found two miners trapped under the rubble. Both died at the scene.")).isEqualTo(
                "KILLED=2");
    }

    @Test
    void aThirdNamedOnceAPrecautionaryCheckAndTreatedForWounds() {
        assertThat(counts("Two climbers were struck and killed and a third climber was hurt by the rockfall."))
                .isEqualTo("INJURED=1, KILLED=2");
        assertThat(counts("The driver was taken to a hospital for evaluation after the crash.")).isEqualTo("");
        assertThat(counts("A cyclist died after the crash. A second cyclist was treated for a head wound."))
                .isEqualTo("INJURED=1, KILLED=1");
    }

    @Test
    void aParticipleWithABareNumberAndADeathToll() {
        assertThat(counts("A man opened fire in the Harlow Street market, killing two and wounding five."))
                .isEqualTo("INJURED=5, KILLED=2");
        assertThat(counts("The bus left the road near Ostvik, killing one and injuring at least 12 on board."))
                .isEqualTo("INJURED=AT_LEAST 12, KILLED=1");
        assertThat(counts("Two days after the landslide in Varen the death toll rose to nine.")).isEqualTo("KILLED=9");
        assertThat(counts("The collapse of a second block raised the death toll to at least 31."))
                .isEqualTo("KILLED=AT_LEAST 31");
        // "gunned down" is said of the dead and of six shot at a party who all lived: it gives no count either way
        assertThat(counts("A delivery driver was gunned down outside a shop in Tolvern.")).isEqualTo("");
        // no count: a part of a group; a toll of another time
        assertThat(counts("Police fired back, killing one of the gunmen.")).isEqualTo("");
        assertThat(counts("The death toll from the 2010 flood was never settled.")).isEqualTo("");
    }

    @Test
    void livesLostAreDeaths() {
        assertThat(counts("A 9-year-old boy lost his life in the crash on Route 4.")).isEqualTo("KILLED=1");
        assertThat(counts("Three people lost their lives in the Calverly fire.")).isEqualTo("KILLED=3");
        assertThat(counts("Two miners have lost their lives, officials said.")).isEqualTo("KILLED=2");
        assertThat(counts("A woman who lost her life savings in the fraud spoke to reporters.")).isEqualTo("");
    }
}
