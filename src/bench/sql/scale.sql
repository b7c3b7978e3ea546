-- Grows a migrated Summit Tracker database (the seed, and whatever was imported) by a factor, for benchmarks:
--   psql -v factor=100 -d <database> -f src/bench/sql/scale.sql
-- At factor 100: about 200 nations, 20,000 people, 20,000 summits and meetings, 930,000 attendance rows and
-- 1.1 million citations, the shape the scale issue measured. Every generated row keeps every constraint of the
-- migrations (slugs, case-insensitive unique names, ISO codes, partial dates, one standing at a time, one row per
-- person and summit, one record per citation). Generated records have slugs starting with "gen-", so
-- `delete ... where slug like 'gen-%'` style clean-ups are possible, but a benchmark database is thrown away.
-- Deterministic: the same factor on the same starting data gives the same rows.

\set ON_ERROR_STOP on
\if :{?factor}
\else
\set factor 10
\endif

begin;

create temporary table scale as
select :factor::int as factor,
       greatest(0, round(1.42 * :factor)::int) as nations,
       200 * :factor as people,
       200 * :factor as summits,
       46 as per_summit;

-- Nations: free ISO codes in alphabetical order, so generated codes never clash with real ones.
with alpha2 as (
    select chr(a) || chr(b) as code, row_number() over (order by a, b) as n
    from generate_series(65, 90) a, generate_series(65, 90) b
    where chr(a) || chr(b) not in (select iso_alpha2 from nation)
), alpha3 as (
    select chr(a) || chr(b) || chr(c) as code, row_number() over (order by a, b, c) as n
    from generate_series(81, 90) a, generate_series(65, 90) b, generate_series(65, 90) c
    where chr(a) || chr(b) || chr(c) not in (select iso_alpha3 from nation)
)
insert into nation (slug, name, official_name, iso_alpha2, iso_alpha3)
select 'gen-nation-' || a2.n, 'Generated Nation ' || a2.n, 'Republic of Generated Nation ' || a2.n, a2.code, a3.code
from alpha2 a2 join alpha3 a3 on a3.n = a2.n
where a2.n <= (select nations from scale);

-- Organizations: one generated forum per ten of the factor, each holding every generated nation as a member.
insert into organization (slug, acronym, name, kind, founded_on, founded_precision, description)
select 'gen-org-' || g, 'GEN' || g, 'Generated Forum ' || g, 'INFORMAL_FORUM', make_date(1950 + g % 50, 1, 1), 'YEAR',
       'A generated organization for benchmarks.'
from generate_series(1, greatest(1, :factor / 10)) g;

insert into membership (nation_id, organization_id, standing, start_date, start_precision)
select n.id, o.id, 'MEMBER', make_date(1950 + (n.id % 50)::int, 1, 1), 'YEAR'
from nation n cross join organization o
where n.slug like 'gen-nation-%' and o.slug like 'gen-org-%';

-- People, each a national of one of all the nations.
create temporary table nation_pick as
select id, row_number() over (order by id) - 1 as n from nation;

insert into person (slug, name, sort_name, birth_date, nationality_id)
select 'gen-person-' || g, 'Generated Person ' || g, 'Person ' || g || ', Generated',
       make_date(1920 + g % 70, 1 + g % 12, 1 + g % 28),
       (select id from nation_pick where n = g % (select count(*) from nation_pick))
from generate_series(1, (select people from scale)) g;

-- A head-of-state office per generated nation, held by a generated national in turn, four years each.
insert into office (slug, title, kind, nation_id)
select 'gen-office-' || n.slug, 'President of ' || n.name, 'HEAD_OF_STATE', n.id
from nation n where n.slug like 'gen-nation-%';

insert into tenure (person_id, office_id, start_date, start_precision, end_date, end_precision)
select p.id, o.id, make_date(1960 + 4 * t.k, 1, 20), 'DAY', make_date(1964 + 4 * t.k, 1, 19), 'DAY'
from office o
cross join generate_series(0, 14) t (k)
join lateral (select id from person where nationality_id = o.nation_id and slug like 'gen-person-%'
              order by id offset t.k limit 1) p on true
where o.slug like 'gen-office-%';

