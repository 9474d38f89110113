package org.storyline.enrich.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.storyline.enrich.timeline.SentenceSplitter;

/**
 * The survivors and the dead of prose that gives no figure, on text written for these tests (a fire, a
 * crash, a collapse, an attack): a survivor's present state, the hospital, a dead person described and then
 * named, "stabbed him to death", "then herself", tolls of many events.
 */
class SurvivorsAndNamedDeadTest {

    private static final ClaimExtractor EXTRACTOR = new ClaimExtractor(new SentenceSplitter());

    private static String counts(String text) {
        return EXTRACTOR.extract("a", text).stream().filter(c -> !c.partial())
                .map(c -> c.subject() + "=" + c.value()).distinct().sorted().collect(Collectors.joining(", "));
    }

    @Test
    void aSurvivorsPresentStateCountsBesideTheDead() {
        assertThat(counts("A farmer was killed when the barn collapsed. The farmer's wife was also hit by a beam "
                + "and is hospitalized in stable condition.")).isEqualTo("INJURED=1, KILLED=1");
        assertThat(counts("A driver died in the crash on Route 9. Her passenger remains in hospital."))
                .isEqualTo("INJURED=1, KILLED=1");
        assertThat(counts("The blast killed a worker. A 6-year-old girl is fighting for her life.")).isEqualTo(
                "INJURED=1, KILLED=1");
    }

    @Test
    void theHurtTakenToHospitalAreInjured() {
        assertThat(counts("A cyclist was taken to a local hospital after the collision.")).isEqualTo("INJURED=1");
        assertThat(counts("A hiker was found with minor injuries after the rockslide.")).isEqualTo("INJURED=1");
        assertThat(counts("The storm killed three people and critically injured another.")).isEqualTo(
                "INJURED=1, KILLED=3");
    }

    @Test
    void aVictimWhoLaterDiedIsStillNotASurvivor() {
        assertThat(counts("A cyclist was taken to a local hospital after the collision. He died there on Sunday."))
                .isEqualTo("KILLED=1");
    }

    @Test
    void aDeadPersonDescribedThenNamedOrPointedBackToIsOne() {
        assertThat(counts("Mourners gathered for a girl killed in the fire; 12-year-old Lisa Moor was killed when "
                + "the roof fell.")).isEqualTo("KILLED=1");
        assertThat(counts("A boy was killed in the blast, and police now say that boy was murdered.")).isEqualTo(
                "KILLED=1");
        // a name retold alone in a later sentence adds nobody
        assertThat(counts("Oskar Brandt, 54, was pronounced dead after the fall. Brandt died at the scene."))
                .isEqualTo("KILLED=1");
    }

    @Test
    void deathAfterThePersonAndOneWhoThenKilledHimself() {
        assertThat(counts("A man stabbed his neighbour to death and then killed himself, police said."))
                .isEqualTo("KILLED=2");
        assertThat(counts("Investigators said the woman poisoned her husband, then herself.")).isEqualTo("");
        assertThat(counts("Investigators said the woman killed her husband and then herself.")).isEqualTo("KILLED=2");
        assertThat(counts("The driver is accused of killing 30-year-old Lena Varga and her five-year-old son."))
                .isEqualTo("KILLED=2");
        assertThat(counts("He was charged in the fatal stabbing of a teenager outside the club.")).isEqualTo(
                "KILLED=1");
    }

    @Test
    void eachNameAfterADescriptionIsThePersonDescribed() {
        assertThat(counts("A woman died in the fire. Her son, 27-year-old Piet Moor, and her brother, 8-year-old "
                + "Jan Moor, also suffered burns and are in stable condition.")).isEqualTo("INJURED=2, KILLED=1");
    }

    @Test
    void aPartCountedWithNoWholeIsTheCount() {
        assertThat(counts("One of the victims was airlifted to hospital. The other victim was pronounced dead at "
                + "the scene of the avalanche.")).isEqualTo("INJURED=1, KILLED=1");
        // beside a whole count it stays a part of it
        assertThat(counts("Four workers were injured in the blast. Two of the victims remain in hospital."))
                .isEqualTo("INJURED=4");
    }

    @Test
    void theOneWhoKilledHimselfInASentenceOfHisOwnIsNotAmongThoseHeKilled() {
        assertThat(counts("The 50-year-old farmer had killed his wife, Anna Roe; his son, Piet Roe; and Roe's "
                + "brother, Jan Roe. Hours later police said he killed himself in a barn."))
                .isEqualTo("KILLED=4");
        // the dead found, and the one among them who took his own life: no one more
        assertThat(counts("A man and a woman were found dead in the cabin. Police said the man killed himself."))
                .isEqualTo("KILLED=2");
        // turning the gun on himself says nothing of whether he lived
        assertThat(counts("The farmer had killed his wife, Anna Roe; and his son, Piet Roe. He then turned the gun "
                + "on himself.")).isEqualTo("KILLED=2");
    }

