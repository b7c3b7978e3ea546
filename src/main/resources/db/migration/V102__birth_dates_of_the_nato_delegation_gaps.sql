-- Birth dates of the four people V90 added to the NATO delegations (issue 9), each from a stored page read on
-- 1 December 2026 and cited with the sentence that gives it, as V100 did for the others. None of the pages shows its
-- date, so the citation's access date stands for it and the note says what the copy shows (an infobox age bounds the
-- year it was made in).

insert into source (title, publisher, url, published_on, published_precision, note) values
('Edgars Rinkēvičs', 'Wikipedia',
 'https://en.wikipedia.org/wiki/Edgars_Rink%C4%93vi%C4%8Ds',
 null, null, 'Undated; read in a copy of the article at http://movatter.jp/mt/?dark=on&url=http%3A%2F%2Fen.wikipedia.org%2Fwiki%2FEdgars_Rink%25C4%2593vi%25C4%258Ds. Its infobox gives his age as 52, so it was made between 21 September 2025 and 20 September 2026.'),
('Katrín Jakobsdóttir', 'Archives of Women''s Political Communication (Iowa State University)',
 'https://awpc.cattcenter.iastate.edu/directory/katrin-jakobsdottir/',
 null, null, 'Undated copy; it gives her age as 48, so it was made between 1 February 2024 and 31 January 2025.'),
('Nikolai Denkov', 'Wikipedia',
 'https://en.wikipedia.org/wiki/Nikolai_Denkov',
 null, null, 'Undated in the stored copy; written after his term as prime minister (2023–2024).'),
('Rosen Zhelyazkov', 'Wikipedia',
 'https://en.wikipedia.org/wiki/Rosen_Zhelyazkov',
 null, null, 'Undated in the stored copy; written after his term as prime minister (2025–2026).');

create temporary table birth (slug text, born date, title text, publisher text, quote text) on commit drop;
insert into birth values
('edgars-rinkevics', '1973-09-21', 'Edgars Rinkēvičs', 'Wikipedia',
 'Edgars Rinkēvičs (born 21 September 1973) is a Latvian public official and politician serving as the 11th and current president of Latvia since July 2023.'),
('katrin-jakobsdottir', '1976-02-01', 'Katrín Jakobsdóttir', 'Archives of Women''s Political Communication (Iowa State University)',
 'Jakobsdóttir was born February 1, 1976, in Reykjavík, Iceland.'),
('nikolay-denkov', '1962-09-03', 'Nikolai Denkov', 'Wikipedia',
 'Nikolai was born on 3 September 1962, in Stara Zagora, Bulgaria.'),
('rosen-zhelyazkov', '1968-04-05', 'Rosen Zhelyazkov', 'Wikipedia',
 'Zhelyazkov was born in Sofia on 5 April 1968.');

update person p set birth_date = b.born, version = p.version + 1
from birth b where b.slug = p.slug and p.birth_date is null;

insert into citation (source_id, person_id, quote, accessed)
select s.id, seed_person(b.slug), b.quote, date '2026-12-01'
from birth b join source s on s.title = b.title and s.publisher = b.publisher;

select record_seed_revision();
