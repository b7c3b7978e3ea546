-- The G7's Hiroshima (2023) and Kananaskis (2025) summits, from the pages read on 1 December 2026. Hiroshima's list
-- of invitees comes from a copy of the Wikipedia article taken in April 2023, before the summit (expected); reports
-- from the summit make the delegations attended. Not added, for want of the organizations in the data: the heads of
-- the IEA, IMF, OECD, World Bank, WHO and WTO at Hiroshima, and the World Bank's president at Kananaskis.

insert into source (title, publisher, url, published_on, published_precision, note) values
('49th G7 summit (April 2023 copy)', 'Wikipedia (offline copy, April 2023)',
 'https://knowledge.clankeith.net/content/wikipedia_en_all_maxi_2023-04/A/49th_G7_summit', '2023-04-01', 'MONTH',
 'A copy of the article taken before the summit: its list of participants is the list of invitees announced then.'),
('In photos: US President Biden, UK PM Sunak, French Prez Macron arrive in Japan for G7 Summit 2023', 'Mid-day',
 'https://mid-day.com/news/world-news/photo/in-photos-us-president-biden-uk-pm-sunak-french-prez-macron-arrive-in-japan-for-g7-summit-2023-95556',
 '2023-05-01', 'MONTH', 'Photo captions from the summit; title as in the page address.'),
('Lula and other leaders invited by the G7 participate in the Hiroshima summit', 'Pledge Times',
 'https://pledgetimes.com/lula-and-other-leaders-invited-by-the-g7-participate-in-the-hiroshima-summit/', '2023-05-21', 'DAY',
 'Title as in the page address.'),
('G7 leaders: who are the member countries at the summit in Hiroshima', 'i (inews.co.uk)',
 'https://inews.co.uk/news/g7-leaders-who-member-countries-summit-hiroshima-2354333', '2023-05-20', 'DAY',
 'Title as in the page address.'),
('51st G7 summit (July 2025 copy)', 'Wikipedia (offline copy, July 2025)',
 'https://wiki.tsokiyzan.org/content/wikipedia_en_all_nopic_2025-07/2025_G7_summit', '2025-07-01', 'MONTH',
 'A copy of the article taken after the summit.'),
('World leaders arrive in Canada for G7 Summit', 'IANS (indian.community)', 'https://indian.community/news/world-leaders-arrive-in-canada-for-g7-summit',
 '2025-06-16', 'DAY', 'Dated "Ottawa, June 16 (IANS)".'),
('G7 forges ahead after Trump bows out early to deal with Middle East', 'unitedstate24.com',
 'https://unitedstate24.com/g7-forges-ahead-after-trump-bows-out-early-to-deal-with-middle-east', '2025-06-17', 'DAY',
 'Written on the summit''s second day ("forging ahead today after ... Trump''s early departure"); title as in the page address.'),
('Trump leaves G7 summit early amid escalations in Middle East', 'Prince George Citizen (The Canadian Press)',
 'https://www.princegeorgecitizen.com/national-business/trump-leaves-g7-summit-early-amid-escalations-in-middle-east-10816597',
 '2025-06-16', 'DAY', 'Reports Monday, 16 June 2025.');

-- Hiroshima, 19–21 May 2023 -----------------------------------------------------------------------------------------
update citation
set quote = 'The 49th G7 summit was held from 19 to 21 May 2023 in the city of Hiroshima in Hiroshima Prefecture.', accessed = '2026-12-01'
where source_id = seed_src('49th G7 summit') and summit_id = seed_summit('g7-2023-hiroshima');
update summit set venue = 'Grand Prince Hotel Hiroshima', version = version + 1
where slug = 'g7-2023-hiroshima' and venue is null;
insert into citation (source_id, summit_id, quote, accessed) values
(seed_src('49th G7 summit'), seed_summit('g7-2023-hiroshima'), 'Venues: Grand Prince Hotel Hiroshima, Hiroshima, Hiroshima Prefecture', '2026-12-01');

insert into nation (slug, name, official_name, iso_alpha2, iso_alpha3) values
('comoros', 'Comoros', 'Union of the Comoros', 'KM', 'COM'),
('cook-islands', 'Cook Islands', null, 'CK', 'COK'),
('mexico', 'Mexico', 'United Mexican States', 'MX', 'MEX'),
('south-africa', 'South Africa', 'Republic of South Africa', 'ZA', 'ZAF');

