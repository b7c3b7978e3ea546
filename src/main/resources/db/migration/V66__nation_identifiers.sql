-- Identifiers seeded for every nation (issue 9), each from a stored copy read on 1 December 2026 and cited:
-- - ISO 3166-1 numeric codes from the ISO-3166-Countries-with-Regional-Codes data set (its all.csv as of
--   19 June 2024, commit 99cdae1), which its README says is scraped from Wikipedia's ISO 3166-1 article
--   ("Officially assigned code elements") for the alpha and numeric codes; the Wikipedia list itself was read only
--   in its opening rows (004 Afghanistan, 008 Albania, ... 031 Azerbaijan, 032 Argentina, 036 Australia), which agree.
-- - Wikidata ids from Our World in Data's country table (owid-grapher, CountriesRegions.ts, commit c7402d1 of
--   19 November 2022), whose wikidata_uri column names each country's item. Its row for NLD names the Kingdom of
--   the Netherlands (Q29999), the sovereign state that is the NATO and EU member, as the tracker's nation is.
-- Each nation's codes are matched on its ISO 3166-1 alpha-2 code, which both tables carry; the alpha-3 codes agree too.

insert into source (title, publisher, url, published_on, published_precision, note) values
('ISO-3166 Country and Dependent Territories Lists with UN Regional Codes (all.csv)', 'lukes/ISO-3166-Countries-with-Regional-Codes (GitHub)',
 'https://github.com/lukes/ISO-3166-Countries-with-Regional-Codes/blob/99cdae15c839bb4f94a23db4e47b4a4c590dec61/all/all.csv',
 '2024-06-19', 'DAY',
 'Data set scraped from Wikipedia''s ISO 3166-1 article (alpha and numeric codes) and the UN M49 standard, as its README says; dated by its last update (LAST_UPDATED.txt: 2024-06-19).'),
('countries_regions: country codes and Wikidata items (CountriesRegions.ts)', 'Our World in Data (owid-grapher, GitHub)',
 'https://github.com/owid/owid-grapher/blob/c7402d12e25bd1d45f5bd7d66cfc083342a1ed96/packages/@ourworldindata/grapher/src/mapCharts/CountriesRegions.ts',
 '2022-11-19', 'DAY',
 'Our World in Data''s table of countries and regions with their ISO codes and Wikidata item URIs; dated by the commit read.');

create temporary table nation_identifier (iso_alpha2 text, iso_numeric text, wikidata_id text, iso_name text, wikidata_label text)
    on commit drop;
