-- A nation's name and an organization's acronym and name are unique whatever their case, as editors compare them
-- ("turkey" is Turkey's name): the database says so, the forms no longer ask first. The indexes keep the names of the
-- constraints they replace, which name the field they concern.
alter table nation drop constraint nation_name_key;
create unique index nation_name_key on nation (lower(name));
alter table organization drop constraint organization_acronym_key;
create unique index organization_acronym_key on organization (lower(acronym));
alter table organization drop constraint organization_name_key;
create unique index organization_name_key on organization (lower(name));
