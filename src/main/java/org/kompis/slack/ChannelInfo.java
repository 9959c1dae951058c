package org.kompis.slack;

/**
 * What Kompis needs to know about a channel: whether it is private decides who finds what came from it; whether it is
 * shared with another organisation ({@code is_ext_shared}, Slack Connect) decides what may be posted into it.
 */
public record ChannelInfo(String id, String name, boolean isPrivate, boolean archived, boolean externallyShared) {}
