package org.qianliyan.portal.crawl.frontier;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.qianliyan.portal.crawl.frontier.VersionedDocuments.Versioned;

/**
 * Per-host leases: one {@code crawl-status} document per host naming the owner and the expiry.
 * An owner takes a host before it leases that host's URLs and gives it back when it has
 * recorded the last of them, so two processes never fetch from one host at once. A crashed
 * owner's host lease simply expires. The count of URLs each owner holds per host is kept in
 * this process, which is the process that owns them.
 */
final class HostLeases {

    private final VersionedDocuments documents;
    private final Map<String, Integer> outstanding = new ConcurrentHashMap<>();

    HostLeases(VersionedDocuments documents) {
        this.documents = documents;
    }

    /** @return whether {@code owner} now holds {@code host} until {@code now + duration} */
    boolean acquire(String host, String owner, Duration duration, Instant now) {
        String id = UrlIds.ofHost(host);
        Map<String, Object> lease = FrontierDocument.hostLease(host, owner, now.plus(duration));
        Optional<Versioned> current = documents.get(id);
        if (current.isEmpty()) {
            return documents.create(id, lease);
        }
        Versioned v = current.get();
        Object holder = v.source().get(FrontierDocument.LEASE_OWNER);
        Instant expires = FrontierDocument.instant(v.source().get(FrontierDocument.LEASE_EXPIRES_AT));
        boolean heldByOther = holder != null && !holder.equals(owner) && expires != null && expires.isAfter(now);
        return !heldByOther && documents.replace(id, lease, v.seqNo(), v.primaryTerm());
    }

    /** Notes that {@code owner} leased {@code count} URLs of {@code host}; gives the host back at zero. */
    void leased(String host, String owner, int count) {
        int left = outstanding.merge(key(host, owner), count, Integer::sum);
        if (left <= 0) {
            giveBack(host, owner);
        }
    }

    /** Notes that one URL of {@code host} held by {@code owner} is done; gives the host back after the last. */
    void done(String host, String owner) {
        Integer left = outstanding.computeIfPresent(key(host, owner), (k, n) -> n - 1);
        if (left != null && left <= 0) {
            giveBack(host, owner);
        }
    }

    private void giveBack(String host, String owner) {
        outstanding.remove(key(host, owner));
        String id = UrlIds.ofHost(host);
        documents.get(id)
                .filter(v -> owner.equals(v.source().get(FrontierDocument.LEASE_OWNER)))
                .ifPresent(v -> documents.replace(id, FrontierDocument.hostLease(host, null, null), v.seqNo(), v.primaryTerm()));
    }

    private static String key(String host, String owner) {
        return owner + '\n' + host;
    }
}
