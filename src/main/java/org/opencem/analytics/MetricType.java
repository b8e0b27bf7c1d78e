package org.opencem.analytics;

/**
 * The kinds of metric the engine computes, each with the headline value DOMAIN.md defines.
 * {@link #RATING} is a custom metric on one rating question: its mean and distribution.
 */
public enum MetricType {
    /** NPS −100…100 from 0–10 answers. */
    NPS("nps"),
    /** CSAT top-2-box %, 4 or 5 of 1–5. */
    CSAT("csat"),
    /** CSAT mean, 1–5. */
    CSAT_MEAN("csat_mean"),
    /** CES mean, 1–7. */
    CES("ces"),
    /** CES % easy, 5–7 of 1–7. */
    CES_EASY("ces_easy"),
    /** Net sentiment −100…100 of the comments analysed. */
    NET_SENTIMENT("net_sentiment"),
    /** CX health index 0–100, weighted by the tenant. */
    CX_INDEX("cx_index"),
    /** Number of feedback records. */
    RESPONSES("responses"),
    /** Completed / invited; not available while no invitation is counted. */
    RESPONSE_RATE("response_rate"),
    /** Mean and distribution of one rating question: {@code rating.<questionKey>}. */
    RATING("rating");

    private final String code;

    MetricType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
