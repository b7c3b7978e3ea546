-- One number that changes whenever anything a public page shows changes: pages, exports and feeds send it as their
-- ETag (and its time as Last-Modified), so a browser or a proxy can revalidate a page with a 304 instead of having
-- it rendered again. It is a row, not a sequence, so a reader never sees a version whose data has not committed.

create table data_version (
    id         smallint    primary key default 1 check (id = 1),
    version    bigint      not null default 1,
    changed_at timestamp with time zone not null default now()
);
insert into data_version default values;

create function bump_data_version() returns trigger
    language plpgsql as
$$
begin
    -- once per transaction is enough (a bulk import runs thousands of statements): the new version, and the row
    -- lock that orders writers, last until the transaction ends, and so does this transaction-local mark
    if current_setting('summit.data_version_bumped', true) is distinct from 'yes' then
        perform set_config('summit.data_version_bumped', 'yes', true);
        update data_version set version = version + 1, changed_at = now();
    end if;
    return null;
end
$$;

-- Attaches the statement trigger to a table whose rows the public pages show; later migrations call it for their
-- own tables.
create function track_data_version(t regclass) returns void
    language plpgsql as
$$
begin
    execute format('create trigger %I after insert or update or delete or truncate on %s '
                       || 'for each statement execute function bump_data_version()',
                   t::text || '_bumps_data_version', t);
end
$$;

select track_data_version(t)
from unnest(array['nation', 'nation_name', 'organization', 'membership', 'person', 'person_name', 'office',
                  'tenure', 'summit', 'attendance', 'source', 'citation', 'revision']::regclass[]) t;

-- History pages name editors: a changed display name changes them; sign-in counters do not.
create trigger account_display_name_bumps_data_version
    after update of display_name on account
    for each row when (old.display_name is distinct from new.display_name)
    execute function bump_data_version();
