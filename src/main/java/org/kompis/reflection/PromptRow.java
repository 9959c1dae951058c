package org.kompis.reflection;

/** A row of {@code reflection_prompts}: one prompt posted (or on its way) in one channel. */
public record PromptRow(
        long id,
        String teamId,
        String channelId,
        String runKey,
        long fireTime,
        String promptId,
        String theme,
        int cycle,
        String lang,
        String text,
        boolean anonymity,
        String requestedBy,
        String messageTs,
        long createdAt) {}
