package org.kompis.scheduling;

import java.time.Instant;
import java.util.Date;
import java.util.Properties;
import org.quartz.JobBuilder;
import org.quartz.JobDataMap;
import org.quartz.JobKey;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Quartz, kept to one job: "fire this at that time". The in-memory job store is enough because what must survive
 * a restart lives in Kompis's tables; Quartz's JDBC store does not support SQLite.
 */
final class QuartzTriggers {
    private static final Logger log = LoggerFactory.getLogger(QuartzTriggers.class);

    private final org.quartz.Scheduler quartz;

    QuartzTriggers(Scheduler owner) throws SchedulerException {
        Properties p = new Properties();
        p.setProperty("org.quartz.scheduler.instanceName", "kompis");
        p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        p.setProperty("org.quartz.threadPool.threadCount", "4");
        p.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
        p.setProperty("org.quartz.jobStore.misfireThreshold", "60000");
        quartz = new StdSchedulerFactory(p).getScheduler();
        quartz.getContext().put(Scheduler.class.getName(), owner);
        quartz.start();
    }

    boolean running() {
        try {
            return quartz.isStarted() && !quartz.isShutdown();
        } catch (SchedulerException e) {
            return false;
        }
    }

    /**
     * Fires {@link FireJob} with {@code data} at {@code at}, replacing what {@code key} had; a missed time fires at
     * once.
     */
    void at(String key, JobDataMap data, Instant at) {
        try {
            JobKey jobKey = JobKey.jobKey(key);
            quartz.deleteJob(jobKey);
            quartz.scheduleJob(
                    JobBuilder.newJob(FireJob.class)
                            .withIdentity(jobKey)
                            .usingJobData(data)
                            .build(),
                    TriggerBuilder.newTrigger()
                            .startAt(Date.from(at))
                            .withSchedule(
                                    SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                            .build());
        } catch (SchedulerException e) {
            log.error("Could not arm {}", key, e);
        }
    }

    /** Arms the schedule's next run after {@code now} (or after its last run, if that is later). */
    void arm(Schedule s, Instant now) {
        Instant last = s.lastFireOrCreated();
        Instant next = s.recurrence().nextAfter(last.isAfter(now.minusMillis(1)) ? last : now.minusMillis(1));
        JobDataMap data = new JobDataMap();
        data.put(FireJob.SCHEDULE_ID, s.id());
        data.put(FireJob.SCHEDULED_FOR, next.toEpochMilli());
        at("schedule-" + s.id(), data, next);
    }

    void arm(Timer t) {
        JobDataMap data = new JobDataMap();
        data.put(FireJob.TIMER_ID, t.id());
        at("timer-" + t.kind() + "-" + t.ref(), data, t.due());
    }

    void cancel(String key) {
        try {
            quartz.deleteJob(JobKey.jobKey(key));
        } catch (SchedulerException e) {
            log.warn("Could not disarm {}", key, e);
        }
    }

    void close() {
        try {
            quartz.shutdown(true);
        } catch (SchedulerException e) {
            log.warn("Quartz did not stop cleanly", e);
        }
    }
}
