package org.kompis.lessons;

import java.util.List;
import org.kompis.core.Category;
import org.kompis.core.LessonSource;
import org.kompis.core.Visibility;

/**
 * A row of {@code lessons}. Times are epoch milliseconds; {@code authorId} is null for anonymous content.
 *
 * @param tags as stored: lowercase, space separated, without '#'
 * @param mistake a mistake we learned from
 */
public record Lesson(
        long id,
        String teamId,
        LessonSource source,
        String sourceRef,
        String topic,
        String text,
        String tags,
        Category category,
        String channelId,
        Visibility visibility,
        String authorId,
        String participants,
        String permalink,
        long createdAt,
        boolean mistake) {

    public List<String> tagList() {
        return Tags.split(tags);
    }

    public boolean anonymous() {
        return authorId == null;
    }

    /**
     * Who wrote it, for "by ...": a six hats exercise and an after-action review's summary are written by everyone
     * who took part, not by the one who pressed Finish or Close; any other lesson by its author.
     */
    public List<String> writers() {
        boolean together = source == LessonSource.SIXHATS || (sourceRef != null && sourceRef.endsWith(":summary"));
        if (together && participants != null && !participants.isBlank()) {
            return List.of(participants.trim().split("\\s+"));
        }
        return authorId == null ? List.of() : List.of(authorId);
    }
}
