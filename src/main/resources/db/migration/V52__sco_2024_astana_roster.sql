-- The Astana summit's roster completed from the pages that were read (1 December 2026): the Wikipedia article's
-- lists by standing, and the reports of the day. Added: Mongolia (observer), the SCO-Plus guests (Azerbaijan,
-- Qatar, the United Arab Emirates, Turkmenistan) and the SCO's Secretary-General. Each attendee's office at the
-- summit is the one the sources name; where the data holds a tenure for that day, the office comes from it.
-- Not added, for want of a source that names them: the heads of the other international organizations the reports
-- mention without names (CSTO, CIS, Eurasian Economic Commission and others).

insert into source (title, publisher, url, published_on, published_precision, note) values
('SCO summit to convene in Astana, ushering in new era of cooperation', 'News Central Asia',
 'https://www.newscentralasia.net/2024/07/03/sco-summit-to-convene-in-astana-ushering-in-new-era-of-cooperation/',
 '2024-07-03', 'DAY', 'Written before the SCO-Plus meeting of 4 July, quoting the Kremlin aide Yury Ushakov on who would attend it.');

insert into nation (slug, name, official_name, iso_alpha2, iso_alpha3) values
('turkmenistan', 'Turkmenistan', null, 'TM', 'TKM');

insert into person (slug, name, sort_name, nationality_id) values
('ukhnaagiin-khurelsukh', 'Ukhnaagiin Khürelsükh', 'Khürelsükh, Ukhnaagiin', seed_nation('MN')),
('ilham-aliyev', 'Ilham Aliyev', 'Aliyev, Ilham', seed_nation('AZ')),
('tamim-bin-hamad-al-thani', 'Tamim bin Hamad Al Thani', 'Tamim bin Hamad Al Thani', seed_nation('QA')),
('saud-bin-saqr-al-qasimi', 'Saud bin Saqr Al Qasimi', 'Saud bin Saqr Al Qasimi', seed_nation('AE')),
('gurbanguly-berdimuhamedow', 'Gurbanguly Berdimuhamedow', 'Berdimuhamedow, Gurbanguly', seed_nation('TM')),
('zhang-ming', 'Zhang Ming', 'Zhang Ming', null);

insert into person_name (person_id, name, kind) values
(seed_person('gurbanguly-berdimuhamedow'), 'Gurbanguly Berdimuhamedov', 'VARIANT');
insert into citation (source_id, person_name_id, quote, accessed)
select seed_src('SCO summit to convene in Astana, ushering in new era of cooperation'), n.id,
       'Gurbanguly Berdimuhamedov, the National leader of Turkmen people, Chairman of Turkmenistan’s People’s Council',
       date '2026-12-01'
from person_name n where n.person_id = seed_person('gurbanguly-berdimuhamedow') and n.name = 'Gurbanguly Berdimuhamedov';

insert into office (slug, title, kind, nation_id, organization_id) values
('president-of-mongolia', 'President of Mongolia', 'HEAD_OF_STATE', seed_nation('MN'), null),
('president-of-azerbaijan', 'President of Azerbaijan', 'HEAD_OF_STATE', seed_nation('AZ'), null),
('emir-of-qatar', 'Emir of Qatar', 'HEAD_OF_STATE', seed_nation('QA'), null),
('ruler-of-ras-al-khaimah', 'Ruler of Ras Al Khaimah', 'OTHER', seed_nation('AE'), null),
('chairman-of-the-peoples-council-of-turkmenistan', 'Chairman of the People''s Council of Turkmenistan', 'OTHER', seed_nation('TM'), null),
('secretary-general-of-the-sco', 'Secretary-General of the Shanghai Cooperation Organisation', 'HEAD_OF_ORGANIZATION', null, seed_org('SCO'));

insert into attendance (summit_id, person_id, nation_id, organization_id, office_id, capacity, standing, status)
select s.id, seed_person(v.person), seed_nation(v.nation), seed_org(v.org), seed_office(v.office),
       v.capacity, v.standing, 'ATTENDED'
