-- The NATO member delegations V56 and V70 left unrecorded, each from a page read on 1 December 2026 that names the
-- leader at the summit (a report written at it or after it; a pre-summit announcement would make a leader only
-- expected, and none is used here):
--   Vilnius, 11–12 July 2023: Bulgaria, Denmark, Iceland, Slovenia (the roster is then complete, 31 of 31);
--   The Hague, 24–25 June 2025: Albania, Bulgaria, Croatia, Latvia (31 of 32; Lithuania stays not recorded: the
--   only page found that names President Nausėda reports his words before his flight to The Hague on the summit's
--   first day, not him there).
-- Washington 2024 gets nothing here: the Office of the Historian import links all 31 visiting members' leaders to it
-- ("Attended NATO 75th Anniversary Summit"), and the host is seeded.
--
-- As in V70, a person is reused when one has the slug, or the same name (accents and case aside) and nationality
-- (seed_leader, which V70 created and left in place); an office when one has the slug. Nothing is typed twice.

insert into source (title, publisher, url, published_on, published_precision, note) values
('Denkov ot Vilnius: Ukrajna shte stane chlen na NATO, kogato obstoiatelstvata pozvoliavat', 'Vesti.bg',
 'https://vesti.bg/bulgaria/denkov-ot-vilnius-ukrajna-shte-stane-chlen-na-nato-kogato-obstoiatelstvata-pozvoliavat-6172789',
 null, null,
 'In Bulgarian; title as in the page address (transliterated). Undated in the stored copy; it reports the Prime Minister''s words on his arrival at the summit in Vilnius.'),
('Report from the NATO summit in Vilnius (novini.bg)', 'Novini.bg', 'https://novini.bg/bylgariya/politika/791072',
 '2023-07-11', 'DAY',
 'In Bulgarian. The headline is not in the part of the stored copy read; the title here describes the page. The page shows 11 July 2023, 18:29.'),
('Mette F.: Uden vores hjælp så var de færdige', 'Ekstra Bladet',
 'https://ekstrabladet.dk/nyheder/politik/mette-f.-uden-vores-hjaelp-saa-var-de-faerdige/9860141', '2023-07-01', 'MONTH',
 'In Danish; title as in the page address. The stored copy gives the month; datelined Vilnius, it reports the summit''s last day.'),
('Katrín náði að skreppa í bæinn', 'Vísir', 'http://varnish-7.visir.is/g/20232439081d/katrin-nadi-ad-skreppa-i-baeinn',
 '2023-07-12', 'DAY',
 'In Icelandic. The copy read is served from a visir.is cache host (varnish-7.visir.is); the page shows 12 July 2023, 17:05.'),
('End of the NATO Summit in Vilnius: Slovenia will be actively involved in seeking peace in Ukraine',
 'Government of the Republic of Slovenia (GOV.SI)',
 'https://www.gov.si/en/news/2023-07-12-end-of-the-nato-summit-in-vilnius-slovenia-will-be-actively-involved-in-seeking-peace-in-ukraine/',
 '2023-07-12', 'DAY', 'The date is the one in the page address.'),
('Diplomaci ne Hage, Rama takohet me kreun e NATO-s Mark Rutte', 'Everteta',
 'https://everteta.al/diplomaci-ne-hage-rama-takohet-me-kreun-e-nato-s-mark-rutte', null, null,
 'In Albanian; title as in the page address. Undated in the stored copy; written during the summit ("the Hague summit is taking place").'),
('Samiti i NATO-s, kryeministri Rama dhe bashkeshortja ne mesin e lidereve boterore ne darken mbreterore', 'Tirana News',
 'https://tirananews.al/samiti-i-nato-s-kryeministri-rama-dhe-bashkeshortja-ne-mesin-e-lidereve-boterore-ne-darken-mbreterore/',
 null, null,
 'In Albanian; title as in the page address. Undated in the stored copy; written on the evening of the King''s dinner for the leaders, the summit''s first day.'),
('Zhelyazkov at the NATO summit in The Hague (Novinite)', 'Novinite.com (Sofia News Agency)',
 'https://www.novinite.com/view_news.php?id=233067', '2025-06-26', 'DAY',
 'The headline is not in the part of the stored copy read; the title here describes the page.'),
('President Milanović after NATO Summit: Military Procurement Cannot Be Left to the Market',
 'Office of the President of the Republic of Croatia',
 'https://www.predsjednik.hr/en/news/president-milanovic-after-nato-summit-military-procurement-cannot-be-left-to-the-market',
 '2025-06-25', 'DAY', 'The page shows 25 June 2025, 16:16.'),
