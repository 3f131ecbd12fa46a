package org.entente.reference.petrarch;

import org.entente.io.TsvFile;
import org.entente.reference.Organisation;
import org.entente.reference.ReferenceData;
import org.entente.reference.State;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a Phoenix (CAMEO) role code stands for in the reference tables. A code whose first three
 * letters are a state's ISO alpha-3 code (a state of {@code states.tsv}) stands for that state if
 * nothing follows or the sector that follows speaks for it ({@code phoenix-sectors.tsv}: GOV, MIL,
 * ...); an organisation's code stands for the organisation of the longest code of
 * {@code phoenix-organisations.tsv} it begins with. Any other code stands for no state or
 * organisation (an insurgency, an NGO, a company; {@code ---}, "not an actor").
 */
final class PhoenixCodes {

    private final Set<String> states;
    private final Set<String> sectors;
    private final Map<String, String> organisations = new HashMap<>();

    PhoenixCodes(ReferenceData data, List<TsvFile.Row> organisationCodes, List<TsvFile.Row> sectorRows) {
        states = data.states().stream().map(State::iso3).collect(Collectors.toSet());
        sectors = sectorRows.stream().map(row -> row.get("sector")).collect(Collectors.toSet());
        Set<String> keys = data.organisations().stream().map(Organisation::key).collect(Collectors.toSet());
        for (TsvFile.Row row : organisationCodes) {
            if (keys.contains(row.get("organisation"))) { // tables without that organisation leave its code unresolved
                organisations.put(row.get("code"), "org/" + row.get("organisation"));
            }
        }
    }

    /** The actor id ({@code state/AFG}, {@code org/NATO}) {@code code} stands for, or null. */
    String actor(String code) {
        if (code.length() >= 3 && states.contains(code.substring(0, 3))) {
            String sector = code.substring(3);
            return sector.isEmpty() || sectors.contains(sector.substring(0, Math.min(3, sector.length()))) ? "state/" + code.substring(0, 3) : null;
        }
        for (int end = code.length(); end >= 3; end--) {
            String organisation = organisations.get(code.substring(0, end));
            if (organisation != null) {
                return organisation;
            }
        }
        return null;
    }

    /** Whether {@code code} is the state's or organisation's own ({@code AFG}, {@code IGOWSTNAT}), not one of a body of it. */
    boolean isOwn(String code) {
        return states.contains(code) || organisations.containsKey(code);
    }
}
