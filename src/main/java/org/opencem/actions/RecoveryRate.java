package org.opencem.actions;

/**
 * Of the customers whose case was closed with the customer told ({@code told}), how many answered
 * again ({@code answered}) and how many of those were no longer detractors ({@code recovered}).
 * The rate is over those who answered again: null until someone has.
 */
public record RecoveryRate(String key, String label, int told, int answered, int recovered) {

    public Double rate() {
        return answered == 0 ? null : 100.0 * recovered / answered;
    }

    public RecoveryRate plus(RecoveryRate other) {
        return new RecoveryRate(key, label, told + other.told, answered + other.answered, recovered + other.recovered);
    }
}
