package org.storyline.enrich.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.storyline.enrich.Countries;
import org.storyline.enrich.entity.ArticleEntities;
import org.storyline.enrich.entity.EntityExtractor;
import org.storyline.enrich.entity.Sentence;
import org.storyline.model.EntityType;
import org.storyline.model.Mention;

/**
 * Where an article, then a story, puts its event.
 *
 * <pre>{@code
 * PlaceFinder places = new PlaceFinder(new EntityExtractor());
 * places.article("a1", "GARY, Ind. — Two men were shot Tuesday in the 3400 block of Main Street in Gary.")
 * // Candidate[name=Gary, region=Ind., ...]
 * places.story(List.of(c1, c2, c3))  // the place most articles give
 * }</pre>
 *
 * <p>Each place mention weighs by its position ({@link PlaceCues}); an article's answer is its heaviest
 * locality, else its heaviest county or province, and only when some mention stands where news puts the
 * event (a locality named only in passing is no answer). A story's answer is the one most of its articles
 * give. Thread-safe.
 */
public final class PlaceFinder {

    /**
     * One article's answer: the place, the weight of its mentions and the sentence that weighed most; the names
     * it shows to be regions and quarters of a city ("the Millbrook neighborhood"); and the city it places by its
     * dateline, its police or its lead other than the answer, or null.
     */
    public record Candidate(String articleId, String name, String region, double weight, String sentence,
                            boolean locality, Set<String> regions, Set<String> quarters, String city) {

        public Candidate {
            regions = Set.copyOf(regions);
            quarters = Set.copyOf(quarters);
        }
    }

    /** ", Ind." or ", Ostland" after a town: one or two capitalised words, then a stop, comma, bracket or dash. */
    private static final java.util.regex.Pattern REGION = java.util.regex.Pattern.compile(
            ",\\s*(\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*)?)(?=\\s*[,;()\\-—–]|\\s*$|\\.?\\s)");

    private final EntityExtractor entities;
    private final Countries countries = new Countries();

    public PlaceFinder(EntityExtractor entities) {
        this.entities = Objects.requireNonNull(entities, "entities");
    }

    /** The place the article puts its event, or empty when it says none. */
    public Optional<Candidate> article(String articleId, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        ArticleEntities found = entities.extract(text);
        Map<String, Tally> tallies = new LinkedHashMap<>();
        Set<String> regions = new HashSet<>();
        Set<String> quarters = new HashSet<>();
        Map<String, String> regionOf = new LinkedHashMap<>();
        List<Mention> places = found.mentions().stream().map(ArticleEntities.Placed::mention)
                .filter(m -> m.type() == EntityType.PLACE).toList();
        for (Mention town : places) {
            java.util.regex.Matcher r = REGION.matcher(text).region(town.end(), text.length());
            if (r.lookingAt() && !PlaceCues.beforeBody(text, r.start(1), r.end(1))) {
                regions.add(r.group(1)); // "Gary, Ind.", "Millbrook, Ostland": the region around the town
                regionOf.putIfAbsent(town.name(), r.group(1));
            }
        }
        for (Mention m : places) {
            if (PlaceCues.afterRegionAdjective(text, m.start())) {
                regions.add(m.name()); // "in western Ostland": a region with parts, not a town
            }
        }
        for (int i = 1; i < places.size(); i++) {
            Mention town = places.get(i - 1);
            Mention after = places.get(i);
            if (!text.substring(town.end(), after.start()).matches(",\\s*")) {
                continue;
            }
            if (PlaceCues.beforeBody(text, after.start(), after.end())) {
                quarters.add(town.name()); // "in Madisonville, Cincinnati police said": a quarter of the city
            }
        }
        Set<String> people = new HashSet<>(); // a surname typed as a place somewhere is still a person
        found.entities().stream().filter(e -> e.type() == EntityType.PERSON).forEach(e -> {
            people.add(e.name());
            people.addAll(e.aliases());
            people.addAll(List.of(e.name().split(" ")));
        });
        for (ArticleEntities.Placed p : found.mentions()) {
            if (p.mention().type() != EntityType.PLACE) {
                continue;
            }
            String name = clean(p.entity().name());
            PlaceLevel level = PlaceLevel.of(name);
            if (level == PlaceLevel.NONE || regions.contains(p.mention().name()) || country(name)
                    || people.contains(name)) {
                continue;
            }
            Sentence s = found.sentences().get(p.mention().sentence());
            int a = index(s, p.mention().start());
            int b = index(s, p.mention().end() - 1) + 1;
            if (a < 0 || b <= a || PlaceCues.capitalisedByPosition(text, s, a, b, p.mention().name())) {
                continue;
            }
            boolean opens = s.index() == 0 || found.sentences().get(s.index() - 1).paragraph() != s.paragraph();
            double w = PlaceCues.weight(text, s, a, b, opens);
            Tally tally = tallies.computeIfAbsent(name, k -> new Tally(name, level == PlaceLevel.LOCALITY,
                    tallies.size()));
            tally.add(w, text.substring(s.start(), s.end()));
            tally.quarter |= PlaceCues.quarter(s, b) || quarters.contains(p.mention().name());
        }
        Set<String> quartered = new HashSet<>();
        tallies.values().stream().filter(t -> t.quarter).forEach(t -> quartered.add(t.name));
        return best(tallies.values()).map(t -> new Candidate(articleId, t.name, regionOf.get(t.name), t.weight,
                t.sentence, t.locality, regions, quartered, city(tallies.values(), t).map(c -> c.name).orElse(null)));
    }

