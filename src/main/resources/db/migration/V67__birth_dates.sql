-- Birth dates of five leaders (issue 9), each from a stored page read on 1 December 2026 and cited with the
-- sentence that gives it. None of these pages shows its own date; where an infobox gives the person's age, the note
-- says which year the copy was made in. Other people's birth dates stay empty until a page read gives them.

insert into source (title, publisher, url, published_on, published_precision, note) values
('Xi Jinping', 'Simple English Wikipedia', 'https://simple.m.wikipedia.org/wiki/Xi_Jinping', null, null,
 'Undated copy; its infobox gives his age as 71, so it was made between 15 June 2024 and 14 June 2025.'),
('Recep Tayyip Erdoğan', 'Simple English Wikipedia', 'https://simple.m.wikipedia.org/wiki/Recep_Tayyip_Erdogan', null, null,
 'Undated copy; its infobox gives his age as 70, so it was made between 26 February 2024 and 25 February 2025.'),
('Narendra Modi', 'Britannica Kids (Encyclopædia Britannica)', 'https://kids.britannica.com/students/article/Narendra-Modi/608919',
 null, null, 'Undated in the stored copy.'),
('Vladimir Putin', 'WikiMD', 'https://wikimd.com/wiki/Vladimir_Putin', null, null,
 'An encyclopedia article after Wikipedia''s; undated in the stored copy.'),
('Kassym-Jomart Tokayev', 'biography.wiki', 'https://biography.wiki/wiki/Kassym-Jomart_Tokayev', null, null,
 'A biography after Wikipedia''s; undated in the stored copy.');

create temporary table birth (slug text, born date, title text, publisher text, quote text) on commit drop;
insert into birth values
('xi-jinping', '1953-06-15', 'Xi Jinping', 'Simple English Wikipedia',
 'Xi Jinping (/ʃ ɪnˈpɪŋ/; born 15 June 1953) is a Chinese politician'),
('recep-tayyip-erdogan', '1954-02-26', 'Recep Tayyip Erdoğan', 'Simple English Wikipedia',
 'Recep Tayyip Erdoğan (born 26 February 1954) is a Turkish politician'),
('narendra-modi', '1950-09-17', 'Narendra Modi', 'Britannica Kids (Encyclopædia Britannica)',
 'Narendra Damodardas Modi was born on September 17, 1950, in Vadnagar, a small town in northern Gujarat.'),
('vladimir-putin', '1952-10-07', 'Vladimir Putin', 'WikiMD',
 'Vladimir Vladimirovich Putin (Russian: Владимир Владимирович Путин; born 7 October 1952) is a Russian politician'),
('kassym-jomart-tokayev', '1953-05-17', 'Kassym-Jomart Tokayev', 'biography.wiki',
 'Kassym-Jomart Kemeluly Tokayev (born 17 May 1953) is a Kazakh politician and diplomat');

update person p set birth_date = b.born, version = p.version + 1
from birth b where b.slug = p.slug;

insert into citation (source_id, person_id, quote, accessed)
select s.id, seed_person(b.slug), b.quote, date '2026-12-01'
from birth b join source s on s.title = b.title and s.publisher = b.publisher;

select record_seed_revision();
