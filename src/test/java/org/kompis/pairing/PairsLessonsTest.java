package org.kompis.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kompis.testing.Json;
import org.kompis.testing.Payloads;
import org.kompis.testing.Sql;
import org.kompis.testing.TestApp;

/** "What did you learn?" reaches the lessons library as wired in Rituals: shared for the channel, or private. */
class PairsLessonsTest {
    @Test
    void aSharedLearningIsFoundByTheChannelAndAPrivateOneOnlyByItsAuthor() {
        PairsRig rig = PairsRig.startWired();
        try {
            rig.join(TestApp.CHANNEL, List.of(TestApp.KARI, TestApp.EMMA));
            long group =
                    rig.groups(rig.now(TestApp.CHANNEL)).keySet().iterator().next();
            String value = String.valueOf(group);
            rig.submit(
                    TestApp.EMMA,
                    PairsModals.LEARN,
                    value,
                    Payloads.values(
                            PairsModals.LEARNED,
                            PairsModals.LEARNED,
                            Payloads.text("Ask the archive team before scanning"),
                            PairsModals.SHARE,
                            PairsModals.SHARE,
                            Payloads.options(PairsModals.SHARE)));
            rig.submit(
                    TestApp.KARI,
                    PairsModals.LEARN,
                    value,
                    Payloads.values(
                            PairsModals.LEARNED, PairsModals.LEARNED, Payloads.text("Klarspråk er lettere med maler")));
            PairsRig.eventually(() -> assertThat(
                            Sql.count(rig.app.kit().jdbi(), "select count(*) from lessons where source = 'pairs'"))
                    .isEqualTo(2));

            assertThat(search(rig, TestApp.OLA, "archive")).contains("Ask the archive team before scanning");
            assertThat(search(rig, TestApp.OLA, "maler")).doesNotContain("Klarspråk er lettere med maler");
            assertThat(search(rig, TestApp.KARI, "maler")).contains("Klarspråk er lettere med maler");
        } finally {
            rig.close();
        }
    }

    private static String search(PairsRig rig, String user, String words) {
        return Json.text(rig.app.reply(rig.app.command(user, "/lessons", words)));
    }
}
