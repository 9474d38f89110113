package org.storyline.enrich.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.storyline.enrich.entity.EntityExtractor;

/** Where an article and a story put their event, on text written for these tests (no real place or event). */
class PlaceFinderTest {

    private static final PlaceFinder PLACES = new PlaceFinder(new EntityExtractor());

    private static String where(String text) {
        return PLACES.article("a", text).map(PlaceFinder.Candidate::name).orElse(null);
    }

    @Test
    void theLeadsInPlaceBeatsTheOutletsDateline() {
        assertThat(where("HARBORTON, Ost. — Firefighters in Millbrook are searching for a missing hiker, the county "
                + "said on Tuesday.")).isEqualTo("Millbrook");
    }

    @Test
    void aSideOrTheOutskirtsOfATownAndAHomeNamedAfterItPlaceTheEvent() {
        assertThat(where("A man was shot at an apartment complex on the north side of Fenwick on Sunday."))
                .isEqualTo("Fenwick");
        assertThat(where("A Brackton woman was hurt at a party on the outskirts of Lindale.")).isEqualTo("Lindale");
        assertThat(where("A Brackton man was charged Tuesday in the death of his roommate, who was found in their "
                + "Riverton apartment.")).isEqualTo("Riverton");
    }

    @Test
    void aDatelineCutAtItsRegionsFullStopIsStillADateline() {
        assertThat(where("NEW HAVERLY, Ost., Oct. 27 (WXT) -- One person was hurt when a barn collapsed on Saturday."))
                .isEqualTo("New Haverly");
        assertThat(where("ST. ALDRIC, Mo. -- A bridge closed on Monday after a lorry struck it.")).isEqualTo("St. Aldric");
    }

    @Test
    void aTitleCaseDatelineIsADateline() {
        assertThat(where("Harborton, Ost. (March 3, 2031) – Troopers were called on Sunday to a barn fire. "
                + "A Harborton man was later charged.")).isEqualTo("Harborton");
        assertThat(where("(Millbrook) – A Millbrook man faces charges after a fire over the weekend.\n\n"
                + "Troopers said the barn was empty.")).isEqualTo("Millbrook");
        assertThat(where("New Haverly, Ost. – A bridge closed on Monday after a lorry struck it.")).isEqualTo("New Haverly");
    }

    @Test
    void aNameOpeningProseBeforeACommaIsNoDateline() {
        assertThat(where("Smith, Jones and Brown – the three firms – said on Monday that sales fell.")).isNull();
        assertThat(where("Officials, however, said on Monday that the bridge – closed since May – would reopen."))
                .isNull();
    }

    @Test
    void theRegionAfterATownIsNotTheAnswer() {
        PlaceFinder.Candidate c = PLACES.article("a", "A warehouse burned on Friday in Millbrook, Ostland, and two "
                + "workers were hurt.").orElseThrow();
        assertThat(c.name()).isEqualTo("Millbrook");
        assertThat(c.region()).isEqualTo("Ostland");
    }

    @Test
    void aDatelineNamedOnceGivesWayToTheCountyTheLeadPutsTheEventIn() {
        assertThat(where("HARBORTON (WXT) — A hunter was hurt on Saturday in Tamber County, the sheriff said."))
                .isEqualTo("Tamber County");
        assertThat(where("HARBORTON (WXT) — A hunter was hurt on Saturday in Tamber County. Harborton police "
                + "said the hunter was found near the river.")).isEqualTo("Harborton");
    }

    @Test
    void aDatelineNamedOnceGivesWayToTheTownTheBodyPutsTheEventIn() {
        assertThat(where("HARBORTON (WXT) — Two men have been charged in the death of a teenager, prosecutors said. "
                + "Deputies said the teenager was found on Sunday. The attack happened in Millbrook, near the river."))
                .isEqualTo("Millbrook");
    }