from summit s, (values
    ('ukhnaagiin-khurelsukh', 'MN', null, 'president-of-mongolia', 'HEAD_OF_STATE', 'OBSERVER'),
    ('ilham-aliyev', 'AZ', null, 'president-of-azerbaijan', 'HEAD_OF_STATE', 'DIALOGUE_PARTNER'),
    ('tamim-bin-hamad-al-thani', 'QA', null, 'emir-of-qatar', 'HEAD_OF_STATE', 'DIALOGUE_PARTNER'),
    ('saud-bin-saqr-al-qasimi', 'AE', null, 'ruler-of-ras-al-khaimah', 'ENVOY', 'DIALOGUE_PARTNER'),
    ('gurbanguly-berdimuhamedow', 'TM', null, 'chairman-of-the-peoples-council-of-turkmenistan', 'GUEST', 'GUEST'),
    ('zhang-ming', null, 'SCO', 'secretary-general-of-the-sco', 'HEAD_OF_ORGANIZATION', 'ORGANIZATION')
) as v(person, nation, org, office, capacity, standing)
where s.slug = 'sco-2024-astana';

insert into citation (source_id, attendance_id, claimed_status, quote, accessed)
select seed_src(v.source), seed_att('sco-2024-astana', v.person), 'ATTENDED', v.quote, date '2026-12-01'
from (values
    ('2024 Astana SCO summit', 'ukhnaagiin-khurelsukh', 'Observer states: President of Mongolia Ukhnaagiin Khürelsükh'),
    ('SCO Summit Kicks Off in Astana', 'ukhnaagiin-khurelsukh', '... Mongolia’s President Ukhnaagiin Khürelsükh ... also attend the summit.'),
    ('2024 Astana SCO summit', 'ilham-aliyev', 'Invited guests: President of Azerbaijan Ilham Aliyev'),
    ('SCO Summit Kicks Off in Astana', 'ilham-aliyev', 'President Kassym-Jomart Tokayev has already hosted President of Azerbaijan Ilham Aliyev ...'),
    ('2024 Astana SCO summit', 'tamim-bin-hamad-al-thani', 'Invited guests: Emir of Qatar Tamim bin Hamad Al Thani'),
    ('SCO Summit Kicks Off in Astana', 'tamim-bin-hamad-al-thani', 'President Kassym-Jomart Tokayev has already hosted ... Emir of Qatar, Sheikh Tamim bin Hamad Al Thani ...'),
    ('2024 Astana SCO summit', 'saud-bin-saqr-al-qasimi', 'Invited guests: Ruler of Emirate of Ras Al Khaimah Saud bin Saqr Al Qasimi'),
    ('2024 Astana SCO summit', 'gurbanguly-berdimuhamedow', 'Invited guests: Chairman of People''s Council of Turkmenistan Gurbanguly Berdimuhamedow'),
    ('Day Two of Astana-Hosted SCO Summit Gets Underway', 'gurbanguly-berdimuhamedow', 'This event is being attended by the heads of state and government from various countries including ... Turkmenistan ...'),
    ('Day Two of Astana-Hosted SCO Summit Gets Underway', 'zhang-ming', 'Additionally, SCO Secretary General Zhang Ming and UN Secretary General Antonio Guterres are also in attendance at the summit.')
) as v(source, person, quote);

insert into citation (source_id, attendance_id, claimed_status, quote, accessed)
select seed_src('SCO summit to convene in Astana, ushering in new era of cooperation'), seed_att('sco-2024-astana', v.person),
       'EXPECTED', 'the inaugural “SCO+” meeting will gather leaders from Azerbaijan, Qatar, Mongolia, Türkiye, the ruler of Ras al Khaimah (UAE), and Gurbanguly Berdimuhamedov, the National leader of Turkmen people, Chairman of Turkmenistan’s People’s Council.',
       date '2026-12-01'
from (values ('ilham-aliyev'), ('tamim-bin-hamad-al-thani'), ('ukhnaagiin-khurelsukh'), ('recep-tayyip-erdogan'),
             ('saud-bin-saqr-al-qasimi'), ('gurbanguly-berdimuhamedow')) as v(person);

-- The summit itself, as the Wikipedia article states it.
update citation
set quote    = 'The 2024 SCO summit was the 24th annual summit of heads of state of the Shanghai Cooperation Organisation held between 3 and 4 July 2024 in Astana, Kazakhstan.',
    accessed = '2026-12-01'
where source_id = seed_src('2024 Astana SCO summit') and summit_id = (select id from summit where slug = 'sco-2024-astana');

select record_seed_revision();
