-- Alert rules that CX managers write in the console. A feedback rule is a JSON condition tree
-- evaluated in memory on every dispatched batch; a metric rule (a store's NPS falls, a touchpoint's
-- negative share rises) is evaluated by a scheduled job. Who is told is stored for the senders.
create table alert_rule (
    tenant_id        uuid         not null,
    id               uuid         not null,
    name             varchar(200) not null,
    enabled          boolean      not null,
    priority         varchar(16)  not null,
    rule_kind        varchar(16)  not null,
    conditions_json  text,
    metric_json      text,
    title_template   varchar(300) not null,
    instruction      text,
    recipients_json  text         not null,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    primary key (tenant_id, id)
);

-- One case per metric rule, subject (a store or a touchpoint) and week, whichever instance runs
-- the job: the primary key refuses the second.
create table metric_alert (
    tenant_id   uuid not null,
    rule_id     uuid not null,
    subject_id  uuid not null,
    week_start  date not null,
    case_id     uuid not null,
    created_at  timestamp with time zone not null,
    primary key (tenant_id, rule_id, subject_id, week_start)
);

-- Tenants made before alert rules keep what they had: a case for every detractor, high priority
-- from 0 to 3. New tenants get the same two rules when they are created. The ids are the tenant's
-- own with the last digit set to 0 and 1: unique within the tenant, and portable SQL.
insert into alert_rule (tenant_id, id, name, enabled, priority, rule_kind, conditions_json, title_template,
                        recipients_json, created_at, updated_at)
select t.id, cast(substring(cast(t.id as varchar(36)), 1, 35) || '0' as uuid),
       case when t.default_locale like 'zh%' then '强烈贬损者（NPS ≤ 3）' else 'Angry detractor (NPS ≤ 3)' end,
       true, 'HIGH', 'FEEDBACK',
       '{"match":"ALL","conditions":[{"type":"SCORE","field":"NPS","operator":"LE","value":"3"}],"groups":[]}',
       '{comment}', '{"caseOwner":true,"ownersManager":false,"users":[],"channels":[]}',
       current_timestamp, current_timestamp
from tenant t;
insert into alert_rule (tenant_id, id, name, enabled, priority, rule_kind, conditions_json, title_template,
                        recipients_json, created_at, updated_at)
select t.id, cast(substring(cast(t.id as varchar(36)), 1, 35) || '1' as uuid),
       case when t.default_locale like 'zh%' then '贬损者（NPS ≤ 6）' else 'Detractor (NPS ≤ 6)' end,
       true, 'NORMAL', 'FEEDBACK',
       '{"match":"ALL","conditions":[{"type":"SCORE","field":"NPS","operator":"LE","value":"6"}],"groups":[]}',
       '{comment}', '{"caseOwner":true,"ownersManager":false,"users":[],"channels":[]}',
       current_timestamp, current_timestamp
from tenant t;
