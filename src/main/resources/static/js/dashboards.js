// Draws dashboard trend widgets: one line per metric, the first metric's 95% interval as a band and
// its n as bars. Each widget arrives by htmx on its own, so drawing follows every swap. The other
// widget charts (bars, quadrant) are drawn by analytics.js. No animation under automation or ?static=1.
(function () {
    var COLOURS = ['#2f6fed', '#1f9d55', '#d99a0b', '#8a5cf6', '#d64545', '#0ea5a4'];
    var still = /[?&]static=1/.test(location.search) || navigator.webdriver;

    function dataOf(el) {
        var next = el.nextElementSibling;
        while (next && !(next.classList && next.classList.contains('chart-data'))) { next = next.nextElementSibling; }
        return next ? JSON.parse(next.textContent) : null;
    }

    function lines(el, d) {
        var band = d.low.map(function (l, i) { return l == null || d.high[i] == null ? null : d.high[i] - l; });
        var series = [
            { name: 'low', type: 'line', data: d.low, stack: 'ci', lineStyle: { opacity: 0 }, symbol: 'none', tooltip: { show: false } },
            { name: el.dataset.band, type: 'line', data: band, stack: 'ci', lineStyle: { opacity: 0 }, symbol: 'none',
              areaStyle: { color: 'rgba(47,111,237,0.12)' }, tooltip: { show: false } }
        ];
        d.series.forEach(function (s, i) {
            series.push({ name: s.name, type: 'line', data: s.values, color: COLOURS[i % COLOURS.length], symbolSize: 5 });
        });
        series.push({ name: el.dataset.n, type: 'bar', yAxisIndex: 1, data: d.n, color: 'rgba(107,117,133,0.22)', barMaxWidth: 16 });
        return {
            animation: !still,
            grid: { left: 44, right: 44, top: 30, bottom: 28 },
            tooltip: { trigger: 'axis' },
            legend: { data: d.series.map(function (s) { return s.name; }).concat([el.dataset.n]), top: 0 },
            xAxis: { type: 'category', data: d.labels, axisLabel: { formatter: function (v) { return v.substring(5); } } },
            yAxis: [{ type: 'value', scale: true }, { type: 'value', splitLine: { show: false } }],
            series: series
        };
    }

    function drawAll() {
        if (!window.echarts) { return; }
        document.querySelectorAll('[data-dash-chart=lines]').forEach(function (el) {
            var d = dataOf(el);
            if (!d) { return; }
            var chart = echarts.getInstanceByDom(el) || echarts.init(el);
            chart.setOption(lines(el, d), true);
        });
    }

    document.addEventListener('DOMContentLoaded', drawAll);
    document.addEventListener('htmx:afterSettle', drawAll);
    window.addEventListener('resize', function () {
        document.querySelectorAll('[data-dash-chart]').forEach(function (el) {
            var chart = window.echarts && echarts.getInstanceByDom(el);
            if (chart) { chart.resize(); }
        });
    });
})();
