-- One table, one row per id; 10,000 rows so a read finds its row through the primary key as a service's does.
create table floor_row (
    id          uuid         primary key,
    name        varchar(200) not null,
    payload     varchar(500) not null,
    created_at  timestamptz  not null default now()
);
-- Ids the load tool can compute: md5 of 'floor-<n>' as a uuid, n = 1..10000.
insert into floor_row (id, name, payload)
select md5('floor-' || n)::uuid, 'Row ' || n, repeat('x', 200) from generate_series(1, 10000) n;
