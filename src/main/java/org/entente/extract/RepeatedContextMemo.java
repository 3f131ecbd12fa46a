package org.entente.extract;

import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;

import java.util.Arrays;
import java.util.Map;

/**
 * OpenNLP's part-of-speech model, answering a context it has just evaluated without evaluating it
 * again. The tagger's beam search asks the model once per word for each of its (three) candidate
 * tag sequences, but the model's cached feature generator gives every candidate at a word the same
 * context (it caches features by word position, the previous tags included), so two asks in three
 * repeat the one before. The model's answer is a function of the context alone, so the tags are
 * exactly those of the plain model. Each thread's beam search evaluates into an array of its own,
 * and the memo keeps, per thread, the last context and that array.
 */
final class RepeatedContextMemo implements MaxentModel {

    private static final String MODEL = "pos.model";
    private static final String BEAM_SIZE = "BeamSize";
    private static final int DEFAULT_BEAM_SIZE = 3;

    private record Last(String[] context, double[] answer) {
    }

    private final MaxentModel model;
    private final ThreadLocal<Last> last = new ThreadLocal<>();

    private RepeatedContextMemo(MaxentModel model) {
        this.model = model;
    }

    /** The same tagger model (features, beam size, tags) with its classifier behind the memo. */
    static POSModel over(POSModel tagger) {
        String beamSize = tagger.getManifestProperty(BEAM_SIZE);
        return new POSModel(tagger.getLanguage(), new RepeatedContextMemo((MaxentModel) tagger.getArtifact(MODEL)),
                beamSize == null ? DEFAULT_BEAM_SIZE : Integer.parseInt(beamSize), Map.of(), tagger.getFactory());
    }

    @Override
    public double[] eval(String[] context, double[] probs) {
        Last previous = last.get();
        if (previous != null && previous.answer() == probs && Arrays.equals(previous.context(), context)) {
            return probs; // the beam search only reads the answer, so the array still holds it
        }
        double[] answer = model.eval(context, probs);
        last.set(new Last(context, answer));
        return answer;
    }

    @Override
    public double[] eval(String[] context) {
        return model.eval(context);
    }

    @Override
    public double[] eval(String[] context, float[] values) {
        return model.eval(context, values);
    }

    @Override
    public String getBestOutcome(double[] outcomes) {
        return model.getBestOutcome(outcomes);
    }

    @Override
    public String getAllOutcomes(double[] outcomes) {
        return model.getAllOutcomes(outcomes);
    }

    @Override
    public String getOutcome(int i) {
        return model.getOutcome(i);
    }

    @Override
    public int getIndex(String outcome) {
        return model.getIndex(outcome);
    }

    @Override
    public int getNumOutcomes() {
        return model.getNumOutcomes();
    }
}
