package org.kompis.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kompis.testing.FakeSlack.Call;
import org.kompis.testing.Payloads;
import org.kompis.testing.Sql;
import org.kompis.testing.TestApp;

/** The profile modal: saved, prefilled, suggestions from others' public tags, and what it does to matching. */
class PairsProfileTest {
    static PairsRig rig;

    @BeforeAll
    static void start() {
        rig = PairsRig.start();
    }

    @AfterAll
    static void stop() {
        rig.close();
    }

    private static JsonObject profile(
            String unit,
            String help,
            String wants,
            String size,
            List<String> languages,
            String other,
            List<String> ratherNot,
            boolean isPrivate) {
        return Payloads.values(
                ProfileModal.UNIT,
                ProfileModal.UNIT,
                Payloads.text(unit),
                ProfileModal.CAN_HELP,
                ProfileModal.CAN_HELP,
                Payloads.text(help),
                ProfileModal.WANTS,
                ProfileModal.WANTS,
                Payloads.text(wants),
                ProfileModal.SIZE,
                ProfileModal.SIZE,
                Payloads.option(size),
                ProfileModal.LANGUAGES,
                ProfileModal.LANGUAGES,
                Payloads.options(languages.toArray(String[]::new)),
                ProfileModal.OTHER_LANGUAGES,
                ProfileModal.OTHER_LANGUAGES,
                Payloads.text(other),
                ProfileModal.RATHER_NOT,
                ProfileModal.RATHER_NOT,
                Payloads.users(ratherNot.toArray(String[]::new)),
                ProfileModal.PRIVATE,
                ProfileModal.PRIVATE,
                isPrivate ? Payloads.options(ProfileModal.PRIVATE) : Payloads.options());
    }

    private static Call openProfile(String user) {
        int before = rig.app.slack.calls("views.open").size();
        rig.app.command(user, TestApp.CHANNEL, "/pairs", "profile");
        PairsRig.eventually(() -> assertThat(rig.app.slack.calls("views.open")).hasSizeGreaterThan(before));
        List<Call> opened = rig.app.slack.calls("views.open");
        return opened.get(opened.size() - 1);
    }

    @Test
    void theProfileIsSavedNormalisedAndPrefilledAndRatherNotIsHonoured() {
        Call first = openProfile(TestApp.KARI);
        assertThat(PairsRig.shown(first))
                .contains(
                        ProfileModal.CALLBACK,
                        "Profil for læringspar",
                        "Jeg kan hjelpe andre med",
                        "Hold profilen min privat");
        assertThat(first.param("view"))
                .contains("\"initial_options\":[{\"text\":{\"type\":\"plain_text\",\"text\":\"Norsk\"}");

        assertThat(PairsRig.errors(rig.submit(
                        TestApp.KARI,
                        ProfileModal.CALLBACK,
                        TestApp.CHANNEL,
                        profile(
                                "Oppvekst ",
                                "Excel, #Klarspråk ,excel",
                                "Budsjett",
                                "three",
                                List.of("nb", "en"),
                                "Tysk",
                                List.of(TestApp.SVEN, TestApp.KARI),
                                false))))
                .isEmpty();
        Map<String, Object> row = rig.app
                .kit()
                .jdbi()
                .withHandle(h -> h.createQuery("select * from pairs_profiles where user_id = :u")
                        .bind("u", TestApp.KARI)
                        .mapToMap()
                        .one());
        assertThat(row)
                .containsEntry("unit", "Oppvekst")
                .containsEntry("can_help", "excel,klarspråk")
                .containsEntry("wants_to_learn", "budsjett")
                .containsEntry("prefers_three", 1)
                .containsEntry("languages", "nb,en,tysk")
                .containsEntry("rather_not", TestApp.SVEN)
                .containsEntry("is_private", 0);
        assertThat(rig.ephemerals(TestApp.KARI))
                .anySatisfy(c ->
                        assertThat(PairsRig.shown(c)).contains("Profilen din for læringspar er lagret", "/pairs join"));

        String again = openProfile(TestApp.KARI).param("view");
        assertThat(again)
                .contains(
                        "\"initial_value\":\"excel, klarspråk\"",
                        "\"initial_value\":\"Oppvekst\"",
                        "\"initial_value\":\"tysk\"",
                        "\"initial_users\":[\"" + TestApp.SVEN + "\"]",
                        "\"initial_option\":{\"text\":{\"type\":\"plain_text\",\"text\":\"Tre sammen\"}");

        String channel = "C0RATHER";
        rig.join(channel, List.of(TestApp.KARI, TestApp.SVEN, TestApp.EMMA, TestApp.OLA));
        for (int round = 0; round < 3; round++) {
            assertThat(PairsRig.pairs(rig.groups(rig.now(channel)).values()))
                    .doesNotContain(java.util.Set.of(TestApp.KARI, TestApp.SVEN));
        }
    }

