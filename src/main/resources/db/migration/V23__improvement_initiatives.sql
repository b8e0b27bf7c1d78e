-- A systemic fix for repeated problems: grouped cases, an owning department, tasks and a metric
-- whose value before and after the start tells whether it worked.
create table initiative (
    tenant_id            uuid         not null,
    id                   uuid         not null,
    title                varchar(200) not null,
    description          text,
    department_id        uuid         not null,
    owner_id             uuid,
    status               varchar(16)  not null,
    org_unit_id          uuid         not null,
    metric               varchar(8)   not null,
    touchpoint_id        uuid,
    started_on           date         not null,
    due_on               date,
    created_at           timestamp with time zone not null,
    updated_at           timestamp with time zone not null,
    primary key (tenant_id, id)
);
create index initiative_unit_idx on initiative (tenant_id, org_unit_id);

create table initiative_case (
    tenant_id      uuid not null,
    initiative_id  uuid not null,
    case_id        uuid not null,
    primary key (tenant_id, initiative_id, case_id)
);
create index initiative_case_case_idx on initiative_case (tenant_id, case_id);

create table initiative_task (
    tenant_id      uuid         not null,
    id             uuid         not null,
    initiative_id  uuid         not null,
    title          varchar(300) not null,
    owner_id       uuid,
    due_on         date,
    done           boolean      not null,
    created_at     timestamp with time zone not null,
    primary key (tenant_id, id)
);
create index initiative_task_idx on initiative_task (tenant_id, initiative_id, created_at);