('You are the good guys: Tramp oblaskal Rinkevica na sammite NATO', 'Bb.lv',
 'https://bb.lv/statja/politika/2025/06/28/you-are-the-good-guys-tramp-oblaskal-rinkevica-na-sammite-nato', '2025-06-28', 'DAY',
 'In Russian; title as in the page address (transliterated: "Trump made much of Rinkēvičs at the NATO summit"); the date is the one in the page address.');

create temporary table delegation (
    summit text, slug text, name text, sort_name text, nation text,
    office text, office_title text, office_kind text, capacity text, source text, quote text
) on commit drop;

insert into delegation values
-- Vilnius 2023
('nato-2023-vilnius', 'nikolay-denkov', 'Nikolay Denkov', 'Denkov, Nikolay', 'BG', 'prime-minister-of-bulgaria', 'Prime Minister of Bulgaria', 'HEAD_OF_GOVERNMENT', 'HEAD_OF_GOVERNMENT',
 'Denkov ot Vilnius: Ukrajna shte stane chlen na NATO, kogato obstoiatelstvata pozvoliavat',
 'Това заяви министър-председателят акад. Николай Денков при пристигането си на форума във Вилнюс. (So said Prime Minister Academician Nikolay Denkov on his arrival at the forum [the NATO summit] in Vilnius; translated from Bulgarian.)'),
('nato-2023-vilnius', 'nikolay-denkov', 'Nikolay Denkov', 'Denkov, Nikolay', 'BG', 'prime-minister-of-bulgaria', 'Prime Minister of Bulgaria', 'HEAD_OF_GOVERNMENT', 'HEAD_OF_GOVERNMENT',
 'Report from the NATO summit in Vilnius (novini.bg)',
 'Украйна ще стане член на НАТО ... каза във Вилнюс премиерът Николай Денков ... Той е в столицата на Литва за среща на върха на алианса (Ukraine will become a member of NATO ..., Prime Minister Nikolay Denkov said in Vilnius ... He is in the Lithuanian capital for the alliance''s summit; translated from Bulgarian).'),
('nato-2023-vilnius', 'mette-frederiksen', 'Mette Frederiksen', 'Frederiksen, Mette', 'DK', 'prime-minister-of-denmark', 'Prime Minister of Denmark', 'HEAD_OF_GOVERNMENT', 'HEAD_OF_GOVERNMENT',
 'Mette F.: Uden vores hjælp så var de færdige',
 'VILNIUS, LITAUEN (Ekstra Bladet): ... Sådan lyder beskeden fra statsminister Mette Frederiksen på sidstedagen til Nato-topmødet i Vilnius. (That is the message from Prime Minister Mette Frederiksen on the last day of the NATO summit in Vilnius; translated from Danish.)'),
('nato-2023-vilnius', 'katrin-jakobsdottir', 'Katrín Jakobsdóttir', 'Jakobsdóttir, Katrín', 'IS', 'prime-minister-of-iceland', 'Prime Minister of Iceland', 'HEAD_OF_GOVERNMENT', 'HEAD_OF_GOVERNMENT',
 'Katrín náði að skreppa í bæinn',
 'Katrín Jakobsdóttir forsætisráðherra er þessa stundina stödd í Vilníus, höfuðborg Litáens, þar sem leiðtogafundur Atlantshafsbandalagsins hefur staðið yfir í gær og í dag. (Prime Minister Katrín Jakobsdóttir is at this moment in Vilnius, the capital of Lithuania, where the NATO summit has been held yesterday and today; translated from Icelandic.)'),
('nato-2023-vilnius', 'robert-golob', 'Robert Golob', 'Golob, Robert', 'SI', 'prime-minister-of-slovenia', 'Prime Minister of Slovenia', 'HEAD_OF_GOVERNMENT', 'HEAD_OF_GOVERNMENT',
 'End of the NATO Summit in Vilnius: Slovenia will be actively involved in seeking peace in Ukraine',
 'A two-day summit of the NATO Alliance in the Lithuanian capital of Vilnius has concluded. It was attended by the Prime Minister, Dr Robert Golob, the Deputy Prime Minister and the Minister of Foreign and European Affairs, Tanja Fajon, and the Minister of Defence, Marjan Šarec.'),
