package org.storyline.enrich.claim;

/**
 * Words news prose uses for people, as regex alternatives (matched case-insensitively): who a count or a
 * "was killed" is about. General words for persons and roles any kind of event has (flood, strike, crash),
 * never the names of particular people or places.
 */
final class PersonWords {

    /** Singular nouns for one person ("a man", "the driver", "his daughter"). */
    static final String SINGULAR = "man|woman|boy|girl|child|toddler|baby|infant|teen|teenager|youth|juvenile|person|"
            + "adult|student|driver|passenger|pedestrian|cyclist|motorcyclist|rider|victim|resident|officer|"
            + "policeman|policewoman|trooper|deputy|soldier|worker|employee|customer|bystander|guard|farmer|"
            + "fisherman|miner|journalist|reporter|firefighter|hiker|hunter|climber|swimmer|tourist|pilot|"
            + "suspect|gunman|attacker|assailant|father|mother|son|daughter|husband|wife|brother|sister|"
            + "grandmother|grandfather|grandson|granddaughter|uncle|aunt|nephew|niece|cousin|friend|"
            + "neighbor|neighbour|girlfriend|boyfriend|stepdaughter|stepson|stepfather|stepmother|relative|"
            + "patient|inmate|prisoner|protester|demonstrator|volunteer|teacher|doctor|nurse|villager|"
            + "motorist|shopkeeper|owner|clerk|homeowner|tenant|senior|retiree|veteran|civilian|marine|sailor|male|female|"
            + "couple";

    /** Plural nouns for people, beyond the ones {@link ClaimExtractor} always knew. */
    static final String PLURAL = "boys|girls|teens|teenagers|youths|students|residents|relatives|bystanders|"
            + "adults|patients|inmates|protesters|demonstrators|fans|pilgrims|hostages|firefighters|rescuers|"
            + "miners|sailors|fishermen|villagers|pedestrians|drivers|motorists|guests|customers|worshippers|"
            + "worshipers|teachers|doctors|nurses|volunteers|troops|marines|deputies|troopers|family members|"
            + "year-olds|infants|babies|toddlers|kids|seniors|elderly|survivors|sons|daughters|minors|juveniles|"
            + "females|males|partygoers|spectators|attendees|shoppers|neighbors|neighbours|friends|climbers|hikers|"
            + "cyclists|swimmers|riders|passersby|hunters|guards|farmers|reporters|pilots|gunmen|attackers|assailants|"
            + "parents|siblings|sisters|cousins|grandchildren|mothers|fathers|wives|husbands|clerks|owners|tenants|"
            + "homeowners|retirees|veterans|couples|patrons|commuters|motorcyclists|bikers|skiers|divers|campers";

    private PersonWords() {
    }
}
