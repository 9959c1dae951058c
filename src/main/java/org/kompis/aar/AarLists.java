package org.kompis.aar;

import com.slack.api.model.block.LayoutBlock;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kompis.core.CommandCall;
import org.kompis.core.Zones;
import org.kompis.i18n.Texts;
import org.kompis.slack.Blocks;
import org.kompis.slack.Mrkdwn;

/** {@code /aar list} (the channel's reviews and open items) and {@code /aar actions} (mine), both ephemeral. */
final class AarLists {
    static final Duration RECENT = Duration.ofDays(90);
    static final int MAX_REVIEWS = 10;

    private final AarStore store;
    private final Zones zones;
    private final Clock clock;
    private final AarViews views;

    AarLists(AarStore store, Zones zones, Clock clock, AarViews views) {
        this.store = store;
        this.zones = zones;
        this.clock = clock;
        this.views = views;
    }

    void list(CommandCall call) {
        Texts t = call.texts();
        long since = clock.instant().minus(RECENT).toEpochMilli();
        List<Review> reviews = store.recentInChannel(call.teamId(), call.channelId(), since, MAX_REVIEWS);
        List<ActionItem> open = store.openItemsInChannel(call.teamId(), call.channelId());
        if (reviews.isEmpty() && open.isEmpty()) {
            call.reply(t.t("aar.list.none"));
            return;
        }
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(Blocks.section(t.t("aar.list.title")));
        Set<Long> shown = new HashSet<>();
        for (Review r : reviews) {
            shown.add(r.id());
            int answered = store.answeredCount(r.id());
            int invited = Math.max(answered, store.participants(r.id()).size());
            StringBuilder sb = new StringBuilder(
                    r.open()
                            ? t.t(
                                    "aar.list.open",
                                    Mrkdwn.escape(r.title()),
                                    Deadlines.date(t, r.deadline()),
                                    answered,
                                    invited)
                            : t.t(
                                    "aar.list.closed",
                                    Mrkdwn.escape(r.title()),
                                    Deadlines.date(t, r.closedOn()),
                                    answered,
                                    invited));
            open.stream()
                    .filter(i -> i.reviewId() == r.id())
                    .forEach(i -> sb.append('\n').append(views.itemLine(call.teamId(), t, i, false)));
            blocks.add(Blocks.section(sb.toString()));
        }
        List<ActionItem> older =
                open.stream().filter(i -> !shown.contains(i.reviewId())).toList();
        if (!older.isEmpty()) {
            StringBuilder sb = new StringBuilder(t.t("aar.list.older"));
            older.forEach(i -> sb.append('\n').append(views.itemLine(call.teamId(), t, i, false)));
            blocks.add(Blocks.section(sb.toString()));
        }
        call.reply(t.t("aar.list.title"), Blocks.capped(blocks, t.t("aar.list.more")));
    }

    void actions(CommandCall call) {
        Texts t = call.texts();
        List<ActionItem> mine = store.openItemsOwnedBy(call.teamId(), call.userId());
        if (mine.isEmpty()) {
            call.reply(t.t("aar.actions.none"));
            return;
        }
        Map<Long, Review> reviews = new HashMap<>();
        StringBuilder sb = new StringBuilder();
        for (ActionItem i : mine) {
            Review r = reviews.computeIfAbsent(
                    i.reviewId(), id -> store.review(call.teamId(), id).orElseThrow());
            String line = t.t(
                    "aar.actions.line",
                    Mrkdwn.escape(i.what(), AnswerForm.MAX_WHAT),
                    Deadlines.date(t, i.due()),
                    Mrkdwn.escape(r.title()),
                    Mrkdwn.channel(r.channelId()));
            sb.append("• ").append(line);
            if (i.due().isBefore(zones.today(call.teamId()))) {
                sb.append(' ').append(t.t("aar.actions.overdue"));
            }
            sb.append('\n');
        }
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(Blocks.section(t.t("aar.actions.title")));
        for (String section : SummaryPages.sections(
                new SummaryPages.Part(null, List.of(sb.toString().trim().split("\n"))))) {
            blocks.add(Blocks.section(section));
        }
        blocks.add(Blocks.context(t.t("aar.actions.footer")));
        call.reply(t.t("aar.actions.title"), Blocks.capped(blocks, t.t("aar.list.more")));
    }
}
