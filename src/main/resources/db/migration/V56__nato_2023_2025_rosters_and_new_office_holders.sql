-- NATO's Vilnius (2023) and The Hague (2025) summits, as far as the pages read on 1 December 2026 name their
-- delegations; the NATO Secretary General and the U.S. president who took office after the seed; the Washington
-- summit's (2024) outcome citations read from a report. These rosters are partial: the summit pages say how many
-- member delegations are recorded and list the others as not recorded. The Washington summit's member delegations
-- come from the Office of the Historian import, not from here.

insert into source (title, publisher, url, published_on, published_precision, note) values
('NATO leaders start summit meeting in Vilnius', 'LRT', 'https://www.lrt.lt/en/news-in-english/19/2032272/nato-leaders-start-summit-meeting-in-vilnius',
 '2023-07-11', 'DAY', 'Photo report from the summit''s first day; the leaders are named in the captions.'),
('Kovachevski at the NATO summit in Vilnius', 'Vocentar', 'https://vocentar.com/amp/%d1%84%d0%be%d1%82%d0%be-%d0%bf%d1%80%d0%b5%d0%bc%d0%b8%d0%b5%d1%80%d0%be%d1%82-%d0%b4%d0%b8%d0%bc%d0%b8%d1%82%d0%b0%d1%80-%d0%ba%d0%be%d0%b2%d0%b0%d1%87%d0%b5%d0%b2%d1%81%d0%ba%d0%b8-%d0%bf%d1%80',
 null, null, 'In Macedonian; title translated here. Undated in the stored copy; reports the summit''s first day.'),
('Turkish President Erdogan attends NATO summit in US', 'The Istanbul Post (Anadolu)', 'https://theistanbulpost.com/turkish-president-erdogan-attends-nato-summit-in-us',
 null, null, 'Reports the summit session of 10 July 2024; undated in the stored copy.'),
('Former Dutch PM Mark Rutte Takes Over As NATO Chief', 'MENAFN (Azernews)', 'https://menafn.com/1108736531/Former-Dutch-PM-Mark-Rutte-Takes-Over-As-NATO-Chief',
 '2024-10-01', 'DAY', null),
('The inauguration of Donald J. Trump as the 47th president', 'The Siasat Daily', 'https://www.siasat.com/photo-the-inauguration-of-donald-j-trump-as-the-47th-president-3168328/',
 '2025-01-20', 'DAY', 'Title as in the page address; the date is the inauguration''s, which the page reports as that day.'),
('Leaders arrive at Hague summit as NATO chief Rutte flatters Trump', 'New Telegraph (after BBC News)',
 'https://newtelegraphng.com/leaders-arrive-hague-summit-as-nato-chief-rutte-flatters-trump/', '2025-06-25', 'DAY', null),
('NATO Summit begins: the defense spending deal and Trump''s show of strength', 'Protothema', 'https://en.protothema.gr/?p=610365',
 '2025-06-24', 'DAY', 'Written on the summit''s first day, 24 June 2025 (it embeds a post of that day); title as in the mirror at neagreece.gr.');

update source set title = '2023 Vilnius NATO summit', url = 'https://en.wikipedia.org/wiki/2023_Vilnius_NATO_summit'
where title = '2023 Vilnius summit';
update source set title = '2025 The Hague NATO summit', url = 'https://en.wikipedia.org/wiki/2025_The_Hague_NATO_summit'
where title = '2025 The Hague summit';

insert into nation (slug, name, official_name, iso_alpha2, iso_alpha3) values
('australia', 'Australia', 'Commonwealth of Australia', 'AU', 'AUS'),
('new-zealand', 'New Zealand', null, 'NZ', 'NZL'),
('south-korea', 'South Korea', 'Republic of Korea', 'KR', 'KOR'),
('georgia', 'Georgia', null, 'GE', 'GEO'),
('bosnia-and-herzegovina', 'Bosnia and Herzegovina', null, 'BA', 'BIH'),
('moldova', 'Moldova', 'Republic of Moldova', 'MD', 'MDA');

