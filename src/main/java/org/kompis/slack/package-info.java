/**
 * Slack at the edge: the signature check and Javalin endpoint in front of Bolt, the Web API gateway with its error
 * handling, the user and channel directory, event dispatch and de-duplication, Block Kit and mrkdwn helpers.
 */
package org.kompis.slack;
