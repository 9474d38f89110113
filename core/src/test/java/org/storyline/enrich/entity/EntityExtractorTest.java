package org.storyline.enrich.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.storyline.model.Entity;
import org.storyline.model.EntityType;

/** The entity stage on sentences written for the hard cases. */
class EntityExtractorTest {

    private static final EntityExtractor EXTRACTOR = new EntityExtractor();

    private static List<Entity> extract(String text) {
        return EXTRACTOR.extract(text).entities();
    }

    private static Optional<Entity> named(List<Entity> entities, String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    @Test
    void transliterationVariantsAreOneEntity() {
        List<Entity> found = extract("Sputnik editor Yevgeny Belousov was detained in Yekaterinburg. "
                + "Evgeny Belousov denied the charges, his lawyer said in Ekaterinburg.");
        List<Entity> belousov = found.stream().filter(e -> e.name().endsWith("Belousov")).toList();
        assertEquals(1, belousov.size(), found.toString());
        assertTrue(belousov.get(0).aliases().contains("Evgeny Belousov")
                || belousov.get(0).aliases().contains("Yevgeny Belousov"), belousov.toString());
        assertEquals(1, found.stream().filter(e -> e.type() == EntityType.PLACE).count(), found.toString());
    }

    @Test
    void spellingVariantsShareTheStableId() {
        assertEquals(NameKey.entityId(EntityType.PERSON, "Volodymyr Zelensky"),
                NameKey.entityId(EntityType.PERSON, "Volodymyr Zelenskyy"));
        assertEquals(NameKey.entityId(EntityType.PERSON, "Aleksei Overchuk"), NameKey.entityId(EntityType.PERSON, "Alexei Overchuk"));
        assertEquals(NameKey.entityId(EntityType.PLACE, "Yekaterinburg"), NameKey.entityId(EntityType.PLACE, "Ekaterinburg"));
        assertFalse(NameKey.entityId(EntityType.PERSON, "Ilham Aliyev").equals(NameKey.entityId(EntityType.PERSON, "Mehriban Aliyeva")));
        assertFalse(NameKey.entityId(EntityType.PERSON, "Moscow").equals(NameKey.entityId(EntityType.PLACE, "Moscow")));
    }

    @Test
    void aSurnameAloneJoinsTheFullNameBeforeIt() {
        List<Entity> found = extract("Deputy Prime Minister Aleksei Overchuk visited Baku on Monday. "
                + "Overchuk said the talks went well. Later, Kartavykh was charged.");
        Entity overchuk = named(found, "Alexei Overchuk").orElseThrow(() -> new AssertionError(found));
        assertEquals(List.of("Aleksei Overchuk", "Overchuk"), overchuk.aliases());
        assertEquals(2, overchuk.mentions().size());
        assertEquals(List.of("deputy prime minister"), overchuk.roles());
    }

    @Test
    void aSurnameSharedByTwoPeopleJoinsNeither() {
        List<Entity> found = extract("Ziyaddin and Huseyn Safarov died in custody. The Safarov brothers were buried.");
        assertTrue(named(found, "Ziyaddin Safarov").isPresent(), found.toString());
        assertTrue(named(found, "Huseyn Safarov").isPresent(), found.toString());
        assertTrue(found.stream().allMatch(e -> e.mentions().size() == 1), found.toString());
    }

    @Test
    void rolesComeFromTheWordsBeforeTheName() {
        List<Entity> found = extract("Kremlin spokesman Dmitry Peskov declined to comment. Foreign Ministry "
                + "spokeswoman Maria Zakharova said more. On Tuesday, Azerbaijan's ambassador to Russia, Rahman "
                + "Mustafayev, delivered a protest.");
        assertEquals(List.of("Kremlin spokesman"), named(found, "Dmitry Peskov").orElseThrow().roles());
        assertEquals(List.of("foreign ministry spokeswoman"), named(found, "Maria Zakharova").orElseThrow().roles());
        assertEquals(List.of("Azerbaijan's ambassador to Russia"), named(found, "Rahman Mustafayev").orElseThrow().roles());
        assertEquals(EntityType.ORGANISATION, named(found, "Kremlin").orElseThrow().type());
    }

    @Test
    void contextTypesNamesTheGazetteerDoesNotKnow() {
        List<Entity> found = extract("Analyst Ivo Tarkan met officials of Brenholt Industries Inc in Valbourg. "
                + "Lunaro Committee members agreed. The court in Tesk ruled, and Marek Sobczykov said nothing.");
        assertEquals(EntityType.PERSON, named(found, "Ivo Tarkan").orElseThrow(() -> new AssertionError(found)).type());
        assertEquals(EntityType.ORGANISATION, named(found, "Brenholt Industries Inc").orElseThrow().type());
        assertEquals(EntityType.PLACE, named(found, "Valbourg").orElseThrow().type());
        assertEquals(EntityType.ORGANISATION, named(found, "Lunaro Committee").orElseThrow().type());
        assertEquals(EntityType.PLACE, named(found, "Tesk").orElseThrow().type());
        assertEquals(EntityType.PERSON, named(found, "Marek Sobczykov").orElseThrow().type());
    }

    @Test
    void sentenceOpenersNationalitiesAndMonthsAreNotEntities() {
        List<Entity> found = extract("Several Russian nationals were arrested in May. Authorities said the "
                + "Azerbaijani side had been told. Speaking on Monday, officials were calm. The Kremlin-funded outlet closed.");
        assertEquals(List.of(), found.stream().map(Entity::name).toList());
    }

    @Test
    void aTypoThatReordersASurnameStillJoins() {
        List<Entity> found = extract("Political scientist Arif Yunusov spoke. Yusunov says the crash mattered.");
        Entity yunusov = named(found, "Arif Yunusov").orElseThrow(() -> new AssertionError(found));
        assertEquals(List.of("Yusunov"), yunusov.aliases());
    }

    @Test
    void hyphenatedPairsOfPlacesAreBothPlaces() {
        List<Entity> found = extract("The jet crashed near the Georgia-Russia border.");
        assertTrue(named(found, "Georgia").isPresent() && named(found, "Russia").isPresent(), found.toString());
    }

    @Test
    void emptyAndOddTextGiveNothing() {
        assertEquals(List.of(), extract(""));
        assertEquals(List.of(), extract("   \n\n  "));
        assertEquals(List.of(), extract("'' \"\" — ‘’ …"));
    }
}
