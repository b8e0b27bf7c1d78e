-- The rollups per unit and touchpoint, without channel and source: the journey map, a unit's
-- touchpoints and a heatmap row read these, which hold a row per unit, touchpoint and period
-- where the full detail holds one per channel and source as well. Per day, ISO week and month,
-- kept current with the others and rebuilt from the detail of the same grain.

create table metric_rollup_touchpoint (
    tenant_id          uuid not null,
    rollup_day         date not null,
    org_unit_id        uuid not null,
    touchpoint_id      uuid not null,
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
    primary key (tenant_id, rollup_day, org_unit_id, touchpoint_id)
);
create index metric_rollup_touchpoint_unit_idx on metric_rollup_touchpoint (tenant_id, org_unit_id, rollup_day);

create table metric_rollup_week_touchpoint (
    tenant_id          uuid not null,
    rollup_day         date not null,
    org_unit_id        uuid not null,
    touchpoint_id      uuid not null,
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
    primary key (tenant_id, rollup_day, org_unit_id, touchpoint_id)
);
create index metric_rollup_week_touchpoint_unit_idx on metric_rollup_week_touchpoint (tenant_id, org_unit_id, rollup_day);

create table metric_rollup_month_touchpoint (
    tenant_id          uuid not null,
    rollup_day         date not null,
    org_unit_id        uuid not null,
    touchpoint_id      uuid not null,
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
    primary key (tenant_id, rollup_day, org_unit_id, touchpoint_id)
);
create index metric_rollup_month_touchpoint_unit_idx on metric_rollup_month_touchpoint (tenant_id, org_unit_id, rollup_day);

-- filled from the detail already kept, so that an upgraded installation reads the same figures
insert into metric_rollup_touchpoint (tenant_id, rollup_day, org_unit_id, touchpoint_id, responses, nps_0, nps_1, nps_2, nps_3, nps_4, nps_5, nps_6, nps_7, nps_8, nps_9, nps_10, csat_1, csat_2, csat_3, csat_4, csat_5, ces_1, ces_2, ces_3, ces_4, ces_5, ces_6, ces_7, sentiment_positive, sentiment_neutral, sentiment_negative)
select tenant_id, rollup_day, org_unit_id, touchpoint_id, sum(responses), sum(nps_0), sum(nps_1), sum(nps_2), sum(nps_3), sum(nps_4), sum(nps_5), sum(nps_6), sum(nps_7), sum(nps_8), sum(nps_9), sum(nps_10), sum(csat_1), sum(csat_2), sum(csat_3), sum(csat_4), sum(csat_5), sum(ces_1), sum(ces_2), sum(ces_3), sum(ces_4), sum(ces_5), sum(ces_6), sum(ces_7), sum(sentiment_positive), sum(sentiment_neutral), sum(sentiment_negative)
from metric_rollup group by tenant_id, rollup_day, org_unit_id, touchpoint_id;
insert into metric_rollup_week_touchpoint (tenant_id, rollup_day, org_unit_id, touchpoint_id, responses, nps_0, nps_1, nps_2, nps_3, nps_4, nps_5, nps_6, nps_7, nps_8, nps_9, nps_10, csat_1, csat_2, csat_3, csat_4, csat_5, ces_1, ces_2, ces_3, ces_4, ces_5, ces_6, ces_7, sentiment_positive, sentiment_neutral, sentiment_negative)
select tenant_id, rollup_day, org_unit_id, touchpoint_id, sum(responses), sum(nps_0), sum(nps_1), sum(nps_2), sum(nps_3), sum(nps_4), sum(nps_5), sum(nps_6), sum(nps_7), sum(nps_8), sum(nps_9), sum(nps_10), sum(csat_1), sum(csat_2), sum(csat_3), sum(csat_4), sum(csat_5), sum(ces_1), sum(ces_2), sum(ces_3), sum(ces_4), sum(ces_5), sum(ces_6), sum(ces_7), sum(sentiment_positive), sum(sentiment_neutral), sum(sentiment_negative)
from metric_rollup_week group by tenant_id, rollup_day, org_unit_id, touchpoint_id;
insert into metric_rollup_month_touchpoint (tenant_id, rollup_day, org_unit_id, touchpoint_id, responses, nps_0, nps_1, nps_2, nps_3, nps_4, nps_5, nps_6, nps_7, nps_8, nps_9, nps_10, csat_1, csat_2, csat_3, csat_4, csat_5, ces_1, ces_2, ces_3, ces_4, ces_5, ces_6, ces_7, sentiment_positive, sentiment_neutral, sentiment_negative)
select tenant_id, rollup_day, org_unit_id, touchpoint_id, sum(responses), sum(nps_0), sum(nps_1), sum(nps_2), sum(nps_3), sum(nps_4), sum(nps_5), sum(nps_6), sum(nps_7), sum(nps_8), sum(nps_9), sum(nps_10), sum(csat_1), sum(csat_2), sum(csat_3), sum(csat_4), sum(csat_5), sum(ces_1), sum(ces_2), sum(ces_3), sum(ces_4), sum(ces_5), sum(ces_6), sum(ces_7), sum(sentiment_positive), sum(sentiment_neutral), sum(sentiment_negative)
from metric_rollup_month group by tenant_id, rollup_day, org_unit_id, touchpoint_id;
