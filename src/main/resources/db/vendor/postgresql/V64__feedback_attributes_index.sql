-- PostgreSQL only (a partial index). Segment comparison offers the customer attributes found on
-- a slice's newest records that carry any; where few do, they are found without walking back
-- through every response of the period.
create index feedback_record_attributes_time_idx on feedback_record (tenant_id, occurred_at)
    where attributes is not null;
