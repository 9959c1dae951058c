package org.kompis.sixhats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kompis.sixhats.Rig.SEVEN;
import static org.kompis.sixhats.Rig.errors;
import static org.kompis.sixhats.Rig.eventually;
import static org.kompis.sixhats.Rig.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kompis.core.LessonSource;
import org.kompis.core.NewLesson;
import org.kompis.testing.FakeSlack.Call;
import org.kompis.testing.Payloads;
import org.kompis.testing.Sql;
import org.kompis.testing.TestApp;

/** The exercise as the KS course runs it: in threes, one hat each, in the test rig end to end. */
class InThreesTest {
    static Rig rig;

    @BeforeAll
    static void start() {
        rig = Rig.start();
    }

    @AfterAll
    static void stop() {
        rig.close();
    }

    private String launchWithSeven(String topic) {
        String root = rig.launch(TestApp.KARI, "/sixhats", topic, topic);
        SEVEN.forEach(u -> rig.click(u, root, SixHatsViews.JOIN, String.valueOf(rig.id(root))));
        return root;
    }

    private Map<String, String> hats(long id) {
        Map<String, String> hats = new HashMap<>();
        rig.app
                .kit()
                .jdbi()
                .useHandle(h -> h.createQuery("select user_id, hat from sixhats_participants where exercise_id = :id")
                        .bind("id", id)
                        .map((rs, ctx) -> Map.entry(rs.getString(1), String.valueOf(rs.getString(2))))
                        .forEach(e -> hats.put(e.getKey(), e.getValue())));
        return hats;
    }

    private Map<Integer, List<String>> groups(long id) {
        Map<Integer, List<String>> groups = new HashMap<>();
        rig.app
                .kit()
                .jdbi()
                .useHandle(h -> h.createQuery(
                                "select group_no, hat from sixhats_participants where exercise_id = :id order by id")
                        .bind("id", id)
                        .map((rs, ctx) -> Map.entry(rs.getInt(1), rs.getString(2)))
                        .forEach(e -> groups.computeIfAbsent(e.getKey(), g -> new ArrayList<>())
                                .add(e.getValue())));
        return groups;
    }

    private static String lastHat(String user) {
        return rig.ephemerals(user).stream()
                .map(Rig::read)
                .filter(t -> t.contains(SixHatsViews.WRITE))
                .reduce((a, b) -> b)
                .orElseThrow();
    }

