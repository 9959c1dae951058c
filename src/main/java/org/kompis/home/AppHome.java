package org.kompis.home;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.view.View;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jdbi.v3.core.Jdbi;
import org.kompis.core.Home;
import org.kompis.core.HomeSection;
import org.kompis.core.Speech;
import org.kompis.core.Zones;
import org.kompis.i18n.Texts;
import org.kompis.scheduling.Scheduler;
import org.kompis.slack.Blocks;
import org.kompis.slack.Directory;
import org.kompis.slack.Events;
import org.kompis.slack.SlackCallException;
import org.kompis.slack.SlackGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Home tab: a header, then each ritual's section in the order rituals were installed, then the person's
 * settings. Published when the tab is opened and whenever a ritual changes what it would show.
 */
public final class AppHome implements Home {
    private static final Logger log = LoggerFactory.getLogger(AppHome.class);
    private static final int MAX_HOME_BLOCKS = 100;

    private final List<HomeSection> sections = new CopyOnWriteArrayList<>();
    private final Speech speech;
    private final SlackGateway slack;

    public AppHome(
            Speech speech,
            SlackGateway slack,
            Directory directory,
            Jdbi jdbi,
            Scheduler scheduler,
            Zones zones,
            Events events) {
        this.speech = speech;
        this.slack = slack;
        // What is coming up comes first, whichever rituals scheduled it.
        sections.add(new UpcomingRituals(directory, jdbi, scheduler, zones));
        // A person's tab is published when they open it.
        events.on(AppHomeOpenedEvent.class, payload -> {
            if ("home".equals(payload.getEvent().getTab())) {
                publish(payload.getTeamId(), payload.getEvent().getUser());
            }
        });
    }

    @Override
    public void add(HomeSection section) {
        sections.add(section);
    }

    @Override
    public void publish(String teamId, String userId) {
        try {
            slack.team(teamId).publishHome(userId, view(teamId, userId));
        } catch (SlackCallException e) {
            log.warn("Could not publish the Home tab: {}", e.error());
        }
    }

    @Override
    public View view(String teamId, String userId) {
        Texts t = speech.user(teamId, userId);
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(Blocks.header(t.t("home.title")));
        blocks.add(Blocks.section(t.t("home.intro")));
        for (HomeSection section : sections) {
            List<LayoutBlock> part;
            try {
                part = section.render(teamId, userId, t);
            } catch (RuntimeException e) {
                log.warn("A Home section failed", e);
                continue;
            }
            if (!part.isEmpty() && blocks.size() + part.size() + 3 <= MAX_HOME_BLOCKS) {
                blocks.add(Blocks.divider());
                blocks.addAll(part);
            }
        }
        blocks.add(Blocks.divider());
        blocks.add(Blocks.context(t.t("home.settings", t.languageName(t.lang()))));
        return View.builder().type("home").blocks(blocks).build();
    }
}
