package org.entente.events;

import org.entente.io.ClasspathResources;
import org.entente.io.TsvFile;

import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an event code means to Entente: {@code data/event-codes/cameo.tsv} (every CAMEO code with its
 * name, Entente act type, PLOVER type and quad class) and {@code plover.tsv} (every PLOVER type with
 * its act type and quad class).
 */
public final class EventCodes {

    /** A CAMEO event code; {@code act} and {@code plover} are null where none fits. */
    public record Cameo(String code, String name, String act, String plover, int quad) {
    }

    /** A PLOVER event type; {@code act} is null where none fits. */
    public record Plover(String type, String act, int quad) {
    }

    private final Map<String, Cameo> cameo = new LinkedHashMap<>();
    private final Map<String, Plover> plover = new LinkedHashMap<>();

    private EventCodes(List<TsvFile.Row> cameoRows, List<TsvFile.Row> ploverRows) {
        for (TsvFile.Row row : cameoRows) {
            cameo.put(row.get("cameo"), new Cameo(row.get("cameo"), row.get("name"), blankToNull(row.get("act")),
                    blankToNull(row.get("plover")), quad(row)));
        }
        for (TsvFile.Row row : ploverRows) {
            plover.put(row.get("plover"), new Plover(row.get("plover"), blankToNull(row.get("act")), quad(row)));
        }
    }

    /** The tables of the folder {@code folder} (a copy of {@code data/event-codes}). */
    public static EventCodes read(Path folder) {
        return new EventCodes(TsvFile.read(folder.resolve("cameo.tsv"), List.of("cameo", "name", "act", "plover", "quad")),
                TsvFile.read(folder.resolve("plover.tsv"), List.of("plover", "act", "quad")));
    }

    /** The tables packaged with Entente. */
    public static EventCodes load() {
        return ClasspathResources.folder("/event-codes", EventCodes::read);
    }

    public Optional<Cameo> cameo(String code) {
        return Optional.ofNullable(cameo.get(code));
    }

    public Optional<Plover> plover(String type) {
        return Optional.ofNullable(plover.get(type));
    }

    public Collection<Cameo> allCameo() {
        return cameo.values();
    }

    public Collection<Plover> allPlover() {
        return plover.values();
    }

    private static int quad(TsvFile.Row row) {
        try {
            return Integer.parseInt(row.get("quad"));
        } catch (NumberFormatException e) {
            throw row.problem("quad", "\"" + row.get("quad") + "\" is not a quad class 1 to 4");
        }
    }

    private static String blankToNull(String cell) {
        return cell == null || cell.isBlank() ? null : cell;
    }
}