insert into nation_identifier values
('AF', '004', 'Q889', 'Afghanistan', 'Afghanistan'),
('AL', '008', 'Q222', 'Albania', 'Albania'),
('DZ', '012', 'Q262', 'Algeria', 'Algeria'),
('AR', '032', 'Q414', 'Argentina', 'Argentina'),
('AM', '051', 'Q399', 'Armenia', 'Armenia'),
('AU', '036', 'Q408', 'Australia', 'Australia'),
('AT', '040', 'Q40', 'Austria', 'Austria'),
('AZ', '031', 'Q227', 'Azerbaijan', 'Azerbaijan'),
('BH', '048', 'Q398', 'Bahrain', 'Bahrain'),
('BY', '112', 'Q184', 'Belarus', 'Belarus'),
('BE', '056', 'Q31', 'Belgium', 'Belgium'),
('BA', '070', 'Q225', 'Bosnia and Herzegovina', 'Bosnia and Herzegovina'),
('BR', '076', 'Q155', 'Brazil', 'Brazil'),
('BG', '100', 'Q219', 'Bulgaria', 'Bulgaria'),
('KH', '116', 'Q424', 'Cambodia', 'Cambodia'),
('CA', '124', 'Q16', 'Canada', 'Canada'),
('CN', '156', 'Q148', 'China', 'People''s Republic of China'),
('KM', '174', 'Q970', 'Comoros', 'Comoros'),
('CK', '184', 'Q26988', 'Cook Islands', 'Cook Islands'),
('HR', '191', 'Q224', 'Croatia', 'Croatia'),
('CY', '196', 'Q229', 'Cyprus', 'Cyprus'),
('CZ', '203', 'Q213', 'Czechia', 'Czech Republic'),
('DK', '208', 'Q35', 'Denmark', 'Denmark'),
('EG', '818', 'Q79', 'Egypt', 'Egypt'),
('EE', '233', 'Q191', 'Estonia', 'Estonia'),
('FI', '246', 'Q33', 'Finland', 'Finland'),
('FR', '250', 'Q142', 'France', 'France'),
('GE', '268', 'Q230', 'Georgia', 'Georgia'),
('DE', '276', 'Q183', 'Germany', 'Germany'),
('GR', '300', 'Q41', 'Greece', 'Greece'),
('HU', '348', 'Q28', 'Hungary', 'Hungary'),
('IS', '352', 'Q189', 'Iceland', 'Iceland'),
('IN', '356', 'Q668', 'India', 'India'),
('ID', '360', 'Q252', 'Indonesia', 'Indonesia'),
('IR', '364', 'Q794', 'Iran, Islamic Republic of', 'Iran'),
('IE', '372', 'Q27', 'Ireland', 'Ireland'),
('IT', '380', 'Q38', 'Italy', 'Italy'),
('JP', '392', 'Q17', 'Japan', 'Japan'),
('JO', '400', 'Q810', 'Jordan', 'Jordan'),
('KZ', '398', 'Q232', 'Kazakhstan', 'Kazakhstan'),
('KE', '404', 'Q114', 'Kenya', 'Kenya'),
('KW', '414', 'Q817', 'Kuwait', 'Kuwait'),
('KG', '417', 'Q813', 'Kyrgyzstan', 'Kyrgyzstan'),
('LA', '418', 'Q819', 'Lao People''s Democratic Republic', 'Laos'),
('LV', '428', 'Q211', 'Latvia', 'Latvia'),
('LT', '440', 'Q37', 'Lithuania', 'Lithuania'),
('LU', '442', 'Q32', 'Luxembourg', 'Luxembourg'),
('MY', '458', 'Q833', 'Malaysia', 'Malaysia'),
('MV', '462', 'Q826', 'Maldives', 'Maldives'),
('MT', '470', 'Q233', 'Malta', 'Malta'),
('MR', '478', 'Q1025', 'Mauritania', 'Mauritania'),
('MX', '484', 'Q96', 'Mexico', 'Mexico'),
('MD', '498', 'Q217', 'Moldova, Republic of', 'Moldova'),
('MN', '496', 'Q711', 'Mongolia', 'Mongolia'),
('ME', '499', 'Q236', 'Montenegro', 'Montenegro'),
('MM', '104', 'Q836', 'Myanmar', 'Myanmar'),
('NP', '524', 'Q837', 'Nepal', 'Nepal'),
('NL', '528', 'Q29999', 'Netherlands, Kingdom of the', 'Kingdom of the Netherlands'),
('NZ', '554', 'Q664', 'New Zealand', 'New Zealand'),
('MK', '807', 'Q221', 'North Macedonia', 'North Macedonia'),
('NO', '578', 'Q20', 'Norway', 'Norway'),
('PK', '586', 'Q843', 'Pakistan', 'Pakistan'),
('PL', '616', 'Q36', 'Poland', 'Poland'),
('PT', '620', 'Q45', 'Portugal', 'Portugal'),
('QA', '634', 'Q846', 'Qatar', 'Qatar'),
('RO', '642', 'Q218', 'Romania', 'Romania'),
('RU', '643', 'Q159', 'Russian Federation', 'Russia'),
('SA', '682', 'Q851', 'Saudi Arabia', 'Saudi Arabia'),
('SK', '703', 'Q214', 'Slovakia', 'Slovakia'),
('SI', '705', 'Q215', 'Slovenia', 'Slovenia'),
('ZA', '710', 'Q258', 'South Africa', 'South Africa'),
('KR', '410', 'Q884', 'Korea, Republic of', 'South Korea'),
('ES', '724', 'Q29', 'Spain', 'Spain'),
('LK', '144', 'Q854', 'Sri Lanka', 'Sri Lanka'),
('SE', '752', 'Q34', 'Sweden', 'Sweden'),
('TJ', '762', 'Q863', 'Tajikistan', 'Tajikistan'),
('TN', '788', 'Q948', 'Tunisia', 'Tunisia'),
('TR', '792', 'Q43', 'Türkiye', 'Turkey'),
('TM', '795', 'Q874', 'Turkmenistan', 'Turkmenistan'),
('UA', '804', 'Q212', 'Ukraine', 'Ukraine'),
('AE', '784', 'Q878', 'United Arab Emirates', 'United Arab Emirates'),
('GB', '826', 'Q145', 'United Kingdom of Great Britain and Northern Ireland', 'United Kingdom'),
('US', '840', 'Q30', 'United States of America', 'United States of America'),
('UZ', '860', 'Q265', 'Uzbekistan', 'Uzbekistan'),
('VA', '336', 'Q237', 'Holy See', 'Vatican City'),
('VN', '704', 'Q881', 'Viet Nam', 'Vietnam');

update nation n
set iso_numeric = i.iso_numeric, wikidata_id = i.wikidata_id, version = n.version + 1
from nation_identifier i
where i.iso_alpha2 = n.iso_alpha2;

insert into citation (source_id, nation_id, quote, source_revision, accessed)
select seed_src('ISO-3166 Country and Dependent Territories Lists with UN Regional Codes (all.csv)'), n.id,
       'name,alpha-2,alpha-3,country-code: ' || i.iso_name || ',' || n.iso_alpha2 || ',' || n.iso_alpha3 || ',' || i.iso_numeric,
       'commit 99cdae1 (19 June 2024)', date '2026-12-01'
from nation n join nation_identifier i on i.iso_alpha2 = n.iso_alpha2;

insert into citation (source_id, nation_id, quote, source_revision, accessed)
select seed_src('countries_regions: country codes and Wikidata items (CountriesRegions.ts)'), n.id,
       'iso_alpha2 ' || n.iso_alpha2 || ', iso_alpha3 ' || n.iso_alpha3 || ': wikidata_uri http://www.wikidata.org/entity/'
           || i.wikidata_id || ', wikidata_label ' || i.wikidata_label,
       'commit c7402d1 (19 November 2022)', date '2026-12-01'
from nation n join nation_identifier i on i.iso_alpha2 = n.iso_alpha2;

select record_seed_revision();
