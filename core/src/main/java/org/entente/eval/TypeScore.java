package org.entente.eval;

/** Counts and rates for one event type, or for all types together. */
public record TypeScore(int tp, int fp, int fn, double p, double r, double f1) {

    public static TypeScore of(int tp, int fp, int fn) {
        Prf prf = Prf.of(tp, fp, fn);
        return new TypeScore(tp, fp, fn, prf.p(), prf.r(), prf.f1());
    }
}
