package org.opencem.journey.web;

import java.util.Map;

/**
 * The one form of the journey map that was just submitted and refused: which form, the message
 * for each field, and what was typed, so the map can show the errors beside the fields and keep
 * the values. {@link #NONE} when nothing was refused.
 */
record EditState(String form, Map<String, String> errors, Map<String, String> values, String message) {

    static final EditState NONE = new EditState("", Map.of(), Map.of(), null);

    EditState {
        errors = Map.copyOf(errors);
        values = Map.copyOf(values);
    }

    static EditState failed(String form, Map<String, String> errors, Map<String, String> values) {
        return new EditState(form, errors, values, null);
    }

    static EditState refused(String message) {
        return new EditState("", Map.of(), Map.of(), message);
    }

    /** Whether this form was refused, so the template opens it. */
    public boolean has(String form) {
        return this.form.equals(form) && !errors.isEmpty();
    }

    public String error(String form, String field) {
        return this.form.equals(form) ? errors.get(field) : null;
    }

    /** What was typed into the refused form, else the current value. */
    public String value(String form, String field, Object current) {
        if (this.form.equals(form) && values.containsKey(field)) {
            return values.get(field);
        }
        return current == null ? "" : current.toString();
    }
}
