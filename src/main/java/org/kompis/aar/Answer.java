package org.kompis.aar;

/** A row of {@code aar_answers}: one person's answers to the four questions. */
public record Answer(
        long id,
        long reviewId,
        String teamId,
        String userId,
        String expected,
        String actual,
        String difference,
        String better,
        int version,
        int postedVersion,
        String replyTs,
        long createdAt,
        long updatedAt) {

    /** The four texts in question order; null where the question was left empty. */
    public String[] texts() {
        return new String[] {expected, actual, difference, better};
    }
}