insert into person (slug, name, sort_name, nationality_id) values
('gitanas-nauseda', 'Gitanas Nausėda', 'Nausėda, Gitanas', seed_nation('LT')),
('viktor-orban', 'Viktor Orbán', 'Orbán, Viktor', seed_nation('HU')),
('dimitar-kovachevski', 'Dimitar Kovachevski', 'Kovachevski, Dimitar', seed_nation('MK')),
('donald-trump', 'Donald Trump', 'Trump, Donald', seed_nation('US')),
('mark-rutte', 'Mark Rutte', 'Rutte, Mark', seed_nation('NL')),
('friedrich-merz', 'Friedrich Merz', 'Merz, Friedrich', seed_nation('DE'));

insert into office (slug, title, kind, nation_id, organization_id) values
('president-of-lithuania', 'President of Lithuania', 'HEAD_OF_STATE', seed_nation('LT'), null),
('prime-minister-of-hungary', 'Prime Minister of Hungary', 'HEAD_OF_GOVERNMENT', seed_nation('HU'), null),
('prime-minister-of-north-macedonia', 'Prime Minister of North Macedonia', 'HEAD_OF_GOVERNMENT', seed_nation('MK'), null);

-- New office holders ---------------------------------------------------------------------------------------------
insert into tenure (person_id, office_id, start_date, start_precision, acting) values
(seed_person('mark-rutte'), seed_office('secretary-general-of-nato'), '2024-10-01', 'DAY', false),
(seed_person('donald-trump'), seed_office('president-of-the-united-states'), '2025-01-20', 'DAY', false);
insert into citation (source_id, tenure_id, quote, accessed)
select seed_src(v.source), t.id, v.quote, date '2026-12-01'
from (values
    ('Former Dutch PM Mark Rutte Takes Over As NATO Chief', 'mark-rutte',
     'Former Dutch Prime Minister Mark Rutte has officially become the secretary-general of NATO after a handover ceremony in Brussels ... He takes over from Norway''s Jens Stoltenberg, who has led the alliance since 2014.'),
    ('The inauguration of Donald J. Trump as the 47th president', 'donald-trump',
     'Donald Trump was sworn in as the 47th president of the United States on Monday, January 20 at the US Capitol Rotunda')
) as v(source, person, quote)
join tenure t on t.person_id = seed_person(v.person);
insert into citation (source_id, tenure_id, quote, accessed)
select seed_src('Former Dutch PM Mark Rutte Takes Over As NATO Chief'), t.id,
       'He takes over from Norway''s Jens Stoltenberg, who has led the alliance since 2014.', date '2026-12-01'
from tenure t where t.person_id = seed_person('jens-stoltenberg');

-- Vilnius, 11–12 July 2023 -----------------------------------------------------------------------------------------
insert into attendance (summit_id, person_id, nation_id, organization_id, office_id, capacity, standing, status, note)
select s.id, seed_person(v.person), seed_nation(v.nation), seed_org(v.org), seed_office(v.office),
       v.capacity, v.standing, 'ATTENDED', v.note
from summit s, (values
    ('gitanas-nauseda', 'LT', null, 'president-of-lithuania', 'HOST', 'MEMBER', null),
    ('jens-stoltenberg', null, 'NATO', null, 'HEAD_OF_ORGANIZATION', 'ORGANIZATION', null),
    ('joe-biden', 'US', null, null, 'HEAD_OF_STATE', 'MEMBER', null),
    ('emmanuel-macron', 'FR', null, 'president-of-france', 'HEAD_OF_STATE', 'MEMBER', null),
    ('recep-tayyip-erdogan', 'TR', null, null, 'HEAD_OF_STATE', 'MEMBER', null),
    ('viktor-orban', 'HU', null, 'prime-minister-of-hungary', 'HEAD_OF_GOVERNMENT', 'MEMBER', null),
    ('olaf-scholz', 'DE', null, 'chancellor-of-germany', 'HEAD_OF_GOVERNMENT', 'MEMBER', null),
    ('justin-trudeau', 'CA', null, 'prime-minister-of-canada', 'HEAD_OF_GOVERNMENT', 'MEMBER', null),
    ('rishi-sunak', 'GB', null, 'prime-minister-of-the-united-kingdom', 'HEAD_OF_GOVERNMENT', 'MEMBER', null),
    ('giorgia-meloni', 'IT', null, null, 'HEAD_OF_GOVERNMENT', 'MEMBER', null),
    ('dimitar-kovachevski', 'MK', null, 'prime-minister-of-north-macedonia', 'HEAD_OF_GOVERNMENT', 'MEMBER', null),
    (null, null, 'EU', null, 'HEAD_OF_ORGANIZATION', 'ORGANIZATION', 'The presidents of the European Council and of the European Commission; the source does not name them.'),
    (null, 'AU', null, null, 'GUEST', 'GUEST', null),
    (null, 'JP', null, null, 'GUEST', 'GUEST', null),
    (null, 'NZ', null, null, 'GUEST', 'GUEST', null),
    (null, 'KR', null, null, 'GUEST', 'GUEST', null),
    (null, 'UA', null, null, 'GUEST', 'GUEST', null),
    (null, 'GE', null, null, 'GUEST', 'GUEST', null),
    (null, 'BA', null, null, 'GUEST', 'GUEST', null),
    (null, 'MD', null, null, 'GUEST', 'GUEST', null)
) as v(person, nation, org, office, capacity, standing, note)
where s.slug = 'nato-2023-vilnius';

