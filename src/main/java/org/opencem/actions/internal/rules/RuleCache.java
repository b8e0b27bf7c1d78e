package org.opencem.actions.internal.rules;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.opencem.actions.AlertRule;
import org.opencem.actions.RuleKind;
import org.opencem.platform.Violation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Each tenant's rules compiled, kept for a short while: the dispatcher evaluates every record of
 * every batch against them. A change made here drops the tenant's entry at once; a change made on
 * another instance is seen when the entry expires.
 */
@Component
public class RuleCache {

    private final RuleStore store;
    private final RuleContexts contexts;
    private final long ttlNanos;
    private final Map<UUID, Entry> entries = new ConcurrentHashMap<>();

    RuleCache(RuleStore store, RuleContexts contexts, @Value("${opencem.alert-rules.cache-ttl:30s}") Duration ttl) {
        this.store = store;
        this.contexts = contexts;
        this.ttlNanos = ttl.toNanos();
    }

    /** The tenant's rules, compiled, in the order they are tried, with the context they were compiled against. */
    public record Rules(RuleContext context, List<CompiledRule> all) {

        /** What the dispatcher runs: switched on, feedback rules, not broken. */
        public List<CompiledRule> live() {
            return all.stream().filter(r -> r.rule().enabled() && r.rule().kind() == RuleKind.FEEDBACK && !r.rule().broken())
                    .toList();
        }
    }

    public Rules rules(UUID tenantId) {
        long now = System.nanoTime();
        Entry entry = entries.get(tenantId);
        if (entry == null || now - entry.loadedAt() > ttlNanos) {
            entry = new Entry(load(tenantId), now);
            entries.put(tenantId, entry);
        }
        return entry.rules();
    }

    public void invalidate(UUID tenantId) {
        entries.remove(tenantId);
    }

    private Rules load(UUID tenantId) {
        RuleContext context = contexts.load(tenantId);
        return new Rules(context, store.all(tenantId).stream().map(stored -> compile(stored, context)).toList());
    }

    public static CompiledRule compile(RuleStore.StoredRule stored, RuleContext context) {
        var input = stored.rule();
        List<Violation> problems;
        RuleCompiler.Compiled compiled = null;
        if (input.kind() == RuleKind.FEEDBACK) {
            compiled = RuleCompiler.compile(input.conditions(), context);
            problems = compiled.problems();
        } else {
            problems = RuleCompiler.check(input.metric(), context);
        }
        AlertRule rule = new AlertRule(stored.id(), input.name(), input.enabled(), input.priority(), input.kind(),
                input.conditions(), input.metric(), input.titleTemplate(), input.instruction(), input.recipients(),
                stored.updatedAt(), problems);
        return new CompiledRule(rule, compiled == null ? null : compiled.predicate());
    }

    private record Entry(Rules rules, long loadedAt) {
    }
}
