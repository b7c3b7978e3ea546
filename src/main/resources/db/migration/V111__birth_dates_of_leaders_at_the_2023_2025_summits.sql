-- Birth dates of the people at the organization summits of 2023 to 2025 who had none (issue 9), each from a stored
-- page read on 1 December 2026 and cited with the sentence that gives it, as V100, V102 and V107 did. Where the page
-- shows its date it is the source's date; where it does not, the citation's access date stands for it and the note
-- says what the copy shows. Non-English passages are quoted in the original with an English translation in brackets.
--
-- Left empty, because the pages read disagree: Anwar Ibrahim (10 August 1947 in four pages, 20 April 1947 in
-- thefamouspeople.com's profile), Dimitar Glavchev (15 August 1963 in Wikipedia, 15 August 1962 in a copy of an
-- older revision at profilpelajar.com), Lee Hsien Loong (10 February 1952 in copies of Wikipedia, 10 October 1952 in
-- birthdayfamous.com's profile) and Srettha Thavisin (15 February 1962 in Wikipedia, 15 February 1963 in Firstpost and
-- Simple English Wikipedia); and, as before, Ebrahim Raisi, Mohamed Ould Ghazouani, Thongloun Sisoulith, Lee
-- Jae-myung and Zhang Ming (see V100).
--
-- These people come with the Office of the Historian import (its visits files name them at the summits), not with
-- the seed, so the dates are written to the people the import records: a person is found by the slug, or by the
-- same name (accents and case aside) and nationality (seed_leader, as in V70 and V90). No person is created here: the
-- import, which runs after the migrations, matches people by name and would then queue names close to these for an
-- editor's review instead of recording them, which is its own business. On a database the import has not yet filled,
-- each date waits (awaited_birth_date, below) and is written when the import records the person.

create temporary table birth (slug text, born date, title text, publisher text, quote text) on commit drop;
create temporary table named (slug text, name text, sort_name text, nation text) on commit drop;
insert into named values
('christopher-luxon', 'Christopher Luxon', 'Luxon, Christopher', 'NZ'),
('gustavo-petro', 'Gustavo Petro', 'Petro, Gustavo', 'CO'),
('hassanal-bolkiah', 'Hassanal Bolkiah', 'Bolkiah, Hassanal', 'BN'),
('andres-manuel-lopez-obrador', 'Andrés Manuel López Obrador', 'Obrador, Andrés Manuel López', 'MX'),
('antony-john-blinken', 'Antony John Blinken', 'Blinken, Antony John', 'US'),
('binyamin-netanyahu', 'Binyamin Netanyahu', 'Netanyahu, Binyamin', 'IL'),
('bjarni-benediktsson', 'Bjarni Benediktsson', 'Benediktsson, Bjarni', 'IS'),
('dina-boluarte-zegarra', 'Dina Boluarte Zegarra', 'Zegarra, Dina Boluarte', 'PE'),
('gabriel-boric-font', 'Gabriel Boric Font', 'Font, Gabriel Boric', 'CL'),
('hristijan-mickoski', 'Hristijan Mickoski', 'Mickoski, Hristijan', 'MK'),
('james-marape', 'James Marape', 'Marape, James', 'PG'),
('milojko-spajic', 'Milojko Spajić', 'Spajić, Milojko', 'ME'),
('secretary-to-lam', 'Secretary Tô Lâm', 'Secretary Tô Lâm', 'VN'),
('sitiveni-ligamamada-rabuka', 'Sitiveni Ligamamada Rabuka', 'Rabuka, Sitiveni Ligamamada', 'FJ');

insert into birth values
('christopher-luxon', '1970-07-19', 'Christopher Luxon', 'Wikipedia',
 'Christopher Mark Luxon (/ˈlʌksən/; born 19 July 1970) is a New Zealand politician and former business executive who has been serving as the 42nd prime minister of New Zealand since 2023'),
('gustavo-petro', '1960-04-19', 'Gustavo Petro', 'blogen.wiki (Portuguese Wikipedia, in English translation)',
 'Son of professor Gustavo Petro Sierra and Clara Nubia Urrego. He was born on April 19, 1960 in Ciénaga de Oro, Córdoba.'),
('hassanal-bolkiah', '1946-07-15', 'Brunei - Personal background', 'Encyclopedia of the Nations (World Leaders 2003)',
 'Born on 15 July 1946 in Brunei Town (now Bandar Seri Begawan), Hassanal Bolkiah Mu''issaddin Waddautah is the first son of the late Sultan Muda Omar All Si Fidem.'),
('andres-manuel-lopez-obrador', '1953-11-13', 'El nuevo presidente', 'Granma',
 'Este importante político es el primogénito de una extensa familia, quien vino al mundo el 13 de noviembre de 1953 en Tepetitán, estado de Tabasco. (This important politician is the eldest of a large family, born on 13 November 1953 in Tepetitán, in the state of Tabasco; translated from Spanish.)'),