insert into citation (source_id, attendance_id, claimed_status, quote, accessed)
select seed_src(v.source),
       (select a.id from attendance a join summit s on s.id = a.summit_id
        where s.slug = 'nato-2023-vilnius'
          and (a.person_id = seed_person(v.person)
               or (v.person is null and a.person_id is null
                   and (a.nation_id = seed_nation(v.nation) or a.organization_id = seed_org(v.nation))))),
       'ATTENDED', v.quote, date '2026-12-01'
from (values
    ('NATO leaders start summit meeting in Vilnius', 'gitanas-nauseda', null, 'Before the meeting, Lithuanian President Gitanas Nausėda and NATO Secretary General welcomed NATO country leaders at Litexpo, the exhibition centre where the summit is taking place.'),
    ('NATO leaders start summit meeting in Vilnius', 'jens-stoltenberg', null, 'Gitanas Nausėda, Jens Stoltenberg, and US President Joe Biden'),
    ('NATO leaders start summit meeting in Vilnius', 'joe-biden', null, 'Gitanas Nausėda, Jens Stoltenberg, and US President Joe Biden'),
    ('NATO leaders start summit meeting in Vilnius', 'emmanuel-macron', null, 'Gitanas Nausėda and French President Emmanuel Macron'),
    ('NATO leaders start summit meeting in Vilnius', 'recep-tayyip-erdogan', null, 'Gitanas Nausėda, Jens Stoltenberg, and Turkish President Recep Tayyip Erdoğan'),
    ('NATO leaders start summit meeting in Vilnius', 'viktor-orban', null, 'Gitanas Nausėda, Jens Stoltenberg, and Hungarian Prime Minister Viktor Orbán'),
    ('NATO leaders start summit meeting in Vilnius', 'olaf-scholz', null, 'Gitanas Nausėda, Jens Stoltenberg, and German Chancellor Olaf Scholz'),
    ('NATO leaders start summit meeting in Vilnius', 'justin-trudeau', null, 'Jens Stoltenberg and Canadian Prime Minister Justin Trudeau'),
    ('NATO leaders start summit meeting in Vilnius', 'rishi-sunak', null, 'GItanas Nausėda, Jens Stoltenberg, and UK Prime Minister Rishi Sunak'),
    ('NATO leaders start summit meeting in Vilnius', 'giorgia-meloni', null, 'GItanas Nausėda, Jens Stoltenberg, and Italian Prime Minister Giorgia Meloni'),
    ('Kovachevski at the NATO summit in Vilnius', 'dimitar-kovachevski', null, 'Prime Minister Dimitar Kovachevski was welcomed at the ceremonial reception of the heads of delegations at the NATO Summit in Vilnius today by Lithuanian President Gitanas Nausėda and NATO Secretary General Jens Stoltenberg (translated from Macedonian).'),
    ('Kovachevski at the NATO summit in Vilnius', null, 'EU', 'The summit brought together the representatives of the 31 member countries, heads of state and government of partner countries ... as well as the presidents of the European Council and the European Commission (translated from Macedonian).'),
    ('2023 Vilnius NATO summit', null, 'AU', 'Australia, Japan, New Zealand and South Korea attended the summit to strengthen their ties with NATO'),
    ('2023 Vilnius NATO summit', null, 'JP', 'Australia, Japan, New Zealand and South Korea attended the summit to strengthen their ties with NATO'),
    ('2023 Vilnius NATO summit', null, 'NZ', 'Australia, Japan, New Zealand and South Korea attended the summit to strengthen their ties with NATO'),
    ('2023 Vilnius NATO summit', null, 'KR', 'Australia, Japan, New Zealand and South Korea attended the summit to strengthen their ties with NATO'),
    ('Kovachevski at the NATO summit in Vilnius', null, 'UA', 'heads of state and government of partner countries such as Australia, Ukraine, Georgia, Bosnia and Herzegovina, Moldova, Japan, the Republic of Korea, New Zealand (translated from Macedonian)'),
    ('Kovachevski at the NATO summit in Vilnius', null, 'GE', 'heads of state and government of partner countries such as Australia, Ukraine, Georgia, Bosnia and Herzegovina, Moldova, Japan, the Republic of Korea, New Zealand (translated from Macedonian)'),
    ('Kovachevski at the NATO summit in Vilnius', null, 'BA', 'heads of state and government of partner countries such as Australia, Ukraine, Georgia, Bosnia and Herzegovina, Moldova, Japan, the Republic of Korea, New Zealand (translated from Macedonian)'),
    ('Kovachevski at the NATO summit in Vilnius', null, 'MD', 'heads of state and government of partner countries such as Australia, Ukraine, Georgia, Bosnia and Herzegovina, Moldova, Japan, the Republic of Korea, New Zealand (translated from Macedonian)')
) as v(source, person, nation, quote);

