-- PostgreSQL only (partial indexes). The newest comments of a slice, and the topics of its newest
-- analysed comments, are looked for among the commented records alone, by time and by touchpoint
-- and time, rather than by walking back through every response of the period.
create index feedback_record_comment_time_idx on feedback_record (tenant_id, occurred_at)
    where comment_text is not null;
create index feedback_record_comment_touchpoint_idx on feedback_record (tenant_id, touchpoint_id, occurred_at)
    where comment_text is not null;
