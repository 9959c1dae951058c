package org.kompis.sixhats;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.StaticSelectElement;
import com.slack.api.model.view.View;
import java.util.List;
import org.kompis.i18n.Texts;
import org.kompis.slack.Blocks;
import org.kompis.slack.Mrkdwn;
import org.kompis.slack.Pickers;
import org.kompis.slack.Views;

/** The three modals: start an exercise, write keywords under a hat, write the blue-hat conclusion. */
final class SixHatsModals {
    static final String START = "sixhats_start_modal";
    static final String WRITE = "sixhats_write_modal";
    static final String CONCLUSION = "sixhats_conclusion_modal";

    static final String TOPIC = "topic";
    static final String MODE = "mode";
    static final String DURATION = "duration";
    static final String KEYWORDS = "keywords";
    static final String DECIDE = "decide";
    static final String NEXT = "next";
    /** Block and action ids are the same in these modals: one input per block. */
    static final int TOPIC_MAX = 300;

    static final int KEYWORDS_MAX = 1500;
    static final int CONCLUSION_MAX = 1500;

    private SixHatsModals() {}

    /** The start modal; {@code channel} goes in the private metadata, the person who submits leads. */
    static View start(Texts t, String channel) {
        StaticSelectElement mode = Pickers.select(
                MODE, List.of(option(t, Mode.IN_THREES), option(t, Mode.HAT_BY_HAT)), Exercise.modeId(Mode.DEFAULT));
        List<LayoutBlock> blocks = List.of(
                Views.input(
                        TOPIC,
                        t.t("sixhats.modal.topic"),
                        Views.text(TOPIC, false, TOPIC_MAX, null),
                        false,
                        t.t("sixhats.modal.topic.hint")),
                Views.input(MODE, t.t("sixhats.modal.mode"), mode, false, null),
                Views.input(
                        DURATION,
                        t.t("sixhats.modal.duration"),
                        Views.text(DURATION, false, 40, SixHatsViews.duration(t, (int)
                                HatByHat.DEFAULT_ROUND.toMinutes())),
                        false,
                        t.t("sixhats.modal.duration.hint")));
        return Views.modal(
                START,
                t.t("sixhats.modal.title"),
                t.t("sixhats.modal.start"),
                t.t("sixhats.modal.cancel"),
                channel,
                blocks);
    }

    private static OptionObject option(Texts t, Mode mode) {
        String id = Exercise.modeId(mode);
        return Pickers.option(t.t("sixhats.mode." + id), id);
    }

    /**
     * Keywords for {@code hat}. The metadata is the exercise id, and in hat by hat also the round the modal was
     * opened in, so what someone wrote under white stays white even if the round moves on while they type.
     */
    static View write(Texts t, Exercise e, Hat hat) {
        String metadata = e.hatByHat() ? e.id() + ":" + e.currentRound() : String.valueOf(e.id());
        List<LayoutBlock> blocks = List.of(
                Blocks.section(t.t("sixhats.your_hat", hat.emoji(), t.t(hat.nameKey()), t.t(hat.asksKey()))),
                Blocks.context(t.t("sixhats.root.topic", Mrkdwn.escape(e.topic()))),
                Views.input(
                        KEYWORDS,
                        t.t("sixhats.write.label"),
                        Views.text(KEYWORDS, true, KEYWORDS_MAX, null),
                        false,
                        t.t("sixhats.write.hint")));
        return Views.modal(
                WRITE,
                t.t("sixhats.write.title"),
                t.t("sixhats.write.submit"),
                t.t("sixhats.modal.cancel"),
                metadata,
                blocks);
    }

    static View conclusion(Texts t, Exercise e) {
        List<LayoutBlock> blocks = List.of(
                Blocks.section(Hat.BLUE.emoji() + " " + t.t("sixhats.conclusion.intro")),
                Blocks.context(t.t("sixhats.root.topic", Mrkdwn.escape(e.topic()))),
                Views.input(
                        DECIDE,
                        t.t("sixhats.conclusion.decide"),
                        Views.text(DECIDE, true, CONCLUSION_MAX, null),
                        false,
                        null),
                Views.input(
                        NEXT,
                        t.t("sixhats.conclusion.next"),
                        Views.text(NEXT, true, CONCLUSION_MAX, null),
                        true,
                        t.t("sixhats.conclusion.next.hint")));
        return Views.modal(
                CONCLUSION,
                t.t("sixhats.conclusion.title"),
                t.t("sixhats.conclusion.submit"),
                t.t("sixhats.modal.cancel"),
                String.valueOf(e.id()),
                blocks);
    }
}
