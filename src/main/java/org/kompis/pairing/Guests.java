package org.kompis.pairing;

import com.slack.api.model.User;
import org.kompis.slack.Directory;
import org.kompis.slack.SlackCallException;

/**
 * A guest or someone from another organisation (Slack Connect) is left out of pools and buddies unless
 * {@code pairs.include_guests} is on: pairing them would open group DMs across the lines Slack draws.
 */
final class Guests {
    private final Directory directory;
    private final boolean included;

    /** @param included {@code pairs.include_guests}: guests are paired like anyone */
    Guests(Directory directory, boolean included) {
        this.directory = directory;
        this.included = included;
    }

    /**
     * Whether a changed account ({@code user_change}) is now a guest who must leave the pools and buddy lists they
     * joined as a member: a multi- or single-channel guest, unless guests are included.
     */
    boolean becameOne(User changed) {
        return !included && (changed.isRestricted() || changed.isUltraRestricted());
    }

    /** Whether this person stays out of pairing. When Slack cannot say, they are not left out (it opens nothing). */
    boolean leftOut(String team, String user) {
        if (included) {
            return false;
        }
        try {
            return directory.user(team, user).outsider();
        } catch (SlackCallException e) {
            return false;
        }
    }
}
