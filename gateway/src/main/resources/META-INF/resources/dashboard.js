// The city dashboard: reads the gateway's public API only and refreshes itself.
(function () {
  'use strict';

  var TILES = [
    { id: 'relocation.people' },
    { id: 'occupancy.rate' },
    { id: 'poverty.lifted.rate' },
    { id: 'homestead.demolition.rate' },
    { id: 'homestead.reclamation.rate' },
    { id: 'funds.disbursement.rate' },
    { id: 'employment.household-coverage' },
    { id: 'employment.zero-employment-households' },
    { id: 'requests.overdue' }
  ];
  var COUNTY_INDICATORS = ['relocation.people', 'occupancy.rate', 'poverty.lifted.rate', 'homestead.demolition.rate',
    'employment.household-coverage', 'funds.disbursed'];
  var TREND_INDICATORS = ['relocation.people', 'occupancy.people'];
  var TEXT = {
    zh: { title: '易地扶贫搬迁实时监测', asOf: '数据截至', counties: '各县（区、市）对比', indicator: '指标', trend: '趋势',
      gaps: '目标差距', quality: '数据质量', ops: '服务运行状态', footer: '由各业务服务的事件实时计算；每 15 秒刷新。',
      switchTo: 'English', target: '目标', gap: '差距', met: '已达标', noFindings: '未发现矛盾', of: '/', none: '暂无数据' },
    en: { title: 'Poverty-alleviation relocation, live', asOf: 'as of', counties: 'Counties side by side', indicator: 'Indicator',
      trend: 'Trend', gaps: 'Gaps to target', quality: 'Data quality', ops: 'Service status',
      footer: "Computed live from every service's events; refreshes every 15 s.", switchTo: '中文', target: 'target',
      gap: 'gap', met: 'met', noFindings: 'No contradictions found', of: '/', none: 'no data yet' }
  };
  var language = localStorage.getItem('anju.language') || 'zh';
  var state = { city: null, counties: null, findings: null, ops: null, series: {} };
  var countyChart = echarts.init(document.getElementById('county-chart'));
  var trendChart = echarts.init(document.getElementById('trend-chart'));

  function t(key) { return TEXT[language][key]; }
  function label(indicator) { return language === 'zh' ? indicator.label.zh : indicator.label.en; }

  function format(indicator, value) {
    if (value === null || value === undefined) { return '—'; }
    if (indicator.unit === 'RATIO') { return (Number(value) * 100).toFixed(1) + '%'; }
    if (indicator.unit === 'YUAN') { return '¥' + (Number(value) / 1e6).toLocaleString(undefined, { maximumFractionDigits: 2 }) + 'M'; }
    return Number(value).toLocaleString();
  }

  function find(view, id) {
    return view && view.indicators.filter(function (i) { return i.id === id; })[0];
  }

  function getJson(url) {
    return fetch(url, { headers: { Accept: 'application/json' } }).then(function (response) {
      if (!response.ok) { throw new Error(url + ' answered ' + response.status); }
      return response.json();
    });
  }

  function renderTiles() {
    var container = document.getElementById('tiles');
    container.innerHTML = '';
    TILES.forEach(function (tile) {
      var indicator = find(state.city, tile.id);
      if (!indicator) { return; }
      var element = document.createElement('div');
      element.className = 'tile';
      element.setAttribute('data-indicator', indicator.id);
      var detail = '';
      var detailClass = '';
      if (indicator.denominator !== null && indicator.denominator !== undefined) {
        detail = Number(indicator.numerator).toLocaleString() + ' ' + t('of') + ' ' + Number(indicator.denominator).toLocaleString();
      }
      if (indicator.target) {
        detail += (detail ? ' · ' : '') + (indicator.met ? t('met') : t('gap') + ' ' + format(indicator, indicator.gap));
        detailClass = indicator.met ? 'good' : 'bad';
      }
      element.innerHTML = '<div class="label"></div><div class="value"></div><div class="detail"></div>';
      element.querySelector('.label').textContent = label(indicator);
      element.querySelector('.value').textContent = format(indicator, indicator.value);
      element.querySelector('.detail').textContent = detail;
      element.querySelector('.detail').className = 'detail ' + detailClass;
      container.appendChild(element);
    });
  }

  function renderCountyChart() {
    if (!state.counties) { return; }
    var select = document.getElementById('county-indicator');
    var chosen = select.value || COUNTY_INDICATORS[0];
    select.innerHTML = '';
    COUNTY_INDICATORS.forEach(function (id) {
      var sample = find(state.counties.counties[0], id);
      if (!sample) { return; }
      var option = document.createElement('option');
      option.value = id;
      option.textContent = label(sample);
      option.selected = id === chosen;
      select.appendChild(option);
    });
    var names = state.counties.counties.map(function (c) { return language === 'zh' ? c.scope.zh : c.scope.en; });
    var values = state.counties.counties.map(function (c) {
      var indicator = find(c, chosen);
      if (!indicator || indicator.value === null) { return null; }
      return indicator.unit === 'RATIO' ? Number(indicator.value) * 100 : Number(indicator.value);
    });
    var sample = find(state.counties.counties[0], chosen);
    countyChart.setOption({
      tooltip: { trigger: 'axis' },
      grid: { left: 60, right: 20, top: 20, bottom: 40 },
      xAxis: { type: 'category', data: names },
      yAxis: { type: 'value', name: sample && sample.unit === 'RATIO' ? '%' : '' },
      series: [{ type: 'bar', data: values, itemStyle: { color: '#b91c1c' } }]
    }, true);
  }

  function renderTrend() {
    var series = TREND_INDICATORS.filter(function (id) { return state.series[id]; }).map(function (id) {
      var indicator = find(state.city, id);
      return {
        name: indicator ? label(indicator) : id, type: 'line', smooth: true,
        data: state.series[id].points.map(function (p) { return [p.day, Number(p.value)]; })
      };
    });
    trendChart.setOption({
      tooltip: { trigger: 'axis' }, legend: { top: 0 },
      grid: { left: 60, right: 20, top: 30, bottom: 30 },
      xAxis: { type: 'time' }, yAxis: { type: 'value' }, series: series
    }, true);
  }

  function renderGaps() {
    var body = document.querySelector('#gaps tbody');
    body.innerHTML = '';
    state.city.indicators.filter(function (i) { return i.target && !i.met; }).forEach(function (indicator) {
      var row = body.insertRow();
      row.insertCell().textContent = label(indicator);
      row.insertCell().textContent = format(indicator, indicator.value);
      row.insertCell().textContent = t('target') + ' ' + indicator.target.comparator + ' ' + format(indicator, indicator.target.value);
    });
  }

  function renderFindings() {
    var list = document.getElementById('findings');
    list.innerHTML = '';
    if (!state.findings || state.findings.findings.length === 0) {
      var none = document.createElement('li');
      none.textContent = t('noFindings');
      list.appendChild(none);
      return;
    }
    state.findings.findings.forEach(function (finding) {
      var item = document.createElement('li');
      item.className = finding.severity;
      item.textContent = finding.indicatorId + ' (' + finding.scope + '): ' + finding.message;
      list.appendChild(item);
    });
  }

  function renderOps() {
    var badge = document.getElementById('ops-status');
    var body = document.querySelector('#services tbody');
    body.innerHTML = '';
    if (!state.ops) { return; }
    badge.textContent = state.ops.status;
    badge.className = 'badge ' + state.ops.status;
    state.ops.services.forEach(function (service) {
      var row = body.insertRow();
      row.insertCell().textContent = service.name;
      row.insertCell().textContent = service.status;
      row.insertCell().textContent = service.version || '';
      row.insertCell().textContent = service.outboxBacklog === null || service.outboxBacklog === undefined ? '' : 'outbox ' + service.outboxBacklog;
    });
    state.ops.consumer.forEach(function (topic) {
      var row = body.insertRow();
      row.insertCell().textContent = topic.topic;
      row.insertCell().textContent = 'lag ' + topic.lag;
      row.insertCell().textContent = topic.lastEventTime || '';
      row.insertCell().textContent = '';
    });
  }

  function renderTexts() {
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
    document.querySelectorAll('[data-i18n]').forEach(function (element) {
      element.textContent = t(element.getAttribute('data-i18n'));
    });
    document.getElementById('language').textContent = t('switchTo');
    if (state.city) {
      document.getElementById('city-name').textContent = language === 'zh' ? state.city.scope.zh : state.city.scope.en;
      var times = state.city.freshness.map(function (f) { return f.lastEventTime; }).filter(Boolean).sort();
      document.getElementById('as-of').textContent = times.length ? new Date(times[times.length - 1]).toLocaleString() : t('none');
    }
  }

  function render() {
    renderTexts();
    if (state.city) { renderTiles(); renderGaps(); renderTrend(); }
    renderCountyChart();
    renderFindings();
    renderOps();
  }

  function refresh() {
    var loads = [
      getJson('/api/v1/indicators').then(function (city) { state.city = city; }),
      getJson('/api/v1/counties').then(function (counties) { state.counties = counties; }),
      getJson('/api/v1/data-quality').then(function (findings) { state.findings = findings; }),
      getJson('/api/v1/ops/services').then(function (ops) { state.ops = ops; })
    ].concat(TREND_INDICATORS.map(function (id) {
      return getJson('/api/v1/indicators/' + id + '/series').then(function (series) { state.series[id] = series; });
    }));
    // each part shows what it has even when another part failed
    return Promise.all(loads.map(function (load) { return load.catch(function (e) { console.warn(e); }); }))
      .then(function () {
        render();
        document.body.setAttribute('data-loaded', new Date().toISOString());
      });
  }

  document.getElementById('language').addEventListener('click', function () {
    language = language === 'zh' ? 'en' : 'zh';
    localStorage.setItem('anju.language', language);
    render();
  });
  document.getElementById('county-indicator').addEventListener('change', renderCountyChart);
  window.addEventListener('resize', function () { countyChart.resize(); trendChart.resize(); });

  refresh();
  setInterval(refresh, 15000);
})();
