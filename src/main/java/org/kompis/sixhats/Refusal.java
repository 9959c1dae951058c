package org.kompis.sixhats;

/** Why a step was refused: a message key and its arguments, rendered in the language of the person refused. */
record Refusal(String key, Object... args) {}
