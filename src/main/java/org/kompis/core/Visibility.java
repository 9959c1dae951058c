package org.kompis.core;

import org.jdbi.v3.core.enums.DatabaseValue;

/**
 * Who may find a lesson. A private Slack channel always narrows this to its members, whatever the lesson says
 * (see {@link LessonSearch}).
 */
public enum Visibility {
    /** Follows the channel: everyone in the workspace if it is public, its members if it is private. */
    @DatabaseValue("channel")
    CHANNEL,
    /** Everyone in the workspace, also for lessons without a channel (pairs, DMs). */
    @DatabaseValue("workspace")
    WORKSPACE,
    /** Only the author. */
    @DatabaseValue("private")
    PRIVATE
}
