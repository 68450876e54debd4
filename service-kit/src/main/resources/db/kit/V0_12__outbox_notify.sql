-- Wake the outbox relay when a transaction that appended events commits (issue 15): a NOTIFY is delivered at
-- commit, and only then, so the relay never runs for a row it cannot see yet. Once per statement, and PostgreSQL
-- folds equal notifications of one transaction into one.
create or replace function outbox_event_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('outbox_event', '');
    return null;
end
$$;

create trigger outbox_event_notify after insert on outbox_event
    for each statement execute function outbox_event_notify();
