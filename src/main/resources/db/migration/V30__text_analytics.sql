-- A tenant's own trained text models (sentiment, topics); without one the baseline is used.
create table text_model (
    tenant_id         uuid not null,
    kind              varchar(16) not null,
    model             bytea not null,
    trained_at        timestamp with time zone not null,
    examples          integer not null,
    held_out_accuracy double precision,
    primary key (tenant_id, kind)
);

-- The tenant's topic taxonomy: a tree by dotted codes, seeded with the default once.
create table text_topic (
    tenant_id   uuid not null,
    code        varchar(100) not null,
    parent_code varchar(100),
    name_zh     varchar(100) not null,
    name_en     varchar(100) not null,
    primary key (tenant_id, code)
);

create table text_topic_keyword (
    tenant_id  uuid not null,
    topic_code varchar(100) not null,
    lang       varchar(2) not null,
    keyword    varchar(100) not null,
    primary key (tenant_id, topic_code, lang, keyword)
);

-- Marks that a tenant's taxonomy was seeded, so deleting every topic does not bring the default back.
create table text_taxonomy_seeded (
    tenant_id uuid not null primary key,
    seeded_at timestamp with time zone not null
);
