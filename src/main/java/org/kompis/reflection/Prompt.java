package org.kompis.reflection;

/** One prompt: a stable id (the same in every language), its theme tag and its text in one language. */
public record Prompt(String id, String theme, String text) {
    /** The theme tag of the prompts a channel's managers add themselves. */
    public static final String OWN = "own";
}
