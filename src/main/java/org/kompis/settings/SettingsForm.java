package org.kompis.settings;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.kompis.core.WorkspaceSettings;
import org.kompis.i18n.Lang;
import org.kompis.i18n.Texts;
import org.kompis.scheduling.Holidays;
import org.kompis.slack.Blocks;
import org.kompis.slack.Pickers;
import org.kompis.slack.Views;

/** The modal of {@code /kompis settings}, and what a submission of it means, checked field by field. */
final class SettingsForm {
    static final String CALLBACK = "workspace_settings";
    static final int MIN_RETENTION = 30;
    static final int MAX_RETENTION = 3650;
    private static final List<Holidays> CALENDARS =
            List.of(Holidays.NORWAY, Holidays.NORWAY_PUBLIC, Holidays.SWEDEN, Holidays.NONE);
    // Slack's user group handles: letters, digits, '-', '_' and '.', at most 21 characters.
    private static final Pattern HANDLE = Pattern.compile("[\\p{L}\\p{N}._-]{1,21}");

    private SettingsForm() {}

    /** What the admin chose, before the group is looked up in Slack. */
    record Choice(Lang lang, String zone, Holidays holidays, String group, int retentionDays) {}

    static View view(Texts t, WorkspaceSettings now) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(Blocks.context(t.t("settings.intro")));
        List<OptionObject> langs = new ArrayList<>();
        for (Lang l : Lang.values()) {
            langs.add(Pickers.option(t.languageName(l), l.code()));
        }
        blocks.add(Views.input(
                "lang",
                t.t("settings.lang"),
                Pickers.select("lang", langs, now.defaultLanguage().code()),
                false,
                t.t("settings.lang.hint")));
        blocks.add(Views.input(
                "zone",
                t.t("settings.zone"),
                Pickers.zone("zone", now.timeZone().getId()),
                false,
                t.t("settings.zone.hint")));
        List<OptionObject> calendars = new ArrayList<>();
        for (Holidays h : CALENDARS) {
            calendars.add(Pickers.option(t.t("settings.holidays." + h.code()), h.code()));
        }
        blocks.add(Views.input(
                "holidays",
                t.t("settings.holidays"),
                Pickers.select("holidays", calendars, now.holidays().code()),
                false,
                t.t("settings.holidays.hint")));
        blocks.add(Views.input(
                "group",
                t.t("settings.group"),
                Views.text("group", false, 22, now.managerUserGroup()),
                true,
                t.t("settings.group.hint")));
        blocks.add(Views.input(
                "retention",
                t.t("settings.retention"),
                Views.text(
                        "retention", false, 4, now.retentionDays() == 0 ? null : String.valueOf(now.retentionDays())),
                true,
                t.t("settings.retention.hint", String.valueOf(MIN_RETENTION), String.valueOf(MAX_RETENTION))));
        return Views.modal(CALLBACK, t.t("settings.title"), t.t("settings.save"), t.t("common.cancel"), "", blocks);
    }

    /** A submission read: the choice, or the errors to show beside the fields (the form stays open as typed). */
    record Read(Choice choice, Map<String, String> errors) {}

    static Read read(ViewState state, Texts t) {
        Map<String, String> errors = new LinkedHashMap<>();
        Lang lang = Lang.parse(Views.value(state, "lang", "lang")).orElse(null);
        if (lang == null) {
            errors.put("lang", t.t("settings.lang.bad"));
        }
        String zone = Views.value(state, "zone", "zone");
        try {
            zone = java.time.ZoneId.of(zone).getId();
        } catch (RuntimeException e) {
            errors.put("zone", t.t("settings.zone.bad"));
        }
        Holidays holidays =
                Holidays.parse(Views.value(state, "holidays", "holidays")).orElse(null);
        if (holidays == null) {
            errors.put("holidays", t.t("settings.holidays.bad"));
        }
        String group = Views.value(state, "group", "group");
        group = group == null ? "" : group.startsWith("@") ? group.substring(1).strip() : group;
        if (!group.isEmpty() && !HANDLE.matcher(group).matches()) {
            errors.put("group", t.t("settings.group.bad", group));
        }
        int retention = 0;
        String days = Views.value(state, "retention", "retention");
        if (days != null) {
            try {
                retention = Integer.parseInt(days.strip());
            } catch (NumberFormatException e) {
                retention = -1;
            }
            if (retention != 0 && (retention < MIN_RETENTION || retention > MAX_RETENTION)) {
                errors.put(
                        "retention",
                        t.t("settings.retention.bad", String.valueOf(MIN_RETENTION), String.valueOf(MAX_RETENTION)));
            }
        }
        return new Read(errors.isEmpty() ? new Choice(lang, zone, holidays, group, retention) : null, errors);
    }

    /** After saving: what the workspace has now, in the modal that was just submitted. */
    static View saved(Texts t, WorkspaceSettings now) {
        String group = now.managerUserGroup() == null ? t.t("settings.none") : "@" + now.managerUserGroup();
        String retention = now.retentionDays() == 0
                ? t.t("settings.retention.forever")
                : t.t("settings.retention.days", now.retentionDays());
        List<LayoutBlock> blocks = List.of(Blocks.section(t.t(
                "settings.saved",
                t.languageName(now.defaultLanguage()),
                now.timeZone().getId(),
                t.t("settings.holidays." + now.holidays().code()),
                group,
                retention)));
        return Views.modal(CALLBACK + "_saved", t.t("settings.title"), null, t.t("settings.done"), "", blocks);
    }
}
