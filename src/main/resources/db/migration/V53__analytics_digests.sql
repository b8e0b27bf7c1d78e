-- Email digests: who gets which (daily, or weekly on a weekday), at which hour of the reporting
-- time zone; and every run, one per subscription and period, which makes each period's digest
-- go out exactly once however often or on however many instances the job runs.
create table analytics_digest_subscription (
    tenant_id    uuid        not null,
    id           uuid        not null,
    user_id      uuid        not null,
    frequency    varchar(8)  not null,
    weekday      smallint,
    send_hour    smallint    not null,
    enabled      boolean     not null,
    created_by   uuid        not null,
    created_at   timestamp with time zone not null,
    primary key (tenant_id, id)
);
create index analytics_digest_subscription_user_idx on analytics_digest_subscription (tenant_id, user_id);

create table analytics_digest_run (
    tenant_id        uuid         not null,
    id               uuid         not null,
    subscription_id  uuid         not null,
    user_id          uuid         not null,
    period_key       varchar(48)  not null,
    period_from      date         not null,
    period_to        date         not null,
    status           varchar(16)  not null,
    detail           varchar(500),
    delivery_id      uuid,
    ran_at           timestamp with time zone not null,
    primary key (tenant_id, id)
);
create unique index analytics_digest_run_period_idx on analytics_digest_run (tenant_id, subscription_id, period_key);
create index analytics_digest_run_time_idx on analytics_digest_run (tenant_id, ran_at);
