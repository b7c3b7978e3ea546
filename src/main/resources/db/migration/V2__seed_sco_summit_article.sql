-- Seed: every claim of the July 2024 Fox News article on the SCO summit in Astana (shared/seed/sco-summit-article.txt),
-- with the people the article names only by country, the rosters of the SCO, NATO and the G7 as of mid-2024, and
-- the summits before and after. Each fact cites a source; a fact from beyond the article cites a public one.
-- The article was written before the summit: its claims are recorded as claims (claimed_status EXPECTED/REPORTED),
-- and an outcome only where a source for it is cited.

create function pg_temp.nation(code text) returns bigint language sql stable as
$$ select id from nation where iso_alpha2 = code $$;
create function pg_temp.org(acr text) returns bigint language sql stable as
$$ select id from organization where acronym = acr $$;
create function pg_temp.person(s text) returns bigint language sql stable as
$$ select id from person where slug = s $$;
create function pg_temp.office(s text) returns bigint language sql stable as
$$ select id from office where slug = s $$;
create function pg_temp.summit(s text) returns bigint language sql stable as
$$ select id from summit where slug = s $$;
create function pg_temp.src(t text) returns bigint language sql stable as
$$ select id from source where title = t $$;
create function pg_temp.att(summit_slug text, person_slug text) returns bigint language sql stable as
$$ select a.id from attendance a join summit s on s.id = a.summit_id join person p on p.id = a.person_id
   where s.slug = summit_slug and p.slug = person_slug $$;

-- Sources ---------------------------------------------------------------------------------------------------------
insert into source (title, publisher, url, published_on, published_precision, note) values
('Putin, Xi meet to bolster alliance against West ahead of NATO summit', 'Fox News', null, '2024-07-01', 'MONTH',
 'Written before the summit opened on 3 July 2024 ("set to meet Wednesday"); with contributions from the Associated Press.'),
('2024 SCO summit', 'Wikipedia', 'https://en.wikipedia.org/wiki/2024_SCO_summit', null, null, 'Outcome of the Astana summit: participants.'),
('2023 SCO summit', 'Wikipedia', 'https://en.wikipedia.org/wiki/2023_SCO_summit', null, null, null),
('2025 SCO summit', 'Wikipedia', 'https://en.wikipedia.org/wiki/2025_SCO_summit', null, null, null),
('Shanghai Cooperation Organisation', 'Wikipedia', 'https://en.wikipedia.org/wiki/Shanghai_Cooperation_Organisation', null, null, 'Member states, observers and dialogue partners with dates.'),
('Member states of NATO', 'Wikipedia', 'https://en.wikipedia.org/wiki/Member_states_of_NATO', null, null, 'Accession dates.'),
('2024 Washington summit', 'Wikipedia', 'https://en.wikipedia.org/wiki/2024_Washington_summit', null, null, null),
('2023 Vilnius summit', 'Wikipedia', 'https://en.wikipedia.org/wiki/2023_Vilnius_summit', null, null, null),
('2025 The Hague summit', 'Wikipedia', 'https://en.wikipedia.org/wiki/2025_The_Hague_summit', null, null, null),
('G7', 'Wikipedia', 'https://en.wikipedia.org/wiki/G7', null, null, 'Members and history, including the G8 years.'),
('50th G7 summit', 'Wikipedia', 'https://en.wikipedia.org/wiki/50th_G7_summit', null, null, null),
('49th G7 summit', 'Wikipedia', 'https://en.wikipedia.org/wiki/49th_G7_summit', null, null, null),
('51st G7 summit', 'Wikipedia', 'https://en.wikipedia.org/wiki/51st_G7_summit', null, null, null),
('Kassym-Jomart Tokayev', 'Wikipedia', 'https://en.wikipedia.org/wiki/Kassym-Jomart_Tokayev', null, null, null),
('Xi Jinping', 'Wikipedia', 'https://en.wikipedia.org/wiki/Xi_Jinping', null, null, null),
('Vladimir Putin', 'Wikipedia', 'https://en.wikipedia.org/wiki/Vladimir_Putin', null, null, null),
('Shehbaz Sharif', 'Wikipedia', 'https://en.wikipedia.org/wiki/Shehbaz_Sharif', null, null, null),
('Shavkat Mirziyoyev', 'Wikipedia', 'https://en.wikipedia.org/wiki/Shavkat_Mirziyoyev', null, null, null),
('Emomali Rahmon', 'Wikipedia', 'https://en.wikipedia.org/wiki/Emomali_Rahmon', null, null, null),
('Sadyr Japarov', 'Wikipedia', 'https://en.wikipedia.org/wiki/Sadyr_Japarov', null, null, null),
('Mohammad Mokhber', 'Wikipedia', 'https://en.wikipedia.org/wiki/Mohammad_Mokhber', null, null, null),
('Ebrahim Raisi', 'Wikipedia', 'https://en.wikipedia.org/wiki/Ebrahim_Raisi', null, null, null),
('Masoud Pezeshkian', 'Wikipedia', 'https://en.wikipedia.org/wiki/Masoud_Pezeshkian', null, null, null),
('Alexander Lukashenko', 'Wikipedia', 'https://en.wikipedia.org/wiki/Alexander_Lukashenko', null, null, null),
('Recep Tayyip Erdoğan', 'Wikipedia', 'https://en.wikipedia.org/wiki/Recep_Tayyip_Erdo%C4%9Fan', null, null, null),
('António Guterres', 'Wikipedia', 'https://en.wikipedia.org/wiki/Ant%C3%B3nio_Guterres', null, null, null),
('Narendra Modi', 'Wikipedia', 'https://en.wikipedia.org/wiki/Narendra_Modi', null, null, null),
('S. Jaishankar', 'Wikipedia', 'https://en.wikipedia.org/wiki/S._Jaishankar', null, null, null),
('Joe Biden', 'Wikipedia', 'https://en.wikipedia.org/wiki/Joe_Biden', null, null, null),
('Giorgia Meloni', 'Wikipedia', 'https://en.wikipedia.org/wiki/Giorgia_Meloni', null, null, null),
('Jens Stoltenberg', 'Wikipedia', 'https://en.wikipedia.org/wiki/Jens_Stoltenberg', null, null, null);

