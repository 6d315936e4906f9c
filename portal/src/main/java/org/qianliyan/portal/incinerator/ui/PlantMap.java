package org.qianliyan.portal.incinerator.ui;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import org.qianliyan.frontend.chart.ChinaOutlines;
import org.qianliyan.frontend.chart.EChart;
import org.qianliyan.frontend.map.TileMap;
import org.qianliyan.portal.incinerator.IncineratorProperties;
import org.qianliyan.portal.incinerator.catalogue.PlantSummary;
import org.qianliyan.portal.incinerator.domain.Verdict;

/**
 * Plants placed by their published coordinates and coloured by their most severe verdict of the
 * period they were summarised over. Drawn by ECharts over offline province outlines on a plain
 * background, so it works without any third-party base map (coordinates as published); with
 * {@code qianliyan.incinerator.map-tile-url} set, a Leaflet map over that tile source instead.
 * Used by the map page and the front page: {@code add(new PlantMap(plants, settings, "my-map", "480px"))}.
 */
public class PlantMap extends Div {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> COLOURS = Map.of("COMPLIANT", "#2e7d32", "EXCEEDANCE", "#c62828",
            "MAINTENANCE", "#6d4c41", "MISSING", "#9e9e9e", "MARKED", "#ef6c00", "NONE", "#5b6b73");

    /** @param id the element id of the map itself (the chart or the Leaflet element) */
    public PlantMap(List<PlantSummary> plants, IncineratorProperties settings, String id, String height) {
        Component map;
        if (settings.mapTileUrl().isBlank()) {
            EChart chart = new EChart();
            chart.setHeight(height);
            chart.setOption(option(plants));
            map = chart;
        } else {
            TileMap tiles = new TileMap(settings.mapTileUrl(), settings.mapTileAttribution());
            tiles.setMarkers(markers(plants));
            map = tiles;
        }
        map.setId(id);
        add(map);
    }

    /** The plants as Leaflet markers, coloured like the offline map's legend. */
    private static String markers(List<PlantSummary> plants) {
        ArrayNode markers = JSON.createArrayNode();
        for (PlantSummary p : plants) {
            if (p.plant().longitude() != null && p.plant().latitude() != null) {
                markers.addObject().put("name", p.plant().name()).put("lat", p.plant().latitude())
                        .put("lon", p.plant().longitude())
                        .put("color", COLOURS.get(p.worst().map(Enum::name).orElse("NONE")));
            }
        }
        return markers.toString();
    }

    private String option(List<PlantSummary> plants) {
        ObjectNode option = JSON.createObjectNode();
        option.putObject("tooltip").put("trigger", "item");
        option.putObject("legend").put("bottom", 0);
        ChinaOutlines.addTo(option);
        ObjectNode geo = option.putObject("geo").put("map", ChinaOutlines.MAP_NAME).put("roam", true)
                .put("top", 16).put("bottom", 60);
        geo.putObject("itemStyle").put("areaColor", "#f4f6f5").put("borderColor", "#9aa7ad");
        geo.putObject("emphasis").putObject("itemStyle").put("areaColor", "#e3ece9");
        ArrayNode series = option.putArray("series");
        for (String key : List.of("EXCEEDANCE", "MISSING", "MAINTENANCE", "MARKED", "COMPLIANT", "NONE")) {
            ObjectNode s = series.addObject().put("type", "scatter").put("coordinateSystem", "geo").put("symbolSize", 7)
                    .put("name", getTranslation(key.equals("NONE") ? "incinerator.verdict.none"
                            : Verdict.valueOf(key).labelKey()));
            s.putObject("itemStyle").put("color", COLOURS.get(key));
            ArrayNode data = s.putArray("data");
            for (PlantSummary p : plants) {
                String worst = p.worst().map(Enum::name).orElse("NONE");
                if (worst.equals(key) && p.plant().longitude() != null) {
                    data.addObject().put("name", p.plant().name()).putArray("value")
                            .add(p.plant().longitude()).add(p.plant().latitude());
                }
            }
        }
        return option.toString();
    }
}
