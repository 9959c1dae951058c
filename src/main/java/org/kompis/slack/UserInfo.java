package org.kompis.slack;

/** What Kompis needs to know about a Slack user. */
public record UserInfo(
        String id, String name, String locale, String timeZone, boolean admin, boolean owner, boolean bot) {
    public boolean workspaceAdmin() {
        return admin || owner;
    }
}