-- Nations ---------------------------------------------------------------------------------------------------------
insert into nation (slug, name, official_name, iso_alpha2, iso_alpha3) values
('china', 'China', 'People''s Republic of China', 'CN', 'CHN'),
('russia', 'Russia', 'Russian Federation', 'RU', 'RUS'),
('kazakhstan', 'Kazakhstan', 'Republic of Kazakhstan', 'KZ', 'KAZ'),
('kyrgyzstan', 'Kyrgyzstan', 'Kyrgyz Republic', 'KG', 'KGZ'),
('tajikistan', 'Tajikistan', 'Republic of Tajikistan', 'TJ', 'TJK'),
('uzbekistan', 'Uzbekistan', 'Republic of Uzbekistan', 'UZ', 'UZB'),
('india', 'India', 'Republic of India', 'IN', 'IND'),
('pakistan', 'Pakistan', 'Islamic Republic of Pakistan', 'PK', 'PAK'),
('iran', 'Iran', 'Islamic Republic of Iran', 'IR', 'IRN'),
('belarus', 'Belarus', 'Republic of Belarus', 'BY', 'BLR'),
('mongolia', 'Mongolia', null, 'MN', 'MNG'),
('afghanistan', 'Afghanistan', null, 'AF', 'AFG'),
('sri-lanka', 'Sri Lanka', 'Democratic Socialist Republic of Sri Lanka', 'LK', 'LKA'),
('turkey', 'Turkey', 'Republic of Türkiye', 'TR', 'TUR'),
('cambodia', 'Cambodia', 'Kingdom of Cambodia', 'KH', 'KHM'),
('azerbaijan', 'Azerbaijan', 'Republic of Azerbaijan', 'AZ', 'AZE'),
('armenia', 'Armenia', 'Republic of Armenia', 'AM', 'ARM'),
('nepal', 'Nepal', null, 'NP', 'NPL'),
('egypt', 'Egypt', 'Arab Republic of Egypt', 'EG', 'EGY'),
('qatar', 'Qatar', 'State of Qatar', 'QA', 'QAT'),
('saudi-arabia', 'Saudi Arabia', 'Kingdom of Saudi Arabia', 'SA', 'SAU'),
('kuwait', 'Kuwait', 'State of Kuwait', 'KW', 'KWT'),
('maldives', 'Maldives', 'Republic of Maldives', 'MV', 'MDV'),
('myanmar', 'Myanmar', null, 'MM', 'MMR'),
('united-arab-emirates', 'United Arab Emirates', null, 'AE', 'ARE'),
('bahrain', 'Bahrain', 'Kingdom of Bahrain', 'BH', 'BHR'),
('belgium', 'Belgium', 'Kingdom of Belgium', 'BE', 'BEL'),
('canada', 'Canada', null, 'CA', 'CAN'),
('denmark', 'Denmark', 'Kingdom of Denmark', 'DK', 'DNK'),
('france', 'France', 'French Republic', 'FR', 'FRA'),
('iceland', 'Iceland', null, 'IS', 'ISL'),
('italy', 'Italy', 'Italian Republic', 'IT', 'ITA'),
('luxembourg', 'Luxembourg', 'Grand Duchy of Luxembourg', 'LU', 'LUX'),
('netherlands', 'Netherlands', 'Kingdom of the Netherlands', 'NL', 'NLD'),
('norway', 'Norway', 'Kingdom of Norway', 'NO', 'NOR'),
('portugal', 'Portugal', 'Portuguese Republic', 'PT', 'PRT'),
('united-kingdom', 'United Kingdom', 'United Kingdom of Great Britain and Northern Ireland', 'GB', 'GBR'),
('united-states', 'United States', 'United States of America', 'US', 'USA'),
('greece', 'Greece', 'Hellenic Republic', 'GR', 'GRC'),
('germany', 'Germany', 'Federal Republic of Germany', 'DE', 'DEU'),
('spain', 'Spain', 'Kingdom of Spain', 'ES', 'ESP'),
('czech-republic', 'Czech Republic', null, 'CZ', 'CZE'),
('hungary', 'Hungary', null, 'HU', 'HUN'),
('poland', 'Poland', 'Republic of Poland', 'PL', 'POL'),
('bulgaria', 'Bulgaria', 'Republic of Bulgaria', 'BG', 'BGR'),
('estonia', 'Estonia', 'Republic of Estonia', 'EE', 'EST'),
('latvia', 'Latvia', 'Republic of Latvia', 'LV', 'LVA'),
('lithuania', 'Lithuania', 'Republic of Lithuania', 'LT', 'LTU'),
('romania', 'Romania', null, 'RO', 'ROU'),
('slovakia', 'Slovakia', 'Slovak Republic', 'SK', 'SVK'),
('slovenia', 'Slovenia', 'Republic of Slovenia', 'SI', 'SVN'),
('albania', 'Albania', 'Republic of Albania', 'AL', 'ALB'),
('croatia', 'Croatia', 'Republic of Croatia', 'HR', 'HRV'),
('montenegro', 'Montenegro', null, 'ME', 'MNE'),
('north-macedonia', 'North Macedonia', 'Republic of North Macedonia', 'MK', 'MKD'),
('finland', 'Finland', 'Republic of Finland', 'FI', 'FIN'),
('sweden', 'Sweden', 'Kingdom of Sweden', 'SE', 'SWE'),
('japan', 'Japan', null, 'JP', 'JPN');

insert into nation_name (nation_id, name, note) values
(pg_temp.nation('TR'), 'Türkiye', 'Name used by the United Nations since 2022'),
(pg_temp.nation('CZ'), 'Czechia', 'Short name'),
(pg_temp.nation('BY'), 'Byelorussia', 'Former name'),
(pg_temp.nation('GB'), 'Britain', null),
(pg_temp.nation('US'), 'USA', null);

-- Organizations ---------------------------------------------------------------------------------------------------
insert into organization (slug, acronym, name, kind, founded_on, founded_precision, description) values
('sco', 'SCO', 'Shanghai Cooperation Organisation', 'INTERGOVERNMENTAL_ORGANIZATION', '2001-06-15', 'DAY',
 'Eurasian political, economic and security organisation founded in Shanghai, grown out of the Shanghai Five.'),
('nato', 'NATO', 'North Atlantic Treaty Organization', 'MILITARY_ALLIANCE', '1949-04-04', 'DAY',
 'Military alliance of European and North American states, founded by the North Atlantic Treaty.'),
('g7', 'G7', 'Group of Seven', 'INFORMAL_FORUM', '1975-01-01', 'YEAR',
 'Informal forum of seven industrialised democracies; the European Union takes part as a non-enumerated member. Russia took part as the G8 from 1997 until 2014.'),
('un', 'UN', 'United Nations', 'INTERGOVERNMENTAL_ORGANIZATION', '1945-10-24', 'DAY', null),
('eu', 'EU', 'European Union', 'SUPRANATIONAL_UNION', '1993-11-01', 'DAY', null);

