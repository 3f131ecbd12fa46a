package org.entente.generate;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Every template file of the generator, read once from the classpath. */
record Templates(List<ActTemplate> acts, List<String> topics, List<String> background, List<String> titles,
                 List<String> headlines, List<String> captions, Map<String, List<String>> credits) {

    static Templates load() {
        List<ActTemplate> acts = TemplateFile.rows("acts.tsv", List.of("act", "wording", "text")).stream()
                .map(row -> new ActTemplate(row.get("act"), row.get("wording").equals("known"), row.get("text"))).toList();
        List<String> topics = TemplateFile.rows("topics.tsv", List.of("topic")).stream().map(row -> row.get("topic")).toList();
        Map<String, List<String>> credits = TemplateFile.rows("credits.tsv", List.of("kind", "name")).stream()
                .collect(Collectors.groupingBy(row -> row.get("kind"), Collectors.mapping(row -> row.get("name"), Collectors.toList())));
        return new Templates(acts, topics, TemplateFile.lines("background.txt"),
                TemplateFile.lines("titles.txt"), TemplateFile.lines("headlines.txt"), TemplateFile.lines("captions.txt"), credits);
    }
}
