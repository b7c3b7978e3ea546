-- The Tianjin summit (31 August – 1 September 2025) and the SCO's change of standings decided there, from the pages
-- read on 1 December 2026. The guest list announced by China's Assistant Foreign Minister on 22 August 2025 makes
-- every invited leader expected; a report from the summit makes them attended. Not added, for want of names: eight
-- of the ten heads of international organizations the reports count.

insert into source (title, publisher, url, published_on, published_precision, note) values
('Leaders Of Over 20 Countries, 10 Intl Organizations To Attend SCO Tianjin Summit', 'UrduPoint',
 'https://www.urdupoint.com/en/world/leaders-of-over-20-countries-10-intl-organiz-2035342.html', '2025-08-22', 'DAY',
 'The guest list announced by China''s Assistant Foreign Minister Liu Bin, before the summit.'),
('SCO Summit concludes in China with adoption of Tianjin Declaration and 24 documents', 'News Central Asia',
 'https://www.newscentralasia.net/2025/09/01/sco-summit-concludes-in-china-with-adoption-of-tianjin-declaration-and-24-documents/',
 '2025-09-01', 'DAY', 'Title as in the page address.'),
('China hosts SCO summit: world leaders in Tianjin', 'Editorialge', 'https://editorialge.com/sco-summit-2025-tianjin-world-leaders',
 null, null, 'Written on the summit''s first day (31 August 2025); undated in the stored copy; title as in the page address.'),
('China: SCO summit opens with bilateral talks and forums', 'Prensa Latina',
 'https://www.plenglish.com/news/2025/08/31/china-sco-summit-opens-with-bilateral-talks-and-forums', '2025-08-31', 'DAY',
 'Title as in the page address.'),
('With admission of Laos as partner SCO grows to 27 like-minded countries — Chinese MFA', 'TASS',
 'https://tass.com/world/2010381/amp', '2025-09-01', 'DAY', null);

insert into nation (slug, name, official_name, iso_alpha2, iso_alpha3) values
('indonesia', 'Indonesia', null, 'ID', 'IDN'),
('laos', 'Laos', 'Lao People''s Democratic Republic', 'LA', 'LAO'),
('malaysia', 'Malaysia', null, 'MY', 'MYS'),
('vietnam', 'Vietnam', null, 'VN', 'VNM');

insert into person (slug, name, sort_name, nationality_id) values
('nikol-pashinyan', 'Nikol Pashinyan', 'Pashinyan, Nikol', seed_nation('AM')),
('hun-manet', 'Hun Manet', 'Hun Manet', seed_nation('KH')),
('mohamed-muizzu', 'Mohamed Muizzu', 'Muizzu, Mohamed', seed_nation('MV')),
('kp-sharma-oli', 'KP Sharma Oli', 'Oli, KP Sharma', seed_nation('NP')),
('mostafa-madbouly', 'Mostafa Madbouly', 'Madbouly, Mostafa', seed_nation('EG')),
('serdar-berdimuhamedov', 'Serdar Berdimuhamedov', 'Berdimuhamedov, Serdar', seed_nation('TM')),
('prabowo-subianto', 'Prabowo Subianto', 'Prabowo Subianto', seed_nation('ID')),
('thongloun-sisoulith', 'Thongloun Sisoulith', 'Thongloun Sisoulith', seed_nation('LA')),
('anwar-ibrahim', 'Anwar Ibrahim', 'Anwar Ibrahim', seed_nation('MY')),
('pham-minh-chinh', 'Pham Minh Chinh', 'Pham Minh Chinh', seed_nation('VN')),
('nurlan-yermekbayev', 'Nurlan Yermekbayev', 'Yermekbayev, Nurlan', null);

insert into person_name (person_id, name, kind) values
(seed_person('mostafa-madbouly'), 'Mustafa Madbouly', 'VARIANT'),
(seed_person('shehbaz-sharif'), 'Shahbaz Sharif', 'VARIANT');
insert into citation (source_id, person_name_id, quote, accessed)
select seed_src(v.source), n.id, v.quote, date '2026-12-01'
from (values
    ('China hosts SCO summit: world leaders in Tianjin', 'mostafa-madbouly', 'Mustafa Madbouly', 'Egyptian Prime Minister Mustafa Madbouly'),
    ('Leaders Of Over 20 Countries, 10 Intl Organizations To Attend SCO Tianjin Summit', 'shehbaz-sharif', 'Shahbaz Sharif', 'Pakistani Prime Minister Shahbaz Sharif')
) as v(source, person, name, quote)
join person_name n on n.person_id = seed_person(v.person) and n.name = v.name;