    @Test
    void aPartOfTownBeforeItsNameKeepsTheTown() {
        assertThat(where("A hiker was hurt on Saturday in north Millbrook, rangers said.")).isEqualTo("Millbrook");
        assertThat(where("A shop burned on Monday in central Harborton.")).isEqualTo("Harborton");
    }

    @Test
    void aCountyOnlyWhenNoTownIsPlacedAndATownBeatsItsCounty() {
        assertThat(where("A hunter was hurt on Saturday in Tamber County, the sheriff said.")).isEqualTo("Tamber County");
        assertThat(where("A hunter was hurt on Saturday in Tamber County. Deputies said the hunter was near Millbrook."))
                .isEqualTo("Millbrook");
    }

    @Test
    void aQuarterGivesWayToTheCityWhosePoliceSpeak() {
        assertThat(where("A boy was hurt on Saturday in Eastfield, Harborton police said.")).isEqualTo("Harborton");
        assertThat(where("A cyclist was struck on Friday in the Eastfield neighborhood. Harborton police said the "
                + "driver stopped.")).isEqualTo("Harborton");
    }

    @Test
    void theHospitalsTownAndPlacesInPassingAreNoAnswer() {
        assertThat(where("A worker fell from a roof on Monday. He was flown to a hospital in Harborton.")).isNull();
        assertThat(where("Nobody was hurt, officials said.")).isNull();
        assertThat(where("")).isNull();
    }

    @Test
    void anotherEventRecalledLaterDoesNotMoveThePlace() {
        assertThat(where("A barn burned on Friday in Millbrook, firefighters said. Last year a similar fire in "
                + "Harborton killed two workers.")).isEqualTo("Millbrook");
    }

    @Test
    void aRegionNamedInPassingIsNoAnswerAndARegionInOneArticleIsNoTownInAnother() {
        assertThat(where("A hiker from Ostland fell on Sunday. The Ostland woman was found by rangers. Ostland "
                + "relatives were told.")).isNull();
        List<PlaceFinder.Candidate> all = List.of(
                PLACES.article("a1", "A barn burned on Friday in Millbrook, Ostland.").orElseThrow(),
                PLACES.article("a2", "A barn burned on Friday in Ostland, officials said.").orElseThrow());
        assertThat(PLACES.story(all)).map(EventPlace::name).contains("Millbrook");
    }

    @Test
    void theStoryTakesThePlaceMostArticlesGive() {
        List<PlaceFinder.Candidate> all = List.of(
                PLACES.article("a1", "A barn burned on Friday in Millbrook.").orElseThrow(),
                PLACES.article("a2", "HARBORTON, Ost. — A barn burned on Friday, firefighters said.").orElseThrow(),
                PLACES.article("a3", "Firefighters in Millbrook put out a barn fire on Friday.").orElseThrow());
        Optional<EventPlace> place = PLACES.story(all);
        assertThat(place).map(EventPlace::name).contains("Millbrook");
        assertThat(place.orElseThrow().articleIds()).containsExactly("a1", "a3");
        assertThat(PLACES.story(List.of())).isEmpty();
    }

    @Test
    void aNameAfterAnErnCompassAdjectiveIsARegionNotTheTown() {
        assertThat(where("Two hikers were hurt on Saturday in western Ostland. Teams from Harborton searched the "
                + "hills.")).isNull();
        assertThat(where("Two hikers were hurt on Saturday in western Ostland, near Millbrook, the rangers said."))
                .isEqualTo("Millbrook");
        assertThat(where("Two hikers were hurt on Saturday in west Millbrook, the rangers said."))
                .isEqualTo("Millbrook");
    }

