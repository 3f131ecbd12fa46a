package org.entente.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * GDELT event exports as GDELT publishes them: tab-separated, no header, one event a line; GDELT
 * 2.0's 61 columns ({@code YYYYMMDDHHMMSS.export.CSV}, or the {@code .zip} holding it) and GDELT
 * 1.0's daily files of 57 columns (58 with SOURCEURL, from April 2013), whose geography has no ADM2
 * codes. Columns as the GDELT Event Codebooks (V1.03, V2.0) name them.
 */
public final class GdeltReader implements EventReader {

    private static final DateTimeFormatter SQLDATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final String[] ACTOR = {"Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
            "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code"};

    /** The column layout of one version of the format. */
    private record Layout(int columns, int actionGeo, int geoFields, int sourceUrl) {
        int actionGeoName() {
            return actionGeo + 1;
        }

        int actionGeoLatitude() {
            return actionGeo + geoFields - 3;
        }
    }

    private static final Layout V2 = new Layout(61, 51, 8, 60);
    private static final Layout V1 = new Layout(57, 49, 7, -1);
    private static final Layout V1_URL = new Layout(58, 49, 7, 57);

    private final EventCodes codes;
    private final ActorCodes actors;
    private final java.util.Map<Layout, String[]> names = java.util.Map.of(V2, names(V2), V1, names(V1), V1_URL, names(V1_URL));

    public GdeltReader(EventCodes codes, ActorCodes actors) {
        this.codes = codes;
        this.actors = actors;
    }

    @Override
    public Dataset dataset() {
        return Dataset.GDELT;
    }

    @Override
    public boolean accepts(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") || name.endsWith(".csv.zip") || name.endsWith(".txt");
    }

    @Override
    public void read(Path file, EventSink sink) throws IOException {
        try (BufferedReader lines = DelimitedRows.open(file)) {
            long number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                Layout layout = switch (cells.length) {
                    case 61 -> V2;
                    case 58 -> V1_URL;
                    case 57 -> V1;
                    default -> null;
                };
                if (layout == null) {
                    sink.problem(new RowProblem(file, number, null, "the row has " + cells.length
                            + " tab-separated fields, not 61 (GDELT 2.0) or 57 or 58 (GDELT 1.0)"));
                    continue;
                }
                try {
                    sink.event(event(new Cells(cells, names.get(layout), Set.of()), layout));
                } catch (BadRowException e) {
                    sink.problem(new RowProblem(file, number, e.field(), e.getMessage()));
                }
            }
        }
    }

    private CodedEvent event(Cells row, Layout layout) {
        String code = row.required(26);
        EventCodes.Cameo cameo = codes.cameo(code)
                .orElseThrow(() -> new BadRowException("EventCode", "\"" + code + "\" is no CAMEO event code (data/event-codes/cameo.tsv)"));
        Integer quadClass = row.integer(29);
        if (quadClass != null && (quadClass < 1 || quadClass > 4)) {
            throw new BadRowException("QuadClass", quadClass + " is no quad class (1 to 4)");
        }
        BigDecimal latitude = row.decimal(layout.actionGeoLatitude());
        BigDecimal longitude = row.decimal(layout.actionGeoLatitude() + 1);
        String placeName = row.text(layout.actionGeoName());
        return new CodedEvent(Dataset.GDELT, row.required(0), row.day(1, SQLDATE), actor(row, 5), actor(row, 15),
                cameo.act(), cameo.code(), cameo.plover(), quadClass == null ? cameo.quad() : quadClass,
                row.decimal(30), row.integer(31), row.integer(32), row.integer(33), row.decimal(34),
                layout.sourceUrl() < 0 ? null : row.text(layout.sourceUrl()),
                placeName == null && latitude == null ? null : new CodedEvent.Place(placeName, latitude, longitude), null);
    }

    private EventActor actor(Cells row, int first) {
        return actors.cameo(row.text(first), List.of());
    }

    private static String[] names(Layout layout) {
        String[] names = new String[layout.columns()];
        String[] head = {"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"};
        System.arraycopy(head, 0, names, 0, head.length);
        for (int i = 0; i < ACTOR.length; i++) {
            names[5 + i] = "Actor1" + ACTOR[i];
            names[15 + i] = "Actor2" + ACTOR[i];
        }
        String[] event = {"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
                "NumMentions", "NumSources", "NumArticles", "AvgTone"};
        System.arraycopy(event, 0, names, 25, event.length);
        String[] geo = layout.geoFields() == 8
                ? new String[] {"Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"}
                : new String[] {"Type", "FullName", "CountryCode", "ADM1Code", "Lat", "Long", "FeatureID"};
        String[] prefixes = {"Actor1Geo_", "Actor2Geo_", "ActionGeo_"};
        for (int p = 0; p < prefixes.length; p++) {
            for (int g = 0; g < geo.length; g++) {
                names[35 + p * geo.length + g] = prefixes[p] + geo[g];
            }
        }
        names[35 + 3 * geo.length] = "DATEADDED";
        if (layout.sourceUrl() > 0) {
            names[layout.sourceUrl()] = "SOURCEURL";
        }
        return names;
    }
}
