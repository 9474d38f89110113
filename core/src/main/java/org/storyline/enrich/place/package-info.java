/**
 * Where a story's event happened. In: each original article's entities (sentences, tokens, place mentions
 * from the entity stage). Out: an {@link org.storyline.enrich.place.EventPlace}, the locality most articles
 * put the event in, with the articles that do.
 *
 * <p>How: news prose puts the event's place in a few positions: the dateline ("BEDFORD, N.H. —"), "in
 * Bedford" in the lead sentences, an address ("the 3400 block of Main Street in Gary"), the town whose police
 * speak. A place named elsewhere (a hospital's town, a victim's home, a state or country, an earlier case)
 * weighs little. A locality (town, city, neighbourhood) is preferred to the county or province around it; a
 * region written after a town ("Gary, Ind.") or a country is never the answer. No list of places: levels
 * come from the words of the name ("County", "Parish", "Province") and from where it stands.
 *
 * <p>Learned on local news (FactsBench, gvc-dev fit half): "-ern" compass adjectives divide regions ("in western
 * Ostland"), while "north Gary" is a side of a town; "the X community" names a town's people as often as a
 * quarter, "the X neighborhood" a quarter, and a quarter that wins a story lies in the city another article
 * answers or files from; a county is the region when the article says the event is "in" a town or gives a
 * street address in one; a word opening a sentence before "police officers" may be an adjective ("Alert");
 * small outlets write the dateline in title case ("Edmonton, Ky. (November 28, 2016) –", "(Mountain View) –"),
 * and a sentence splitter may cut it at the region's stop.
 * Tried and dropped: among equally many articles, a town over the county (place precision up, city precision
 * down on both halves); the town named before "police" over the lead's "in X" (county and big-city police).
 *
 * <p>Not done here: geocoding, places of other events the article recalls (they lose on position and count).
 */
package org.storyline.enrich.place;
