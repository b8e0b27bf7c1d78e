-- Why a dead letter was not taken in, as message keys with arguments (a JSON array of
-- {field, messageKey, args}), so the console says it in the reader's language; the reason
-- column keeps the raw detail in English. Null for letters kept before this column.
alter table signal_dead_letter add column reason_keys varchar(4000);
