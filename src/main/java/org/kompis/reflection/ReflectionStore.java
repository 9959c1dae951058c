package org.kompis.reflection;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Reflection's tables: channel settings, own prompts, posted prompts and answers. */
@RegisterConstructorMapper(ChannelSettings.class)
@RegisterConstructorMapper(PromptRow.class)
@RegisterConstructorMapper(AnswerRow.class)
@RegisterConstructorMapper(OwnPrompt.class)
public interface ReflectionStore {

    @SqlQuery("select * from reflection_channels where team_id = :team and channel_id = :channel")
    Optional<ChannelSettings> settings(@Bind("team") String team, @Bind("channel") String channel);

    @SqlUpdate("""
      insert into reflection_channels(team_id, channel_id, anonymity, themes, time_zone, updated_by, updated_at)
      values (:teamId, :channelId, :anonymity, :themes, :timeZone, :updatedBy, :updatedAt)
      on conflict(team_id, channel_id) do update set anonymity = excluded.anonymity, themes = excluded.themes,
        time_zone = excluded.time_zone, updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
    void saveSettings(@BindMethods ChannelSettings s);

    @SqlQuery("select * from reflection_own_prompts where team_id = :team and channel_id = :channel order by id")
    List<OwnPrompt> ownPrompts(@Bind("team") String team, @Bind("channel") String channel);

    @SqlUpdate("""
      insert into reflection_own_prompts(team_id, channel_id, text, created_by, created_at)
      values (:team, :channel, :text, :by, :now)""")
    @GetGeneratedKeys("id")
    long addOwnPrompt(
            @Bind("team") String team,
            @Bind("channel") String channel,
            @Bind("text") String text,
            @Bind("by") String by,
            @Bind("now") long now);

    @SqlUpdate("delete from reflection_own_prompts where team_id = :team and channel_id = :channel and id = :id")
    int removeOwnPrompt(@Bind("team") String team, @Bind("channel") String channel, @Bind("id") long id);

    /** Every prompt posted in the channel, oldest first: the rotation's memory. */
    @SqlQuery("select * from reflection_prompts where team_id = :team and channel_id = :channel order by id")
    List<PromptRow> history(@Bind("team") String team, @Bind("channel") String channel);

    @SqlUpdate("""
      insert into reflection_prompts(team_id, channel_id, run_key, fire_time, prompt_id, theme, cycle, lang, text,
                                     anonymity, requested_by, created_at)
      values (:teamId, :channelId, :runKey, :fireTime, :promptId, :theme, :cycle, :lang, :text,
              :anonymity, :requestedBy, :createdAt)
      on conflict(team_id, channel_id, run_key) do nothing""")
    int insertPrompt(@BindMethods PromptRow row);

    @SqlQuery("select * from reflection_prompts where team_id = :team and channel_id = :channel and run_key = :run")
    Optional<PromptRow> promptOfRun(
            @Bind("team") String team, @Bind("channel") String channel, @Bind("run") String run);

    /** A prompt of workspace {@code team}: another workspace's id reads as no prompt at all. */
    @SqlQuery("select * from reflection_prompts where team_id = :team and id = :id")
    Optional<PromptRow> prompt(@Bind("team") String team, @Bind("id") long id);

    @SqlQuery(
            "select * from reflection_prompts where team_id = :team and channel_id = :channel order by id desc limit 1")
    Optional<PromptRow> lastPrompt(@Bind("team") String team, @Bind("channel") String channel);

    @SqlUpdate("update reflection_prompts set message_ts = :ts where team_id = :team and id = :id")
    void setMessageTs(@Bind("team") String team, @Bind("id") long id, @Bind("ts") String ts);

    @SqlUpdate("""
      insert into reflection_answers(team_id, prompt_ref, user_id, anonymous, shared, text, tags, created_at)
      values (:teamId, :promptRef, :userId, :anonymous, :shared, :text, :tags, :createdAt)""")
    @GetGeneratedKeys("id")
    long insertAnswer(@BindMethods AnswerRow row);

    @SqlQuery("select * from reflection_answers where team_id = :team and id = :id")
    Optional<AnswerRow> answer(@Bind("team") String team, @Bind("id") long id);

    /** People who answered: each named person once, each anonymous answer once (no author to tell them apart). */
    @SqlQuery("""
      select count(distinct user_id) + coalesce(sum(anonymous), 0)
      from reflection_answers where prompt_ref = :prompt""")
    int answered(@Bind("prompt") long promptId);

    /** Anonymous answers to the prompt: a count that includes one is not shown below five (see PromptMessages). */
    @SqlQuery("select coalesce(sum(anonymous), 0) from reflection_answers where prompt_ref = :prompt")
    int anonymousAnswers(@Bind("prompt") long promptId);

    @SqlQuery("select * from reflection_answers where prompt_ref = :prompt and shared = 1 order by id")
    List<AnswerRow> sharedAnswers(@Bind("prompt") long promptId);

    @SqlQuery("select count(*) > 0 from channel_settings where team_id = :team and channel_id = :channel "
            + "and lang is not null")
    boolean channelHasLanguage(@Bind("team") String team, @Bind("channel") String channel);
}