-- Memberships (one standing at a time; the count on a date is derived) -------------------------------------------
insert into membership (nation_id, organization_id, standing, start_date, start_precision, end_date, end_precision, note)
select pg_temp.nation(v.iso), pg_temp.org(v.org), v.standing, v.sd::date, v.sp, v.ed::date, v.ep, v.note
from (values
    ('CN', 'SCO', 'MEMBER', '2001-06-15', 'DAY', null, null, 'Founding member'),
    ('RU', 'SCO', 'MEMBER', '2001-06-15', 'DAY', null, null, 'Founding member'),
    ('KZ', 'SCO', 'MEMBER', '2001-06-15', 'DAY', null, null, 'Founding member'),
    ('KG', 'SCO', 'MEMBER', '2001-06-15', 'DAY', null, null, 'Founding member'),
    ('TJ', 'SCO', 'MEMBER', '2001-06-15', 'DAY', null, null, 'Founding member'),
    ('UZ', 'SCO', 'MEMBER', '2001-06-15', 'DAY', null, null, 'Founding member'),
    ('IN', 'SCO', 'OBSERVER', '2005-01-01', 'YEAR', '2017-06-09', 'DAY', null),
    ('IN', 'SCO', 'MEMBER', '2017-06-09', 'DAY', null, null, null),
    ('PK', 'SCO', 'OBSERVER', '2005-01-01', 'YEAR', '2017-06-09', 'DAY', null),
    ('PK', 'SCO', 'MEMBER', '2017-06-09', 'DAY', null, null, null),
    ('IR', 'SCO', 'OBSERVER', '2005-01-01', 'YEAR', '2023-07-04', 'DAY', null),
    ('IR', 'SCO', 'MEMBER', '2023-07-04', 'DAY', null, null, null),
    ('BY', 'SCO', 'DIALOGUE_PARTNER', '2009-01-01', 'YEAR', '2015-01-01', 'YEAR', null),
    ('BY', 'SCO', 'OBSERVER', '2015-01-01', 'YEAR', '2023-07-04', 'DAY', null),
    ('BY', 'SCO', 'ACCEDING', '2023-07-04', 'DAY', '2024-07-04', 'DAY', 'Memorandum of obligations for membership signed'),
    ('BY', 'SCO', 'MEMBER', '2024-07-04', 'DAY', null, null, 'Became the 10th member state at the Astana summit'),
    ('MN', 'SCO', 'OBSERVER', '2004-01-01', 'YEAR', null, null, null),
    ('AF', 'SCO', 'OBSERVER', '2012-01-01', 'YEAR', null, null, null),
    ('LK', 'SCO', 'DIALOGUE_PARTNER', '2009-01-01', 'YEAR', null, null, null),
    ('TR', 'SCO', 'DIALOGUE_PARTNER', '2012-01-01', 'YEAR', null, null, null),
    ('KH', 'SCO', 'DIALOGUE_PARTNER', '2015-01-01', 'YEAR', null, null, null),
    ('AZ', 'SCO', 'DIALOGUE_PARTNER', '2015-01-01', 'YEAR', null, null, null),
    ('AM', 'SCO', 'DIALOGUE_PARTNER', '2015-01-01', 'YEAR', null, null, null),
    ('NP', 'SCO', 'DIALOGUE_PARTNER', '2015-01-01', 'YEAR', null, null, null),
    ('EG', 'SCO', 'DIALOGUE_PARTNER', null, null, null, null, 'Dialogue partner as of July 2024; start date not recorded'),
    ('QA', 'SCO', 'DIALOGUE_PARTNER', null, null, null, null, 'Dialogue partner as of July 2024; start date not recorded'),
    ('SA', 'SCO', 'DIALOGUE_PARTNER', null, null, null, null, 'Dialogue partner as of July 2024; start date not recorded'),
    ('KW', 'SCO', 'DIALOGUE_PARTNER', null, null, null, null, 'Dialogue partner as of July 2024; start date not recorded'),
    ('MV', 'SCO', 'DIALOGUE_PARTNER', null, null, null, null, 'Dialogue partner as of July 2024; start date not recorded'),
    ('MM', 'SCO', 'DIALOGUE_PARTNER', null, null, null, null, 'Dialogue partner as of July 2024; start date not recorded'),
    ('AE', 'SCO', 'DIALOGUE_PARTNER', null, null, null, null, 'Dialogue partner as of July 2024; start date not recorded'),
    ('BH', 'SCO', 'DIALOGUE_PARTNER', null, null, null, null, 'Dialogue partner as of July 2024; start date not recorded'),
    ('BE', 'NATO', 'MEMBER', '1949-08-24', 'DAY', null, null, 'Founding member'),
    ('CA', 'NATO', 'MEMBER', '1949-08-24', 'DAY', null, null, 'Founding member'),
    ('DK', 'NATO', 'MEMBER', '1949-08-24', 'DAY', null, null, 'Founding member'),
    ('FR', 'NATO', 'MEMBER', '1949-08-24', 'DAY', null, null, 'Founding member'),
    ('IS', 'NATO', 'MEMBER', '1949-08-24', 'DAY', null, null, 'Founding member'),
    ('IT', 'NATO', 'MEMBER', '1949-08-24', 'DAY', null, null, 'Founding member'),
    ('LU', 'NATO', 'MEMBER', '1949-08-24', 'DAY', null, null, 'Founding member'),
    ('NL', 'NATO', 'MEMBER', '1949-08-24', 'DAY', null, null, 'Founding member'),
    ('NO', 'NATO', 'MEMBER', '1949-08-24', 'DAY', null, null, 'Founding member'),
    ('PT', 'NATO', 'MEMBER', '1949-08-24', 'DAY', null, null, 'Founding member'),
    ('GB', 'NATO', 'MEMBER', '1949-08-24', 'DAY', null, null, 'Founding member'),
    ('US', 'NATO', 'MEMBER', '1949-08-24', 'DAY', null, null, 'Founding member'),
    ('GR', 'NATO', 'MEMBER', '1952-02-18', 'DAY', null, null, null),
    ('TR', 'NATO', 'MEMBER', '1952-02-18', 'DAY', null, null, null),
    ('DE', 'NATO', 'MEMBER', '1955-05-06', 'DAY', null, null, 'Joined as West Germany'),
    ('ES', 'NATO', 'MEMBER', '1982-05-30', 'DAY', null, null, null),
    ('CZ', 'NATO', 'MEMBER', '1999-03-12', 'DAY', null, null, null),
    ('HU', 'NATO', 'MEMBER', '1999-03-12', 'DAY', null, null, null),
    ('PL', 'NATO', 'MEMBER', '1999-03-12', 'DAY', null, null, null),
    ('BG', 'NATO', 'MEMBER', '2004-03-29', 'DAY', null, null, null),
    ('EE', 'NATO', 'MEMBER', '2004-03-29', 'DAY', null, null, null),
    ('LV', 'NATO', 'MEMBER', '2004-03-29', 'DAY', null, null, null),
    ('LT', 'NATO', 'MEMBER', '2004-03-29', 'DAY', null, null, null),
    ('RO', 'NATO', 'MEMBER', '2004-03-29', 'DAY', null, null, null),
    ('SK', 'NATO', 'MEMBER', '2004-03-29', 'DAY', null, null, null),
    ('SI', 'NATO', 'MEMBER', '2004-03-29', 'DAY', null, null, null),
    ('AL', 'NATO', 'MEMBER', '2009-04-01', 'DAY', null, null, null),
    ('HR', 'NATO', 'MEMBER', '2009-04-01', 'DAY', null, null, null),
    ('ME', 'NATO', 'MEMBER', '2017-06-05', 'DAY', null, null, null),
    ('MK', 'NATO', 'MEMBER', '2020-03-27', 'DAY', null, null, null),
    ('FI', 'NATO', 'MEMBER', '2023-04-04', 'DAY', null, null, null),
    ('SE', 'NATO', 'MEMBER', '2024-03-07', 'DAY', null, null, null),
    ('FR', 'G7', 'MEMBER', '1975-01-01', 'YEAR', null, null, 'Founding member'),
    ('DE', 'G7', 'MEMBER', '1975-01-01', 'YEAR', null, null, 'Founding member, as West Germany'),
    ('IT', 'G7', 'MEMBER', '1975-01-01', 'YEAR', null, null, 'Founding member'),
    ('JP', 'G7', 'MEMBER', '1975-01-01', 'YEAR', null, null, 'Founding member'),
    ('GB', 'G7', 'MEMBER', '1975-01-01', 'YEAR', null, null, 'Founding member'),
    ('US', 'G7', 'MEMBER', '1975-01-01', 'YEAR', null, null, 'Founding member'),
    ('CA', 'G7', 'MEMBER', '1976-01-01', 'YEAR', null, null, null),
    ('RU', 'G7', 'MEMBER', '1997-01-01', 'YEAR', '2014-03-01', 'MONTH', 'As the G8; Russia''s participation was suspended in March 2014 after its annexation of Crimea')
) as v(iso, org, standing, sd, sp, ed, ep, note);

