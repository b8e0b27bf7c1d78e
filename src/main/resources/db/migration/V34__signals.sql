-- A source may send a record again (a review edited, a ticket reopened): the outbox then carries
-- the version listeners already counted, as JSON, so they can take it out before adding the new one.
alter table feedback_outbox add column superseded text;

-- The original of every signal, as it came in, with what it was mapped to. The same source and
-- external id is the same signal: sent again, it updates this row and its feedback record.
create table signal_record (
    tenant_id      uuid         not null,
    id             uuid         not null,
    source         varchar(16)  not null,
    external_id    varchar(200) not null,
    org_unit_id    uuid         not null,
    touchpoint_id  uuid,
    customer_id    varchar(100),
    occurred_at    timestamp with time zone not null,
    rating         smallint,
    title          varchar(500),
    author         varchar(200),
    body           text,
    original       text         not null,
    received_at    timestamp with time zone not null,
    primary key (tenant_id, id),
    constraint signal_record_external_unique unique (tenant_id, source, external_id)
);
create index signal_record_time_idx on signal_record (tenant_id, occurred_at);

-- Tenant-defined rules putting signals on a touchpoint: the first rule (by sort_order) whose
-- source, category and keyword all match wins; an empty condition matches anything.
create table signal_touchpoint_rule (
    tenant_id      uuid         not null,
    id             uuid         not null,
    sort_order     int          not null,
    source         varchar(16),
    category       varchar(200),
    keyword        varchar(200),
    touchpoint_id  uuid         not null,
    primary key (tenant_id, id)
);

-- The column mapping a tenant last used for a source's files, offered again for the next file.
create table signal_column_mapping (
    tenant_id   uuid        not null,
    source      varchar(16) not null,
    mapping     text        not null,
    updated_at  timestamp with time zone not null,
    primary key (tenant_id, source)
);

-- An uploaded file and its progress; the file stays in the database so any instance can process it.
create table signal_import (
    tenant_id       uuid         not null,
    id              uuid         not null,
    source          varchar(16)  not null,
    file_name       varchar(300) not null,
    file_kind       varchar(8)   not null,
    content         bytea        not null,
    mapping         text,
    scope_paths     text         not null,
    status          varchar(16)  not null,
    total_rows      int          not null,
    processed_rows  int          not null,
    created_count   int          not null,
    updated_count   int          not null,
    unchanged_count int          not null,
    failed_count    int          not null,
    errors          text,
    created_by      uuid         not null,
    created_at      timestamp with time zone not null,
    heartbeat_at    timestamp with time zone,
    finished_at     timestamp with time zone,
    primary key (tenant_id, id)
);
-- The worker looks across tenants for the next queued file, so this one index leads with status.
create index signal_import_status_idx on signal_import (status, created_at);

-- Messages from the signals topic that could not be taken in, with why, until retried or dismissed.
-- A message naming no known tenant is kept under the nil tenant, where only the log points to it.
create table signal_dead_letter (
    tenant_id     uuid          not null,
    id            uuid          not null,
    topic         varchar(200)  not null,
    partition_no  int           not null,
    offset_no     bigint        not null,
    payload       text          not null,
    reason        varchar(2000) not null,
    received_at   timestamp with time zone not null,
    attempts      int           not null,
    primary key (tenant_id, id)
);
create index signal_dead_letter_time_idx on signal_dead_letter (tenant_id, received_at);
