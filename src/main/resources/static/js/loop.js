// Draws the case report's bar chart: cases per group, and the median hours to resolution on a second axis.
(function () {
    function draw() {
        var el = document.getElementById('report-chart');
        var dataEl = document.getElementById('report-data');
        if (!el || !dataEl || !window.echarts) { return; }
        var d = JSON.parse(dataEl.textContent);
        var still = /[?&]static=1/.test(location.search) || navigator.webdriver;
        var chart = echarts.getInstanceByDom(el) || echarts.init(el);
        chart.setOption({
            animation: !still,
            grid: { left: 44, right: 48, top: 30, bottom: 60 },
            tooltip: { trigger: 'axis' },
            legend: { data: [el.dataset.cases, el.dataset.hours], top: 0 },
            xAxis: { type: 'category', data: d.labels, axisLabel: { interval: 0, rotate: d.labels.length > 6 ? 30 : 0 } },
            yAxis: [{ type: 'value', minInterval: 1 }, { type: 'value', splitLine: { show: false } }],
            series: [
                { name: el.dataset.cases, type: 'bar', data: d.cases, color: '#2f6fed', barMaxWidth: 36 },
                { name: el.dataset.hours, type: 'line', yAxisIndex: 1, data: d.resolutionMedianHours, color: '#d9a400', symbolSize: 6 }
            ]
        }, true);
    }
    document.addEventListener('DOMContentLoaded', draw);
    document.addEventListener('htmx:afterSettle', draw);
    window.addEventListener('resize', function () {
        var el = document.getElementById('report-chart');
        if (el && window.echarts && echarts.getInstanceByDom(el)) { echarts.getInstanceByDom(el).resize(); }
    });
})();