insert into citation (source_id, membership_id)
select case o.acronym when 'SCO' then pg_temp.src('Shanghai Cooperation Organisation')
                      when 'NATO' then pg_temp.src('Member states of NATO')
                      else pg_temp.src('G7') end, m.id
from membership m join organization o on o.id = m.organization_id;

insert into citation (source_id, membership_id, quote) values
(pg_temp.src('Putin, Xi meet to bolster alliance against West ahead of NATO summit'),
 (select id from membership where nation_id = pg_temp.nation('BY') and organization_id = pg_temp.org('SCO') and standing = 'MEMBER'),
 'Belarusian President Alexander Lukashenko will also be in attendance as the top Putin ally is becoming the 10th member nation.'),
(pg_temp.src('Putin, Xi meet to bolster alliance against West ahead of NATO summit'),
 (select id from membership where nation_id = pg_temp.nation('TR') and organization_id = pg_temp.org('SCO')),
 'Turkey shares partner status with the group.');

-- People, their other names, offices and tenures -------------------------------------------------------------------
insert into person (slug, name, sort_name, nationality_id) values
('kassym-jomart-tokayev', 'Kassym-Jomart Tokayev', 'Tokayev, Kassym-Jomart', pg_temp.nation('KZ')),
('xi-jinping', 'Xi Jinping', 'Xi Jinping', pg_temp.nation('CN')),
('vladimir-putin', 'Vladimir Putin', 'Putin, Vladimir', pg_temp.nation('RU')),
('shehbaz-sharif', 'Shehbaz Sharif', 'Sharif, Shehbaz', pg_temp.nation('PK')),
('shavkat-mirziyoyev', 'Shavkat Mirziyoyev', 'Mirziyoyev, Shavkat', pg_temp.nation('UZ')),
('emomali-rahmon', 'Emomali Rahmon', 'Rahmon, Emomali', pg_temp.nation('TJ')),
('sadyr-japarov', 'Sadyr Japarov', 'Japarov, Sadyr', pg_temp.nation('KG')),
('mohammad-mokhber', 'Mohammad Mokhber', 'Mokhber, Mohammad', pg_temp.nation('IR')),
('ebrahim-raisi', 'Ebrahim Raisi', 'Raisi, Ebrahim', pg_temp.nation('IR')),
('masoud-pezeshkian', 'Masoud Pezeshkian', 'Pezeshkian, Masoud', pg_temp.nation('IR')),
('alexander-lukashenko', 'Alexander Lukashenko', 'Lukashenko, Alexander', pg_temp.nation('BY')),
('recep-tayyip-erdogan', 'Recep Tayyip Erdoğan', 'Erdoğan, Recep Tayyip', pg_temp.nation('TR')),
('antonio-guterres', 'António Guterres', 'Guterres, António', pg_temp.nation('PT')),
('narendra-modi', 'Narendra Modi', 'Modi, Narendra', pg_temp.nation('IN')),
('s-jaishankar', 'S. Jaishankar', 'Jaishankar, S.', pg_temp.nation('IN')),
('joe-biden', 'Joe Biden', 'Biden, Joe', pg_temp.nation('US')),
('giorgia-meloni', 'Giorgia Meloni', 'Meloni, Giorgia', pg_temp.nation('IT')),
('jens-stoltenberg', 'Jens Stoltenberg', 'Stoltenberg, Jens', pg_temp.nation('NO'));

insert into person_name (person_id, name, kind, source_id) values
(pg_temp.person('mohammad-mokhber'), 'Mohammad Mokhbar', 'MISSPELLING', pg_temp.src('Putin, Xi meet to bolster alliance against West ahead of NATO summit')),
(pg_temp.person('mohammad-mokhber'), 'محمد مخبر', 'NATIVE', pg_temp.src('Mohammad Mokhber')),
(pg_temp.person('recep-tayyip-erdogan'), 'Recep Tayyip Erdogan', 'VARIANT', pg_temp.src('Putin, Xi meet to bolster alliance against West ahead of NATO summit')),
(pg_temp.person('xi-jinping'), '习近平', 'NATIVE', pg_temp.src('Xi Jinping')),
(pg_temp.person('vladimir-putin'), 'Владимир Путин', 'NATIVE', pg_temp.src('Vladimir Putin')),
(pg_temp.person('vladimir-putin'), 'Vladimir Vladimirovich Putin', 'VARIANT', pg_temp.src('Vladimir Putin')),
(pg_temp.person('kassym-jomart-tokayev'), 'Qasym-Jomart Toqaev', 'TRANSLITERATION', pg_temp.src('Kassym-Jomart Tokayev')),
(pg_temp.person('alexander-lukashenko'), 'Alyaksandr Lukashenka', 'TRANSLITERATION', pg_temp.src('Alexander Lukashenko')),
(pg_temp.person('sadyr-japarov'), 'Sadyr Zhaparov', 'TRANSLITERATION', pg_temp.src('Sadyr Japarov')),
(pg_temp.person('emomali-rahmon'), 'Emomali Rahmonov', 'VARIANT', pg_temp.src('Emomali Rahmon')),
(pg_temp.person('s-jaishankar'), 'Subrahmanyam Jaishankar', 'VARIANT', pg_temp.src('S. Jaishankar')),
(pg_temp.person('antonio-guterres'), 'Antonio Guterres', 'VARIANT', null);

