package org.kompis.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kompis.sandbox.SandboxApp.GENERAL;
import static org.kompis.sandbox.SandboxApp.INGRID;
import static org.kompis.sandbox.SandboxApp.KARI;
import static org.kompis.sandbox.SandboxApp.SVEN;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kompis.slack.Blocks;
import org.kompis.slack.SlackCallException;
import org.kompis.slack.TeamClient;

/** Kompis's own Web API client against the emulated Slack: every call it makes gets Slack's answer shapes. */
class EmulatedSlackTest {
    static SandboxApp app;
    static TeamClient slack;

    @BeforeAll
    static void start() {
        app = SandboxApp.start();
        slack = app.sandbox.kompis().kit().slack().team(Demo.TEAM);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static JsonObject api(String method, String form, String token) {
        var r = app.send(
                "/sandbox/api/" + method + (token == null ? "" : "?token=" + token),
                form,
                "application/x-www-form-urlencoded");
        return JsonParser.parseString(r.body()).getAsJsonObject();
    }

    @Test
    void postUpdateThreadAndPermalink() {
        String ts = slack.post(GENERAL, null, "Hei", List.of(Blocks.section("*Hei* alle")));
        String reply = slack.post(GENERAL, ts, "Svar", null);
        slack.update(GENERAL, ts, "Hei igjen", List.of(Blocks.section("Oppdatert")));
        var state = app.state(KARI);
        var parent = SandboxApp.messages(state).stream()
                .filter(m -> m.get("ts").getAsString().equals(ts))
                .findFirst()
                .orElseThrow();
        assertThat(parent.get("text").getAsString()).isEqualTo("Hei igjen");
        assertThat(parent.get("edited").getAsBoolean()).isTrue();
        assertThat(parent.getAsJsonArray("blocks").get(0).getAsJsonObject().has("block_id"))
                .as("Slack fills block ids")
                .isTrue();
        assertThat(SandboxApp.messages(state))
                .anyMatch(m -> ts.equals(m.has("threadTs") ? m.get("threadTs").getAsString() : null)
                        && m.get("ts").getAsString().equals(reply));
        assertThat(slack.permalink(GENERAL, reply))
                .isEqualTo(app.sandbox.publicUrl() + "/#/C0GENERAL/p" + reply.replace(".", "") + "?thread_ts=" + ts
                        + "&cid=C0GENERAL");
        assertThat(Double.parseDouble(reply)).as("ts from the sandbox clock").isGreaterThan(Double.parseDouble(ts));
    }

    @Test
    void ephemeralsNeedAMemberAndAreSeenByThatPersonOnly() {
        slack.ephemeral(GENERAL, SVEN, "Bare til Sven", null);
        assertThat(SandboxApp.shows(app.state(SVEN), "Bare til Sven")).isTrue();
        assertThat(SandboxApp.shows(app.state(KARI), "Bare til Sven")).isFalse();
        assertThatThrownBy(() -> slack.ephemeral("C0LEADERS", KARI, "x", null))
                .isInstanceOf(SlackCallException.class)
                .hasMessageContaining("user_not_in_channel");
        assertThatThrownBy(() -> slack.post("C0NOWHERE", null, "x", null)).hasMessageContaining("channel_not_found");
    }

    @Test
    void peopleGroupsAndMembers() {
        var kari = slack.user(KARI);
        assertThat(kari.name()).isEqualTo("Kari Nordmann");
        assertThat(kari.locale()).isEqualTo("nb-NO");
        assertThat(kari.timeZone()).isEqualTo("Europe/Oslo");
        assertThat(slack.user(SVEN).locale()).isEqualTo("sv-SE");
        assertThat(slack.user(INGRID).workspaceAdmin()).as("the demo manager").isTrue();
        assertThat(slack.user(Demo.BOT_USER).bot()).isTrue();
        assertThat(slack.userGroupMembers("ledere")).containsExactly(INGRID);
        assertThat(slack.userGroupMembers("nobody")).isEmpty();
        assertThat(slack.channelMembers(GENERAL)).contains(INGRID, KARI, SVEN, "U0OLA", "U0ASTRID", Demo.BOT_USER);
        assertThat(app.sandbox.kompis().kit().roles().isManager(Demo.TEAM, INGRID))
                .isTrue();
        assertThat(app.sandbox.kompis().kit().roles().isManager(Demo.TEAM, KARI))
                .isFalse();
    }

    @Test
    void localeOnlyWhenAskedForAsInSlack() {
        String user = api("users.info", "user=U0KARI", EmulatedSlack.BOT_TOKEN)
                .getAsJsonObject("user")
                .toString();
        assertThat(user).doesNotContain("locale").contains("\"tz\":\"Europe/Oslo\"");
        assertThat(api("users.info", "user=U0KARI&include_locale=true", EmulatedSlack.BOT_TOKEN)
                        .toString())
                .contains("\"locale\":\"nb-NO\"");
    }

    @Test
    void membersArePagedWithACursor() {
        var first = api("conversations.members", "channel=C0GENERAL&limit=4", EmulatedSlack.BOT_TOKEN);
        String cursor =
                first.getAsJsonObject("response_metadata").get("next_cursor").getAsString();
        var second =
                api("conversations.members", "channel=C0GENERAL&limit=4&cursor=" + cursor, EmulatedSlack.BOT_TOKEN);
        List<String> all = new ArrayList<>();
        first.getAsJsonArray("members").forEach(m -> all.add(m.getAsString()));
        second.getAsJsonArray("members").forEach(m -> all.add(m.getAsString()));
        assertThat(cursor).isNotBlank();
        assertThat(all).hasSize(7).doesNotHaveDuplicates();
        assertThat(second.getAsJsonObject("response_metadata")
                        .get("next_cursor")
                        .getAsString())
                .isEmpty();
    }

    @Test
    void aPersonsChannelsAreTheOnesTheyAreInPagedLikeMembers() {
        assertThat(slack.userChannels(KARI)).containsExactly(GENERAL, "C0LEARNING");
        assertThat(slack.userChannels("U0ASTRID"))
                .as("her private channel too: Kompis is in it")
                .containsExactly(GENERAL, "C0LEADERS");
        var first = api(
                "users.conversations",
                "user=U0KARI&types=public_channel,private_channel&limit=1",
                EmulatedSlack.BOT_TOKEN);
        assertThat(first.getAsJsonArray("channels")
                        .get(0)
                        .getAsJsonObject()
                        .get("name")
                        .getAsString())
                .isEqualTo("general");
        String cursor =
                first.getAsJsonObject("response_metadata").get("next_cursor").getAsString();
        var second = api(
                "users.conversations",
                "user=U0KARI&types=public_channel,private_channel&limit=1&cursor=" + cursor,
                EmulatedSlack.BOT_TOKEN);
        assertThat(second.getAsJsonArray("channels")
                        .get(0)
                        .getAsJsonObject()
                        .get("id")
                        .getAsString())
                .isEqualTo("C0LEARNING");
        assertThat(api("users.conversations", "user=U0KARI&cursor=bm9wZQ", EmulatedSlack.BOT_TOKEN)
                        .get("error")
                        .getAsString())
                .isEqualTo("invalid_cursor");
        assertThat(slack.channelInfo("C0LEADERS").isPrivate()).isTrue();
    }

    @Test
    void dmsAndGroupDmsAreOpenedOnceAndListedForTheirPeople() {
        String dm = slack.openConversation(List.of(KARI));
        assertThat(dm).isEqualTo("D0KARI").isEqualTo(slack.openConversation(List.of(KARI)));
        String group = slack.openConversation(List.of(KARI, SVEN, INGRID));
        assertThat(slack.openConversation(List.of(INGRID, SVEN, KARI))).isEqualTo(group);
        slack.post(group, null, "Til gruppa", null);
        assertThat(SandboxApp.shows(app.state(SVEN), "Til gruppa")).isTrue();
        assertThat(SandboxApp.shows(app.state("U0OLA"), "Til gruppa")).isFalse();
        assertThat(app.state(SVEN).getAsJsonArray("conversations").toString())
                .contains("\"kind\":\"mpim\"")
                .contains("Ingrid Berg, Kari Nordmann");
    }

    @Test
    void homeTabsArePublishedPerPerson() {
        var home = com.slack.api.model.view.View.builder()
                .type("home")
                .blocks(List.of(Blocks.section("Hjemme")))
                .build();
        slack.publishHome(KARI, home);
        slack.publishHome(KARI, home);
        assertThat(app.state(KARI).getAsJsonObject("home").toString()).contains("Hjemme");
        assertThat(app.state(SVEN).get("home").isJsonNull() || !app.state(SVEN).has("home"))
                .isTrue();
    }

    @Test
    void aFileIsUploadedInThreeStepsAndShownForDownload() {
        slack.uploadFile(GENERAL, "referat.txt", "Referat", "Linje én\n", "Her er referatet");
        var message = SandboxApp.messages(app.state(KARI)).stream()
                .filter(m -> m.toString().contains("Her er referatet"))
                .findFirst()
                .orElseThrow();
        var file = message.getAsJsonArray("files").get(0).getAsJsonObject();
        assertThat(file.get("title").getAsString()).isEqualTo("Referat");
        var download = app.get(file.get("url").getAsString());
        assertThat(download.body()).isEqualTo("Linje én\n");
        assertThat(download.headers().firstValue("Content-Disposition").orElse(""))
                .contains("referat.txt");
    }

    @Test
    void slacksLimitsAndAuthAreEnforced() {
        List<com.slack.api.model.block.LayoutBlock> tooMany = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            tooMany.add(Blocks.divider());
        }
        assertThatThrownBy(() -> slack.post(GENERAL, null, "x", tooMany)).hasMessageContaining("invalid_blocks");
        assertThat(api("auth.test", "", "xoxb-wrong").get("error").getAsString())
                .isEqualTo("invalid_auth");
        assertThat(api("auth.test", "", null).get("error").getAsString()).isEqualTo("not_authed");
        assertThat(api("auth.test", "", EmulatedSlack.BOT_TOKEN).get("user_id").getAsString())
                .isEqualTo(Demo.BOT_USER);
        assertThat(app.state(KARI).get("notices").toString())
                .contains("chat.postMessage answered invalid_blocks")
                .contains("no more than 50 items allowed");
    }

    @Test
    void anUnknownMethodAnswersOkAndIsListedAsNotEmulated() {
        assertThat(api("reactions.add", "channel=C0GENERAL&name=tada", EmulatedSlack.BOT_TOKEN)
                        .get("ok")
                        .getAsBoolean())
                .isTrue();
        api("reactions.add", "channel=C0GENERAL&name=tada", EmulatedSlack.BOT_TOKEN);
        assertThat(app.state(KARI).getAsJsonArray("unsupported").toString())
                .contains("{\"method\":\"reactions.add\",\"count\":2}");
    }

    @Test
    void aTriggerOpensOneModalForThePersonItWasGivenTo() {
        assertThatThrownBy(() -> slack.openView("1.2.unknown", ProbeRitual.modal(GENERAL)))
                .hasMessageContaining("invalid_trigger_id");
    }
}
