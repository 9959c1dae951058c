package org.kompis.lessons;

import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import org.kompis.core.CommandCall;
import org.kompis.core.Commands;
import org.kompis.slack.Blocks;
import org.kompis.slack.SlackCallException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /lessons <words>} searches, {@code /lessons add} writes one, {@code /lessons digest} and {@code /lessons
 * export} are for managers. Also as {@code /kompis lessons ...}. Whatever follows {@code /lessons} is a valid
 * search: the answer is always an ephemeral message, never an error.
 */
final class LessonsCommands {
    static final String COMMAND = "lessons";
    private static final Logger log = LoggerFactory.getLogger(LessonsCommands.class);

    private final LessonsCore core;
    private final LessonsViews views;
    private final Lookup lookup;

    LessonsCommands(LessonsCore core, LessonsViews views, Lookup lookup) {
        this.core = core;
        this.views = views;
        this.lookup = lookup;
    }

    void register(Commands router, Digest digest, Export export) {
        router.register(
                COMMAND, "", "<words> #tag in:#channel from:@person source:aar", "lessons.help.search", this::search);
        router.register(COMMAND, "add", "add", "lessons.help.add", this::add);
        router.register(COMMAND, "digest", "digest <day> <HH:MM> | off", "lessons.help.digest", call -> {
            if (Digest.isSearch(call.args())) {
                search(call.withArgs("digest " + call.args()));
            } else {
                digest.command(call);
            }
        });
        router.register(COMMAND, "export", "export", "lessons.help.export", call -> {
            if (call.args().isBlank()) {
                export.command(call);
            } else {
                search(call.withArgs("export " + call.args()));
            }
        });
    }

    void search(CommandCall call) {
        if (call.args().isBlank()) {
            call.reply(call.t("lessons.guide.title"), LessonsViews.guide(call.texts()));
            return;
        }
        Lookup.Result r = lookup.run(call.teamId(), call.channelId(), call.userId(), call.args(), 0, LessonsViews.PAGE);
        if (r.problem() != null) {
            List<LayoutBlock> blocks = new ArrayList<>();
            blocks.add(Blocks.section(call.t(r.problem())));
            blocks.add(Blocks.context(call.t("lessons.filters.example")));
            call.reply(call.t(r.problem()), blocks);
            return;
        }
        call.reply(
                views.resultsText(call.teamId(), call.texts(), r.typed()),
                views.results(call.teamId(), call.texts(), r.typed(), r.page(), 0));
    }

    /** Opens the form; the words after "add", if any, are its first draft. */
    void add(CommandCall call) {
        try {
            call.slack().openView(call.triggerId(), LessonsModals.add(call.texts(), call.channelId(), call.args()));
        } catch (SlackCallException e) {
            log.info("Could not open the lesson form: {}", e.error());
            call.reply(call.t("lessons.add.failed"));
        }
    }
}
