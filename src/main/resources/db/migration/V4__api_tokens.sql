-- Personal API tokens: only a hash is kept; the token itself is shown once, when it is made.
create table api_token (
    tenant_id     uuid         not null,
    id            uuid         not null,
    user_id       uuid         not null,
    name          varchar(100) not null,
    token_hash    char(64)     not null,
    token_prefix  varchar(16)  not null,
    created_at    timestamp with time zone not null,
    last_used_at  timestamp with time zone,
    revoked_at    timestamp with time zone,
    primary key (tenant_id, id),
    constraint api_token_hash_unique unique (token_hash)
);
create index api_token_user_idx on api_token (tenant_id, user_id);
