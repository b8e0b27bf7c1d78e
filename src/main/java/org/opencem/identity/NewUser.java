package org.opencem.identity;

import java.util.List;
import java.util.UUID;

import org.opencem.platform.Role;

public record NewUser(String username, String password, String displayName, String email, Role role,
                      UUID departmentId, List<UUID> scopeUnitIds) {
}
