-- People's corrections of a comment's sentiment or topic; they become training data and win
-- over the label a score would give. One per subject and kind: a new correction replaces the old.
create table text_correction (
    tenant_id    uuid not null,
    subject_id   uuid not null,
    kind         varchar(16) not null,
    label        varchar(100) not null,
    comment_text text not null,
    corrected_by varchar(200) not null,
    corrected_at timestamp with time zone not null,
    primary key (tenant_id, subject_id, kind)
);
