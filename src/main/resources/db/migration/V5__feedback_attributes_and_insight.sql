-- Attributes travel with the record (the customer's, chosen options) so that rules and segments
-- never reach back into a source's tables. The insight columns are filled by text analytics:
-- sentiment and topics as columns for aggregates and filters, the full insight as JSON.
alter table feedback_record add column attributes text;
alter table feedback_record add column sentiment varchar(8);
alter table feedback_record add column sentiment_score double precision;
alter table feedback_record add column topics varchar(2000);
alter table feedback_record add column insight text;
alter table feedback_record add column enriched_at timestamp with time zone;