insert into office (slug, title, kind, nation_id, organization_id) values
('president-of-kazakhstan', 'President of Kazakhstan', 'HEAD_OF_STATE', pg_temp.nation('KZ'), null),
('president-of-china', 'President of the People''s Republic of China', 'HEAD_OF_STATE', pg_temp.nation('CN'), null),
('president-of-russia', 'President of Russia', 'HEAD_OF_STATE', pg_temp.nation('RU'), null),
('prime-minister-of-russia', 'Prime Minister of Russia', 'HEAD_OF_GOVERNMENT', pg_temp.nation('RU'), null),
('prime-minister-of-pakistan', 'Prime Minister of Pakistan', 'HEAD_OF_GOVERNMENT', pg_temp.nation('PK'), null),
('president-of-uzbekistan', 'President of Uzbekistan', 'HEAD_OF_STATE', pg_temp.nation('UZ'), null),
('president-of-tajikistan', 'President of Tajikistan', 'HEAD_OF_STATE', pg_temp.nation('TJ'), null),
('president-of-kyrgyzstan', 'President of Kyrgyzstan', 'HEAD_OF_STATE', pg_temp.nation('KG'), null),
('president-of-iran', 'President of Iran', 'HEAD_OF_STATE', pg_temp.nation('IR'), null),
('president-of-belarus', 'President of Belarus', 'HEAD_OF_STATE', pg_temp.nation('BY'), null),
('president-of-turkey', 'President of Turkey', 'HEAD_OF_STATE', pg_temp.nation('TR'), null),
('prime-minister-of-turkey', 'Prime Minister of Turkey', 'HEAD_OF_GOVERNMENT', pg_temp.nation('TR'), null),
('prime-minister-of-india', 'Prime Minister of India', 'HEAD_OF_GOVERNMENT', pg_temp.nation('IN'), null),
('minister-of-external-affairs-of-india', 'Minister of External Affairs of India', 'FOREIGN_MINISTER', pg_temp.nation('IN'), null),
('president-of-the-united-states', 'President of the United States', 'HEAD_OF_STATE', pg_temp.nation('US'), null),
('prime-minister-of-italy', 'Prime Minister of Italy', 'HEAD_OF_GOVERNMENT', pg_temp.nation('IT'), null),
('secretary-general-of-the-united-nations', 'Secretary-General of the United Nations', 'HEAD_OF_ORGANIZATION', null, pg_temp.org('UN')),
('secretary-general-of-nato', 'Secretary General of NATO', 'HEAD_OF_ORGANIZATION', null, pg_temp.org('NATO'));

insert into tenure (person_id, office_id, start_date, start_precision, end_date, end_precision, acting, note)
select pg_temp.person(v.person), pg_temp.office(v.office), v.sd::date, 'DAY', v.ed::date,
       case when v.ed is null then null else 'DAY' end, v.acting, v.note
from (values
    ('kassym-jomart-tokayev', 'president-of-kazakhstan', '2019-03-20', null, false, null),
    ('xi-jinping', 'president-of-china', '2013-03-14', null, false, null),
    ('vladimir-putin', 'president-of-russia', '1999-12-31', '2000-05-07', true, 'Acting president after Boris Yeltsin resigned'),
    ('vladimir-putin', 'president-of-russia', '2000-05-07', '2008-05-07', false, null),
    ('vladimir-putin', 'prime-minister-of-russia', '2008-05-08', '2012-05-07', false, null),
    ('vladimir-putin', 'president-of-russia', '2012-05-07', null, false, null),
    ('shehbaz-sharif', 'prime-minister-of-pakistan', '2022-04-11', '2023-08-14', false, null),
    ('shehbaz-sharif', 'prime-minister-of-pakistan', '2024-03-04', null, false, null),
    ('shavkat-mirziyoyev', 'president-of-uzbekistan', '2016-09-08', '2016-12-14', true, 'Acting president after the death of Islam Karimov'),
    ('shavkat-mirziyoyev', 'president-of-uzbekistan', '2016-12-14', null, false, null),
    ('emomali-rahmon', 'president-of-tajikistan', '1994-11-16', null, false, null),
    ('sadyr-japarov', 'president-of-kyrgyzstan', '2020-10-16', '2020-11-14', true, null),
    ('sadyr-japarov', 'president-of-kyrgyzstan', '2021-01-28', null, false, null),
    ('ebrahim-raisi', 'president-of-iran', '2021-08-03', '2024-05-19', false, 'Died in a helicopter crash in office'),
    ('mohammad-mokhber', 'president-of-iran', '2024-05-20', '2024-07-28', true, 'Acting president after the death of Ebrahim Raisi'),
    ('masoud-pezeshkian', 'president-of-iran', '2024-07-28', null, false, null),
    ('alexander-lukashenko', 'president-of-belarus', '1994-07-20', null, false, null),
    ('recep-tayyip-erdogan', 'prime-minister-of-turkey', '2003-03-14', '2014-08-28', false, null),
    ('recep-tayyip-erdogan', 'president-of-turkey', '2014-08-28', null, false, null),
    ('antonio-guterres', 'secretary-general-of-the-united-nations', '2017-01-01', null, false, null),
    ('narendra-modi', 'prime-minister-of-india', '2014-05-26', null, false, null),
    ('s-jaishankar', 'minister-of-external-affairs-of-india', '2019-05-30', null, false, null),
    ('joe-biden', 'president-of-the-united-states', '2021-01-20', '2025-01-20', false, null),
    ('giorgia-meloni', 'prime-minister-of-italy', '2022-10-22', null, false, null),
    ('jens-stoltenberg', 'secretary-general-of-nato', '2014-10-01', '2024-10-01', false, null)
) as v(person, office, sd, ed, acting, note);

-- Each tenure cites the holder's public biography.
insert into citation (source_id, tenure_id)
select s.id, t.id from tenure t join person p on p.id = t.person_id join source s on s.title = p.name;

insert into citation (source_id, tenure_id, quote) values
(pg_temp.src('Putin, Xi meet to bolster alliance against West ahead of NATO summit'),
 (select id from tenure where person_id = pg_temp.person('mohammad-mokhber')),
 'Iran’s acting President Mohammad Mokhbar'),
