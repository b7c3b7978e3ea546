-- The leader list is ordered by sort name, 50 to a page: without an index PostgreSQL read and sorted every person
-- for each page (8 ms at the 100x benchmark's 21,000 people, where the first page now takes 0.2 ms).
create index person_sort_name_idx on person (sort_name, id);