    @Test
    void whoNamesAPersonIsNotHurt() {
        assertThat(counts("Roe's younger son, whom a neighbour identified as Jan Roe, was hospitalized in stable "
                + "condition.")).isEqualTo("INJURED=1");
    }

    @Test
    void aBareSurnameFatallyWoundedIsDead() {
        assertThat(counts("A guard accidentally shot a man at a range on Saturday. Officers found Hockwald had "
                + "been fatally wounded.")).isEqualTo("KILLED=1");
    }

    @Test
    void aWholeCitysWeekendOfIncidentsIsNoCountOfThisOne() {
        assertThat(counts("The boy was one of several hurt in a weekend that left seven people dead and 14 others "
                + "hurt in 17 shootings across the city.")).isEqualTo("");
    }

    @Test
    void thoseShotBeforeAKillerKilledHimselfDiedUnlessSaidToSurvive() {
        assertThat(counts("Police said the guard shot his wife and daughter before killing himself.")).isEqualTo(
                "KILLED=3");
        assertThat(counts("Police said the guard shot and wounded his wife before killing himself.")).isEqualTo(
                "INJURED=1, KILLED=1");
        assertThat(counts("Firefighters found the bodies of 54-year-old Ada Lind and 6-year-old Nils Lind.")).isEqualTo(
                "KILLED=2");
    }

    @Test
    void aWoundedPersonBesideDeadTheSentenceDoesNotCountIsASurvivor() {
        // one dead counted (the driver); the sentence that tells of other dead sets the wounded boy apart
        assertThat(counts("The driver killed himself after the crash, police said. The crash left members of two "
                + "families dead and a wounded 10-year-old boy trapped in the car.")).isEqualTo("INJURED=1, KILLED=1");
        // a wounded victim who is the one dead of another sentence is still not counted twice
        assertThat(counts("A hiker was wounded by a falling rock. He died at the hospital.")).isEqualTo("KILLED=1");
    }

    @Test
    void aCueEndsAtTheCommaOfItsClause() {
        assertThat(counts("One woman is dead, two people are in critical condition and four were treated for "
                + "minor injuries after the fire.")).isEqualTo("INJURED=2, KILLED=1");
    }

    @Test
    void theHurtOfAnotherEventTheSentenceNamesAreNotThisOnes() {
        assertThat(counts("A cyclist was killed when a van struck him on Friday. In an unrelated crash, "
                + "two pedestrians were injured near the station.")).isEqualTo("KILLED=1");
        assertThat(counts("A woman was stabbed to death in her flat. In another attack, a man was wounded outside "
                + "a bar.")).isEqualTo("KILLED=1");
    }

    @Test
    void aGroupGivenByItsAgesIsAsManyPeopleAndAnAttemptedSuicideNoDeath() {
        assertThat(counts("The fire killed his daughters, ages 3 and 6, on Sunday.")).isEqualTo("KILLED=2");
        assertThat(counts("The flood swept away their sons, aged 4, 7 and 9, who all drowned.")).isEqualTo("KILLED=3");
        assertThat(counts("The man shot and killed his nephews, ages 8 and 10, then turned the gun on himself in an "
                + "attempted suicide.")).isEqualTo("KILLED=2");
    }

    @Test
    void aCoupleIsTwoAndAsWereAddsMoreOfTheSame() {
        assertThat(counts("An elderly couple and their grandson were killed when the chimney collapsed.")).isEqualTo(
                "KILLED=3");
        assertThat(counts("A farmer and his wife were found dead in the barn, as were their two children."))
                .isEqualTo("KILLED=4");
        assertThat(counts("A driver was hurt in the crash, as was his passenger.")).isEqualTo("INJURED=2");
        assertThat(counts("A couple of hikers were rescued unhurt.")).isEqualTo("");
    }

    @Test
    void aPartThatDiedAfterASemicolonAndAThirdWhoDied() {
        assertThat(counts("Three climbers were struck by the rockfall; one of them died.")).isEqualTo(
                "INJURED=2, KILLED=1");
        assertThat(counts("Two workers were hurt and a third was killed when the scaffold fell.")).isEqualTo(
                "INJURED=2, KILLED=1");
    }
}
