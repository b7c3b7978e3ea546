-- The same rule as V3's summit_within_parent (a sideline meeting falls within its parent summit's dates), checked
-- only where it can break: a meeting's own dates or parent on insert and update, the sideline meetings' dates only
-- when a summit's dates change. A new summit has no sideline meetings yet, so inserting thousands of imported
-- meetings no longer scans the table once per row.
create or replace function summit_within_parent() returns trigger language plpgsql as
$$
begin
    if new.parent_id is not null and exists (
        select 1 from summit p where p.id = new.parent_id and (new.start_date < p.start_date or new.end_date > p.end_date)) then
        raise exception 'A sideline meeting must fall within its parent summit''s dates'
            using errcode = '23514', constraint = 'summit_within_parent';
    end if;
    if tg_op = 'UPDATE' and (new.start_date > old.start_date or new.end_date < old.end_date or new.id <> old.id)
       and exists (select 1 from summit c where c.parent_id = new.id and (c.start_date < new.start_date or c.end_date > new.end_date)) then
        raise exception 'The summit''s dates must still contain its sideline meetings'
            using errcode = '23514', constraint = 'summit_contains_sidelines';
    end if;
    return new;
end
$$;
