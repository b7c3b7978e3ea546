-- The start of the eight SCO dialogue partnerships the seed held without one, and the heads of international
-- organizations the reports of the SCO summits of 2023–2025 name, from the pages read on 1 December 2026.
--
-- A dialogue partnership starts when the memorandum granting the status is signed (or, for Saudi Arabia, approved):
-- the summits decided to grant the status or to start the procedure a year or more before, and the reports of those
-- summits do not yet count the nation among the partners (a report of 30 March 2023 still expects Bahrain, the
-- Maldives, Kuwait, the United Arab Emirates and Myanmar "to receive the same status soon"). Where a page gives the
-- day, the day is recorded; where it gives only the meeting at whose margin the memorandum was signed, its month; for
-- Bahrain, whose report does not give the day of signing, the year.
--
-- The heads of organizations: a page naming one before the summit makes him expected, a page from the summit
-- attended. Not added, for want of a page read that names them: the other heads the reports count at Astana (the
-- Eurasian Economic Commission, CICA, the Economic Cooperation Organization, the Islamic Organization for Food
-- Security) and at Tianjin (ten organizations are counted; the UN's, the SCO's and ASEAN's heads and the CIS's are
-- named).
--
-- The Office of the Historian import (on start-up, not in tests) may already hold these people: seed_leader (V70)
-- reuses a person by slug, or by name and nationality; an organization or office is reused by its acronym or slug.

insert into source (title, publisher, url, published_on, published_precision, note) values
('Egypt and Qatar granted status of SCO dialogue partner', 'News Ghana',
 'https://newsghana.com.gh/egypt-and-qatar-granted-status-of-sco-dialogue-partner/', null, null,
 'Undated in the stored copy; it reports the Uzbek Foreign Ministry''s statement on the signing of 14 September 2022 ("said on Wednesday"). Title as in the page address.'),
('Saudi Arabia agrees to join Shanghai Cooperation Organisation as a dialogue partner', 'Gulf News',
 'https://gulfnews.com/world/gulf/saudi/saudi-arabia-agrees-to-join-shanghai-cooperation-organisation-as-a-dialogue-partner-1.94793231',
 '2023-03-29', 'DAY', 'Title as in the page address.'),
('China congratulates Saudi Arabia on becoming an SCO dialogue partner', 'UrduPoint (Sputnik)',
 'https://www.urdupoint.com/en/business/beijing-hails-saudi-arabias-decision-to-beco-1668276.html', '2023-03-30', 'DAY',
 'The page address cuts its title short ("Beijing hails Saudi Arabia''s decision to beco…"); the title here describes the report.'),
('SCO adds Kuwait, UAE, Myanmar and Maldives as dialogue partners', 'Financial Express',
 'https://www.financialexpress.com/business/defence-sco-adds-kuwait-uae-myanmar-and-maldives-as-dialogue-partners-3076846/',
 '2023-05-06', 'DAY', 'Title as in the page address.'),
('UAE granted Dialogue Partner Status in Shanghai Cooperation Organisation', 'Khaleej Times (WAM)',
 'https://www.khaleejtimes.com/uae/uae-granted-dialogue-partner-status-in-shanghai-cooperation-organisation',
 '2023-05-06', 'DAY', null),
('Bahrain granted the status of SCO dialogue partner', 'Libyan News Wire (Bahrain News Agency)',
 'https://libyannewswire.com/bahrain-granted-the-status-of-sco-dialogue-partner/', '2023-07-15', 'DAY',
 'A report of the Bahrain News Agency, republished; title as in the page address. It does not give the day the memorandum was signed.'),
('The CSTO Secretary General at the SCO summit of 4 July 2023', 'Collective Security Treaty Organization',
 'https://en.odkb-csto.org/news/news_odkb/generalnyy-sekretar-odkb-18-maya-vstretitsya-s-generalnym-sekretarem-shos/',
 null, null,
 'A page of the CSTO''s news, undated in the stored copy, that carries the notices before and after the SCO''s virtual summit of 4 July 2023; the title here describes the passages read.'),
('First meeting in SCO plus format to be held on July 4 in Astana — Russian President''s aide', 'TASS',
 'https://tass.com/politics/1811375', '2024-07-02', 'DAY', 'Written before the summit, quoting the Kremlin aide Yury Ushakov.'),
('Heads of ten international organizations at the SCO summit in Tianjin (TASS)', 'TASS (republished by infopulsenow.site)',
 'https://infopulsenow.site/news/3458764513826959696', '2025-08-31', 'DAY',
 'A TASS report from Tianjin of 31 August 2025, the day before the summit''s meeting, republished at this address; the tass.com address is not verified here. The title here describes the report.'),
