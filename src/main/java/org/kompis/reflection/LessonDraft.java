package org.kompis.reflection;

import java.util.List;

/**
 * A shared answer as the lessons library will keep it: source {@code reflection}, the prompt as topic, the channel,
 * tags, and the author, which is null for an anonymous answer. {@code sourceRef} is stable ({@code reflection:answer:<id>}),
 * so importing twice can be made a no-op.
 */
public record LessonDraft(String source, String sourceRef, String teamId, String channelId, String topic, String text,
    String author, List<String> tags, long createdAt) {}
