package org.kompis.lessons;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;
import org.kompis.core.LessonSource;
import org.kompis.core.NewLesson;

/**
 * Lessons and what is known about their channels. Rituals only need {@link #add}; search lives in
 * {@link LessonSearch}. Use it through {@code jdbi.onDemand(LessonStore.class)}.
 */
@RegisterConstructorMapper(Lesson.class)
public interface LessonStore {

    /** Stores a lesson, analysed for search: its new id, or empty when this (team, source, sourceRef) is stored. */
    default Optional<Long> add(NewLesson lesson) {
        String tags = Tags.normalise(lesson.tags());
        return insert(lesson, tags, IndexTerms.of(lesson.topic(), tags, lesson.text()));
    }

    @SqlQuery("""
      insert into lessons(team_id, source, source_ref, topic, text, tags, category, channel_id, visibility, author_id,
                          participants, permalink, mistake, created_at,
                          terms_topic, terms_tags, terms_text, terms_derived, analysis)
      values (:teamId, :source, :sourceRef, :topic, :text, :normalTags, :category, :channelId, :effectiveVisibility,
              :authorId, :participants, :permalink, :mistake, :storedAt,
              :t.topic, :t.tags, :t.text, :t.derived, :t.analysis)
      on conflict do nothing
      returning id""")
    Optional<Long> insert(
            @BindMethods NewLesson lesson, @Bind("normalTags") String tags, @BindMethods("t") IndexTerms terms);

    /** Changes a lesson's words, analysed again for search. */
    default boolean edit(String team, long id, String topic, String text, String tags) {
        String normalised = Tags.normalise(tags);
        return update(team, id, topic, text, normalised, IndexTerms.of(topic, normalised, text)) > 0;
    }

    @SqlUpdate("""
      update lessons set topic = :topic, text = :text, tags = :tags, terms_topic = :t.topic, terms_tags = :t.tags,
                         terms_text = :t.text, terms_derived = :t.derived, analysis = :t.analysis
      where team_id = :team and id = :id""")
    int update(
            @Bind("team") String team,
            @Bind("id") long id,
            @Bind("topic") String topic,
            @Bind("text") String text,
            @Bind("tags") String tags,
            @BindMethods("t") IndexTerms terms);

    /** True when Slack last said the channel is public and there. */
    @SqlQuery("""
      select count(*) > 0 from lesson_channels
      where team_id = :team and channel_id = :channel and is_private = 0 and deleted = 0""")
    boolean knownPublic(@Bind("team") String team, @Bind("channel") String channel);

    @SqlQuery("select * from lessons where team_id = :team and id = :id")
    Optional<Lesson> byId(@Bind("team") String team, @Bind("id") long id);

    /** The lesson a ritual already stored for this ref: what a retry that got an empty {@link #add} can look up. */
    @SqlQuery("select * from lessons where team_id = :team and source = :source and source_ref = :ref")
    Optional<Lesson> bySourceRef(
            @Bind("team") String team, @Bind("source") LessonSource source, @Bind("ref") String ref);

    /** "Delete my data": every lesson with this author; the FTS rows go with them (trigger). Anonymous rows stay. */
    @SqlUpdate("delete from lessons where team_id = :team and author_id = :author")
    int deleteByAuthor(@Bind("team") String team, @Bind("author") String authorId);

    /** "Export my data". */
    @SqlQuery("select * from lessons where team_id = :team and author_id = :author order by created_at, id")
    List<Lesson> byAuthor(@Bind("team") String team, @Bind("author") String authorId);

    @SqlUpdate("delete from lessons where team_id = :team and id = :id")
    int delete(@Bind("team") String team, @Bind("id") long id);

    /** Retention: deletes lessons created before the cutoff. */
    @SqlUpdate("delete from lessons where team_id = :team and created_at < :before")
    int purgeOlderThan(@Bind("team") String team, @Bind("before") long beforeMillis);

    /** The channel's own lessons, newest first; lessons private to their author are left out. */
    @SqlQuery("""
      select * from lessons where team_id = :team and channel_id = :channel and visibility != 'private'
      order by created_at desc, id desc limit :limit""")
    List<Lesson> recentInChannel(
            @Bind("team") String team, @Bind("channel") String channelId, @Bind("limit") int limit);

    /** An export of these channels' lessons, oldest first; lessons private to their author are left out. */
    @SqlQuery("""
      select * from lessons where team_id = :team and channel_id in (<channels>) and visibility != 'private'
      order by created_at, id""")
    List<Lesson> exportChannels(
            @Bind("team") String team,
            @BindList(value = "channels", onEmpty = BindList.EmptyHandling.NULL_STRING) Collection<String> channelIds);

    /** What a Slack lookup or event says about a channel; the latest call wins. */
    @SqlUpdate("""
      insert into lesson_channels(team_id, channel_id, is_private, deleted, updated_at)
      values (:team, :channel, :private, 0, :now)
      on conflict(team_id, channel_id) do update set
        is_private = excluded.is_private, updated_at = excluded.updated_at""")
    void rememberChannel(
            @Bind("team") String team,
            @Bind("channel") String channelId,
            @Bind("private") boolean isPrivate,
            @Bind("now") long now);

    /**
     * The channel is (now) private: its lessons are found only by its members from here on, and lessons that were
     * shared with the whole workspace fall back to the channel.
     */
    @Transaction
    default void markChannelPrivate(String team, String channelId, long now) {
        rememberChannel(team, channelId, true, now);
        narrowToChannel(team, channelId);
    }

    @SqlUpdate("""
      update lessons set visibility = 'channel'
      where team_id = :team and channel_id = :channel and visibility = 'workspace'""")
    void narrowToChannel(@Bind("team") String team, @Bind("channel") String channelId);

    /**
     * The channel is gone. A public channel's lessons stay findable (they were public); a private or unknown
     * channel's lessons are hidden from everyone but their authors, since nobody is its member any more.
     */
    @SqlUpdate("""
      insert into lesson_channels(team_id, channel_id, is_private, deleted, updated_at)
      values (:team, :channel, 1, 1, :now)
      on conflict(team_id, channel_id) do update set deleted = 1, updated_at = excluded.updated_at""")
    void markChannelDeleted(@Bind("team") String team, @Bind("channel") String channelId, @Bind("now") long now);

    /** One more search for {@code words} that found nothing, in this channel ('' for none) and week (its Monday). */
    @SqlUpdate("""
      insert into lesson_search_misses(team_id, channel_id, words, week, searches)
        values (:team, :channel, :words, :week, 1)
      on conflict (team_id, channel_id, words, week) do update set searches = lesson_search_misses.searches + 1""")
    void searchMissed(
            @Bind("team") String team,
            @Bind("channel") String channel,
            @Bind("words") String words,
            @Bind("week") String week);
}
