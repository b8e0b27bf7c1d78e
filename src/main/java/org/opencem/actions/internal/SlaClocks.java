package org.opencem.actions.internal;

import org.opencem.actions.BusinessHours;
import org.opencem.actions.SlaTarget;
import org.opencem.actions.CaseConfiguration;
import org.opencem.actions.CaseSettings;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.opencem.actions.CasePriority;
import org.springframework.stereotype.Component;

/** Turns a tenant's SLA targets and business hours into due times on a case. */
@Component
public class SlaClocks {

    private final CaseConfiguration settings;

    SlaClocks(CaseConfiguration settings) {
        this.settings = settings;
    }

    /** A tenant's clocks, loaded once for a batch of cases. */
    public TenantClocks forTenant(UUID tenantId) {
        CaseSettings tenant = settings.settings(tenantId);
        return new TenantClocks(tenant.hours(settings.holidays(tenantId)), settings.sla(tenantId), tenant.remindPercent());
    }

    /** The due times of a case: first response, resolution, and the reminder before resolution. */
    public record Due(Instant firstResponse, Instant resolution, Instant remind) {

        /** The first pending moment the SLA job must look at the case. */
        public Instant nextCheck(boolean responded) {
            Instant next = remind.isBefore(resolution) ? remind : resolution;
            return !responded && firstResponse.isBefore(next) ? firstResponse : next;
        }
    }

    public record TenantClocks(BusinessHours hours, Map<CasePriority, SlaTarget> targets, int remindPercent) {

        /** The clocks of a case opened (or reopened) at {@code from}. */
        public Due start(CasePriority priority, Instant from) {
            SlaTarget target = targets.get(priority);
            return due(from, target.firstResponseMinutes(), target.resolutionMinutes());
        }

        /**
         * After an escalation, the new owner gets the priority's first-response time to resolve:
         * a breached case is urgent for whoever it reaches.
         */
        public Due afterEscalation(CasePriority priority, Instant from) {
            int minutes = targets.get(priority).firstResponseMinutes();
            return due(from, minutes, minutes);
        }

        private Due due(Instant from, int firstResponseMinutes, int resolutionMinutes) {
            return new Due(hours.plus(from, firstResponseMinutes), hours.plus(from, resolutionMinutes),
                    hours.plus(from, (long) resolutionMinutes * remindPercent / 100));
        }
    }
}
