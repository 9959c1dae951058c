package org.kompis.slack;

/**
 * What Kompis needs to know about a Slack user. {@code guest}: a multi- or single-channel guest
 * ({@code is_restricted}, {@code is_ultra_restricted}); {@code external}: someone from another organisation, seen
 * through a Slack Connect channel; {@code deleted}: a deactivated account.
 */
public record UserInfo(
        String id,
        String name,
        String locale,
        String timeZone,
        boolean admin,
        boolean owner,
        boolean bot,
        boolean guest,
        boolean external,
        boolean deleted) {

    public boolean workspaceAdmin() {
        return (admin || owner) && !deleted;
    }

    /** A guest or a person from another organisation: someone who sees only the channels they were let into. */
    public boolean outsider() {
        return guest || external;
    }
}
