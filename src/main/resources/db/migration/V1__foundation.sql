-- Every table is keyed by tenant_id first, so every lookup and index starts with the tenant.

create table tenant (
    id              uuid         not null primary key,
    code            varchar(64)  not null unique,
    name            varchar(200) not null,
    default_locale  varchar(16)  not null,
    min_sample      int          not null,
    created_at      timestamp with time zone not null
);

-- The org-unit tree, stored with a materialized path ("/<root id>/<child id>/") so that
-- "everything under X" is one indexed prefix lookup.
create table org_unit (
    tenant_id   uuid         not null,
    id          uuid         not null,
    code        varchar(64)  not null,
    name        varchar(200) not null,
    unit_type   varchar(32)  not null,
    parent_id   uuid,
    path        varchar(2000) not null,
    depth       int          not null,
    created_at  timestamp with time zone not null,
    primary key (tenant_id, id),
    constraint org_unit_code_unique unique (tenant_id, code)
);
create index org_unit_path_idx on org_unit (tenant_id, path);
create index org_unit_parent_idx on org_unit (tenant_id, parent_id);

create table department (
    tenant_id   uuid         not null,
    id          uuid         not null,
    code        varchar(64)  not null,
    name        varchar(200) not null,
    created_at  timestamp with time zone not null,
    primary key (tenant_id, id),
    constraint department_code_unique unique (tenant_id, code)
);

create table app_user (
    tenant_id      uuid         not null,
    id             uuid         not null,
    username       varchar(100) not null,
    password_hash  varchar(200) not null,
    display_name   varchar(200) not null,
    email          varchar(200),
    role           varchar(32)  not null,
    department_id  uuid,
    locale         varchar(16),
    active         boolean      not null,
    created_at     timestamp with time zone not null,
    primary key (tenant_id, id),
    constraint app_user_username_unique unique (username)
);

-- A user's data scope: the org-unit subtrees they may see.
create table user_scope (
    tenant_id    uuid not null,
    user_id      uuid not null,
    org_unit_id  uuid not null,
    primary key (tenant_id, user_id, org_unit_id)
);
create index user_scope_unit_idx on user_scope (tenant_id, org_unit_id);

create table journey (
    tenant_id    uuid         not null,
    id           uuid         not null,
    name         varchar(200) not null,
    description  varchar(2000),
    created_at   timestamp with time zone not null,
    primary key (tenant_id, id)
);

create table journey_stage (
    tenant_id   uuid         not null,
    id          uuid         not null,
    journey_id  uuid         not null,
    name        varchar(200) not null,
    sort_order  int          not null,
    primary key (tenant_id, id)
);
create index journey_stage_journey_idx on journey_stage (tenant_id, journey_id, sort_order);

create table touchpoint (
    tenant_id            uuid         not null,
    id                   uuid         not null,
    journey_id           uuid         not null,
    stage_id             uuid         not null,
    name                 varchar(200) not null,
    owner_department_id  uuid         not null,
    sort_order           int          not null,
    primary key (tenant_id, id)
);
create index touchpoint_stage_idx on touchpoint (tenant_id, stage_id, sort_order);

create table survey (
    tenant_id        uuid         not null,
    id               uuid         not null,
    name             varchar(200) not null,
    template         varchar(32)  not null,
    touchpoint_id    uuid         not null,
    status           varchar(16)  not null,
    draft_definition text         not null,
    published_version int,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    primary key (tenant_id, id)
);

-- A published version never changes; responses point at the version they answered.
create table survey_version (
    tenant_id     uuid not null,
    survey_id     uuid not null,
    version       int  not null,
    definition    text not null,
    published_at  timestamp with time zone not null,
    primary key (tenant_id, survey_id, version)
);

-- A public link carries its survey, org unit and channel, so answers are attributed.
create table survey_link (
    token        varchar(32) not null primary key,
    tenant_id    uuid        not null,
    survey_id    uuid        not null,
    org_unit_id  uuid        not null,
    channel      varchar(16) not null,
    created_at   timestamp with time zone not null,
    constraint survey_link_unique unique (tenant_id, survey_id, org_unit_id, channel)
);

