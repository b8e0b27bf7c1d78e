/**
 * Customer journeys: journey → ordered stages → ordered touchpoints, each touchpoint owned by a
 * department. Journeys are tenant-wide configuration, not scoped to org units. The root package is
 * the API ({@link org.opencem.journey.Journeys} and its records); {@code web} is private.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"organization", "platform"})
package org.opencem.journey;