('China''s vice premier meets with ASEAN secretary-general', 'People''s Daily Online (Xinhua)',
 'http://en.people.cn/n3/2025/0831/c90000-20359902.html', '2025-08-31', 'DAY', null),
('ASEAN secretary-general highlights SCO-ASEAN cooperation at SCO Summit 2025', 'People''s Daily Online',
 'http://en.people.cn/n3/2025/0902/c90000-20361242.html', '2025-09-02', 'DAY', null);

-- The eight starts ----------------------------------------------------------------------------------------------
update membership m
set start_date = v.start_date, start_precision = v.precision, note = v.note, version = m.version + 1
from (values
    ('EG', date '2022-09-14', 'DAY', 'Memorandum granting the status signed in Tashkent on 14 September 2022, before the Samarkand summit; the Dushanbe summit of September 2021 had launched the procedure.'),
    ('QA', date '2022-09-14', 'DAY', 'Memorandum granting the status signed in Tashkent on 14 September 2022, before the Samarkand summit; the Dushanbe summit of September 2021 had launched the procedure (Qatar''s ambassador to China counts the status from that summit, 17 September 2021).'),
    ('SA', date '2023-03-01', 'MONTH', 'Memorandum signed at the Samarkand summit in September 2022; approved by the Saudi cabinet in March 2023, when China congratulated Saudi Arabia on becoming a dialogue partner.'),
    ('KW', date '2023-05-01', 'MONTH', 'Memorandum signed at the SCO foreign ministers'' meeting in Goa, 4–5 May 2023; the Samarkand summit of September 2022 had launched the procedure.'),
    ('AE', date '2023-05-01', 'MONTH', 'Memorandum signed at the SCO foreign ministers'' meeting in Goa, 4–5 May 2023; the Samarkand summit of September 2022 had launched the procedure.'),
    ('MV', date '2023-05-01', 'MONTH', 'Memorandum signed at the SCO foreign ministers'' meeting in Goa, 4–5 May 2023; the Samarkand summit of September 2022 had launched the procedure (a Maldivian report of 18 September 2022 already calls the status granted then).'),
    ('MM', date '2023-05-01', 'MONTH', 'Memorandum signed at the SCO foreign ministers'' meeting in Goa, 4–5 May 2023; the Samarkand summit of September 2022 had launched the procedure.'),
    ('BH', date '2023-01-01', 'YEAR', 'Memorandum signed with the SCO Secretary-General in 2023: still expected on 30 March 2023, reported as officially granted on 15 July 2023; the day is not given. The Samarkand summit of September 2022 had launched the procedure.')
) as v(iso, start_date, precision, note)
where m.nation_id = seed_nation(v.iso) and m.organization_id = seed_org('SCO') and m.standing = 'DIALOGUE_PARTNER'
  and m.start_date is null;

