package org.opencem.feedback;

import java.util.UUID;

/**
 * Who a personal survey link was made for, and the case it follows up (null for a plain
 * personal link). It travels signed in the link's {@code c} parameter.
 */
public record PersonalRef(UUID customerId, UUID caseId) {

    /** The feedback record attribute naming the case a follow-up answer belongs to. */
    public static final String CASE_ATTRIBUTE = "loop.case";
}