    @Test
    void fourDayWeekFromJoiningToLesson() {
        String topic = "Should we try a four-day week?";
        String root = launchWithSeven(topic);
        long id = rig.id(root);
        assertThat(Sql.count(
                        rig.app.kit().jdbi(), "select count(*) from sixhats_participants where exercise_id = ?", id))
                .isEqualTo(7);
        assertThat(read(rig.lastUpdate(root))).contains("Joined so far: 7");

        rig.click(TestApp.KARI, root, SixHatsViews.START, String.valueOf(id));
        assertThat(rig.status(id)).isEqualTo("running");

        // 7 -> 3+4, all six hats worn, nobody shares a hat within a group.
        Map<Integer, List<String>> groups = groups(id);
        assertThat(groups.values()).extracting(List::size).containsExactlyInAnyOrder(3, 4);
        groups.values().forEach(hats -> assertThat(hats).doesNotHaveDuplicates().doesNotContainNull());
        assertThat(new HashSet<>(hats(id).values()))
                .containsExactlyInAnyOrder("white", "red", "black", "yellow", "green", "blue");
        assertThat(rig.thread(root)).anySatisfy(c -> assertThat(read(c)).contains("*Group 1:*", "*Group 2:*"));

        // Each person gets their hat privately, in their own language, with a button to write.
        Map<String, String> hats = hats(id);
        for (String user : SEVEN) {
            Call hat = rig.ephemerals(user).stream()
                    .filter(c -> read(c).contains(SixHatsViews.WRITE))
                    .reduce((a, b) -> b)
                    .orElseThrow();
            Hat worn = Hat.valueOf(hats.get(user).toUpperCase());
            assertThat(read(hat)).contains(worn.emoji(), String.valueOf(id));
        }
        assertThat(lastHat(TestApp.EMMA)).contains("Your hat");
        assertThat(lastHat(TestApp.KARI)).contains("Hatten din");
        assertThat(lastHat(TestApp.SVEN)).contains("Din hatt");

        // Everyone writes; Ola twice; Emma tries to ping the channel.
        for (String user : SEVEN) {
            String words = user.equals(TestApp.EMMA) ? "<!channel> fewer meetings" : "keywords from " + user;
            assertThat(errors(rig.write(user, String.valueOf(id), words))).isEmpty();
        }
        rig.write(TestApp.OLA, String.valueOf(id), "second thought from Ola\nand a third");
        assertThat(Sql.count(
                        rig.app.kit().jdbi(), "select count(*) from sixhats_contributions where exercise_id = ?", id))
                .isEqualTo(8);
        assertThat(Sql.strings(
                        rig.app.kit().jdbi(),
                        "select hat from sixhats_contributions where exercise_id = ? and user_id = ?",
                        id,
                        TestApp.OLA))
                .containsOnly(hats.get(TestApp.OLA));
        Call emma = rig.thread(root).stream()
                .filter(c -> read(c).contains("fewer meetings"))
                .findFirst()
                .orElseThrow();
        assertThat(read(emma)).contains("&lt;!channel&gt; fewer meetings").doesNotContain("<!channel>");
        assertThat(read(emma))
                .contains(Hat.valueOf(hats.get(TestApp.EMMA).toUpperCase()).emoji());

        // Finish: the facilitator gets the blue-hat modal; the conclusion ends it.
        rig.click(TestApp.KARI, root, SixHatsViews.FINISH, String.valueOf(id));
        assertThat(rig.app.slack.calls("views.open"))
                .anySatisfy(c -> assertThat(c.param("view")).contains(SixHatsModals.CONCLUSION));
        assertThat(rig.status(id)).isEqualTo("concluding");
        assertThat(errors(rig.conclude(
                        TestApp.KARI, id, "Try it in one unit for three months", "Kari asks HR by Friday")))
                .isEmpty();
        assertThat(rig.status(id)).isEqualTo("finished");

        // The summary: grouped by hat in canonical order, then the conclusion.
        Call summary = rig.thread(root).stream()
                .filter(c -> read(c).contains("Six thinking hats: summary"))
                .findFirst()
                .orElseThrow();
        String blocks = read(summary);
        List<Integer> order = new ArrayList<>();
        for (Hat hat : Hat.canonical()) {
            order.add(blocks.indexOf(hat.emoji() + " *"));
        }
        order.add(blocks.indexOf("Try it in one unit"));
        assertThat(order).doesNotContain(-1).isSorted();
        assertThat(blocks)
                .contains(
                        "• second thought from Ola",
                        "• and a third",
                        "&lt;!channel&gt; fewer meetings",
                        "Kari asks HR by Friday")
                .doesNotContain("<!channel>");
        Hat olas = Hat.valueOf(hats.get(TestApp.OLA).toUpperCase());
        int olaHat = blocks.indexOf(olas.emoji() + " *");
        assertThat(blocks.indexOf("second thought from Ola")).isGreaterThan(olaHat);
        assertThat(read(rig.lastUpdate(root)))
                .contains("The exercise is finished, and 7 people took part")
                .doesNotContain(SixHatsViews.WRITE);
        assertThat(Sql.one(
                        rig.app.kit().jdbi(),
                        "select summary_ts from sixhats_exercises where id = ?",
                        String.class,
                        id))
                .isNotNull();

        // The lesson.
        assertThat(rig.lessons).hasSize(1);
        NewLesson lesson = rig.lessons.get(0);
        assertThat(lesson.source()).isEqualTo(LessonSource.SIXHATS);
        assertThat(lesson.sourceRef()).isEqualTo("sixhats:" + id);
        assertThat(lesson.topic()).isEqualTo(topic);
        assertThat(lesson.channelId()).isEqualTo(TestApp.CHANNEL);
        assertThat(lesson.authorId()).as("the facilitator").isEqualTo(TestApp.KARI);
        assertThat(lesson.participantIds()).containsExactlyInAnyOrderElementsOf(SEVEN);
        assertThat(lesson.text())
                .as("the conclusion first: what we decide, then what we do next")
                .startsWith("Try it in one unit for three months\n\nKari asks HR by Friday\n\n");
        assertThat(Rig.hatsIn(lesson))
                .as("hats in canonical order")
                .isEqualTo(Hat.canonical().stream()
                        .filter(h -> !Rig.underHat(lesson, h).isEmpty())
                        .toList());
        assertThat(Rig.underHat(lesson, olas)).contains("second thought from Ola", "and a third");
        assertThat(lesson.text()).contains("White hat:", "Blue hat:", "<!channel> fewer meetings");
        assertThat(lesson.permalink()).as("the exercise's own message").contains("/archives/" + TestApp.CHANNEL + "/p");

        // After the end: a contribution is refused kindly, in the modal; joining says it is too late.
        assertThat(errors(rig.write(TestApp.EMMA, String.valueOf(id), "one more thing")))
                .startsWith(SixHatsModals.KEYWORDS + ": This exercise is finished");
        assertThat(Sql.count(
                        rig.app.kit().jdbi(), "select count(*) from sixhats_contributions where exercise_id = ?", id))
                .isEqualTo(8);
        rig.click(TestApp.EMMA, root, SixHatsViews.JOIN, String.valueOf(id));
        assertThat(rig.ephemerals(TestApp.EMMA)
                        .get(rig.ephemerals(TestApp.EMMA).size() - 1)
                        .param("text"))
                .contains("too late");

        // A second conclusion (double click on submit) changes nothing and stores no second lesson.
        rig.conclude(TestApp.KARI, id, "Something else", "");
        assertThat(rig.lessons).hasSize(1);
        assertThat(Sql.one(
                        rig.app.kit().jdbi(),
                        "select conclusion_decide from sixhats_exercises where id = ?",
                        String.class,
                        id))
                .isEqualTo("Try it in one unit for three months");
    }