    /**
     * The place most articles give, ties to the heavier and then the earlier; empty when none
     * gives one. A quarter of a city (an article says "the Millbrook neighborhood") that wins gives way to the
     * city an article calling it a quarter answers, or one an article placing the event in that quarter names by
     * its dateline or police: the quarter lies in that city.
     */
    public Optional<EventPlace> story(List<Candidate> candidates) {
        Set<String> regions = new HashSet<>(); // "Gary, Indiana" in one article: Indiana is nobody's town
        Set<String> quarters = new HashSet<>();
        candidates.forEach(c -> {
            regions.addAll(c.regions());
            quarters.addAll(c.quarters());
        });
        Map<String, List<Candidate>> byName = new LinkedHashMap<>();
        candidates.stream().filter(c -> !regions.contains(c.name()))
                .forEach(c -> byName.computeIfAbsent(c.name(), k -> new ArrayList<>()).add(c));
        Optional<List<Candidate>> most = byName.values().stream().max(Comparator.comparingInt((List<Candidate> l) ->
                l.size()).thenComparingDouble(l -> l.stream().mapToDouble(Candidate::weight).sum()));
        if (most.isEmpty()) {
            return Optional.empty();
        }
        List<Candidate> l = most.get();
        String name = l.get(0).name();
        Optional<String> city = quarter(quarters, name) ? cityOf(candidates, name)
                .filter(c -> !quarter(quarters, c) && !regions.contains(c)).findFirst() : Optional.empty();
        if (city.isPresent()) {
            List<Candidate> in = candidates.stream().filter(c -> c.name().equals(name) && city.get().equals(c.city())
                    || c.name().equals(city.get())).toList();
            return Optional.of(new EventPlace(city.get(), null, true, in.stream().map(Candidate::articleId).toList(),
                    in.get(0).sentence()));
        }
        return Optional.of(new EventPlace(name, l.stream().map(Candidate::region).filter(Objects::nonNull)
                .findFirst().orElse(null), l.get(0).locality(), l.stream().map(Candidate::articleId).toList(),
                l.get(0).sentence()));
    }

    /** "the South Side Millbrook neighborhood" makes Millbrook a quarter too. */
    private static boolean quarter(Set<String> quarters, String name) {
        return quarters.stream().anyMatch(q -> q.equals(name) || q.endsWith(" " + name));
    }

    /**
     * The cities the articles put a quarter in: one an article placing the event in the quarter names by its
     * dateline or police, or one an article calling it a quarter answers.
     */
    private static java.util.stream.Stream<String> cityOf(List<Candidate> candidates, String quarter) {
        return java.util.stream.Stream.concat(
                candidates.stream().filter(c -> c.name().equals(quarter)).map(Candidate::city).filter(Objects::nonNull),
                candidates.stream().filter(c -> !c.name().equals(quarter) && quarter(c.quarters(), quarter))
                        .map(Candidate::name));
    }

