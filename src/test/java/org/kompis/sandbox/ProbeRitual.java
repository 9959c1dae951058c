package org.kompis.sandbox;

import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.RichTextBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.CheckboxesElement;
import com.slack.api.model.block.element.ConversationsSelectElement;
import com.slack.api.model.block.element.DatePickerElement;
import com.slack.api.model.block.element.MultiStaticSelectElement;
import com.slack.api.model.block.element.MultiUsersSelectElement;
import com.slack.api.model.block.element.OverflowMenuElement;
import com.slack.api.model.block.element.RadioButtonsElement;
import com.slack.api.model.block.element.StaticSelectElement;
import com.slack.api.model.block.element.TimePickerElement;
import com.slack.api.model.block.element.UsersSelectElement;
import com.slack.api.model.event.MemberJoinedChannelEvent;
import com.slack.api.model.view.View;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.kompis.core.Kit;
import org.kompis.core.Ritual;
import org.kompis.slack.Blocks;
import org.kompis.slack.Mrkdwn;
import org.kompis.slack.Views;

/**
 * A ritual for tests only: it uses every surface the sandbox must emulate (a modal with every input type, field
 * errors, a message with buttons and selects, response_url, Home, events, a file, a group DM, a timer), the way
 * a real ritual does, so the sandbox is tested against Kompis's own code paths.
 */
final class ProbeRitual implements Ritual {
    static final String MODAL = "probe_modal";
    static final String FOLLOW_UP = "probe.followup";
    static final AtomicInteger closed = new AtomicInteger();

    @Override
    public void install(Kit kit) {
        kit.commands()
                .register(
                        "kompis",
                        "probe",
                        "probe",
                        "help.cmd.help",
                        call -> call.slack().openView(call.triggerId(), modal(call.channelId())));
        kit.commands()
                .register(
                        "kompis",
                        "probe-file",
                        "probe-file",
                        "help.cmd.help",
                        call -> call.slack()
                                .uploadFile(
                                        call.channelId(),
                                        "notes.txt",
                                        "Notater",
                                        "Linje 1\nLinje 2\n",
                                        "Her er notatene"));
        kit.commands().register("kompis", "probe-group", "probe-group", "help.cmd.help", call -> {
            String group = call.slack().openConversation(List.of(call.userId(), "U0KARI", "U0SVEN"));
            call.slack().post(group, null, "Hei, gruppe!", null);
        });
        kit.app().viewSubmission(MODAL, (req, ctx) -> {
            var state = req.getPayload().getView().getState();
            String title = Views.value(state, "title", "title");
            if (title != null && title.contains("bad")) {
                return ctx.ackWithErrors(Map.of("title", "Velg en annen tittel"));
            }
            String channel = req.getPayload().getView().getPrivateMetadata();
            String user = req.getPayload().getUser().getId();
            String team = req.getPayload().getTeam().getId();
            String size = Views.value(state, "size", "size");
            String owner = Views.value(state, "owner", "owner");
            kit.workers().execute(() -> {
                kit.slack().team(team).post(channel, null, "Probe: " + title, result(title, user, size, owner));
                kit.scheduler()
                        .at(
                                team,
                                FOLLOW_UP,
                                channel + "|" + title,
                                kit.clock().instant().plus(Duration.ofHours(24)));
            });
            return ctx.ack();
        });
        kit.app().viewClosed(MODAL, (req, ctx) -> {
            closed.incrementAndGet();
            return ctx.ack();
        });
        kit.app().blockAction("probe_done", (req, ctx) -> {
            ctx.respond(r -> r.replaceOriginal(true)
                    .text("Ferdig, " + Mrkdwn.user(req.getPayload().getUser().getId()))
                    .blocks(List.of(Blocks.section("*Ferdig* :white_check_mark: av "
                            + Mrkdwn.user(req.getPayload().getUser().getId())))));
            return ctx.ack();
        });
        kit.app().blockAction("probe_home", (req, ctx) -> {
            String user = req.getPayload().getUser().getId();
            kit.workers()
                    .execute(() -> kit.slack()
                            .team(req.getPayload().getUser().getTeamId())
                            .publishHome(user, home("Klikket!")));
            return ctx.ack();
        });
        kit.home()
                .add((team, user, t) -> List.of(
                        Blocks.section("Velkommen hjem"),
                        Blocks.actions("home_actions", Blocks.button("probe_home", "Klikk", "x"))));
        kit.events()
                .on(
                        MemberJoinedChannelEvent.class,
                        req -> kit.slack()
                                .team(req.getTeamId())
                                .post(
                                        req.getEvent().getChannel(),
                                        null,
                                        "Velkommen, "
                                                + Mrkdwn.user(req.getEvent().getUser()) + "!",
                                        null));
        kit.scheduler().onTimer(FOLLOW_UP, timer -> {
            String[] parts = timer.ref().split("\\|", 2);
            kit.slack().team(timer.teamId()).post(parts[0], null, "Oppfølging: " + parts[1], null);
        });
    }