    @Test
    void joiningTwiceDoesNothing() {
        String root = rig.launch(TestApp.KARI, "/sixhats", "Joining twice", "Joining twice");
        long id = rig.id(root);
        int told = rig.ephemerals(TestApp.OLA).size();
        rig.click(TestApp.OLA, root, SixHatsViews.JOIN, String.valueOf(id));
        assertThat(rig.ephemerals(TestApp.OLA)).hasSize(told + 1);
        int updates = rig.app.slack.calls("chat.update").size();
        rig.click(TestApp.OLA, root, SixHatsViews.JOIN, String.valueOf(id));
        assertThat(Sql.count(
                        rig.app.kit().jdbi(), "select count(*) from sixhats_participants where exercise_id = ?", id))
                .isEqualTo(1);
        assertThat(rig.ephemerals(TestApp.OLA)).hasSize(told + 1);
        assertThat(rig.app.slack.calls("chat.update")).hasSize(updates);
    }

    @Test
    void onlyTheFacilitatorOrAManagerStartsAndASecondStartDoesNothingNew() {
        String root = rig.launch(TestApp.KARI, "/kompis", "sixhats Who starts?", "Who starts?");
        long id = rig.id(root);
        List.of(TestApp.OLA, TestApp.SVEN, TestApp.EMMA)
                .forEach(u -> rig.click(u, root, SixHatsViews.JOIN, String.valueOf(id)));

        rig.click(TestApp.SVEN, root, SixHatsViews.START, String.valueOf(id));
        assertThat(rig.status(id)).isEqualTo("open");
        assertThat(rig.ephemerals(TestApp.SVEN)
                        .get(rig.ephemerals(TestApp.SVEN).size() - 1)
                        .param("text"))
                .contains("Bara <@UKARI>, som startade övningen, eller en chef");

        rig.click(TestApp.ASTRID, root, SixHatsViews.START, String.valueOf(id));
        assertThat(rig.status(id)).isEqualTo("running");
        int threadPosts = rig.thread(root).size();
        int ephemerals = rig.app.slack.calls("chat.postEphemeral").size();
        rig.click(TestApp.KARI, root, SixHatsViews.START, String.valueOf(id));
        assertThat(rig.thread(root)).hasSize(threadPosts);
        assertThat(rig.app.slack.calls("chat.postEphemeral")).hasSize(ephemerals);
        assertThat(groups(id).values()).extracting(List::size).containsExactly(3);
    }

    @Test
    void aLateJoinerGetsTheLeastWornHat() {
        String late = "ULATE";
        rig.app.slack.user(late, "Lena Late", "nb-NO", false);
        String root = launchWithSeven("Late joiners");
        long id = rig.id(root);
        rig.click(TestApp.KARI, root, SixHatsViews.START, String.valueOf(id));
        Map<String, Integer> worn = new HashMap<>();
        hats(id).values().forEach(h -> worn.merge(h, 1, Integer::sum));
        Map<Integer, List<String>> before = groups(id);

        rig.click(late, root, SixHatsViews.JOIN, String.valueOf(id));
        Map<String, String> hats = hats(id);
        String hat = hats.get(late);
        int group = Sql.one(
                rig.app.kit().jdbi(),
                "select group_no from sixhats_participants where exercise_id = ? and user_id = ?",
                Integer.class,
                id,
                late);
        assertThat(before.get(group)).hasSize(3).doesNotContain(hat);
        int least = Hat.canonical().stream()
                .map(Hat::id)
                .filter(h -> !before.get(group).contains(h))
                .mapToInt(h -> worn.getOrDefault(h, 0))
                .min()
                .orElseThrow();
        assertThat(worn.getOrDefault(hat, 0)).isEqualTo(least).isLessThan(worn.get("blue"));
        groups(id).values().forEach(g -> assertThat(g).doesNotHaveDuplicates());
        assertThat(rig.ephemerals(late))
                .singleElement()
                .satisfies(c -> assertThat(read(c))
                        .contains("Hatten din", Hat.valueOf(hat.toUpperCase()).emoji(), "Gruppe " + group));
        assertThat(rig.thread(root)).anySatisfy(c -> assertThat(read(c)).contains("<@ULATE> joins group " + group));

        rig.click(late, root, SixHatsViews.JOIN, String.valueOf(id));
        assertThat(rig.ephemerals(late)).hasSize(1);
    }

