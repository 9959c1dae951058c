package org.kompis.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kompis.app.ConfigLoader;
import org.kompis.app.Kompis;
import org.kompis.commands.CoreCommands;
import org.kompis.testing.FakeSlack;
import org.kompis.testing.Sql;
import org.kompis.testing.TestApp;

/** A restart finishes a round: the intros that failed are sent, the ones that went out are not sent again. */
class PairsResumeTest {

    @Test
    void aRestartSendsOnlyTheMissingIntros() {
        try (PairsRig rig = PairsRig.start()) {
            String channel = "C0RESUME";
            rig.join(channel, List.of(TestApp.KARI, TestApp.SVEN, TestApp.EMMA, TestApp.OLA));
            rig.app.slack.errorNext("conversations.open", "user_disabled");
            long round = rig.now(channel);
            Map<Long, List<String>> groups = rig.groups(round);
            assertThat(groups).hasSize(2);
            assertThat(Sql.count(
                            rig.app.kit().jdbi(),
                            "select count(*) from pairs_groups where round_id = ? and intro_ts is null",
                            round))
                    .isEqualTo(1);
            long sent = Sql.one(
                    rig.app.kit().jdbi(),
                    "select id from pairs_groups where round_id = ? and intro_ts is not null",
                    Long.class,
                    round);
            String sentDm = rig.dmOf(sent);
            int before = rig.posts(sentDm).size();

            rig.app.kompis.close();
            Kompis again = Kompis.start(
                    ConfigLoader.load(Map.of(
                            "PORT",
                            "0",
                            "SLACK_BOT_TOKEN",
                            FakeSlack.BOT_TOKEN,
                            "SLACK_SIGNING_SECRET",
                            TestApp.SECRET,
                            "SLACK_API_URL",
                            rig.app.slack.apiUrl(),
                            "KOMPIS_DB_URL",
                            "jdbc:sqlite:" + rig.app.dir.resolve("kompis.db"),
                            "KOMPIS_CONFIG",
                            rig.app.dir.resolve("kompis.yaml").toString())),
                    rig.app.clock,
                    false,
                    List.of(new CoreCommands(), new PairsRitual()));
            try {
                PairsRig.eventually(() -> assertThat(Sql.count(
                                again.kit().jdbi(),
                                "select count(*) from pairs_groups where round_id = ? and intro_ts is null",
                                round))
                        .isZero());
                assertThat(rig.posts(sentDm)).as("no intro twice").hasSize(before);
                assertThat(Sql.count(
                                again.kit().jdbi(), "select count(*) from pairs_rounds where channel_id = ?", channel))
                        .isEqualTo(1);
            } finally {
                again.close();
            }
        }
    }
}
