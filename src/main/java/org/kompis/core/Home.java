package org.kompis.core;

import com.slack.api.model.view.View;

/** The App Home tab: each ritual adds its section; it is rendered per person and published when it changes. */
public interface Home {
    void add(HomeSection section);

    /** {@code userId}'s Home tab as it would be published now. */
    View view(String teamId, String userId);

    /** Renders and publishes {@code userId}'s Home tab; failures are logged, never thrown at a caller. */
    void publish(String teamId, String userId);
}
