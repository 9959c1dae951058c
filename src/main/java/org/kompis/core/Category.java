package org.kompis.core;

import org.jdbi.v3.core.enums.DatabaseValue;

/** The 70-20-10 model: learned on the job, from others, or in formal learning. */
public enum Category {
    @DatabaseValue("on_the_job")
    ON_THE_JOB,
    @DatabaseValue("from_others")
    FROM_OTHERS,
    @DatabaseValue("formal")
    FORMAL
}
