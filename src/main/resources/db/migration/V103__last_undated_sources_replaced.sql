-- The last two seeded sources with neither a date nor a quoted, access-dated citation (issue 9): the Wikipedia
-- articles "2023 SCO summit" and "Narendra Modi". No stored copy of either article was found on 1 December 2026 (nor
-- by the earlier searches, V69 and V100), so neither can be quoted. The facts they were cited for are cited here from
-- dated reports read on 1 December 2026, with the passage that supports them; then the two articles, which nothing
-- read supports any more, are removed with the citations that quoted nothing.
-- "2023 SCO summit" has cited nothing since V58 moved its one citation (the summit) to The Statesman; the summit's
-- description (under India's chairmanship; Iran joined as a full member) gets a report that says so. "Narendra Modi"
-- was cited, without a passage, for his term as Prime Minister of India since 26 May 2014: two reports, of the day
-- after the oath and of July 2025, give its start and that it ran on unbroken.

insert into source (title, publisher, url, published_on, published_precision, note) values
('PM Modi underlines working together to eliminate terrorism, radicalisation during SCO summit', 'ETV Bharat',
 'https://www.etvbharat.com/english/international/top-news/pm-modi-underlines-working-together-to-eliminate-terrorism-radicalisation-during-sco-summit/na20230704230242294294718',
 date '2023-07-04', 'DAY', 'Title as in the page address.'),
('Narendra Modi takes oath as the 15th Prime Minister of India', 'DNA India (Zee News Bureau)',
 'http://www.dnaindia.com/india/video-narendra-modi-takes-oath-as-the-15th-prime-minister-of-india-1991635',
 date '2014-05-27', 'DAY', null),
('PM Modi becomes India’s second-longest serving premier in uninterrupted tenure', 'News Karnataka',
 'https://newskarnataka.com/india/pm-modi-becomes-indias-second-longest-serving-premier-in-uninterrupted-tenure/25072025',
 date '2025-07-25', 'DAY', 'Title as in the page address; the date is the one in the page address.');

insert into citation (source_id, summit_id, quote, accessed)
select s.id, seed_summit('sco-2023-new-delhi'),
       'In the SCO summit chaired by Prime Minister Narendra Modi, the leaders signed the New Delhi Declaration ... A decision was also taken on completing the procedure for admitting Iran to the Shanghai Cooperation Organisation and granting it the status of an SCO member state',
       date '2026-12-01'
from source s where s.title = 'PM Modi underlines working together to eliminate terrorism, radicalisation during SCO summit'
  and s.publisher = 'ETV Bharat';

insert into citation (source_id, tenure_id, quote, accessed)
select s.id, t.id, v.quote, date '2026-12-01'
from (values
    ('Narendra Modi takes oath as the 15th Prime Minister of India', 'DNA India (Zee News Bureau)',
     'On Monday, May 26, Sri Narendra Damodardas Modi was sworn in as the 15th Prime Minister of the country.'),
    ('PM Modi becomes India’s second-longest serving premier in uninterrupted tenure', 'News Karnataka',
     'Prime Minister Narendra Modi has officially become India’s second-longest consecutively serving PM, completing 4,078 uninterrupted days in office on July 25 ... He took office on May 26, 2014, and was sworn in for a third consecutive term in June 2024.')
) as v(title, publisher, quote)
join source s on s.title = v.title and s.publisher = v.publisher
join tenure t on t.person_id = seed_person('narendra-modi') and t.office_id = seed_office('prime-minister-of-india')
  and t.start_date = date '2014-05-26';

-- The articles' citations quoted nothing; each is removed only where its record has another citation, which now
-- quotes the passage read.
delete from citation c
using source s
where c.source_id = s.id and s.publisher = 'Wikipedia' and s.title in ('2023 SCO summit', 'Narendra Modi')
  and c.quote is null and c.accessed is null
  and exists (select 1 from citation o
              where o.id <> c.id and o.source_id <> c.source_id and o.quote is not null and o.accessed is not null
                and (o.summit_id = c.summit_id or o.tenure_id = c.tenure_id or o.attendance_id = c.attendance_id
                     or o.membership_id = c.membership_id or o.person_id = c.person_id or o.office_id = c.office_id
                     or o.nation_id = c.nation_id or o.organization_id = c.organization_id
                     or o.nation_name_id = c.nation_name_id or o.person_name_id = c.person_name_id));

delete from source s
where s.publisher = 'Wikipedia' and s.title in ('2023 SCO summit', 'Narendra Modi')
  and not exists (select 1 from citation c where c.source_id = s.id);

select record_seed_revision();