insert into office (slug, title, kind, nation_id, organization_id) values
('prime-minister-of-armenia', 'Prime Minister of Armenia', 'HEAD_OF_GOVERNMENT', seed_nation('AM'), null),
('prime-minister-of-cambodia', 'Prime Minister of Cambodia', 'HEAD_OF_GOVERNMENT', seed_nation('KH'), null),
('president-of-the-maldives', 'President of the Maldives', 'HEAD_OF_STATE', seed_nation('MV'), null),
('prime-minister-of-nepal', 'Prime Minister of Nepal', 'HEAD_OF_GOVERNMENT', seed_nation('NP'), null),
('prime-minister-of-egypt', 'Prime Minister of Egypt', 'HEAD_OF_GOVERNMENT', seed_nation('EG'), null),
('president-of-turkmenistan', 'President of Turkmenistan', 'HEAD_OF_STATE', seed_nation('TM'), null),
('president-of-indonesia', 'President of Indonesia', 'HEAD_OF_STATE', seed_nation('ID'), null),
('president-of-laos', 'President of Laos', 'HEAD_OF_STATE', seed_nation('LA'), null),
('prime-minister-of-malaysia', 'Prime Minister of Malaysia', 'HEAD_OF_GOVERNMENT', seed_nation('MY'), null),
('prime-minister-of-vietnam', 'Prime Minister of Vietnam', 'HEAD_OF_GOVERNMENT', seed_nation('VN'), null);

-- Offices without a recorded tenure are given on the row; the others come from the tenures (assign_attendance_offices).
insert into attendance (summit_id, person_id, nation_id, organization_id, office_id, capacity, standing, status)
select s.id, seed_person(v.person), seed_nation(v.nation), seed_org(v.org), seed_office(v.office),
       v.capacity, v.standing, v.status
from summit s, (values
    ('xi-jinping', 'CN', null, null, 'HOST', 'MEMBER', 'ATTENDED'),
    ('alexander-lukashenko', 'BY', null, null, 'HEAD_OF_STATE', 'MEMBER', 'ATTENDED'),
    ('narendra-modi', 'IN', null, null, 'HEAD_OF_GOVERNMENT', 'MEMBER', 'ATTENDED'),
    ('masoud-pezeshkian', 'IR', null, null, 'HEAD_OF_GOVERNMENT', 'MEMBER', 'ATTENDED'),
    ('kassym-jomart-tokayev', 'KZ', null, null, 'HEAD_OF_STATE', 'MEMBER', 'ATTENDED'),
    ('sadyr-japarov', 'KG', null, null, 'HEAD_OF_STATE', 'MEMBER', 'ATTENDED'),
    ('shehbaz-sharif', 'PK', null, null, 'HEAD_OF_GOVERNMENT', 'MEMBER', 'ATTENDED'),
    ('vladimir-putin', 'RU', null, null, 'HEAD_OF_STATE', 'MEMBER', 'ATTENDED'),
    ('emomali-rahmon', 'TJ', null, null, 'HEAD_OF_STATE', 'MEMBER', 'ATTENDED'),
    ('shavkat-mirziyoyev', 'UZ', null, null, 'HEAD_OF_STATE', 'MEMBER', 'ATTENDED'),
    ('ukhnaagiin-khurelsukh', 'MN', null, 'president-of-mongolia', 'HEAD_OF_STATE', 'OBSERVER', 'EXPECTED'),
    ('ilham-aliyev', 'AZ', null, 'president-of-azerbaijan', 'HEAD_OF_STATE', 'DIALOGUE_PARTNER', 'ATTENDED'),
    ('nikol-pashinyan', 'AM', null, 'prime-minister-of-armenia', 'HEAD_OF_GOVERNMENT', 'DIALOGUE_PARTNER', 'EXPECTED'),
    ('hun-manet', 'KH', null, 'prime-minister-of-cambodia', 'HEAD_OF_GOVERNMENT', 'DIALOGUE_PARTNER', 'ATTENDED'),
    ('mohamed-muizzu', 'MV', null, 'president-of-the-maldives', 'HEAD_OF_STATE', 'DIALOGUE_PARTNER', 'EXPECTED'),
    ('kp-sharma-oli', 'NP', null, 'prime-minister-of-nepal', 'HEAD_OF_GOVERNMENT', 'DIALOGUE_PARTNER', 'EXPECTED'),
    ('recep-tayyip-erdogan', 'TR', null, null, 'HEAD_OF_STATE', 'DIALOGUE_PARTNER', 'ATTENDED'),
    ('mostafa-madbouly', 'EG', null, 'prime-minister-of-egypt', 'HEAD_OF_GOVERNMENT', 'DIALOGUE_PARTNER', 'ATTENDED'),
    ('serdar-berdimuhamedov', 'TM', null, 'president-of-turkmenistan', 'HEAD_OF_STATE', 'GUEST', 'EXPECTED'),
    ('prabowo-subianto', 'ID', null, 'president-of-indonesia', 'HEAD_OF_STATE', 'GUEST', 'EXPECTED'),
    ('thongloun-sisoulith', 'LA', null, 'president-of-laos', 'HEAD_OF_STATE', 'GUEST', 'EXPECTED'),
    ('anwar-ibrahim', 'MY', null, 'prime-minister-of-malaysia', 'HEAD_OF_GOVERNMENT', 'GUEST', 'EXPECTED'),
    ('pham-minh-chinh', 'VN', null, 'prime-minister-of-vietnam', 'HEAD_OF_GOVERNMENT', 'GUEST', 'ATTENDED'),
    ('antonio-guterres', null, 'UN', null, 'HEAD_OF_ORGANIZATION', 'ORGANIZATION', 'ATTENDED'),
    ('nurlan-yermekbayev', null, 'SCO', 'secretary-general-of-the-sco', 'HEAD_OF_ORGANIZATION', 'ORGANIZATION', 'ATTENDED')
) as v(person, nation, org, office, capacity, standing, status)
where s.slug = 'sco-2025-tianjin';