    static View modal(String channel) {
        List<OptionObject> sizes = List.of(
                option(plainText("Liten"), "s"), option(plainText("Middels"), "m"), option(plainText("Stor"), "l"));
        List<LayoutBlock> blocks = List.of(
                Blocks.section("Fyll inn *alt* du vil. _Tittel_ er påkrevd."),
                Views.input("title", "Tittel", Views.text("title", false, 80, null), false, "Minst tre tegn"),
                Views.input("notes", "Notater", Views.text("notes", true, 1000, null), true, null),
                Views.input(
                        "size",
                        "Størrelse",
                        StaticSelectElement.builder()
                                .actionId("size")
                                .options(sizes)
                                .build(),
                        true,
                        null),
                Views.input(
                        "tags",
                        "Stikkord",
                        MultiStaticSelectElement.builder()
                                .actionId("tags")
                                .options(sizes)
                                .build(),
                        true,
                        null),
                Views.input(
                        "owner",
                        "Ansvarlig",
                        UsersSelectElement.builder().actionId("owner").build(),
                        true,
                        null),
                Views.input(
                        "people",
                        "Deltakere",
                        MultiUsersSelectElement.builder().actionId("people").build(),
                        true,
                        null),
                Views.input(
                        "where",
                        "Kanal",
                        ConversationsSelectElement.builder().actionId("where").build(),
                        true,
                        null),
                Views.input(
                        "date",
                        "Dato",
                        DatePickerElement.builder()
                                .actionId("date")
                                .initialDate("2026-12-01")
                                .build(),
                        true,
                        null),
                Views.input(
                        "time",
                        "Tid",
                        TimePickerElement.builder()
                                .actionId("time")
                                .initialTime("09:00")
                                .build(),
                        true,
                        null),
                Views.input(
                        "checks",
                        "Valg",
                        CheckboxesElement.builder()
                                .actionId("checks")
                                .options(sizes)
                                .build(),
                        true,
                        null),
                Views.input(
                        "radio",
                        "Ett valg",
                        RadioButtonsElement.builder()
                                .actionId("radio")
                                .options(sizes)
                                .build(),
                        true,
                        null));
        View view = Views.modal(MODAL, "Probe", "Send", "Avbryt", channel, blocks);
        view.setNotifyOnClose(true);
        return view;
    }

    private static List<LayoutBlock> result(String title, String user, String size, String owner) {
        List<OptionObject> picks = List.of(option(plainText("En"), "1"), option(plainText("To"), "2"));
        return List.of(
                Blocks.header("Probe: " + title),
                SectionBlock.builder()
                        .text(markdownText("*" + Mrkdwn.escape(title) + "* fra " + Mrkdwn.user(user)
                                + "\n• størrelse `" + size + "`\n• ansvarlig "
                                + (owner == null ? "_ingen_" : Mrkdwn.user(owner))
                                + "\n<https://example.org/veileder|Veileder> i <#C0GENERAL>"))
                        .fields(List.of(markdownText("*Felt A*\nen"), markdownText("*Felt B*\nto")))
                        .build(),
                Blocks.context("Sendt fra sandkassen"),
                Blocks.divider(),
                Blocks.actions(
                        "probe_actions",
                        Blocks.primary("probe_done", "Ferdig", "done"),
                        StaticSelectElement.builder()
                                .actionId("probe_pick")
                                .placeholder(plainText("Velg"))
                                .options(picks)
                                .build(),
                        OverflowMenuElement.builder()
                                .actionId("probe_more")
                                .options(picks)
                                .build()),
                RichTextBlock.builder().blockId("rich").elements(List.of()).build());
    }

    private static View home(String text) {
        return View.builder()
                .type("home")
                .blocks(List.of(
                        Blocks.header("Kompis"),
                        Blocks.section(text),
                        Blocks.actions("home_actions", Blocks.button("probe_home", "Klikk", "x"))))
                .build();
    }
}
