package org.opencem.actions;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.opencem.actions.internal.rules.CompiledRule;
import org.opencem.actions.internal.rules.MetricAlerts;
import org.opencem.actions.internal.rules.RuleCache;
import org.opencem.actions.internal.rules.RuleStore;
import org.opencem.actions.internal.rules.RuleValidation;
import org.opencem.actions.internal.rules.TryOuts;
import org.opencem.identity.UserAccounts;
import org.opencem.platform.CurrentUser;
import org.opencem.platform.Ids;
import org.opencem.platform.InvalidInputException;
import org.opencem.platform.NotFoundException;
import org.opencem.platform.Violation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Alert rules as CX managers and admins keep them: written, tried against the last 30 days,
 * switched on and off. Rules belong to the tenant; nobody else reads or changes them. Senders
 * (case routing, notifications) read a rule's recipients and instruction by id.
 */
@Service
public class AlertRules {

    private final RuleStore store;
    private final RuleCache cache;
    private final TryOuts tryOuts;
    private final MetricAlerts metricAlerts;
    private final UserAccounts users;
    private final Clock clock;

    AlertRules(RuleStore store, RuleCache cache, TryOuts tryOuts, MetricAlerts metricAlerts, UserAccounts users, Clock clock) {
        this.store = store;
        this.cache = cache;
        this.tryOuts = tryOuts;
        this.metricAlerts = metricAlerts;
        this.users = users;
        this.clock = clock;
    }

    /** The tenant's rules in the order they are tried, each with what makes it broken. */
    public List<AlertRule> list(CurrentUser me) {
        editor(me);
        return cache.rules(me.tenantId()).all().stream().map(CompiledRule::rule).toList();
    }

    public AlertRule get(CurrentUser me, UUID id) {
        editor(me);
        return compiled(me.tenantId(), id).rule();
    }

    /** A rule by id for those who act on its cases (routing, notifications), whoever is signed in. */
    public Optional<AlertRule> find(UUID tenantId, UUID id) {
        return cache.rules(tenantId).all().stream().map(CompiledRule::rule).filter(r -> r.id().equals(id)).findFirst();
    }

    public AlertRule create(CurrentUser me, AlertRuleInput input) {
        editor(me);
        validate(me, input);
        UUID id = Ids.newId();
        store.insert(me.tenantId(), id, input, OffsetDateTime.now(clock));
        cache.invalidate(me.tenantId());
        return get(me, id);
    }

    public AlertRule update(CurrentUser me, UUID id, AlertRuleInput input) {
        editor(me);
        RuleKind kind = compiled(me.tenantId(), id).rule().kind();
        AlertRuleInput sameKind = new AlertRuleInput(input.name(), input.enabled(), input.priority(), kind,
                input.conditions(), input.metric(), input.titleTemplate(), input.instruction(), input.recipients());
        validate(me, sameKind);
        store.update(me.tenantId(), id, sameKind, kind, OffsetDateTime.now(clock));
        cache.invalidate(me.tenantId());
        return get(me, id);
    }

    public AlertRule setEnabled(CurrentUser me, UUID id, boolean enabled) {
        editor(me);
        if (!store.setEnabled(me.tenantId(), id, enabled, OffsetDateTime.now(clock))) {
            throw new NotFoundException("Alert rule");
        }
        cache.invalidate(me.tenantId());
        return get(me, id);
    }

    public void delete(CurrentUser me, UUID id) {
        editor(me);
        if (!store.delete(me.tenantId(), id)) {
            throw new NotFoundException("Alert rule");
        }
        cache.invalidate(me.tenantId());
    }

    /** What an unsaved rule would have done over the last 30 days, in the caller's scope. */
    public RuleTryOut tryOut(CurrentUser me, AlertRuleInput input) {
        editor(me);
        validate(me, input);
        RuleCache.Rules rules = cache.rules(me.tenantId());
        CompiledRule compiled = RuleCache.compile(new RuleStore.StoredRule(null, me.tenantId(), input, null, null),
                rules.context());
        return tryOuts.tryOut(me.scope(), rules.context(), compiled);
    }

    /** What a stored rule would have done over the last 30 days, in the caller's scope. */
    public RuleTryOut tryOut(CurrentUser me, UUID id) {
        editor(me);
        return tryOuts.tryOut(me.scope(), cache.rules(me.tenantId()).context(), compiled(me.tenantId(), id));
    }

    /** How many records of the last 30 days in the caller's scope each feedback rule matches on its own. */
    public Map<UUID, Integer> matchedLast30Days(CurrentUser me) {
        editor(me);
        return tryOuts.matchCounts(me.scope(), cache.rules(me.tenantId()).all());
    }

    /** Runs the tenant's metric rules for the last week now, as the daily check does; returns the cases opened. */
    public int checkMetricsNow(CurrentUser me) {
        editor(me);
        return metricAlerts.run(cache.rules(me.tenantId()), metricAlerts.lastCompleteWeek());
    }

    private CompiledRule compiled(UUID tenantId, UUID id) {
        return cache.rules(tenantId).all().stream().filter(r -> r.rule().id().equals(id)).findFirst()
                .or(() -> {
                    cache.invalidate(tenantId);
                    return cache.rules(tenantId).all().stream().filter(r -> r.rule().id().equals(id)).findFirst();
                })
                .orElseThrow(() -> new NotFoundException("Alert rule"));
    }

    private void validate(CurrentUser me, AlertRuleInput input) {
        List<Violation> errors = new ArrayList<>(RuleValidation.check(input));
        List<UUID> chosen = input.recipients().users();
        for (int i = 0; i < chosen.size(); i++) {
            if (users.find(me.tenantId(), chosen.get(i)).isEmpty()) {
                errors.add(Violation.of("recipients.users", "rules.error.unknownChoice", chosen.get(i)));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static void editor(CurrentUser me) {
        if (!me.managesConfiguration()) {
            throw new AccessDeniedException("Only CX managers and admins keep alert rules");
        }
    }
}
