-- Goals: a target value of a metric for an org unit (its whole subtree) over a period; with a
-- department, the target is for the touchpoints that department owns within that unit.
create table analytics_goal (
    tenant_id      uuid          not null,
    id             uuid          not null,
    metric         varchar(16)   not null,
    org_unit_id    uuid          not null,
    department_id  uuid,
    period_start   date          not null,
    period_end     date          not null,
    target_value   double precision not null,
    note           varchar(500),
    created_by     uuid          not null,
    created_at     timestamp with time zone not null,
    updated_at     timestamp with time zone not null,
    primary key (tenant_id, id)
);
create index analytics_goal_unit_idx on analytics_goal (tenant_id, org_unit_id, metric, period_end);