('antony-john-blinken', '1962-04-16', 'Antony Blinken (2021- )', 'Miller Center (University of Virginia)',
 'Antony John Blinken was born on April 16, 1962, in Yonkers, New York.'),
('binyamin-netanyahu', '1949-10-21', 'On this day: Benjamin Netanyahu’s birthday', 'The Jewish Chronicle',
 'October 21 1949: Benjamin Netanyahu is born'),
('bjarni-benediktsson', '1970-01-26', 'Bjarni Benediktsson (born 1970)', 'Wikipedia',
 'Bjarni Benediktsson (/is/; born 26 January 1970), known colloquially as Bjarni Ben, is an Icelandic former politician who served as the prime minister of Iceland from January to November 2017 and again from April to December 2024.'),
('dina-boluarte-zegarra', '1962-05-31', 'Quién es Dina Boluarte, la nueva presidenta peruana', 'la diaria',
 'Dina Boluarte nació el 31 de mayo de 1962 en la localidad de Chalhuanca, en el departamento de Apurímac (Dina Boluarte was born on 31 May 1962 in Chalhuanca, in the department of Apurímac; translated from Spanish.)'),
('gabriel-boric-font', '1986-02-11', 'Gabriel Boric Font', 'World Leaders Forum (Columbia University)',
 'Gabriel Boric Font was born in Punta Arenas, on February 11, 1986, and is the first child of the marriage between María Soledad Font Aguilera and Luis Javier Boric Scarpa.'),
('hristijan-mickoski', '1977-09-29', 'Hristijan Mickoski', 'Wikipedia',
 'Mickoski was born on 29 September 1977 in Skopje, then in Socialist Republic of Macedonia, part of SFR Yugoslavia.'),
('james-marape', '1971-04-24', 'James Marape', 'Wikipedia',
 'James Marape (born 24 April 1971) is a Papua New Guinean politician who has served as the prime minister of Papua New Guinea since May 2019.'),
('milojko-spajic', '1987-09-24', 'Kush është 33-vjeçari Milojko Spajiç, pritet të zëvendësojë Abazoviçin në postin e kryeministrit të Malit të Zi', 'Gazeta Dita',
 'Milojko Spajiç, ka lindur më 24 shtator 1987, në Pljevlja. (Milojko Spajić was born on 24 September 1987 in Pljevlja; translated from Albanian.)'),
('secretary-to-lam', '1957-07-10', 'Chủ tịch nước Tô Lâm được bầu làm Tổng Bí thư', 'VTC News',
 'Tổng Bí thư Tô Lâm sinh ngày 10/7/1957, quê quán xã Nghĩa Trụ, huyện Văn Giang, tỉnh Hưng Yên. (General Secretary Tô Lâm was born on 10 July 1957; his home town is Nghĩa Trụ commune, Văn Giang district, Hưng Yên province; translated from Vietnamese.)'),
('sitiveni-ligamamada-rabuka', '1948-09-13', 'Factbox-Five facts on Fiji''s new Prime Minister Sitiveni Rabuka', 'SaltWire (Reuters)',
 'Born on September 13, 1948, Sitiveni Rabuka resides in Suva but originally came from the village of Drekeniwai, on Vanua Levu, the second-largest island of Fiji.');

