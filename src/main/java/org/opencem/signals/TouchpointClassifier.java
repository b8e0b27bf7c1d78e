package org.opencem.signals;

import java.util.List;
import java.util.UUID;

/**
 * Puts signals on a touchpoint of the tenant's journeys. Every bean of this type is asked, in
 * {@code @Order}, and the first answer wins: the tenant's mapping rules come first, and a text
 * classifier (from text analytics) can be added as another bean to place what no rule placed.
 */
public interface TouchpointClassifier {

    /** For each signal, in order, its touchpoint, or null when this classifier cannot tell. */
    List<UUID> touchpoints(UUID tenantId, List<SignalInput> signals);
}
