-- Corrections of seeded facts found wrong when checked against what their sources say (issue 9). Every changed or
-- added fact cites a page that was read, with the passage that supports it and the date the copy was read
-- (citation.accessed). Pages were read on 1 December 2026 through the project's stored copies of public pages.

-- Sources that were read --------------------------------------------------------------------------------------------
insert into source (title, publisher, url, published_on, published_precision, note) values
('SCO Summit Kicks Off in Astana', 'The Astana Times', 'https://astanatimes.com/2024/07/sco-summit-kicks-off-in-astana/',
 '2024-07-04', 'DAY', 'Report from the summit''s second day naming the leaders who attended.'),
('Day Two of Astana-Hosted SCO Summit Gets Underway', 'Sputnik',
 'https://sputnikglobe.com/20240704/day-two-of-astana-hosted-sco-summit-gets-underway-1119239103.html', '2024-07-04', 'DAY',
 'Names the delegations and the heads of organizations attending on the summit''s second day.'),
('Xi Jinping Meets with Russian President Vladimir Putin', 'EIN Presswire',
 'https://www.einpresswire.com/article/727507002/xi-jinping-meets-with-russian-president-vladimir-putin', '2024-07-14', 'DAY',
 'Republishes the Chinese account of the Xi–Putin meeting of 3 July 2024.'),
('Erdoğan invites Putin to Türkiye as two leaders discuss strategic ties', 'Daily Sabah',
 'https://www.dailysabah.com/politics/diplomacy/erdogan-invites-putin-to-turkiye-as-two-leaders-discuss-strategic-ties', '2024-07-03', 'DAY',
 'Title as in the page address.'),
('President of Iran', 'Wikipedia (mirror at turkcebilgi.com)', 'https://english.turkcebilgi.com/President_of_Iran', null, null,
 'A copy of the English Wikipedia article; its revision date is not shown.');

-- The article's address: the Fox News page itself is not among the stored pages; a verbatim republished copy is.
update source
set url  = 'https://technologiesandgadgets.com/?p=135721',
    note = 'Written before the summit opened on 3 July 2024 ("set to meet Wednesday"); with contributions from the Associated Press. Read in a republished copy of the Fox News article at this address (the text matches word for word); the original foxnews.com address is not verified here.'
where title = 'Putin, Xi meet to bolster alliance against West ahead of NATO summit' and url is null;

-- The Wikipedia article on the Astana summit lives at "2024 Astana SCO summit"; that page was read.
update source
set title = '2024 Astana SCO summit', url = 'https://en.wikipedia.org/wiki/2024_Astana_SCO_summit',
    note  = 'Lists the delegations by standing. It names Masoud Pezeshkian for Iran, who took office only on 28 July 2024; the reports of the day name the acting president, Mohammad Mokhber.'
where title = '2024 SCO summit';

-- The two sideline talks of 3 July 2024 happened -------------------------------------------------------------------
update summit
set status = 'HELD', version = version + 1,
    description = 'Xi Jinping and Vladimir Putin met on the evening of 3 July, ahead of the summit session; their second meeting since May.'
where slug = 'xi-putin-2024-astana';
update summit
set status = 'HELD', end_date = '2024-07-03', version = version + 1,
    description = 'Recep Tayyip Erdoğan met Vladimir Putin on 3 July in Astana, where both had come for the SCO summit; Erdoğan invited Putin to Türkiye.'
where slug = 'erdogan-putin-2024-astana';

update attendance set status = 'ATTENDED', version = version + 1
where summit_id in (seed_summit('xi-putin-2024-astana'), seed_summit('erdogan-putin-2024-astana'));

insert into citation (source_id, summit_id, quote, accessed) values
(seed_src('Xi Jinping Meets with Russian President Vladimir Putin'), seed_summit('xi-putin-2024-astana'),
 'On the evening of July 3, 2024 local time, President Xi Jinping met with Russian President Vladimir Putin ahead of the Shanghai Cooperation Organization (SCO) Summit in Astana.', '2026-12-01'),
(seed_src('Erdoğan invites Putin to Türkiye as two leaders discuss strategic ties'), seed_summit('erdogan-putin-2024-astana'),
 'President Recep Tayyip Erdoğan on Wednesday met Russian President Vladimir Putin in Astana, Kazakhstan where two leaders arrived to attend Shanghai Cooperation Summit (SCO).', '2026-12-01');

insert into citation (source_id, attendance_id, claimed_status, quote, accessed)
select seed_src(v.source), seed_att(v.summit, v.person), 'ATTENDED', v.quote, date '2026-12-01'
from (values
    ('Xi Jinping Meets with Russian President Vladimir Putin', 'xi-putin-2024-astana', 'xi-jinping',
     'On the evening of July 3, 2024 local time, President Xi Jinping met with Russian President Vladimir Putin'),
    ('Xi Jinping Meets with Russian President Vladimir Putin', 'xi-putin-2024-astana', 'vladimir-putin',
     'On the evening of July 3, 2024 local time, President Xi Jinping met with Russian President Vladimir Putin'),
    ('Erdoğan invites Putin to Türkiye as two leaders discuss strategic ties', 'erdogan-putin-2024-astana', 'recep-tayyip-erdogan',
     'President Recep Tayyip Erdoğan on Wednesday met Russian President Vladimir Putin in Astana'),
    ('Erdoğan invites Putin to Türkiye as two leaders discuss strategic ties', 'erdogan-putin-2024-astana', 'vladimir-putin',
     'President Recep Tayyip Erdoğan on Wednesday met Russian President Vladimir Putin in Astana')
) as v(source, summit, person, quote);

