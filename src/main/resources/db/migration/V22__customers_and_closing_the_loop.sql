-- The tenant's customers: people who gave feedback and may be contacted. external_id is what the
-- feedback record's customer_id holds (a CRM id, or one we made when a respondent left contact details).
create table customer (
    tenant_id        uuid         not null,
    id               uuid         not null,
    external_id      varchar(100) not null,
    name             varchar(200),
    email            varchar(200),
    phone            varchar(40),
    attributes       text,
    contact_consent  boolean      not null,
    consent_at       timestamp with time zone,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    primary key (tenant_id, id),
    constraint customer_external_unique unique (tenant_id, external_id)
);
create index customer_email_idx on customer (tenant_id, email);
create index customer_phone_idx on customer (tenant_id, phone);

-- The key that signs a tenant's personal survey links, so a customer reference cannot be forged.
create table customer_link_key (
    tenant_id   uuid        not null primary key,
    secret      varchar(64) not null,
    created_at  timestamp with time zone not null
);

-- "A customer's next answer" is looked up by customer and time.
create index feedback_customer_idx on feedback_record (tenant_id, customer_id, occurred_at);

-- What was written to a customer about their case; delivery_id is the notify module's delivery,
-- whose status the case page shows.
create table customer_message (
    tenant_id          uuid         not null,
    id                 uuid         not null,
    case_id            uuid         not null,
    customer_id        uuid         not null,
    channel            varchar(8)   not null,
    recipient          varchar(200) not null,
    subject            varchar(300),
    body               text         not null,
    followup_survey_id uuid,
    delivery_id        uuid         not null,
    sent_by            uuid,
    created_at         timestamp with time zone not null,
    primary key (tenant_id, id)
);
create index customer_message_case_idx on customer_message (tenant_id, case_id, created_at);

-- The tenant's own wording of "we heard you; this is what we did", per channel.
create table customer_message_template (
    tenant_id  uuid         not null,
    channel    varchar(8)   not null,
    subject    varchar(300),
    body       text         not null,
    updated_at timestamp with time zone not null,
    primary key (tenant_id, channel)
);

-- Follow-up answers already attached to their case: the dispatcher may hand a batch over twice.
create table case_customer_answer (
    tenant_id    uuid not null,
    feedback_id  uuid not null,
    case_id      uuid not null,
    primary key (tenant_id, feedback_id)
);
