/*
 * Draws the TileMap Vaadin component with Leaflet: the configured tile layer and one
 * circle marker per point, with the point's name as tooltip.
 */
window.qianliyanMap = (function () {
  function render(el, tileUrl, attribution, markersJson) {
    if (!el.qianliyanMap) {
      el.qianliyanMap = L.map(el).setView([35.5, 104.5], 4);
      L.tileLayer(tileUrl, { attribution: attribution, maxZoom: 18 }).addTo(el.qianliyanMap);
      el.qianliyanMarkers = L.layerGroup().addTo(el.qianliyanMap);
      new ResizeObserver(function () { el.qianliyanMap.invalidateSize(); }).observe(el);
    }
    el.qianliyanMarkers.clearLayers();
    JSON.parse(markersJson).forEach(function (point) {
      L.circleMarker([point.lat, point.lon], { radius: 5, color: point.color, fillColor: point.color, fillOpacity: 0.85, weight: 1 })
        .bindTooltip(point.name)
        .addTo(el.qianliyanMarkers);
    });
    el.setAttribute('data-rendered', 'true');
  }

  return { render: render };
})();
