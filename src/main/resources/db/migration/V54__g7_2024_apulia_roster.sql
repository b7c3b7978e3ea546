-- The 50th G7 summit (Apulia, 13–15 June 2024): members, the European Union and the outreach guests, from the pages
-- that were read on 1 December 2026. The Wikipedia article was read in revision 1238198496 (2 August 2024), through
-- a mirror of that permanent revision; its table of invitees was read only as far as Brazil. Guests named only on
-- the guest list published before the summit are recorded as expected, not as attended. Not added, for want of a
-- source naming them: the heads of the IMF, OECD, World Bank and African Development Bank.

insert into source (title, publisher, url, published_on, published_precision, note) values
('Pope, Modi To Join G7 Leaders At Summit: Programme', 'UrduPoint (APP)',
 'https://www.urdupoint.com/en/world/pope-modi-to-join-g7-leaders-at-summit-prog-1834528.html', '2024-06-12', 'DAY',
 'The guest list published on 11 June 2024, before the summit.'),
('First day of the G7 Summit', 'Government of Italy (governo.it)', 'https://governo.it/it/node/25978', '2024-06-13', 'DAY', null),
('G7 Summit in Apulia and Bilateral Summit Meetings: First Day', 'Prime Minister''s Office of Japan',
 'https://japan.kantei.go.jp/101_kishida/actions/202406/13summit.html', '2024-06-13', 'DAY', 'Provisional translation.'),
('50th G7 Summit', 'Stati Uniti del Mondo', 'https://statiunitidelmondo.org/en/activities-en/all-activities-by-year/year-2024-en/50th-g7-summit',
 null, null, 'Written after the summit; undated in the stored copy.'),
('Global Leaders Gather in Italy for 50th G7 Summit', 'Pardafas', 'https://english.pardafas.com/global-leaders-gather-in-italy-for-50th-g7-summit/',
 null, null, 'Written on the day Narendra Modi arrived; undated in the stored copy.');

update source
set note = 'Read in revision 1238198496 of 2 August 2024 (mirror: https://edgio-community-examples-entry.glb.edgio.link/w/index.php?oldid=1238198496&title=50th_G7_summit).'
where title = '50th G7 summit';

insert into nation (slug, name, official_name, iso_alpha2, iso_alpha3) values
('algeria', 'Algeria', null, 'DZ', 'DZA'),
('argentina', 'Argentina', null, 'AR', 'ARG'),
('brazil', 'Brazil', null, 'BR', 'BRA'),
('vatican-city', 'Vatican City', null, 'VA', 'VAT'),
('ukraine', 'Ukraine', null, 'UA', 'UKR'),
('tunisia', 'Tunisia', null, 'TN', 'TUN'),
('kenya', 'Kenya', null, 'KE', 'KEN'),
('mauritania', 'Mauritania', null, 'MR', 'MRT'),
('jordan', 'Jordan', null, 'JO', 'JOR');

insert into person (slug, name, sort_name, nationality_id) values
('justin-trudeau', 'Justin Trudeau', 'Trudeau, Justin', seed_nation('CA')),
('emmanuel-macron', 'Emmanuel Macron', 'Macron, Emmanuel', seed_nation('FR')),
('olaf-scholz', 'Olaf Scholz', 'Scholz, Olaf', seed_nation('DE')),
('fumio-kishida', 'Fumio Kishida', 'Kishida, Fumio', seed_nation('JP')),
('rishi-sunak', 'Rishi Sunak', 'Sunak, Rishi', seed_nation('GB')),
('ursula-von-der-leyen', 'Ursula von der Leyen', 'von der Leyen, Ursula', seed_nation('DE')),
('charles-michel', 'Charles Michel', 'Michel, Charles', seed_nation('BE')),
('abdelmadjid-tebboune', 'Abdelmadjid Tebboune', 'Tebboune, Abdelmadjid', seed_nation('DZ')),
('javier-milei', 'Javier Milei', 'Milei, Javier', seed_nation('AR')),
('luiz-inacio-lula-da-silva', 'Luiz Inácio Lula da Silva', 'Lula da Silva, Luiz Inácio', seed_nation('BR')),
('pope-francis', 'Pope Francis', 'Francis (pope)', null),
('volodymyr-zelenskyy', 'Volodymyr Zelenskyy', 'Zelenskyy, Volodymyr', seed_nation('UA')),
('kais-saied', 'Kais Saied', 'Saied, Kais', seed_nation('TN')),
('william-ruto', 'William Ruto', 'Ruto, William', seed_nation('KE')),
('mohamed-ould-ghazouani', 'Mohamed Ould Ghazouani', 'Ghazouani, Mohamed Ould', seed_nation('MR')),
('mohamed-bin-zayed-al-nahyan', 'Mohamed bin Zayed Al Nahyan', 'Mohamed bin Zayed Al Nahyan', seed_nation('AE')),
('abdullah-ii-of-jordan', 'Abdullah II of Jordan', 'Abdullah II', seed_nation('JO'));

