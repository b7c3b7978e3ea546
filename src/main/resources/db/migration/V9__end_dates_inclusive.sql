-- One meaning of an end date, for memberships and tenures alike (Popolo's end_date): the last day of the
-- relationship, inclusive, read at the last day of its period. "Until 2024" is through 31 December 2024, "until
-- July 2024" through 31 July 2024, "until 3 July 2024" through 3 July 2024. A start is read at the first day of its
-- period. A standing that follows another starts the day after it ends: acceding until 3 July 2024, member from
-- 4 July 2024.
--
-- Tenures already read their ends so. Memberships read theirs as exclusive, at the first day ("end 2024" = gone on
-- 1 January 2024): their ends are rewritten here to state the same facts in the new meaning. The old end's first
-- day was the first day without the standing, so the new end's last day is the day before it: a day d becomes
-- d - 1, a month the month before, a year the year before (old "2024" = last day 31 December 2023 = new "2023").

-- The last day a partial date stands for, stored as its period's first day plus its precision. Immutable, so the
-- constraints below can use it; every SQL comparison of an end date goes through it.
create function partial_date_last_day(d date, p varchar) returns date
    language sql immutable parallel safe as
$$
select case p
           when 'YEAR' then (date_trunc('year', d::timestamp) + interval '1 year' - interval '1 day')::date
           when 'MONTH' then (date_trunc('month', d::timestamp) + interval '1 month' - interval '1 day')::date
           else d
       end
$$;

-- A membership that ended the day it started held no day under the exclusive end; no inclusive end says that, and
-- neither dropping it nor lengthening it to a day would keep the fact. Such rows stop the migration for an editor
-- to settle (the seed has none).
do
$$
    declare
        held_no_day text;
    begin
        select string_agg(id::text, ', ' order by id) into held_no_day
        from membership where end_date is not null and start_date is not null and end_date <= start_date;
        if held_no_day is not null then
            raise exception 'Memberships % end the day they start: they held no day under the old exclusive end, which an inclusive end cannot say. Correct or delete them, then migrate again.', held_no_day;
        end if;
    end
$$;

alter table membership drop constraint membership_no_overlap;
alter table membership drop constraint membership_end_after_start;
alter table tenure drop constraint tenure_end_after_start;

-- One seeded end was written meaning its month, not the day before it: Russia's G8 membership, "suspended in March
-- 2014" as its note and its source say, and as its pages and the Popolo export have shown it ("1997 – March 2014").
-- Converting it would state February; it keeps March 2014, now read as through March 2014.
create temporary table membership_end_already_inclusive on commit drop as
select m.id
from membership m join nation n on n.id = m.nation_id join organization o on o.id = m.organization_id
where n.iso_alpha2 = 'RU' and o.acronym = 'G7' and m.end_date = date '2014-03-01' and m.end_precision = 'MONTH'
  and m.note like 'As the G8;%suspended in March 2014%';

-- The version moves on, so a form opened on the old meaning cannot save an old end over the new one.
update membership
set end_date = case end_precision
                   when 'YEAR' then (end_date - interval '1 year')::date
                   when 'MONTH' then (end_date - interval '1 month')::date
                   else end_date - 1
               end,
    version  = version + 1
where end_date is not null and id not in (select id from membership_end_already_inclusive);

-- The audit rows are converted the same way: they keep every recorded fact and change, now in the same meaning as
-- the rows themselves, so history shows each revision as it was meant and restoring an earlier revision puts back
-- that fact rather than an exclusive end that would now read one day, month or year too long.
update membership_aud
set end_date = case end_precision
                   when 'YEAR' then (end_date - interval '1 year')::date
                   when 'MONTH' then (end_date - interval '1 month')::date
                   else end_date - 1
               end
where end_date is not null
  and not (id in (select id from membership_end_already_inclusive) and end_date = date '2014-03-01');

alter table membership add constraint membership_end_after_start
    check (end_date is null or start_date is null or partial_date_last_day(end_date, end_precision) >= start_date);
-- One standing at a time, from the first day of the start through the last day of the end.
alter table membership add constraint membership_no_overlap exclude using gist (
    nation_id with =, organization_id with =,
    daterange(start_date, partial_date_last_day(end_date, end_precision), '[]') with &&);
alter table tenure add constraint tenure_end_after_start
    check (end_date is null or partial_date_last_day(end_date, end_precision) >= start_date);
