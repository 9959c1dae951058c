/**
 * The peer-learning pairs ritual, pure logic only: who is worth pairing with whom ({@link org.kompis.pairing.PairWeights})
 * and an optimal split of the round's participants into pairs plus at most one trio ({@link org.kompis.pairing.Matcher}).
 * Nothing here talks to Slack or the database: callers pass today's participants (snoozed people left out) and
 * the meeting {@link org.kompis.pairing.History}, and store {@link org.kompis.pairing.Matching#meetings(int)} afterwards.
 */
package org.kompis.pairing;
