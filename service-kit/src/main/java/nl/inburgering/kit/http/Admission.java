package nl.inburgering.kit.http;

import java.util.ArrayDeque;

/**
 * A bulkhead: at most {@code limit} holders at once, the rest waiting in arrival order, at most {@code maxWaiting} of
 * them (issue 15). Pure, so its rules are tested without a server; {@link RequestBulkhead} puts HTTP requests through it.
 * A waiter is admitted by {@link #release()} of a holder, which runs the waiter's callback (outside the lock).
 */
public final class Admission {

    /** A place in the queue. */
    public static final class Ticket {
        private final Runnable admitted;
        private boolean waiting = true;
        private boolean admittedAlready;

        private Ticket(Runnable admitted) {
            this.admitted = admitted;
        }
    }

    /** What {@link #enter} did: admitted now, queued (the callback runs when admitted), or refused (queue full). */
    public enum Outcome { ADMITTED, QUEUED, REFUSED }

    /** The outcome, and for {@link Outcome#QUEUED} the ticket to {@link #cancel} with. */
    public record Entry(Outcome outcome, Ticket ticket) {
    }

    private final int limit;
    private final int maxWaiting;
    private final ArrayDeque<Ticket> queue = new ArrayDeque<>();
    private int holders;

    public Admission(int limit, int maxWaiting) {
        if (limit < 1 || maxWaiting < 0) {
            throw new IllegalArgumentException("limit must be at least 1 and maxWaiting at least 0");
        }
        this.limit = limit;
        this.maxWaiting = maxWaiting;
    }

    /** Enters if there is room; else queues {@code admitted} if the queue has room; else refuses. */
    public synchronized Entry enter(Runnable admitted) {
        if (holders < limit && queue.isEmpty()) {
            holders++;
            return new Entry(Outcome.ADMITTED, null);
        }
        if (queue.size() >= maxWaiting) {
            return new Entry(Outcome.REFUSED, null);
        }
        Ticket ticket = new Ticket(admitted);
        queue.add(ticket);
        return new Entry(Outcome.QUEUED, ticket);
    }

    /** Leaves the queue: true if the ticket was not admitted (and now never will be); false if it holds a place. */
    public synchronized boolean cancel(Ticket ticket) {
        if (ticket.admittedAlready) {
            return false;
        }
        if (ticket.waiting) {
            ticket.waiting = false;
            queue.remove(ticket);
        }
        return true;
    }

    /** A holder leaves; the longest waiter, if any, takes its place and its callback runs. */
    public void release() {
        Ticket next;
        synchronized (this) {
            if (holders == 0) {
                throw new IllegalStateException("release without a holder");
            }
            next = queue.poll();
            if (next == null) {
                holders--;
                return;
            }
            next.waiting = false;
            next.admittedAlready = true; // the place passes to it: holders stays the same
        }
        next.admitted.run();
    }

    public synchronized int holders() {
        return holders;
    }

    public synchronized int waiting() {
        return queue.size();
    }
}
