-- The W3C traceparent of the transaction that appended the event (issue 12 item 3): the relay sends the event as a
-- child of that trace, so one business fact is one trace from the REST call through Kafka to its consumers.
-- Null when tracing is off.
alter table outbox_event add column trace_parent varchar(100);