update citation
set quote = 'The 2023 Vilnius summit was the formal meeting of the heads of state and heads of government of the thirty-one members of the North Atlantic Treaty Organization (NATO), their partner countries, and the European Union, held in Vilnius, Lithuania, on 11–12 July 2023.',
    accessed = '2026-12-01'
where source_id = seed_src('2023 Vilnius NATO summit') and summit_id = (select id from summit where slug = 'nato-2023-vilnius');

-- The Hague, 24–25 June 2025 ---------------------------------------------------------------------------------------
insert into attendance (summit_id, person_id, nation_id, organization_id, office_id, capacity, standing, status)
select s.id, seed_person(v.person), seed_nation(v.nation), seed_org(v.org), seed_office(v.office),
       v.capacity, v.standing, v.status
from summit s, (values
    ('mark-rutte', null, 'NATO', null, 'HEAD_OF_ORGANIZATION', 'ORGANIZATION', 'ATTENDED'),
    ('donald-trump', 'US', null, null, 'HEAD_OF_STATE', 'MEMBER', 'ATTENDED'),
    ('recep-tayyip-erdogan', 'TR', null, null, 'HEAD_OF_STATE', 'MEMBER', 'ATTENDED'),
    ('friedrich-merz', 'DE', null, 'chancellor-of-germany', 'HEAD_OF_GOVERNMENT', 'MEMBER', 'ATTENDED'),
    ('emmanuel-macron', 'FR', null, 'president-of-france', 'HEAD_OF_STATE', 'MEMBER', 'ATTENDED'),
    ('volodymyr-zelenskyy', 'UA', null, 'president-of-ukraine', 'HEAD_OF_STATE', 'GUEST', 'ATTENDED'),
    (null, 'NZ', null, null, 'HEAD_OF_GOVERNMENT', 'GUEST', 'ATTENDED'),
    (null, 'JP', null, null, 'GUEST', 'GUEST', 'ATTENDED'),
    (null, 'AU', null, null, 'GUEST', 'GUEST', 'ABSENT'),
    (null, 'KR', null, null, 'GUEST', 'GUEST', 'ABSENT')
) as v(person, nation, org, office, capacity, standing, status)
where s.slug = 'nato-2025-the-hague';

insert into citation (source_id, attendance_id, claimed_status, quote, accessed)
select seed_src(v.source),
       (select a.id from attendance a join summit s on s.id = a.summit_id
        where s.slug = 'nato-2025-the-hague'
          and (a.person_id = seed_person(v.person)
               or (v.person is null and a.person_id is null and a.nation_id = seed_nation(v.nation)))),
       v.status, v.quote, date '2026-12-01'