-- Summits and meetings, 1950 to 2025, hosted by all nations in turn; every fifth a bilateral meeting.
insert into summit (slug, name, kind, organization_id, host_nation_id, city, start_date, end_date, status,
                    latitude, longitude)
select 'gen-summit-' || g,
       case when g % 5 = 0 then 'Generated Meeting ' || g else 'Generated Summit ' || g end,
       case when g % 5 = 0 then 'BILATERAL_MEETING' else 'ORGANIZATION_SUMMIT' end,
       case when g % 5 = 0 then null
            else (select id from organization order by id offset g % (select count(*) from organization) limit 1) end,
       (select id from nation_pick where n = g % (select count(*) from nation_pick)),
       'Generated City ' || (g % 500),
       date '1950-01-01' + (g * 7919 % 27000),
       date '1950-01-01' + (g * 7919 % 27000) + g % 3,
       'HELD',
       -60 + (g * 37 % 12000) / 100.0, -170 + (g * 53 % 34000) / 100.0
from generate_series(1, (select summits from scale)) g;

-- Attendance: 46 different people per summit (a step coprime with the number of people keeps them distinct),
-- each representing their nationality; some absent, some sent instead of another.
create temporary table person_pick as
select id, nationality_id, row_number() over (order by id) - 1 as n from person;
create index on person_pick (n);
analyze person_pick;

-- The bridge table is filled once afterwards, not row by row by its trigger.
alter table attendance disable trigger attendance_keeps_bridges;

insert into attendance (summit_id, person_id, nation_id, capacity, standing, status)
select s.id, p.id, p.nationality_id,
       case when k = 0 then 'HOST' when k % 3 = 0 then 'HEAD_OF_GOVERNMENT' when k % 7 = 0 then 'MINISTER'
            else 'HEAD_OF_STATE' end,
       case when s.kind = 'ORGANIZATION_SUMMIT' then 'MEMBER' end,
       case when k % 11 = 10 then 'ABSENT' else 'ATTENDED' end
from summit s
cross join generate_series(0, (select per_summit from scale) - 1) k
join person_pick p on p.n = (s.id * 7 + k * 7919) % (select count(*) from person_pick)
where s.slug like 'gen-summit-%'
on conflict (summit_id, person_id) do nothing;

alter table attendance enable trigger attendance_keeps_bridges;

insert into bridge
select b.*
from attendance a join summit s on s.id = a.summit_id, lateral bridges_of(a.person_id, a.summit_id) b
where s.slug like 'gen-summit-%' and a.person_id is not null and a.status = 'ATTENDED'
on conflict do nothing;

-- Sources and citations: every generated attendance row cited once, every fifth twice; every summit once.
insert into source (title, publisher, url, published_on, published_precision)
select 'Generated report ' || g, 'Generated Wire', 'https://example.org/generated/' || g,
       date '2000-01-01' + g % 9000, 'DAY'
from generate_series(1, 10 * :factor) g;

create temporary table source_pick as
select id, row_number() over (order by id) - 1 as n from source where publisher = 'Generated Wire';

insert into citation (source_id, attendance_id, claimed_status)
select (select id from source_pick where n = a.id % (select count(*) from source_pick)), a.id, a.status
from attendance a join summit s on s.id = a.summit_id
where s.slug like 'gen-summit-%';

insert into citation (source_id, attendance_id, quote)
select (select id from source_pick where n = (a.id * 3) % (select count(*) from source_pick)), a.id,
       'A generated second source.'
from attendance a join summit s on s.id = a.summit_id
where s.slug like 'gen-summit-%' and a.id % 5 = 0;

insert into citation (source_id, summit_id)
select (select id from source_pick where n = s.id % (select count(*) from source_pick)), s.id
from summit s where s.slug like 'gen-summit-%';

commit;

-- vacuum as autovacuum would on a live database: index-only scans (counts by index) need the visibility map
vacuum analyze;

select 'nations' as kind, count(*) from nation
union all select 'people', count(*) from person
union all select 'summits', count(*) from summit
union all select 'attendance', count(*) from attendance
union all select 'citations', count(*) from citation
union all select 'bridges', count(*) from bridge;
