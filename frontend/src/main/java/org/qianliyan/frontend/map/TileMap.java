package org.qianliyan.frontend.map;

import java.util.Objects;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;

/**
 * A Leaflet map over a configurable tile source, with coloured point markers. Leaflet comes
 * from the {@code org.webjars.npm:leaflet} WebJar as a plain script (no npm build).
 *
 * <p>For a public Chinese site the tiles must come from an approved base map (天地图 or
 * another source with a 审图号); the tile URL is therefore always the caller's setting.
 * Markers are JSON: {@code [{"name": "...", "lat": 35.1, "lon": 116.3, "color": "#c62828"}]}.
 */
@Tag("div")
@JavaScript("context://webjars/leaflet/" + TileMap.LEAFLET_VERSION + "/dist/leaflet.js")
@JavaScript("context://scripts/qianliyan-map.js")
@StyleSheet("context://webjars/leaflet/" + TileMap.LEAFLET_VERSION + "/dist/leaflet.css")
public class TileMap extends Div {

    /** Must match the {@code org.webjars.npm:leaflet} dependency. */
    static final String LEAFLET_VERSION = "1.9.4";

    private final String tileUrl;
    private final String attribution;
    private String markersJson = "[]";

    /**
     * @param tileUrl     a Leaflet tile URL template such as {@code https://…/{z}/{x}/{y}.png}
     * @param attribution the tile source's required attribution (and 审图号)
     */
    public TileMap(String tileUrl, String attribution) {
        this.tileUrl = Objects.requireNonNull(tileUrl, "tileUrl");
        this.attribution = Objects.requireNonNullElse(attribution, "");
        addClassName("qly-tile-map");
        setHeight("640px");
        setWidthFull();
    }

    public void setMarkers(String markersJson) {
        this.markersJson = Objects.requireNonNull(markersJson, "markersJson");
        render();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        render();
    }

    private void render() {
        getElement().executeJs("(function wait(el, tiles, attribution, markers, tries) {"
                + " if (window.qianliyanMap && window.L) { window.qianliyanMap.render(el, tiles, attribution, markers); }"
                + " else if (tries > 0) { setTimeout(function () { wait(el, tiles, attribution, markers, tries - 1); }, 50); }"
                + "})($0, $1, $2, $3, 200)", getElement(), tileUrl, attribution, markersJson);
    }
}
