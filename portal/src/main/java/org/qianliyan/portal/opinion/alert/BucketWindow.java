package org.qianliyan.portal.opinion.alert;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The buckets a detection run looks at: {@code length} buckets of width {@code bucket} ending
 * with the one that holds {@code now}. Buckets of a day or more start at midnight in
 * {@code zone} (a 舆情 day is a Beijing day), shorter ones on the hour.
 *
 * @param end    end of the last bucket (after {@code now})
 * @param bucket bucket width
 * @param length number of buckets
 */
record BucketWindow(Instant end, Duration bucket, int length) {

    static BucketWindow ending(Instant now, Duration bucket, ZoneId zone, int length) {
        long width = bucket.toMillis();
        long offset = bucket.compareTo(Duration.ofDays(1)) >= 0 ? zone.getRules().getOffset(now).getTotalSeconds() * 1000L : 0L;
        long local = now.toEpochMilli() + offset;
        long start = Math.floorDiv(local, width) * width - offset;
        return new BucketWindow(Instant.ofEpochMilli(start + width), bucket, length);
    }

    Instant start() {
        return end.minusMillis(bucket.toMillis() * length);
    }

    Instant bucketStart(int index) {
        return start().plusMillis(bucket.toMillis() * index);
    }

    /** @return the bucket holding {@code instant}, or -1 outside the window */
    int indexOf(Instant instant) {
        long d = instant.toEpochMilli() - start().toEpochMilli();
        return d < 0 || instant.compareTo(end) >= 0 ? -1 : (int) (d / bucket.toMillis());
    }
}
