-- "Bridging leaders" (a person who attended one organization's summit and another organization's summit starting
-- within two weeks of the first one's end) are kept in a table, maintained in the same transaction as the attendance
-- and summit changes that make or break them, instead of a self-join of all attendance on every page view.

create table bridge (
    person_id        bigint not null references person (id) on delete cascade,
    first_summit_id  bigint not null references summit (id) on delete cascade,
    second_summit_id bigint not null references summit (id) on delete cascade,
    primary key (first_summit_id, second_summit_id, person_id)
);
create index bridge_second_summit_idx on bridge (second_summit_id);
create index bridge_person_idx on bridge (person_id);

-- The pairs that person p's attendance at summit s takes part in (p attended s; the caller checks it).
create function bridges_of(p bigint, s bigint)
    returns table (person_id bigint, first_summit_id bigint, second_summit_id bigint)
    language sql stable as
$$
select p, x.id, y.id
from summit x
join attendance a on a.person_id = p and a.status = 'ATTENDED'
join summit y on y.id = a.summit_id
where x.id = s and x.kind = 'ORGANIZATION_SUMMIT' and y.kind = 'ORGANIZATION_SUMMIT'
  and y.organization_id <> x.organization_id
  and y.start_date > x.end_date and y.start_date <= x.end_date + 14
union all
select p, y.id, x.id
from summit x
join attendance a on a.person_id = p and a.status = 'ATTENDED'
join summit y on y.id = a.summit_id
where x.id = s and x.kind = 'ORGANIZATION_SUMMIT' and y.kind = 'ORGANIZATION_SUMMIT'
  and y.organization_id <> x.organization_id
  and x.start_date > y.end_date and x.start_date <= y.end_date + 14
$$;

create function attendance_keeps_bridges() returns trigger
    language plpgsql as
$$
begin
    if tg_op in ('UPDATE', 'DELETE') and old.person_id is not null then
        delete from bridge b
        where b.person_id = old.person_id
          and (b.first_summit_id = old.summit_id or b.second_summit_id = old.summit_id);
    end if;
    if tg_op in ('INSERT', 'UPDATE') and new.person_id is not null and new.status = 'ATTENDED' then
        insert into bridge
        select * from bridges_of(new.person_id, new.summit_id)
        on conflict do nothing;
    end if;
    return null;
end
$$;

create trigger attendance_keeps_bridges
    after insert or delete or update of person_id, summit_id, status on attendance
    for each row execute function attendance_keeps_bridges();

create function summit_keeps_bridges() returns trigger
    language plpgsql as
$$
begin
    delete from bridge b where b.first_summit_id = new.id or b.second_summit_id = new.id;
    insert into bridge
    select b.*
    from attendance a, lateral bridges_of(a.person_id, a.summit_id) b
    where a.summit_id = new.id and a.person_id is not null and a.status = 'ATTENDED'
    on conflict do nothing;
    return null;
end
$$;

create trigger summit_keeps_bridges
    after update of start_date, end_date, kind, organization_id on summit
    for each row
    when (old.start_date is distinct from new.start_date or old.end_date is distinct from new.end_date
          or old.kind is distinct from new.kind or old.organization_id is distinct from new.organization_id)
    execute function summit_keeps_bridges();

insert into bridge
select b.*
from attendance a, lateral bridges_of(a.person_id, a.summit_id) b
where a.person_id is not null and a.status = 'ATTENDED'
on conflict do nothing;
