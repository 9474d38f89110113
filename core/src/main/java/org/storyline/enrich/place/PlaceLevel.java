package org.storyline.enrich.place;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How large a named place is, read from the words of its name: a county or province says so ("Cook County",
 * "Orleans Parish", "Kherson Oblast"); a street, a building or a river is not where an event is placed; a
 * compass region ("Central Florida", "Northern Ireland") and a country are too large to say where.
 */
enum PlaceLevel {
    /** A town, city, village or quarter: the answer to "where". */
    LOCALITY,
    /** The administrative area around localities: said when no locality is. */
    AREA,
    /** Not an answer: a region, a country, a street or a building. */
    NONE;

    private static final Set<String> ADMIN = Set.of("county", "parish", "borough", "township", "province", "district",
            "region", "oblast", "krai", "prefecture", "governorate", "canton", "municipality", "shire");
    private static final Set<String> NOT_PLACES = Set.of("street", "st", "road", "rd", "avenue", "ave", "drive", "dr",
            "lane", "ln", "boulevard", "blvd", "highway", "hwy", "parkway", "pkwy", "circle", "court", "ct", "terrace",
            "trail", "school", "academy", "college", "university", "hospital", "center", "centre", "clinic", "church",
            "mall", "apartments", "apartment", "complex", "hotel", "motel", "bar", "restaurant", "club", "store",
            "station", "airport", "river", "creek", "lake", "reservoir", "bridge", "bay", "farm", "ranch", "jail",
            "prison", "courthouse", "building", "tower", "plaza", "square", "stadium", "arena", "field", "forest",
            "mountains", "ocean", "sea", "gulf", "coast", "island", "islands", "department", "office", "room", "suite",
            "unit", "update", "wildlife", "resources", "services");
    /** Words that name no place alone: "Metro police", "the County", "downtown". */
    private static final Set<String> GENERIC = Set.of("metro", "metropolitan", "city", "county", "state", "downtown",
            "uptown", "area", "region", "district", "town", "village", "province", "north", "south", "east", "west",
            "midwest", "nation", "capitol");
    private static final Pattern COMPASS_REGION = Pattern.compile("(?i)^(?:central|northern|southern|eastern|western|"
            + "northeastern|northwestern|southeastern|southwestern|upstate|downstate|greater)\\s");

    static PlaceLevel of(String name) {
        if (name.matches("\\p{Lu}{2,6}")) {
            return NONE; // "NHPD", "DNR": an acronym, a body not a place (datelines come title-cased)
        }
        String[] words = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\s'-]", " ").strip().split("\\s+");
        String last = words[words.length - 1];
        if (words.length == 1 && (GENERIC.contains(last) || last.length() < 3)) {
            return NONE;
        }
        if (NOT_PLACES.contains(last) || COMPASS_REGION.matcher(name).find()) {
            return NONE;
        }
        return ADMIN.contains(last) ? AREA : LOCALITY;
    }
}
