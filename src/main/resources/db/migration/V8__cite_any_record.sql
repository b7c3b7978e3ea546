-- A citation can state any record the public pages show, not only summits, attendance, memberships and tenures:
-- a nation and its other names, an organization, an office, a person and their other names. Still exactly one
-- record per citation, and the citation says which revision of the source it used, or when it was read.
alter table citation
    add column nation_id       bigint references nation (id) on delete cascade,
    add column nation_name_id  bigint references nation_name (id) on delete cascade,
    add column organization_id bigint references organization (id) on delete cascade,
    add column office_id       bigint references office (id) on delete cascade,
    add column person_id       bigint references person (id) on delete cascade,
    add column person_name_id  bigint references person_name (id) on delete cascade,
    add column accessed        date,
    add column source_revision text check (source_revision is null or length(trim(source_revision)) > 0);

alter table citation drop constraint citation_cites_one_fact;
alter table citation add constraint citation_cites_one_fact check (num_nonnulls(
    nation_id, nation_name_id, organization_id, office_id, person_id, person_name_id,
    membership_id, tenure_id, summit_id, attendance_id) = 1);

-- Every citation column pointing at another row is indexed: pages fetch citations by them, and deleting a cited
-- record cascades along them.
create index citation_source_idx on citation (source_id);
create index citation_nation_idx on citation (nation_id);
create index citation_nation_name_idx on citation (nation_name_id);
create index citation_organization_idx on citation (organization_id);
create index citation_office_idx on citation (office_id);
create index citation_person_idx on citation (person_id);
create index citation_person_name_idx on citation (person_name_id);

alter table citation_aud
    add column nation_id       bigint,
    add column nation_name_id  bigint,
    add column organization_id bigint,
    add column office_id       bigint,
    add column person_id       bigint,
    add column person_name_id  bigint,
    add column accessed        date,
    add column source_revision text;

-- An other name's source becomes a citation of that name. Its history starts in the revision that last saved the
-- name, so the history pages show it where the source was given.
insert into citation (source_id, person_name_id)
select source_id, id from person_name where source_id is not null order by id;

insert into revision_entity (revision_id, entity_name)
select distinct pa.rev, 'Citation'
from citation c
         join lateral (select max(rev) as rev from person_name_aud where id = c.person_name_id) pa on pa.rev is not null
where c.person_name_id is not null
on conflict do nothing;

insert into citation_aud (id, rev, revtype, source_id, person_name_id)
select c.id, pa.rev, 0, c.source_id, c.person_name_id
from citation c
         join lateral (select max(rev) as rev from person_name_aud where id = c.person_name_id) pa on pa.rev is not null
where c.person_name_id is not null;

alter table person_name drop column source_id;
alter table person_name_aud drop column source_id;
