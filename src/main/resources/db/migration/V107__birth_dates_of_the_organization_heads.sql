-- Birth dates of the three heads of international organizations V106 added to the SCO summits, each from a stored
-- page read on 1 December 2026 and cited with the sentence that gives it, as V100 and V102 did for the others. Where
-- the page shows its date it is the source's date; where it does not, the citation's access date stands for it and
-- the note says what the copy shows. Non-English passages are quoted in the original with an English translation in
-- brackets. (Numbered after V106 because the people it dates are created there.)

insert into source (title, publisher, url, published_on, published_precision, note) values
('Imanghali Tasmaghambetow', 'Wikipedia (German)',
 'https://de.wikipedia.org/wiki/Imanghali_Tasmaghambetow',
 null, null, 'Undated; read in the mobile copy at https://de.m.wikipedia.org/wiki/Imanghali_Tasmaghambetow. It tells of his appointment as ambassador to Russia on 3 February 2017, so it was written after that.'),
('Kao Kim Hourn', 'Wikipedia',
 'https://en.wikipedia.org/wiki/Kao_Kim_Hourn',
 null, null, 'Undated in the stored copy; written after he took office as Secretary-General of ASEAN on 1 January 2023.'),
('Генсека СНГ переизбрали на очередной трехлетний период (The CIS Secretary General reappointed for another three-year term)', 'TASS',
 'https://tass.ru/mezhdunarodnaya-panorama/25308881',
 null, null, 'The stored copy is datelined "Dushanbe, 10 October" without a year; it reports his reappointment at the CIS summit in Dushanbe, after the one of 14 October 2022 in Astana that it also mentions.');

create temporary table birth (slug text, born date, title text, publisher text, quote text) on commit drop;
insert into birth values
('imangali-tasmagambetov', '1956-12-09', 'Imanghali Tasmaghambetow', 'Wikipedia (German)',
 'Imanghali Nurghaliuly Tasmaghambetow (kasachisch Иманғали Нұрғалиұлы Тасмағамбетов; russisch Имангали Нургалиевич Тасмагамбетов/Imangali Nurgalijewitsch Tasmagambetow; * 9. Dezember 1956) ist ein kasachischer Politiker. (Imanghali Nurghaliuly Tasmaghambetow (Kazakh Иманғали Нұрғалиұлы Тасмағамбетов; Russian Имангали Нургалиевич Тасмагамбетов/Imangali Nurgalijewitsch Tasmagambetow; born 9 December 1956) is a Kazakh politician; translated from German.)'),
('kao-kim-hourn', '1966-05-28', 'Kao Kim Hourn', 'Wikipedia',
 'Kao Kim Hourn (កៅ គឹមហួន /km/; born 28 May 1966) is a Cambodian diplomat who has served as the Secretary-General of ASEAN since 2023.'),
('sergey-lebedev', '1948-04-09', 'Генсека СНГ переизбрали на очередной трехлетний период (The CIS Secretary General reappointed for another three-year term)', 'TASS',
 'Лебедев родился 9 апреля 1948 года в городе Джизак Узбекской ССР. (Lebedev was born on 9 April 1948 in the town of Jizzakh, Uzbek SSR; translated from Russian.)');

update person p set birth_date = b.born, version = p.version + 1
from birth b where b.slug = p.slug and p.birth_date is null;

insert into citation (source_id, person_id, quote, accessed)
select s.id, seed_person(b.slug), b.quote, date '2026-12-01'
from birth b join source s on s.title = b.title and s.publisher = b.publisher;

select record_seed_revision();
