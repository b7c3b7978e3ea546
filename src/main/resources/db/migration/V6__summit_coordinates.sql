-- Where a summit or meeting took place, for the world map: decimal degrees (WGS 84), north and east positive.
-- Optional, but a point needs both.
alter table summit
    add column latitude  numeric(7, 5),
    add column longitude numeric(8, 5),
    add constraint summit_latitude_range check (latitude between -90 and 90),
    add constraint summit_longitude_range check (longitude between -180 and 180),
    add constraint summit_coordinates_pair check ((latitude is null) = (longitude is null));

-- Envers records the summit's every version, coordinates included.
alter table summit_aud
    add column latitude  numeric(7, 5),
    add column longitude numeric(8, 5);

-- The seeded summits' cities, at their centres (to about 1 km).
update summit
set latitude = c.latitude, longitude = c.longitude
from (values ('Astana', 51.17, 71.43),
             ('New Delhi', 28.61, 77.21),
             ('Tianjin', 39.13, 117.20),
             ('Vilnius', 54.69, 25.28),
             ('Washington, D.C.', 38.90, -77.04),
             ('The Hague', 52.08, 4.30),
             ('Hiroshima', 34.39, 132.45),
             ('Fasano', 40.83, 17.37),
             ('Kananaskis', 50.92, -115.12),
             ('Beijing', 39.90, 116.40)) as c (city, latitude, longitude)
where summit.city = c.city and summit.latitude is null;

-- The change is history too: one revision by "seed" recording each summit that got its place, so a later edit's
-- diff shows only what the editor changed.
with located as (
    select * from summit where latitude is not null
), rev as (
    insert into revision (timestamp, username)
    select (extract(epoch from now()) * 1000)::bigint, 'seed'
    where exists (select 1 from located)
    returning id
), entity as (
    insert into revision_entity (revision_id, entity_name)
    select id, 'Summit' from rev
)
insert into summit_aud (id, rev, revtype, slug, name, kind, organization_id, parent_id, host_nation_id, city, venue,
                        start_date, end_date, status, description, latitude, longitude)
select s.id, rev.id, 1, s.slug, s.name, s.kind, s.organization_id, s.parent_id, s.host_nation_id, s.city, s.venue,
       s.start_date, s.end_date, s.status, s.description, s.latitude, s.longitude
from located s, rev;
