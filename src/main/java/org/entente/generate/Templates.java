package org.entente.generate;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Every template file of the generator, read once from the classpath. */
record Templates(List<ActTemplate> acts, List<String> topics, List<String> background, List<String> titles,
                 List<String> headlines, List<String> captions, Map<String, List<String>> credits) {

    static Templates load() {
        List<ActTemplate> acts = TemplateFile.rows("acts.tsv").stream()
                .map(row -> new ActTemplate(row[0], row[1].equals("known"), row[2])).toList();
        List<String> topics = TemplateFile.lines("topics.tsv");
        Map<String, List<String>> credits = TemplateFile.rows("credits.tsv").stream()
                .collect(Collectors.groupingBy(row -> row[0], Collectors.mapping(row -> row[1], Collectors.toList())));
        return new Templates(acts, topics.subList(1, topics.size()), TemplateFile.lines("background.txt"),
                TemplateFile.lines("titles.txt"), TemplateFile.lines("headlines.txt"), TemplateFile.lines("captions.txt"), credits);
    }
}
