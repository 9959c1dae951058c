package org.kompis.reflection;

/** A prompt a manager added for one channel ({@code /reflect add}). */
public record OwnPrompt(long id, String teamId, String channelId, String text, String createdBy, long createdAt) {
    Prompt asPrompt() {
        return new Prompt("own-" + id, Prompt.OWN, text);
    }
}
