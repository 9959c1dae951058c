package org.kompis.sandbox;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Slack's three-step upload (get an upload URL, send the bytes there, complete it into a channel), files.info,
 * and a download link, so a file Kompis shares shows up in the channel as something to download.
 */
final class FilesApi {
    private final Workspace ws;
    private final ChatApi chat;
    private final String internalUrl;
    private final String publicUrl;

    FilesApi(Workspace ws, ChatApi chat, String internalUrl, String publicUrl) {
        this.ws = ws;
        this.chat = chat;
        this.internalUrl = internalUrl;
        this.publicUrl = publicUrl;
    }

    void register(Map<String, EmulatedSlack.Method> methods) {
        methods.put("files.getUploadURLExternal", p -> {
            if (p.get("filename") == null || p.get("length") == null) {
                throw new SlackError("invalid_arguments");
            }
            return ws.write(d -> {
                StoredFile f = new StoredFile();
                f.id = ws.nextId(d, "F");
                f.name = p.get("filename");
                f.title = f.name;
                f.created = ws.now() / 1000;
                d.files.put(f.id, f);
                return Json.obj("upload_url", internalUrl + "/sandbox/upload/" + f.id, "file_id", f.id);
            });
        });
        methods.put("files.completeUploadExternal", this::complete);
        methods.put(
                "files.info",
                p -> ws.read(d -> {
                    StoredFile f = d.files.get(p.get("file"));
                    if (f == null || f.base64 == null) {
                        throw new SlackError("file_not_found");
                    }
                    return Json.obj("file", Shapes.file(ws.roster(), f, publicUrl));
                }));
    }

    private JsonObject complete(Params p) {
        JsonElement list = Json.parse(p.get("files") == null ? "" : p.get("files"), "invalid_arguments");
        if (!list.isJsonArray() || list.getAsJsonArray().isEmpty()) {
            throw new SlackError("invalid_arguments");
        }
        return ws.write(d -> {
            List<StoredFile> files = new ArrayList<>();
            for (JsonElement e : list.getAsJsonArray()) {
                StoredFile f = d.files.get(Json.str(e.getAsJsonObject(), "id"));
                if (f == null || f.base64 == null) {
                    throw new SlackError("file_not_found");
                }
                if (Json.str(e.getAsJsonObject(), "title") != null) {
                    f.title = Json.str(e.getAsJsonObject(), "title");
                }
                files.add(f);
            }
            JsonArray out = new JsonArray();
            String channel = p.get("channel_id");
            if (channel != null) {
                Conversation c = ws.conversation(d, channel);
                Message m = chat.post(
                        d,
                        c.id,
                        p.get("thread_ts"),
                        p.get("initial_comment") == null ? "" : p.get("initial_comment"),
                        null,
                        null);
                files.forEach(f -> {
                    f.channel = c.id;
                    m.files.add(f.id);
                });
            }
            files.forEach(f -> out.add(Json.obj("id", f.id, "title", f.title)));
            return Json.obj("files", out);
        });
    }

    boolean has(String fileId) {
        return ws.read(d -> d.files.containsKey(fileId));
    }

    /** The upload URL: takes the bytes raw or as a multipart form, as clients send them. */
    void upload(Context ctx) throws IOException {
        String id = ctx.pathParam("fileId");
        byte[] bytes;
        List<UploadedFile> parts = ctx.isMultipartFormData() ? ctx.uploadedFiles() : List.of();
        if (!parts.isEmpty()) {
            try (InputStream in = parts.get(0).content()) {
                bytes = in.readAllBytes();
            }
        } else {
            bytes = ctx.bodyAsBytes();
        }
        boolean known = ws.write(d -> {
            StoredFile f = d.files.get(id);
            if (f == null) {
                return false;
            }
            f.base64 = Base64.getEncoder().encodeToString(bytes);
            f.size = bytes.length;
            return true;
        });
        ctx.status(known ? 200 : 404).result(known ? "OK - " + bytes.length : "file not found");
    }

    void download(Context ctx) {
        StoredFile f = ws.read(d -> d.files.get(ctx.pathParam("fileId")));
        if (f == null || f.base64 == null || f.channel == null) {
            ctx.status(404).result("file not found");
            return;
        }
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Content-Disposition", "attachment; filename=\"" + f.name.replaceAll("[^\\w.\\- ]", "_") + "\"");
        ctx.contentType("text/plain; charset=utf-8").result(Base64.getDecoder().decode(f.base64));
    }
}
