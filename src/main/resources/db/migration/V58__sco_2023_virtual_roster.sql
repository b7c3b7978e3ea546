-- The SCO's virtual summit of 4 July 2023, chaired from New Delhi, from the pages read on 1 December 2026. The
-- reports name the leaders of China, Pakistan, Russia and Iran and count "four Central Asian countries"; those four
-- are recorded with the presidents whose tenures (cited) cover the day, as the seed does for leaders the article names
-- only by country. Belarus, Mongolia and Turkmenistan were invited; no report read says who spoke for them, so they
-- are recorded as expected, Mongolia's and Turkmenistan's without a person.

insert into source (title, publisher, url, published_on, published_precision, note) values
('Putin to address meeting chaired by PM Modi at SCO summit', 'The Quint', 'https://www.thequint.com/news/world/putin-to-address-meeting-chaired-by-pm-modi-at-sco-summit',
 '2023-07-04', 'DAY', 'Updated after the summit; title as in the page address.'),
('Putin praises PM Modi before Chinese President Xi Jinping, Pak PM Shehbaz Sharif at SCO', 'The Statesman',
 'https://www.thestatesman.com/world/putin-praises-pm-modi-before-chinese-president-xi-jinping-pak-pm-shehbaz-sharif-at-sco-1503197939.html',
 '2023-07-07', 'DAY', 'Title as in the page address.'),
('Raisi speech at the SCO summit', 'China Radio International (Italian service)', 'https://italian.cri.cn/2023/07/05/ARTIEiGqCBTQauGAQTinTMx6230705.shtml',
 '2023-07-05', 'DAY', 'In Italian; title given here.'),
('PM Modi to chair virtual SCO Summit today with Shehbaz Sharif, Xi Jinping in attendance', 'CanIndia (IANS)',
 'https://www.canindia.com/pm-modi-to-chair-virtual-sco-summit-today-with-shehbaz-sharif-xi-jinping-in-attendance-9/',
 '2023-07-04', 'DAY', 'Written on the morning of the summit; title as in the page address.');

update citation
set source_id = seed_src('Putin praises PM Modi before Chinese President Xi Jinping, Pak PM Shehbaz Sharif at SCO'),
    quote = 'On July 4, 2023, India successfully hosted the Shanghai Cooperation Organization’s virtual summit.',
    accessed = '2026-12-01'
where source_id = seed_src('2023 SCO summit') and summit_id = seed_summit('sco-2023-new-delhi');

insert into attendance (summit_id, person_id, nation_id, capacity, standing, status)
select s.id, seed_person(v.person), seed_nation(v.nation), v.capacity, v.standing, v.status
from summit s, (values
    ('narendra-modi', 'IN', 'HOST', 'MEMBER', 'ATTENDED'),
    ('xi-jinping', 'CN', 'HEAD_OF_STATE', 'MEMBER', 'ATTENDED'),
    ('vladimir-putin', 'RU', 'HEAD_OF_STATE', 'MEMBER', 'ATTENDED'),
    ('shehbaz-sharif', 'PK', 'HEAD_OF_GOVERNMENT', 'MEMBER', 'ATTENDED'),
    ('ebrahim-raisi', 'IR', 'HEAD_OF_GOVERNMENT', 'MEMBER', 'ATTENDED'),
    ('kassym-jomart-tokayev', 'KZ', 'HEAD_OF_STATE', 'MEMBER', 'ATTENDED'),
    ('sadyr-japarov', 'KG', 'HEAD_OF_STATE', 'MEMBER', 'ATTENDED'),
    ('emomali-rahmon', 'TJ', 'HEAD_OF_STATE', 'MEMBER', 'ATTENDED'),
    ('shavkat-mirziyoyev', 'UZ', 'HEAD_OF_STATE', 'MEMBER', 'ATTENDED'),
    ('alexander-lukashenko', 'BY', 'HEAD_OF_STATE', 'ACCEDING', 'EXPECTED'),
    (null, 'MN', 'GUEST', 'OBSERVER', 'EXPECTED'),
    (null, 'TM', 'GUEST', 'GUEST', 'EXPECTED')
) as v(person, nation, capacity, standing, status)
where s.slug = 'sco-2023-new-delhi';

insert into citation (source_id, attendance_id, claimed_status, quote, accessed)
select seed_src(v.source),
       (select a.id from attendance a where a.summit_id = seed_summit('sco-2023-new-delhi')
          and (a.person_id = seed_person(v.person) or (v.person is null and a.person_id is null and a.nation_id = seed_nation(v.nation)))),
       v.status, v.quote, date '2026-12-01'
