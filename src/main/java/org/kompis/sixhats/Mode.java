package org.kompis.sixhats;

/** How the hats are worn. */
public enum Mode {
    /** Groups of three, one hat each, as the KS course does it. The default. */
    IN_THREES,
    /** Everyone wears the same hat at a time, round by round; see {@link HatByHat}. */
    HAT_BY_HAT;

    public static final Mode DEFAULT = IN_THREES;

    /**
     * The mode to actually run with {@code joined} people: in threes needs at least
     * {@value GroupSplitter#MIN_PEOPLE} people, so fewer switch to hat by hat. When the result differs from
     * {@code this}, the caller owes the group an explanation.
     */
    public Mode effective(int joined) {
        return this == IN_THREES && joined < GroupSplitter.MIN_PEOPLE ? HAT_BY_HAT : this;
    }
}
