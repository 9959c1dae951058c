package org.kompis.aar;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.kompis.i18n.Lang;

/** The pure parts: deadlines by the channel's calendar, the summary's layout within Slack's limits, title parsing. */
class AarLogicTest {
    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @Test
    void threeWorkingDaysFollowTheChannelsCalendar() {
        assertThat(Deadlines.defaultDeadline(LocalDate.of(2026, 11, 20), Lang.EN))
                .isEqualTo(LocalDate.of(2026, 11, 25));
        // Easter 2026: Maundy Thursday is a holiday in Norway, not in Sweden; Good Friday and Easter Monday in both.
        LocalDate wednesday = LocalDate.of(2026, 4, 1);
        assertThat(Deadlines.defaultDeadline(wednesday, Lang.NB)).isEqualTo(LocalDate.of(2026, 4, 9));
        assertThat(Deadlines.defaultDeadline(wednesday, Lang.SV)).isEqualTo(LocalDate.of(2026, 4, 8));
        assertThat(Deadlines.defaultDeadline(wednesday, Lang.EN)).isEqualTo(LocalDate.of(2026, 4, 6));
    }

    @Test
    void answersAreDueAtFourAndFollowUpsGoOutAtNineLocalTime() {
        assertThat(Deadlines.deadlineAt(LocalDate.of(2026, 11, 25), OSLO))
                .isEqualTo(Instant.parse("2026-11-25T15:00:00Z"));
        assertThat(Deadlines.deadlineAt(LocalDate.of(2026, 6, 10), OSLO))
                .isEqualTo(Instant.parse("2026-06-10T14:00:00Z"));
        assertThat(Deadlines.followUpAt(LocalDate.of(2026, 12, 1), OSLO))
                .isEqualTo(Instant.parse("2026-12-01T08:00:00Z"));
    }

    @Test
    void theReminderIsADayEarlyOrNotAtAll() {
        Instant deadline = Instant.parse("2026-11-25T15:00:00Z");
        assertThat(Deadlines.reminderAt(deadline, Instant.parse("2026-11-20T09:00:00Z")))
                .isEqualTo(Instant.parse("2026-11-24T15:00:00Z"));
        assertThat(Deadlines.reminderAt(deadline, Instant.parse("2026-11-24T20:00:00Z")))
                .as("less than a day left")
                .isNull();
    }

    @Test
    void aLongPartIsSplitBetweenBulletsIntoSectionsOfAtMost3000Characters() {
        List<String> bullets = IntStream.range(0, 20)
                .mapToObj(i -> "• " + ("answer " + i + " ").repeat(90))
                .toList();
        List<String> sections = SummaryPages.sections(new SummaryPages.Part("What actually happened?", bullets));
        assertThat(sections)
                .hasSizeGreaterThan(5)
                .allSatisfy(s -> assertThat(s.length()).isLessThanOrEqualTo(3000));
        assertThat(sections.get(0)).startsWith("*What actually happened?*\n• answer 0 ");
        assertThat(String.join("\n", sections)).isEqualTo("*What actually happened?*\n" + String.join("\n", bullets));
    }

    @Test
    void aHugeSummaryBecomesSeveralMessagesWithinTheLimits() {
        List<SummaryPages.Part> parts = new ArrayList<>();
        for (int p = 0; p < 80; p++) {
            parts.add(new SummaryPages.Part("Q" + p, List.of("• short " + p)));
        }
        parts.add(new SummaryPages.Part(
                "Long",
                IntStream.range(0, 30).mapToObj(i -> "• " + "x".repeat(2800)).toList()));
        List<List<LayoutBlock>> pages = SummaryPages.pack("Summary: Launch", "Summary of Launch, continued", parts);
        assertThat(pages).hasSizeGreaterThan(3);
        assertThat(pages.get(0).get(0)).isInstanceOf(HeaderBlock.class);
        for (List<LayoutBlock> page : pages) {
            assertThat(page).hasSizeLessThanOrEqualTo(50);
            int chars = page.stream()
                    .filter(b -> b instanceof SectionBlock)
                    .mapToInt(b -> ((SectionBlock) b).getText().getText().length())
                    .sum();
            assertThat(chars).isLessThanOrEqualTo(SummaryPages.MESSAGE_CHARS);
            page.stream()
                    .filter(b -> b instanceof SectionBlock)
                    .forEach(b -> assertThat(
                                    ((SectionBlock) b).getText().getText().length())
                            .isLessThanOrEqualTo(3000));
        }
        assertThat(pages.get(1).get(0)).isInstanceOf(ContextBlock.class);
        long sections = pages.stream()
                .flatMap(List::stream)
                .filter(b -> b instanceof SectionBlock)
                .count();
        assertThat(sections).as("nothing is dropped").isEqualTo(80 + 30);
    }

    @Test
    void mentionsInTheCommandTextBecomeParticipantsAndLeaveTheTitle() {
        var parsed = AarStart.parse("Launch of the  new intranet <@UKARI|kari> and <@W0SVEN> <@UKARI>");
        assertThat(parsed.title()).isEqualTo("Launch of the new intranet and");
        assertThat(parsed.people()).containsExactly("UKARI", "W0SVEN");
        assertThat(AarStart.parse("x".repeat(400)).title()).hasSize(150).endsWith("…");
        assertThat(AarStart.parse("<@UKARI>").title()).isEmpty();
    }
}
