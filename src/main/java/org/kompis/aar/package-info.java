/**
 * The after-action review: a manager asks "what was supposed to happen, what actually happened, why was there a
 * difference, and what will we do better next time?"; everyone involved answers in a modal; the summary goes to
 * the thread and the action items are followed up on their due dates, the way a budget is followed up.
 */
package org.kompis.aar;
