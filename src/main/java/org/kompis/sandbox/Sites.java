package org.kompis.sandbox;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The emulated workspaces, the first being the one the page opens on. Ids never repeat across workspaces, so a
 * person, a token, a response_url or a file says which workspace it belongs to.
 */
final class Sites {
    private final List<Site> all;

    Sites(List<Site> all) {
        this.all = List.copyOf(all);
    }

    List<Site> all() {
        return all;
    }

    Site first() {
        return all.get(0);
    }

    List<Roster> rosters() {
        return all.stream().map(Site::roster).toList();
    }

    /** The workspace {@code person} is in, or null. */
    Site ofPerson(String person) {
        return find(s -> s.roster().people().stream().anyMatch(p -> p.id().equals(person)));
    }

    /** The workspace a bot token was issued for, or null. */
    Site ofToken(String token) {
        return find(s -> s.roster().token().equals(token));
    }

    /** The workspace that passes {@code test}; the first when none does (it then answers "not found" itself). */
    Site orFirst(Predicate<Site> test) {
        Site s = find(test);
        return s == null ? first() : s;
    }

    /** Wakes every workspace's page: something all of them show (the clock, the next job) changed. */
    void touch() {
        all.forEach(s -> s.ws().write(d -> null));
    }

    void releaseWaiters(boolean release) {
        all.forEach(s -> s.ws().releaseWaiters(release));
    }

    /** Each workspace as saved, or seeded afresh (a new sandbox, or one saved before it had this workspace). */
    void readOrSeed(boolean saved) {
        for (Site site : all) {
            Optional<WorkspaceData> data = saved ? site.snapshots().read() : Optional.empty();
            if (data.isPresent()) {
                site.ws().replace(data.get());
            } else {
                site.seed();
                site.snapshots().saveNow(site.ws());
            }
        }
    }

    /** The token sealing key, made once per sandbox and kept in the first workspace's file. */
    String sealingKey() {
        return first().ws().write(d -> {
            if (d.sealingKey == null) {
                d.sealingKey = Base64.getEncoder().encodeToString(new SecureRandom().generateSeed(32));
            }
            return d.sealingKey;
        });
    }

    /** Reset: every workspace's file deleted and its state emptied. */
    void deleteAll() {
        for (Site site : all) {
            site.snapshots().delete();
            site.ws().replace(new WorkspaceData());
        }
    }

    void saveAndClose() {
        for (Site site : all) {
            site.snapshots().saveNow(site.ws());
            site.snapshots().close();
        }
    }

    private Site find(Predicate<Site> test) {
        return all.stream().filter(test).findFirst().orElse(null);
    }
}
