/**
 * Manager insights: learning followed up like the budget. The {@code /insights} page (server-rendered HTML with SVG
 * charts and a table and CSV for each), sign-in with Slack (OpenID Connect) and sessions kept in the database, the
 * App Home section for managers and the monthly learning report by DM. It reads the rituals' tables with its own
 * queries ({@link org.kompis.insights.InsightsStore}, the only SQL here) and imports no ritual. Anonymity is one rule,
 * {@link org.kompis.insights.Gate}: no figure about fewer people than the configured minimum.
 */
package org.kompis.insights;
