package org.kompis.core;

/**
 * A ritual is a package: its commands, listeners, views, store and jobs. It installs them here, once, at start.
 * The list of rituals is {@link org.kompis.Rituals}.
 */
public interface Ritual {
    /** Registers commands with {@link Kit#commands()}, listeners with {@link Kit#app()}, jobs with {@link Kit#scheduler()}. */
    void install(Kit kit);
}
