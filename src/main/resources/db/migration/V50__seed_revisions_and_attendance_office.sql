-- Data migrations after V50 correct and complete the seed. Each ends with record_seed_revision(), which writes
-- what the migration changed into the audit tables as one revision by "seed", so every record's history shows the
-- correction next to the editors' changes, and restoring an earlier version stays possible.

-- Look-ups the data migrations write their rows with: a record's id from its natural key (NULL when there is
-- none, which the constraints then refuse where a row needs one).
create function seed_nation(code text) returns bigint language sql stable as
$$ select id from nation where iso_alpha2 = code $$;
create function seed_org(acr text) returns bigint language sql stable as
$$ select id from organization where acronym = acr $$;
create function seed_person(s text) returns bigint language sql stable as
$$ select id from person where slug = s $$;
create function seed_office(s text) returns bigint language sql stable as
$$ select id from office where slug = s $$;
create function seed_summit(s text) returns bigint language sql stable as
$$ select id from summit where slug = s $$;
create function seed_src(t text) returns bigint language sql stable as
$$ select id from source where title = t $$;
create function seed_att(summit_slug text, person_slug text) returns bigint language sql stable as
$$ select a.id from attendance a join summit s on s.id = a.summit_id join person p on p.id = a.person_id
   where s.slug = summit_slug and p.slug = person_slug $$;

-- One revision for every row whose current values differ from its latest audit row (new rows: revtype 0, changed
-- rows: revtype 1) and every audited row that no longer exists (revtype 2). Compares the columns the audit table
-- keeps; does nothing when nothing changed.
create function record_seed_revision() returns void
    language plpgsql as
$$
declare
    audited  text[][] := array [['nation', 'Nation'], ['nation_name', 'NationName'], ['organization', 'Organization'],
        ['membership', 'Membership'], ['person', 'Person'], ['person_name', 'PersonName'], ['office', 'Office'],
        ['tenure', 'Tenure'], ['summit', 'Summit'], ['attendance', 'Attendance'], ['source', 'Source'],
        ['citation', 'Citation']];
    rev_id   bigint;
    i        int;
    tbl      text;
    cols     text;
    changed  bigint;
begin
    insert into revision (timestamp, username)
    values ((extract(epoch from now()) * 1000)::bigint, 'seed')
    returning id into rev_id;
    for i in 1 .. array_length(audited, 1) loop
        tbl := audited[i][1];
        select string_agg(quote_ident(a.column_name), ', ' order by a.ordinal_position) into cols
        from information_schema.columns a
        where a.table_schema = current_schema() and a.table_name = tbl || '_aud'
          and a.column_name not in ('id', 'rev', 'revtype')
          and exists (select 1 from information_schema.columns b
                      where b.table_schema = current_schema() and b.table_name = tbl and b.column_name = a.column_name);
        execute format(
            'with latest as (select distinct on (id) * from %1$I order by id, rev desc), '
            || 'written as (insert into %1$I (id, rev, revtype, %2$s) '
            || 'select t.id, $1, case when l.id is null then 0 else 1 end, %3$s from %4$I t left join latest l on l.id = t.id '
            || 'where l.id is null or l.revtype = 2 or (%5$s) is distinct from (%6$s) returning 1) '
            || 'select count(*) from written',
            tbl || '_aud', cols,
            (select string_agg('t.' || c, ', ') from unnest(string_to_array(cols, ', ')) c),
            tbl,
            (select string_agg('l.' || c, ', ') from unnest(string_to_array(cols, ', ')) c),
            (select string_agg('t.' || c, ', ') from unnest(string_to_array(cols, ', ')) c))
            into changed using rev_id;
        execute format(
            'with latest as (select distinct on (id) id, revtype from %1$I order by id, rev desc), '
            || 'written as (insert into %1$I (id, rev, revtype) select l.id, $1, 2 from latest l '
            || 'where l.revtype <> 2 and not exists (select 1 from %2$I t where t.id = l.id) returning 1) '
            || 'select count(*) + $2 from written',
            tbl || '_aud', tbl)
            into changed using rev_id, changed;
        if changed > 0 then
            insert into revision_entity (revision_id, entity_name) values (rev_id, audited[i][2]);
        end if;
    end loop;
    if not exists (select 1 from revision_entity e where e.revision_id = rev_id) then
        delete from revision where id = rev_id;
    end if;
end
$$;

-- The office an attendee held at the summit ("Minister of External Affairs of India", not just "minister"): the
-- capacity says the kind, the office says which post. Optional; a page shows the office where one is given.
alter table attendance add column office_id bigint references office (id);
create index attendance_office_idx on attendance (office_id);
alter table attendance_aud add column office_id bigint;
