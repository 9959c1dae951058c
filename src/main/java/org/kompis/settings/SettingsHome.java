package org.kompis.settings;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import java.util.function.BiPredicate;
import org.kompis.core.HomeSection;
import org.kompis.core.WorkspaceSettings;
import org.kompis.i18n.Texts;
import org.kompis.slack.Blocks;

/** In an admin's App Home: the workspace's settings in one line, and the button that opens them. */
final class SettingsHome implements HomeSection {
    private final BiPredicate<String, String> mayEdit;
    private final StoredWorkspaces workspaces;

    SettingsHome(BiPredicate<String, String> mayEdit, StoredWorkspaces workspaces) {
        this.mayEdit = mayEdit;
        this.workspaces = workspaces;
    }

    @Override
    public List<LayoutBlock> render(String teamId, String userId, Texts t) {
        if (!mayEdit.test(teamId, userId)) {
            return List.of();
        }
        WorkspaceSettings s = workspaces.of(teamId);
        String retention = s.retentionDays() == 0
                ? t.t("settings.retention.forever")
                : t.t("settings.retention.days", s.retentionDays());
        return List.of(Blocks.section(
                t.t(
                        "settings.home",
                        t.languageName(s.defaultLanguage()),
                        s.timeZone().getId(),
                        t.t("settings.holidays." + s.holidays().code()),
                        retention),
                Blocks.button(WorkspaceSettingsRitual.OPEN, t.t("settings.open"), "open")));
    }
}
