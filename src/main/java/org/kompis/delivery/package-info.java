/**
 * Channel posts at scale, exactly once where Slack allows it: rituals enqueue posts
 * ({@link org.kompis.delivery.Outbox}) in the same transaction as their own rows, and the
 * {@link org.kompis.delivery.Sender} drains them within Slack's limits (a per-workspace rate, one message a second
 * per channel, Retry-After, backoff on 5xx). A post is a row with a unique (run, channel) key, marked sent with
 * Slack's ts.
 */
package org.kompis.delivery;
