-- Why a record's text analysis failed; the record was handed on without insight and a job retries it.
alter table feedback_record add column enrichment_error varchar(500);
create index feedback_record_enrichment_error_idx on feedback_record (tenant_id, enrichment_error);
