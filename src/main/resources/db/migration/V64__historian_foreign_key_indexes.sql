-- The import's own foreign keys get indexes too (ForeignKeyIndexTest): an import's records are listed and deleted by
-- their import, and a review item is found by the person it proposes.
create index historian_record_import_idx on historian_record (import_id);
create index historian_review_person_idx on historian_review (person_id);
