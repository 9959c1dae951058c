/**
 * The App Home tab behind {@link org.kompis.core.Home}: a header, what is coming up in the person's channels, then
 * each ritual's section in install order, within Slack's block limit.
 */
package org.kompis.home;
