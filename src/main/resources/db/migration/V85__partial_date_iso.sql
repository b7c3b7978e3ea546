-- A partial date as the exports write it: '2024' (year), '2024-07' (month) or '2024-07-03' (day); null when the
-- date is. The same text as PartialDate.iso() in Java, so the streamed Popolo document (built row by row in SQL)
-- writes dates exactly as the rest of the exports do.
create function partial_date_iso(d date, p varchar) returns text
    language sql immutable parallel safe as
$$
select case
           when d is null or p is null then null
           when p = 'YEAR' then extract(year from d)::int::text
           when p = 'MONTH' then to_char(d, 'YYYY-MM')
           else to_char(d, 'YYYY-MM-DD')
       end
$$;
