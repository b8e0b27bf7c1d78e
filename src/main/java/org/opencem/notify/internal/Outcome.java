package org.opencem.notify.internal;

/**
 * How one attempt ended. A permanent failure (the channel is gone or off) is not retried.
 */
public record Outcome(boolean delivered, boolean permanent, Integer httpStatus, String error) {

    public static Outcome delivered(Integer httpStatus) {
        return new Outcome(true, false, httpStatus, null);
    }

    public static Outcome failed(Integer httpStatus, String error) {
        return new Outcome(false, false, httpStatus, error);
    }

    public static Outcome permanentlyFailed(String error) {
        return new Outcome(false, true, null, error);
    }
}
