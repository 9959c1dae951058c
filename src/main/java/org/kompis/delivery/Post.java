package org.kompis.delivery;

/**
 * A channel post to enqueue. {@code runKey} names the run (a scheduled fire, a command), so a run posts at most once
 * per channel; {@code kind} picks the {@link Delivery} that renders it and {@code ref} is that ritual's own id.
 */
public record Post(String teamId, String runKey, String channelId, String threadTs, String kind, String ref) {}
