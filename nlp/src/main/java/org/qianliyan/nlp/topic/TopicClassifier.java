package org.qianliyan.nlp.topic;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Multi-label topic classification by weighted cue phrases of our own (resource {@code topics.txt}): a topic is
 * assigned when its cues sum to at least {@value #THRESHOLD}; OTHER when no topic reaches it. Thread-safe.
 */
public final class TopicClassifier {

    /** Summed cue weight needed for a topic. */
    public static final double THRESHOLD = 1.0;

    private final CueTrie cues = new CueTrie("/org/qianliyan/nlp/topics.txt");

    /**
     * @param normalizedText normalised text
     * @return the topics, never empty
     */
    public Set<Topic> classify(String normalizedText) {
        Map<Topic, Double> sums = new EnumMap<>(Topic.class);
        cues.forEach(normalizedText, (offset, cue) -> sums.merge(Topic.valueOf(cue.section()), cue.weight(), Double::sum));
        Set<Topic> topics = EnumSet.noneOf(Topic.class);
        sums.forEach((topic, sum) -> {
            if (sum >= THRESHOLD) {
                topics.add(topic);
            }
        });
        if (topics.isEmpty()) {
            topics.add(Topic.OTHER);
        }
        return topics;
    }
}
