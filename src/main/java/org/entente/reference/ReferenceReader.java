package org.entente.reference;

import org.entente.io.TsvFile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads the reference tables of a folder and checks them as a whole: the format of every cell,
 * unique keys and Wikidata ids, references between tables, intervals that end before they start
 * and intervals that must not overlap. Every problem of every table is collected; if there is
 * one, {@link InvalidReferenceException} lists them all and nothing is returned.
 */
public final class ReferenceReader {

    static final List<String> STATE_COLUMNS = List.of("iso3", "iso2", "name", "wikidata", "aliases", "demonyms",
            "capital", "metonyms", "status", "from", "until", "source");
    static final List<String> ORGANISATION_COLUMNS = List.of("key", "name", "type", "wikidata", "aliases", "founded",
            "dissolved", "seat", "metonyms", "source");
    static final List<String> MEMBERSHIP_COLUMNS = List.of("organisation", "member", "role", "start", "end", "basis", "source");
    static final List<String> DECISION_COLUMNS = List.of("key", "name", "organisation", "date", "wikidata", "source");
    static final List<String> TREATY_COLUMNS = List.of("key", "name", "wikidata", "aliases", "signed", "in-force", "ended", "source");
    static final List<String> TREATY_PARTY_COLUMNS = List.of("treaty", "party", "status", "start", "end", "source");
    static final List<String> OFFICE_COLUMNS = List.of("key", "name", "kind", "of", "wikidata", "aliases", "source");
    static final List<String> PERSON_COLUMNS = List.of("key", "name", "wikidata", "aliases", "source");
    static final List<String> TENURE_COLUMNS = List.of("office", "person", "start", "end", "source");

    /** Columns any table may have; a {@code note} is the curator's and stays out of the graph. */
    static final List<String> OPTIONAL_COLUMNS = List.of("note");

    private static final Set<String> ISO_3166_ALPHA3 = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
    private static final Pattern ISO2 = Pattern.compile("[A-Z]{2}");
    private static final Pattern ORGANISATION_KEY = Pattern.compile("[A-Z][A-Z0-9-]*");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final Path folder;
    private final List<ReferenceProblem> problems = new ArrayList<>();
    /** Where each actor key (iso3, organisation key), iso2 code and Wikidata id was defined, for duplicates and references. */
    private final Map<String, String> actorKeys = new HashMap<>();
    private final Map<String, String> iso2Codes = new HashMap<>();
    private final Map<String, String> wikidataIds = new HashMap<>();

    private ReferenceReader(Path folder) {
        this.folder = folder;
    }

    /** The checked tables of {@code folder}; throws {@link InvalidReferenceException} with every problem found. */
    public static ReferenceData read(Path folder) {
        return new ReferenceReader(folder).readAll();
    }

    private ReferenceData readAll() {
        List<Located<State>> states = table("states.tsv", STATE_COLUMNS, this::state);
        List<Located<Organisation>> organisations = table("organisations.tsv", ORGANISATION_COLUMNS, this::organisation);
        List<Located<Decision>> decisions = table("decisions.tsv", DECISION_COLUMNS, this::decision);
        List<Located<Treaty>> treaties = table("treaties.tsv", TREATY_COLUMNS, this::treaty);
        List<Located<Office>> offices = table("offices.tsv", OFFICE_COLUMNS, this::office);
        List<Located<Person>> people = table("people.tsv", PERSON_COLUMNS, this::person);
        List<Located<Membership>> memberships = table("memberships.tsv", MEMBERSHIP_COLUMNS, this::membership);
        List<Located<TreatyParty>> parties = table("treaty-parties.tsv", TREATY_PARTY_COLUMNS, this::treatyParty);
        List<Located<Tenure>> tenures = table("tenures.tsv", TENURE_COLUMNS, this::tenure);

        References references = new References(problems, actorKeys);
        references.check(organisations, decisions, treaties, offices, people, memberships, parties, tenures);
        if (!problems.isEmpty()) {
            throw new InvalidReferenceException(problems);
        }
        return new ReferenceData(values(states), values(organisations), values(memberships), values(decisions),
                values(treaties), values(parties), values(offices), values(people), values(tenures));
    }

    private <T> List<Located<T>> table(String name, List<String> columns, Function<TsvRow, T> parse) {
        Path file = folder.resolve(name);
        if (!Files.isRegularFile(file)) {
            problems.add(new ReferenceProblem(file.toString(), 1, null, "the table is missing"));
            return List.of();
        }
        List<Located<T>> rows = new ArrayList<>();
        TsvFile.Columns header = TsvFile.Columns.exactly(columns, OPTIONAL_COLUMNS);
        List<TsvFile.Row> read = TsvFile.read(file, header,
                problem -> problems.add(new ReferenceProblem(file.toString(), problem.line(), null, problem.message())));
        for (TsvRow row : read.stream().map(TsvRow::new).toList()) {
            int before = problems.size();
            T value = parse.apply(row);
            if (problems.size() == before) {
                rows.add(new Located<>(value, row));
            }
        }
        return rows;
    }

