package org.kompis.core;

/**
 * A ritual is a package: its commands, listeners, views, store and jobs. It is built once, at the top
 * ({@link org.kompis.Rituals}), with the ports it uses as constructor arguments, and installs its parts here, once,
 * at start.
 */
public interface Ritual {
    /** Registers its commands, listeners, Home section, personal data and jobs with the ports it was given. */
    void install();
}
