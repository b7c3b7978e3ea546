-- Romania's delegation at the NATO summit in Washington, 9–11 July 2024 (issue 9): the one member the Office of the
-- Historian import does not link to it (its visits file names no Romanian visit for the summit), so the roster showed
-- 31 of 32 even with the import. Read on 1 December 2026: Evenimentul Zilei's report from the summit, which says
-- President Klaus Iohannis took part on Wednesday 10 July; the reports of 5 and 8 July found beside it announce his
-- participation only, and are not used. The person and the office are the seeded ones (seed_leader, seed_office).

insert into source (title, publisher, url, published_on, published_precision, note) values
('Klaus Iohannis, declarații de la summitul NATO: ce mare rol joacă România', 'Evenimentul Zilei (evz.ro)',
 'https://evz.ro/klaus-iohannis-declaratii-de-la-summitul-nato-ce-mare-rol-joaca-romania.html', '2024-07-01', 'MONTH',
 'In Romanian; title as in the page address. The stored copy gives the month; it reports the President at the summit on 10 July 2024.');

insert into attendance (summit_id, person_id, nation_id, office_id, capacity, standing, status)
select seed_summit('nato-2024-washington'), seed_leader('klaus-iohannis', 'Klaus Iohannis', 'RO'), seed_nation('RO'),
       seed_office('president-of-romania'), 'HEAD_OF_STATE', 'MEMBER', 'ATTENDED'
where not exists (select 1 from attendance a
                  where a.summit_id = seed_summit('nato-2024-washington') and a.nation_id = seed_nation('RO')
                    and a.standing = 'MEMBER');

insert into citation (source_id, attendance_id, claimed_status, quote, accessed)
select seed_src('Klaus Iohannis, declarații de la summitul NATO: ce mare rol joacă România'), a.id, 'ATTENDED',
       'Președintele României, Klaus Iohannis, a participat miercuri, 10 iulie, la summitul NATO de la Washington, cu ocazia împlinirii a 75 de ani de la înființarea blocului politico-militar. (The President of Romania, Klaus Iohannis, took part on Wednesday, 10 July, in the NATO summit in Washington, on the 75th anniversary of the founding of the political-military bloc; translated from Romanian.)',
       date '2026-12-01'
from attendance a
where a.summit_id = seed_summit('nato-2024-washington') and a.person_id = seed_leader('klaus-iohannis', 'Klaus Iohannis', 'RO');

select record_seed_revision();
