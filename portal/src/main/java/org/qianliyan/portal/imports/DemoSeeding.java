package org.qianliyan.portal.imports;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Whether demo data is being generated right now. The portal answers its first page before the
 * seeders have written the demo (they run once the web server is up, a few seconds on a fresh
 * install), so the frame says the demo is still coming instead of showing empty lists without a
 * word.
 */
public class DemoSeeding {

    /** A seeder at work, until closed. */
    public interface Underway extends AutoCloseable {
        @Override
        void close();
    }

    private final AtomicInteger seeders = new AtomicInteger();

    /** Marks a seeder at work until the returned handle is closed (use it in try-with-resources). */
    public Underway begin() {
        seeders.incrementAndGet();
        return seeders::decrementAndGet;
    }

    /** @return true while any seeder is at work */
    public boolean underway() {
        return seeders.get() > 0;
    }
}
