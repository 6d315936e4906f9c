package org.qianliyan.portal.opinion.alert;

/** Chinese names of alert kinds for messages sent outside the portal (robots, feed). */
final class AlertTexts {

    private AlertTexts() {
    }

    static String kind(AlertKind kind) {
        return switch (kind) {
            case TOPIC_SPIKE -> "话题激增";
            case FACILITY_SPIKE -> "设施舆情激增";
            case PROVINCE_SPIKE -> "地区舆情激增";
            case FACILITY_NEGATIVE_SURGE -> "设施负面激增";
            case SOURCE_BLOCKED -> "数据源被拦截";
            case SOURCE_FAILING -> "数据源抓取失败";
        };
    }
}