-- What was announced before the summit: every invited leader.
insert into citation (source_id, attendance_id, claimed_status, quote, accessed)
select seed_src('Leaders Of Over 20 Countries, 10 Intl Organizations To Attend SCO Tianjin Summit'),
       seed_att('sco-2025-tianjin', v.person), 'EXPECTED', v.quote, date '2026-12-01'
from (values
    ('alexander-lukashenko', 'The foreign leaders invited to attend the summit include Belarusian President Alexander Lukashenko ...'),
    ('narendra-modi', 'The foreign leaders invited to attend the summit include ... Indian Prime Minister Narendra Modi ...'),
    ('masoud-pezeshkian', 'The foreign leaders invited to attend the summit include ... Iran''s President Masoud Pezeshkian ...'),
    ('kassym-jomart-tokayev', 'The foreign leaders invited to attend the summit include ... Kazakh President Kassym-Jomart Tokayev ...'),
    ('sadyr-japarov', 'The foreign leaders invited to attend the summit include ... Kyrgyz President Sadyr Japarov ...'),
    ('shehbaz-sharif', 'The foreign leaders invited to attend the summit include ... Pakistani Prime Minister Shahbaz Sharif ...'),
    ('vladimir-putin', 'The foreign leaders invited to attend the summit include ... Russian President Vladimir Putin ...'),
    ('emomali-rahmon', 'The foreign leaders invited to attend the summit include ... Tajik President Emomali Rahmon ...'),
    ('shavkat-mirziyoyev', 'The foreign leaders invited to attend the summit include ... Uzbek President Shavkat Mirziyoyev ...'),
    ('ukhnaagiin-khurelsukh', 'The foreign leaders invited to attend the summit include ... Mongolian President Ukhnaa Khurelsukh ...'),
    ('ilham-aliyev', 'The foreign leaders invited to attend the summit include ... Azerbaijani President Ilham Aliyev ...'),
    ('nikol-pashinyan', 'The foreign leaders invited to attend the summit include ... Armenian Prime Minister Nikol Pashinyan ...'),
    ('hun-manet', 'The foreign leaders invited to attend the summit include ... Cambodian Prime Minister Hun Manet ...'),
    ('mohamed-muizzu', 'The foreign leaders invited to attend the summit include ... Maldivian President Mohamed Muizzu ...'),
    ('kp-sharma-oli', 'The foreign leaders invited to attend the summit include ... Nepali Prime Minister KP Sharma Oli ...'),
    ('recep-tayyip-erdogan', 'The foreign leaders invited to attend the summit include ... Turkish President Recep Tayyip Erdogan ...'),
    ('mostafa-madbouly', 'The foreign leaders invited to attend the summit include ... Egyptian Prime Minister Mostafa Madbouly ...'),
    ('serdar-berdimuhamedov', 'The foreign leaders invited to attend the summit include ... Turkmen President Serdar Berdimuhamedov ...'),
    ('prabowo-subianto', 'The foreign leaders invited to attend the summit include ... Indonesian President Prabowo Subianto ...'),
    ('thongloun-sisoulith', 'The foreign leaders invited to attend the summit include ... General Secretary of the Lao People''s Revolutionary Party Central Committee and Lao president Thongloun Sisoulith ...'),
    ('anwar-ibrahim', 'The foreign leaders invited to attend the summit include ... Malaysian Prime Minister Anwar Ibrahim ...'),
    ('pham-minh-chinh', 'The foreign leaders invited to attend the summit include ... Vietnamese Prime Minister Pham Minh Chinh ...'),
    ('antonio-guterres', 'Leaders of international organizations and multilateral mechanisms invited to attend the summit include UN Secretary-General Antonio Guterres ...'),
    ('nurlan-yermekbayev', 'Leaders of international organizations and multilateral mechanisms invited to attend the summit include ... SCO Secretary-General Nurlan Yermekbayev ...')
) as v(person, quote);

