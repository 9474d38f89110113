package org.storyline.bench.facts;

import java.util.List;
import java.util.Map;

/**
 * Prints what a story or an article states next to the record where a check fails: for reading errors, fitted
 * half only. A story's miss that no article of it shows is a clustering error or one of combining.
 */
final class Misses {

    private Misses() {
    }

    static void print(String level, FactChecks.Fact fact, LabelledSet.Incident incident, Exported.Statements s,
                      String text) {
        FactChecks.Outcome o = switch (fact) {
            case DATE -> FactChecks.date(incident, s);
            case CITY -> FactChecks.city(incident, s, incident.state(), text, text);
            case PLACE -> FactChecks.place(incident, s, incident.state(), text, text);
            case KILLED -> FactChecks.count(incident.killed(), "killed or dead", s);
            case INJURED -> FactChecks.count(incident.injured(), "injured", s);
            case PEOPLE -> {
                List<FactChecks.Outcome> all = FactChecks.people(incident, s, text);
                yield all.stream().filter(x -> x.eligible() && !x.found()).findFirst()
                        .orElse(new FactChecks.Outcome(false, false, false, false));
            }
        };
        boolean missed = o.eligible() && !o.found();
        boolean wrong = o.stated() && !o.correct();
        if (!missed && !wrong) {
            return;
        }
        System.out.printf("## %s %s %s %s: record date=%s city=%s killed=%d injured=%d people=%s%n",
                level, missed ? "MISSED" : "WRONG", fact, incident.story(), incident.date(), incident.city(), incident.killed(),
                incident.injured(), incident.people().stream().filter(LabelledSet.Person::named)
                        .map(LabelledSet.Person::name).toList());
        switch (fact) {
            case DATE -> s.events().forEach(e -> System.out.println("   event " + e.get("date") + " " + e.get("precision")
                    + " " + e.get("description")));
            case KILLED, INJURED -> s.claims().forEach(c -> System.out.println("   claim " + c.get("subject") + " "
                    + ((List<?>) c.get("values")).stream().map(v -> ((Map<?, ?>) v).get("value") + " "
                    + ((Map<?, ?>) v).get("phrases")).toList()));
            case CITY, PLACE -> leadingPlace(s, incident.state(), text);
            default -> s.entities().forEach(e -> System.out.print(" [" + e.get("type") + " " + e.get("name") + "]"));
        }
        System.out.println();
        if ((fact == FactChecks.Fact.CITY || fact == FactChecks.Fact.PLACE) && wrong) {
            return;
        }
        System.out.println("   TEXT " + text.substring(0, Math.min(900, text.length())).replace('\n', ' '));
    }

    /** The place a reader takes and the words around its first mention: where a wrong city came from. */
    private static void leadingPlace(Exported.Statements s, String state, String text) {
        Map<String, Object> lead = FactChecks.LEADING_ENTITY ? FactChecks.leadingPlace(s, state, text)
                : s.place() == null ? null : Map.of("name", s.place(), "aliases", List.of());
        if (lead == null) {
            return;
        }
        String name = (String) lead.get("name");
        int at = text.toLowerCase(java.util.Locale.ROOT).indexOf(name.toLowerCase(java.util.Locale.ROOT));
        System.out.print("   LEAD " + name + " " + lead.get("aliases") + " :: "
                + (at < 0 ? "?" : text.substring(Math.max(0, at - 120), Math.min(text.length(), at + 80))
                .replace('\n', ' ')));
    }
}
