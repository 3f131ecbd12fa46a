package org.entente.reference;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the actor dictionaries add to the curated tables for resolving names: further names of
 * states and organisations, people with the roles they held, and non-state actors. The gazetteer
 * lets a curated name or person win over these.
 */
public record DictionaryActors(List<Name> names, List<Person> people, List<NonStateActor> groups) {

    public static final DictionaryActors NONE = new DictionaryActors(List.of(), List.of(), List.of());

    public DictionaryActors {
        names = List.copyOf(names);
        people = List.copyOf(people);
        groups = List.copyOf(groups);
    }

    /** A name of a state or organisation ({@code actor}), as a plain name or as a body that stands for it. */
    public record Name(String name, String actor, Gazetteer.Kind kind) {
    }

    /** A person of a dictionary: the state or organisation they speak for depends on the day. */
    public record Person(String key, String name, List<String> aliases, List<Role> roles, String source) {

        public Person {
            aliases = List.copyOf(aliases);
            roles = List.copyOf(roles);
        }

        public String actorId() {
            return "person/" + key;
        }

        public List<String> names() {
            return Stream.concat(Stream.of(name), aliases.stream()).toList();
        }

        /** The actor of the dated role covering {@code day}, else of the default role; null if none or if it is no state or organisation. */
        public String speaksFor(LocalDate day) {
            return roles.stream().filter(role -> role.period() != null && role.period().contains(day)).findFirst()
                    .or(() -> roles.stream().filter(role -> role.period() == null).findFirst())
                    .map(Role::actor).orElse(null);
        }
    }

    /** A role: the state or organisation it speaks for (null: none) over a period (null: the default, on days no dated role covers). */
    public record Role(Period period, String actor) {
    }
}