-- What happened: the reports from the summit.
insert into citation (source_id, attendance_id, claimed_status, quote, accessed)
select seed_src(v.source), seed_att('sco-2025-tianjin', v.person), 'ATTENDED', v.quote, date '2026-12-01'
from (values
    ('SCO Summit concludes in China with adoption of Tianjin Declaration and 24 documents', 'xi-jinping', 'Hosted by Chinese President Xi Jinping, the 25th meeting of the SCO Council of Heads of State brought together leaders from across the region ...'),
    ('SCO Summit concludes in China with adoption of Tianjin Declaration and 24 documents', 'alexander-lukashenko', '... brought together leaders from across the region, including Belarusian President Alexander Lukashenko ...'),
    ('SCO Summit concludes in China with adoption of Tianjin Declaration and 24 documents', 'narendra-modi', '... including ... Indian Prime Minister Narendra Modi ...'),
    ('SCO Summit concludes in China with adoption of Tianjin Declaration and 24 documents', 'masoud-pezeshkian', '... including ... Iranian President Masoud Peseshkian ...'),
    ('SCO Summit concludes in China with adoption of Tianjin Declaration and 24 documents', 'shehbaz-sharif', '... including ... Pakistani Prime Minister Shahbaz Sharif ...'),
    ('SCO Summit concludes in China with adoption of Tianjin Declaration and 24 documents', 'vladimir-putin', '... including ... Russian President Vladimir Putin ...'),
    ('SCO Summit concludes in China with adoption of Tianjin Declaration and 24 documents', 'kassym-jomart-tokayev', '... and the heads of state from Kazakhstan, Kyrgyzstan, Tajikistan, and Uzbekistan.'),
    ('SCO Summit concludes in China with adoption of Tianjin Declaration and 24 documents', 'sadyr-japarov', '... and the heads of state from Kazakhstan, Kyrgyzstan, Tajikistan, and Uzbekistan.'),
    ('SCO Summit concludes in China with adoption of Tianjin Declaration and 24 documents', 'emomali-rahmon', '... and the heads of state from Kazakhstan, Kyrgyzstan, Tajikistan, and Uzbekistan.'),
    ('SCO Summit concludes in China with adoption of Tianjin Declaration and 24 documents', 'shavkat-mirziyoyev', '... and the heads of state from Kazakhstan, Kyrgyzstan, Tajikistan, and Uzbekistan.'),
    ('SCO Summit concludes in China with adoption of Tianjin Declaration and 24 documents', 'nurlan-yermekbayev', 'SCO Secretary General Nurlan Yermekbayev and other top officials were also in attendance.'),
    ('China hosts SCO summit: world leaders in Tianjin', 'antonio-guterres', 'Among the first to arrive were: UN Secretary-General António Guterres ...'),
    ('China hosts SCO summit: world leaders in Tianjin', 'mostafa-madbouly', 'Among the first to arrive were: ... Egyptian Prime Minister Mustafa Madbouly ...'),
    ('China hosts SCO summit: world leaders in Tianjin', 'recep-tayyip-erdogan', 'Among the first to arrive were: ... Turkish President Recep Tayyip Erdoğan ...'),
    ('China hosts SCO summit: world leaders in Tianjin', 'masoud-pezeshkian', 'Among the first to arrive were: ... Iranian President Masoud Pezeshkian, who joined discussions ...'),
    ('China: SCO summit opens with bilateral talks and forums', 'ilham-aliyev', 'The presidents of Russia, Belarus, Uzbekistan, Azerbaijan, and Kyrgyzstan, as well as the prime ministers of India, Vietnam, Cambodia, and Pakistan, among others, are already in this northern port city.'),
    ('China: SCO summit opens with bilateral talks and forums', 'hun-manet', '... as well as the prime ministers of India, Vietnam, Cambodia, and Pakistan, among others, are already in this northern port city.'),
    ('China: SCO summit opens with bilateral talks and forums', 'pham-minh-chinh', '... as well as the prime ministers of India, Vietnam, Cambodia, and Pakistan, among others, are already in this northern port city.')
) as v(source, person, quote);

