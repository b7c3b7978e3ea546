-- Every foreign key that a page or a delete follows gets an index, so that a nation's, an organization's or an
-- office's page, and deleting one, never scans attendance or office at 100x the data; history pages read the
-- audit rows of one revision, so every audit table is indexed on rev too.

create index attendance_organization_idx on attendance (organization_id);
create index office_nation_idx on office (nation_id);
create index office_organization_idx on office (organization_id);

create index nation_aud_rev_idx on nation_aud (rev);
create index nation_name_aud_rev_idx on nation_name_aud (rev);
create index organization_aud_rev_idx on organization_aud (rev);
create index membership_aud_rev_idx on membership_aud (rev);
create index person_aud_rev_idx on person_aud (rev);
create index person_name_aud_rev_idx on person_name_aud (rev);
create index office_aud_rev_idx on office_aud (rev);
create index tenure_aud_rev_idx on tenure_aud (rev);
create index summit_aud_rev_idx on summit_aud (rev);
create index attendance_aud_rev_idx on attendance_aud (rev);
create index source_aud_rev_idx on source_aud (rev);
create index citation_aud_rev_idx on citation_aud (rev);
