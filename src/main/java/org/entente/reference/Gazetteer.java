package org.entente.reference;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Resolves a name found in a text (a state's name, alias or demonym, a capital or building that
 * stands for it, an organisation, a person, a post or a ministry) to what it names and to the state
 * or organisation it stands or speaks for on a given day: "Putin" on 2021-12-10 is the person who
 * speaks for Russia; "the Secretary General" on that day is NATO's post, held by Jens Stoltenberg.
 * Built once from the reference tables and what the actor dictionaries add ({@link DictionaryActors},
 * a non-state actor as {@code group/abu-nidal-organization}); look-ups are a hash probe on a normalised key plus a scan
 * of the few entries that share it, and the instance is immutable, so threads may share it.
 */
public final class Gazetteer {

    /** How a name refers to its entity. */
    public enum Kind { NAME, ALIAS, DEMONYM, METONYM, PERSON, OFFICE }

    /**
     * One reading of a name on a day: {@code entity} is what the name names ({@code state/RUS},
     * {@code person/vladimir-putin}, {@code office/nato-secretary-general}); {@code actor} the state
     * or organisation it stands or speaks for that day (null for a person who held no post then);
     * {@code holder} the person holding a named post that day, if any.
     */
    public record Match(String entity, Kind kind, String actor, String holder) {
    }

    /**
     * {@code capitalised}: the name matches a text with some capital letter only (an acronym, a
     * dictionary's name); {@code upperCase}: only a text in capitals (a state's ISO code: "AND" is
     * Andorra, "And" and "Sen." are not).
     */
    private record Entry(String entity, Kind kind, boolean capitalised, boolean upperCase, Period valid) {
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final Map<String, List<Entry>> entries = new HashMap<>();
    private final Map<String, List<Tenure>> tenuresByPerson = new HashMap<>();
    private final Map<String, List<Tenure>> tenuresByPost = new HashMap<>();
    private final Map<String, Office> offices = new HashMap<>();
    private final Map<String, DictionaryActors.Person> dictionaryPeople = new HashMap<>();
    private final Map<String, String> actorIds;
    private final String[] nameForms;
    private int longestName;

    private Gazetteer(ReferenceData data) {
        actorIds = data.actorIdsByKey();
        Map<String, Period> existences = new HashMap<>();
        for (State state : data.states()) {
            Period existence = state.from() == null ? null : new Period(state.from(), state.until());
            existences.put(state.actorId(), existence);
            add(state.name(), state.actorId(), Kind.NAME, existence);
            addCode(state.iso3(), state.actorId(), existence);
            state.aliases().forEach(alias -> add(alias, state.actorId(), Kind.ALIAS, existence));
            state.demonyms().forEach(demonym -> add(demonym, state.actorId(), Kind.DEMONYM, existence));
            state.metonyms().forEach(metonym -> add(metonym, state.actorId(), Kind.METONYM, existence));
            if (state.capital() != null) {
                add(state.capital(), state.actorId(), Kind.METONYM, existence);
            }
        }
        for (Organisation organisation : data.organisations()) {
            Period existence = organisation.founded() == null ? null : new Period(organisation.founded(), organisation.dissolved());
            existences.put(organisation.actorId(), existence);
            add(organisation.key(), organisation.actorId(), Kind.NAME, existence);
            add(organisation.name(), organisation.actorId(), Kind.NAME, existence);
            organisation.aliases().forEach(alias -> add(alias, organisation.actorId(), Kind.ALIAS, existence));
            organisation.metonyms().forEach(metonym -> add(metonym, organisation.actorId(), Kind.METONYM, existence));
        }
        for (Office office : data.offices()) {
            offices.put(office.actorId(), office);
            Period existence = existences.get(actorIds.get(office.of()));
            add(office.name(), office.actorId(), Kind.OFFICE, existence);
            office.aliases().forEach(alias -> add(alias, office.actorId(), Kind.OFFICE, existence));
        }
        for (Person person : data.people()) {
            add(person.name(), person.actorId(), Kind.PERSON, null);
            person.aliases().forEach(alias -> add(alias, person.actorId(), Kind.PERSON, null));
        }
        for (Tenure tenure : data.tenures()) {
            tenuresByPerson.computeIfAbsent("person/" + tenure.person(), p -> new ArrayList<>()).add(tenure);
            tenuresByPost.computeIfAbsent("office/" + tenure.office(), o -> new ArrayList<>()).add(tenure);
        }
        addDictionaries(data.dictionaries());
        nameForms = sortedNameForms(entries.keySet());
    }

    /**
     * The dictionaries' names, after the curated ones: a name the tables already have keeps its
     * curated readings only, and a dictionary person who shares a name with a curated person is
     * that person, so the curated tenures decide.
     */
    private void addDictionaries(DictionaryActors dictionaries) {
        Map<String, List<Entry>> curated = Map.copyOf(entries);
        for (DictionaryActors.Name name : dictionaries.names()) {
            addUnlessCurated(name.name(), name.actor(), name.kind(), curated);
        }
        for (NonStateActor group : dictionaries.groups()) {
            addUnlessCurated(group.name(), group.actorId(), Kind.NAME, curated);
            group.aliases().forEach(alias -> addUnlessCurated(alias, group.actorId(), Kind.NAME, curated));
        }
        for (DictionaryActors.Person person : dictionaries.people()) {
            boolean curatedPerson = person.names().stream().anyMatch(name -> curated.getOrDefault(key(name), List.of()).stream()
                    .anyMatch(entry -> entry.kind() == Kind.PERSON));
            if (!curatedPerson) {
                dictionaryPeople.put(person.actorId(), person);
                person.names().forEach(name -> addUnlessCurated(name, person.actorId(), Kind.PERSON, curated));
            }
        }
    }

