package org.kompis.core;

import io.javalin.config.RoutesConfig;

/**
 * Something served beside Slack's endpoint on Kompis's one HTTP server: it adds its routes to the route table and
 * may name the address to bind. Kompis starts the server before the rituals install when an add-on is present,
 * because an add-on may be the very Web API that Bolt asks at start.
 */
public interface WebAddOn {
    void routes(RoutesConfig routes);

    /** The address to bind; null binds every interface. */
    default String host() {
        return null;
    }
}
