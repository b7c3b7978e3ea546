-- Site search (org.summittracker.search.SiteSearch): every name a reader may type, matched by trigram word
-- similarity on its lower-case, unaccented form, so "erdogan" and "erdgan" find Erdoğan and "turkiye" Türkiye.
-- Each index is on exactly the expression the search query compares, immutable_unaccent(lower(column)), which is
-- what lets PostgreSQL use it; the admin pickers' LIKE searches on the same expressions use them too.
create index person_search_name_idx on person using gin (immutable_unaccent(lower(name)) gin_trgm_ops);
create index person_name_search_idx on person_name using gin (immutable_unaccent(lower(name)) gin_trgm_ops);
create index nation_search_name_idx on nation using gin (immutable_unaccent(lower(name)) gin_trgm_ops);
create index nation_search_official_name_idx on nation using gin (immutable_unaccent(lower(official_name)) gin_trgm_ops);
create index nation_name_search_idx on nation_name using gin (immutable_unaccent(lower(name)) gin_trgm_ops);
create index organization_search_name_idx on organization using gin (immutable_unaccent(lower(name)) gin_trgm_ops);
create index organization_search_acronym_idx on organization using gin (immutable_unaccent(lower(acronym)) gin_trgm_ops);
create index summit_search_name_idx on summit using gin (immutable_unaccent(lower(name)) gin_trgm_ops);
create index summit_search_city_idx on summit using gin (immutable_unaccent(lower(city)) gin_trgm_ops);
create index summit_search_venue_idx on summit using gin (immutable_unaccent(lower(venue)) gin_trgm_ops);
-- Summits are also found by their host nation's names.
create index summit_host_nation_idx on summit (host_nation_id);

-- How well a normalized query matches a normalized field: pg_trgm's word similarity (0..1, tolerant of typos),
-- plus 1 when the field is exactly the query, or 0.3 when one of the field's words starts with it.
create function search_rank(query text, field text) returns real
    language sql immutable parallel safe as
$$
select case
           when field is null or query is null then 0
           else word_similarity(query, field) + case
               when field = query then 1.0
               when strpos(' ' || regexp_replace(field, '[^[:alnum:]]+', ' ', 'g'),
                           ' ' || regexp_replace(query, '[^[:alnum:]]+', ' ', 'g')) > 0 then 0.3
               else 0 end
       end::real
$$;
