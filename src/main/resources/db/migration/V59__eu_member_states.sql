-- The European Union's 27 member states with the year each joined, from the University of Illinois Library's guide
-- "European Union Enlargement: Accession History & Current Member States" (read 1 December 2026), and Croatia's day
-- of accession from the European Commission's glossary. The guide gives the founders' year as 1958 (the European
-- Economic Community, the Union's forerunner); the note says so. Former members (the United Kingdom) are not
-- recorded: no page read gives the dates.

insert into source (title, publisher, url, published_on, published_precision, note) values
('European Union Enlargement: Accession History & Current Member States', 'University of Illinois Library',
 'https://guides.library.illinois.edu/c.php?g=1226533&p=8974518', null, null,
 'A research guide; undated in the stored copy. Lists the 27 current member states with their year of accession.'),
('Enlargement', 'European Commission (Regional Policy glossary)', 'https://ec.europa.eu/regional_policy/en/policy/what/glossary/e/enlargment',
 null, null, 'Written while the Union had 28 members (2013–2020); undated in the stored copy.');

insert into nation (slug, name, official_name, iso_alpha2, iso_alpha3) values
('austria', 'Austria', 'Republic of Austria', 'AT', 'AUT'),
('cyprus', 'Cyprus', 'Republic of Cyprus', 'CY', 'CYP'),
('ireland', 'Ireland', null, 'IE', 'IRL'),
('malta', 'Malta', 'Republic of Malta', 'MT', 'MLT');

insert into membership (nation_id, organization_id, standing, start_date, start_precision, note)
select seed_nation(v.iso), seed_org('EU'), 'MEMBER', make_date(v.year, 1, 1), 'YEAR',
       case when v.year = 1958 then 'Founding member of the European Economic Community (1958), the Union''s forerunner' end
from (values ('AT', 1995), ('BE', 1958), ('BG', 2007), ('CY', 2004), ('CZ', 2004), ('DK', 1973), ('EE', 2004),
             ('FI', 1995), ('FR', 1958), ('DE', 1958), ('GR', 1981), ('HU', 2004), ('IE', 1973), ('IT', 1958),
             ('LV', 2004), ('LT', 2004), ('LU', 1958), ('MT', 2004), ('NL', 1958), ('PL', 2004), ('PT', 1986),
             ('RO', 2007), ('SK', 2004), ('SI', 2004), ('ES', 1986), ('SE', 1995)) as v(iso, year);

insert into membership (nation_id, organization_id, standing, start_date, start_precision)
values (seed_nation('HR'), seed_org('EU'), 'MEMBER', '2013-07-01', 'DAY');

insert into citation (source_id, membership_id, quote, accessed)
select seed_src('European Union Enlargement: Accession History & Current Member States'), m.id,
       'Current Member States & Accession Year: ' || case n.iso_alpha2 when 'CZ' then 'Czechia' else n.name end || ' - ' || extract(year from m.start_date), date '2026-12-01'
from membership m join nation n on n.id = m.nation_id
where m.organization_id = seed_org('EU');

insert into citation (source_id, membership_id, quote, accessed)
select seed_src('Enlargement'), m.id, 'Since the accession of Croatia on 1 July 2013, the European Union has comprised 28 Member States.',
       date '2026-12-01'
from membership m where m.organization_id = seed_org('EU') and m.nation_id = seed_nation('HR');

select record_seed_revision();
