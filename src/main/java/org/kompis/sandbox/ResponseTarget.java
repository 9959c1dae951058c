package org.kompis.sandbox;

/**
 * Where a response_url answers: to this person in this channel, about this message ({@code messageTs} null for a
 * slash command). Slack allows five uses; {@code uses} counts them.
 */
final class ResponseTarget {
    String user;
    String channel;
    String messageTs;
    String threadTs;
    int uses;
}
