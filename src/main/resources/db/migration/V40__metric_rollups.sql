-- Rollups: the sufficient statistics of feedback per tenant × org unit × day, from which every
-- metric, interval and test follows (answers per scale point, comments per sentiment). They are
-- recomputed per (unit, day) from feedback_record for each dispatched batch, so a batch handed
-- over twice changes nothing and a superseded record version is gone with its old day.

-- Keyed day first: dashboards read a period across many units, so the rows of a day range sit
-- together in the primary key and, appended day by day, in the table.
-- Per touchpoint, channel and source: for filtered views and touchpoint, channel or source splits.
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

-- The same per unit and day only: what unfiltered dashboards read, several times fewer rows.
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

-- Answers per point of each rating question carried as a record attribute "rating.<key>".
create table rating_rollup (
    tenant_id      uuid not null,
    org_unit_id    uuid not null,
    rollup_day     date not null,
    touchpoint_id  uuid not null,
    channel        varchar(16) not null,
    source         varchar(16) not null,
    question_key   varchar(64) not null,
    rating_score   int  not null,
    answers        int  not null,
    primary key (tenant_id, org_unit_id, rollup_day, touchpoint_id, channel, source, question_key, rating_score)
);
create index rating_rollup_question_idx on rating_rollup (tenant_id, question_key, rollup_day);

-- The tenant's weights of the CX health index components; no row means the defaults.
create table analytics_settings (
    tenant_id              uuid not null primary key,
    weight_nps             double precision not null,
    weight_csat            double precision not null,
    weight_ces             double precision not null,
    weight_net_sentiment   double precision not null,
    updated_at             timestamp with time zone not null
);

-- Replaced by metric_rollup_unit; the application rebuilds the rollups from the records on start.
drop table metric_daily;
