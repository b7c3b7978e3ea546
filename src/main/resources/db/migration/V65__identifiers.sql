-- Identifiers that join the tracker's records with other data (issue 9): the Wikidata item of a nation, an
-- organization, a person or a summit, and a nation's ISO 3166-1 numeric code (three digits, kept as text: 004 is
-- Afghanistan's, not 4). Each is optional, each names one record of its kind, and each has the same form check as
-- the admin forms; the constraint names follow <table>_<column>_key / _check, so a violation lands on its field.
-- A person's birth date already has its column (person.birth_date).

alter table nation
    add column iso_numeric varchar(3)
        constraint nation_iso_numeric_check check (iso_numeric ~ '^[0-9]{3}$')
        constraint nation_iso_numeric_key unique,
    add column wikidata_id varchar(13)
        constraint nation_wikidata_id_check check (wikidata_id ~ '^Q[1-9][0-9]{0,11}$')
        constraint nation_wikidata_id_key unique;

alter table organization
    add column wikidata_id varchar(13)
        constraint organization_wikidata_id_check check (wikidata_id ~ '^Q[1-9][0-9]{0,11}$')
        constraint organization_wikidata_id_key unique;

alter table person
    add column wikidata_id varchar(13)
        constraint person_wikidata_id_check check (wikidata_id ~ '^Q[1-9][0-9]{0,11}$')
        constraint person_wikidata_id_key unique;

alter table summit
    add column wikidata_id varchar(13)
        constraint summit_wikidata_id_check check (wikidata_id ~ '^Q[1-9][0-9]{0,11}$')
        constraint summit_wikidata_id_key unique;

-- The record history keeps them as it keeps every edited column.
alter table nation_aud add column iso_numeric varchar(3), add column wikidata_id varchar(13);
alter table organization_aud add column wikidata_id varchar(13);
alter table person_aud add column wikidata_id varchar(13);
alter table summit_aud add column wikidata_id varchar(13);
