package org.entente.reference;

import java.util.List;

/** A post held by one person at a time, or a body such as a ministry; it speaks for {@code of}. */
public record Office(String key, String name, String kind, String of, String wikidata, List<String> aliases, List<Source> sources) {

    public static final List<String> KINDS = List.of("post", "body");

    public boolean isPost() {
        return kind.equals("post");
    }

    public String actorId() {
        return "office/" + key;
    }
}