create table response (
    tenant_id       uuid        not null,
    id              uuid        not null,
    survey_id       uuid        not null,
    survey_version  int         not null,
    org_unit_id     uuid        not null,
    touchpoint_id   uuid        not null,
    channel         varchar(16) not null,
    locale          varchar(16) not null,
    answers         text        not null,
    submitted_at    timestamp with time zone not null,
    primary key (tenant_id, id)
);
create index response_survey_idx on response (tenant_id, survey_id, submitted_at);

-- The unified form of every response and signal; analytics and actions read only this.
create table feedback_record (
    tenant_id      uuid        not null,
    id             uuid        not null,
    source         varchar(16) not null,
    source_id      uuid        not null,
    org_unit_id    uuid        not null,
    touchpoint_id  uuid,
    channel        varchar(16) not null,
    customer_id    varchar(100),
    occurred_at    timestamp with time zone not null,
    nps            smallint,
    csat           smallint,
    ces            smallint,
    comment_text   text,
    language       varchar(16),
    primary key (tenant_id, id),
    constraint feedback_source_unique unique (tenant_id, source, source_id)
);
create index feedback_unit_time_idx on feedback_record (tenant_id, org_unit_id, occurred_at);

-- Records written but not yet handed to analytics and actions: the request path adds a row,
-- the dispatcher takes a batch, runs the listeners and deletes the rows in one transaction.
create table feedback_outbox (
    tenant_id  uuid not null,
    record_id  uuid not null,
    queued_at  timestamp with time zone not null,
    primary key (tenant_id, record_id)
);

-- Daily aggregates per org unit and touchpoint; dashboards roll them up the tree on read.
create table metric_daily (
    tenant_id      uuid not null,
    org_unit_id    uuid not null,
    touchpoint_id  uuid not null,
    metric_day     date not null,
    nps_n          int  not null,
    nps_promoters  int  not null,
    nps_detractors int  not null,
    csat_n         int  not null,
    csat_top2      int  not null,
    csat_sum       int  not null,
    primary key (tenant_id, org_unit_id, touchpoint_id, metric_day)
);
create index metric_daily_day_idx on metric_daily (tenant_id, metric_day);

create table tenant_counter (
    tenant_id  uuid        not null,
    name       varchar(32) not null,
    next_value bigint      not null,
    primary key (tenant_id, name)
);

create table feedback_case (
    tenant_id         uuid         not null,
    id                uuid         not null,
    case_number       bigint       not null,
    feedback_id       uuid,
    source_id         uuid,
    org_unit_id       uuid         not null,
    touchpoint_id     uuid,
    title             varchar(300) not null,
    status            varchar(24)  not null,
    priority          varchar(16)  not null,
    assignee_id       uuid,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    resolved_at       timestamp with time zone,
    resolution        text,
    primary key (tenant_id, id),
    constraint feedback_case_number_unique unique (tenant_id, case_number),
    constraint feedback_case_feedback_unique unique (tenant_id, feedback_id)
);
create index feedback_case_assignee_idx on feedback_case (tenant_id, assignee_id, status);
create index feedback_case_unit_idx on feedback_case (tenant_id, org_unit_id, status);

-- Everything that happens to a case, notes included, in order.
create table case_activity (
    tenant_id   uuid        not null,
    id          uuid        not null,
    case_id     uuid        not null,
    kind        varchar(24) not null,
    actor_id    uuid,
    body        text,
    created_at  timestamp with time zone not null,
    primary key (tenant_id, id)
);
create index case_activity_case_idx on case_activity (tenant_id, case_id, created_at);

-- Spring Modulith's event publication registry (schema v2), for the durable module events.
create table event_publication (
    id                      uuid          not null primary key,
    listener_id             varchar(512)  not null,
    event_type              varchar(512)  not null,
    serialized_event        varchar(4000) not null,
    publication_date        timestamp with time zone not null,
    completion_date         timestamp with time zone,
    status                  varchar(20),
    completion_attempts     int,
    last_resubmission_date  timestamp with time zone
);
create index event_publication_completion_idx on event_publication (completion_date);
