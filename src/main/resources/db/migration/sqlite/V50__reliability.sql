-- /readyz writes one row here: a database that answers reads but refuses writes is not ready.
create table health_probe (
  id integer primary key,
  at integer not null
);