-- The Hague 2025
('nato-2025-the-hague', 'edi-rama', 'Edi Rama', 'Rama, Edi', 'AL', 'prime-minister-of-albania', 'Prime Minister of Albania', 'HEAD_OF_GOVERNMENT', 'HEAD_OF_GOVERNMENT',
 'Diplomaci ne Hage, Rama takohet me kreun e NATO-s Mark Rutte',
 'Kryeministri Edi Rama ka ndarë një moment nga pjesëmarrja e tij në Samitin e NATO-s në Hagë ... fotografi nga takimi i zhvilluar në margjinat e samitit. (Prime Minister Edi Rama shared a moment of his participation in the NATO summit in The Hague ... photographs of the meeting [with Secretary General Mark Rutte] held on the margins of the summit; translated from Albanian.)'),
('nato-2025-the-hague', 'edi-rama', 'Edi Rama', 'Rama, Edi', 'AL', 'prime-minister-of-albania', 'Prime Minister of Albania', 'HEAD_OF_GOVERNMENT', 'HEAD_OF_GOVERNMENT',
 'Samiti i NATO-s, kryeministri Rama dhe bashkeshortja ne mesin e lidereve boterore ne darken mbreterore',
 'Në mesin e të ftuarve ka qenë edhe kryeministri Edi Rama i shoqëruar nga bashkëshortja e tij, Linda Rama. Çifti është parë teksa mbërrinte në pallatin mbretëror. (Among the guests [at the King''s dinner for the summit''s leaders in The Hague] was Prime Minister Edi Rama with his wife, Linda Rama, seen arriving at the royal palace; translated from Albanian.)'),
('nato-2025-the-hague', 'rosen-zhelyazkov', 'Rosen Zhelyazkov', 'Zhelyazkov, Rosen', 'BG', 'prime-minister-of-bulgaria', 'Prime Minister of Bulgaria', 'HEAD_OF_GOVERNMENT', 'HEAD_OF_GOVERNMENT',
 'Zhelyazkov at the NATO summit in The Hague (Novinite)',
 'At the NATO summit in The Hague, Bulgarian Prime Minister Rosen Zhelyazkov confirmed that Bulgaria will develop and adopt a national defense investment plan ... Speaking after the meeting, Zhelyazkov announced that the declaration was unanimously endorsed by all member states'),
('nato-2025-the-hague', 'zoran-milanovic', 'Zoran Milanović', 'Milanović, Zoran', 'HR', 'president-of-croatia', 'President of Croatia', 'HEAD_OF_STATE', 'HEAD_OF_STATE',
 'President Milanović after NATO Summit: Military Procurement Cannot Be Left to the Market',
 'The President of the Republic Zoran Milanović participated today in the NATO summit held in The Hague, where discussions and decisions focused on joint security policy and further increases in defense spending.'),
('nato-2025-the-hague', 'edgars-rinkevics', 'Edgars Rinkēvičs', 'Rinkēvičs, Edgars', 'LV', 'president-of-latvia', 'President of Latvia', 'HEAD_OF_STATE', 'HEAD_OF_STATE',
 'You are the good guys: Tramp oblaskal Rinkevica na sammite NATO',
 'Трамп высоко оценил страны Балтии ... По его словам, Трамп внимательно выслушал лидеров альянса, уделив три часа обсуждению ... Латвийский президент высоко оценил открытость диалога (Trump praised the Baltic states ... According to him [President Rinkēvičs, of the NATO summit the page''s title names], Trump listened closely to the alliance''s leaders, giving the discussion three hours ... The Latvian president praised the openness of the dialogue; translated from Russian).');

insert into person (slug, name, sort_name, nationality_id)
select distinct on (d.slug) d.slug, d.name, d.sort_name, seed_nation(d.nation)
from delegation d
where seed_leader(d.slug, d.name, d.nation) is null
order by d.slug;

insert into office (slug, title, kind, nation_id)
select distinct on (d.office) d.office, d.office_title, d.office_kind, seed_nation(d.nation)
from delegation d
where seed_office(d.office) is null
order by d.office;

-- one row per summit and nation, however many pages back it
insert into attendance (summit_id, person_id, nation_id, office_id, capacity, standing, status)
select distinct on (d.summit, d.nation)
       seed_summit(d.summit), seed_leader(d.slug, d.name, d.nation), seed_nation(d.nation), seed_office(d.office),
       d.capacity, 'MEMBER', 'ATTENDED'
from delegation d
where not exists (select 1 from attendance a
                  where a.summit_id = seed_summit(d.summit) and a.nation_id = seed_nation(d.nation) and a.standing = 'MEMBER')
order by d.summit, d.nation;

insert into citation (source_id, attendance_id, claimed_status, quote, accessed)
select seed_src(d.source), a.id, 'ATTENDED', d.quote, date '2026-12-01'
from delegation d
join attendance a on a.summit_id = seed_summit(d.summit) and a.person_id = seed_leader(d.slug, d.name, d.nation);

select record_seed_revision();
