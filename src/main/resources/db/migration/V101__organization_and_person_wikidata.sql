-- Wikidata ids for organizations and people (issue 9), only where a stored page or file read on 1 December 2026
-- shows the item next to the name; none is taken from memory. Four were found:
-- - NATO's, Q7184, in a file of the results of a SPARQL query to wikidata.org (military alliances and their member
--   countries) kept with a Haskell exercise of 28 October 2020; its country items agree with the ones V66 took from
--   Our World in Data's table (France Q142, Canada Q16, Denmark Q35, Germany Q183).
-- - Shigeru Ishiba's, Q1335527, which the profile V100 cites for his birth date names as its source.
-- - Emmanuel Macron's, Q3052772, and Donald Trump's, Q22686, in the rows of a SPARQL query to wikidata.org that a test
--   of the people-explorer-api project expects its live query to return; the rows' birth dates (1977-12-21 and
--   1946-06-14) agree with the ones V100 cites.
-- No page read shows the items of the SCO, the G7, the UN or the EU, of any summit, or of the other people (other
-- than in hand-written test doubles, which are not taken), so theirs stay empty.

insert into source (title, publisher, url, published_on, published_precision, note) values
('Military alliances and their member countries, from Wikidata (military-alliances.json)', 'geophf/1HaskellADay (GitHub)',
 'https://github.com/geophf/1HaskellADay/blob/1d92e8ae2315eada91ea3c5c702134a47a9b5106/exercises/HAD/Y2020/M10/D28/military-alliances.json',
 date '2020-10-28', 'DAY',
 'The result of a SPARQL query to wikidata.org (the query is given in the exercise''s Exercise.hs), each row naming an alliance''s item and label and a member country''s; dated by the exercise''s day in its path (Y2020/M10/D28).'),
('PeopleDataAccess.spec.ts: Wikidata query results for Emmanuel Macron and Donald Trump', 'Thibaud05/people-explorer-api (GitHub)',
 'https://github.com/Thibaud05/people-explorer-api/blob/5cd31c6ef4773f653fd66b9b926d4e1074c5d890/test/PeopleDataAccess.spec.ts',
 null, null,
 'A test whose expected rows are what its SPARQL query to wikidata.org returns for the two items (the test fetches them and compares): item, label, image and birth date. Undated in the stored copy.');

update organization set wikidata_id = 'Q7184', version = version + 1 where acronym = 'NATO' and wikidata_id is null;

insert into citation (source_id, organization_id, quote, source_revision, accessed)
select s.id, seed_org('NATO'),
       '{"alliance":"http://www.wikidata.org/entity/Q7184","allianceLabel":"NATO","country":"http://www.wikidata.org/entity/Q30","countryLabel":"United States of America","memberOf":"http://www.wikidata.org/prop/direct/P463"}',
       'commit 1d92e8a', date '2026-12-01'
from source s where s.publisher = 'geophf/1HaskellADay (GitHub)';

update person set wikidata_id = 'Q1335527', version = version + 1 where slug = 'shigeru-ishiba' and wikidata_id is null;

insert into citation (source_id, person_id, quote, accessed)
select s.id, seed_person('shigeru-ishiba'), 'Source https://www.wikidata.org/wiki/Q1335527', date '2026-12-01'
from source s where s.title = 'Shigeru Ishiba' and s.publisher = 'pptrace';

create temporary table person_item (slug text, wikidata_id text, quote text) on commit drop;
insert into person_item values
('emmanuel-macron', 'Q3052772',
 '"people": {"type": "uri", "value": "http://www.wikidata.org/entity/Q3052772"}, "peopleLabel": {"xml:lang": "en", "type": "literal", "value": "Emmanuel Macron"}, ... "birthdateLabel": {"type": "literal", "value": "1977-12-21T00:00:00Z"}'),
('donald-trump', 'Q22686',
 '"people": {"type": "uri", "value": "http://www.wikidata.org/entity/Q22686"}, "peopleLabel": {"xml:lang": "en", "type": "literal", "value": "Donald Trump"}, ... "birthdateLabel": {"type": "literal", "value": "1946-06-14T00:00:00Z"}');

update person p set wikidata_id = i.wikidata_id, version = p.version + 1
from person_item i where i.slug = p.slug and p.wikidata_id is null;

insert into citation (source_id, person_id, quote, source_revision, accessed)
select s.id, seed_person(i.slug), i.quote, 'commit 5cd31c6', date '2026-12-01'
from person_item i join source s on s.publisher = 'Thibaud05/people-explorer-api (GitHub)';

select record_seed_revision();
