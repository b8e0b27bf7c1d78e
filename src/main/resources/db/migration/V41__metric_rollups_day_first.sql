-- The rollups keyed day first: dashboards read a period across many units, so the rows of a day
-- range sit together in the primary key and, appended day by day, in the table. The rollups are
-- derived data: the application rebuilds them from feedback_record on start when they are empty.
drop table metric_rollup;
drop table metric_rollup_unit;

create table metric_rollup (
    tenant_id          uuid not null,
    rollup_day         date not null,
    org_unit_id        uuid not null,
    touchpoint_id      uuid not null,
    channel            varchar(16) not null,
    source             varchar(16) not null,
    responses          int  not null,
    nps_0              int  not null,
    nps_1              int  not null,
    nps_2              int  not null,
    nps_3              int  not null,
    nps_4              int  not null,
    nps_5              int  not null,
    nps_6              int  not null,
    nps_7              int  not null,
    nps_8              int  not null,
    nps_9              int  not null,
    nps_10             int  not null,
    csat_1             int  not null,
    csat_2             int  not null,
    csat_3             int  not null,
    csat_4             int  not null,
    csat_5             int  not null,
    ces_1              int  not null,
    ces_2              int  not null,
    ces_3              int  not null,
    ces_4              int  not null,
    ces_5              int  not null,
    ces_6              int  not null,
    ces_7              int  not null,
    sentiment_positive int  not null,
    sentiment_neutral  int  not null,
    sentiment_negative int  not null,
    primary key (tenant_id, rollup_day, org_unit_id, touchpoint_id, channel, source)
);
create index metric_rollup_unit_idx on metric_rollup (tenant_id, org_unit_id, rollup_day);

create table metric_rollup_unit (
    tenant_id          uuid not null,
    rollup_day         date not null,
    org_unit_id        uuid not null,
    responses          int  not null,
    nps_0              int  not null,
    nps_1              int  not null,
    nps_2              int  not null,
    nps_3              int  not null,
    nps_4              int  not null,
    nps_5              int  not null,
    nps_6              int  not null,
    nps_7              int  not null,
    nps_8              int  not null,
    nps_9              int  not null,
    nps_10             int  not null,
    csat_1             int  not null,
    csat_2             int  not null,
    csat_3             int  not null,
    csat_4             int  not null,
    csat_5             int  not null,
    ces_1              int  not null,
    ces_2              int  not null,
    ces_3              int  not null,
    ces_4              int  not null,
    ces_5              int  not null,
    ces_6              int  not null,
    ces_7              int  not null,
    sentiment_positive int  not null,
    sentiment_neutral  int  not null,
    sentiment_negative int  not null,
    primary key (tenant_id, rollup_day, org_unit_id)
);
create index metric_rollup_unit_unit_idx on metric_rollup_unit (tenant_id, org_unit_id, rollup_day);
