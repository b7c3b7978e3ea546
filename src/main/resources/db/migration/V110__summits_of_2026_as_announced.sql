-- The organization summits announced for 2026, as the announcements read on 1 December 2026 give them. No report
-- written at or after either summit was found among the stored pages, so each is recorded as PLANNED (announced,
-- not known to have been held) with its announced days, host and city, and no attendance: its page then shows
-- "0 of n member delegations recorded" by itself. An editor who reads a report from the summit sets it HELD and
-- adds the delegations.
--   G7, Evian-les-Bains, 14–16 June 2026: announced by President Macron at Kananaskis on 17 June 2025 (Reuters,
--     as Hindustan Times carries it, and Devdiscourse, both 18 June 2025).
--   NATO, Ankara, 7–8 July 2026, at the Beştepe Presidential Complex: announced by Secretary General Rutte on 19
--     August 2025 (haberaktuel.com, 20 August 2025; Hürriyet Daily News).
-- Not recorded: the SCO's 2026 summit. The Tianjin declaration of 1 September 2025 places the next meeting of the
-- Council of Heads of State in Kyrgyzstan in 2026 (Bishkek, as the Astana Times and Kazinform report), but no page
-- read gives its days, and a summit needs them.
-- Each city's centre, for the world map, to about 1 km as V6 placed the others: Évian-les-Bains at 46°23′N 6°35′E
-- (French Wikipedia's article, "Coordonnées 46° 23′ 00″ nord, 6° 35′ 00″ est"), Ankara at 39.93, 32.86 (World
-- Population Review: "Ankara is located at 39.9334, 32.8597"), each cited on its summit.

insert into source (title, publisher, url, published_on, published_precision, note) values
('Next G7 leaders summit to take place at Evian in French Alps, Macron says', 'Hindustan Times (Reuters)',
 'https://www.hindustantimes.com/world-news/us-news/next-g7-leaders-summit-to-take-place-at-evian-in-french-alps-macron-says-101750195598280.html',
 '2025-06-18', 'DAY', 'A Reuters report datelined Kananaskis, Alberta; the page shows 18 June 2025, 02:56 IST.'),
('France to Host 2026 G7 Summit at Evian-les-Bains', 'Devdiscourse',
 'https://www.devdiscourse.com/article/politics/3461583-france-to-host-2026-g7-summit-at-evian-les-bains',
 '2025-06-18', 'DAY', 'With inputs from agencies.'),
('NATO 2026 Zirvesi Ankara''da yapılacak', 'Haberaktüel',
 'https://www.haberaktuel.com/nato-2026-zirvesi-ankara-da-yapilacak-3254774',
 '2025-08-20', 'DAY', 'In Turkish; title as in the page address ("NATO''s 2026 summit will be held in Ankara").'),
('NATO to hold 2026 summit at Beştepe on July 7-8', 'Hürriyet Daily News',
 'https://www.hurriyetdailynews.com/nato-to-hold-2026-summit-at-bestepe-on-july-7-8-212729',
 null, null, 'Undated in the stored copy; it reports the Secretary General''s confirmation of 19 August [2025] and the President''s announcement of 30 June after the summit in The Hague.'),
('Évian-les-Bains', 'Wikipedia (French)', 'https://fr.wikipedia.org/wiki/%C3%89vian-les-Bains', null, null,
 'In French. Undated; read in a copy of the article served through https://wonilvalve.com (the page''s edit view, section 14); its infobox gives the population of 2021, so it was written after that.'),
('What is the Capital of Turkey?', 'World Population Review', 'https://worldpopulationreview.com/countries/turkey/capital',
 null, null, 'Undated in the stored copy.');

insert into summit (slug, name, kind, organization_id, host_nation_id, city, venue, start_date, end_date, status,
                    latitude, longitude, description) values
('g7-2026-evian', 'G7 Summit 2026', 'ORGANIZATION_SUMMIT', seed_org('G7'), seed_nation('FR'), 'Evian-les-Bains', null,
 '2026-06-14', '2026-06-16', 'PLANNED', 46.38, 6.58,
 'Announced by President Macron at the 2025 summit in Kananaskis, for 14–16 June 2026 at Evian-les-Bains.'),
('nato-2026-ankara', 'NATO Summit 2026', 'ORGANIZATION_SUMMIT', seed_org('NATO'), seed_nation('TR'), 'Ankara',
 'Beştepe Presidential Complex', '2026-07-07', '2026-07-08', 'PLANNED', 39.93, 32.86,
 'Announced by Secretary General Mark Rutte on 19 August 2025, for 7–8 July 2026 at the Beştepe Presidential Complex in Ankara.');

insert into citation (source_id, summit_id, quote, accessed) values
(seed_src('Next G7 leaders summit to take place at Evian in French Alps, Macron says'), seed_summit('g7-2026-evian'),
 'France will host the next G7 summit at the Alpine spa resort town of Evian-les-Bains in June 2026, French President Emmanuel Macron said on Tuesday ... The leaders of Britain, Canada, France, Germany, Italy, Japan, the United States and the European Union will meet between June 14-16, French officials said.',
 date '2026-12-01'),
(seed_src('France to Host 2026 G7 Summit at Evian-les-Bains'), seed_summit('g7-2026-evian'),
 'France will host the G7 summit in June 2026 in Evian-les-Bains. ... The summit, scheduled from June 14-16, will gather leaders from Britain, Canada, France, Germany, Italy, Japan, the United States, and the European Union.',
 date '2026-12-01'),
(seed_src('NATO 2026 Zirvesi Ankara''da yapılacak'), seed_summit('nato-2026-ankara'),
 '“NATO Genel Sekreteri Mark Rutte, bir sonraki NATO zirvesinin 7 ve 8 Temmuz 2026 tarihlerinde Türkiye’nin Beştepe Külliyesi’nde düzenleneceğini duyurdu” (“NATO Secretary General Mark Rutte announced that the next NATO summit will be held on 7 and 8 July 2026 at Türkiye''s Beştepe Presidential Complex”; translated from Turkish.)',
 date '2026-12-01'),
(seed_src('NATO to hold 2026 summit at Beştepe on July 7-8'), seed_summit('nato-2026-ankara'),
 'NATO will hold its 2026 summit at the Beştepe presidential residence in the Turkish capital Ankara on July 7-8. The alliance’s secretary-general, Mark Rutte, confirmed the decision on Aug. 19 and thanked Türkiye for hosting.',
 date '2026-12-01'),
(seed_src('Évian-les-Bains'), seed_summit('g7-2026-evian'),
 'Coordonnées | 46° 23′ 00″ nord, 6° 35′ 00″ est (Coordinates: 46° 23′ 00″ north, 6° 35′ 00″ east; translated from French.)',
 date '2026-12-01'),
(seed_src('What is the Capital of Turkey?'), seed_summit('nato-2026-ankara'),
 'The capital of Turkey is Ankara ... Ankara is located at 39.9334, 32.8597, at an elevation of 3077 ft.',
 date '2026-12-01');

select record_seed_revision();