insert into person_name (person_id, name, kind) values
(seed_person('volodymyr-zelenskyy'), 'Volodymyr Zelensky', 'VARIANT');
insert into citation (source_id, person_name_id, quote, accessed)
select seed_src('First day of the G7 Summit'), n.id, 'The working session on Ukraine was also attended by President Zelensky.', date '2026-12-01'
from person_name n where n.person_id = seed_person('volodymyr-zelenskyy') and n.name = 'Volodymyr Zelensky';

insert into office (slug, title, kind, nation_id, organization_id) values
('prime-minister-of-canada', 'Prime Minister of Canada', 'HEAD_OF_GOVERNMENT', seed_nation('CA'), null),
('president-of-france', 'President of France', 'HEAD_OF_STATE', seed_nation('FR'), null),
('chancellor-of-germany', 'Chancellor of Germany', 'HEAD_OF_GOVERNMENT', seed_nation('DE'), null),
('prime-minister-of-japan', 'Prime Minister of Japan', 'HEAD_OF_GOVERNMENT', seed_nation('JP'), null),
('prime-minister-of-the-united-kingdom', 'Prime Minister of the United Kingdom', 'HEAD_OF_GOVERNMENT', seed_nation('GB'), null),
('president-of-the-european-commission', 'President of the European Commission', 'HEAD_OF_ORGANIZATION', null, seed_org('EU')),
('president-of-the-european-council', 'President of the European Council', 'HEAD_OF_ORGANIZATION', null, seed_org('EU')),
('president-of-algeria', 'President of Algeria', 'HEAD_OF_STATE', seed_nation('DZ'), null),
('president-of-argentina', 'President of Argentina', 'HEAD_OF_STATE', seed_nation('AR'), null),
('president-of-brazil', 'President of Brazil', 'HEAD_OF_STATE', seed_nation('BR'), null),
('pope', 'Pope (sovereign of Vatican City)', 'HEAD_OF_STATE', seed_nation('VA'), null),
('president-of-ukraine', 'President of Ukraine', 'HEAD_OF_STATE', seed_nation('UA'), null),
('president-of-tunisia', 'President of Tunisia', 'HEAD_OF_STATE', seed_nation('TN'), null),
('president-of-kenya', 'President of Kenya', 'HEAD_OF_STATE', seed_nation('KE'), null),
('president-of-mauritania', 'President of Mauritania', 'HEAD_OF_STATE', seed_nation('MR'), null),
('president-of-the-united-arab-emirates', 'President of the United Arab Emirates', 'HEAD_OF_STATE', seed_nation('AE'), null),
('king-of-jordan', 'King of Jordan', 'HEAD_OF_STATE', seed_nation('JO'), null);

insert into attendance (summit_id, person_id, nation_id, organization_id, office_id, capacity, standing, status)
select s.id, seed_person(v.person), seed_nation(v.nation), seed_org(v.org), seed_office(v.office),
       v.capacity, v.standing, v.status