(pg_temp.src('Putin, Xi meet to bolster alliance against West ahead of NATO summit'),
 (select id from tenure where person_id = pg_temp.person('kassym-jomart-tokayev')),
 'the host, Kazak President Kassym-Jomart Tokayev');

-- Summits and meetings ---------------------------------------------------------------------------------------------
insert into summit (slug, name, kind, organization_id, host_nation_id, city, venue, start_date, end_date, status, description) values
('sco-2023-new-delhi', 'SCO Summit 2023', 'ORGANIZATION_SUMMIT', pg_temp.org('SCO'), pg_temp.nation('IN'), 'New Delhi', null, '2023-07-04', '2023-07-04', 'HELD',
 'Held by video conference under India''s chairmanship; Iran joined as a full member.'),
('sco-2024-astana', 'SCO Summit 2024', 'ORGANIZATION_SUMMIT', pg_temp.org('SCO'), pg_temp.nation('KZ'), 'Astana', null, '2024-07-03', '2024-07-04', 'HELD',
 'Meeting of the SCO Council of Heads of State under Kazakhstan''s chairmanship, at which Belarus became the 10th member state.'),
('sco-2025-tianjin', 'SCO Summit 2025', 'ORGANIZATION_SUMMIT', pg_temp.org('SCO'), pg_temp.nation('CN'), 'Tianjin', null, '2025-08-31', '2025-09-01', 'HELD', null),
('nato-2023-vilnius', 'NATO Summit 2023', 'ORGANIZATION_SUMMIT', pg_temp.org('NATO'), pg_temp.nation('LT'), 'Vilnius', null, '2023-07-11', '2023-07-12', 'HELD', null),
('nato-2024-washington', 'NATO Summit 2024', 'ORGANIZATION_SUMMIT', pg_temp.org('NATO'), pg_temp.nation('US'), 'Washington, D.C.', 'Walter E. Washington Convention Center', '2024-07-09', '2024-07-11', 'HELD',
 'The alliance''s 75th anniversary summit.'),
('nato-2025-the-hague', 'NATO Summit 2025', 'ORGANIZATION_SUMMIT', pg_temp.org('NATO'), pg_temp.nation('NL'), 'The Hague', null, '2025-06-24', '2025-06-25', 'HELD', null),
('g7-2023-hiroshima', 'G7 Summit 2023', 'ORGANIZATION_SUMMIT', pg_temp.org('G7'), pg_temp.nation('JP'), 'Hiroshima', null, '2023-05-19', '2023-05-21', 'HELD', '49th G7 summit.'),
('g7-2024-apulia', 'G7 Summit 2024', 'ORGANIZATION_SUMMIT', pg_temp.org('G7'), pg_temp.nation('IT'), 'Fasano', 'Borgo Egnazia', '2024-06-13', '2024-06-15', 'HELD', '50th G7 summit, in Apulia.'),
('g7-2025-kananaskis', 'G7 Summit 2025', 'ORGANIZATION_SUMMIT', pg_temp.org('G7'), pg_temp.nation('CA'), 'Kananaskis', null, '2025-06-15', '2025-06-17', 'HELD', '51st G7 summit.'),
('putin-xi-2024-beijing', 'Putin–Xi talks in Beijing', 'BILATERAL_MEETING', null, pg_temp.nation('CN'), 'Beijing', null, '2024-05-16', '2024-05-16', 'HELD',
 'Talks during Vladimir Putin''s state visit to China.'),
('modi-putin-2021-new-delhi', 'Modi–Putin talks in New Delhi', 'BILATERAL_MEETING', null, pg_temp.nation('IN'), 'New Delhi', 'Hyderabad House', '2021-12-06', '2021-12-06', 'HELD', null);

insert into summit (slug, name, kind, parent_id, host_nation_id, city, venue, start_date, end_date, status, description) values
('biden-erdogan-2024-fasano', 'Biden–Erdoğan meeting at the G7 summit', 'BILATERAL_MEETING', pg_temp.summit('g7-2024-apulia'), pg_temp.nation('IT'), 'Fasano', null, '2024-06-14', '2024-06-14', 'HELD', null),
('xi-putin-2024-astana', 'Xi–Putin talks in Astana', 'BILATERAL_MEETING', pg_temp.summit('sco-2024-astana'), pg_temp.nation('KZ'), 'Astana', null, '2024-07-03', '2024-07-03', 'CONFIRMED',
 'Announced before the summit as their second meeting since May; the outcome is not yet recorded here.'),
('erdogan-putin-2024-astana', 'Erdoğan–Putin talks in Astana', 'BILATERAL_MEETING', pg_temp.summit('sco-2024-astana'), pg_temp.nation('KZ'), 'Astana', null, '2024-07-03', '2024-07-04', 'PLANNED',
 'Reportedly sought by Erdoğan before the summit; the outcome is not yet recorded here.');

insert into citation (source_id, summit_id, quote) values
(pg_temp.src('Putin, Xi meet to bolster alliance against West ahead of NATO summit'), pg_temp.summit('sco-2024-astana'),
 'The pair will reunite for the annual session of the Shanghai Cooperation Organization (SCO) ... in Kazakhstan along with other world leaders.'),
(pg_temp.src('2024 SCO summit'), pg_temp.summit('sco-2024-astana'), null),
(pg_temp.src('2023 SCO summit'), pg_temp.summit('sco-2023-new-delhi'), null),
(pg_temp.src('2025 SCO summit'), pg_temp.summit('sco-2025-tianjin'), null),
(pg_temp.src('Putin, Xi meet to bolster alliance against West ahead of NATO summit'), pg_temp.summit('nato-2024-washington'),
 'The two-day meeting comes less than a week ahead of the NATO summit in Washington, D.C.'),
(pg_temp.src('2024 Washington summit'), pg_temp.summit('nato-2024-washington'), null),
(pg_temp.src('2023 Vilnius summit'), pg_temp.summit('nato-2023-vilnius'), null),
(pg_temp.src('2025 The Hague summit'), pg_temp.summit('nato-2025-the-hague'), null),
(pg_temp.src('Putin, Xi meet to bolster alliance against West ahead of NATO summit'), pg_temp.summit('g7-2024-apulia'),
 'President Biden and Turkey President Recep Tayyip Erdoğan meet during the G-7 summit on June 14, 2024, in Fasano, Italy.'),
(pg_temp.src('50th G7 summit'), pg_temp.summit('g7-2024-apulia'), null),
(pg_temp.src('49th G7 summit'), pg_temp.summit('g7-2023-hiroshima'), null),
(pg_temp.src('51st G7 summit'), pg_temp.summit('g7-2025-kananaskis'), null),
(pg_temp.src('Putin, Xi meet to bolster alliance against West ahead of NATO summit'), pg_temp.summit('putin-xi-2024-beijing'),
 'Chinese President Xi Jinping and Russian President Vladimir Putin shake hands prior to their talks in Beijing, May 16, 2024.'),
