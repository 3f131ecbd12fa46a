package org.entente.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * ICEWS Coded Event Data files: tab-separated, a header row, 20 columns (Event ID, Event Date,
 * Source Name, Source Sectors, Source Country, Event Text, CAMEO Code, Intensity, Target Name,
 * Target Sectors, Target Country, Story ID, Sentence Number, Publisher, City, District, Province,
 * Country, Latitude, Longitude). Sectors are comma-separated inside one field; a missing value is
 * empty (the yearly files) or {@code NA} (some copies). ICEWS has no quad class: it comes from the
 * CAMEO code, and the Intensity is the Goldstein score.
 */
public final class IcewsReader implements EventReader {

    private static final List<String> COLUMNS = List.of("Event ID", "Event Date", "Source Name", "Source Sectors",
            "Source Country", "Event Text", "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country",
            "Story ID", "Sentence Number", "Publisher", "City", "District", "Province", "Country", "Latitude", "Longitude");
    private static final String[] NAMES = COLUMNS.toArray(String[]::new);
    private static final Set<String> MISSING = Set.of("NA");

    private final EventCodes codes;
    private final ActorCodes actors;

    public IcewsReader(EventCodes codes, ActorCodes actors) {
        this.codes = codes;
        this.actors = actors;
    }

    @Override
    public Dataset dataset() {
        return Dataset.ICEWS;
    }

    @Override
    public boolean accepts(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".tab") || name.endsWith(".tsv") || name.endsWith(".tab.zip") || name.endsWith(".tsv.zip");
    }

    @Override
    public void read(Path file, EventSink sink) throws IOException {
        try (BufferedReader lines = DelimitedRows.open(file)) {
            String header = lines.readLine();
            if (header == null || !List.of(header.replace("\uFEFF", "").split("\t", -1)).equals(COLUMNS)) {
                sink.problem(new RowProblem(file, 1, null, "the header is not ICEWS's 20 columns " + COLUMNS));
                return;
            }
            long number = 1;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != COLUMNS.size()) {
                    sink.problem(new RowProblem(file, number, null, "the row has " + cells.length + " tab-separated fields, not 20"));
                    continue;
                }
                try {
                    sink.event(event(new Cells(cells, NAMES, MISSING)));
                } catch (BadRowException e) {
                    sink.problem(new RowProblem(file, number, e.field(), e.getMessage()));
                }
            }
        }
    }

    private CodedEvent event(Cells row) {
        String code = row.required(6);
        EventCodes.Cameo cameo = codes.cameo(code)
                .orElseThrow(() -> new BadRowException("CAMEO Code", "\"" + code + "\" is no CAMEO event code (data/event-codes/cameo.tsv)"));
        String place = String.join(", ", Arrays.stream(new int[] {14, 15, 16, 17}).mapToObj(row::text)
                .filter(part -> part != null).toList());
        return new CodedEvent(Dataset.ICEWS, row.required(0), row.day(1, DateTimeFormatter.ISO_LOCAL_DATE),
                actors.named(row.text(2), sectors(row.text(3)), row.text(4)),
                actors.named(row.text(8), sectors(row.text(9)), row.text(10)),
                cameo.act(), cameo.code(), cameo.plover(), cameo.quad(), row.decimal(7), null, null, null, null, null,
                place.isEmpty() && row.text(18) == null ? null : new CodedEvent.Place(place.isEmpty() ? null : place, row.decimal(18), row.decimal(19)),
                null);
    }

    private static List<String> sectors(String field) {
        return field == null ? List.of() : Arrays.stream(field.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }
}
