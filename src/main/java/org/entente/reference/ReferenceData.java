package org.entente.reference;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything in {@code data/reference/}, checked: every key a row refers to is defined by some table;
 * and what actor dictionaries add for resolving names ({@link DictionaryActors#NONE} if none).
 */
public record ReferenceData(List<State> states, List<Organisation> organisations, List<Membership> memberships,
                            List<Decision> decisions, List<Treaty> treaties, List<TreatyParty> treatyParties,
                            List<Office> offices, List<Person> people, List<Tenure> tenures, DictionaryActors dictionaries) {

    public ReferenceData(List<State> states, List<Organisation> organisations, List<Membership> memberships,
                         List<Decision> decisions, List<Treaty> treaties, List<TreatyParty> treatyParties,
                         List<Office> offices, List<Person> people, List<Tenure> tenures) {
        this(states, organisations, memberships, decisions, treaties, treatyParties, offices, people, tenures, DictionaryActors.NONE);
    }

    public ReferenceData {
        states = List.copyOf(states);
        organisations = List.copyOf(organisations);
        memberships = List.copyOf(memberships);
        decisions = List.copyOf(decisions);
        treaties = List.copyOf(treaties);
        treatyParties = List.copyOf(treatyParties);
        offices = List.copyOf(offices);
        people = List.copyOf(people);
        tenures = List.copyOf(tenures);
        Objects.requireNonNull(dictionaries);
    }

    /** The same tables with what the dictionaries add. */
    public ReferenceData withDictionaries(DictionaryActors added) {
        return new ReferenceData(states, organisations, memberships, decisions, treaties, treatyParties, offices, people, tenures, added);
    }

    /** Actor ids ({@code state/RUS}, {@code org/NATO}) by the keys that member, party and office columns use ({@code RUS}, {@code NATO}). */
    public Map<String, String> actorIdsByKey() {
        Map<String, String> ids = new HashMap<>();
        states.forEach(state -> ids.put(state.iso3(), state.actorId()));
        organisations.forEach(organisation -> ids.put(organisation.key(), organisation.actorId()));
        return ids;
    }

    public Optional<Office> office(String key) {
        return offices.stream().filter(office -> office.key().equals(key)).findFirst();
    }
}
