-- A nation page lists the nation's delegations newest first, a page at a time: PostgreSQL walks the summits by
-- date and looks up each one's row for the nation. With (summit_id, nation_id) that look-up is one index probe;
-- without it every row of each summit was read and filtered (a nation's first page took ~150 ms at 100x the data,
-- 6 ms with it). The partial unique index on the same columns covers only rows that name no person.
create index if not exists attendance_summit_nation_idx on attendance (summit_id, nation_id);
