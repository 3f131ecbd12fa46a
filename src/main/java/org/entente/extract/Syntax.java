package org.entente.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;

import java.util.ArrayList;
import java.util.List;

/**
 * Stanford CoreNLP's English part-of-speech tagger ({@code english-left3words}, the fast one) and
 * neural dependency parser (Universal Dependencies), loaded once from the packaged models: the
 * enhanced++ dependency graph of a sentence, over the sentence's own tokens (node {@code i + 1} is
 * token {@code i}), with the tokens' lemmas. Both models are safe to use from many threads.
 */
final class Syntax {

    private static final String TAGGER = "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";
    private static final String PARSER = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

    private final MaxentTagger tagger;
    private final DependencyParser parser;

    private Syntax(MaxentTagger tagger, DependencyParser parser) {
        this.tagger = tagger;
        this.parser = parser;
    }

    static Syntax load() {
        RedwoodConfiguration.empty().apply(); // CoreNLP's own progress lines are not the user's output
        return new Syntax(new MaxentTagger(TAGGER), DependencyParser.loadFromModelFile(PARSER));
    }

    /** The enhanced++ dependencies of the sentence. */
    SemanticGraph parse(Sentence sentence) {
        List<Word> words = new ArrayList<>();
        for (Token token : sentence.tokens()) {
            words.add(new Word(token.text()));
        }
        List<TaggedWord> tagged = tagger.tagSentence(words);
        GrammaticalStructure structure = parser.predict(tagged);
        SemanticGraph graph = new SemanticGraph(structure.typedDependenciesEnhancedPlusPlus());
        for (IndexedWord word : graph.vertexSet()) {
            int token = word.index() - 1;
            if (token >= 0 && token < sentence.tokens().size()) {
                CoreLabel label = word.backingLabel();
                label.setLemma(sentence.tokens().get(token).lemma());
            }
        }
        return graph;
    }
}
