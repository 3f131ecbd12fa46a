package org.entente.events;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * PLOVER event records (and POLECAT's, which follow the PLOVER specification), one JSON object a
 * line or a JSON array of them. The fields are those of the specification (openeventdata/PLOVER,
 * PLOVER_MANUAL and its gold standard records): {@code id}, {@code date}, {@code event} (the PLOVER
 * type), {@code mode}, {@code context}, {@code source} and {@code target} (lists of actors, each
 * with {@code actorText}, {@code code} and {@code sector}), {@code text}, {@code url}, and, where a
 * record has them, {@code latitude}, {@code longitude} and {@code location}. A record with several
 * sources or targets (a compound actor) is one statement per source and target.
 */
public final class PloverReader implements EventReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final EventCodes codes;
    private final ActorCodes actors;

    public PloverReader(EventCodes codes, ActorCodes actors) {
        this.codes = codes;
        this.actors = actors;
    }

    @Override
    public Dataset dataset() {
        return Dataset.PLOVER;
    }

    @Override
    public boolean accepts(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") || name.endsWith(".jsonl") || name.endsWith(".ndjson");
    }

    @Override
    public void read(Path file, EventSink sink) throws IOException {
        try (BufferedReader in = DelimitedRows.open(file);
             JsonParser parser = new JsonFactory(JSON).enable(JsonParser.Feature.ALLOW_TRAILING_COMMA).createParser(in)) {
            JsonToken first = parser.nextToken();
            boolean array = first == JsonToken.START_ARRAY;
            JsonToken token = array ? parser.nextToken() : first;
            while (token != null && token != JsonToken.END_ARRAY) {
                long line = parser.currentTokenLocation().getLineNr();
                if (token != JsonToken.START_OBJECT) {
                    sink.problem(new RowProblem(file, line, null, "a PLOVER record is a JSON object, not " + token));
                    parser.skipChildren();
                } else {
                    JsonNode record = parser.readValueAsTree();
                    try {
                        events(record).forEach(sink::event);
                    } catch (BadRowException e) {
                        sink.problem(new RowProblem(file, line, e.field(), e.getMessage()));
                    }
                }
                token = nextRecord(parser, file, sink);
            }
        }
    }

    /** The next record's first token; a line that is no JSON is reported and reading stops, as the parser cannot resynchronise. */
    private static JsonToken nextRecord(JsonParser parser, Path file, EventSink sink) throws IOException {
        try {
            return parser.nextToken();
        } catch (JsonParseException e) {
            sink.problem(new RowProblem(file, e.getLocation().getLineNr(), null, "not JSON: " + e.getOriginalMessage()));
            return null;
        }
    }

    private List<CodedEvent> events(JsonNode record) {
        String id = required(record, "id");
        LocalDate day;
        try {
            day = LocalDate.parse(required(record, "date"));
        } catch (DateTimeParseException e) {
            throw new BadRowException("date", "\"" + record.path("date").asText() + "\" is not a day (YYYY-MM-DD)");
        }
        String type = required(record, "event").toUpperCase(Locale.ROOT);
        EventCodes.Plover plover = codes.plover(type)
                .orElseThrow(() -> new BadRowException("event", "\"" + type + "\" is no PLOVER event type (data/event-codes/plover.tsv)"));
        List<EventActor> sources = actors(record.path("source"));
        List<EventActor> targets = actors(record.path("target"));
        if (sources.isEmpty()) {
            throw new BadRowException("source", "the record names no source actor");
        }
        List<EventActor> targetsOrNone = targets.isEmpty() ? java.util.Collections.singletonList(null) : targets;
        boolean compound = sources.size() * targetsOrNone.size() > 1;
        List<CodedEvent> events = new ArrayList<>();
        for (EventActor source : sources) {
            for (EventActor target : targetsOrNone) {
                String eventId = compound ? id + "/" + (events.size() + 1) : id;
                events.add(new CodedEvent(Dataset.PLOVER, eventId, day, source, target, plover.act(), null, plover.type(),
                        plover.quad(), null, null, null, null, null, text(record, "url"), place(record), text(record, "text")));
            }
        }
        return events;
    }

    private List<EventActor> actors(JsonNode field) {
        List<EventActor> found = new ArrayList<>();
        if (field.isArray()) {
            for (JsonNode actor : field) {
                EventActor resolved = actors.plover(text(actor, "code"), text(actor, "actorText"), text(actor, "sector"));
                if (resolved != null) {
                    found.add(resolved);
                }
            }
        }
        return found;
    }

    private static CodedEvent.Place place(JsonNode record) {
        BigDecimal latitude = number(record, "latitude");
        BigDecimal longitude = number(record, "longitude");
        String name = text(record, "location");
        return name == null && latitude == null ? null : new CodedEvent.Place(name, latitude, longitude);
    }

    private static BigDecimal number(JsonNode record, String field) {
        JsonNode value = record.path(field);
        if (value.isMissingNode() || value.isNull() || value.asText().isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.asText());
        } catch (NumberFormatException e) {
            throw new BadRowException(field, "\"" + value.asText() + "\" is not a number");
        }
    }

    private static String required(JsonNode record, String field) {
        String value = text(record, field);
        if (value == null) {
            throw new BadRowException(field, "the record has no " + field);
        }
        return value;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() || !value.isValueNode() || value.asText().isBlank() ? null : value.asText().strip();
    }
}
