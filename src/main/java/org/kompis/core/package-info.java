/**
 * The contracts a ritual is built against, and nothing that builds them: {@link org.kompis.core.Ritual}, the
 * commands, Home sections and personal-data parts it registers, the settings it reads, the small ports it is given
 * ({@link org.kompis.core.Speech}, {@link org.kompis.core.Zones}, {@link org.kompis.core.Background}), and the add-on
 * contract through which something beside Kompis (the sandbox) contributes routes. It imports no ritual, no wiring
 * ({@code app}) and no feature; the wiring at the top builds these once and hands each ritual the ones it uses,
 * through its constructor.
 *
 * <p>One rule for channel posts: a post that answers what a person just did, or whose ts the ritual needs at once
 * (to thread, update or link), goes straight out through {@code slack.TeamClient}; a post that a schedule sends to a
 * channel with nobody waiting goes through the outbox ({@code delivery.Outbox.enqueue}, a unique run key), which
 * survives a restart mid-send, keeps the deployment's rate and never re-posts blindly.
 */
package org.kompis.core;
