package org.opencem.journey;

import java.util.UUID;

/** A customer's path through the tenant's business, e.g. dining: 线上预约 → 前往餐厅 → … */
public record Journey(UUID tenantId, UUID id, String name, String description) {
}
