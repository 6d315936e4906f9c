package org.qianliyan.nlp.topic;

import org.qianliyan.nlp.sentiment.Sentiment;

import java.util.Set;

/**
 * Detects citizen complaints about a specific place: complaint cues (投诉, 12369, 希望有关部门, 我们小区, 半夜…),
 * negative sentiment, an environmental topic, and a concrete place (a linked facility or region, or words like
 * 小区/村/附近). A complaint needs the place and enough of the rest. Thread-safe.
 */
public final class ComplaintDetector {

    /** Score needed to flag a complaint. */
    public static final double THRESHOLD = 0.5;

    private static final java.util.List<String> LOCAL_WORDS = java.util.List.of("小区", "村", "附近", "周边", "我家",
            "楼下", "隔壁", "旁边", "对面", "园区", "门口");

    private final CueTrie cues = new CueTrie("/org/qianliyan/nlp/complaint-cues.txt");

    /**
     * @param normalizedText normalised text
     * @param sentiment      its sentiment
     * @param topics         its topics
     * @param hasPlace       whether a facility or region was linked in it
     * @return the decision with its score
     */
    public Complaint detect(String normalizedText, Sentiment sentiment, Set<Topic> topics, boolean hasPlace) {
        double[] cueSum = new double[1];
        cues.forEach(normalizedText, (offset, cue) -> cueSum[0] += cue.weight());
        boolean localWords = false;
        for (String word : LOCAL_WORDS) {
            if (normalizedText.contains(word)) {
                localWords = true;
                break;
            }
        }
        double score = 0.35 * Math.max(-1, Math.min(1, cueSum[0] / 1.5))
                + 0.3 * -sentiment.score() // praise argues against a complaint
                + (topics.contains(Topic.OTHER) ? 0 : 0.15)
                + (hasPlace ? 0.2 : localWords ? 0.15 : 0);
        boolean specific = hasPlace || localWords;
        score = Math.round(Math.max(0, Math.min(1, score)) * 1000) / 1000.0;
        return new Complaint(specific && score >= THRESHOLD, score);
    }
}
