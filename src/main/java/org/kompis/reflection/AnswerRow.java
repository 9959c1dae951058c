package org.kompis.reflection;

/** A row of {@code reflection_answers}. {@code userId} is null for an anonymous answer: it was never stored. */
public record AnswerRow(
        long id,
        String teamId,
        long promptRef,
        String userId,
        boolean anonymous,
        boolean shared,
        String text,
        String tags,
        long createdAt) {}
