/** Who is a manager: workspace admins and owners plus the users and user group named in the settings. */
package org.kompis.roles;
