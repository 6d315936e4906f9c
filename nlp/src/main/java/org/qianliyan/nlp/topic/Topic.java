package org.qianliyan.nlp.topic;

/** Environmental topics; a text may have several. OTHER when none applies. */
public enum Topic {
    /** 大气 */
    AIR,
    /** 水 */
    WATER,
    /** 土壤 */
    SOIL,
    /** 固体废物 */
    SOLID_WASTE,
    /** 噪声 */
    NOISE,
    /** 恶臭 */
    ODOUR,
    /** 生态 */
    ECOLOGY,
    /** 辐射 */
    RADIATION,
    /** none of the above */
    OTHER
}
