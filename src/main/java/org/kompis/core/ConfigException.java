package org.kompis.core;

/** A setting that is missing or wrong. The message is one line that names it and says how to fix it. */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message, null, false, false);
    }
}
