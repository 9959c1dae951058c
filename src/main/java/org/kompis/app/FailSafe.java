package org.kompis.app;

import com.google.gson.Gson;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.InputBlock;
import com.slack.api.model.view.View;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.kompis.i18n.Texts;
import org.kompis.slack.Triggers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A listener that throws (a full disk, a read-only database, a busy timeout) must never look like success. An empty
 * 200 closes a modal and the text in it is gone, so a failed form stays open with an error on its first input; a
 * failed click or command is answered in private that nothing was saved. The throwable is logged, the payload not.
 */
final class FailSafe implements Middleware {
    private static final Logger log = LoggerFactory.getLogger(FailSafe.class);
    private static final Gson GSON = new Gson();

    private final BiFunction<String, String, Texts> texts;
    private final Later later;

    /** Sends the private "nothing was saved" for a click, after the ack. */
    interface Later {
        void tell(String teamId, String channelId, String userId, String responseUrl, String text);
    }

    FailSafe(BiFunction<String, String, Texts> texts, Later later) {
        this.texts = texts;
        this.later = later;
    }

    @Override
    public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
        try {
            return chain.next(req);
        } catch (Exception | LinkageError e) {
            if (req instanceof ViewSubmissionRequest v) {
                var p = v.getPayload();
                log.error(
                        "A form ({}) could not be saved; it stays open with an error",
                        p.getView().getCallbackId(),
                        e);
                return keepOpen(
                        p.getView(), text(p.getTeam().getId(), p.getUser().getId(), "common.not_saved"));
            }
            if (req instanceof BlockActionRequest b) {
                var p = b.getPayload();
                String action = p.getActions() == null || p.getActions().isEmpty()
                        ? "?"
                        : p.getActions().get(0).getActionId();
                log.error("A button ({}) failed; the person is told nothing was changed", action, e);
                later.tell(
                        p.getTeam().getId(),
                        Triggers.channelOf(p),
                        p.getUser().getId(),
                        p.getResponseUrl(),
                        text(p.getTeam().getId(), p.getUser().getId(), "common.not_done"));
                return Response.ok();
            }
            if (req instanceof SlashCommandRequest c) {
                var p = c.getPayload();
                log.error("A command ({}) failed before its answer", p.getCommand(), e);
                return Response.ok(text(p.getTeamId(), p.getUserId(), "common.not_done"));
            }
            throw e;
        }
    }

    private String text(String team, String user, String key) {
        try {
            return texts.apply(team, user).t(key);
        } catch (RuntimeException e) {
            // The language lookup reads the same database that just failed: fall back to the default language.
            return texts.apply(null, null).t(key);
        }
    }

    /** {@code response_action: errors} on the form's first input, so Slack keeps the form and what was typed. */
    static Response keepOpen(View view, String message) {
        Optional<String> block = firstInput(view);
        if (block.isEmpty()) {
            // Every Kompis form has an input; without one, no answer keeps a form open but Slack's own error does.
            return Response.builder().statusCode(500).body("").build();
        }
        return Response.builder()
                .statusCode(200)
                .contentType(Response.CONTENT_TYPE_APPLICATION_JSON_UTF8)
                .body(GSON.toJson(Map.of("response_action", "errors", "errors", Map.of(block.get(), message))))
                .build();
    }

    private static Optional<String> firstInput(View view) {
        if (view.getBlocks() != null) {
            Optional<String> id = view.getBlocks().stream()
                    .filter(b -> b instanceof InputBlock)
                    .map(b -> ((InputBlock) b).getBlockId())
                    .filter(s -> s != null)
                    .findFirst();
            if (id.isPresent()) {
                return id;
            }
        }
        if (view.getState() != null && view.getState().getValues() != null) {
            return view.getState().getValues().keySet().stream().findFirst();
        }
        return Optional.empty();
    }
}
