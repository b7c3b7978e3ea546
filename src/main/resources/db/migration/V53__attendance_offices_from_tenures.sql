-- Each attendee's office at the summit, where the data holds a tenure of the person covering the summit's first
-- day in an office of the nation or organization represented: "Minister of External Affairs of India" rather than
-- the bare capacity "minister". Derived from the tenures and their citations; rows without such a tenure keep no
-- office (the page shows the capacity alone). Later roster migrations call it again for the rows they add.
create function assign_attendance_offices() returns void
    language sql as
$$
update attendance a
set office_id = t.office_id, version = a.version + 1
from summit s, tenure t, office o
where s.id = a.summit_id and t.person_id = a.person_id and o.id = t.office_id and a.office_id is null
  and (o.nation_id = a.nation_id or o.organization_id = a.organization_id)
  and t.start_date <= s.start_date
  and (t.end_date is null or partial_date_last_day(t.end_date, t.end_precision) >= s.start_date)
  and t.id = (select min(t2.id) from tenure t2 join office o2 on o2.id = t2.office_id
              where t2.person_id = a.person_id and (o2.nation_id = a.nation_id or o2.organization_id = a.organization_id)
                and t2.start_date <= s.start_date
                and (t2.end_date is null or partial_date_last_day(t2.end_date, t2.end_precision) >= s.start_date));
$$;

select assign_attendance_offices();
select record_seed_revision();
