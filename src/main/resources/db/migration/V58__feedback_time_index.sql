-- A tenant's feedback in time order: the newest comments, topics and cases of a slice (any
-- subtree, any touchpoint) are read backwards from the end of its period and stop early, rather
-- than gathering and sorting every record of the period.
create index feedback_record_time_idx on feedback_record (tenant_id, occurred_at);
