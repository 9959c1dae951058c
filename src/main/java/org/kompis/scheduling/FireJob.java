package org.kompis.scheduling;

import java.time.Instant;
import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.SchedulerException;

/** The one Quartz job: it hands the firing back to {@link Scheduler}, which claims it in the database. */
public final class FireJob implements Job {
    static final String SCHEDULE_ID = "scheduleId";
    static final String SCHEDULED_FOR = "scheduledFor";
    static final String TIMER_ID = "timerId";

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        try {
            Scheduler scheduler =
                    (Scheduler) context.getScheduler().getContext().get(Scheduler.class.getName());
            JobDataMap data = context.getMergedJobDataMap();
            if (data.containsKey(SCHEDULE_ID)) {
                scheduler.fireSchedule(data.getLong(SCHEDULE_ID), Instant.ofEpochMilli(data.getLong(SCHEDULED_FOR)));
            } else {
                scheduler.fireTimer(data.getLong(TIMER_ID));
            }
        } catch (SchedulerException e) {
            throw new JobExecutionException(e);
        }
    }
}