create temporary table read_source on commit drop as
select v.title, v.publisher, v.url, v.published_on::date as published_on, v.published_precision, v.note
from (values
('Christopher Luxon', 'Wikipedia', 'https://en.wikipedia.org/wiki/Christopher_Luxon', null, null,
 'Undated in the stored copy; its infobox gives his age as 54, so it was made between 19 July 2024 and 18 July 2025.'),
('Gustavo Petro', 'blogen.wiki (Portuguese Wikipedia, in English translation)', 'https://www.blogen.wiki/blog/pt/Gustavo_Petro',
 '2022-07-06', 'DAY', 'The page shows 6 July 2022; it calls him president-elect.'),
('Brunei - Personal background', 'Encyclopedia of the Nations (World Leaders 2003)',
 'https://www.nationsencyclopedia.com/World-Leaders-2003/Brunei-PERSONAL-BACKGROUND.html', null, null,
 'Undated in the stored copy; from the series World Leaders 2003.'),
('El nuevo presidente', 'Granma', 'http://www.granma.cu/mundo/2018-11-30/el-nuevo-presidente-30-11-2018-20-11-56',
 '2018-11-30', 'DAY', 'In Spanish; title as in the page address. The date is the one in the page address.'),
('Antony Blinken (2021- )', 'Miller Center (University of Virginia)', 'https://millercenter.org/antony-blinken-2021', null, null,
 'Undated in the stored copy; written after he took office as Secretary of State in January 2021.'),
('On this day: Benjamin Netanyahu’s birthday', 'The Jewish Chronicle',
 'http://www.thejc.com/news/on-day/40005/on-day-benjamin-netanyahu%E2%80%99s-birthday', '2010-10-21', 'DAY',
 'By Jennifer Lipman; the page shows 21 October 2010.'),
('Bjarni Benediktsson (born 1970)', 'Wikipedia', 'https://en.wikipedia.org/wiki/Bjarni_Benediktsson_(born_1970)', null, null,
 'Undated in the stored copy; written after his term as leader of the Independence Party ended on 2 March 2025.'),
('Quién es Dina Boluarte, la nueva presidenta peruana', 'la diaria',
 'https://ladiaria.com.uy/mundo/articulo/2022/12/quien-es-dina-boluarte-la-nueva-presidenta-peruana/', '2022-12-01', 'MONTH',
 'In Spanish; title as in the page address. The stored copy gives the month (December 2022), as does the address.'),
('Gabriel Boric Font', 'World Leaders Forum (Columbia University)', 'https://worldleaders.columbia.edu/directory/gabriel-boric-font',
 null, null, 'Undated in the stored copy; it tells of his career up to his election as president.'),
('Hristijan Mickoski', 'Wikipedia', 'https://en.wikipedia.org/wiki/Hristijan_Mickoski', null, null,
 'Undated in the stored copy; written after he became prime minister on 23 June 2024.'),
('James Marape', 'Wikipedia', 'https://en.wikipedia.org/wiki/James_Marape', null, null,
 'Undated in the stored copy; written after his term as foreign minister ended on 18 January 2024.'),
('Kush është 33-vjeçari Milojko Spajiç, pritet të zëvendësojë Abazoviçin në postin e kryeministrit të Malit të Zi', 'Gazeta Dita',
 'https://gazetadita.al/kush-eshte-33-vjecari-milojko-spajic-pritet-te-zevendesoje-abazovic-ne-postin-e-kryeministrit-te-malit-te-zi/',
 '2023-06-01', 'MONTH', 'In Albanian; title as in the page address. The stored copy gives the month (June 2023); it reports the election held the day before, 11 June.'),
('Chủ tịch nước Tô Lâm được bầu làm Tổng Bí thư', 'VTC News', 'https://vtcnews.vn/chu-tich-nuoc-to-lam-duoc-bau-lam-tong-bi-thu-ar887122.html',
 '2024-08-01', 'MONTH', 'In Vietnamese; title as in the page address ("President Tô Lâm elected General Secretary"). The stored copy gives the month (August 2024); it reports the election of 3 August.'),
('Factbox-Five facts on Fiji''s new Prime Minister Sitiveni Rabuka', 'SaltWire (Reuters)',
 'https://www.saltwire.com/nova-scotia/news/factbox-five-facts-on-fijis-new-prime-minister-sitiveni-rabuka-100808953/', null, null,
 'A Reuters factbox by Lucy Craymer and Praveen Menon; undated in the stored copy, written on the day he became prime minister (24 December 2022, "on Friday").')
) as v (title, publisher, url, published_on, published_precision, note);

-- Kept until the person is recorded: each date waits in awaited_birth_date with its source and the passage read,
-- and is written (the source, the date, the citation) when a person it names is recorded, by whoever records
-- them (the import, an editor); then its row goes. So the dates reach a new database too, where the import runs
-- after the migrations, and no source stands uncited meanwhile.
create table awaited_birth_date (
    slug text primary key,
    name text not null,
    nation text not null,
    born date not null,
    title text not null,
    publisher text not null,
    url text not null,
    published_on date,
    published_precision text,
    note text,
    quote text not null
);

insert into awaited_birth_date
select n.slug, n.name, n.nation, b.born, b.title, b.publisher, r.url, r.published_on, r.published_precision, r.note,
       b.quote
from birth b join named n on n.slug = b.slug join read_source r on r.title = b.title and r.publisher = b.publisher;

create function write_awaited_birth_dates() returns void language plpgsql as $$
declare
    awaited record;
    found bigint;
    cited bigint;
begin
    for awaited in select * from awaited_birth_date loop
        found := seed_leader(awaited.slug, awaited.name, awaited.nation);
        continue when found is null;
        if exists (select 1 from person p where p.id = found and p.birth_date is null) then
            insert into source (title, publisher, url, published_on, published_precision, note)
            values (awaited.title, awaited.publisher, awaited.url, awaited.published_on, awaited.published_precision,
                    awaited.note)
            returning id into cited;
            update person p set birth_date = awaited.born where p.id = found;
            insert into citation (source_id, person_id, quote, accessed)
            values (cited, found, awaited.quote, date '2026-12-01');
        end if;
        delete from awaited_birth_date a where a.slug = awaited.slug;
    end loop;
end $$;

create function awaited_birth_dates_on_insert() returns trigger language plpgsql as $$
begin
    if exists (select 1 from awaited_birth_date) then
        perform write_awaited_birth_dates();
    end if;
    return null;
end $$;

create trigger person_awaited_birth_dates after insert on person
    for each statement execute function awaited_birth_dates_on_insert();

select write_awaited_birth_dates();

select record_seed_revision();
