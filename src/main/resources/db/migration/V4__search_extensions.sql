-- Accent- and case-insensitive matching for the pickers that search as an editor types ("erdogan" finds Erdoğan).
create extension if not exists unaccent;
create extension if not exists pg_trgm;

-- unaccent() is only STABLE (it reads a dictionary); this wrapper pins the dictionary so it can back indexes.
create function immutable_unaccent(text) returns text language sql immutable parallel safe strict as
$$ select public.unaccent('public.unaccent'::regdictionary, $1) $$;
