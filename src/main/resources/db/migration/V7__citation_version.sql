-- Citations can be edited (source, claimed status, quote): like every other editable record they carry a version,
-- so a stale edit is a conflict instead of a silent overwrite.
alter table citation add column version bigint not null default 0;