    @Test
    void writingNeedsAHatAndADoubleSubmitCountsOnce() {
        String root = launchWithSeven("Double submit");
        long id = rig.id(root);
        assertThat(errors(rig.write(TestApp.OLA, String.valueOf(id), "too early")))
                .contains("hasn't started yet");
        rig.click(TestApp.KARI, root, SixHatsViews.START, String.valueOf(id));

        rig.app.slack.user("UOUTSIDER", "Otto Outside", "en-US", false);
        rig.click("UOUTSIDER", root, SixHatsViews.WRITE, String.valueOf(id));
        assertThat(rig.ephemerals("UOUTSIDER"))
                .singleElement()
                .satisfies(c -> assertThat(c.param("text")).contains("Press *Join*"));
        rig.click(TestApp.EMMA, root, SixHatsViews.WRITE, String.valueOf(id));
        assertThat(rig.app.slack.calls("views.open"))
                .anySatisfy(c -> assertThat(c.param("view"))
                        .contains(
                                SixHatsModals.WRITE,
                                Hat.valueOf(hats(id).get(TestApp.EMMA).toUpperCase())
                                        .emoji()));

        String body = Payloads.viewSubmission(
                TestApp.EMMA,
                SixHatsModals.WRITE,
                String.valueOf(id),
                Payloads.values(SixHatsModals.KEYWORDS, SixHatsModals.KEYWORDS, Payloads.text("once only")));
        rig.app.signedPost(body, "application/x-www-form-urlencoded");
        rig.app.signedPost(body, "application/x-www-form-urlencoded");
        rig.settle();
        assertThat(Sql.count(
                        rig.app.kit().jdbi(), "select count(*) from sixhats_contributions where exercise_id = ?", id))
                .isEqualTo(1);
        assertThat(rig.thread(root).stream().filter(c -> read(c).contains("once only")))
                .hasSize(1);
    }

    @Test
    void onlyTheFacilitatorOrAManagerFinishes() {
        String root = launchWithSeven("Who finishes?");
        long id = rig.id(root);
        rig.click(TestApp.KARI, root, SixHatsViews.START, String.valueOf(id));
        int opened = rig.app.slack.calls("views.open").size();
        rig.click(TestApp.OLA, root, SixHatsViews.FINISH, String.valueOf(id));
        assertThat(rig.app.slack.calls("views.open")).hasSize(opened);
        assertThat(rig.status(id)).isEqualTo("running");
        assertThat(errors(rig.conclude(TestApp.OLA, id, "We decide for them", "")))
                .isEqualTo(
                        SixHatsModals.DECIDE + ": Only <@UKARI>, who started this exercise, or a manager can do that.");
        assertThat(rig.status(id)).isEqualTo("running");

        rig.click(TestApp.ADMIN, root, SixHatsViews.FINISH, String.valueOf(id));
        assertThat(rig.app.slack.calls("views.open")).hasSize(opened + 1);
        assertThat(errors(rig.conclude(TestApp.ADMIN, id, "Nothing yet", ""))).isEmpty();
        eventually(() -> assertThat(rig.status(id)).isEqualTo("finished"));
        assertThat(rig.lessons).anySatisfy(l -> assertThat(l.sourceRef()).isEqualTo("sixhats:" + id));
        Set<String> hats = new HashSet<>(hats(id).values());
        assertThat(hats).hasSize(6);
    }

    @Test
    void aLongTopicOrAChannelWithoutKompisGetsAClearAnswer() {
        String tooLong = rig.app.reply(rig.app.command(TestApp.EMMA, "/sixhats", "x".repeat(301)));
        assertThat(tooLong).contains("under 300 characters");

        rig.app.slack.errorNext("chat.postMessage", "not_in_channel");
        String refused = rig.app.reply(rig.app.command(TestApp.EMMA, "/sixhats", "Hot desks"));
        assertThat(refused).contains("Invite me with `/invite @Kompis`");
        assertThat(Sql.count(rig.app.kit().jdbi(), "select count(*) from sixhats_exercises where topic = 'Hot desks'"))
                .isZero();
    }
}
