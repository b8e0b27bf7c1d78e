-- Cases get a department, SLA clocks, an escalation level, a root cause and a customer, so that
-- routing, the SLA job and the contact history read them from the case row itself.
alter table feedback_case add column department_id uuid;
alter table feedback_case add column customer_id varchar(100);
alter table feedback_case add column opened_by uuid;
alter table feedback_case add column first_response_due_at timestamp with time zone;
alter table feedback_case add column first_responded_at timestamp with time zone;
alter table feedback_case add column due_at timestamp with time zone;
alter table feedback_case add column remind_at timestamp with time zone;
alter table feedback_case add column reminded_at timestamp with time zone;
alter table feedback_case add column escalation_level int default 0 not null;
alter table feedback_case add column root_cause_id uuid;
alter table feedback_case add column closed_at timestamp with time zone;
-- The next moment the SLA job must look at the case (reminder, first response or resolution due);
-- null once nothing is pending. The job runs across tenants, so this index leads with the time.
alter table feedback_case add column sla_check_at timestamp with time zone;
create index feedback_case_sla_idx on feedback_case (sla_check_at);
create index feedback_case_customer_idx on feedback_case (tenant_id, customer_id);
create index feedback_record_customer_idx on feedback_record (tenant_id, customer_id);

-- A tenant's working week for SLA clocks, how cases are shared inside a team, and who tops the
-- escalation chain. A tenant without a row gets the defaults in code.
create table case_settings (
    tenant_id            uuid        not null primary key,
    time_zone            varchar(64) not null,
    opens_at             time        not null,
    closes_at            time        not null,
    work_days            varchar(7)  not null,
    assign_mode          varchar(16) not null,
    head_office_user_id  uuid,
    root_cause_required  boolean     not null,
    remind_percent       int         not null
);

create table case_holiday (
    tenant_id   uuid not null,
    holiday_on  date not null,
    primary key (tenant_id, holiday_on)
);

-- Business minutes to the first response and to resolution, per priority.
create table case_sla (
    tenant_id               uuid        not null,
    priority                varchar(16) not null,
    first_response_minutes  int         not null,
    resolution_minutes      int         not null,
    primary key (tenant_id, priority)
);

-- Overrides of "a touchpoint's cases go to its owning department", for an org-unit subtree
-- and/or a touchpoint; the most specific rule wins.
create table case_routing_rule (
    tenant_id      uuid        not null,
    id             uuid        not null,
    org_unit_id    uuid,
    touchpoint_id  uuid,
    department_id  uuid        not null,
    assign_mode    varchar(16),
    created_at     timestamp with time zone not null,
    primary key (tenant_id, id)
);

create table case_root_cause (
    tenant_id   uuid         not null,
    id          uuid         not null,
    code        varchar(64)  not null,
    name_zh     varchar(200) not null,
    name_en     varchar(200) not null,
    active      boolean      not null,
    sort_order  int          not null,
    primary key (tenant_id, id),
    constraint case_root_cause_code_unique unique (tenant_id, code)
);

-- Whose turn it is in round-robin: the member with the lowest turn gets the next case.
create table case_assignee_turn (
    tenant_id  uuid   not null,
    user_id    uuid   not null,
    turn       bigint not null,
    primary key (tenant_id, user_id)
);

-- Who a case was assigned or escalated to, and the due time that came with it.
alter table case_activity add column target_user_id uuid;
alter table case_activity add column due_at timestamp with time zone;