from (values
    ('Putin to address meeting chaired by PM Modi at SCO summit', 'narendra-modi', null, 'ATTENDED', 'This year''s SCO summit is being chaired by India ... During his address, the Indian Prime Minister called for all SCO member nations to take a stand against terrorism'),
    ('Putin to address meeting chaired by PM Modi at SCO summit', 'vladimir-putin', null, 'ATTENDED', 'Putin virtually joined leaders from China, India, Pakistan and four Central Asian countries virtually for the Shanghai Cooperation Organisation (SCO) summit'),
    ('Putin praises PM Modi before Chinese President Xi Jinping, Pak PM Shehbaz Sharif at SCO', 'xi-jinping', null, 'ATTENDED', 'Putin commended PM Modi in front of Chinese President Xi Jinping and Pakistani Prime Minister Shehbaz Sharif, both of whom were present at the meeting.'),
    ('Putin praises PM Modi before Chinese President Xi Jinping, Pak PM Shehbaz Sharif at SCO', 'shehbaz-sharif', null, 'ATTENDED', 'Putin commended PM Modi in front of Chinese President Xi Jinping and Pakistani Prime Minister Shehbaz Sharif, both of whom were present at the meeting.'),
    ('Raisi speech at the SCO summit', 'ebrahim-raisi', null, 'ATTENDED', 'On 4 July, in a video address to the meeting of the SCO heads of state, the Iranian president, Ebrahim Raisi, said that the SCO is growing (translated from Italian).'),
    ('Putin to address meeting chaired by PM Modi at SCO summit', 'kassym-jomart-tokayev', null, 'ATTENDED', 'Putin virtually joined leaders from China, India, Pakistan and four Central Asian countries'),
    ('Putin to address meeting chaired by PM Modi at SCO summit', 'sadyr-japarov', null, 'ATTENDED', 'Putin virtually joined leaders from China, India, Pakistan and four Central Asian countries'),
    ('Putin to address meeting chaired by PM Modi at SCO summit', 'emomali-rahmon', null, 'ATTENDED', 'Putin virtually joined leaders from China, India, Pakistan and four Central Asian countries'),
    ('Putin to address meeting chaired by PM Modi at SCO summit', 'shavkat-mirziyoyev', null, 'ATTENDED', 'Putin virtually joined leaders from China, India, Pakistan and four Central Asian countries'),
    ('PM Modi to chair virtual SCO Summit today with Shehbaz Sharif, Xi Jinping in attendance', 'kassym-jomart-tokayev', null, 'EXPECTED', 'the virtual summit which will be attended by the other SCO member states including Russia, Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan.'),
    ('PM Modi to chair virtual SCO Summit today with Shehbaz Sharif, Xi Jinping in attendance', 'sadyr-japarov', null, 'EXPECTED', 'the virtual summit which will be attended by the other SCO member states including Russia, Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan.'),
    ('PM Modi to chair virtual SCO Summit today with Shehbaz Sharif, Xi Jinping in attendance', 'emomali-rahmon', null, 'EXPECTED', 'the virtual summit which will be attended by the other SCO member states including Russia, Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan.'),
    ('PM Modi to chair virtual SCO Summit today with Shehbaz Sharif, Xi Jinping in attendance', 'shavkat-mirziyoyev', null, 'EXPECTED', 'the virtual summit which will be attended by the other SCO member states including Russia, Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan.'),
    ('PM Modi to chair virtual SCO Summit today with Shehbaz Sharif, Xi Jinping in attendance', 'alexander-lukashenko', null, 'EXPECTED', 'Other than the member countries, Iran, Belarus and Mongolia have also been invited as Observer States.'),
    ('PM Modi to chair virtual SCO Summit today with Shehbaz Sharif, Xi Jinping in attendance', null, 'MN', 'EXPECTED', 'Other than the member countries, Iran, Belarus and Mongolia have also been invited as Observer States.'),
    ('PM Modi to chair virtual SCO Summit today with Shehbaz Sharif, Xi Jinping in attendance', null, 'TM', 'EXPECTED', 'According to the SCO tradition, Turkmenistan has also been invited as the guest of the Chair.')
) as v(source, person, nation, status, quote);

select assign_attendance_offices();
select record_seed_revision();
