package org.qianliyan.frontend.chart;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Province outlines of China for an {@link EChart} geo component, served offline from the
 * {@code org.webjars.npm:echarts:4.1.0} WebJar (ECharts 5 no longer ships maps). A
 * fallback for a plain, tile-free map, not an approved base map.
 *
 * <pre>{@code
 * ObjectNode option = JSON.createObjectNode();
 * ChinaOutlines.addTo(option);
 * option.putObject("geo").put("map", ChinaOutlines.MAP_NAME);
 * }</pre>
 */
public final class ChinaOutlines {

    /** The name to use as the geo component's {@code map}. */
    public static final String MAP_NAME = "china";
    static final String URL = "/webjars/echarts/4.1.0/map/json/china.json";

    private ChinaOutlines() {
    }

    /** Asks the chart to load and register the outlines before drawing {@code option}. */
    public static void addTo(ObjectNode option) {
        option.putObject("qlyGeoMap").put("name", MAP_NAME).put("url", URL);
    }
}
