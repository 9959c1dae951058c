package org.kompis.sandbox;

import com.google.gson.Gson;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The emulated Slack workspace's state behind one lock. Every change bumps a version the page long-polls on, and
 * asks for the state to be saved.
 */
final class Workspace {
    /** Something the emulator wants the person at the page to know: a refused request, an unsupported call. */
    record Notice(long id, long at, String level, String text) {}

    private record Trigger(String user, long createdNanos) {}

    /** Slack gives 3 s; the sandbox allows more, so a busy laptop does not fail a demo. */
    private static final long TRIGGER_NANOS = 10_000_000_000L;

    private static final Gson GSON = new Gson();

    private final Roster roster;
    private final Clock clock;
    private final Consumer<Workspace> onChange;
    private final Deque<Notice> notices = new ArrayDeque<>();
    private final Map<String, Trigger> triggers = new HashMap<>();
    private WorkspaceData data = new WorkspaceData();
    private long version = 1;
    private long noticeIds;
    private boolean released;

    Workspace(Clock clock, Consumer<Workspace> onChange) {
        this(Demo.ROSTER, clock, onChange);
    }

    Workspace(Roster roster, Clock clock, Consumer<Workspace> onChange) {
        this.roster = roster;
        this.clock = clock;
        this.onChange = onChange;
    }

    Roster roster() {
        return roster;
    }

    synchronized <T> T read(Function<WorkspaceData, T> f) {
        return f.apply(data);
    }

    /** Runs a change under the lock, then wakes the page and schedules a save. */
    <T> T write(Function<WorkspaceData, T> f) {
        T result;
        synchronized (this) {
            result = f.apply(data);
            version++;
            notifyAll();
        }
        onChange.accept(this);
        return result;
    }

    synchronized long version() {
        return version;
    }

    /** Waits until the version differs from {@code seen}, at most {@code millis}; the page's long poll. */
    synchronized long awaitChange(long seen, long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (version == seen && !released) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                break;
            }
            wait(left);
        }
        return version;
    }

    /**
     * While Kompis stops (Reset, shutdown) long polls answer at once: a poll still waiting when the server stops is
     * interrupted, and that would end the page's request with an error and the log with a stack trace.
     */
    synchronized void releaseWaiters(boolean release) {
        released = release;
        notifyAll();
    }

    void notice(String level, String text) {
        write(d -> {
            notices.addLast(new Notice(++noticeIds, clock.millis(), level, text));
            while (notices.size() > 30) {
                notices.removeFirst();
            }
            return null;
        });
    }

    synchronized List<Notice> notices() {
        return new ArrayList<>(notices);
    }

    /** A message ts from the sandbox clock, always increasing, so time travel shows in the timestamps too. */
    String nextTs(WorkspaceData d) {
        d.lastTsMicros = Math.max(d.lastTsMicros + 1, clock.millis() * 1000);
        return (d.lastTsMicros / 1_000_000) + "." + String.format("%06d", d.lastTsMicros % 1_000_000);
    }

    /** "V0000001" in the first workspace, "V2000001" in the second: ids stay apart, as Slack's do. */
    String nextId(WorkspaceData d, String prefix) {
        return prefix + roster.tag() + String.format("%06d", ++d.lastId);
    }

    long now() {
        return clock.millis();
    }

    synchronized String newTrigger(String user) {
        triggers.values().removeIf(t -> System.nanoTime() - t.createdNanos > TRIGGER_NANOS);
        String id = (clock.millis() / 1000) + "." + System.nanoTime() + ".sandbox";
        triggers.put(id, new Trigger(user, System.nanoTime()));
        return id;
    }

    /** The person a trigger_id was given to; a trigger works once and expires, as in Slack. */
    synchronized String takeTrigger(String id) {
        Trigger t = id == null ? null : triggers.remove(id);
        if (t == null) {
            throw new SlackError("invalid_trigger_id");
        }
        if (System.nanoTime() - t.createdNanos > TRIGGER_NANOS) {
            throw new SlackError("expired_trigger_id");
        }
        return t.user;
    }

    /** The conversation with this id; a user id means the DM between Kompis and that person, as in Slack. */
    Conversation conversation(WorkspaceData d, String id) {
        if (id != null && id.startsWith("U") && roster.person(id) != null) {
            return im(d, id);
        }
        Conversation c = id == null ? null : d.conversations.get(id);
        if (c == null) {
            throw new SlackError("channel_not_found");
        }
        return c;
    }

    Conversation im(WorkspaceData d, String user) {
        String id = "D" + user.substring(1);
        return d.conversations.computeIfAbsent(
                id,
                k -> new Conversation(
                        k,
                        null,
                        Conversation.IM,
                        null,
                        now() / 1000,
                        List.of(user, roster.bot().id())));
    }

    /** The group DM of exactly these people and Kompis: opened once, found again after. */
    Conversation mpim(WorkspaceData d, List<String> users) {
        TreeSet<String> wanted = new TreeSet<>(users);
        wanted.add(roster.bot().id());
        for (Conversation c : d.conversations.values()) {
            if (Conversation.MPIM.equals(c.kind) && new TreeSet<>(c.members).equals(wanted)) {
                return c;
            }
        }
        String id = nextId(d, "G");
        String name = "mpdm-"
                + String.join(
                        "--",
                        wanted.stream()
                                .filter(u -> !u.equals(roster.bot().id()))
                                .map(u -> roster.person(u).handle())
                                .toList())
                + "-1";
        Conversation c = new Conversation(id, name, Conversation.MPIM, null, now() / 1000, List.copyOf(wanted));
        d.conversations.put(id, c);
        return c;
    }

    Message message(WorkspaceData d, String channel, String ts) {
        return d.messages.stream()
                .filter(m -> m.channel.equals(channel) && m.ts.equals(ts))
                .findFirst()
                .orElseThrow(() -> new SlackError("message_not_found"));
    }

    /** Starts again from {@code fresh}: Reset, or the state read back at start. */
    void replace(WorkspaceData fresh) {
        write(d -> {
            data = fresh;
            triggers.clear();
            notices.clear();
            return null;
        });
    }

    /** The state to save, with the clock's lead so a restart resumes at the same sandbox time. */
    synchronized String toJson() {
        data.clockOffsetMillis =
                clock instanceof OffsetClock moved ? moved.offset().toMillis() : 0;
        return GSON.toJson(data);
    }

    static WorkspaceData fromJson(String json) {
        return GSON.fromJson(json, WorkspaceData.class);
    }
}
