/*
 * Draws Apache ECharts charts for the EChart Vaadin component: parses the option JSON,
 * applies the palette from the portal stylesheet's --qly-chart-N custom properties, keeps
 * the chart sized to its container, and follows a data item's "link" when it is clicked.
 */
window.qianliyanChart = (function () {
  function palette(el) {
    var style = getComputedStyle(el);
    var colours = [];
    for (var i = 1; i <= 8; i++) {
      var value = style.getPropertyValue('--qly-chart-' + i).trim();
      if (value) { colours.push(value); }
    }
    return colours;
  }

  var registeredMaps = {};

  /* An option may name an outline map to load first: {"qlyGeoMap": {"name": "china", "url": "..."}}. */
  function render(el, optionJson) {
    var option = JSON.parse(optionJson);
    var geoMap = option.qlyGeoMap;
    if (geoMap) {
      delete option.qlyGeoMap;
      if (!registeredMaps[geoMap.name]) {
        fetch(geoMap.url)
          .then(function (response) { return response.json(); })
          .then(function (outlines) {
            echarts.registerMap(geoMap.name, outlines);
            registeredMaps[geoMap.name] = true;
            draw(el, option);
          })
          .catch(function (failure) { el.setAttribute('data-map-error', String(failure)); });
        return;
      }
    }
    draw(el, option);
  }

  function draw(el, option) {
    if (!option.color) {
      var colours = palette(el);
      if (colours.length) { option.color = colours; }
    }
    var chart = echarts.getInstanceByDom(el) || echarts.init(el, null, { renderer: 'canvas' });
    chart.setOption(option, true);
    el.setAttribute('data-rendered', 'true');
    /* A data item may carry a link (relative to the application): clicking it opens that page. */
    if (!el.qianliyanLinks) {
      el.qianliyanLinks = true;
      chart.on('click', function (params) {
        if (params.data && params.data.link) {
          window.location.assign(new URL(params.data.link, document.baseURI).href);
        }
      });
    }
    if (!el.qianliyanResizeObserver) {
      el.qianliyanResizeObserver = new ResizeObserver(function () { chart.resize(); });
      el.qianliyanResizeObserver.observe(el);
    }
  }

  return { render: render };
})();