-- Iran's president heads the government; the Supreme Leader is the head of state -----------------------------------
update office set kind = 'HEAD_OF_GOVERNMENT', version = version + 1 where slug = 'president-of-iran';
insert into citation (source_id, office_id, quote, accessed)
select seed_src('President of Iran'), id,
       'The president of Iran ... is the head of government of the Islamic Republic of Iran. ... The president carries out the decrees, and answers to the Supreme Leader of Iran, who functions as the country''s head of state.',
       date '2026-12-01'
from office where slug = 'president-of-iran';
update attendance a set capacity = 'HEAD_OF_GOVERNMENT', version = a.version + 1
from office o, tenure t
where o.slug = 'president-of-iran' and t.office_id = o.id and t.person_id = a.person_id and a.capacity = 'HEAD_OF_STATE';

-- Notes meant for editors are not facts for readers: the article names these attendees only by country, which the
-- article's citation (its quote) already shows.
update attendance set note = null, version = version + 1 where note = 'The article names only the country.';
update source set note = null where note = 'Outcome of the Astana summit: participants.';

-- Outcome citations of the Astana summit: the generated ones (the Wikipedia article, no passage) are replaced by the
-- passages of the reports that were read, which name each delegation.
delete from citation c using attendance a, summit s
where c.attendance_id = a.id and a.summit_id = s.id and s.slug = 'sco-2024-astana'
  and c.source_id = seed_src('2024 Astana SCO summit') and c.quote is null;

insert into citation (source_id, attendance_id, claimed_status, quote, accessed)
select seed_src(v.source), seed_att('sco-2024-astana', v.person), v.status, v.quote, date '2026-12-01'
from (values
    ('SCO Summit Kicks Off in Astana', 'kassym-jomart-tokayev', 'ATTENDED',
     'The 24th summit of the Council of Heads of State of the Shanghai Cooperation Organization (SCO), chaired by Kazakhstan, commences today ... President Kassym-Jomart Tokayev has already hosted ...'),
    ('SCO Summit Kicks Off in Astana', 'xi-jinping', 'ATTENDED',
     'President Kassym-Jomart Tokayev has already hosted ... the President of China Xi Jinping ...'),
    ('SCO Summit Kicks Off in Astana', 'vladimir-putin', 'ATTENDED',
     'President Kassym-Jomart Tokayev has already hosted ... President of Russia Vladimir Putin.'),
    ('SCO Summit Kicks Off in Astana', 'emomali-rahmon', 'ATTENDED',
     'President Kassym-Jomart Tokayev has already hosted ... President of Tajikistan Emomali Rahmon ...'),
    ('SCO Summit Kicks Off in Astana', 'shavkat-mirziyoyev', 'ATTENDED',
     '... Uzbek President Shavkat Mirziyoyev ... also attend the summit.'),
    ('SCO Summit Kicks Off in Astana', 'alexander-lukashenko', 'ATTENDED',
     '... Belarusian President Aleksandr Lukashenko ... also attend the summit.'),
    ('SCO Summit Kicks Off in Astana', 'mohammad-mokhber', 'ATTENDED',
     '... acting President of Islamic Republic of Iran Mohammad Mokhber ... also attend the summit.'),
    ('SCO Summit Kicks Off in Astana', 'sadyr-japarov', 'ATTENDED',
     '... Kyrgyz President Sadyr Zhaparov ... also attend the summit.'),
    ('SCO Summit Kicks Off in Astana', 'shehbaz-sharif', 'ATTENDED',
     '... Pakistani Prime Minister Shehbaz Sharif ... also attend the summit.'),
    ('SCO Summit Kicks Off in Astana', 's-jaishankar', 'ATTENDED',
     '... India''s External Affairs Minister Subrahmanyam Jaishankar also attend the summit.'),
    ('SCO Summit Kicks Off in Astana', 'narendra-modi', 'ABSENT',
     'India was represented by its External Affairs Minister: "... and India''s External Affairs Minister Subrahmanyam Jaishankar also attend the summit."'),
    ('SCO Summit Kicks Off in Astana', 'recep-tayyip-erdogan', 'ATTENDED',
     'Turkish President Recep Tayyip Erdogan ... also attend the summit.'),
    ('Day Two of Astana-Hosted SCO Summit Gets Underway', 'antonio-guterres', 'ATTENDED',
     'Additionally, SCO Secretary General Zhang Ming and UN Secretary General Antonio Guterres are also in attendance at the summit.')
) as v(source, person, status, quote);

select record_seed_revision();
