-- Closes a race the forms could not (issue 11): twenty parallel adds of the same nation to a summit, without a
-- person, made twenty rows, because the one-row-per-person key ignores rows without a person. A nation or an
-- organization attends a summit once as such; a person still once in any capacity.
create unique index attendance_nation_id_key on attendance (summit_id, nation_id)
    where person_id is null and nation_id is not null;
create unique index attendance_organization_id_key on attendance (summit_id, organization_id)
    where person_id is null and organization_id is not null;
