/**
 * Each workspace's own settings, chosen by its admins in Slack ({@code /kompis settings}, or the button in App Home):
 * default language, time zone, holiday calendar, managers' user group, retention. The configuration file gives the
 * defaults; {@link org.kompis.settings.StoredWorkspaces} lays a workspace's stored choices over them, so rituals read
 * them through {@link org.kompis.core.Workspaces} without knowing where they came from.
 */
package org.kompis.settings;