insert into person (slug, name, sort_name, nationality_id) values
('anthony-albanese', 'Anthony Albanese', 'Albanese, Anthony', seed_nation('AU')),
('yoon-suk-yeol', 'Yoon Suk Yeol', 'Yoon Suk Yeol', seed_nation('KR')),
('azali-assoumani', 'Azali Assoumani', 'Assoumani, Azali', seed_nation('KM')),
('mark-brown', 'Mark Brown', 'Brown, Mark', seed_nation('CK')),
('joko-widodo', 'Joko Widodo', 'Widodo, Joko', seed_nation('ID')),
('vo-van-thuong', 'Võ Văn Thưởng', 'Võ Văn Thưởng', seed_nation('VN')),
('mark-carney', 'Mark Carney', 'Carney, Mark', seed_nation('CA')),
('keir-starmer', 'Keir Starmer', 'Starmer, Keir', seed_nation('GB')),
('shigeru-ishiba', 'Shigeru Ishiba', 'Ishiba, Shigeru', seed_nation('JP')),
('antonio-costa', 'António Costa', 'Costa, António', seed_nation('PT')),
('lee-jae-myung', 'Lee Jae-myung', 'Lee Jae-myung', seed_nation('KR')),
('claudia-sheinbaum', 'Claudia Sheinbaum', 'Sheinbaum, Claudia', seed_nation('MX'));

insert into office (slug, title, kind, nation_id, organization_id) values
('prime-minister-of-australia', 'Prime Minister of Australia', 'HEAD_OF_GOVERNMENT', seed_nation('AU'), null),
('president-of-south-korea', 'President of South Korea', 'HEAD_OF_STATE', seed_nation('KR'), null),
('president-of-comoros', 'President of the Comoros', 'HEAD_OF_STATE', seed_nation('KM'), null),
('prime-minister-of-the-cook-islands', 'Prime Minister of the Cook Islands', 'HEAD_OF_GOVERNMENT', seed_nation('CK'), null),
('president-of-vietnam', 'President of Vietnam', 'HEAD_OF_STATE', seed_nation('VN'), null),
('president-of-mexico', 'President of Mexico', 'HEAD_OF_STATE', seed_nation('MX'), null);

insert into attendance (summit_id, person_id, nation_id, organization_id, office_id, capacity, standing, status)
select s.id, seed_person(v.person), seed_nation(v.nation), seed_org(v.org), seed_office(v.office), v.capacity, v.standing, 'ATTENDED'
from summit s, (values
    ('fumio-kishida', 'JP', null, 'prime-minister-of-japan', 'HOST', 'MEMBER'),
    ('joe-biden', 'US', null, null, 'HEAD_OF_STATE', 'MEMBER'),
    ('olaf-scholz', 'DE', null, 'chancellor-of-germany', 'HEAD_OF_GOVERNMENT', 'MEMBER'),
    ('rishi-sunak', 'GB', null, 'prime-minister-of-the-united-kingdom', 'HEAD_OF_GOVERNMENT', 'MEMBER'),
    ('giorgia-meloni', 'IT', null, null, 'HEAD_OF_GOVERNMENT', 'MEMBER'),
    ('justin-trudeau', 'CA', null, 'prime-minister-of-canada', 'HEAD_OF_GOVERNMENT', 'MEMBER'),
    ('emmanuel-macron', 'FR', null, 'president-of-france', 'HEAD_OF_STATE', 'MEMBER'),
    ('ursula-von-der-leyen', null, 'EU', 'president-of-the-european-commission', 'HEAD_OF_ORGANIZATION', 'ORGANIZATION'),
    ('charles-michel', null, 'EU', 'president-of-the-european-council', 'HEAD_OF_ORGANIZATION', 'ORGANIZATION'),
    ('luiz-inacio-lula-da-silva', 'BR', null, 'president-of-brazil', 'HEAD_OF_STATE', 'GUEST'),
    ('narendra-modi', 'IN', null, null, 'HEAD_OF_GOVERNMENT', 'GUEST'),
    ('joko-widodo', 'ID', null, 'president-of-indonesia', 'HEAD_OF_STATE', 'GUEST'),
    ('vo-van-thuong', 'VN', null, 'president-of-vietnam', 'HEAD_OF_STATE', 'GUEST'),
    ('volodymyr-zelenskyy', 'UA', null, 'president-of-ukraine', 'HEAD_OF_STATE', 'GUEST'),
    ('anthony-albanese', 'AU', null, 'prime-minister-of-australia', 'HEAD_OF_GOVERNMENT', 'GUEST'),
    ('yoon-suk-yeol', 'KR', null, 'president-of-south-korea', 'HEAD_OF_STATE', 'GUEST'),
    ('azali-assoumani', 'KM', null, 'president-of-comoros', 'HEAD_OF_STATE', 'GUEST'),
    ('mark-brown', 'CK', null, 'prime-minister-of-the-cook-islands', 'HEAD_OF_GOVERNMENT', 'GUEST'),
    ('antonio-guterres', null, 'UN', null, 'HEAD_OF_ORGANIZATION', 'ORGANIZATION')
) as v(person, nation, org, office, capacity, standing)
where s.slug = 'g7-2023-hiroshima';

