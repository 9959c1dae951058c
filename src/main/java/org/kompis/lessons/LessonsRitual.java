package org.kompis.lessons;

import org.kompis.core.Kit;
import org.kompis.core.LessonSink;
import org.kompis.core.NewLesson;
import org.kompis.core.Ritual;

/**
 * The lessons library in Slack: {@code /lessons} to search, add, digest and export; "Share in channel" and "More";
 * the App Home section; channel events; the person's data. It is also the {@link LessonSink} the other rituals are
 * given in {@link org.kompis.Rituals}: Kompis installs every ritual before it serves a request, so a lesson never
 * arrives before the library is ready.
 */
public final class LessonsRitual implements Ritual, LessonSink {
    private volatile Library library;

    @Override
    public void install(Kit kit) {
        LessonsCore core = new LessonsCore(kit);
        LessonsViews views = new LessonsViews(core);
        Lookup lookup = new Lookup(core);
        Digest digest = new Digest(core);
        kit.privacy().add(new LessonsPersonalData());
        new LessonsCommands(core, views, lookup).register(kit.commands(), digest, new Export(core));
        new LessonsListeners(core, views, lookup).install(kit.app());
        new LessonsEvents(core).install(kit.app());
        kit.scheduler().onSchedule(Digest.RITUAL, digest::run);
        kit.home().add(new LessonsHome(core, views));
        kit.later("Analysing older lessons for search", new Reindex(kit.jdbi()));
        library = new Library(core);
    }

    @Override
    public void add(NewLesson lesson) {
        Library ready = library;
        if (ready == null) {
            throw new IllegalStateException("The lessons library is not installed");
        }
        ready.add(lesson);
    }
}
