package org.entente.generate;

import org.entente.reference.Office;
import org.entente.reference.Organisation;
import org.entente.reference.Person;
import org.entente.reference.ReferenceData;
import org.entente.reference.State;
import org.entente.reference.Tenure;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The actors of generated articles, drawn from the reference tables: states by name, demonym
 * ("the Polish government") or metonym (a capital, "the Kremlin"), organisations by name or alias,
 * people by title and name only on a day their tenure covers, and ministries. Half the states come
 * from those that have offices in the tables, so that the main actors of the news recur.
 */
final class Cast {

    private final List<State> states;
    private final List<State> prominent;
    private final List<Organisation> organisations;
    private final List<Office> bodies;
    private final Map<String, Office> posts;
    private final Map<String, Person> people;
    private final List<Tenure> tenures;

    Cast(ReferenceData reference) {
        states = reference.states().stream().filter(state -> !state.status().equals("former")).toList();
        Set<String> withOffices = reference.offices().stream().map(Office::of).collect(Collectors.toSet());
        prominent = states.stream().filter(state -> withOffices.contains(state.iso3())).toList();
        organisations = reference.organisations();
        bodies = reference.offices().stream().filter(office -> !office.isPost()).toList();
        posts = reference.offices().stream().filter(Office::isPost).collect(Collectors.toMap(Office::key, Function.identity()));
        people = reference.people().stream().collect(Collectors.toMap(Person::key, Function.identity()));
        tenures = reference.tenures();
    }

    /** Who acts, named in one of the ways a reporter names an actor, existing on {@code day}. */
    Role actor(SplittableRandom random, LocalDate day) {
        Role role = switch (random.nextInt(6)) {
            case 0 -> byDemonym(state(random, day));
            case 1 -> byMetonym(random, state(random, day));
            case 2 -> organisation(random, day, true);
            case 3 -> person(random, day);
            case 4 -> body(random);
            default -> null;
        };
        return role != null ? role : byName(state(random, day));
    }

    /** Toward whom: a state or an organisation by name, other than {@code actorKey}. */
    Role target(SplittableRandom random, LocalDate day, String actorKey) {
        for (int attempt = 0; ; attempt++) {
            Role role = random.nextInt(3) == 0 ? organisation(random, day, false) : null;
            role = role != null ? role : byName(state(random, day));
            if (!role.key().equals(actorKey) || attempt > 20) {
                return role;
            }
        }
    }

    /** A state by name, for what an act is about. */
    Role place(SplittableRandom random, LocalDate day) {
        return byName(state(random, day));
    }

    /** A state's capital, for captions. */
    String capital(SplittableRandom random, LocalDate day) {
        State state = state(random, day);
        return state.capital() == null || state.capital().isBlank() ? state.name() : state.capital();
    }

    private State state(SplittableRandom random, LocalDate day) {
        List<State> from = random.nextBoolean() ? prominent : states;
        for (int attempt = 0; ; attempt++) {
            State state = from.get(random.nextInt(from.size()));
            boolean exists = (state.from() == null || !state.from().isAfter(day)) && (state.until() == null || state.until().isAfter(day));
            if (exists || attempt > 20) {
                return state;
            }
        }
    }

    private static Role byName(State state) {
        return new Role(state.iso3(), state.name());
    }

    private static Role byDemonym(State state) {
        return state.demonyms().isEmpty() ? null : new Role(state.iso3(), "the " + state.demonyms().get(0) + " government");
    }

    private static Role byMetonym(SplittableRandom random, State state) {
        return state.metonyms().isEmpty() ? null
                : new Role(state.iso3(), state.metonyms().get(random.nextInt(state.metonyms().size())));
    }

    private Role organisation(SplittableRandom random, LocalDate day, boolean alias) {
        Organisation organisation = organisations.get(random.nextInt(organisations.size()));
        boolean exists = (organisation.founded() == null || !organisation.founded().isAfter(day))
                && (organisation.dissolved() == null || organisation.dissolved().isAfter(day));
        if (!exists) {
            return null;
        }
        List<String> names = organisation.aliases().stream().filter(name -> name.startsWith("the ")).toList();
        String text = alias && !names.isEmpty() && random.nextBoolean() ? names.get(random.nextInt(names.size())) : organisation.name();
        return new Role(organisation.key(), text);
    }

    /** A person by title and name, "Russian Foreign Minister Sergei Lavrov", only while in office. */
    private Role person(SplittableRandom random, LocalDate day) {
        List<Tenure> current = tenures.stream().filter(tenure -> tenure.period().contains(day) && posts.containsKey(tenure.office())).toList();
        if (current.isEmpty()) {
            return null;
        }
        Tenure tenure = current.get(random.nextInt(current.size()));
        Office office = posts.get(tenure.office());
        List<String> titles = office.aliases().stream()
                .filter(title -> !title.startsWith("the ") && !title.contains(" of ") && Character.isUpperCase(title.charAt(0))).toList();
        Person person = people.get(tenure.person());
        if (titles.isEmpty() || person == null) {
            return null;
        }
        return new Role(office.of(), titles.get(random.nextInt(titles.size())) + " " + person.name());
    }

    private Role body(SplittableRandom random) {
        Office body = bodies.get(random.nextInt(bodies.size()));
        List<String> names = body.aliases().stream().filter(name -> name.startsWith("the ")).toList();
        return names.isEmpty() ? null : new Role(body.of(), names.get(random.nextInt(names.size())));
    }
}
