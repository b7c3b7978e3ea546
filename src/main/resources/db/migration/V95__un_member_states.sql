-- The United Nations' 193 member states with the day each was admitted (issue 9), from lists read on 1 December 2026:
-- - "Countries in ONU" (onofreicl/ethos on GitHub, docs/empathy/countries.md, commit 14c796c): all 193, in the UN's
--   names (Bolivia (Plurinational State of), Türkiye, Netherlands (Kingdom of the)), each with its date of admission
--   as day-month-year.
-- - gino CMS's table of nations (otto-torino/gino on GitHub, dbgino.sql, commit 01fa1a2, dumped 10 December 2013):
--   192 members (no South Sudan) with the date each joined the UN (its "onu" column). Read independently, it gives
--   the same day for 191 of the 192; the one difference is Thailand (15-12-1946 in the first, 1946-12-16 here).
-- - The UN's own list of 2006 as transcribed on Wikisource, page 6 (Sweden to Zimbabwe): Thailand 16 December 1946,
--   so Thailand's row takes that day and does not cite the list that disagrees (its note says so). Its other rows on
--   that page agree with both lists and are cited too.
-- - South Sudan's admission on 14 July 2011, and the total of 193, from the Wikisource talk page of that list.
-- Every row cites the rows it was read from. The nations not yet recorded (members that no summit or organization
-- here named before) are added with their ISO 3166-1 codes and Wikidata ids from the two data sets V66 read (the
-- ISO-3166 all.csv, commit 99cdae1, and Our World in Data's CountriesRegions.ts, commit c7402d1), each cited with
-- its row as V66 does; their slug and name are the ones the Office of the Historian import keys them by
-- (historian/countries.tsv), so the import reuses them, and a nation it already created (same ISO code, slug or
-- name) is reused here, never typed twice.

insert into source (title, publisher, url, published_on, published_precision, note) values
('Countries in ONU (docs/empathy/countries.md)', 'onofreicl/ethos (GitHub)',
 'https://github.com/onofreicl/ethos/blob/14c796c0d9e679f6b62ea1aebd5cb519bdfe9baf/docs/empathy/countries.md', null, null,
 'A list of the 193 member states of the United Nations ("Total: 193") in the UN''s names, each with its date of admission as day-month-year; undated in the copy read (commit 14c796c).'),
('dbgino.sql: table nation (column onu)', 'otto-torino/gino (GitHub)',
 'https://github.com/otto-torino/gino/blob/01fa1a2412b3c2458689060f334eb9b186fd973f/dbgino.sql', '2013-12-10', 'DAY',
 'The gino CMS''s database dump (its header: "Generation Time: Dec 10, 2013"); its table nation holds 192 UN members with their names in Italian, English and French and the date each joined the UN (column onu). It has no South Sudan and uses older names (Libyan Arab Jamahiriya, Swaziland, The former Yugoslav Republic of Macedonia).'),
('Page:UNITED NATIONS MEMBER STATES.djvu/6', 'Wikisource',
 'https://en.wikisource.org/wiki/Page:UNITED_NATIONS_MEMBER_STATES.djvu/6', null, null,
 'A validated transcription of the last page (Sweden to Zimbabwe, "Member / Date of Admission") of the United Nations'' list of its member states of 2006; undated in the stored copy.'),
('Talk:United Nations Member States (2006)', 'Wikisource',
 'https://en.wikisource.org/wiki/Talk:United_Nations_Member_States_(2006)', null, null,
 'The talk page of the transcription of the United Nations'' list of 2006 (source: "United Nations Press Release United Nations Member States"); undated in the stored copy.');

create temporary table un_member (iso_alpha2 text, iso_alpha3 text, iso_numeric text, wikidata_id text, iso_name text,
    wikidata_label text, slug text, name text, un_name text, un_date text, admitted date, gino_name text, gino_date text,
    page6 text) on commit drop;
insert into un_member values
('AF', 'AFG', '004', 'Q889', 'Afghanistan', 'Afghanistan', 'afghanistan', 'Afghanistan', 'Afghanistan', '19-11-1946', date '1946-11-19', 'Afghanistan', '1946-11-19', null),
('AL', 'ALB', '008', 'Q222', 'Albania', 'Albania', 'albania', 'Albania', 'Albania', '14-12-1955', date '1955-12-14', 'Albania', '1955-12-14', null),
('DZ', 'DZA', '012', 'Q262', 'Algeria', 'Algeria', 'algeria', 'Algeria', 'Algeria', '08-10-1962', date '1962-10-08', 'Algeria', '1962-10-08', null),
('AD', 'AND', '020', 'Q228', 'Andorra', 'Andorra', 'andorra', 'Andorra', 'Andorra', '28-07-1993', date '1993-07-28', 'Andorra', '1993-07-28', null),
('AO', 'AGO', '024', 'Q916', 'Angola', 'Angola', 'angola', 'Angola', 'Angola', '01-12-1976', date '1976-12-01', 'Angola', '1976-12-01', null),
('AG', 'ATG', '028', 'Q781', 'Antigua and Barbuda', 'Antigua and Barbuda', 'antigua-and-barbuda', 'Antigua and Barbuda', 'Antigua and Barbuda', '11-11-1981', date '1981-11-11', 'Antigua and Barbuda', '1981-11-11', null),
('AR', 'ARG', '032', 'Q414', 'Argentina', 'Argentina', 'argentina', 'Argentina', 'Argentina', '24-10-1945', date '1945-10-24', 'Argentina', '1945-10-24', null),
('AM', 'ARM', '051', 'Q399', 'Armenia', 'Armenia', 'armenia', 'Armenia', 'Armenia', '02-03-1992', date '1992-03-02', 'Armenia', '1992-03-02', null),
('AU', 'AUS', '036', 'Q408', 'Australia', 'Australia', 'australia', 'Australia', 'Australia', '01-11-1945', date '1945-11-01', 'Australia', '1945-11-01', null),
('AT', 'AUT', '040', 'Q40', 'Austria', 'Austria', 'austria', 'Austria', 'Austria', '14-12-1955', date '1955-12-14', 'Austria', '1955-12-14', null),
('AZ', 'AZE', '031', 'Q227', 'Azerbaijan', 'Azerbaijan', 'azerbaijan', 'Azerbaijan', 'Azerbaijan', '02-03-1992', date '1992-03-02', 'Azerbaijan', '1992-03-02', null),
('BS', 'BHS', '044', 'Q778', 'Bahamas', 'The Bahamas', 'bahamas', 'Bahamas', 'Bahamas (The)', '18-09-1973', date '1973-09-18', 'Bahamas', '1973-09-18', null),
('BH', 'BHR', '048', 'Q398', 'Bahrain', 'Bahrain', 'bahrain', 'Bahrain', 'Bahrain', '21-09-1971', date '1971-09-21', 'Bahrain', '1971-09-21', null),
('BD', 'BGD', '050', 'Q902', 'Bangladesh', 'Bangladesh', 'bangladesh', 'Bangladesh', 'Bangladesh', '17-09-1974', date '1974-09-17', 'Bangladesh', '1974-09-17', null),
('BB', 'BRB', '052', 'Q244', 'Barbados', 'Barbados', 'barbados', 'Barbados', 'Barbados', '09-12-1966', date '1966-12-09', 'Barbados', '1966-12-09', null),
('BY', 'BLR', '112', 'Q184', 'Belarus', 'Belarus', 'belarus', 'Belarus', 'Belarus', '24-10-1945', date '1945-10-24', 'Belarus', '1945-10-24', null),
('BE', 'BEL', '056', 'Q31', 'Belgium', 'Belgium', 'belgium', 'Belgium', 'Belgium', '27-12-1945', date '1945-12-27', 'Belgium', '1945-12-27', null),
('BZ', 'BLZ', '084', 'Q242', 'Belize', 'Belize', 'belize', 'Belize', 'Belize', '25-09-1981', date '1981-09-25', 'Belize', '1981-09-25', null),
('BJ', 'BEN', '204', 'Q962', 'Benin', 'Benin', 'benin', 'Benin', 'Benin', '20-09-1960', date '1960-09-20', 'Benin', '1960-09-20', null),
('BT', 'BTN', '064', 'Q917', 'Bhutan', 'Bhutan', 'bhutan', 'Bhutan', 'Bhutan', '21-09-1971', date '1971-09-21', 'Bhutan', '1971-09-21', null),
('BO', 'BOL', '068', 'Q750', 'Bolivia, Plurinational State of', 'Bolivia', 'bolivia', 'Bolivia', 'Bolivia (Plurinational State of)', '14-11-1945', date '1945-11-14', 'Bolivia', '1945-11-14', null),
('BA', 'BIH', '070', 'Q225', 'Bosnia and Herzegovina', 'Bosnia and Herzegovina', 'bosnia-and-herzegovina', 'Bosnia and Herzegovina', 'Bosnia and Herzegovina', '22-05-1992', date '1992-05-22', 'Bosnia and Herzegovina', '1992-05-22', null),
('BW', 'BWA', '072', 'Q963', 'Botswana', 'Botswana', 'botswana', 'Botswana', 'Botswana', '17-10-1966', date '1966-10-17', 'Botswana', '1966-10-17', null),
('BR', 'BRA', '076', 'Q155', 'Brazil', 'Brazil', 'brazil', 'Brazil', 'Brazil', '24-10-1945', date '1945-10-24', 'Brazil', '1945-10-24', null),
('BN', 'BRN', '096', 'Q921', 'Brunei Darussalam', 'Brunei', 'brunei', 'Brunei', 'Brunei Darussalam', '21-09-1984', date '1984-09-21', 'Brunei Darussalam', '1984-09-21', null),
('BG', 'BGR', '100', 'Q219', 'Bulgaria', 'Bulgaria', 'bulgaria', 'Bulgaria', 'Bulgaria', '14-12-1955', date '1955-12-14', 'Bulgaria', '1955-12-14', null),
('BF', 'BFA', '854', 'Q965', 'Burkina Faso', 'Burkina Faso', 'burkina-faso', 'Burkina Faso', 'Burkina Faso', '20-09-1960', date '1960-09-20', 'Burkina Faso', '1960-09-20', null),
('BI', 'BDI', '108', 'Q967', 'Burundi', 'Burundi', 'burundi', 'Burundi', 'Burundi', '18-09-1962', date '1962-09-18', 'Burundi', '1962-09-18', null),
('CV', 'CPV', '132', 'Q1011', 'Cabo Verde', 'Cape Verde', 'cape-verde', 'Cape Verde', 'Cabo Verde', '16-09-1975', date '1975-09-16', 'Cape Verde', '1975-09-16', null),
('KH', 'KHM', '116', 'Q424', 'Cambodia', 'Cambodia', 'cambodia', 'Cambodia', 'Cambodia', '14-12-1955', date '1955-12-14', 'Cambodia', '1955-12-14', null),
('CM', 'CMR', '120', 'Q1009', 'Cameroon', 'Cameroon', 'cameroon', 'Cameroon', 'Cameroon', '20-09-1960', date '1960-09-20', 'Cameroon', '1960-09-20', null),
('CA', 'CAN', '124', 'Q16', 'Canada', 'Canada', 'canada', 'Canada', 'Canada', '09-11-1945', date '1945-11-09', 'Canada', '1945-11-09', null),
('CF', 'CAF', '140', 'Q929', 'Central African Republic', 'Central African Republic', 'central-african-republic', 'Central African Republic', 'Central African Republic', '20-09-1960', date '1960-09-20', 'Central African Republic', '1960-09-20', null),
('TD', 'TCD', '148', 'Q657', 'Chad', 'Chad', 'chad', 'Chad', 'Chad', '20-09-1960', date '1960-09-20', 'Chad', '1960-09-20', null),
('CL', 'CHL', '152', 'Q298', 'Chile', 'Chile', 'chile', 'Chile', 'Chile', '24-10-1945', date '1945-10-24', 'Chile', '1945-10-24', null),
('CN', 'CHN', '156', 'Q148', 'China', 'People''s Republic of China', 'china', 'China', 'China', '24-10-1945', date '1945-10-24', 'China', '1945-10-24', null),
('CO', 'COL', '170', 'Q739', 'Colombia', 'Colombia', 'colombia', 'Colombia', 'Colombia', '05-11-1945', date '1945-11-05', 'Colombia', '1945-11-05', null),
('KM', 'COM', '174', 'Q970', 'Comoros', 'Comoros', 'comoros', 'Comoros', 'Comoros', '12-11-1975', date '1975-11-12', 'Comoros', '1975-11-12', null),
('CG', 'COG', '178', 'Q971', 'Congo', 'Republic of the Congo', 'republic-of-the-congo', 'Republic of the Congo', 'Congo', '20-09-1960', date '1960-09-20', 'Congo (Republic of the)', '1960-09-20', null),
('CR', 'CRI', '188', 'Q800', 'Costa Rica', 'Costa Rica', 'costa-rica', 'Costa Rica', 'Costa Rica', '02-11-1945', date '1945-11-02', 'Costa Rica', '1945-11-02', null),
('CI', 'CIV', '384', 'Q1008', 'Côte d''Ivoire', 'Ivory Coast', 'cote-divoire', 'Côte d''Ivoire', 'Côte D''Ivoire', '20-09-1960', date '1960-09-20', 'Côte d''Ivoire', '1960-09-20', null),
('HR', 'HRV', '191', 'Q224', 'Croatia', 'Croatia', 'croatia', 'Croatia', 'Croatia', '22-05-1992', date '1992-05-22', 'Croatia', '1992-05-22', null),
('CU', 'CUB', '192', 'Q241', 'Cuba', 'Cuba', 'cuba', 'Cuba', 'Cuba', '24-10-1945', date '1945-10-24', 'Cuba', '1945-10-24', null),
('CY', 'CYP', '196', 'Q229', 'Cyprus', 'Cyprus', 'cyprus', 'Cyprus', 'Cyprus', '20-09-1960', date '1960-09-20', 'Cyprus', '1960-09-20', null),
('CZ', 'CZE', '203', 'Q213', 'Czechia', 'Czech Republic', 'czech-republic', 'Czech Republic', 'Czechia', '19-01-1993', date '1993-01-19', 'Czech Republic', '1993-01-19', null),
('KP', 'PRK', '408', 'Q423', 'Korea, Democratic People''s Republic of', 'North Korea', 'north-korea', 'North Korea', 'Democratic People''s Republic of Korea', '17-09-1991', date '1991-09-17', 'Democratic People''s Republic of Korea', '1991-09-17', null),
('CD', 'COD', '180', 'Q974', 'Congo, Democratic Republic of the', 'Democratic Republic of the Congo', 'democratic-republic-of-the-congo', 'Democratic Republic of the Congo', 'Democratic Republic of the Congo', '20-09-1960', date '1960-09-20', 'Democratic Republic of the Congo', '1960-09-20', null),
('DK', 'DNK', '208', 'Q35', 'Denmark', 'Denmark', 'denmark', 'Denmark', 'Denmark', '24-10-1945', date '1945-10-24', 'Denmark', '1945-10-24', null),
('DJ', 'DJI', '262', 'Q977', 'Djibouti', 'Djibouti', 'djibouti', 'Djibouti', 'Djibouti', '20-09-1977', date '1977-09-20', 'Djibouti', '1977-09-20', null),
('DM', 'DMA', '212', 'Q784', 'Dominica', 'Dominica', 'dominica', 'Dominica', 'Dominica', '18-12-1978', date '1978-12-18', 'Dominica', '1978-12-18', null),
('DO', 'DOM', '214', 'Q786', 'Dominican Republic', 'Dominican Republic', 'dominican-republic', 'Dominican Republic', 'Dominican Republic', '24-10-1945', date '1945-10-24', 'Dominican Republic', '1945-10-24', null),
('EC', 'ECU', '218', 'Q736', 'Ecuador', 'Ecuador', 'ecuador', 'Ecuador', 'Ecuador', '21-12-1945', date '1945-12-21', 'Ecuador', '1945-12-21', null),
('EG', 'EGY', '818', 'Q79', 'Egypt', 'Egypt', 'egypt', 'Egypt', 'Egypt', '24-10-1945', date '1945-10-24', 'Egypt', '1945-10-24', null),
('SV', 'SLV', '222', 'Q792', 'El Salvador', 'El Salvador', 'el-salvador', 'El Salvador', 'El Salvador', '24-10-1945', date '1945-10-24', 'El Salvador', '1945-10-24', null),
('GQ', 'GNQ', '226', 'Q983', 'Equatorial Guinea', 'Equatorial Guinea', 'equatorial-guinea', 'Equatorial Guinea', 'Equatorial Guinea', '12-11-1968', date '1968-11-12', 'Equatorial Guinea', '1968-11-12', null),
('ER', 'ERI', '232', 'Q986', 'Eritrea', 'Eritrea', 'eritrea', 'Eritrea', 'Eritrea', '28-05-1993', date '1993-05-28', 'Eritrea', '1993-05-28', null),
('EE', 'EST', '233', 'Q191', 'Estonia', 'Estonia', 'estonia', 'Estonia', 'Estonia', '17-09-1991', date '1991-09-17', 'Estonia', '1991-09-17', null),
('SZ', 'SWZ', '748', 'Q1050', 'Eswatini', 'Eswatini', 'eswatini', 'Eswatini', 'Eswatini', '24-09-1968', date '1968-09-24', 'Swaziland', '1968-09-24', null),
('ET', 'ETH', '231', 'Q115', 'Ethiopia', 'Ethiopia', 'ethiopia', 'Ethiopia', 'Ethiopia', '13-11-1945', date '1945-11-13', 'Ethiopia', '1945-11-13', null),
('FJ', 'FJI', '242', 'Q712', 'Fiji', 'Fiji', 'fiji', 'Fiji', 'Fiji', '13-10-1970', date '1970-10-13', 'Fiji', '1970-10-13', null),
('FI', 'FIN', '246', 'Q33', 'Finland', 'Finland', 'finland', 'Finland', 'Finland', '14-12-1955', date '1955-12-14', 'Finland', '1955-12-14', null),
('FR', 'FRA', '250', 'Q142', 'France', 'France', 'france', 'France', 'France', '24-10-1945', date '1945-10-24', 'France', '1945-10-24', null),
('GA', 'GAB', '266', 'Q1000', 'Gabon', 'Gabon', 'gabon', 'Gabon', 'Gabon', '20-09-1960', date '1960-09-20', 'Gabon', '1960-09-20', null),
('GM', 'GMB', '270', 'Q1005', 'Gambia', 'The Gambia', 'gambia', 'The Gambia', 'Gambia (Republic of The)', '21-09-1965', date '1965-09-21', 'Gambia', '1965-09-21', null),
('GE', 'GEO', '268', 'Q230', 'Georgia', 'Georgia', 'georgia', 'Georgia', 'Georgia', '31-07-1992', date '1992-07-31', 'Georgia', '1992-07-31', null),
('DE', 'DEU', '276', 'Q183', 'Germany', 'Germany', 'germany', 'Germany', 'Germany', '18-09-1973', date '1973-09-18', 'Germany', '1973-09-18', null),
('GH', 'GHA', '288', 'Q117', 'Ghana', 'Ghana', 'ghana', 'Ghana', 'Ghana', '08-03-1957', date '1957-03-08', 'Ghana', '1957-03-08', null),
('GR', 'GRC', '300', 'Q41', 'Greece', 'Greece', 'greece', 'Greece', 'Greece', '25-10-1945', date '1945-10-25', 'Greece', '1945-10-25', null),
('GD', 'GRD', '308', 'Q769', 'Grenada', 'Grenada', 'grenada', 'Grenada', 'Grenada', '17-09-1974', date '1974-09-17', 'Grenada', '1974-09-17', null),
('GT', 'GTM', '320', 'Q774', 'Guatemala', 'Guatemala', 'guatemala', 'Guatemala', 'Guatemala', '21-11-1945', date '1945-11-21', 'Guatemala', '1945-11-21', null),
('GN', 'GIN', '324', 'Q1006', 'Guinea', 'Guinea', 'guinea', 'Guinea', 'Guinea', '12-12-1958', date '1958-12-12', 'Guinea', '1958-12-12', null),
('GW', 'GNB', '624', 'Q1007', 'Guinea-Bissau', 'Guinea-Bissau', 'guinea-bissau', 'Guinea-Bissau', 'Guinea Bissau', '17-09-1974', date '1974-09-17', 'Guinea-Bissau', '1974-09-17', null),
('GY', 'GUY', '328', 'Q734', 'Guyana', 'Guyana', 'guyana', 'Guyana', 'Guyana', '20-09-1966', date '1966-09-20', 'Guyana', '1966-09-20', null),
('HT', 'HTI', '332', 'Q790', 'Haiti', 'Haiti', 'haiti', 'Haiti', 'Haiti', '24-10-1945', date '1945-10-24', 'Haiti', '1945-10-24', null),
('HN', 'HND', '340', 'Q783', 'Honduras', 'Honduras', 'honduras', 'Honduras', 'Honduras', '17-12-1945', date '1945-12-17', 'Honduras', '1945-12-17', null),
('HU', 'HUN', '348', 'Q28', 'Hungary', 'Hungary', 'hungary', 'Hungary', 'Hungary', '14-12-1955', date '1955-12-14', 'Hungary', '1955-12-14', null),
('IS', 'ISL', '352', 'Q189', 'Iceland', 'Iceland', 'iceland', 'Iceland', 'Iceland', '19-11-1946', date '1946-11-19', 'Iceland', '1946-11-19', null),
('IN', 'IND', '356', 'Q668', 'India', 'India', 'india', 'India', 'India', '30-10-1945', date '1945-10-30', 'India', '1945-10-30', null),
('ID', 'IDN', '360', 'Q252', 'Indonesia', 'Indonesia', 'indonesia', 'Indonesia', 'Indonesia', '28-09-1950', date '1950-09-28', 'Indonesia', '1950-09-28', null),
('IR', 'IRN', '364', 'Q794', 'Iran, Islamic Republic of', 'Iran', 'iran', 'Iran', 'Iran (Islamic Republic of)', '24-10-1945', date '1945-10-24', 'Iran (Islamic Republic of)', '1945-10-24', null),
('IQ', 'IRQ', '368', 'Q796', 'Iraq', 'Iraq', 'iraq', 'Iraq', 'Iraq', '21-12-1945', date '1945-12-21', 'Iraq', '1945-12-21', null),
('IE', 'IRL', '372', 'Q27', 'Ireland', 'Ireland', 'ireland', 'Ireland', 'Ireland', '14-12-1955', date '1955-12-14', 'Ireland', '1955-12-14', null),
('IL', 'ISR', '376', 'Q801', 'Israel', 'Israel', 'israel', 'Israel', 'Israel', '11-05-1949', date '1949-05-11', 'Israel', '1949-05-11', null),
('IT', 'ITA', '380', 'Q38', 'Italy', 'Italy', 'italy', 'Italy', 'Italy', '14-12-1955', date '1955-12-14', 'Italy', '1955-12-14', null),
('JM', 'JAM', '388', 'Q766', 'Jamaica', 'Jamaica', 'jamaica', 'Jamaica', 'Jamaica', '18-09-1962', date '1962-09-18', 'Jamaica', '1962-09-18', null),
('JP', 'JPN', '392', 'Q17', 'Japan', 'Japan', 'japan', 'Japan', 'Japan', '18-12-1956', date '1956-12-18', 'Japan', '1956-12-18', null),
('JO', 'JOR', '400', 'Q810', 'Jordan', 'Jordan', 'jordan', 'Jordan', 'Jordan', '14-12-1955', date '1955-12-14', 'Jordan', '1955-12-14', null),
('KZ', 'KAZ', '398', 'Q232', 'Kazakhstan', 'Kazakhstan', 'kazakhstan', 'Kazakhstan', 'Kazakhstan', '02-03-1992', date '1992-03-02', 'Kazakhstan', '1992-03-02', null),
('KE', 'KEN', '404', 'Q114', 'Kenya', 'Kenya', 'kenya', 'Kenya', 'Kenya', '16-12-1963', date '1963-12-16', 'Kenya', '1963-12-16', null),
('KI', 'KIR', '296', 'Q710', 'Kiribati', 'Kiribati', 'kiribati', 'Kiribati', 'Kiribati', '14-09-1999', date '1999-09-14', 'Kiribati', '1999-09-14', null),
('KW', 'KWT', '414', 'Q817', 'Kuwait', 'Kuwait', 'kuwait', 'Kuwait', 'Kuwait', '14-05-1963', date '1963-05-14', 'Kuwait', '1963-05-14', null),
('KG', 'KGZ', '417', 'Q813', 'Kyrgyzstan', 'Kyrgyzstan', 'kyrgyzstan', 'Kyrgyzstan', 'Kyrgyzstan', '02-03-1992', date '1992-03-02', 'Kyrgyzstan', '1992-03-02', null),
('LA', 'LAO', '418', 'Q819', 'Lao People''s Democratic Republic', 'Laos', 'laos', 'Laos', 'Lao People’s Democratic Republic', '14-12-1955', date '1955-12-14', 'Lao People''s Democratic Republic', '1955-12-14', null),
('LV', 'LVA', '428', 'Q211', 'Latvia', 'Latvia', 'latvia', 'Latvia', 'Latvia', '17-09-1991', date '1991-09-17', 'Latvia', '1991-09-17', null),
('LB', 'LBN', '422', 'Q822', 'Lebanon', 'Lebanon', 'lebanon', 'Lebanon', 'Lebanon', '24-10-1945', date '1945-10-24', 'Lebanon', '1945-10-24', null),
('LS', 'LSO', '426', 'Q1013', 'Lesotho', 'Lesotho', 'lesotho', 'Lesotho', 'Lesotho', '17-10-1966', date '1966-10-17', 'Lesotho', '1966-10-17', null),
('LR', 'LBR', '430', 'Q1014', 'Liberia', 'Liberia', 'liberia', 'Liberia', 'Liberia', '02-11-1945', date '1945-11-02', 'Liberia', '1945-11-02', null),
('LY', 'LBY', '434', 'Q1016', 'Libya', 'Libya', 'libya', 'Libya', 'Libya', '14-12-1955', date '1955-12-14', 'Libyan Arab Jamahiriya', '1955-12-14', null),
('LI', 'LIE', '438', 'Q347', 'Liechtenstein', 'Liechtenstein', 'liechtenstein', 'Liechtenstein', 'Liechtenstein', '18-09-1990', date '1990-09-18', 'Liechtenstein', '1990-09-18', null),
('LT', 'LTU', '440', 'Q37', 'Lithuania', 'Lithuania', 'lithuania', 'Lithuania', 'Lithuania', '17-09-1991', date '1991-09-17', 'Lithuania', '1991-09-17', null),
('LU', 'LUX', '442', 'Q32', 'Luxembourg', 'Luxembourg', 'luxembourg', 'Luxembourg', 'Luxembourg', '24-10-1945', date '1945-10-24', 'Luxembourg', '1945-10-24', null),
('MG', 'MDG', '450', 'Q1019', 'Madagascar', 'Madagascar', 'madagascar', 'Madagascar', 'Madagascar', '20-09-1960', date '1960-09-20', 'Madagascar', '1960-09-20', null),
('MW', 'MWI', '454', 'Q1020', 'Malawi', 'Malawi', 'malawi', 'Malawi', 'Malawi', '01-12-1964', date '1964-12-01', 'Malawi', '1964-12-01', null),
('MY', 'MYS', '458', 'Q833', 'Malaysia', 'Malaysia', 'malaysia', 'Malaysia', 'Malaysia', '17-09-1957', date '1957-09-17', 'Malaysia', '1957-09-17', null),
('MV', 'MDV', '462', 'Q826', 'Maldives', 'Maldives', 'maldives', 'Maldives', 'Maldives', '21-09-1965', date '1965-09-21', 'Maldives', '1965-09-21', null),
('ML', 'MLI', '466', 'Q912', 'Mali', 'Mali', 'mali', 'Mali', 'Mali', '28-09-1960', date '1960-09-28', 'Mali', '1960-09-28', null),
('MT', 'MLT', '470', 'Q233', 'Malta', 'Malta', 'malta', 'Malta', 'Malta', '01-12-1964', date '1964-12-01', 'Malta', '1964-12-01', null),
('MH', 'MHL', '584', 'Q709', 'Marshall Islands', 'Marshall Islands', 'marshall-islands', 'Marshall Islands', 'Marshall Islands', '17-09-1991', date '1991-09-17', 'Marshall Islands', '1991-09-17', null),
('MR', 'MRT', '478', 'Q1025', 'Mauritania', 'Mauritania', 'mauritania', 'Mauritania', 'Mauritania', '27-10-1961', date '1961-10-27', 'Mauritania', '1961-10-27', null),
('MU', 'MUS', '480', 'Q1027', 'Mauritius', 'Mauritius', 'mauritius', 'Mauritius', 'Mauritius', '24-04-1968', date '1968-04-24', 'Mauritius', '1968-04-24', null),
('MX', 'MEX', '484', 'Q96', 'Mexico', 'Mexico', 'mexico', 'Mexico', 'Mexico', '07-11-1945', date '1945-11-07', 'Mexico', '1945-11-07', null),
('FM', 'FSM', '583', 'Q702', 'Micronesia, Federated States of', 'Federated States of Micronesia', 'micronesia', 'Micronesia', 'Micronesia (Federated States of)', '17-09-1991', date '1991-09-17', 'Micronesia (Federated States of)', '1991-09-17', null),
('MC', 'MCO', '492', 'Q235', 'Monaco', 'Monaco', 'monaco', 'Monaco', 'Monaco', '28-05-1993', date '1993-05-28', 'Monaco', '1993-05-28', null),
('MN', 'MNG', '496', 'Q711', 'Mongolia', 'Mongolia', 'mongolia', 'Mongolia', 'Mongolia', '27-10-1961', date '1961-10-27', 'Mongolia', '1961-10-27', null),
('ME', 'MNE', '499', 'Q236', 'Montenegro', 'Montenegro', 'montenegro', 'Montenegro', 'Montenegro', '28-06-2006', date '2006-06-28', 'Montenegro', '2006-06-28', null),
('MA', 'MAR', '504', 'Q1028', 'Morocco', 'Morocco', 'morocco', 'Morocco', 'Morocco', '12-11-1956', date '1956-11-12', 'Morocco', '1956-11-12', null),
('MZ', 'MOZ', '508', 'Q1029', 'Mozambique', 'Mozambique', 'mozambique', 'Mozambique', 'Mozambique', '16-09-1975', date '1975-09-16', 'Mozambique', '1975-09-16', null),
('MM', 'MMR', '104', 'Q836', 'Myanmar', 'Myanmar', 'myanmar', 'Myanmar', 'Myanmar', '19-04-1948', date '1948-04-19', 'Myanmar', '1948-04-19', null),
('NA', 'NAM', '516', 'Q1030', 'Namibia', 'Namibia', 'namibia', 'Namibia', 'Namibia', '23-04-1990', date '1990-04-23', 'Namibia', '1990-04-23', null),
('NR', 'NRU', '520', 'Q697', 'Nauru', 'Nauru', 'nauru', 'Nauru', 'Nauru', '14-09-1999', date '1999-09-14', 'Nauru', '1999-09-14', null),
('NP', 'NPL', '524', 'Q837', 'Nepal', 'Nepal', 'nepal', 'Nepal', 'Nepal', '14-12-1955', date '1955-12-14', 'Nepal', '1955-12-14', null),
('NL', 'NLD', '528', 'Q29999', 'Netherlands, Kingdom of the', 'Kingdom of the Netherlands', 'netherlands', 'Netherlands', 'Netherlands (Kingdom of the)', '10-12-1945', date '1945-12-10', 'Netherlands', '1945-12-10', null),
('NZ', 'NZL', '554', 'Q664', 'New Zealand', 'New Zealand', 'new-zealand', 'New Zealand', 'New Zealand', '24-10-1945', date '1945-10-24', 'New Zealand', '1945-10-24', null),
('NI', 'NIC', '558', 'Q811', 'Nicaragua', 'Nicaragua', 'nicaragua', 'Nicaragua', 'Nicaragua', '24-10-1945', date '1945-10-24', 'Nicaragua', '1945-10-24', null),
('NE', 'NER', '562', 'Q1032', 'Niger', 'Niger', 'niger', 'Niger', 'Niger', '20-09-1960', date '1960-09-20', 'Niger', '1960-09-20', null),
('NG', 'NGA', '566', 'Q1033', 'Nigeria', 'Nigeria', 'nigeria', 'Nigeria', 'Nigeria', '07-10-1960', date '1960-10-07', 'Nigeria', '1960-10-07', null),
('MK', 'MKD', '807', 'Q221', 'North Macedonia', 'North Macedonia', 'north-macedonia', 'North Macedonia', 'North Macedonia', '08-04-1993', date '1993-04-08', 'The former Yugoslav Republic of Macedonia', '1993-04-08', 'The former Yugoslav Republic of Macedonia 8 April 1993'),
('NO', 'NOR', '578', 'Q20', 'Norway', 'Norway', 'norway', 'Norway', 'Norway', '27-11-1945', date '1945-11-27', 'Norway', '1945-11-27', null),
('OM', 'OMN', '512', 'Q842', 'Oman', 'Oman', 'oman', 'Oman', 'Oman', '07-10-1971', date '1971-10-07', 'Oman', '1971-10-07', null),
('PK', 'PAK', '586', 'Q843', 'Pakistan', 'Pakistan', 'pakistan', 'Pakistan', 'Pakistan', '30-09-1947', date '1947-09-30', 'Pakistan', '1947-09-30', null),
('PW', 'PLW', '585', 'Q695', 'Palau', 'Palau', 'palau', 'Palau', 'Palau', '15-12-1994', date '1994-12-15', 'Palau', '1994-12-15', null),
('PA', 'PAN', '591', 'Q804', 'Panama', 'Panama', 'panama', 'Panama', 'Panama', '13-11-1945', date '1945-11-13', 'Panama', '1945-11-13', null),
('PG', 'PNG', '598', 'Q691', 'Papua New Guinea', 'Papua New Guinea', 'papua-new-guinea', 'Papua New Guinea', 'Papua New Guinea', '10-10-1975', date '1975-10-10', 'Papua New Guinea', '1975-10-10', null),
('PY', 'PRY', '600', 'Q733', 'Paraguay', 'Paraguay', 'paraguay', 'Paraguay', 'Paraguay', '24-10-1945', date '1945-10-24', 'Paraguay', '1945-10-24', null),
('PE', 'PER', '604', 'Q419', 'Peru', 'Peru', 'peru', 'Peru', 'Peru', '31-10-1945', date '1945-10-31', 'Peru', '1945-10-31', null),
('PH', 'PHL', '608', 'Q928', 'Philippines', 'Philippines', 'philippines', 'Philippines', 'Philippines', '24-10-1945', date '1945-10-24', 'Philippines', '1945-10-24', null),
('PL', 'POL', '616', 'Q36', 'Poland', 'Poland', 'poland', 'Poland', 'Poland', '24-10-1945', date '1945-10-24', 'Poland', '1945-10-24', null),
('PT', 'PRT', '620', 'Q45', 'Portugal', 'Portugal', 'portugal', 'Portugal', 'Portugal', '14-12-1955', date '1955-12-14', 'Portugal', '1955-12-14', null),
('QA', 'QAT', '634', 'Q846', 'Qatar', 'Qatar', 'qatar', 'Qatar', 'Qatar', '21-09-1971', date '1971-09-21', 'Qatar', '1971-09-21', null),
('KR', 'KOR', '410', 'Q884', 'Korea, Republic of', 'South Korea', 'south-korea', 'South Korea', 'Republic of Korea', '17-09-1991', date '1991-09-17', 'Republic of Korea', '1991-09-17', null),
('MD', 'MDA', '498', 'Q217', 'Moldova, Republic of', 'Moldova', 'moldova', 'Moldova', 'Republic of Moldova', '02-03-1992', date '1992-03-02', 'Republic of Moldova', '1992-03-02', null),
('RO', 'ROU', '642', 'Q218', 'Romania', 'Romania', 'romania', 'Romania', 'Romania', '14-12-1955', date '1955-12-14', 'Romania', '1955-12-14', null),
('RU', 'RUS', '643', 'Q159', 'Russian Federation', 'Russia', 'russia', 'Russia', 'Russian Federation', '24-10-1945', date '1945-10-24', 'Russian Federation', '1945-10-24', null),
('RW', 'RWA', '646', 'Q1037', 'Rwanda', 'Rwanda', 'rwanda', 'Rwanda', 'Rwanda', '18-09-1962', date '1962-09-18', 'Rwanda', '1962-09-18', null),
('KN', 'KNA', '659', 'Q763', 'Saint Kitts and Nevis', 'Saint Kitts and Nevis', 'saint-kitts-and-nevis', 'Saint Kitts and Nevis', 'Saint Kitts and Nevis', '23-09-1983', date '1983-09-23', 'Saint Kitts and Nevis', '1983-09-23', null),
('LC', 'LCA', '662', 'Q760', 'Saint Lucia', 'Saint Lucia', 'saint-lucia', 'Saint Lucia', 'Saint Lucia', '18-09-1979', date '1979-09-18', 'Saint Lucia', '1979-09-18', null),
('VC', 'VCT', '670', 'Q757', 'Saint Vincent and the Grenadines', 'Saint Vincent and the Grenadines', 'saint-vincent-and-the-grenadines', 'Saint Vincent and the Grenadines', 'Saint Vincent and the Grenadines', '16-09-1980', date '1980-09-16', 'Saint Vincent and the Grenadines', '1980-09-16', null),
('WS', 'WSM', '882', 'Q683', 'Samoa', 'Samoa', 'samoa', 'Samoa', 'Samoa', '15-12-1976', date '1976-12-15', 'Samoa', '1976-12-15', null),
('SM', 'SMR', '674', 'Q238', 'San Marino', 'San Marino', 'san-marino', 'San Marino', 'San Marino', '02-03-1992', date '1992-03-02', 'San Marino', '1992-03-02', null),
('ST', 'STP', '678', 'Q1039', 'Sao Tome and Principe', 'São Tomé and Príncipe', 'sao-tome-and-principe', 'São Tomé and Príncipe', 'Sao Tome and Principe', '16-09-1975', date '1975-09-16', 'Sao Tome and Principe', '1975-09-16', null),
('SA', 'SAU', '682', 'Q851', 'Saudi Arabia', 'Saudi Arabia', 'saudi-arabia', 'Saudi Arabia', 'Saudi Arabia', '24-10-1945', date '1945-10-24', 'Saudi Arabia', '1945-10-24', null),
('SN', 'SEN', '686', 'Q1041', 'Senegal', 'Senegal', 'senegal', 'Senegal', 'Senegal', '28-09-1960', date '1960-09-28', 'Senegal', '1960-09-28', null),
('RS', 'SRB', '688', 'Q403', 'Serbia', 'Serbia', 'serbia', 'Serbia', 'Serbia', '01-11-2000', date '2000-11-01', 'Serbia', '2000-11-01', null),
('SC', 'SYC', '690', 'Q1042', 'Seychelles', 'Seychelles', 'seychelles', 'Seychelles', 'Seychelles', '21-09-1976', date '1976-09-21', 'Seychelles', '1976-09-21', null),
('SL', 'SLE', '694', 'Q1044', 'Sierra Leone', 'Sierra Leone', 'sierra-leone', 'Sierra Leone', 'Sierra Leone', '27-09-1961', date '1961-09-27', 'Sierra Leone', '1961-09-27', null),
('SG', 'SGP', '702', 'Q334', 'Singapore', 'Singapore', 'singapore', 'Singapore', 'Singapore', '21-09-1965', date '1965-09-21', 'Singapore', '1965-09-21', null),
('SK', 'SVK', '703', 'Q214', 'Slovakia', 'Slovakia', 'slovakia', 'Slovakia', 'Slovakia', '19-01-1993', date '1993-01-19', 'Slovakia', '1993-01-19', null),
('SI', 'SVN', '705', 'Q215', 'Slovenia', 'Slovenia', 'slovenia', 'Slovenia', 'Slovenia', '22-05-1992', date '1992-05-22', 'Slovenia', '1992-05-22', null),
('SB', 'SLB', '090', 'Q685', 'Solomon Islands', 'Solomon Islands', 'solomon-islands', 'Solomon Islands', 'Solomon Islands', '19-09-1978', date '1978-09-19', 'Solomon Islands', '1978-09-19', null),
('SO', 'SOM', '706', 'Q1045', 'Somalia', 'Somalia', 'somalia', 'Somalia', 'Somalia', '20-09-1960', date '1960-09-20', 'Somalia', '1960-09-20', null),
('ZA', 'ZAF', '710', 'Q258', 'South Africa', 'South Africa', 'south-africa', 'South Africa', 'South Africa', '07-11-1945', date '1945-11-07', 'South Africa', '1945-11-07', null),
('SS', 'SSD', '728', 'Q958', 'South Sudan', 'South Sudan', 'south-sudan', 'South Sudan', 'South Sudan', '14-07-2011', date '2011-07-14', null, null, null),
('ES', 'ESP', '724', 'Q29', 'Spain', 'Spain', 'spain', 'Spain', 'Spain', '14-12-1955', date '1955-12-14', 'Spain', '1955-12-14', null),
('LK', 'LKA', '144', 'Q854', 'Sri Lanka', 'Sri Lanka', 'sri-lanka', 'Sri Lanka', 'Sri Lanka', '14-12-1955', date '1955-12-14', 'Sri Lanka', '1955-12-14', null),
('SD', 'SDN', '729', 'Q1049', 'Sudan', 'Sudan', 'sudan', 'Sudan', 'Sudan', '12-11-1956', date '1956-11-12', 'Sudan', '1956-11-12', null),
('SR', 'SUR', '740', 'Q730', 'Suriname', 'Suriname', 'suriname', 'Suriname', 'Suriname', '04-12-1975', date '1975-12-04', 'Suriname', '1975-12-04', null),
('SE', 'SWE', '752', 'Q34', 'Sweden', 'Sweden', 'sweden', 'Sweden', 'Sweden', '19-11-1946', date '1946-11-19', 'Sweden', '1946-11-19', 'Sweden 19 November 1946'),
('CH', 'CHE', '756', 'Q39', 'Switzerland', 'Switzerland', 'switzerland', 'Switzerland', 'Switzerland', '10-09-2002', date '2002-09-10', 'Switzerland', '2002-09-10', null),
('SY', 'SYR', '760', 'Q858', 'Syrian Arab Republic', 'Syria', 'syria', 'Syria', 'Syrian Arab Republic', '24-10-1945', date '1945-10-24', 'Syrian Arab Republic', '1945-10-24', 'Syria 24 October 1945'),
('TJ', 'TJK', '762', 'Q863', 'Tajikistan', 'Tajikistan', 'tajikistan', 'Tajikistan', 'Tajikistan', '02-03-1992', date '1992-03-02', 'Tajikistan', '1992-03-02', 'Tajikistan 2 March 1992'),
('TH', 'THA', '764', 'Q869', 'Thailand', 'Thailand', 'thailand', 'Thailand', 'Thailand', '15-12-1946', date '1946-12-16', 'Thailand', '1946-12-16', 'Thailand 16 December 1946'),
('TL', 'TLS', '626', 'Q574', 'Timor-Leste', 'East Timor', 'timor-leste', 'Timor-Leste', 'Timor-Leste', '27-09-2002', date '2002-09-27', 'Timor-Leste', '2002-09-27', 'Timor Leste 27 September 2002'),
('TG', 'TGO', '768', 'Q945', 'Togo', 'Togo', 'togo', 'Togo', 'Togo', '20-09-1960', date '1960-09-20', 'Togo', '1960-09-20', 'Togo 20 September 1960'),
('TO', 'TON', '776', 'Q678', 'Tonga', 'Tonga', 'tonga', 'Tonga', 'Tonga', '14-09-1999', date '1999-09-14', 'Tonga', '1999-09-14', 'Tonga 14 September 1999'),
('TT', 'TTO', '780', 'Q754', 'Trinidad and Tobago', 'Trinidad and Tobago', 'trinidad-and-tobago', 'Trinidad and Tobago', 'Trinidad and Tobago', '18-09-1962', date '1962-09-18', 'Trinidad and Tobago', '1962-09-18', 'Trinidad and Tobago 18 September 1962'),
('TN', 'TUN', '788', 'Q948', 'Tunisia', 'Tunisia', 'tunisia', 'Tunisia', 'Tunisia', '12-11-1956', date '1956-11-12', 'Tunisia', '1956-11-12', 'Tunisia 12 November 1956'),
('TR', 'TUR', '792', 'Q43', 'Türkiye', 'Turkey', 'turkey', 'Turkey', 'Türkiye', '24-10-1945', date '1945-10-24', 'Turkey', '1945-10-24', 'Turkey 24 October 1945'),
('TM', 'TKM', '795', 'Q874', 'Turkmenistan', 'Turkmenistan', 'turkmenistan', 'Turkmenistan', 'Turkmenistan', '02-03-1992', date '1992-03-02', 'Turkmenistan', '1992-03-02', 'Turkmenistan 2 March 1992'),
('TV', 'TUV', '798', 'Q672', 'Tuvalu', 'Tuvalu', 'tuvalu', 'Tuvalu', 'Tuvalu', '05-09-2000', date '2000-09-05', 'Tuvalu', '2000-09-05', 'Tuvalu 5 September 2000'),
('UG', 'UGA', '800', 'Q1036', 'Uganda', 'Uganda', 'uganda', 'Uganda', 'Uganda', '25-10-1962', date '1962-10-25', 'Uganda', '1962-10-25', 'Uganda 25 October 1962'),
('UA', 'UKR', '804', 'Q212', 'Ukraine', 'Ukraine', 'ukraine', 'Ukraine', 'Ukraine', '24-10-1945', date '1945-10-24', 'Ukraine', '1945-10-24', 'Ukraine 24 October 1945'),
('AE', 'ARE', '784', 'Q878', 'United Arab Emirates', 'United Arab Emirates', 'united-arab-emirates', 'United Arab Emirates', 'United Arab Emirates', '09-12-1971', date '1971-12-09', 'United Arab Emirates', '1971-12-09', 'United Arab Emirates 9 December 1971'),
('GB', 'GBR', '826', 'Q145', 'United Kingdom of Great Britain and Northern Ireland', 'United Kingdom', 'united-kingdom', 'United Kingdom', 'United Kingdom of Great Britain and Northern Ireland', '24-10-1945', date '1945-10-24', 'United Kingdom of Great Britain and Northern Ireland', '1945-10-24', 'United Kingdom 24 October 1945'),
('TZ', 'TZA', '834', 'Q924', 'Tanzania, United Republic of', 'Tanzania', 'tanzania', 'Tanzania', 'United Republic of Tanzania', '14-12-1961', date '1961-12-14', 'United Republic of Tanzania', '1961-12-14', 'United of Republic of Tanzania 14 December 1961'),
('US', 'USA', '840', 'Q30', 'United States of America', 'United States of America', 'united-states', 'United States', 'United States of America', '24-10-1945', date '1945-10-24', 'United States of America', '1945-10-24', 'United States 24 October 1945'),
('UY', 'URY', '858', 'Q77', 'Uruguay', 'Uruguay', 'uruguay', 'Uruguay', 'Uruguay', '18-12-1945', date '1945-12-18', 'Uruguay', '1945-12-18', 'Uruguay 18 December 1945'),
('UZ', 'UZB', '860', 'Q265', 'Uzbekistan', 'Uzbekistan', 'uzbekistan', 'Uzbekistan', 'Uzbekistan', '02-03-1992', date '1992-03-02', 'Uzbekistan', '1992-03-02', 'Uzbekistan 2 March 1992'),
('VU', 'VUT', '548', 'Q686', 'Vanuatu', 'Vanuatu', 'vanuatu', 'Vanuatu', 'Vanuatu', '15-09-1981', date '1981-09-15', 'Vanuatu', '1981-09-15', 'Vanuatu 15 September 1981'),
('VE', 'VEN', '862', 'Q717', 'Venezuela, Bolivarian Republic of', 'Venezuela', 'venezuela', 'Venezuela', 'Venezuela (Bolivarian Republic of)', '15-11-1945', date '1945-11-15', 'Venezuela (Bolivarian Republic of)', '1945-11-15', 'Venezuela 15 November 1945'),
('VN', 'VNM', '704', 'Q881', 'Viet Nam', 'Vietnam', 'vietnam', 'Vietnam', 'Viet Nam', '20-09-1977', date '1977-09-20', 'Viet Nam', '1977-09-20', 'Viet Nam 20 September 1977'),
('YE', 'YEM', '887', 'Q805', 'Yemen', 'Yemen', 'yemen', 'Yemen', 'Yemen', '30-09-1947', date '1947-09-30', 'Yemen', '1947-09-30', 'Yemen 30 September 1947'),
('ZM', 'ZMB', '894', 'Q953', 'Zambia', 'Zambia', 'zambia', 'Zambia', 'Zambia', '01-12-1964', date '1964-12-01', 'Zambia', '1964-12-01', 'Zambia 1 December 1964'),
('ZW', 'ZWE', '716', 'Q954', 'Zimbabwe', 'Zimbabwe', 'zimbabwe', 'Zimbabwe', 'Zimbabwe', '25-08-1980', date '1980-08-25', 'Zimbabwe', '1980-08-25', 'Zimbabwe 25 August 1980');

-- A nation the Office of the Historian import created without ISO codes (an id its countries.tsv does not map) and
-- that has a member's slug or name is that member: it takes the member's codes, so it is not typed twice.
update nation n
set iso_alpha2 = f.iso_alpha2, iso_alpha3 = f.iso_alpha3, version = n.version + 1
from (select distinct on (u.iso_alpha2) u.iso_alpha2, u.iso_alpha3, o.id
      from un_member u join nation o on o.iso_alpha2 is null and (o.slug = u.slug or lower(o.name) = lower(u.name))
      where not exists (select 1 from nation x where x.iso_alpha2 = u.iso_alpha2 or x.iso_alpha3 = u.iso_alpha3)
      order by u.iso_alpha2, o.id) f
where n.id = f.id;

-- Members not yet recorded as nations: added unless a nation has the code, the slug or the name already.
insert into nation (slug, name, iso_alpha2, iso_alpha3)
select u.slug, u.name, u.iso_alpha2, u.iso_alpha3
from un_member u
where not exists (select 1 from nation n
                  where n.iso_alpha2 = u.iso_alpha2 or n.iso_alpha3 = u.iso_alpha3 or n.slug = u.slug
                     or lower(n.name) = lower(u.name));

-- Their identifiers, where a nation has none yet and no other nation holds them.
update nation n
set iso_numeric = u.iso_numeric, version = n.version + 1
from un_member u
where u.iso_alpha2 = n.iso_alpha2 and n.iso_numeric is null
  and not exists (select 1 from nation o where o.iso_numeric = u.iso_numeric);
update nation n
set wikidata_id = u.wikidata_id, version = n.version + 1
from un_member u
where u.iso_alpha2 = n.iso_alpha2 and n.wikidata_id is null
  and not exists (select 1 from nation o where o.wikidata_id = u.wikidata_id);

insert into citation (source_id, nation_id, quote, source_revision, accessed)
select seed_src('ISO-3166 Country and Dependent Territories Lists with UN Regional Codes (all.csv)'), n.id,
       'name,alpha-2,alpha-3,country-code: ' || u.iso_name || ',' || u.iso_alpha2 || ',' || u.iso_alpha3 || ',' || u.iso_numeric,
       'commit 99cdae1 (19 June 2024)', date '2026-12-01'
from nation n join un_member u on u.iso_alpha2 = n.iso_alpha2 and u.iso_numeric = n.iso_numeric
where not exists (select 1 from citation c where c.nation_id = n.id
                  and c.source_id = seed_src('ISO-3166 Country and Dependent Territories Lists with UN Regional Codes (all.csv)'));

insert into citation (source_id, nation_id, quote, source_revision, accessed)
select seed_src('countries_regions: country codes and Wikidata items (CountriesRegions.ts)'), n.id,
       'iso_alpha2 ' || u.iso_alpha2 || ', iso_alpha3 ' || u.iso_alpha3 || ': wikidata_uri http://www.wikidata.org/entity/'
           || u.wikidata_id || ', wikidata_label ' || u.wikidata_label,
       'commit c7402d1 (19 November 2022)', date '2026-12-01'
from nation n join un_member u on u.iso_alpha2 = n.iso_alpha2 and u.wikidata_id = n.wikidata_id
where not exists (select 1 from citation c where c.nation_id = n.id
                  and c.source_id = seed_src('countries_regions: country codes and Wikidata items (CountriesRegions.ts)'));

-- One membership per member state, from its day of admission; none where the nation already has a UN membership.
insert into membership (nation_id, organization_id, standing, start_date, start_precision, note)
select seed_nation(u.iso_alpha2), seed_org('UN'), 'MEMBER', u.admitted, 'DAY',
       case u.iso_alpha2
           when 'TH' then 'Admitted on 16 December 1946 in the UN''s list of 2006 and in gino''s table; the ethos list gives 15-12-1946.'
           when 'SY' then 'An original Member; one Member with Egypt as the United Arab Republic from 1958 until it resumed its separate membership on 13 October 1961 (the UN''s list of 2006).'
           when 'MK' then 'Admitted as "The former Yugoslav Republic of Macedonia" (the UN''s list of 2006).'
       end
from un_member u
where seed_nation(u.iso_alpha2) is not null
  and not exists (select 1 from membership m where m.nation_id = seed_nation(u.iso_alpha2) and m.organization_id = seed_org('UN'));

insert into citation (source_id, membership_id, quote, accessed)
select seed_src('Countries in ONU (docs/empathy/countries.md)'), m.id, u.un_name || ', ' || u.un_date, date '2026-12-01'
from un_member u join membership m on m.nation_id = seed_nation(u.iso_alpha2) and m.organization_id = seed_org('UN')
     and m.start_date = u.admitted
where u.iso_alpha2 <> 'TH';

insert into citation (source_id, membership_id, quote, source_revision, accessed)
select seed_src('dbgino.sql: table nation (column onu)'), m.id,
       'nation (en_US, onu): ''' || u.gino_name || ''', ''' || u.gino_date || '''', 'commit 01fa1a2', date '2026-12-01'
from un_member u join membership m on m.nation_id = seed_nation(u.iso_alpha2) and m.organization_id = seed_org('UN')
     and m.start_date = u.admitted
where u.gino_date is not null;

insert into citation (source_id, membership_id, quote, accessed)
select seed_src('Page:UNITED NATIONS MEMBER STATES.djvu/6'), m.id, 'Member / Date of Admission: ' || u.page6, date '2026-12-01'
from un_member u join membership m on m.nation_id = seed_nation(u.iso_alpha2) and m.organization_id = seed_org('UN')
     and m.start_date = u.admitted
where u.page6 is not null;

insert into citation (source_id, membership_id, quote, accessed)
select seed_src('Talk:United Nations Member States (2006)'), m.id,
       'The Republic of South Sudan formally seceded from Sudan on 9 July 2011 as a result of an internationally monitored referendum held in January 2011, and was admitted as the 193rd Member of the United Nations by the United Nations General Assembly on 14 July 2011',
       date '2026-12-01'
from membership m where m.nation_id = seed_nation('SS') and m.organization_id = seed_org('UN') and m.start_date = date '2011-07-14';

select record_seed_revision();