    private State state(TsvRow row) {
        String iso3 = row.required("iso3", problems);
        String status = row.oneOf("status", State.STATUSES, problems);
        if (iso3 != null && !ISO3.matcher(iso3).matches()) {
            problems.add(row.problem("iso3", "\"" + iso3 + "\" is not three capital letters"));
        } else if (iso3 != null && status != null && !status.equals("other") && !status.equals("former")
                && !ISO_3166_ALPHA3.contains(iso3)) {
            problems.add(row.problem("iso3", "\"" + iso3 + "\" is not an ISO 3166-1 alpha-3 code (only states of status other or former may use another code)"));
        }
        String iso2 = row.required("iso2", problems);
        if (iso2 != null && !ISO2.matcher(iso2).matches()) {
            problems.add(row.problem("iso2", "\"" + iso2 + "\" is not two capital letters"));
        }
        define(actorKeys, row, "iso3", iso3);
        define(iso2Codes, row, "iso2", iso2);
        Period existence = row.optional("from") == null ? null : row.period("from", "until", problems);
        return new State(iso3, iso2, row.required("name", problems), wikidata(row), row.values("aliases"),
                row.values("demonyms"), row.optional("capital"), row.values("metonyms"), status,
                existence == null ? null : existence.start(), existence == null ? null : existence.end(), source(row));
    }

    private Organisation organisation(TsvRow row) {
        String key = key(row, "key", ORGANISATION_KEY, "capital letters, digits and hyphens");
        define(actorKeys, row, "key", key);
        return new Organisation(key, row.required("name", problems), row.oneOf("type", Organisation.TYPES, problems),
                wikidata(row), row.values("aliases"), row.date("founded", problems), row.date("dissolved", problems),
                row.optional("seat"), row.values("metonyms"), source(row));
    }

    private Decision decision(TsvRow row) {
        return new Decision(key(row, "key", SLUG, "lower-case words joined by hyphens"), row.required("name", problems),
                row.required("organisation", problems), row.requiredDate("date", problems), wikidata(row), source(row));
    }

    private Treaty treaty(TsvRow row) {
        return new Treaty(key(row, "key", SLUG, "lower-case words joined by hyphens"), row.required("name", problems),
                wikidata(row), row.values("aliases"), row.date("signed", problems), row.date("in-force", problems),
                row.date("ended", problems), source(row));
    }

    private Office office(TsvRow row) {
        return new Office(key(row, "key", SLUG, "lower-case words joined by hyphens"), row.required("name", problems),
                row.oneOf("kind", Office.KINDS, problems), row.required("of", problems), wikidata(row),
                row.values("aliases"), source(row));
    }

    private Person person(TsvRow row) {
        return new Person(key(row, "key", SLUG, "lower-case words joined by hyphens"), row.required("name", problems),
                wikidata(row), row.values("aliases"), source(row));
    }

    private Membership membership(TsvRow row) {
        return new Membership(row.required("organisation", problems), row.required("member", problems),
                row.oneOf("role", Membership.ROLES, problems), row.period("start", "end", problems),
                row.optional("basis"), source(row));
    }

    private TreatyParty treatyParty(TsvRow row) {
        return new TreatyParty(row.required("treaty", problems), row.required("party", problems),
                row.oneOf("status", TreatyParty.STATUSES, problems), row.period("start", "end", problems), source(row));
    }

    private Tenure tenure(TsvRow row) {
        return new Tenure(row.required("office", problems), row.required("person", problems),
                row.period("start", "end", problems), source(row));
    }

    private String key(TsvRow row, String column, Pattern pattern, String what) {
        String key = row.required(column, problems);
        if (key != null && !pattern.matcher(key).matches()) {
            problems.add(row.problem(column, "\"" + key + "\" is not a key: use " + what));
        }
        return key;
    }

    private String wikidata(TsvRow row) {
        String qid = row.wikidata("wikidata", problems);
        if (qid != null) {
            String earlier = wikidataIds.putIfAbsent(qid, row.file() + ", line " + row.line());
            if (earlier != null) {
                problems.add(row.problem("wikidata", qid + " is already the id of the row at " + earlier));
            }
        }
        return qid;
    }

    /** The {@code |}-separated sources of the row, at least one; a value that starts like a URL must be one. */
    private List<Source> source(TsvRow row) {
        if (row.required("source", problems) == null) {
            return List.of();
        }
        List<Source> sources = new ArrayList<>();
        for (String value : row.values("source")) {
            if (Source.isMalformedUrl(value)) {
                problems.add(row.problem("source", "\"" + value + "\" is not a URL"));
            }
            sources.add(new Source(value));
        }
        return sources;
    }

    /** Records where {@code key} is defined, or a problem if it already was. */
    private void define(Map<String, String> keys, TsvRow row, String column, String key) {
        if (key == null) {
            return;
        }
        String earlier = keys.putIfAbsent(key, row.file() + ", line " + row.line());
        if (earlier != null) {
            problems.add(row.problem(column, "\"" + key + "\" is already defined at " + earlier));
        }
    }

    private static <T> List<T> values(List<Located<T>> rows) {
        return rows.stream().map(Located::value).toList();
    }
}
