-- Where a tenant's events go besides the console: signed webhooks and IM group bots.
create table notify_channel (
    tenant_id    uuid          not null,
    id           uuid          not null,
    name         varchar(200)  not null,
    kind         varchar(16)   not null,
    url          varchar(2000) not null,
    secret       varchar(500),
    -- the event types it receives, comma-separated; '*' for all
    event_types  varchar(2000) not null,
    enabled      boolean       not null,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    primary key (tenant_id, id)
);

-- A tenant's HTTP SMS gateway: where to post, how to authenticate, and the JSON body to send.
create table notify_sms_gateway (
    tenant_id      uuid          not null primary key,
    url            varchar(2000) not null,
    auth_header    varchar(100),
    auth_value     varchar(1000),
    body_template  varchar(4000) not null,
    enabled        boolean       not null,
    updated_at     timestamp with time zone not null
);

-- The delivery outbox and log in one: callers insert rows in their own transaction, the worker
-- claims due rows (skipping rows another instance holds), sends, and records what happened.
-- (tenant_id, idempotency_key, target) is unique, so a caller that retries makes no second delivery.
create table notify_delivery (
    tenant_id        uuid          not null,
    id               uuid          not null,
    idempotency_key  varchar(200)  not null,
    target           varchar(100)  not null,
    channel          varchar(16)   not null,
    channel_id       uuid,
    user_id          uuid,
    event_type       varchar(64)   not null,
    recipient        varchar(2000) not null,
    subject          varchar(1000),
    payload          text          not null,
    reference        varchar(200),
    status           varchar(16)   not null,
    attempts         int           not null,
    next_attempt_at  timestamp with time zone not null,
    last_attempt_at  timestamp with time zone,
    sent_at          timestamp with time zone,
    last_error       varchar(2000),
    http_status      int,
    duration_ms      int,
    created_at       timestamp with time zone not null,
    primary key (tenant_id, id),
    constraint notify_delivery_once unique (tenant_id, idempotency_key, target)
);
-- The worker's scan crosses tenants by nature: it looks for whatever is due, wherever.
create index notify_delivery_due_idx on notify_delivery (status, next_attempt_at);
create index notify_delivery_log_idx on notify_delivery (tenant_id, created_at);

-- In-app notifications: the bell and /notifications. Texts are message keys with arguments,
-- shown in the reader's language of the moment.
create table notify_inbox (
    tenant_id        uuid          not null,
    id               uuid          not null,
    user_id          uuid          not null,
    idempotency_key  varchar(200)  not null,
    event_type       varchar(64)   not null,
    subject          varchar(4000) not null,
    body             text          not null,
    link             varchar(1000),
    created_at       timestamp with time zone not null,
    read_at          timestamp with time zone,
    primary key (tenant_id, id),
    constraint notify_inbox_once unique (tenant_id, user_id, idempotency_key)
);
create index notify_inbox_user_idx on notify_inbox (tenant_id, user_id, created_at);

-- Event types a user does not want by email (in-app notifications always arrive).
create table notify_email_optout (
    tenant_id   uuid        not null,
    user_id     uuid        not null,
    event_type  varchar(64) not null,
    primary key (tenant_id, user_id, event_type)
);