insert into citation (source_id, membership_id, quote, accessed)
select seed_src(v.source), m.id, v.quote, date '2026-12-01'
from (values
    ('EG', 'Egypt and Qatar granted status of SCO dialogue partner',
     'Egypt and Qatar have been granted the status of dialogue partner of the Shanghai Cooperation Organization (SCO) following the admission procedure launched in September 2021 at the Dushanbe summit ... "On September 14, 2022, in Tashkent, in preparation for the summit of the Shanghai Cooperation Organization, a ceremony of signing memoranda on granting the status of the SCO dialogue partner to the Arab Republic of Egypt and the State of Qatar was held"'),
    ('QA', 'Egypt and Qatar granted status of SCO dialogue partner',
     'Egypt and Qatar have been granted the status of dialogue partner of the Shanghai Cooperation Organization (SCO) following the admission procedure launched in September 2021 at the Dushanbe summit ... "On September 14, 2022, in Tashkent, in preparation for the summit of the Shanghai Cooperation Organization, a ceremony of signing memoranda on granting the status of the SCO dialogue partner to the Arab Republic of Egypt and the State of Qatar was held"'),
    ('SA', 'Saudi Arabia agrees to join Shanghai Cooperation Organisation as a dialogue partner',
     'Saudi Arabia has agreed to join the Shanghai Cooperation Organisation as a "dialogue partner", state media reported on Wednesday ... The cabinet approved the decision at a meeting on Tuesday chaired by King Salman bin Abdul Aziz ... The move would grant Riyadh "the status of a dialogue partner in the Shanghai Cooperation Organisation"'),
    ('SA', 'China congratulates Saudi Arabia on becoming an SCO dialogue partner',
     'On Wednesday, Saudi King Salman bin Abdulaziz Al Saud approved the memorandum conferring dialogue partner status at the SCO on the kingdom, signed in September 2022 during the SCO summit in Uzbekistan''s Samarkand. "We congratulate Saudi Arabia on becoming a dialogue partner of the SCO."'),
    ('BH', 'China congratulates Saudi Arabia on becoming an SCO dialogue partner',
     'Bahrain, the Maldives, Kuwait, the United Arab Emirates and Myanmar are expected to receive the same status soon.'),
    ('KW', 'SCO adds Kuwait, UAE, Myanmar and Maldives as dialogue partners',
     'Four countries have signed a MoU to join the Shanghai Organisation Corporation (SCO) as Dialogue Partners. This was signed at the end of two day Council of Foreign Ministers meeting under India''s presidency ... the signing the MoU for granting the State of Kuwait the status of a dialogue partner in the organization'),
    ('AE', 'SCO adds Kuwait, UAE, Myanmar and Maldives as dialogue partners',
     'SCO adds Kuwait, UAE, Myanmar and Maldives as dialogue partners ... Four countries have signed a MoU to join the Shanghai Organisation Corporation (SCO) as Dialogue Partners. This was signed at the end of two day Council of Foreign Ministers meeting under India''s presidency'),
    ('AE', 'UAE granted Dialogue Partner Status in Shanghai Cooperation Organisation',
     'The UAE was officially granted Dialogue Partner status on the sidelines of the Council of Foreign Ministers Meeting of the Shanghai Cooperation Organisation (SCO), which took place in the Indian state of Goa.'),
    ('MV', 'SCO adds Kuwait, UAE, Myanmar and Maldives as dialogue partners',
     'SCO adds Kuwait, UAE, Myanmar and Maldives as dialogue partners ... Four countries have signed a MoU to join the Shanghai Organisation Corporation (SCO) as Dialogue Partners. This was signed at the end of two day Council of Foreign Ministers meeting under India''s presidency'),
    ('MM', 'SCO adds Kuwait, UAE, Myanmar and Maldives as dialogue partners',
     'SCO adds Kuwait, UAE, Myanmar and Maldives as dialogue partners ... Four countries have signed a MoU to join the Shanghai Organisation Corporation (SCO) as Dialogue Partners. This was signed at the end of two day Council of Foreign Ministers meeting under India''s presidency'),
    ('BH', 'Bahrain granted the status of SCO dialogue partner',
     'The Kingdom of Bahrain has officially been granted the status dialogue partner in the Shanghai Cooperation Organization (SCO). Bahrain''s Ambassador to the People''s Republic of China Dr. Mohammed Ghassan Mohammed Adnan Sheikho signed a memorandum of understanding in this regard with SCO Secretary General Zhang Ming')
) as v(iso, source, quote)
join membership m on m.nation_id = seed_nation(v.iso) and m.organization_id = seed_org('SCO')
                 and m.standing = 'DIALOGUE_PARTNER' and m.start_date < date '2025-09-01';

-- The heads of organizations -----------------------------------------------------------------------------------
insert into organization (slug, acronym, name, kind)
select v.slug, v.acronym, v.name, v.kind
from (values
    ('csto', 'CSTO', 'Collective Security Treaty Organization', 'MILITARY_ALLIANCE'),
    ('cis', 'CIS', 'Commonwealth of Independent States', 'INTERGOVERNMENTAL_ORGANIZATION'),
    ('asean', 'ASEAN', 'Association of Southeast Asian Nations', 'INTERGOVERNMENTAL_ORGANIZATION')
) as v(slug, acronym, name, kind)
where seed_org(v.acronym) is null;

create temporary table org_head (slug text, name text, sort_name text, nation text, org text, office text,
                                 office_title text) on commit drop;
insert into org_head values
('imangali-tasmagambetov', 'Imangali Tasmagambetov', 'Tasmagambetov, Imangali', 'KZ', 'CSTO', 'secretary-general-of-the-csto',
 'Secretary General of the Collective Security Treaty Organization'),
('sergey-lebedev', 'Sergey Lebedev', 'Lebedev, Sergey', 'RU', 'CIS', 'secretary-general-of-the-cis',
 'Secretary General of the Commonwealth of Independent States'),
('kao-kim-hourn', 'Kao Kim Hourn', 'Kao Kim Hourn', 'KH', 'ASEAN', 'secretary-general-of-asean',
 'Secretary-General of ASEAN');

insert into person (slug, name, sort_name, nationality_id)
select h.slug, h.name, h.sort_name, seed_nation(h.nation)
from org_head h
where seed_leader(h.slug, h.name, h.nation) is null;

insert into office (slug, title, kind, organization_id)
select h.office, h.office_title, 'HEAD_OF_ORGANIZATION', seed_org(h.org)
from org_head h
where seed_office(h.office) is null;

