package org.kompis.reflection;

import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.mapper.MapMapper;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * What reflection stores about one person, for /kompis privacy. An export keeps each row as stored, column by
 * column, so it is read as a map; everything else is a record or a count.
 */
@RegisterConstructorMapper(ReflectionPersonalStore.Counts.class)
@RegisterRowMapper(MapMapper.class)
interface ReflectionPersonalStore {
    record Counts(int answers, int prompts) {}

    @SqlQuery("""
      select (select count(*) from reflection_answers where team_id = :team and user_id = :user) as answers,
        (select count(*) from reflection_own_prompts where team_id = :team and created_by = :user) as prompts""")
    Counts counts(@Bind("team") String team, @Bind("user") String user);

    @SqlQuery("""
      select p.channel_id, p.text as prompt, a.text, a.tags, a.shared, a.created_at
      from reflection_answers a join reflection_prompts p on p.id = a.prompt_ref
      where a.team_id = :team and a.user_id = :user""")
    List<Map<String, Object>> answers(@Bind("team") String team, @Bind("user") String user);

    @SqlQuery("""
      select channel_id, text, created_at from reflection_own_prompts
      where team_id = :team and created_by = :user""")
    List<Map<String, Object>> ownPrompts(@Bind("team") String team, @Bind("user") String user);

    @SqlUpdate("delete from reflection_answers where team_id = :team and user_id = :user")
    void deleteAnswers(@Bind("team") String team, @Bind("user") String user);

    @SqlUpdate("update reflection_own_prompts set created_by = '-' where team_id = :team and created_by = :user")
    void disownPrompts(@Bind("team") String team, @Bind("user") String user);

    @SqlUpdate("update reflection_prompts set requested_by = null where team_id = :team and requested_by = :user")
    void forgetRequester(@Bind("team") String team, @Bind("user") String user);

    @SqlUpdate("update reflection_channels set updated_by = null where team_id = :team and updated_by = :user")
    void forgetSettingsEditor(@Bind("team") String team, @Bind("user") String user);

    @SqlUpdate("delete from reflection_prompts where team_id = :team and created_at < :cutoff")
    void purgePromptsBefore(@Bind("team") String team, @Bind("cutoff") long cutoff);
}
