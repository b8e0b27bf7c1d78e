-- The rollups of a whole tenant, without the org unit: what head office reads most (the chain's
-- KPIs, trends and breakdowns by touchpoint or channel) sums a few dozen rows per period instead
-- of one per store. Per day, ISO week (keyed by its Monday) and month (by its first day), kept
-- current with the others and rebuilt from the detail of the same grain. Moving a unit in the
-- tree changes nothing here.

create table metric_rollup_tenant (
    tenant_id          uuid not null,
    rollup_day         date not null,
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
    primary key (tenant_id, rollup_day, touchpoint_id, channel, source)
);

create table metric_rollup_week_tenant (
    tenant_id          uuid not null,
    rollup_day         date not null,
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
    primary key (tenant_id, rollup_day, touchpoint_id, channel, source)
);

create table metric_rollup_month_tenant (
    tenant_id          uuid not null,
    rollup_day         date not null,
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
    primary key (tenant_id, rollup_day, touchpoint_id, channel, source)
);

-- filled from the detail already kept, so that an upgraded installation reads the same figures
insert into metric_rollup_tenant (tenant_id, rollup_day, touchpoint_id, channel, source, responses, nps_0, nps_1, nps_2, nps_3, nps_4, nps_5, nps_6, nps_7, nps_8, nps_9, nps_10, csat_1, csat_2, csat_3, csat_4, csat_5, ces_1, ces_2, ces_3, ces_4, ces_5, ces_6, ces_7, sentiment_positive, sentiment_neutral, sentiment_negative)
select tenant_id, rollup_day, touchpoint_id, channel, source, sum(responses), sum(nps_0), sum(nps_1), sum(nps_2), sum(nps_3), sum(nps_4), sum(nps_5), sum(nps_6), sum(nps_7), sum(nps_8), sum(nps_9), sum(nps_10), sum(csat_1), sum(csat_2), sum(csat_3), sum(csat_4), sum(csat_5), sum(ces_1), sum(ces_2), sum(ces_3), sum(ces_4), sum(ces_5), sum(ces_6), sum(ces_7), sum(sentiment_positive), sum(sentiment_neutral), sum(sentiment_negative)
from metric_rollup group by tenant_id, rollup_day, touchpoint_id, channel, source;
insert into metric_rollup_week_tenant (tenant_id, rollup_day, touchpoint_id, channel, source, responses, nps_0, nps_1, nps_2, nps_3, nps_4, nps_5, nps_6, nps_7, nps_8, nps_9, nps_10, csat_1, csat_2, csat_3, csat_4, csat_5, ces_1, ces_2, ces_3, ces_4, ces_5, ces_6, ces_7, sentiment_positive, sentiment_neutral, sentiment_negative)
select tenant_id, rollup_day, touchpoint_id, channel, source, sum(responses), sum(nps_0), sum(nps_1), sum(nps_2), sum(nps_3), sum(nps_4), sum(nps_5), sum(nps_6), sum(nps_7), sum(nps_8), sum(nps_9), sum(nps_10), sum(csat_1), sum(csat_2), sum(csat_3), sum(csat_4), sum(csat_5), sum(ces_1), sum(ces_2), sum(ces_3), sum(ces_4), sum(ces_5), sum(ces_6), sum(ces_7), sum(sentiment_positive), sum(sentiment_neutral), sum(sentiment_negative)
from metric_rollup_week group by tenant_id, rollup_day, touchpoint_id, channel, source;
insert into metric_rollup_month_tenant (tenant_id, rollup_day, touchpoint_id, channel, source, responses, nps_0, nps_1, nps_2, nps_3, nps_4, nps_5, nps_6, nps_7, nps_8, nps_9, nps_10, csat_1, csat_2, csat_3, csat_4, csat_5, ces_1, ces_2, ces_3, ces_4, ces_5, ces_6, ces_7, sentiment_positive, sentiment_neutral, sentiment_negative)
select tenant_id, rollup_day, touchpoint_id, channel, source, sum(responses), sum(nps_0), sum(nps_1), sum(nps_2), sum(nps_3), sum(nps_4), sum(nps_5), sum(nps_6), sum(nps_7), sum(nps_8), sum(nps_9), sum(nps_10), sum(csat_1), sum(csat_2), sum(csat_3), sum(csat_4), sum(csat_5), sum(ces_1), sum(ces_2), sum(ces_3), sum(ces_4), sum(ces_5), sum(ces_6), sum(ces_7), sum(sentiment_positive), sum(sentiment_neutral), sum(sentiment_negative)
from metric_rollup_month group by tenant_id, rollup_day, touchpoint_id, channel, source;