create temporary table org_head_at (summit text, slug text, status text) on commit drop;
insert into org_head_at values
('sco-2023-new-delhi', 'imangali-tasmagambetov', 'ATTENDED'),
('sco-2024-astana', 'imangali-tasmagambetov', 'EXPECTED'),
('sco-2024-astana', 'sergey-lebedev', 'EXPECTED'),
('sco-2025-tianjin', 'sergey-lebedev', 'EXPECTED'),
('sco-2025-tianjin', 'kao-kim-hourn', 'ATTENDED');

insert into attendance (summit_id, person_id, organization_id, office_id, capacity, standing, status)
select seed_summit(t.summit), seed_leader(h.slug, h.name, h.nation), seed_org(h.org), seed_office(h.office),
       'HEAD_OF_ORGANIZATION', 'ORGANIZATION', t.status
from org_head_at t join org_head h on h.slug = t.slug;

insert into citation (source_id, attendance_id, claimed_status, quote, accessed)
select seed_src(v.source), a.id, v.claimed, v.quote, date '2026-12-01'
from (values
    ('sco-2023-new-delhi', 'imangali-tasmagambetov', 'The CSTO Secretary General at the SCO summit of 4 July 2023', 'EXPECTED',
     'On the invitation of the Prime Minister of the Republic of India, the Secretary General of the Collective Security Treaty Organization I. Tasmagambetov will participate in the 23rd plenary meeting of the Shanghai Cooperation Organization member states Council on July 4, 2023, which will be held via videoconferencing.'),
    ('sco-2023-new-delhi', 'imangali-tasmagambetov', 'The CSTO Secretary General at the SCO summit of 4 July 2023', 'ATTENDED',
     'The Secretary General of the Collective Security Treaty Organization Imangali Tasmagambetov took part in the 23 Plenary Meeting of the Shanghai Cooperation Organization, which was chaired by Indian Prime Minister Narendra Modi, on July 4, 2023, via videoconferencing.'),
    ('sco-2024-astana', 'imangali-tasmagambetov', 'First meeting in SCO plus format to be held on July 4 in Astana — Russian President''s aide', 'EXPECTED',
     'According to the Kremlin representative, the meeting will also be attended by UN Secretary-General Antonio Guterres, CSTO Secretary General Imangali Tasmagambetov, CIS Secretary General Sergey Lebedev ...'),
    ('sco-2024-astana', 'sergey-lebedev', 'First meeting in SCO plus format to be held on July 4 in Astana — Russian President''s aide', 'EXPECTED',
     'According to the Kremlin representative, the meeting will also be attended by UN Secretary-General Antonio Guterres, CSTO Secretary General Imangali Tasmagambetov, CIS Secretary General Sergey Lebedev ...'),
    ('sco-2025-tianjin', 'sergey-lebedev', 'Heads of ten international organizations at the SCO summit in Tianjin (TASS)', 'EXPECTED',
     'Apart from the leaders of SCO member states and some other nations, the summit will also involve the heads of ten international organizations, including United Nations Secretary General Antonio Guterres, Commonwealth of Independent States (CIS) Secretary General Sergey Lebedev, and Association of Southeast Asian Nations (ASEAN) Secretary General Kao Kim Hourn.'),
    ('sco-2025-tianjin', 'kao-kim-hourn', 'Heads of ten international organizations at the SCO summit in Tianjin (TASS)', 'EXPECTED',
     'Apart from the leaders of SCO member states and some other nations, the summit will also involve the heads of ten international organizations, including ... Association of Southeast Asian Nations (ASEAN) Secretary General Kao Kim Hourn.'),
    ('sco-2025-tianjin', 'kao-kim-hourn', 'China''s vice premier meets with ASEAN secretary-general', 'EXPECTED',
     'Chinese Vice Premier Zhang Guoqing on Sunday met with Kao Kim Hourn, secretary-general of the Association of Southeast Asian Nations (ASEAN), who is in China to attend the Shanghai Cooperation Organization (SCO) Summit 2025.'),
    ('sco-2025-tianjin', 'kao-kim-hourn', 'ASEAN secretary-general highlights SCO-ASEAN cooperation at SCO Summit 2025', 'ATTENDED',
     'At the 2025 Shanghai Cooperation Organization (SCO) Summit in northern China''s Tianjin, Kao Kim Hourn, secretary-general of the Association of Southeast Asian Nations (ASEAN), sat down for an exclusive interview with People''s Daily Online.')
) as v(summit, slug, source, claimed, quote)
join org_head h on h.slug = v.slug
join attendance a on a.summit_id = seed_summit(v.summit) and a.person_id = seed_leader(h.slug, h.name, h.nation);

select record_seed_revision();
