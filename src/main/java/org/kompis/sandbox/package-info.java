/**
 * The sandbox: Kompis without Slack. The real Kompis runs against an emulated Slack workspace (its Web API, and a
 * page at {@code /} that plays the Slack client), and every page action reaches {@code POST /slack/events} signed
 * exactly as Slack signs it. README.md > Try it without Slack.
 */
package org.kompis.sandbox;
