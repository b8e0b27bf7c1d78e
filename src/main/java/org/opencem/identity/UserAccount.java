package org.opencem.identity;

import java.util.List;
import java.util.UUID;

import org.opencem.platform.Role;

/** A person who signs in to the console, with the org units whose subtrees they may see. */
public record UserAccount(UUID tenantId, UUID id, String username, String displayName, String email,
                          Role role, UUID departmentId, String locale, boolean active, List<UUID> scopeUnitIds) {
}
