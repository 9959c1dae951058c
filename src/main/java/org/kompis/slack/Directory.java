package org.kompis.slack;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Who people are (users.info) and who is in a user group, cached briefly: a command that checks a manager's
 * rights and picks a language should cost Slack one call, not four.
 */
public final class Directory {
  private final SlackGateway slack;
  private final Clock clock;
  private final Duration ttl;
  private final Map<String, Cached<UserInfo>> users = new ConcurrentHashMap<>();
  private final Map<String, Cached<List<String>>> groups = new ConcurrentHashMap<>();

  public Directory(SlackGateway slack, Clock clock, Duration ttl) {
    this.slack = slack;
    this.clock = clock;
    this.ttl = ttl;
  }

  public UserInfo user(String teamId, String userId) {
    return cached(users, teamId + "/" + userId, () -> slack.team(teamId).user(userId));
  }

  public List<String> userGroup(String teamId, String handle) {
    return cached(groups, teamId + "/" + handle, () -> slack.team(teamId).userGroupMembers(handle));
  }

  public void forget(String teamId, String userId) {
    users.remove(teamId + "/" + userId);
  }

  private <T> T cached(Map<String, Cached<T>> cache, String key, Supplier<T> load) {
    long now = clock.millis();
    Cached<T> hit = cache.get(key);
    if (hit != null && hit.expiresAt > now) {
      return hit.value;
    }
    T value = load.get();
    cache.put(key, new Cached<>(value, now + ttl.toMillis()));
    return value;
  }

  private record Cached<T>(T value, long expiresAt) {}
}
