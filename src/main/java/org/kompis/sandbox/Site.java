package org.kompis.sandbox;

/**
 * One emulated workspace and what serves it: its state, its Web API, what its people do at the page, and its file
 * beside the database.
 */
record Site(Roster roster, Workspace ws, EmulatedSlack slack, PageActions actions, Snapshots snapshots) {
    /** A fresh workspace: its channels and first messages. */
    void seed() {
        if (roster.equals(Demo.ROSTER)) {
            Demo.seed(ws);
        } else {
            SecondWorkspace.seed(ws);
        }
    }
}