insert into citation (source_id, attendance_id, claimed_status, quote, accessed)
select seed_src(v.source), seed_att('g7-2023-hiroshima', v.person), v.status, v.quote, date '2026-12-01'
from (values
    ('In photos: US President Biden, UK PM Sunak, French Prez Macron arrive in Japan for G7 Summit 2023', 'fumio-kishida', 'ATTENDED', '(Clockwise from left) U.S. President Joe Biden, Germany''s Chancellor Olaf Scholz, Britain''s Prime Minister Rishi Sunak, European Commission President Ursula von der Leyen, President of the European Council Charles Michel, Italy''s Premier Giorgia Meloni, Canada''s Prime Minister Justin Trudeau, France''s President Emmanuel Macron and Japan''s Prime Minister Fumio Kishida attend a meeting during the G7 Leaders'' Summit in Hiroshima'),
    ('In photos: US President Biden, UK PM Sunak, French Prez Macron arrive in Japan for G7 Summit 2023', 'joe-biden', 'ATTENDED', 'U.S. President Joe Biden ... attend a meeting during the G7 Leaders'' Summit in Hiroshima'),
    ('In photos: US President Biden, UK PM Sunak, French Prez Macron arrive in Japan for G7 Summit 2023', 'olaf-scholz', 'ATTENDED', '... Germany''s Chancellor Olaf Scholz ... attend a meeting during the G7 Leaders'' Summit in Hiroshima'),
    ('In photos: US President Biden, UK PM Sunak, French Prez Macron arrive in Japan for G7 Summit 2023', 'rishi-sunak', 'ATTENDED', '... Britain''s Prime Minister Rishi Sunak ... attend a meeting during the G7 Leaders'' Summit in Hiroshima'),
    ('In photos: US President Biden, UK PM Sunak, French Prez Macron arrive in Japan for G7 Summit 2023', 'giorgia-meloni', 'ATTENDED', '... Italy''s Premier Giorgia Meloni ... attend a meeting during the G7 Leaders'' Summit in Hiroshima'),
    ('In photos: US President Biden, UK PM Sunak, French Prez Macron arrive in Japan for G7 Summit 2023', 'justin-trudeau', 'ATTENDED', '... Canada''s Prime Minister Justin Trudeau ... attend a meeting during the G7 Leaders'' Summit in Hiroshima'),
    ('In photos: US President Biden, UK PM Sunak, French Prez Macron arrive in Japan for G7 Summit 2023', 'emmanuel-macron', 'ATTENDED', '... France''s President Emmanuel Macron ... attend a meeting during the G7 Leaders'' Summit in Hiroshima'),
    ('In photos: US President Biden, UK PM Sunak, French Prez Macron arrive in Japan for G7 Summit 2023', 'ursula-von-der-leyen', 'ATTENDED', '... European Commission President Ursula von der Leyen ... attend a meeting during the G7 Leaders'' Summit in Hiroshima'),
    ('In photos: US President Biden, UK PM Sunak, French Prez Macron arrive in Japan for G7 Summit 2023', 'charles-michel', 'ATTENDED', '... President of the European Council Charles Michel ... attend a meeting during the G7 Leaders'' Summit in Hiroshima'),
    ('Lula and other leaders invited by the G7 participate in the Hiroshima summit', 'luiz-inacio-lula-da-silva', 'ATTENDED', 'This Saturday, President Luiz Inacio Lula da Silva joined the G7 leaders’ summit being held in the city of Hiroshima, Japan, along with the leaders of India, Indonesia and Vietnam'),
    ('Lula and other leaders invited by the G7 participate in the Hiroshima summit', 'narendra-modi', 'ATTENDED', 'the meeting was attended by the Indian prime minister, Narendra Modi, who currently heads this international forum'),
    ('Lula and other leaders invited by the G7 participate in the Hiroshima summit', 'joko-widodo', 'ATTENDED', '... and the Indonesian president, Joko Widodo, who heads the Association of Southeast Asian Nations (ASEAN).'),
    ('Lula and other leaders invited by the G7 participate in the Hiroshima summit', 'vo-van-thuong', 'ATTENDED', 'Lula da Silva joined the G7 leaders’ summit ... along with the leaders of India, Indonesia and Vietnam'),
    ('G7 leaders: who are the member countries at the summit in Hiroshima', 'volodymyr-zelenskyy', 'ATTENDED', 'On Saturday, Ukrainian President Zelensky joined the G7 group in Japan, where he was greeted by Rishi Sunak and met with French president Emmanuel Macron.'),
    ('Lula and other leaders invited by the G7 participate in the Hiroshima summit', 'anthony-albanese', 'ATTENDED', 'They are also joined by the representatives of Comoros and the Cook Islands ... as well as those of Australia and South Korea.'),
    ('Lula and other leaders invited by the G7 participate in the Hiroshima summit', 'yoon-suk-yeol', 'ATTENDED', 'They are also joined by the representatives of Comoros and the Cook Islands ... as well as those of Australia and South Korea.'),
    ('Lula and other leaders invited by the G7 participate in the Hiroshima summit', 'azali-assoumani', 'ATTENDED', 'They are also joined by the representatives of Comoros and the Cook Islands, who in turn chair the African Union and the Pacific Islands Forum'),
    ('Lula and other leaders invited by the G7 participate in the Hiroshima summit', 'mark-brown', 'ATTENDED', 'They are also joined by the representatives of Comoros and the Cook Islands, who in turn chair the African Union and the Pacific Islands Forum'),
    ('G7 leaders: who are the member countries at the summit in Hiroshima', 'antonio-guterres', 'ATTENDED', 'Leaders of the United Nations, the International Energy Agency, the International Monetary Fund, the Organization for Economic Co-operation and Development, the World Bank, the World Health Organization, and the World Trade Organization are also attending.'),
    ('49th G7 summit (April 2023 copy)', 'anthony-albanese', 'EXPECTED', 'Invitees: Australia – Anthony Albanese – Prime Minister'),
    ('49th G7 summit (April 2023 copy)', 'yoon-suk-yeol', 'EXPECTED', 'Invitees: South Korea – Yoon Suk Yeol – President'),
    ('49th G7 summit (April 2023 copy)', 'azali-assoumani', 'EXPECTED', 'Invitees: Comoros – Azali Assoumani – President'),
    ('49th G7 summit (April 2023 copy)', 'mark-brown', 'EXPECTED', 'Invitees: Cook Islands – Mark Brown – Prime Minister'),
    ('49th G7 summit (April 2023 copy)', 'vo-van-thuong', 'EXPECTED', 'Invitees: Vietnam – Võ Văn Thưởng – President'),
    ('49th G7 summit (April 2023 copy)', 'joko-widodo', 'EXPECTED', 'Invitees: Indonesia – Joko Widodo – President'),
    ('49th G7 summit (April 2023 copy)', 'volodymyr-zelenskyy', 'EXPECTED', 'Invitees: Ukraine – Volodymyr Zelenskyy (virtually) – President'),
    ('49th G7 summit (April 2023 copy)', 'antonio-guterres', 'EXPECTED', 'United Nations – António Guterres – Secretary-General')
) as v(source, person, status, quote);

