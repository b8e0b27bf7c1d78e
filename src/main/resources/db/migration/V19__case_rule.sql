-- The alert rule that opened a case, if one did: shown on the case, and whom the rule tells.
-- No foreign key: a rule deleted later leaves its cases as they were.
alter table feedback_case add column rule_id uuid;