from summit s, (values
    ('justin-trudeau', 'CA', null, 'prime-minister-of-canada', 'HEAD_OF_GOVERNMENT', 'MEMBER', 'ATTENDED'),
    ('emmanuel-macron', 'FR', null, 'president-of-france', 'HEAD_OF_STATE', 'MEMBER', 'ATTENDED'),
    ('olaf-scholz', 'DE', null, 'chancellor-of-germany', 'HEAD_OF_GOVERNMENT', 'MEMBER', 'ATTENDED'),
    ('fumio-kishida', 'JP', null, 'prime-minister-of-japan', 'HEAD_OF_GOVERNMENT', 'MEMBER', 'ATTENDED'),
    ('rishi-sunak', 'GB', null, 'prime-minister-of-the-united-kingdom', 'HEAD_OF_GOVERNMENT', 'MEMBER', 'ATTENDED'),
    ('ursula-von-der-leyen', null, 'EU', 'president-of-the-european-commission', 'HEAD_OF_ORGANIZATION', 'ORGANIZATION', 'ATTENDED'),
    ('charles-michel', null, 'EU', 'president-of-the-european-council', 'HEAD_OF_ORGANIZATION', 'ORGANIZATION', 'ATTENDED'),
    ('abdelmadjid-tebboune', 'DZ', null, 'president-of-algeria', 'HEAD_OF_STATE', 'GUEST', 'ATTENDED'),
    ('javier-milei', 'AR', null, 'president-of-argentina', 'HEAD_OF_STATE', 'GUEST', 'ATTENDED'),
    ('luiz-inacio-lula-da-silva', 'BR', null, 'president-of-brazil', 'HEAD_OF_STATE', 'GUEST', 'ATTENDED'),
    ('pope-francis', 'VA', null, 'pope', 'HEAD_OF_STATE', 'GUEST', 'ATTENDED'),
    ('volodymyr-zelenskyy', 'UA', null, 'president-of-ukraine', 'HEAD_OF_STATE', 'GUEST', 'ATTENDED'),
    ('kais-saied', 'TN', null, 'president-of-tunisia', 'HEAD_OF_STATE', 'GUEST', 'EXPECTED'),
    ('william-ruto', 'KE', null, 'president-of-kenya', 'HEAD_OF_STATE', 'GUEST', 'EXPECTED'),
    ('mohamed-ould-ghazouani', 'MR', null, 'president-of-mauritania', 'HEAD_OF_STATE', 'GUEST', 'EXPECTED'),
    ('mohamed-bin-zayed-al-nahyan', 'AE', null, 'president-of-the-united-arab-emirates', 'HEAD_OF_STATE', 'GUEST', 'EXPECTED'),
    ('abdullah-ii-of-jordan', 'JO', null, 'king-of-jordan', 'HEAD_OF_STATE', 'GUEST', 'EXPECTED')
) as v(person, nation, org, office, capacity, standing, status)
where s.slug = 'g7-2024-apulia';

-- The generated outcome citations (the Wikipedia article, no passage) are replaced by the passages read.
delete from citation c using attendance a, summit s
where c.attendance_id = a.id and a.summit_id = s.id and s.slug = 'g7-2024-apulia'
  and c.source_id = seed_src('50th G7 summit') and c.quote is null;

insert into citation (source_id, attendance_id, claimed_status, quote, source_revision, accessed)
select seed_src(v.source), seed_att('g7-2024-apulia', v.person), v.status, v.quote,
       case when v.source = '50th G7 summit' then 'oldid 1238198496 (2 August 2024)' end, date '2026-12-01'
