package org.entente.extract;

import org.entente.facts.ActorType;
import org.entente.reference.ReferenceData;

import java.util.HashMap;
import java.util.Map;

/** What the facts format needs to know of an entity the gazetteer names: its type, English name and Wikidata id. */
final class ActorDirectory {

    record Entry(ActorType type, String label, String wikidata) {
    }

    private final Map<String, Entry> entries = new HashMap<>();

    ActorDirectory(ReferenceData data) {
        data.states().forEach(s -> entries.put(s.actorId(), new Entry(ActorType.State, s.name(), s.wikidata())));
        data.organisations().forEach(o -> entries.put(o.actorId(), new Entry(
                o.type().equals("Alliance") ? ActorType.Alliance : ActorType.Organisation, o.name(), o.wikidata())));
        data.people().forEach(p -> entries.put(p.actorId(), new Entry(ActorType.Person, p.name(), p.wikidata())));
        data.offices().forEach(o -> entries.put(o.actorId(), new Entry(ActorType.Office, o.name(), o.wikidata())));
        data.treaties().forEach(t -> entries.put(t.actorId(), new Entry(ActorType.Treaty, t.name(), t.wikidata())));
        data.decisions().forEach(d -> entries.put(d.actorId(), new Entry(ActorType.Decision, d.name(), d.wikidata())));
        data.dictionaries().people().forEach(p -> entries.putIfAbsent(p.actorId(), new Entry(ActorType.Person, p.name(), null)));
        data.dictionaries().groups().forEach(g -> entries.put(g.actorId(), new Entry(ActorType.NonStateActor, g.name(), null)));
    }

    Entry get(String entity) {
        Entry entry = entries.get(entity);
        if (entry == null) {
            throw new IllegalStateException("the gazetteer named " + entity + ", which the reference tables do not define");
        }
        return entry;
    }
}
