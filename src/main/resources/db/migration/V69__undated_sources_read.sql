-- Seeded sources without a date, looked up among the stored pages on 1 December 2026. None of the Wikipedia copies
-- found shows a publication or last-edited date, so none gets one; each found gets a citation that quotes the
-- passage read and says when (accessed), which is the access date the model keeps. Where the passage was read in a
-- copy of the article rather than at its address, the source's note names the copy. Sources whose page was not found
-- among the stored pages keep no access date (their generated citations quote nothing): see the README.

-- The summit articles: the stored copies are at the articles' present titles.
update source set title = '2025 Tianjin SCO summit', url = 'https://en.wikipedia.org/wiki/2025_Tianjin_SCO_summit',
       note = 'Undated in the stored copy.', version = version + 1
where title = '2025 SCO summit';
update source set title = '2024 Washington NATO summit', url = 'https://en.wikipedia.org/wiki/2024_Washington_NATO_summit',
       note = 'Undated in the stored copy.', version = version + 1
where title = '2024 Washington summit';
update source set note = 'Undated; read in the copy of the English Wikipedia of July 2025 at https://wiki.tsokiyzan.org/content/wikipedia_en_all_nopic_2025-07/2025_G7_summit.',
       version = version + 1
where title = '51st G7 summit';

insert into citation (source_id, summit_id, quote, accessed)
select seed_src(v.source), seed_summit(v.summit), v.quote, date '2026-12-01'
from (values
    ('2025 Tianjin SCO summit', 'sco-2025-tianjin',
     'The SCO Tianjin Summit 2025 was the 25th Heads of State Council meeting of the Shanghai Cooperation Organization (SCO), which was held from 31 August to 1 September 2025, in Tianjin, China.'),
    ('2024 Washington NATO summit', 'nato-2024-washington',
     'The 2024 Washington summit was the summit of the heads of state and government of the thirty-two members of the North Atlantic Treaty Organization (NATO), their partner countries and the European Union (EU), which took place in Washington, D.C., United States, on 9–11 July 2024.'),
    ('51st G7 summit', 'g7-2025-kananaskis',
     'The 51st G7 summit, the 57th annual meeting of the G7, was held from 16 to 17 June 2025 in Kananaskis, Alberta, Canada.')
) as v(source, summit, quote);

-- The leaders' articles: the generated tenure citations become quoted ones where the infobox read gives the term.
update citation c
set quote = v.quote, accessed = date '2026-12-01', version = c.version + 1
from (values
    ('Kassym-Jomart Tokayev', 'president-of-kazakhstan', date '2019-03-20',
     '2nd President of Kazakhstan. Assumed office 12 June 2019. Acting: 20 March – 12 June 2019'),
    ('Vladimir Putin', 'president-of-russia', date '1999-12-31',
     'President of Russia ... In office 7 May 2000 – 7 May 2008. Acting: 31 December 1999 – 7 May 2000'),
    ('Vladimir Putin', 'president-of-russia', date '2000-05-07',
     'President of Russia ... In office 7 May 2000 – 7 May 2008'),
    ('Vladimir Putin', 'prime-minister-of-russia', date '2008-05-08',
     'Prime Minister of Russia. In office 8 May 2008 – 7 May 2012'),
    ('Vladimir Putin', 'president-of-russia', date '2012-05-07',
     'President of Russia. Assumed office 7 May 2012'),
    ('Shavkat Mirziyoyev', 'president-of-uzbekistan', date '2016-12-14',
     'Office: President of Uzbekistan ... Term Start: 14 December 2016'),
    ('Emomali Rahmon', 'president-of-tajikistan', date '1994-11-16',
     'a Tajik politician who has been serving as 3rd President of Tajikistan since 16 November 1994'),
    ('Sadyr Japarov', 'president-of-kyrgyzstan', date '2021-01-28',
     '6th President of Kyrgyzstan. Assumed office 28 January 2021'),
    ('Ebrahim Raisi', 'president-of-iran', date '2021-08-03',
     'Office: President of Iran ... Term Start: 3 August 2021 - Term End: 19 May 2024'),
    ('Masoud Pezeshkian', 'president-of-iran', date '2024-07-28',
     'Office: President of Iran - Order: 9th - Term Start: 28 July 2024'),
    ('António Guterres', 'secretary-general-of-the-united-nations', date '2017-01-01',
     'Secretary-General of the United Nations. Assumed office 1 January 2017'),
    ('S. Jaishankar', 'minister-of-external-affairs-of-india', date '2019-05-30',
     'Minister of External Affairs. Assumed office 30 May 2019'),
    ('Jens Stoltenberg', 'secretary-general-of-nato', date '2014-10-01',
     'On 28 March 2014, NATO''s North Atlantic Council appointed Stoltenberg as designated successor of Anders Fogh Rasmussen as the 13th Secretary General of NATO and Chairman of the council, effective from 1 October 2014.')
) as v(source, office, start_date, quote), tenure t
where c.source_id = seed_src(v.source) and c.tenure_id = t.id and c.quote is null
  and t.office_id = seed_office(v.office) and t.start_date = v.start_date;

update source s
set note = v.note, version = s.version + 1
from (values
    ('Kassym-Jomart Tokayev', 'Undated; read in a copy of the article at https://wikiwand.com/en/articles/Tokayev.'),
    ('Vladimir Putin', 'Undated; read in a copy of the article at https://worddisk.com/wiki/Vladimir_Putin/.'),
    ('Shavkat Mirziyoyev', 'Undated in the stored copy.'),
    ('Emomali Rahmon', 'Undated; read in the copy of the English Wikipedia of February 2024 at https://kiwix.lema.org/wikipedia_en_all_mini_2024-02/A/Emomali_Rahmon.'),
    ('Sadyr Japarov', 'Undated; read in a copy of the article at https://wiki.alquds.edu/?query=Sadyr_Japarov.'),
    ('Ebrahim Raisi', 'Undated in the stored copy.'),
    ('Masoud Pezeshkian', 'Undated in the stored copy.'),
    ('António Guterres', 'Undated; read in a copy of the article at http://breviceps.net/ant%c3%b3nio_guterres.html.'),
    ('S. Jaishankar', 'Undated; read in a copy of the article at http://movatter.jp/mt/?dark=on&url=http%3A%2F%2Fen.wikipedia.org%2Fwiki%2FS._Jaishankar.'),
    ('Jens Stoltenberg', 'Undated; read in a copy of the article at https://m.global.ssl.fastly.net/Jens_Stoltenberg.')
) as v(source, note)
where s.title = v.source and s.note is null;

select record_seed_revision();
