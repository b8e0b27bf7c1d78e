-- PostgreSQL only: H2 has no partial indexes. The records text analytics still has to see (stored
-- before it ran) or has to try again (it failed) are a few among millions; the scheduled jobs find
-- them through these without reading the whole table.
create index feedback_record_not_enriched on feedback_record (tenant_id, id)
    where enriched_at is null and enrichment_error is null and comment_text is not null;
create index feedback_record_enrichment_failed on feedback_record (tenant_id, id)
    where enrichment_error is not null and comment_text is not null;
