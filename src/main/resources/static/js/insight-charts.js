// Summit Tracker: charts drawn with ECharts from data the server embeds as JSON. Each chart has the same numbers
// in a table underneath, so pages read fine without this script (the chart containers stay hidden).
(function () {
  'use strict';
  if (typeof window.echarts === 'undefined') { return; }

  var charts = [];

  function memberCount(container, data) {
    return {
      animation: false,
      aria: { enabled: false }, // the container's own label points to the table underneath
      grid: { left: 48, right: 24, top: 24, bottom: 40 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'time' },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{
        name: container.dataset.seriesName,
        type: 'line',
        step: 'end',
        symbolSize: 6,
        areaStyle: { opacity: 0.15 },
        data: data.points
      }]
    };
  }

  var kinds = { 'member-count': memberCount };

  document.querySelectorAll('[data-chart]').forEach(function (container) {
    var build = kinds[container.dataset.chart];
    var source = document.getElementById(container.dataset.chartData);
    if (!build || !source) { return; }
    container.hidden = false;
    var chart = window.echarts.init(container);
    chart.setOption(build(container, JSON.parse(source.textContent)));
    charts.push(chart);
  });

  window.addEventListener('resize', function () {
    charts.forEach(function (chart) { chart.resize(); });
  });
})();