(pg_temp.src('Putin, Xi meet to bolster alliance against West ahead of NATO summit'), pg_temp.summit('modi-putin-2021-new-delhi'),
 'Narendra Modi and Vladimir Putin at Hyderabad House in New Delhi, India, on Dec. 6, 2021.'),
(pg_temp.src('Putin, Xi meet to bolster alliance against West ahead of NATO summit'), pg_temp.summit('biden-erdogan-2024-fasano'),
 'President Biden and Turkey President Recep Tayyip Erdoğan meet during the G-7 summit on June 14, 2024, in Fasano, Italy.'),
(pg_temp.src('Putin, Xi meet to bolster alliance against West ahead of NATO summit'), pg_temp.summit('xi-putin-2024-astana'),
 'Chinese President Xi Jinping and Russian President Vladimir Putin are set to meet Wednesday for the second time since May.'),
(pg_temp.src('Putin, Xi meet to bolster alliance against West ahead of NATO summit'), pg_temp.summit('erdogan-putin-2024-astana'),
 'Erdogan is reportedly expected to use the SCO session to attempt further discussions with Putin.');

-- Attendance -------------------------------------------------------------------------------------------------------
insert into attendance (summit_id, person_id, nation_id, organization_id, capacity, standing, status, instead_of_id, note)
select pg_temp.summit(v.summit), pg_temp.person(v.person), pg_temp.nation(v.nation), pg_temp.org(v.org), v.capacity,
       v.standing, v.status, pg_temp.person(v.instead_of), v.note
from (values
    ('sco-2024-astana', 'kassym-jomart-tokayev', 'KZ', null, 'HOST', 'MEMBER', 'ATTENDED', null, null),
    ('sco-2024-astana', 'xi-jinping', 'CN', null, 'HEAD_OF_STATE', 'MEMBER', 'ATTENDED', null, null),
    ('sco-2024-astana', 'vladimir-putin', 'RU', null, 'HEAD_OF_STATE', 'MEMBER', 'ATTENDED', null, null),
    ('sco-2024-astana', 'shehbaz-sharif', 'PK', null, 'HEAD_OF_GOVERNMENT', 'MEMBER', 'ATTENDED', null, 'The article names only the country.'),
    ('sco-2024-astana', 'shavkat-mirziyoyev', 'UZ', null, 'HEAD_OF_STATE', 'MEMBER', 'ATTENDED', null, 'The article names only the country.'),
    ('sco-2024-astana', 'emomali-rahmon', 'TJ', null, 'HEAD_OF_STATE', 'MEMBER', 'ATTENDED', null, 'The article names only the country.'),
    ('sco-2024-astana', 'sadyr-japarov', 'KG', null, 'HEAD_OF_STATE', 'MEMBER', 'ATTENDED', null, 'The article names only the country.'),
    ('sco-2024-astana', 'mohammad-mokhber', 'IR', null, 'HEAD_OF_STATE', 'MEMBER', 'ATTENDED', null, 'Acting president after the death of Ebrahim Raisi.'),
    ('sco-2024-astana', 'narendra-modi', 'IN', null, 'HEAD_OF_GOVERNMENT', 'MEMBER', 'ABSENT', null, 'Stayed away, citing a parliamentary session; sent his foreign minister.'),
    ('sco-2024-astana', 's-jaishankar', 'IN', null, 'MINISTER', 'MEMBER', 'ATTENDED', 'narendra-modi', 'Sent instead of Prime Minister Modi.'),
    ('sco-2024-astana', 'alexander-lukashenko', 'BY', null, 'HEAD_OF_STATE', 'ACCEDING', 'ATTENDED', null, 'Belarus became the 10th member state at this summit.'),
    ('sco-2024-astana', 'recep-tayyip-erdogan', 'TR', null, 'HEAD_OF_STATE', 'DIALOGUE_PARTNER', 'ATTENDED', null, null),
    ('sco-2024-astana', 'antonio-guterres', null, 'UN', 'HEAD_OF_ORGANIZATION', 'ORGANIZATION', 'ATTENDED', null, null),
    ('nato-2024-washington', 'joe-biden', 'US', null, 'HOST', 'MEMBER', 'ATTENDED', null, null),
    ('nato-2024-washington', 'recep-tayyip-erdogan', 'TR', null, 'HEAD_OF_STATE', 'MEMBER', 'ATTENDED', null, null),
    ('nato-2024-washington', 'jens-stoltenberg', null, 'NATO', 'HEAD_OF_ORGANIZATION', 'ORGANIZATION', 'ATTENDED', null, null),
    ('g7-2024-apulia', 'giorgia-meloni', 'IT', null, 'HOST', 'MEMBER', 'ATTENDED', null, null),
    ('g7-2024-apulia', 'joe-biden', 'US', null, 'HEAD_OF_STATE', 'MEMBER', 'ATTENDED', null, null),
    ('g7-2024-apulia', 'narendra-modi', 'IN', null, 'HEAD_OF_GOVERNMENT', 'GUEST', 'ATTENDED', null, 'Invited guest: India is not a member of the G7.'),
    ('g7-2024-apulia', 'recep-tayyip-erdogan', 'TR', null, 'HEAD_OF_STATE', 'GUEST', 'ATTENDED', null, 'Invited guest'),
    ('putin-xi-2024-beijing', 'xi-jinping', 'CN', null, 'HOST', null, 'ATTENDED', null, null),
    ('putin-xi-2024-beijing', 'vladimir-putin', 'RU', null, 'HEAD_OF_STATE', null, 'ATTENDED', null, 'State visit'),
    ('modi-putin-2021-new-delhi', 'narendra-modi', 'IN', null, 'HOST', null, 'ATTENDED', null, null),
    ('modi-putin-2021-new-delhi', 'vladimir-putin', 'RU', null, 'HEAD_OF_STATE', null, 'ATTENDED', null, null),
    ('biden-erdogan-2024-fasano', 'joe-biden', 'US', null, 'HEAD_OF_STATE', null, 'ATTENDED', null, null),
    ('biden-erdogan-2024-fasano', 'recep-tayyip-erdogan', 'TR', null, 'HEAD_OF_STATE', null, 'ATTENDED', null, null),
    ('xi-putin-2024-astana', 'xi-jinping', 'CN', null, 'HEAD_OF_STATE', null, 'EXPECTED', null, null),
    ('xi-putin-2024-astana', 'vladimir-putin', 'RU', null, 'HEAD_OF_STATE', null, 'EXPECTED', null, null),
    ('erdogan-putin-2024-astana', 'recep-tayyip-erdogan', 'TR', null, 'HEAD_OF_STATE', null, 'REPORTED', null, null),
    ('erdogan-putin-2024-astana', 'vladimir-putin', 'RU', null, 'HEAD_OF_STATE', null, 'REPORTED', null, null)
) as v(summit, person, nation, org, capacity, standing, status, instead_of, note);