    @Test
    void suggestionsComeFromOthersPublicTagsOnlyAndTooManyTagsAreRefused() {
        rig.submit(
                TestApp.ASTRID,
                ProfileModal.CALLBACK,
                TestApp.CHANNEL,
                profile("", "diskretion", "hemlighet", "pair", List.of("sv"), "", List.of(), true));
        rig.submit(
                TestApp.ADMIN,
                ProfileModal.CALLBACK,
                TestApp.CHANNEL,
                profile("IT", "excel, power bi", "plain language", "pair", List.of("en"), "", List.of(), false));
        String view = PairsRig.shown(openProfile(TestApp.OLA));
        assertThat(view)
                .contains("Colleagues use:", "excel", "power bi", "plain language")
                .doesNotContain("diskretion", "hemlighet");

        String sixteen = String.join(
                ",",
                java.util.stream.IntStream.range(0, 16).mapToObj(i -> "tag" + i).toList());
        assertThat(PairsRig.errors(rig.submit(
                        TestApp.OLA,
                        ProfileModal.CALLBACK,
                        TestApp.CHANNEL,
                        profile("", sixteen, "", "pair", List.of("en"), "", List.of(), false))))
                .contains(ProfileModal.CAN_HELP, "At most 15 tags");
        assertThat(Sql.count(
                        rig.app.kit().jdbi(), "select count(*) from pairs_profiles where user_id = ?", TestApp.OLA))
                .isZero();
    }

    @Test
    void complementarySkillsAndTeamsAreTheReasonGivenPrivateTagsAreNot() {
        rig.submit(
                TestApp.EMMA,
                ProfileModal.CALLBACK,
                TestApp.CHANNEL,
                profile("Kundetorget", "case handling <!here>", "", "pair", List.of("en", "nb"), "", List.of(), false));
        rig.submit(
                TestApp.MANAGER,
                ProfileModal.CALLBACK,
                TestApp.CHANNEL,
                profile("Oppvekst", "", "case handling <!here>", "pair", List.of("nb", "en"), "", List.of(), false));
        String channel = "C0WHY";
        rig.join(channel, List.of(TestApp.EMMA, TestApp.MANAGER));
        long group = rig.groups(rig.now(channel)).keySet().iterator().next();
        String intro = rig.posts(rig.dmOf(group)).stream()
                .map(PairsRig::shown)
                .filter(s -> s.contains("<#" + channel + ">"))
                .findFirst()
                .orElseThrow();
        // Both speak nb and en: the group's language is the first of nb, sv, en they share.
        assertThat(intro)
                .contains(
                        "Emma Wilson kan hjelpe Ingrid Berg med *case handling &lt;!here&gt;*",
                        "Dere jobber i ulike team")
                .doesNotContain("<!here>");

        rig.submit(
                TestApp.EMMA,
                ProfileModal.CALLBACK,
                TestApp.CHANNEL,
                profile("Kundetorget", "case handling <!here>", "", "pair", List.of("en", "nb"), "", List.of(), true));
        String hidden = "C0WHYNOT";
        rig.join(hidden, List.of(TestApp.EMMA, TestApp.MANAGER));
        long second = rig.groups(rig.now(hidden)).keySet().iterator().next();
        String private_ = rig.posts(rig.dmOf(second)).stream()
                .map(PairsRig::shown)
                .filter(s -> s.contains("<#" + hidden + ">"))
                .findFirst()
                .orElseThrow();
        assertThat(private_).doesNotContain("case handling").contains("Dere jobber i ulike team");
    }
}
