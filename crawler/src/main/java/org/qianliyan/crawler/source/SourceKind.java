package org.qianliyan.crawler.source;

/** What kind of publisher a source is; selects the extractor used for its pages. */
public enum SourceKind {
    /** An ordinary web site: list pages linking to article pages. */
    SITE,
    /** An RSS 2.0 or Atom feed. */
    RSS,
    /** WeChat official-account articles, discovered through Sogou WeChat search. */
    WECHAT,
    /** Weibo posts and profiles through the weibo.com ajax JSON endpoints. */
    WEIBO,
    /** A government 行政处罚 (administrative penalty) disclosure site. */
    GOV_DISCLOSURE
}
