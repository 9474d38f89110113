package org.storyline.enrich.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storyline.model.EntityType;
import org.storyline.model.LocalEntity;
import org.storyline.model.ResolvedEntity;

/** Story-level joining of a surname used alone in one article to the full name another article gives. */
class StoryEntitiesTest {

    private static LocalEntity local(EntityType type, String name, int mentions) {
        return new LocalEntity(NameKey.entityId(type, name), type, name, mentions);
    }

    @Test
    void aSurnameFromOneArticleJoinsTheFullNameFromAnother() {
        List<LocalEntity> locals = List.of(local(EntityType.PERSON, "Kartavykh", 2),
                local(EntityType.PERSON, "Igor Kartavykh", 1), local(EntityType.PLACE, "Baku", 3));
        Map<String, ResolvedEntity> to = StoryEntities.resolve(locals);
        assertEquals(NameKey.entityId(EntityType.PERSON, "Igor Kartavykh"), to.get(locals.get(0).id()).id());
        assertEquals("Igor Kartavykh", to.get(locals.get(0).id()).name());
        assertEquals(locals.get(2).id(), to.get(locals.get(2).id()).id());
    }

    @Test
    void aSharedSurnameGoesToTheMostMentionedAndOrderDoesNotMatter() {
        List<LocalEntity> locals = new ArrayList<>(List.of(local(EntityType.PERSON, "Aliyev", 1),
                local(EntityType.PERSON, "Ilham Aliyev", 7), local(EntityType.PERSON, "Heydar Aliyev", 2)));
        for (int round = 0; round < 5; round++) {
            Collections.shuffle(locals, new java.util.Random(round));
            assertEquals("Ilham Aliyev", StoryEntities.resolve(locals).get(NameKey.entityId(EntityType.PERSON, "Aliyev")).name());
        }
    }
}
