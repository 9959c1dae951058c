package org.kompis.delivery;

import java.util.function.Function;
import org.jdbi.v3.core.Handle;

/** How one kind of post is rendered, and what its ritual does once it was sent or failed for good. */
public interface Delivery {
    /**
     * The message for this row, rendered when it is sent (so a retry hours later posts what is true then). Null when
     * what the row refers to is gone: the row is then marked failed with error {@code gone}.
     */
    Message render(OutboxRow row);

    /**
     * Runs inside the transaction that marks the row sent, so the ritual's record of {@code ts} and the outbox agree
     * after any crash. Database writes through {@code h} only: no Slack calls, no other connection.
     */
    default void sent(Handle h, OutboxRow row, String ts) {}

    /** The row failed for good ({@code channel_not_found}, {@code not_in_channel}...); outside any transaction. */
    default void failed(OutboxRow row, String error) {}

    /** For posts whose ritual needs nothing after sending. */
    static Delivery rendering(Function<OutboxRow, Message> render) {
        return render::apply;
    }
}
