-- The dispatcher takes the oldest queued records first; during a burst the outbox holds thousands.
create index feedback_outbox_queued_idx on feedback_outbox (queued_at);
