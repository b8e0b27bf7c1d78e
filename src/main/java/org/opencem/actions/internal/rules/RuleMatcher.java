package org.opencem.actions.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.opencem.actions.internal.AlertMatch;
import org.opencem.actions.internal.AlertMatcher;
import org.opencem.feedback.FeedbackRecord;
import org.springframework.stereotype.Component;

/**
 * The tenant's alert rules against each record of a batch: the first rule that matches, the most
 * urgent first, opens the case; switched-off and broken rules are skipped.
 */
@Component
class RuleMatcher implements AlertMatcher {

    private final RuleCache cache;

    RuleMatcher(RuleCache cache) {
        this.cache = cache;
    }

    @Override
    public List<AlertMatch> matches(UUID tenantId, List<FeedbackRecord> records) {
        RuleCache.Rules rules = cache.rules(tenantId);
        List<CompiledRule> live = rules.live();
        if (live.isEmpty()) {
            return List.of();
        }
        List<AlertMatch> matches = new ArrayList<>();
        for (FeedbackRecord record : records) {
            for (CompiledRule rule : live) {
                if (rule.matches(record)) {
                    matches.add(new AlertMatch(record, rule.rule(),
                            CaseTitles.forRecord(rule.rule().titleTemplate(), rule.rule().name(), record, rules.context())));
                    break;
                }
            }
        }
        return matches;
    }
}