from (values
    ('50th G7 summit', 'giorgia-meloni', 'ATTENDED', 'Core G7 Members (the host state and leader in bold): Italy (Host) – Giorgia Meloni – Prime Minister'),
    ('50th G7 summit', 'joe-biden', 'ATTENDED', 'Core G7 Members: United States – Joe Biden – President'),
    ('50th G7 summit', 'justin-trudeau', 'ATTENDED', 'Core G7 Members: Canada – Justin Trudeau – Prime Minister'),
    ('50th G7 summit', 'emmanuel-macron', 'ATTENDED', 'Core G7 Members: France – Emmanuel Macron – President'),
    ('50th G7 summit', 'olaf-scholz', 'ATTENDED', 'Core G7 Members: Germany – Olaf Scholz – Chancellor'),
    ('50th G7 summit', 'fumio-kishida', 'ATTENDED', 'Core G7 Members: Japan – Fumio Kishida – Prime Minister'),
    ('G7 Summit in Apulia and Bilateral Summit Meetings: First Day', 'fumio-kishida', 'ATTENDED', 'On June 13, 2024 (local time), Prime Minister Kishida visited Apulia in the Italian Republic to attend the G7 Apulia Summit.'),
    ('50th G7 summit', 'rishi-sunak', 'ATTENDED', 'Core G7 Members: United Kingdom – Rishi Sunak – Prime Minister'),
    ('50th G7 summit', 'ursula-von-der-leyen', 'ATTENDED', 'Core G7 Members: European Union – Ursula von der Leyen – Commission President'),
    ('50th G7 summit', 'charles-michel', 'ATTENDED', 'Core G7 Members: European Union – Charles Michel – Council President'),
    ('50th G7 summit', 'abdelmadjid-tebboune', 'ATTENDED', 'Invitees: Algeria – Abdelmadjid Tebboune – President'),
    ('50th G7 summit', 'javier-milei', 'ATTENDED', 'Invitees: Argentina – Javier Milei – President'),
    ('50th G7 summit', 'luiz-inacio-lula-da-silva', 'ATTENDED', 'Invitees: Brazil – Luiz Inácio Lula da Silva'),
    ('50th G7 Summit', 'pope-francis', 'ATTENDED', 'For the first time, this G7 Summit was attended by a Pontiff: Pope Francesco.'),
    ('First day of the G7 Summit', 'volodymyr-zelenskyy', 'ATTENDED', 'The working session on Ukraine was also attended by President Zelensky.'),
    ('Global Leaders Gather in Italy for 50th G7 Summit', 'narendra-modi', 'ATTENDED', 'Prime Minister Narendra Modi of India arrived today ... India, invited as an Outreach Country, joins discussions alongside the G7 member countries and the European Union.'),
    ('Pope, Modi To Join G7 Leaders At Summit: Programme', 'kais-saied', 'EXPECTED', 'They also include several African leaders: Algerian President Abdelmadjid Tebboune, Tunisia''s Kais Saied, Kenyan President William Ruto and Mohamed Ould Ghazouani, the president of Mauritania.'),
    ('Pope, Modi To Join G7 Leaders At Summit: Programme', 'william-ruto', 'EXPECTED', 'They also include several African leaders: ... Kenyan President William Ruto ...'),
    ('Pope, Modi To Join G7 Leaders At Summit: Programme', 'mohamed-ould-ghazouani', 'EXPECTED', '... and Mohamed Ould Ghazouani, the president of Mauritania.'),
    ('Pope, Modi To Join G7 Leaders At Summit: Programme', 'mohamed-bin-zayed-al-nahyan', 'EXPECTED', 'Emirati President Sheikh Mohamed bin Zayed Al Nahyan also plans to attend, as does Jordanian King Abdullah II, according to the list.'),
    ('Pope, Modi To Join G7 Leaders At Summit: Programme', 'abdullah-ii-of-jordan', 'EXPECTED', 'Emirati President Sheikh Mohamed bin Zayed Al Nahyan also plans to attend, as does Jordanian King Abdullah II, according to the list.'),
    ('Pope, Modi To Join G7 Leaders At Summit: Programme', 'recep-tayyip-erdogan', 'EXPECTED', 'The guest list published Tuesday also includes Turkish President Recep Tayyip Erdogan, Argentine President Javier Milei and President Luiz Inacio Lula da Silva from Brazil'),
    ('Pope, Modi To Join G7 Leaders At Summit: Programme', 'pope-francis', 'EXPECTED', 'Pope Francis and Indian premier Narendra Modi will join G7 leaders this week')
) as v(source, person, status, quote);

update citation
set quote = 'The 50th G7 summit was held from 13 to 15 June 2024 in the city of Fasano in Apulia, Italy.',
    source_revision = 'oldid 1238198496 (2 August 2024)', accessed = '2026-12-01'
where source_id = seed_src('50th G7 summit') and summit_id = (select id from summit where slug = 'g7-2024-apulia');

select record_seed_revision();
