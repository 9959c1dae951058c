/**
 * The peer-learning pairs ritual ({@code /pairs}). Pure logic: who is worth pairing with whom ({@link
 * org.kompis.pairing.PairWeights}) and an optimal split into pairs plus at most one trio ({@link
 * org.kompis.pairing.Matcher}). In Slack ({@link org.kompis.pairing.PairsRitual}): a pool per channel, profiles, rounds
 * on a schedule or at once, intros in group DMs, "Did you meet?" follow-ups with the ghost rule, buddies for newcomers.
 */
package org.kompis.pairing;
