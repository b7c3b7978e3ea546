-- Wikidata ids for six organizations (issue 9), from a table read on 1 December 2026 that lists each international
-- organisation with its Wikidata item next to its English name: "All Supranational Bodies" (dist/ALL_BODIES.md of
-- confirmordeny/supraverden on GitHub, 617 organisations, each with the treaty or page it rests on), in the version
-- of its last change, commit 0022708 of 6 June 2026. Its row for NATO gives Q7184, the item V101 took from another
-- file, which the two agree on. The table lists neither the G7 (an informal forum, with no treaty), nor the G20,
-- APEC (only its secretariat, with no item), the Quad or the East Asia Summit, so theirs stay empty, as do the
-- summits' (no page or file read shows a summit's item).
-- The source is left undated: a data file's commit is not the day its facts are known as of (the pages' "as of"
-- date is the latest dated source's); the citations carry the commit and the day they were read.

insert into source (title, publisher, url, published_on, published_precision, note) values
('All Supranational Bodies (dist/ALL_BODIES.md)', 'confirmordeny/supraverden (GitHub)',
 'https://github.com/confirmordeny/supraverden/blob/002270867a68cbc283fd62d6ecd1b5432f5d5635/dist/ALL_BODIES.md',
 null, null,
 'A generated table of international organisations, each row giving the English name, the Wikidata item (linked to wikidata.org), an OpenSanctions id and the treaty or page the organisation rests on. Read in the version of commit 0022708 (6 June 2026), the file''s last change.');

create temporary table org_item (acronym text, wikidata_id text, quote text) on commit drop;
insert into org_item values
('SCO', 'Q485207', '| Shanghai Cooperation Organisation | [Q485207](https://www.wikidata.org/wiki/Q485207) |'),
('UN', 'Q1065', '| United Nations | [Q1065](https://www.wikidata.org/wiki/Q1065) |'),
('EU', 'Q458', '| European Union | [Q458](https://www.wikidata.org/wiki/Q458) |'),
('ASEAN', 'Q7768', '| Association of Southeast Asian Nations | [Q7768](https://www.wikidata.org/wiki/Q7768) |'),
('CSTO', 'Q318693', '| Collective Security Treaty Organization | [Q318693](https://www.wikidata.org/wiki/Q318693) |'),
('CIS', 'Q7779', '| Commonwealth of Independent States | [Q7779](https://www.wikidata.org/wiki/Q7779) |'),
('NATO', 'Q7184', '| North Atlantic Treaty Organisation | [Q7184](https://www.wikidata.org/wiki/Q7184) |');

-- NATO's is already V101's (and so unchanged); the row is cited as a second source for it
update organization o set wikidata_id = i.wikidata_id, version = o.version + 1
from org_item i where i.acronym = o.acronym and o.wikidata_id is null;

insert into citation (source_id, organization_id, quote, source_revision, accessed)
select s.id, o.id, i.quote, 'commit 0022708', date '2026-12-01'
from org_item i join organization o on o.acronym = i.acronym and o.wikidata_id = i.wikidata_id
join source s on s.publisher = 'confirmordeny/supraverden (GitHub)';

select record_seed_revision();