-- Kananaskis, 16–17 June 2025 ---------------------------------------------------------------------------------------
-- The seed gave 15–17 June; the article and the reports give the summit as 16–17 June (leaders arrived on the 15th).
update summit set start_date = '2025-06-16', version = version + 1
where slug = 'g7-2025-kananaskis' and start_date = '2025-06-15';
update citation
set source_id = seed_src('51st G7 summit (July 2025 copy)'),
    quote = 'The 51st G7 summit, the 57th annual meeting of the G7, was held from 16 to 17 June 2025 in Kananaskis, Alberta, Canada.',
    accessed = '2026-12-01'
where source_id = seed_src('51st G7 summit') and summit_id = seed_summit('g7-2025-kananaskis');

insert into attendance (summit_id, person_id, nation_id, organization_id, office_id, capacity, standing, status, note)
select s.id, seed_person(v.person), seed_nation(v.nation), seed_org(v.org), seed_office(v.office), v.capacity, v.standing, v.status, v.note
from summit s, (values
    ('mark-carney', 'CA', null, 'prime-minister-of-canada', 'HOST', 'MEMBER', 'ATTENDED', null),
    ('donald-trump', 'US', null, null, 'HEAD_OF_STATE', 'MEMBER', 'ATTENDED', 'Left after the first day''s dinner, a day early.'),
    ('giorgia-meloni', 'IT', null, null, 'HEAD_OF_GOVERNMENT', 'MEMBER', 'ATTENDED', null),
    ('emmanuel-macron', 'FR', null, 'president-of-france', 'HEAD_OF_STATE', 'MEMBER', 'ATTENDED', null),
    ('friedrich-merz', 'DE', null, 'chancellor-of-germany', 'HEAD_OF_GOVERNMENT', 'MEMBER', 'ATTENDED', null),
    ('shigeru-ishiba', 'JP', null, 'prime-minister-of-japan', 'HEAD_OF_GOVERNMENT', 'MEMBER', 'ATTENDED', null),
    ('keir-starmer', 'GB', null, 'prime-minister-of-the-united-kingdom', 'HEAD_OF_GOVERNMENT', 'MEMBER', 'ATTENDED', null),
    ('antonio-costa', null, 'EU', 'president-of-the-european-council', 'HEAD_OF_ORGANIZATION', 'ORGANIZATION', 'ATTENDED', null),
    ('anthony-albanese', 'AU', null, 'prime-minister-of-australia', 'HEAD_OF_GOVERNMENT', 'GUEST', 'ATTENDED', null),
    ('lee-jae-myung', 'KR', null, 'president-of-south-korea', 'HEAD_OF_STATE', 'GUEST', 'ATTENDED', null),
    ('narendra-modi', 'IN', null, null, 'HEAD_OF_GOVERNMENT', 'GUEST', 'ATTENDED', null),
    ('claudia-sheinbaum', 'MX', null, 'president-of-mexico', 'HEAD_OF_STATE', 'GUEST', 'ATTENDED', null),
    ('volodymyr-zelenskyy', 'UA', null, 'president-of-ukraine', 'HEAD_OF_STATE', 'GUEST', 'ATTENDED', null),
    ('luiz-inacio-lula-da-silva', 'BR', null, 'president-of-brazil', 'HEAD_OF_STATE', 'GUEST', 'EXPECTED', null),
    ('prabowo-subianto', 'ID', null, 'president-of-indonesia', 'HEAD_OF_STATE', 'GUEST', 'DECLINED', 'Accepted the invitation, then announced on 12 June that he would skip the summit.'),
    (null, 'SA', null, null, 'GUEST', 'GUEST', 'DECLINED', 'Crown Prince Mohammed bin Salman was invited; confirmed on 12 June not to attend.')
) as v(person, nation, org, office, capacity, standing, status, note)
where s.slug = 'g7-2025-kananaskis';

