package org.qianliyan.crawler;

import java.util.LinkedHashMap;
import java.util.Map;

/** A bounded set of recently seen content hashes, to count the same text reached through two URLs once. */
final class RecentHashes {

    private final Map<String, Boolean> seen;

    RecentHashes(int capacity) {
        this.seen = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    /** @return true when the hash was new */
    synchronized boolean add(String hash) {
        return seen.put(hash, Boolean.TRUE) == null;
    }

    /** Forgets a hash whose document was not stored, so the retry of its URL hands it over again. */
    synchronized void forget(String hash) {
        seen.remove(hash);
    }
}
