package org.kompis.sandbox;

/** A person in the emulated workspace; {@code admin} makes them a manager in Kompis (workspace admins are). */
record Person(String id, String name, String title, String locale, String timeZone, boolean admin, boolean bot) {
    String handle() {
        return name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.');
    }
}
