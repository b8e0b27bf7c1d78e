// Draws the overview's weekly trend: NPS with its 95% interval as a band, CSAT top-2-box, and n.
(function () {
    function draw() {
        var el = document.getElementById('trend-chart');
        var dataEl = document.getElementById('trend-data');
        if (!el || !dataEl || !window.echarts) { return; }
        var d = JSON.parse(dataEl.textContent);
        var still = /[?&]static=1/.test(location.search) || navigator.webdriver;
        var chart = echarts.getInstanceByDom(el) || echarts.init(el);
        chart.setOption({
            animation: !still,
            grid: { left: 44, right: 48, top: 30, bottom: 28 },
            tooltip: { trigger: 'axis' },
            legend: { data: [el.dataset.nps, el.dataset.csat, el.dataset.n], top: 0 },
            xAxis: { type: 'category', data: d.weeks, axisLabel: { formatter: function (v) { return v.substring(5); } } },
            yAxis: [{ type: 'value', min: -100, max: 100 }, { type: 'value', splitLine: { show: false } }],
            series: [
                { name: 'low', type: 'line', data: d.low, stack: 'ci', lineStyle: { opacity: 0 }, symbol: 'none', tooltip: { show: false } },
                { name: el.dataset.band, type: 'line', data: d.band, stack: 'ci', lineStyle: { opacity: 0 }, symbol: 'none',
                  areaStyle: { color: 'rgba(47,111,237,0.12)' }, tooltip: { show: false } },
                { name: el.dataset.nps, type: 'line', data: d.nps, color: '#2f6fed', symbolSize: 6, connectNulls: false },
                { name: el.dataset.csat, type: 'line', data: d.csat, color: '#1f9d55', symbolSize: 5, lineStyle: { type: 'dashed' } },
                { name: el.dataset.n, type: 'bar', yAxisIndex: 1, data: d.n, color: 'rgba(107,117,133,0.25)', barMaxWidth: 18 }
            ]
        }, true);
    }
    document.addEventListener('DOMContentLoaded', draw);
    document.addEventListener('htmx:afterSettle', draw);
    window.addEventListener('resize', function () {
        var el = document.getElementById('trend-chart');
        if (el && window.echarts && echarts.getInstanceByDom(el)) { echarts.getInstanceByDom(el).resize(); }
    });
})();