from (values
    ('2025 The Hague NATO summit', 'mark-rutte', null, 'ATTENDED', 'it marked the inaugural summit for new NATO secretary general Mark Rutte, a former prime minister of the Netherlands and a native of The Hague.'),
    ('2025 The Hague NATO summit', 'donald-trump', null, 'ATTENDED', 'On the sides of the summit, bilateral meetings, including between Donald Trump, US president, and, separately, Volodymyr Zelenskyy, president of Ukraine, and Recep Tayyip Erdoğan, president of Turkey, were held.'),
    ('Leaders arrive at Hague summit as NATO chief Rutte flatters Trump', 'donald-trump', null, 'ATTENDED', 'It is US President Donald Trump’s first NATO summit since 2019 and all 32 leaders are set to commit to spending 5% of national output on defence and related infrastructure.'),
    ('2025 The Hague NATO summit', 'recep-tayyip-erdogan', null, 'ATTENDED', 'On the sides of the summit, bilateral meetings, including between Donald Trump, US president, and, separately, ... Recep Tayyip Erdoğan, president of Turkey, were held.'),
    ('2025 The Hague NATO summit', 'volodymyr-zelenskyy', null, 'ATTENDED', 'On the sides of the summit, bilateral meetings, including between Donald Trump, US president, and, separately, Volodymyr Zelenskyy, president of Ukraine ... were held.'),
    ('Leaders arrive at Hague summit as NATO chief Rutte flatters Trump', 'friedrich-merz', null, 'ATTENDED', 'NATO leaders have arrived in The Hague for a summit hailed by German Chancellor, Friedrich Merz, as historic'),
    ('NATO Summit begins: the defense spending deal and Trump''s show of strength', 'emmanuel-macron', null, 'ATTENDED', 'Emmanuel Macron kissing the hands of Queen Máxima and Princess Amalia (caption from the summit''s first day)'),
    ('2025 The Hague NATO summit', null, 'NZ', 'ATTENDED', 'only the prime minister of New Zealand and Japan''s senior-level delegation represented non-Atlantic partner countries.'),
    ('2025 The Hague NATO summit', null, 'JP', 'ATTENDED', 'only the prime minister of New Zealand and Japan''s senior-level delegation represented non-Atlantic partner countries.'),
    ('2025 The Hague NATO summit', null, 'AU', 'ABSENT', 'While Australia and South Korea were also invited, only the prime minister of New Zealand and Japan''s senior-level delegation represented non-Atlantic partner countries.'),
    ('2025 The Hague NATO summit', null, 'KR', 'ABSENT', 'While Australia and South Korea were also invited, only the prime minister of New Zealand and Japan''s senior-level delegation represented non-Atlantic partner countries.')
) as v(source, person, nation, status, quote);

update citation
set quote = 'The 2025 The Hague summit was a meeting of the heads of state and heads of government of the thirty-two members of the North Atlantic Treaty Organization (NATO), their partner countries, and the European Union (EU). It was held in The Hague, Netherlands, on 24–25 June 2025.',
    accessed = '2026-12-01'
where source_id = seed_src('2025 The Hague NATO summit') and summit_id = (select id from summit where slug = 'nato-2025-the-hague');
update summit set venue = 'World Forum', version = version + 1 where slug = 'nato-2025-the-hague' and venue is null;
insert into citation (source_id, summit_id, quote, accessed)
select seed_src('2025 The Hague NATO summit'), id, 'Venue(s): World Forum', date '2026-12-01'
from summit where slug = 'nato-2025-the-hague';

-- Washington, 9–11 July 2024: the generated outcome citations (the Wikipedia article, no passage) are replaced by
-- the report read.
delete from citation c using attendance a, summit s
where c.attendance_id = a.id and a.summit_id = s.id and s.slug = 'nato-2024-washington'
  and c.source_id = seed_src('2024 Washington summit') and c.quote is null;
insert into citation (source_id, attendance_id, claimed_status, quote, accessed)
select seed_src('Turkish President Erdogan attends NATO summit in US'), seed_att('nato-2024-washington', v.person),
       'ATTENDED', v.quote, date '2026-12-01'
from (values
    ('recep-tayyip-erdogan', 'Turkish President Recep Tayyip Erdogan attended the NATO leaders’ summit in the US on Wednesday.'),
    ('joe-biden', 'Secretary-General Jens Stoltenberg and US President Joe Biden greeted each head of state and government, including Erdogan, as they arrived at the venue for the three-day summit'),
    ('jens-stoltenberg', 'Secretary-General Jens Stoltenberg and US President Joe Biden greeted each head of state and government, including Erdogan, as they arrived at the venue for the three-day summit')
) as v(person, quote);

select assign_attendance_offices();
select record_seed_revision();
