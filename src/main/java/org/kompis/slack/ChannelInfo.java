package org.kompis.slack;

/** What Kompis needs to know about a channel: whether it is private decides who finds what came from it. */
public record ChannelInfo(String id, String name, boolean isPrivate, boolean archived) {}
