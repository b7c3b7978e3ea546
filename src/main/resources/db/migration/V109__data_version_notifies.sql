-- Every instance keeps the data version in memory instead of reading it on every request (system/DataVersions): a
-- change of the row is announced to every listening instance when its transaction commits, with the new version
-- as the payload, so each knows which version its next request must read (from the replica, if it has one, which
-- may not have it yet). A rolled-back transaction announces nothing.

create function notify_data_version() returns trigger
    language plpgsql as
$$
begin
    perform pg_notify('data_version', new.version::text);
    return null;
end
$$;

create trigger data_version_notifies
    after update on data_version
    for each row execute function notify_data_version();