    @Test
    void aQuarterThatWinsTheStoryGivesWayToTheCityADatelineNamesWithIt() {
        PlaceFinder.Candidate quarter = PLACES.article("a1", "A man was hurt on Friday in Millbrook, police "
                + "said. The Millbrook neighborhood was quiet on Saturday.").orElseThrow();
        PlaceFinder.Candidate filed = PLACES.article("a2", "HARBORTON, Ost. — A man was hurt on Friday in "
                + "Millbrook, police said.").orElseThrow();
        PlaceFinder.Candidate plain = PLACES.article("a3", "A man was hurt on Friday in Millbrook.").orElseThrow();
        assertThat(filed.name()).isEqualTo("Millbrook");
        assertThat(filed.city()).isEqualTo("Harborton");
        Optional<EventPlace> place = PLACES.story(List.of(quarter, filed, plain));
        assertThat(place).map(EventPlace::name).contains("Harborton");
        assertThat(place.orElseThrow().articleIds()).containsExactly("a2");
        // no article calls Millbrook a quarter: the dateline is where the reporter files from
        assertThat(PLACES.story(List.of(filed, plain))).map(EventPlace::name).contains("Millbrook");
        // "the Millbrook community" is a town's people as often as a quarter's: no quarter
        PlaceFinder.Candidate grieving = PLACES.article("a4", "A man was hurt on Friday in Millbrook, police said. "
                + "The Millbrook community is grieving.").orElseThrow();
        assertThat(PLACES.story(List.of(grieving, filed, plain))).map(EventPlace::name).contains("Millbrook");
        // an article calling the quarter so and answering with its city says which city
        PlaceFinder.Candidate inCity = PLACES.article("a5", "A man was hurt on Friday in Millbrook, Harborton "
                + "police said.").orElseThrow();
        assertThat(inCity.name()).isEqualTo("Harborton");
        assertThat(inCity.quarters()).contains("Millbrook");
        assertThat(PLACES.story(List.of(plain, inCity))).map(EventPlace::name).contains("Harborton");
    }

    @Test
    void aCountyIsTheRegionWhenATownIsSaidToHoldTheEvent() {
        assertThat(where("A woman was shot on Sunday in Harbor County, deputies said. Her husband was found dead "
                + "later. Neighbours heard two shots. The couple were found in a flat at the Elm Court complex in "
                + "Millbrook."))
                .isEqualTo("Millbrook");
        assertThat(where("A woman was shot on Sunday in Harbor County, deputies said. Friends from Millbrook "
                + "gathered on Monday.")).isEqualTo("Harbor County");
    }

    @Test
    void aWordOpeningASentenceBeforePoliceIsNoPlaceUnlessWrittenAgain() {
        assertThat(where("Shots were fired outside a bar at 2 a.m. on Sunday. Quick police officers heard them and "
                + "ran in.")).isNull();
        assertThat(where("Shots were fired outside a bar at 2 a.m. on Sunday. Millbrook police officers heard them "
                + "and ran in. The Millbrook bar was closed.")).isEqualTo("Millbrook");
    }

    @Test
    void theTownOfAStreetAddressIsWhereTheEventHappened() {
        assertThat(where("The Harbor County sheriff's office is looking into a shooting. Deputies were called at "
                + "7 p.m. Saturday. A boy had been hurt. The call came from 1200 Elm Road 3, Millbrook. Millbrook "
                + "residents were told to stay inside.")).isEqualTo("Millbrook");
        assertThat(where("The Harbor County sheriff's office is looking into a shooting. Deputies were called at "
                + "7 p.m. Saturday. A boy had been hurt. On Jan. 5, Millbrook voted. Millbrook "
                + "residents were told to stay inside.")).isEqualTo("Harbor County");
    }

    @Test
    void aCountyNamingItsCourtOrJailIsABuildingNotThePlace() {
        assertThat(where("A man made his first appearance in Harbor County District Court on Tuesday. He is charged "
                + "with manslaughter.")).isNull();
        assertThat(where("A man was held in Harbor County Jail on Tuesday.")).isNull();
        assertThat(where("A man was shot on Tuesday in Harbor County, deputies said.")).isEqualTo("Harbor County");
    }
}
