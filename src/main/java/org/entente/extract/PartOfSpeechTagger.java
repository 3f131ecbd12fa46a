package org.entente.extract;

import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTagFormatMapper;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.util.SequenceValidator;

import java.util.Arrays;
import java.util.PriorityQueue;

/**
 * OpenNLP's part-of-speech tagger (its model, features and beam search), giving the tags
 * {@code POSTaggerME} gives, at less cost: the search is OpenNLP's, step for step, but a candidate
 * sequence is a link to the one it extends (not a copy of it), the few best tags of a word are
 * picked out instead of sorting all of them, and a context is evaluated once when the candidates
 * at a word ask for the same one (with this model they all do: its cached feature generator keeps
 * the features of each word, previous tags included, from the first candidate that asks). Each
 * thread gets a context generator of its own, as with {@code ThreadSafePOSTaggerME}.
 */
final class PartOfSpeechTagger {

    private static final String MODEL = "pos.model";
    private static final String BEAM_SIZE = "BeamSize";
    private static final int DEFAULT_BEAM_SIZE = 3;
    /** The least score a candidate may have, as in OpenNLP's {@code BeamSearch}. */
    private static final double MIN_SCORE = -100000;
    private static final Object[] NO_ADDITIONAL_CONTEXT = new Object[0];

    /** The state of one thread: OpenNLP's context generator caches the features of the sentence it tags; the model evaluates into the array. */
    private record Search(POSContextGenerator contexts, SequenceValidator<String> validator, double[] probabilities) {
    }

    private final int beamSize;
    private final MaxentModel model;
    private final ThreadLocal<Search> searches;

    private PartOfSpeechTagger(POSModel tagger) {
        String size = tagger.getManifestProperty(BEAM_SIZE);
        beamSize = size == null ? DEFAULT_BEAM_SIZE : Integer.parseInt(size);
        model = (MaxentModel) tagger.getArtifact(MODEL);
        POSTaggerFactory factory = tagger.getFactory();
        searches = ThreadLocal.withInitial(() -> new Search(factory.getPOSContextGenerator(beamSize), factory.getSequenceValidator(),
                new double[model.getNumOutcomes()]));
    }

    /** The tagger of a model whose tags are universal ones, which {@code POSTaggerME} passes on as they are. */
    static PartOfSpeechTagger of(POSModel tagger) {
        if (POSTagFormatMapper.guessFormat(tagger) != POSTagFormat.UD) {
            throw new IllegalArgumentException("the part-of-speech model does not give universal (UD) tags");
        }
        return new PartOfSpeechTagger(tagger);
    }

    String[] tag(String[] words) {
        Search search = searches.get();
        PriorityQueue<Candidate> best = new PriorityQueue<>(beamSize);
        PriorityQueue<Candidate> next = new PriorityQueue<>(beamSize);
        best.add(new Candidate());
        for (int i = 0; i < words.length; i++) {
            String[] evaluated = null;
            double[] probabilities = null;
            double least = 0;
            int expanded = Math.min(beamSize, best.size());
            for (int c = 0; c < expanded && !best.isEmpty(); c++) {
                Candidate top = best.remove();
                String[] tags = top.tags();
                String[] context = search.contexts().getContext(i, words, tags, NO_ADDITIONAL_CONTEXT);
                if (evaluated == null || !Arrays.equals(context, evaluated)) {
                    probabilities = model.eval(context, search.probabilities());
                    evaluated = context;
                    least = largest(probabilities, Math.min(beamSize, probabilities.length));
                }
                extend(top, tags, i, words, probabilities, least, false, search.validator(), next);
                if (next.isEmpty()) {
                    extend(top, tags, i, words, probabilities, least, true, search.validator(), next);
                }
            }
            best.clear();
            PriorityQueue<Candidate> emptied = best;
            best = next;
            next = emptied;
        }
        return best.remove().tags();
    }

    /**
     * Adds to {@code next} the candidates extending {@code top} by each valid tag whose probability
     * is at least {@code least}, or by every valid tag (what OpenNLP does when none passed).
     */
    private void extend(Candidate top, String[] tags, int i, String[] words, double[] probabilities, double least, boolean everyTag,
                        SequenceValidator<String> validator, PriorityQueue<Candidate> next) {
        for (int p = 0; p < probabilities.length; p++) {
            if (everyTag || probabilities[p] >= least) {
                String tag = model.getOutcome(p);
                if (validator.validSequence(i, words, tags, tag)) {
                    Candidate candidate = new Candidate(top, tag, probabilities[p]);
                    if (candidate.score > MIN_SCORE) {
                        next.add(candidate);
                    }
                }
            }
        }
    }

    /** The {@code k}-th largest of the values, counting equal ones, in the order {@code Arrays.sort} puts them. */
    static double largest(double[] values, int k) {
        double[] top = new double[k];
        int kept = 0;
        for (double value : values) {
            if (kept < k || Double.compare(value, top[k - 1]) > 0) {
                int j = kept < k ? kept++ : k - 1;
                while (j > 0 && Double.compare(top[j - 1], value) < 0) {
                    top[j] = top[j - 1];
                    j--;
                }
                top[j] = value;
            }
        }
        return top[k - 1];
    }

    /** A sequence of tags: its last tag, the sequence it extends and its score (the sum of the tags' log probabilities). */
    private static final class Candidate implements Comparable<Candidate> {

        private final Candidate extended;
        private final String tag;
        private final double score;
        private final int length;

        Candidate() {
            this.extended = null;
            this.tag = null;
            this.score = 0;
            this.length = 0;
        }

        Candidate(Candidate extended, String tag, double probability) {
            this.extended = extended;
            this.tag = tag;
            this.score = extended.score + StrictMath.log(probability);
            this.length = extended.length + 1;
        }

        String[] tags() {
            String[] tags = new String[length];
            Candidate candidate = this;
            for (int i = length - 1; i >= 0; i--) {
                tags[i] = candidate.tag;
                candidate = candidate.extended;
            }
            return tags;
        }

        /** Best first, as OpenNLP's {@code Sequence} orders them. */
        @Override
        public int compareTo(Candidate other) {
            return Double.compare(other.score, score);
        }
    }
}