    /** The town an article names by its dateline or its police, other than (and not inside) its answer. */
    private static Optional<Tally> city(java.util.Collection<Tally> tallies, Tally answer) {
        return tallies.stream().filter(t -> t != answer && t.locality && !t.quarter && t.vouched
                        && !t.name.contains(answer.name) && !answer.name.contains(t.name))
                .max(Comparator.comparingDouble((Tally t) -> t.strongest).thenComparingDouble(t -> t.weight));
    }

    /**
     * The locality with the strongest mention (then the most, then the first), else such a county: a
     * neighbourhood ("the North Lawndale neighborhood") only when no city is placed by its police or dateline.
     */
    private static Optional<Tally> best(java.util.Collection<Tally> tallies) {
        Comparator<Tally> heaviest = Comparator.comparingDouble((Tally t) -> t.strongest)
                .thenComparingDouble(t -> t.weight).thenComparingInt(t -> -t.order);
        Optional<Tally> city = tallies.stream().filter(t -> t.locality && !t.quarter
                && t.strongest >= PlaceCues.BODY).max(heaviest);
        Optional<Tally> locality = tallies.stream().filter(t -> t.locality && placed(t)).max(heaviest);
        if (locality.isPresent() && locality.get().quarter && city.isPresent()) {
            return city;
        }
        Optional<Tally> area = tallies.stream().filter(t -> !t.locality && t.strongest >= PlaceCues.IN_LEAD)
                .max(heaviest);
        if (locality.isPresent() && locality.get().datelineOnly()) {
            // "NEWPORT (WXT) — A boy was shot in Cocke County": the dateline is where the reporter files from;
            // a town or an area the event is said to be "in" is where it happened
            String dateline = locality.get().name;
            Optional<Tally> in = tallies.stream().filter(t -> t.locality && !t.quarter && t.inText
                    && !dateline.contains(t.name) && !t.name.contains(dateline)).max(heaviest);
            if (in.isPresent() || area.isPresent()) {
                return in.isPresent() ? in : area;
            }
        }
        if (locality.isPresent()) {
            return locality;
        }
        Optional<Tally> county = tallies.stream().filter(t -> !t.locality && placed(t)).max(heaviest);
        // "shot in Harbor County ... at an apartment in Millbrook": the county is the region, the town the
        // event is said to be in (once, past the lead) the locality
        Optional<Tally> town = tallies.stream().filter(t -> t.locality && !t.quarter && t.inText).max(heaviest);
        return county.isPresent() && town.isPresent() ? town : county;
    }

    /** One mention where news puts the event, or two in passing "in" it. */
    private static boolean placed(Tally t) {
        return t.strongest >= PlaceCues.BODY || t.inPlaces >= 2;
    }

    private boolean country(String name) {
        return countries.named(name).contains(name) || name.equals("United States") || name.equals("America");
    }

    /** "Fort Bend County.There": a name run into the next sentence for want of a space. */
    private static String clean(String name) {
        return name.split("\\.(?=\\p{Lu}\\p{Ll})", 2)[0];
    }

    private static int index(Sentence s, int offset) {
        List<Sentence.Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).start() <= offset && offset < t.get(i).end()) {
                return i;
            }
        }
        return -1;
    }

    /** The mentions of one name in one article, added up. */
    private static final class Tally {
        final String name;
        final boolean locality;
        final int order;
        boolean quarter;
        /** Named after "in", "near" or "outside" at least once, where it does not say where someone was taken. */
        boolean inText;
        /** Named by the dateline or before "police" at least once. */
        boolean vouched;
        int inPlaces;
        double weight;
        double strongest;
        String sentence;

        Tally(String name, boolean locality, int order) {
            this.name = name;
            this.locality = locality;
            this.order = order;
        }

        /** Named where news puts the event only by the dateline. */
        boolean datelineOnly() {
            return inPlaces == 1 && strongest == PlaceCues.DATELINE;
        }

        void add(double w, String words) {
            weight += w;
            inPlaces += w >= PlaceCues.IN_LATER ? 1 : 0;
            inText |= w == PlaceCues.IN_LEAD || w == PlaceCues.IN_LATER;
            vouched |= w == PlaceCues.DATELINE || w == PlaceCues.BODY;
            if (w > strongest) {
                strongest = w;
                sentence = words;
            }
        }
    }
}
