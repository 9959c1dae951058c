-- One holder at a time per key, across processes: a claim is taken by inserting its key, or by taking over a
-- claim whose lease has lapsed (its holder died); it is released by deleting the row.
create table claims (
  claim_key  text primary key,
  holder     text not null,
  expires_at integer not null
);