insert into citation (source_id, attendance_id, claimed_status, quote, accessed)
select seed_src(v.source),
       (select a.id from attendance a where a.summit_id = seed_summit('g7-2025-kananaskis')
          and (a.person_id = seed_person(v.person) or (v.person is null and a.person_id is null and a.nation_id = seed_nation('SA')))),
       v.status, v.quote, date '2026-12-01'
from (values
    ('51st G7 summit (July 2025 copy)', 'mark-carney', 'ATTENDED', 'The 2025 summit was the first summit for European Council President António Costa, British Prime Minister Keir Starmer, Canadian Prime Minister Mark Carney, Japanese Prime Minister Shigeru Ishiba, and German Chancellor Friedrich Merz.'),
    ('51st G7 summit (July 2025 copy)', 'antonio-costa', 'ATTENDED', 'The 2025 summit was the first summit for European Council President António Costa ...'),
    ('51st G7 summit (July 2025 copy)', 'keir-starmer', 'ATTENDED', 'The 2025 summit was the first summit for ... British Prime Minister Keir Starmer ...'),
    ('51st G7 summit (July 2025 copy)', 'shigeru-ishiba', 'ATTENDED', 'The 2025 summit was the first summit for ... Japanese Prime Minister Shigeru Ishiba ...'),
    ('51st G7 summit (July 2025 copy)', 'friedrich-merz', 'ATTENDED', 'The 2025 summit was the first summit for ... German Chancellor Friedrich Merz.'),
    ('World leaders arrive in Canada for G7 Summit', 'donald-trump', 'ATTENDED', 'The G7 leaders, including US President Donald Trump, Italian Prime Minister Giorgia Meloni, French President Emmanuel Macron, German Chancellor Friedrich Merz, Australian PM Anthony Albanese, Japanese PM Shigeru Ishiba, British PM Keir Starmer and several others, have arrived in the city for the two-day summit.'),
    ('Trump leaves G7 summit early amid escalations in Middle East', 'donald-trump', 'ATTENDED', 'U.S. President Donald Trump departed the summit in Alberta a day early because of the crisis in Israel and Iran. ... Trump remained at the summit long enough to attend dinner'),
    ('World leaders arrive in Canada for G7 Summit', 'giorgia-meloni', 'ATTENDED', 'The G7 leaders, including ... Italian Prime Minister Giorgia Meloni ... have arrived in the city for the two-day summit.'),
    ('World leaders arrive in Canada for G7 Summit', 'emmanuel-macron', 'ATTENDED', 'The G7 leaders, including ... French President Emmanuel Macron ... have arrived in the city for the two-day summit.'),
    ('World leaders arrive in Canada for G7 Summit', 'anthony-albanese', 'ATTENDED', 'The G7 leaders, including ... Australian PM Anthony Albanese ... have arrived in the city for the two-day summit.'),
    ('51st G7 summit (July 2025 copy)', 'lee-jae-myung', 'ATTENDED', 'The visit marked the first international visit to Canada for ... South Korean President Lee Jae-myung'),
    ('G7 forges ahead after Trump bows out early to deal with Middle East', 'narendra-modi', 'ATTENDED', 'Trump’s departure means he will miss non-G7 leaders attending the summit Tuesday, including Indian Prime Minister Narendra Modi, Mexican President Claudia Sheinbaum and Ukrainian President Volodymyr Zelenskyy.'),
    ('G7 forges ahead after Trump bows out early to deal with Middle East', 'claudia-sheinbaum', 'ATTENDED', '... non-G7 leaders attending the summit Tuesday, including ... Mexican President Claudia Sheinbaum ...'),
    ('G7 forges ahead after Trump bows out early to deal with Middle East', 'volodymyr-zelenskyy', 'ATTENDED', '... non-G7 leaders attending the summit Tuesday, including ... Ukrainian President Volodymyr Zelenskyy.'),
    ('51st G7 summit (July 2025 copy)', 'luiz-inacio-lula-da-silva', 'EXPECTED', 'On 30 May, Brazilian President Luiz Inácio Lula da Silva was invited and is expected to attend.'),
    ('51st G7 summit (July 2025 copy)', 'prabowo-subianto', 'DECLINED', 'Indonesian President Prabowo Subianto was initially invited by Mark Carney to attend the G7 summit, which he accepted. However, on 12 June, Prabowo announced that he would skip the summit'),
    ('51st G7 summit (July 2025 copy)', null, 'DECLINED', 'In June, Crown Prince of Saudi Arabia Mohammed bin Salman was invited. However, on 12 June it was confirmed that he will not be attending the summit.')
) as v(source, person, status, quote);

select assign_attendance_offices();
select record_seed_revision();
