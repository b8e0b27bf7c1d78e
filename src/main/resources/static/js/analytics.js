// Draws the analytics charts. Each chart is an element with data-chart="<kind>" followed by a
// <script type="application/json" class="chart-data"> holding its series; the table beside it
// carries the same figures. No animation with ?static=1 or under automation, so screenshots are stable.
(function () {
    var GREEN = '#1f9d55', AMBER = '#d99a0b', RED = '#d64545', BLUE = '#2f6fed', GREY = '#b6bdc8';
    var still = /[?&]static=1/.test(location.search) || navigator.webdriver;

    function dataOf(el) {
        var next = el.nextElementSibling;
        while (next && !(next.classList && next.classList.contains('chart-data'))) { next = next.nextElementSibling; }
        return next ? JSON.parse(next.textContent) : null;
    }

    function bars(el, d) {
        return {
            grid: { left: 48, right: 16, top: 16, bottom: 64 },
            tooltip: { trigger: 'axis', formatter: function (p) {
                var i = p[0].dataIndex;
                return d.labels[i] + '<br>' + el.dataset.label + ': ' + (d.values[i] == null ? '—' : d.values[i]) +
                    (d.low[i] == null ? '' : ' [' + d.low[i] + ', ' + d.high[i] + ']') + '<br>n = ' + d.n[i];
            } },
            xAxis: { type: 'category', data: d.labels, axisLabel: { interval: 0, rotate: d.labels.length > 6 ? 30 : 0 } },
            yAxis: { type: 'value', min: d.min < 0 ? d.min : 0, max: d.max },
            series: [
                { type: 'bar', barMaxWidth: 36, data: d.values.map(function (v, i) {
                    return { value: v, itemStyle: { color: d.small[i] ? GREY : BLUE } };
                }) },
                { type: 'custom', name: 'ci', data: d.values.map(function (v, i) { return [i, d.low[i], d.high[i]]; }),
                  renderItem: function (params, api) {
                      if (api.value(1) == null || isNaN(api.value(1))) { return null; }
                      var lo = api.coord([api.value(0), api.value(1)]), hi = api.coord([api.value(0), api.value(2)]);
                      var w = 6;
                      return { type: 'group', children: [
                          { type: 'line', shape: { x1: lo[0], y1: lo[1], x2: hi[0], y2: hi[1] }, style: { stroke: '#333', lineWidth: 1 } },
                          { type: 'line', shape: { x1: lo[0] - w, y1: lo[1], x2: lo[0] + w, y2: lo[1] }, style: { stroke: '#333' } },
                          { type: 'line', shape: { x1: hi[0] - w, y1: hi[1], x2: hi[0] + w, y2: hi[1] }, style: { stroke: '#333' } }] };
                  }, z: 10, tooltip: { show: false } }
            ]
        };
    }

    function trend(el, d) {
        var low = d.low, band = d.low.map(function (l, i) { return l == null || d.high[i] == null ? null : d.high[i] - l; });
        return {
            grid: { left: 48, right: 48, top: 30, bottom: 28 },
            tooltip: { trigger: 'axis' },
            legend: { data: [el.dataset.label, el.dataset.n], top: 0 },
            xAxis: { type: 'category', data: d.labels },
            yAxis: [{ type: 'value', min: d.min, max: d.max }, { type: 'value', splitLine: { show: false } }],
            series: [
                { name: 'low', type: 'line', data: low, stack: 'ci', lineStyle: { opacity: 0 }, symbol: 'none', tooltip: { show: false } },
                { name: el.dataset.band, type: 'line', data: band, stack: 'ci', lineStyle: { opacity: 0 }, symbol: 'none',
                  areaStyle: { color: 'rgba(47,111,237,0.14)' }, tooltip: { show: false } },
                { name: el.dataset.label, type: 'line', data: d.values, color: BLUE, symbolSize: 6 },
                { name: el.dataset.n, type: 'bar', yAxisIndex: 1, data: d.n, color: 'rgba(107,117,133,0.25)', barMaxWidth: 18 }
            ]
        };
    }

    function distribution(el, d) {
        return {
            grid: { left: 40, right: 16, top: 16, bottom: 28 },
            tooltip: { trigger: 'axis' },
            xAxis: { type: 'category', data: d.points },
            yAxis: { type: 'value' },
            series: [{ type: 'bar', barMaxWidth: 28, data: d.counts.map(function (c, i) {
                return { value: c, itemStyle: { color: d.colours[i] === 'bad' ? RED : d.colours[i] === 'mid' ? AMBER : GREEN } };
            }) }]
        };
    }

    function quadrant(el, d) {
        return {
            grid: { left: 56, right: 64, top: 24, bottom: 48 },
            tooltip: { formatter: function (p) {
                return p.data[2] + '<br>' + el.dataset.x + ': ' + p.data[0] + '%<br>' + el.dataset.y + ': ' + p.data[1];
            } },
            xAxis: { type: 'value', name: el.dataset.x, nameLocation: 'middle', nameGap: 28, min: 0 },
            yAxis: { type: 'value', name: el.dataset.y, nameLocation: 'middle', nameGap: 40, scale: true },
            series: [{ type: 'scatter', symbolSize: 16, color: BLUE,
                data: d.points.map(function (p) { return [p.importance, p.performance, p.label]; }),
                label: { show: true, position: 'right', formatter: function (p) { return p.data[2]; } },
                markLine: { silent: true, symbol: 'none', lineStyle: { type: 'dashed', color: GREY },
                    data: [{ xAxis: d.importanceSplit }, { yAxis: d.performanceSplit }] } }]
        };
    }

    function compare(el, d) {
        return {
            grid: { left: 48, right: 16, top: 30, bottom: 48 },
            tooltip: { trigger: 'axis' },
            legend: { data: d.series.map(function (s) { return s.name; }), top: 0 },
            xAxis: { type: 'category', data: d.labels, axisLabel: { interval: 0 } },
            yAxis: { type: 'value' },
            series: d.series.map(function (s, i) {
                return { name: s.name, type: 'bar', barMaxWidth: 28, data: s.values, color: i === 0 ? BLUE : GREY };
            })
        };
    }

    // The overview's weekly trend: NPS with its 95% interval as a band, CSAT top-2-box, and n.
    function overview(el, d) {
        return {
            grid: { left: 44, right: 48, top: 30, bottom: 28 },
            tooltip: { trigger: 'axis' },
            legend: { data: [el.dataset.nps, el.dataset.csat, el.dataset.n], top: 0 },
            xAxis: { type: 'category', data: d.weeks, axisLabel: { formatter: function (v) { return v.substring(5); } } },
            yAxis: [{ type: 'value', min: -100, max: 100 }, { type: 'value', splitLine: { show: false } }],
            series: [
                { name: 'low', type: 'line', data: d.low, stack: 'ci', lineStyle: { opacity: 0 }, symbol: 'none', tooltip: { show: false } },
                { name: el.dataset.band, type: 'line', data: d.band, stack: 'ci', lineStyle: { opacity: 0 }, symbol: 'none',
                  areaStyle: { color: 'rgba(47,111,237,0.12)' }, tooltip: { show: false } },
                { name: el.dataset.nps, type: 'line', data: d.nps, color: BLUE, symbolSize: 6, connectNulls: false },
                { name: el.dataset.csat, type: 'line', data: d.csat, color: GREEN, symbolSize: 5, lineStyle: { type: 'dashed' } },
                { name: el.dataset.n, type: 'bar', yAxisIndex: 1, data: d.n, color: 'rgba(107,117,133,0.25)', barMaxWidth: 18 }
            ]
        };
    }

    // The case report: cases per group, and the median hours to resolution on a second axis.
    function caseReport(el, d) {
        return {
            grid: { left: 44, right: 48, top: 30, bottom: 60 },
            tooltip: { trigger: 'axis' },
            legend: { data: [el.dataset.cases, el.dataset.hours], top: 0 },
            xAxis: { type: 'category', data: d.labels, axisLabel: { interval: 0, rotate: d.labels.length > 6 ? 30 : 0 } },
            yAxis: [{ type: 'value', minInterval: 1 }, { type: 'value', splitLine: { show: false } }],
            series: [
                { name: el.dataset.cases, type: 'bar', data: d.cases, color: BLUE, barMaxWidth: 36 },
                { name: el.dataset.hours, type: 'line', yAxisIndex: 1, data: d.resolutionMedianHours, color: '#d9a400', symbolSize: 6 }
            ]
        };
    }

    // The comment explorer's topic trends: mentions per week of the busiest topics, one line each.
    function topicTrends(el, d) {
        return {
            grid: { left: 36, right: 12, top: 8, bottom: 56 },
            tooltip: { trigger: 'axis' },
            legend: { type: 'scroll', bottom: 0, data: d.topics.map(function (t) { return t.name; }) },
            xAxis: { type: 'category', data: d.weeks, axisLabel: { formatter: function (v) { return v.substring(5); } } },
            yAxis: { type: 'value', minInterval: 1 },
            series: d.topics.map(function (t) {
                return { name: t.name, type: 'line', data: t.perWeek, symbolSize: 5, emphasis: { focus: 'series' } };
            })
        };
    }

    // A dashboard trend widget: one line per metric, the first metric's 95% interval as a band and its n as bars.
    var LINE_COLOURS = [BLUE, GREEN, AMBER, '#8a5cf6', RED, '#0ea5a4'];

    function lines(el, d) {
        var band = d.low.map(function (l, i) { return l == null || d.high[i] == null ? null : d.high[i] - l; });
        var series = [
            { name: 'low', type: 'line', data: d.low, stack: 'ci', lineStyle: { opacity: 0 }, symbol: 'none', tooltip: { show: false } },
            { name: el.dataset.band, type: 'line', data: band, stack: 'ci', lineStyle: { opacity: 0 }, symbol: 'none',
              areaStyle: { color: 'rgba(47,111,237,0.12)' }, tooltip: { show: false } }
        ];
        d.series.forEach(function (s, i) {
            series.push({ name: s.name, type: 'line', data: s.values, color: LINE_COLOURS[i % LINE_COLOURS.length], symbolSize: 5 });
        });
        series.push({ name: el.dataset.n, type: 'bar', yAxisIndex: 1, data: d.n, color: 'rgba(107,117,133,0.22)', barMaxWidth: 16 });
        return {
            grid: { left: 44, right: 44, top: 30, bottom: 28 },
            tooltip: { trigger: 'axis' },
            legend: { data: d.series.map(function (s) { return s.name; }).concat([el.dataset.n]), top: 0 },
            xAxis: { type: 'category', data: d.labels, axisLabel: { formatter: function (v) { return v.substring(5); } } },
            yAxis: [{ type: 'value', scale: true }, { type: 'value', splitLine: { show: false } }],
            series: series
        };
    }

    var KINDS = { lines: lines, 'topic-trends': topicTrends, bars: bars, trend: trend, distribution: distribution, quadrant: quadrant, compare: compare,
                  overview: overview, 'case-report': caseReport };

    function drawAll() {
        if (!window.echarts) { return; }
        document.querySelectorAll('[data-chart]').forEach(function (el) {
            var d = dataOf(el);
            var kind = KINDS[el.dataset.chart];
            if (!d || !kind) { return; }
            var chart = echarts.getInstanceByDom(el) || echarts.init(el);
            var option = kind(el, d);
            option.animation = !still;
            chart.setOption(option, true);
        });
    }

    document.addEventListener('DOMContentLoaded', drawAll);
    document.addEventListener('htmx:afterSettle', drawAll);
    window.addEventListener('resize', function () {
        document.querySelectorAll('[data-chart]').forEach(function (el) {
            var chart = window.echarts && echarts.getInstanceByDom(el);
            if (chart) { chart.resize(); }
        });
    });
})();

// The heatmap cell whose panel is open is outlined; the panel itself comes by htmx.
document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('#heatmap td.cell a');
    if (!link) { return; }
    document.querySelectorAll('#heatmap td.cell.selected').forEach(function (cell) { cell.classList.remove('selected'); });
    link.closest('td').classList.add('selected');
});