-- What the article claimed, attendance by attendance (before the summit) ...
insert into citation (source_id, attendance_id, claimed_status, quote)
select pg_temp.src('Putin, Xi meet to bolster alliance against West ahead of NATO summit'), pg_temp.att(v.summit, v.person), v.claimed, v.quote
from (values
    ('sco-2024-astana', 'kassym-jomart-tokayev', 'EXPECTED', 'Apart from Putin, Xi and the host, Kazak President Kassym-Jomart Tokayev, ... will be at the SCO conference.'),
    ('sco-2024-astana', 'xi-jinping', 'EXPECTED', 'Chinese President Xi Jinping and Russian President Vladimir Putin are set to meet Wednesday ... The pair will reunite for the annual session of the Shanghai Cooperation Organization (SCO).'),
    ('sco-2024-astana', 'vladimir-putin', 'EXPECTED', 'Chinese President Xi Jinping and Russian President Vladimir Putin are set to meet Wednesday ... The pair will reunite for the annual session of the Shanghai Cooperation Organization (SCO).'),
    ('sco-2024-astana', 'shehbaz-sharif', 'EXPECTED', '... leaders from Pakistan, Uzbekistan, Tajikistan, Kyrgyzstan ... will be at the SCO conference.'),
    ('sco-2024-astana', 'shavkat-mirziyoyev', 'EXPECTED', '... leaders from Pakistan, Uzbekistan, Tajikistan, Kyrgyzstan ... will be at the SCO conference.'),
    ('sco-2024-astana', 'emomali-rahmon', 'EXPECTED', '... leaders from Pakistan, Uzbekistan, Tajikistan, Kyrgyzstan ... will be at the SCO conference.'),
    ('sco-2024-astana', 'sadyr-japarov', 'EXPECTED', '... leaders from Pakistan, Uzbekistan, Tajikistan, Kyrgyzstan ... will be at the SCO conference.'),
    ('sco-2024-astana', 'mohammad-mokhber', 'EXPECTED', '... and Iran’s acting President Mohammad Mokhbar will be at the SCO conference.'),
    ('sco-2024-astana', 'narendra-modi', 'ABSENT', 'Of the nine member nations, only India is not sending its national leader ... Modi is reported to be missing this year’s SCO conference due to a parliamentary session.'),
    ('sco-2024-astana', 's-jaishankar', 'EXPECTED', 'instead Prime Minister Narendra Modi is sending his foreign minister to the meeting.'),
    ('sco-2024-astana', 'alexander-lukashenko', 'EXPECTED', 'Belarusian President Alexander Lukashenko will also be in attendance as the top Putin ally is becoming the 10th member nation.'),
    ('sco-2024-astana', 'recep-tayyip-erdogan', 'REPORTED', 'Turkish President Recep Tayyip Erdogan will also reportedly be in Kazakhstan as Turkey shares partner status with the group.'),
    ('sco-2024-astana', 'antonio-guterres', 'EXPECTED', 'United Nations Secretary-General António Guterres will also be in attendance to continue communications with all major world players.'),
    ('nato-2024-washington', 'recep-tayyip-erdogan', 'EXPECTED', 'Erdogan is the only world leader who will be in attendance at both top sessions.'),
    ('g7-2024-apulia', 'joe-biden', 'ATTENDED', 'President Biden and Turkey President Recep Tayyip Erdoğan meet during the G-7 summit on June 14, 2024, in Fasano, Italy.'),
    ('g7-2024-apulia', 'recep-tayyip-erdogan', 'ATTENDED', 'President Biden and Turkey President Recep Tayyip Erdoğan meet during the G-7 summit on June 14, 2024, in Fasano, Italy.'),
    ('g7-2024-apulia', 'narendra-modi', 'ATTENDED', 'his attendance at the G-7 summit last month – an international group that India is not a member of'),
    ('putin-xi-2024-beijing', 'xi-jinping', 'ATTENDED', 'Chinese President Xi Jinping and Russian President Vladimir Putin shake hands prior to their talks in Beijing, May 16, 2024.'),
    ('putin-xi-2024-beijing', 'vladimir-putin', 'ATTENDED', 'Chinese President Xi Jinping and Russian President Vladimir Putin shake hands prior to their talks in Beijing, May 16, 2024.'),
    ('modi-putin-2021-new-delhi', 'narendra-modi', 'ATTENDED', 'Narendra Modi and Vladimir Putin at Hyderabad House in New Delhi, India, on Dec. 6, 2021.'),
    ('modi-putin-2021-new-delhi', 'vladimir-putin', 'ATTENDED', 'Narendra Modi and Vladimir Putin at Hyderabad House in New Delhi, India, on Dec. 6, 2021.'),
    ('biden-erdogan-2024-fasano', 'joe-biden', 'ATTENDED', 'President Biden and Turkey President Recep Tayyip Erdoğan meet during the G-7 summit on June 14, 2024, in Fasano, Italy.'),
    ('biden-erdogan-2024-fasano', 'recep-tayyip-erdogan', 'ATTENDED', 'President Biden and Turkey President Recep Tayyip Erdoğan meet during the G-7 summit on June 14, 2024, in Fasano, Italy.'),
    ('xi-putin-2024-astana', 'xi-jinping', 'EXPECTED', 'Chinese President Xi Jinping and Russian President Vladimir Putin are set to meet Wednesday for the second time since May.'),
    ('xi-putin-2024-astana', 'vladimir-putin', 'EXPECTED', 'Chinese President Xi Jinping and Russian President Vladimir Putin are set to meet Wednesday for the second time since May.'),
    ('erdogan-putin-2024-astana', 'recep-tayyip-erdogan', 'REPORTED', 'Erdogan is reportedly expected to use the SCO session to attempt further discussions with Putin.'),
    ('erdogan-putin-2024-astana', 'vladimir-putin', 'REPORTED', 'Erdogan is reportedly expected to use the SCO session to attempt further discussions with Putin.')
) as v(summit, person, claimed, quote);

-- ... and the outcome, from the summits' public records.
insert into citation (source_id, attendance_id, claimed_status)
select case s.slug when 'sco-2024-astana' then pg_temp.src('2024 SCO summit')
                   when 'nato-2024-washington' then pg_temp.src('2024 Washington summit')
                   else pg_temp.src('50th G7 summit') end,
       a.id, a.status
from attendance a join summit s on s.id = a.summit_id
where s.slug in ('sco-2024-astana', 'nato-2024-washington', 'g7-2024-apulia');
