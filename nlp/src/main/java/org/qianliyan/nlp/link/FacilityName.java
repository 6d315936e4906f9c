package org.qianliyan.nlp.link;

import org.qianliyan.nlp.NlpException;

/**
 * What the gazetteer needs to know about one facility.
 *
 * @param id            the facility's id in the portal's index
 * @param name          registered name, e.g. 金乡盛运环保电力有限公司
 * @param creditCode    统一社会信用代码, nullable
 * @param province      province, full (山东省) or short (山东), nullable
 * @param city          prefecture-level city, nullable
 * @param county        county or district, nullable
 * @param operatorGroup operating group's name (光大环境, 康恒环境…), nullable
 */
public record FacilityName(String id, String name, String creditCode, String province, String city,
                           String county, String operatorGroup) {

    /** Checks the required fields. */
    public FacilityName {
        if (id == null || id.isBlank() || name == null || name.isBlank()) {
            throw new NlpException("facility needs an id and a name, got id=" + id + ", name=" + name);
        }
    }
}