    private void addUnlessCurated(String name, String entity, Kind kind, Map<String, List<Entry>> curated) {
        if (!curated.containsKey(key(name))) {
            add(name, entity, kind, null, true); // "red line" in lower case is no armed group
        }
    }

    public static Gazetteer of(ReferenceData data) {
        return new Gazetteer(data);
    }

    /** Every reading of {@code name} on {@code day}; none if the gazetteer does not know the name or it does not apply that day. */
    public List<Match> lookup(String name, LocalDate day) {
        List<Entry> candidates = entries.get(key(name));
        if (candidates == null) {
            return List.of();
        }
        boolean allLowerCase = name.chars().noneMatch(Character::isUpperCase);
        boolean allUpperCase = name.chars().noneMatch(Character::isLowerCase);
        List<Match> matches = new ArrayList<>(candidates.size());
        for (Entry entry : candidates) {
            boolean wrongCase = entry.upperCase() ? !allUpperCase : entry.capitalised() && allLowerCase;
            if (wrongCase || (entry.valid() != null && !entry.valid().contains(day))) {
                continue;
            }
            matches.add(resolve(entry, day));
        }
        return matches;
    }

    /** The most words any known name has, for callers that look up every run of words in a sentence. */
    public int longestName() {
        return longestName;
    }

    /**
     * Whether some known name begins with {@code words} (in the compared form, "the" included):
     * a caller reading a run of words can stop extending it where this is false, as no longer run
     * starting the same way can be a name either.
     */
    public boolean beginsName(String words) {
        String prefix = key(words);
        int at = Arrays.binarySearch(nameForms, prefix);
        return at >= 0 || -at - 1 < nameForms.length && nameForms[-at - 1].startsWith(prefix);
    }

    /** The person holding {@code post} (e.g. {@code office/nato-secretary-general}) on {@code day}. */
    public Optional<String> holder(String post, LocalDate day) {
        return tenuresByPost.getOrDefault(post, List.of()).stream()
                .filter(tenure -> tenure.period().contains(day)).map(tenure -> "person/" + tenure.person()).findFirst();
    }

    private Match resolve(Entry entry, LocalDate day) {
        return switch (entry.kind()) {
            case PERSON -> new Match(entry.entity(), entry.kind(), speaksFor(entry.entity(), day), null);
            case OFFICE -> {
                Office office = offices.get(entry.entity());
                yield new Match(entry.entity(), entry.kind(), actorIds.get(office.of()),
                        office.isPost() ? holder(entry.entity(), day).orElse(null) : null);
            }
            default -> new Match(entry.entity(), entry.kind(), entry.entity(), null);
        };
    }

    /** The state or organisation a person speaks for on a day: that of a post they hold then, or of their dictionary role that day. */
    private String speaksFor(String person, LocalDate day) {
        DictionaryActors.Person dictionaryPerson = dictionaryPeople.get(person);
        if (dictionaryPerson != null) {
            return dictionaryPerson.speaksFor(day);
        }
        return tenuresByPerson.getOrDefault(person, List.of()).stream()
                .filter(tenure -> tenure.period().contains(day))
                .map(tenure -> actorIds.get(offices.get("office/" + tenure.office()).of()))
                .findFirst().orElse(null);
    }

    private void add(String name, String entity, Kind kind, Period valid) {
        add(name, entity, kind, valid, isAcronym(name));
    }

    private void addCode(String code, String entity, Period valid) {
        add(code, entity, Kind.ALIAS, valid, true, true);
    }

    private void add(String name, String entity, Kind kind, Period valid, boolean capitalised) {
        add(name, entity, kind, valid, capitalised, false);
    }

    private void add(String name, String entity, Kind kind, Period valid, boolean capitalised, boolean upperCase) {
        String key = key(name);
        List<Entry> list = entries.computeIfAbsent(key, k -> new ArrayList<>(1));
        Entry entry = new Entry(entity, kind, capitalised, upperCase, valid);
        if (list.stream().noneMatch(existing -> existing.entity().equals(entity))) {
            list.add(entry);
        }
        longestName = Math.max(longestName, key.split(" ").length);
    }

    /** Every key, and every key after "the" ("the" alone is its own key; "the Kremlin" is "kremlin"), sorted for {@link #beginsName}. */
    private static String[] sortedNameForms(Set<String> keys) {
        return keys.stream().flatMap(key -> java.util.stream.Stream.of(key, "the " + key)).sorted().distinct().toArray(String[]::new);
    }

    /**
     * The form names are compared in: without accents, dots and a leading "the", lower case, one
     * space between words, typographic apostrophes as plain ones ("the Kremlin" = "Kremlin",
     * "U.S." = "US" = "us"; {@link #lookup} then keeps acronyms, and the dictionaries' names, from matching all-lower-case words).
     */
    public static String key(String name) {
        String text = hasAccents(name) ? MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("") : name;
        StringBuilder key = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.') {
                continue;
            }
            if (Character.isWhitespace(c)) {
                pendingSpace = key.length() > 0;
                continue;
            }
            if (pendingSpace) {
                key.append(' ');
                pendingSpace = false;
            }
            key.append(c == '’' || c == '‘' ? '\'' : Character.toLowerCase(c));
        }
        return key.length() > 4 && key.indexOf("the ") == 0 ? key.substring(4) : key.toString();
    }

    /** Whether the text has letters beyond ASCII, which may carry accents to strip (quotes and dashes do not). */
    private static boolean hasAccents(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 127 && Character.isLetter(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAcronym(String name) {
        String letters = name.replace(".", "");
        return letters.length() <= 5 && letters.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }
}
