package org.kompis.sandbox;

/** A file uploaded through files.getUploadURLExternal; {@code channel} is set once the upload is completed. */
final class StoredFile {
    String id;
    String name;
    String title;
    String base64;
    int size;
    String channel;
    long created;
}
