package org.opencem.analytics;

/** NPS and CSAT of one slice, with the tenant's small-sample threshold. */
public record Metrics(NpsResult nps, CsatResult csat, int minSample) {

    public boolean npsSmallSample() {
        return nps.n() < minSample;
    }

    public boolean csatSmallSample() {
        return csat.n() < minSample;
    }

    public Metrics plus(Metrics other) {
        return new Metrics(nps.plus(other.nps), csat.plus(other.csat), minSample);
    }

    public static Metrics empty(int minSample) {
        return new Metrics(NpsResult.EMPTY, CsatResult.EMPTY, minSample);
    }
}
