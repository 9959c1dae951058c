package org.kompis.reflection;

import com.slack.api.model.view.ViewState;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kompis.core.CommandCall;
import org.kompis.core.Kit;
import org.kompis.i18n.Lang;
import org.kompis.i18n.Texts;
import org.kompis.scheduling.Holidays;
import org.kompis.scheduling.Schedule;
import org.kompis.scheduling.WeeklyTime;
import org.kompis.slack.SlackCallException;
import org.kompis.slack.Views;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The settings modal of {@code /reflect schedule}: day, time, time zone, frequency, the prompts' language,
 * anonymity, holiday calendar and themes. The submission is checked in the listener, acknowledged, and applied on a
 * worker after the manager's rights are checked again on the server.
 */
final class ReflectionSettings {
    private static final Logger log = LoggerFactory.getLogger(ReflectionSettings.class);

    private final Kit kit;
    private final PromptLibrary library;
    private final ReflectionSchedules schedules;

    ReflectionSettings(Kit kit, PromptLibrary library, ReflectionSchedules schedules) {
        this.kit = kit;
        this.library = library;
        this.schedules = schedules;
    }

    private ReflectionStore store() {
        return kit.jdbi().onDemand(ReflectionStore.class);
    }

    /** Opens the modal for {@code /reflect schedule} without arguments (the caller checked the rights). */
    void open(CommandCall call) {
        String team = call.teamId();
        String channel = call.channelId();
        ChannelSettings settings = store().settings(team, channel).orElse(ChannelSettings.defaults(team, channel));
        Optional<Schedule> s = schedules.find(team, channel);
        ZoneId zone =
                s.map(x -> ZoneId.of(x.timeZone())).orElseGet(() -> schedules.zoneFor(team, settings, call.userId()));
        ReflectionModals.Current current = new ReflectionModals.Current(
                s.map(x -> ReflectionSchedules.dayOf(x.cron().split(" ")[5])).orElse(DayOfWeek.FRIDAY),
                s.map(x -> ReflectionSchedules.time(x).toString()).orElse("09:00"),
                zone.getId(),
                s.map(Schedule::everyWeeks).orElse(1),
                kit.languages().ofChannel(team, channel),
                settings.anonymity(),
                schedules.holidaysFor(team, channel, zone),
                settings.themeSet());
        Texts t = call.texts();
        var view = ReflectionModals.settings(t, channel + "|" + t.lang().code(), current, themes());
        try {
            call.slack().openView(call.triggerId(), view);
        } catch (SlackCallException e) {
            log.warn("Could not open the reflection settings: {}", e.error());
            call.reply(call.t("common.error"));
        }
    }

    private List<String> themes() {
        List<String> out = new ArrayList<>(library.themes());
        out.add(Prompt.OWN);
        return out;
    }

    void register() {
        kit.app().viewSubmission(ReflectionModals.SETTINGS, (req, ctx) -> {
            var payload = req.getPayload();
            String[] meta = payload.getView().getPrivateMetadata().split("\\|");
            String channel = meta[0];
            Texts t = kit.messages()
                    .in(Lang.parse(meta.length > 1 ? meta[1] : null)
                            .orElse(kit.languages().fallback(payload.getTeam().getId())));
            ViewState state = payload.getView().getState();
            Map<String, String> errors = new LinkedHashMap<>();
            String dayValue = Views.value(state, "day", "day");
            Optional<LocalTime> time =
                    Optional.ofNullable(Views.value(state, "time", "time")).flatMap(WeeklyTime::time);
            String zoneValue = Views.value(state, "zone", "zone");
            if (dayValue == null) {
                errors.put("day", t.t("reflection.settings.bad_day"));
            }
            if (time.isEmpty()) {
                errors.put("time", t.t("reflection.settings.bad_time"));
            }
            ZoneId zone = null;
            try {
                zone = ZoneId.of(zoneValue);
            } catch (RuntimeException e) {
                errors.put("zone", t.t("reflection.settings.bad_zone"));
            }
            if (!errors.isEmpty()) {
                return ctx.ackWithErrors(errors);
            }
            String team = payload.getTeam().getId();
            String user = payload.getUser().getId();
            String refused = kit.roles().notManagerNow(team, user, t);
            if (refused == null) {
                refused = kit.roles().notInChannelNow(team, channel, user, t);
            }
            if (refused != null) {
                return ctx.ackWithErrors(Map.of("day", refused));
            }
            Choice choice = new Choice(
                    payload.getTeam().getId(),
                    channel,
                    payload.getUser().getId(),
                    DayOfWeek.valueOf(dayValue),
                    time.get(),
                    zone,
                    "2".equals(Views.value(state, "frequency", "frequency")) ? 2 : 1,
                    Lang.parse(Views.value(state, "language", "language")).orElse(t.lang()),
                    Views.values(state, "anonymity", "anonymity").contains("allowed"),
                    Holidays.parse(Views.value(state, "holidays", "holidays")).orElse(Holidays.NONE),
                    String.join(",", Views.values(state, "themes", "themes")));
            if (!kit.later("Reflection settings", () -> apply(choice, t))) {
                return ctx.ackWithErrors(Map.of("day", t.t("common.busy")));
            }
            return ctx.ack();
        });
    }

    private record Choice(
            String team,
            String channel,
            String user,
            DayOfWeek day,
            LocalTime time,
            ZoneId zone,
            int every,
            Lang lang,
            boolean anonymity,
            Holidays holidays,
            String themes) {}

    private void apply(Choice c, Texts t) {
        var slack = kit.slack().team(c.team());
        try {
            if (!kit.roles().isManager(c.team(), c.user())) {
                String group = kit.roles().managerGroup(c.team());
                slack.ephemeral(
                        c.channel(),
                        c.user(),
                        group == null ? t.t("roles.managers_only") : t.t("roles.managers_only_group", group),
                        null);
                return;
            }
            store().saveSettings(new ChannelSettings(
                    c.team(),
                    c.channel(),
                    c.anonymity(),
                    c.themes().isBlank() ? null : c.themes(),
                    c.zone().getId(),
                    c.user(),
                    kit.clock().millis()));
            kit.languages().setChannel(c.team(), c.channel(), c.lang());
            Schedule saved = schedules.save(
                    c.team(), c.channel(), c.user(), c.day(), c.time(), c.zone(), c.every(), c.holidays());
            slack.ephemeral(c.channel(), c.user(), schedules.confirmation(t, saved), null);
        } catch (SlackCallException e) {
            log.warn("Reflection settings for {}: {}", c.channel(), e.error());
        }
    }
}
