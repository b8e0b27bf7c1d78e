// Draws the comment explorer's topic trends: mentions per week of the busiest topics, one line each.
(function () {
    function draw() {
        var el = document.getElementById('topic-trend-chart');
        if (!el || !window.echarts) { return; }
        var d = JSON.parse(el.dataset.series);
        var still = /[?&]static=1/.test(location.search) || navigator.webdriver;
        var chart = echarts.getInstanceByDom(el) || echarts.init(el);
        chart.setOption({
            animation: !still,
            grid: { left: 36, right: 12, top: 8, bottom: 56 },
            tooltip: { trigger: 'axis' },
            legend: { type: 'scroll', bottom: 0, data: d.topics.map(function (t) { return t.name; }) },
            xAxis: { type: 'category', data: d.weeks, axisLabel: { formatter: function (v) { return v.substring(5); } } },
            yAxis: { type: 'value', minInterval: 1 },
            series: d.topics.map(function (t) {
                return { name: t.name, type: 'line', data: t.perWeek, symbolSize: 5, emphasis: { focus: 'series' } };
            })
        }, true);
    }
    document.addEventListener('DOMContentLoaded', draw);
    document.addEventListener('htmx:afterSettle', draw);
    window.addEventListener('resize', function () {
        var el = document.getElementById('topic-trend-chart');
        if (el && window.echarts && echarts.getInstanceByDom(el)) { echarts.getInstanceByDom(el).resize(); }
    });
})();
