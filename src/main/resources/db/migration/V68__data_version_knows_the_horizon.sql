-- The date the data is known as of (the latest dated source's publication date, DataHorizon) kept in the data
-- version's row, so the one read of that row a request already makes (the conditional GET's) also says the horizon,
-- and every instance sees a change at once, whoever made it: an editor anywhere, an import, a migration.

alter table data_version add column sources_as_of date;

create index source_published_on_idx on source (published_on);

create function note_sources_as_of() returns trigger
    language plpgsql as
$$
begin
    update data_version set sources_as_of = (select max(published_on) from source);
    return null;
end
$$;

create trigger source_moves_the_horizon
    after insert or update or delete or truncate on source
    for each statement execute function note_sources_as_of();

update data_version set sources_as_of = (select max(published_on) from source);
