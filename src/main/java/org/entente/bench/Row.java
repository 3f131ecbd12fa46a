package org.entente.bench;

/**
 * One measured figure beside its baseline from the same run; {@code baseline} is NaN where the
 * row has none. The ratio is figure / baseline.
 */
public record Row(String what, double figure, String unit, double baseline, String baselineLabel) {

    static Row alone(String what, double figure, String unit) {
        return new Row(what, figure, unit, Double.NaN, "-");
    }

    public double ratio() {
        return Double.isNaN(baseline) || baseline == 0 ? Double.NaN : figure / baseline;
    }
}
