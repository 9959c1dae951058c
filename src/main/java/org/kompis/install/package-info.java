/**
 * Installing Kompis in many workspaces with "Add to Slack" (OAuth v2): Bolt's installation and state services on
 * Kompis's database, bot tokens sealed with AES-GCM and rotated by one replica at a time. Single-workspace mode
 * ({@code SLACK_BOT_TOKEN}) uses none of it.
 */
package org.kompis.install;