update citation
set quote    = 'The Shanghai Cooperation Organization (SCO) Summit concluded today in Tianjin, China ... Hosted by Chinese President Xi Jinping, the 25th meeting of the SCO Council of Heads of State ...',
    source_id = seed_src('SCO Summit concludes in China with adoption of Tianjin Declaration and 24 documents'),
    accessed = '2026-12-01'
where source_id = seed_src('2025 SCO summit') and summit_id = (select id from summit where slug = 'sco-2025-tianjin');

-- The standings decided at Tianjin on 1 September 2025: observers and dialogue partners become one category, "SCO
-- partner" (recorded with the standing dialogue partner, which the pages call partner), and Laos joins as one.
update membership m
set end_date = '2025-08-31', end_precision = 'DAY', version = m.version + 1
from organization o
where o.id = m.organization_id and o.acronym = 'SCO' and m.standing = 'OBSERVER' and m.end_date is null;

insert into membership (nation_id, organization_id, standing, start_date, start_precision, note)
select n.id, o.id, 'DIALOGUE_PARTNER', date '2025-09-01', 'DAY', v.note
from (values ('MN', 'SCO partner: observer until the Tianjin summit unified observers and dialogue partners'),
             ('AF', 'SCO partner: observer until the Tianjin summit unified observers and dialogue partners'),
             ('LA', 'Admitted as a partner at the Tianjin summit')) as v(iso, note)
join nation n on n.iso_alpha2 = v.iso
join organization o on o.acronym = 'SCO';

insert into citation (source_id, membership_id, quote, accessed)
select seed_src('With admission of Laos as partner SCO grows to 27 like-minded countries — Chinese MFA'), m.id,
       case n.iso_alpha2 when 'LA' then 'We also decided to welcome Laos as a new partner, thereby expanding the SCO family.'
           else '"A decision was made to unify the SCO observer states and dialogue partners into a single category of SCO partners." ... It also included two observer countries - Afghanistan and Mongolia - and 14 dialogue partners ...' end,
       date '2026-12-01'
from membership m join nation n on n.id = m.nation_id join organization o on o.id = m.organization_id
where o.acronym = 'SCO' and ((m.standing = 'DIALOGUE_PARTNER' and m.start_date = date '2025-09-01')
                          or (m.standing = 'OBSERVER' and m.end_date = date '2025-08-31'));

-- The eight dialogue partners whose start the seed does not know are still partners in 2025, as the same report lists.
insert into citation (source_id, membership_id, quote, accessed)
select seed_src('With admission of Laos as partner SCO grows to 27 like-minded countries — Chinese MFA'), m.id,
       '... and 14 dialogue partners, including Azerbaijan, Armenia, Bahrain, Egypt, Cambodia, Qatar, Kuwait, the Maldives, Myanmar, Nepal, the UAE, Saudi Arabia, Turkey, and Sri Lanka.',
       date '2026-12-01'
from membership m join organization o on o.id = m.organization_id
where o.acronym = 'SCO' and m.standing = 'DIALOGUE_PARTNER' and m.start_date is null;

select assign_attendance_offices();
select record_seed_revision();
