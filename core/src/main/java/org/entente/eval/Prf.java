package org.entente.eval;

/** Precision, recall and F1 (0.0 where a denominator is zero, as in score.py). */
public record Prf(double p, double r, double f1) {

    public static Prf of(int tp, int fp, int fn) {
        double p = tp + fp == 0 ? 0.0 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 0.0 : (double) tp / (tp + fn);
        return of(p, r);
    }

    /** F1 from precision and recall, computed in score.py's operation order so the bits agree. */
    public static Prf of(double p, double r) {
        return new Prf(p, r, p + r == 0 ? 0.0 : 2 * p * r / (p + r));
    }
}
