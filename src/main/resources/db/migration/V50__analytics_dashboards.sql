-- Custom dashboards: a person's own (private) or shared with everyone in the tenant. Filters set on
-- the dashboard apply to every widget; a widget's own filters win where it sets them. Whoever opens
-- a dashboard sees it within their own scope, so nothing here widens what anyone may see.
create table analytics_dashboard (
    tenant_id       uuid          not null,
    id              uuid          not null,
    owner_id        uuid          not null,
    name            varchar(120)  not null,
    shared          boolean       not null,
    period_code     varchar(16),
    period_from     date,
    period_to       date,
    org_unit_id     uuid,
    touchpoint_ids  varchar(1000),
    channels        varchar(500),
    segment         varchar(200),
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    primary key (tenant_id, id)
);
create index analytics_dashboard_owner_idx on analytics_dashboard (tenant_id, owner_id);
create index analytics_dashboard_shared_idx on analytics_dashboard (tenant_id, shared);

create table analytics_dashboard_widget (
    tenant_id       uuid          not null,
    dashboard_id    uuid          not null,
    id              uuid          not null,
    sort_order      integer       not null,
    kind            varchar(16)   not null,
    title           varchar(120),
    metrics         varchar(500)  not null,
    breakdown       varchar(16),
    sort_by         varchar(16),
    period_code     varchar(16),
    period_from     date,
    period_to       date,
    org_unit_id     uuid,
    touchpoint_ids  varchar(1000),
    channels        varchar(500),
    segment         varchar(200),
    primary key (tenant_id, dashboard_id, id)
);
