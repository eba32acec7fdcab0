// The city dashboard: reads the gateway's public API only and refreshes itself every 15 s.
// Everything it shows is in the chosen language (Chinese by default, English on the switch): its own texts below,
// the API's texts (findings, definitions) asked for by Accept-Language; figures and times in that language's
// formats, times in Beijing time whatever the browser's zone. Figures are revalidated with their ETag (a 304
// costs a few hundred bytes instead of the counties' 200 KB).
(function () {
  'use strict';

  var ZONE = 'Asia/Shanghai';
  var REFRESH_MS = 15000;
  var TILES = ['relocation.people', 'occupancy.rate', 'poverty.lifted.rate', 'homestead.demolition.rate',
    'homestead.reclamation.rate', 'funds.disbursement.rate', 'employment.household-coverage',
    'employment.zero-employment-households', 'requests.overdue'];
  var COUNTY_INDICATORS = ['relocation.people', 'occupancy.rate', 'poverty.lifted.rate', 'homestead.demolition.rate',
    'employment.household-coverage', 'funds.disbursed'];
  var TREND_INDICATORS = ['relocation.people', 'occupancy.people'];

  var TEXT = {
    zh: {
      tag: 'zh-CN', dates: 'zh-CN', chartLocale: 'ZH', font: '等线',
      title: '易地扶贫搬迁实时监测', asOf: '数据截至', beijingTime: '（北京时间）',
      keyIndicators: '关键指标', counties: '各县（区、市）对比', countyTable: '各县数据表', county: '县（区、市）', code: '行政区划代码',
      indicator: '指标', unitNote: '单位：{0}', trend: '趋势', day: '日期', trendEmpty: '暂无历史数据',
      gaps: '目标差距', current: '当前值', target: '目标', gap: '差距', unit: '单位', met: '已达标', metHeader: '是否达标',
      yes: '是', no: '否', short: '距目标差 {0}', noGaps: '设有目标的指标均已达标', numerator: '分子', denominator: '分母',
      value: '数值', quality: '数据质量', noFindings: '未发现矛盾', level: '级别', scope: '范围', problem: '问题', detail: '说明',
      severity: { ERROR: '错误', WARNING: '警告' },
      ops: '服务运行状态', servicesTable: '业务服务', topicsTable: '事件消费', service: '服务', status: '状态',
      version: '版本', outbox: '待发布事件', topic: '事件流', lag: '待处理事件', lastEvent: '最新事件时间',
      deadLettered: '转入死信', overall: { UP: '运行正常', DEGRADED: '部分异常', DOWN: '服务中断' },
      states: { UP: '正常', DOWN: '停止', DEGRADED: '降级', OUT_OF_SERVICE: '停用', UNKNOWN: '未知' },
      services: { households: '搬迁户与安置点', funding: '资金', industry: '产业与就业', governance: '党建与社区治理' },
      topics: { 'households.v1': '搬迁户与安置点事件', 'funding.v1': '资金事件', 'industry.v1': '产业与就业事件',
        'governance.v1': '党建与社区治理事件' },
      footer: '由各业务服务的事件实时计算；每 15 秒刷新。', switchTo: 'English', switchLang: 'en', switchLabel: '切换到英文',
      exportCsv: 'CSV', exportXlsx: 'Excel', exportLabel: '将“{0}”导出为 {1} 文件',
      none: '暂无数据', loading: '正在加载…', unavailable: '暂时无法获取数据，稍后自动重试',
      cases: '件', units: { PEOPLE: '人', HOUSEHOLDS: '户', SITES: '个', VILLAGES: '个', COUNT: '个', HOURS: '小时', YUAN: '元', RATIO: '%' },
      yuanScale: [[1e8, '亿元'], [1e4, '万元']], tableYuan: [1e4, '万元'], points: '{0} 个百分点',
      parts: { CENTRAL_BUDGET: '中央预算内投资', LOCAL_GOVERNMENT_BOND: '地方政府债券', SPECIAL_CONSTRUCTION_FUND: '专项建设基金',
        POLICY_LOAN: '长期政策性贷款', CITY_FISCAL: '市级财政产业资金', HOUSING_SUBSIDY: '建房补助',
        DEMOLITION_RECLAMATION_REWARD: '拆旧复垦奖补', CO_RELOCATION_SUBSIDY: '同步搬迁人口补助', INDUSTRY_SUPPORT: '产业扶持',
        INFRASTRUCTURE: '基础设施', OTHER: '其他', CLINIC: '卫生室', PRIMARY_SCHOOL: '小学', KINDERGARTEN: '幼儿园',
        ACTIVITY_ROOM: '活动室', CULTURE_SQUARE: '文化广场', COMMUNITY_SERVICE_STATION: '社区服务站', ELDERLY_HOME: '养老院' }
    },
    en: {
      tag: 'en', dates: 'en-GB', chartLocale: 'EN', font: 'Calibri',
      title: 'Poverty-alleviation relocation, live', asOf: 'as of', beijingTime: ' Beijing time',
      keyIndicators: 'Key indicators', counties: 'Counties side by side', countyTable: 'Table by county', county: 'County', code: 'Division code',
      indicator: 'Indicator', unitNote: 'unit: {0}', trend: 'Trend', day: 'Day', trendEmpty: 'No history yet',
      gaps: 'Gaps to target', current: 'Current', target: 'Target', gap: 'Gap', unit: 'Unit', met: 'met', metHeader: 'Met',
      yes: 'yes', no: 'no', short: '{0} short of target', noGaps: 'Every indicator with a target meets it',
      numerator: 'Numerator', denominator: 'Denominator', value: 'Value', quality: 'Data quality',
      noFindings: 'No contradictions found', level: 'Level', scope: 'Where', problem: 'Finding', detail: 'Details',
      severity: { ERROR: 'error', WARNING: 'warning' },
      ops: 'Service status', servicesTable: 'Services', topicsTable: 'Event consumption', service: 'Service', status: 'Status',
      version: 'Version', outbox: 'Events to publish', topic: 'Event stream', lag: 'Events to apply',
      lastEvent: 'Newest event', deadLettered: 'Dead-lettered',
      overall: { UP: 'All up', DEGRADED: 'Degraded', DOWN: 'Down' },
      states: { UP: 'up', DOWN: 'down', DEGRADED: 'degraded', OUT_OF_SERVICE: 'out of service', UNKNOWN: 'unknown' },
      services: { households: 'Households and sites', funding: 'Funding', industry: 'Industry and employment',
        governance: 'Party building and governance' },
      topics: { 'households.v1': 'Households and sites events', 'funding.v1': 'Funding events',
        'industry.v1': 'Industry and employment events', 'governance.v1': 'Party building and governance events' },
      footer: "Computed live from every service's events; refreshes every 15 s.", switchTo: '中文', switchLang: 'zh-CN',
      switchLabel: 'Switch to Chinese', exportCsv: 'CSV', exportXlsx: 'Excel', exportLabel: 'Export “{0}” as a {1} file',
      none: 'no data yet', loading: 'Loading…', unavailable: 'Not available right now; retrying shortly',
      cases: '', units: { PEOPLE: 'people', HOUSEHOLDS: 'households', SITES: 'sites', VILLAGES: 'villages', COUNT: '', HOURS: 'hours',
        YUAN: 'yuan', RATIO: '%' },
      yuanScale: [[1e6, 'million yuan']], tableYuan: [1e6, 'million yuan'], points: '{0} points',
      parts: { CENTRAL_BUDGET: 'central budget', LOCAL_GOVERNMENT_BOND: 'local government bonds',
        SPECIAL_CONSTRUCTION_FUND: 'special construction fund', POLICY_LOAN: 'long-term policy loans',
        CITY_FISCAL: 'city fiscal industry funds', HOUSING_SUBSIDY: 'housing subsidy',
        DEMOLITION_RECLAMATION_REWARD: 'demolition and reclamation reward', CO_RELOCATION_SUBSIDY: 'co-relocation subsidy',
        INDUSTRY_SUPPORT: 'industry support', INFRASTRUCTURE: 'infrastructure', OTHER: 'other', CLINIC: 'clinic',
        PRIMARY_SCHOOL: 'primary school', KINDERGARTEN: 'kindergarten', ACTIVITY_ROOM: 'activity room',
        CULTURE_SQUARE: 'culture square', COMMUNITY_SERVICE_STATION: 'community service station', ELDERLY_HOME: 'elderly home' }
    }
  };

  var language = storedLanguage();
  var state = { city: null, counties: null, findings: null, ops: null, series: {}, failed: {}, loaded: false };
  var held = {};
  var charts = {};
  var timer = null;

  // ---- language and formats ----

  function storedLanguage() {
    try {
      return localStorage.getItem('anju.language') === 'en' ? 'en' : 'zh';
    } catch (e) {
      return 'zh';
    }
  }

  function t(key) { return TEXT[language][key]; }

  function fill(pattern) {
    var args = arguments;
    return pattern.replace(/\{(\d)\}/g, function (match, index) { return args[Number(index) + 1]; });
  }

  function decimal(n, digits) {
    return new Intl.NumberFormat(t('tag'), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);
  }

  function present(value) { return value !== null && value !== undefined && value !== ''; }

  /** A figure as its number and unit, in the language's words: 26,533 人, 95.3%, 1.25 亿元. */
  function figureParts(unit, value) {
    if (!present(value)) { return { value: '—', unit: '' }; }
    var n = Number(value);
    if (unit === 'RATIO') { return { value: decimal(n * 100, 1) + '%', unit: '' }; }
    if (unit === 'YUAN') {
      var scale = t('yuanScale').filter(function (s) { return Math.abs(n) >= s[0]; })[0];
      return scale ? { value: decimal(n / scale[0], 2), unit: scale[1] } : { value: decimal(n, 2), unit: t('units').YUAN };
    }
    if (unit === 'HOURS') { return { value: decimal(n, 1), unit: t('units').HOURS }; }
    return { value: decimal(n, 0), unit: t('units')[unit] || '' };
  }

  function figure(unit, value) {
    var parts = figureParts(unit, value);
    return parts.unit ? parts.value + ' ' + parts.unit : parts.value;
  }

  function gapText(indicator) {
    if (indicator.unit === 'RATIO') { return fill(t('points'), decimal(Number(indicator.gap) * 100, 1)); }
    return figure(indicator.unit, indicator.gap);
  }

  /** How a table column of one unit shows its figures: scaled, with the unit in the column's header. */
  function columnScale(unit) {
    if (unit === 'RATIO') { return { factor: 100, digits: 1, suffix: '%', unit: '' }; }
    if (unit === 'YUAN') { return { factor: 1 / t('tableYuan')[0], digits: 2, suffix: '', unit: t('tableYuan')[1] }; }
    if (unit === 'HOURS') { return { factor: 1, digits: 1, suffix: '', unit: t('units').HOURS }; }
    return { factor: 1, digits: 0, suffix: '', unit: t('units')[unit] || '' };
  }

  function withUnit(label, unit) {
    return unit ? label + (language === 'zh' ? '（' + unit + '）' : ' (' + unit + ')') : label;
  }

  function parts(date, options) {
    var values = {};
    new Intl.DateTimeFormat('en-US', Object.assign({ timeZone: ZONE, hourCycle: 'h23' }, options)).formatToParts(date)
      .forEach(function (part) { values[part.type] = part.value; });
    return values;
  }

  /** An instant in Beijing time: 2026年11月30日 09:53:56 / 30 Nov 2026, 09:53:56. */
  function dateTime(iso) {
    return new Intl.DateTimeFormat(t('dates'), { timeZone: ZONE, year: 'numeric', month: language === 'zh' ? 'long' : 'short',
      day: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
  }

  /** An instant in Beijing time for a file: 2026-11-30 09:53:56. */
  function fileTime(iso) {
    var p = parts(new Date(iso), { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    return p.year + '-' + p.month + '-' + p.day + ' ' + p.hour + ':' + p.minute + ':' + p.second;
  }

  /** A calendar day (2026-11-30) as the language writes it briefly: 11月30日 / 30 Nov. */
  function dayLabel(day) {
    var ymd = day.split('-').map(Number);
    return new Intl.DateTimeFormat(t('dates'), { timeZone: 'UTC', month: language === 'zh' ? 'long' : 'short', day: 'numeric' })
      .format(new Date(Date.UTC(ymd[0], ymd[1] - 1, ymd[2])));
  }

  /** A rate of money (the funds' rates count yuan over yuan). */
  function moneyRate(indicator) { return indicator.unit === 'RATIO' && indicator.id.indexOf('funds.') === 0; }

  function label(indicator) { return language === 'zh' ? indicator.label.zh : indicator.label.en; }

  function scopeName(scope) { return language === 'zh' ? scope.zh : scope.en; }

  function find(view, id) {
    return view ? view.indicators.filter(function (i) { return i.id === id; })[0] : undefined;
  }

  // ---- reading the API ----

  /** GET with the language asked for and the ETag of the copy held: a 304 reuses the copy. */
  function getJson(url) {
    var key = language + ' ' + url;
    var copy = held[key];
    var headers = { Accept: 'application/json', 'Accept-Language': t('tag') };
    if (copy) { headers['If-None-Match'] = copy.etag; }
    return fetch(url, { headers: headers, cache: 'no-store' }).then(function (response) {
      if (response.status === 304 && copy) { return copy.body; }
      if (!response.ok) { throw new Error(url + ' answered ' + response.status); }
      return response.json().then(function (body) {
        var etag = response.headers.get('ETag');
        if (etag) { held[key] = { etag: etag, body: body }; }
        return body;
      });
    });
  }

  function load(name, url, apply) {
    var asked = language;
    return getJson(url).then(function (body) {
      apply(body, asked);
      delete state.failed[name];
    }, function (error) {
      state.failed[name] = true;
      console.warn(error);
    });
  }

  function refresh() {
    clearTimeout(timer);
    if (document.hidden) {
      timer = setTimeout(refresh, REFRESH_MS);
      return Promise.resolve();
    }
    var loads = [
      load('city', '/api/v1/indicators', function (city) { state.city = city; }),
      load('counties', '/api/v1/counties', function (counties) { state.counties = counties; }),
      load('findings', '/api/v1/data-quality', function (findings, asked) { state.findings = { language: asked, view: findings }; }),
      load('ops', '/api/v1/ops/services', function (ops) { state.ops = ops; })
    ].concat(TREND_INDICATORS.map(function (id) {
      return load('series', '/api/v1/indicators/' + id + '/series?interval=month', function (series) { state.series[id] = series; });
    }));
    return Promise.all(loads).then(function () {
      state.loaded = true;
      render();
      document.body.setAttribute('data-loaded', new Date().toISOString());
      clearTimeout(timer);
      timer = setTimeout(refresh, REFRESH_MS);
    });
  }

  // ---- tables: what is shown is what is exported ----

  function textCell(text) { return { kind: 'text', value: present(text) ? String(text) : null, text: present(text) ? String(text) : '—' }; }

  function kindOf(unit) {
    return unit === 'RATIO' ? 'ratio' : unit === 'YUAN' ? 'decimal' : unit === 'HOURS' ? 'number' : 'int';
  }

  /** A figure with its unit in the cell (tables of mixed units). */
  function figureCell(unit, value) {
    return { kind: kindOf(unit), value: present(value) ? Number(value) : null, text: figure(unit, value), num: true };
  }

  /** A figure of a column of one unit, scaled as its header says. */
  function scaledCell(unit, value) {
    var scale = columnScale(unit);
    return { kind: kindOf(unit), value: present(value) ? Number(value) : null, num: true,
      text: present(value) ? decimal(Number(value) * scale.factor, scale.digits) + scale.suffix : '—' };
  }

  function countCell(value) { return scaledCell('COUNT', value); }

  function unitName(unit) { return unit === 'RATIO' ? '%' : t('units')[unit] || ''; }

  function keyTable() {
    if (!state.city) { return null; }
    var rows = TILES.map(function (id) { return find(state.city, id); }).filter(Boolean).map(function (indicator) {
      var rate = present(indicator.denominator);
      return [textCell(label(indicator)), figureCell(indicator.unit, indicator.value), textCell(unitName(indicator.unit)),
        rate ? figureCell(moneyRate(indicator) ? 'YUAN' : 'PLAIN', indicator.numerator) : null,
        rate ? figureCell(moneyRate(indicator) ? 'YUAN' : 'PLAIN', indicator.denominator) : null,
        indicator.target ? figureCell(indicator.unit, indicator.target.value) : null,
        indicator.target ? figureCell(indicator.unit, indicator.gap) : null,
        indicator.target ? textCell(indicator.met ? t('yes') : t('no')) : null];
    });
    return { title: t('keyIndicators'), rows: rows,
      columns: [t('indicator'), t('value'), t('unit'), t('numerator'), t('denominator'), t('target'), t('gap'), t('metHeader')] };
  }

  function countyTable() {
    if (!state.counties || !state.counties.counties.length) { return null; }
    var first = state.counties.counties[0];
    var indicators = COUNTY_INDICATORS.map(function (id) { return find(first, id); }).filter(Boolean);
    var columns = [t('county'), t('code')].concat(indicators.map(function (indicator) {
      return withUnit(label(indicator), columnScale(indicator.unit).unit);
    }));
    var exported = [t('county'), t('code')].concat(indicators.map(function (indicator) {
      return withUnit(label(indicator), indicator.unit === 'RATIO' ? '' : unitName(indicator.unit));
    }));
    var rows = state.counties.counties.map(function (county) {
      return [textCell(scopeName(county.scope)), textCell(county.scope.code)].concat(indicators.map(function (indicator) {
        var own = find(county, indicator.id);
        return scaledCell(indicator.unit, own ? own.value : null);
      }));
    });
    return { title: t('counties'), columns: columns, exportColumns: exported, rows: rows, ids: ['', ''].concat(indicators.map(function (i) { return i.id; })) };
  }

  function trendTable() {
    var shown = TREND_INDICATORS.filter(function (id) { return state.series[id]; });
    var days = {};
    shown.forEach(function (id) { state.series[id].points.forEach(function (p) { days[p.day] = true; }); });
    var sorted = Object.keys(days).sort();
    if (!sorted.length) { return null; }
    var columns = [t('day')].concat(shown.map(function (id) {
      var indicator = find(state.city, id);
      return withUnit(indicator ? label(indicator) : id, indicator ? unitName(indicator.unit) : '');
    }));
    var rows = sorted.map(function (day) {
      return [textCell(day)].concat(shown.map(function (id) {
        var point = state.series[id].points.filter(function (p) { return p.day === day; })[0];
        return countCell(point ? point.value : null);
      }));
    });
    return { title: t('trend'), columns: columns, rows: rows, days: sorted, shown: shown };
  }

  function gapsTable() {
    if (!state.city) { return null; }
    var rows = state.city.indicators.filter(function (i) { return i.target && !i.met; }).map(function (indicator) {
      var target = indicator.target;
      var comparator = { '>=': '≥', '<=': '≤', '=': '=' }[target.comparator] || target.comparator;
      return [textCell(label(indicator)), figureCell(indicator.unit, indicator.value),
        { kind: kindOf(indicator.unit), value: Number(target.value), num: true, text: comparator + ' ' + figure(indicator.unit, target.value) },
        { kind: kindOf(indicator.unit), value: present(indicator.gap) ? Number(indicator.gap) : null, num: true,
          text: present(indicator.gap) ? gapText(indicator) : '—' }];
    });
    return { title: t('gaps'), columns: [t('indicator'), t('current'), t('target'), t('gap')], rows: rows, empty: t('noGaps') };
  }

  function findingScope(key) {
    if (key === 'city' && state.city) { return scopeName(state.city.scope); }
    var county = key && key.indexOf('county:') === 0 && state.counties ? state.counties.counties.filter(function (c) {
      return c.scope.code === key.substring(7);
    })[0] : null;
    return county ? scopeName(county.scope) : key;
  }

  function findingIndicator(id) {
    if (!id) { return ''; }
    var base = id.split(':')[0];
    var part = id.split(':')[1];
    var indicator = find(state.city, base);
    var name = indicator ? label(indicator) : base;
    if (!part) { return name; }
    var county = state.counties && state.counties.counties.filter(function (c) { return c.scope.code === part; })[0];
    var partName = county ? scopeName(county.scope) : t('parts')[part] || part;
    return name + (language === 'zh' ? '（' + partName + '）' : ' (' + partName + ')');
  }

  function currentFindings() {
    return state.findings && state.findings.language === language ? state.findings.view.findings : null;
  }

  function findingsTable() {
    var findings = currentFindings();
    if (!findings) { return null; }
    return { title: t('quality'), columns: [t('level'), t('scope'), t('indicator'), t('problem'), t('detail')],
      rows: findings.map(function (f) {
        return [textCell(t('severity')[f.severity] || f.severity), textCell(findingScope(f.scope)),
          textCell(findingIndicator(f.indicatorId)), textCell(f.title), textCell(f.message)];
      }) };
  }

  function stateCell(status) {
    var cell = textCell(t('states')[status] || status);
    cell.className = 'state-' + status;
    return cell;
  }

  function servicesTable() {
    if (!state.ops) { return null; }
    return { title: t('servicesTable'), columns: [t('service'), t('status'), t('version'), t('outbox')],
      rows: state.ops.services.map(function (s) {
        var name = textCell(t('services')[s.name] || s.name);
        name.title = s.name + (s.url ? ' · ' + s.url : '') + (s.error ? ' · ' + s.error : '');
        return [name, stateCell(s.status), textCell(s.version), present(s.outboxBacklog) ? countCell(s.outboxBacklog) : null];
      }) };
  }

  function topicsTable() {
    if (!state.ops) { return null; }
    return { title: t('topicsTable'), columns: [t('topic'), t('lag'), t('lastEvent'), t('deadLettered')],
      rows: state.ops.consumer.map(function (topic) {
        var name = textCell(t('topics')[topic.topic] || topic.topic);
        name.title = topic.topic;
        var last = topic.lastEventTime ? { kind: 'text', value: fileTime(topic.lastEventTime), text: dateTime(topic.lastEventTime),
          className: 'time' } : textCell(null);
        return [name, topic.lag >= 0 ? countCell(topic.lag) : textCell(null), last, countCell(topic.deadLettered)];
      }) };
  }

  var TABLES = { key: keyTable, counties: countyTable, trend: trendTable, gaps: gapsTable, findings: findingsTable,
    services: servicesTable, topics: topicsTable };

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function renderTable(table, model, failed, selectedId) {
    table.innerHTML = '';
    if (!model) {
      var row = table.insertRow();
      var cell = row.insertCell();
      cell.className = 'empty-row';
      cell.textContent = failed ? t('unavailable') : t('loading');
      return;
    }
    var head = table.createTHead().insertRow();
    model.columns.forEach(function (column, index) {
      var th = element('th', index > 0 && model.rows.some(function (r) { return r[index] && r[index].num; }) ? 'num' : '', column);
      th.scope = 'col';
      if (model.ids && model.ids[index] && model.ids[index] === selectedId) { th.classList.add('selected'); }
      head.appendChild(th);
    });
    var body = table.createTBody();
    if (!model.rows.length) {
      var empty = body.insertRow().insertCell();
      empty.colSpan = model.columns.length;
      empty.className = 'empty-row';
      empty.textContent = model.empty || t('none');
      return;
    }
    model.rows.forEach(function (cells) {
      var row = body.insertRow();
      cells.forEach(function (cell, index) {
        var td = row.insertCell();
        td.textContent = cell ? cell.text : '';
        if (cell && cell.num) { td.classList.add('num'); }
        if (cell && cell.className) { td.classList.add(cell.className); }
        if (cell && cell.title) { td.title = cell.title; }
        if (model.ids && model.ids[index] && model.ids[index] === selectedId) { td.classList.add('selected'); }
      });
    });
  }

  function beijingDay() {
    var p = parts(new Date(), { year: 'numeric', month: '2-digit', day: '2-digit' });
    return p.year + '-' + p.month + '-' + p.day;
  }

  function exportTable(name, format) {
    var model = TABLES[name]();
    if (!model) { return; }
    var table = { sheet: model.title, columns: model.exportColumns || model.columns, rows: model.rows };
    var city = state.city ? scopeName(state.city.scope) : '';
    var fileName = (city ? city + '-' : '') + model.title + '-' + beijingDay() + '.' + format;
    var blob = format === 'csv' ? window.AnjuExport.csv(table) : window.AnjuExport.xlsx(table, { font: t('font') });
    window.AnjuExport.download(blob, fileName);
  }

  /** Two buttons per table, made once (a reader's focus survives the refreshes), labelled in the language. */
  function renderExportButtons() {
    document.querySelectorAll('[data-export]').forEach(function (container) {
      var name = container.getAttribute('data-export');
      var model = TABLES[name]();
      [['csv', t('exportCsv')], ['xlsx', t('exportXlsx')]].forEach(function (format) {
        var button = container.querySelector('[data-format="' + format[0] + '"]');
        if (!button) {
          button = element('button', 'export');
          button.type = 'button';
          button.setAttribute('data-format', format[0]);
          button.addEventListener('click', function () { exportTable(name, format[0]); });
          container.appendChild(button);
        }
        button.textContent = format[1];
        button.setAttribute('aria-label', fill(t('exportLabel'), model ? model.title : name, format[1]));
        button.disabled = !model;
      });
    });
  }

  // ---- the parts of the page ----

  function renderTexts() {
    document.documentElement.lang = t('tag');
    document.querySelectorAll('[data-i18n]').forEach(function (node) {
      node.textContent = t(node.getAttribute('data-i18n'));
    });
    var switcher = document.getElementById('language');
    switcher.textContent = t('switchTo');
    switcher.lang = t('switchLang');
    switcher.setAttribute('aria-label', t('switchLabel'));
    var city = state.city ? scopeName(state.city.scope) : null;
    if (city) { document.getElementById('city-name').textContent = city; }
    document.title = t('title') + (city ? ' · ' + city : '');
    var asOf = document.getElementById('as-of');
    var times = state.city ? state.city.freshness.map(function (f) { return f.lastEventTime; }).filter(Boolean) : [];
    var newest = times.map(function (time) { return new Date(time); }).sort(function (a, b) { return a - b; }).pop();
    asOf.textContent = newest ? dateTime(newest.toISOString()) + t('beijingTime') : state.city ? t('none') : '—';
    asOf.setAttribute('datetime', newest ? newest.toISOString() : '');
  }

  /** The tiles are updated in place, so what a reader (or a test) holds stays on the page across refreshes. */
  function renderTiles() {
    var container = document.getElementById('tiles');
    if (!state.city) {
      container.innerHTML = '';
      container.appendChild(element('p', 'empty', state.failed.city ? t('unavailable') : t('loading')));
      return;
    }
    var empty = container.querySelector('.empty');
    if (empty) { container.removeChild(empty); }
    TILES.forEach(function (id) {
      var indicator = find(state.city, id);
      var tile = container.querySelector('[data-indicator="' + id + '"]');
      if (!indicator) {
        if (tile) { container.removeChild(tile); }
        return;
      }
      if (!tile) {
        tile = element('div', 'tile');
        tile.setAttribute('data-indicator', id);
        var numbers = element('div', 'figure');
        numbers.appendChild(element('span', 'value'));
        numbers.appendChild(element('span', 'unit'));
        tile.appendChild(element('div', 'label'));
        tile.appendChild(numbers);
        tile.appendChild(element('div', 'detail'));
        container.appendChild(tile);
      }
      tile.title = indicator.definition && indicator.definition.numerator
        ? indicator.definition.numerator + (indicator.definition.denominator ? ' ÷ ' + indicator.definition.denominator : '') : '';
      var shown = figureParts(indicator.unit, indicator.value);
      var detail = [];
      if (present(indicator.denominator)) {
        var counted = moneyRate(indicator) ? 'YUAN' : 'PLAIN';
        detail.push(figure(counted, indicator.numerator) + ' / ' + figure(counted, indicator.denominator));
      }
      if (indicator.target) {
        detail.push(indicator.met ? t('met') : fill(t('short'), present(indicator.gap) ? gapText(indicator) : '—'));
      }
      tile.querySelector('.label').textContent = label(indicator);
      tile.querySelector('.value').textContent = shown.value;
      // requests are counted as cases (件), not things
      tile.querySelector('.unit').textContent = indicator.unit === 'COUNT' && id.indexOf('requests.') === 0 ? t('cases') : shown.unit;
      var status = tile.querySelector('.detail');
      status.textContent = detail.join(' · ');
      status.className = 'detail' + (indicator.target ? indicator.met ? ' good' : ' bad' : '');
    });
  }

  function chart(name, id) {
    var node = document.getElementById(id);
    if (!charts[name] || charts[name].locale !== language) {
      if (charts[name]) { charts[name].instance.dispose(); }
      charts[name] = { locale: language, instance: echarts.init(node, null, { renderer: 'svg', locale: t('chartLocale') }) };
    }
    return charts[name].instance;
  }

  function renderCounties() {
    var select = document.getElementById('county-indicator');
    var model = countyTable();
    var chosen = select.value || COUNTY_INDICATORS[0];
    renderTable(document.getElementById('county-table'), model, state.failed.counties, chosen);
    if (!model) { return; }
    var first = state.counties.counties[0];
    // the options are made again only in another language (an open list stays open across refreshes)
    if (select.getAttribute('data-language') !== language || !select.options.length) {
      select.innerHTML = '';
      COUNTY_INDICATORS.forEach(function (id) {
        var sample = find(first, id);
        if (!sample) { return; }
        var option = element('option', '', label(sample));
        option.value = id;
        option.selected = id === chosen;
        select.appendChild(option);
      });
      select.setAttribute('data-language', language);
    }
    var sample = find(first, chosen);
    var scale = columnScale(sample ? sample.unit : 'COUNT');
    document.getElementById('county-unit').textContent = scale.unit || scale.suffix ? fill(t('unitNote'), scale.unit || scale.suffix) : '';
    var rows = state.counties.counties.map(function (county) {
      var own = find(county, chosen);
      return { name: scopeName(county.scope), value: own && present(own.value) ? Number(own.value) * scale.factor : null };
    });
    // largest first; a county without the figure last, in the programme's order
    rows = rows.map(function (row, index) { return { row: row, index: index }; }).sort(function (a, b) {
      var x = a.row.value === null ? -Infinity : a.row.value;
      var y = b.row.value === null ? -Infinity : b.row.value;
      return y - x || a.index - b.index;
    }).map(function (entry) { return entry.row; });
    var formatValue = function (value) { return present(value) ? decimal(value, scale.digits) + scale.suffix : '—'; };
    chart('counties', 'county-chart').setOption({
      animation: false,
      textStyle: { fontFamily: getComputedStyle(document.body).fontFamily },
      grid: { left: 4, right: 56, top: 8, bottom: 4, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: formatValue },
      xAxis: { type: 'value', position: 'top', splitNumber: 4, axisLabel: { hideOverlap: true, color: '#5b6472',
        formatter: function (value) { return decimal(value, value % 1 === 0 ? 0 : scale.digits) + scale.suffix; } } },
      yAxis: { type: 'category', inverse: true, data: rows.map(function (r) { return r.name; }),
        axisTick: { show: false }, axisLabel: { interval: 0, fontSize: 13, color: '#1f2a37' } },
      series: [{ type: 'bar', name: sample ? label(sample) : chosen, data: rows.map(function (r) { return r.value; }),
        barMaxWidth: 18, itemStyle: { color: '#b91c1c' },
        label: { show: true, position: 'right', fontSize: 11, color: '#1f2a37',
          formatter: function (p) { return formatValue(p.value); } } }]
    }, true);
  }

  function renderTrend() {
    var model = trendTable();
    var empty = document.getElementById('trend-empty');
    var instance = chart('trend', 'trend-chart');
    if (!model) {
      instance.clear();
      empty.textContent = state.failed.series ? t('unavailable') : state.loaded ? t('trendEmpty') : t('loading');
      empty.hidden = false;
      return;
    }
    empty.hidden = true;
    instance.setOption({
      animation: false,
      textStyle: { fontFamily: getComputedStyle(document.body).fontFamily },
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return present(v) ? decimal(v, 0) : '—'; } },
      legend: { top: 0, type: 'scroll' },
      grid: { left: 4, right: 28, top: 34, bottom: 4, containLabel: true },
      xAxis: { type: 'category', boundaryGap: false, data: model.days.map(dayLabel), axisLabel: { hideOverlap: true } },
      yAxis: { type: 'value', scale: true, splitNumber: 4, axisLabel: { formatter: function (v) { return decimal(v, 0); } } },
      series: model.shown.map(function (id, index) {
        var indicator = find(state.city, id);
        return { name: indicator ? label(indicator) : id, type: 'line', showSymbol: model.days.length < 32,
          data: model.rows.map(function (row) { return row[index + 1].value; }) };
      })
    }, true);
  }

  function renderFindings() {
    var list = document.getElementById('findings');
    list.innerHTML = '';
    var findings = currentFindings();
    if (!findings) {
      list.appendChild(element('li', 'empty', state.failed.findings ? t('unavailable') : t('loading')));
      return;
    }
    if (!findings.length) {
      list.appendChild(element('li', 'empty', t('noFindings')));
      return;
    }
    findings.forEach(function (finding) {
      var item = element('li', finding.severity);
      item.setAttribute('data-rule', finding.rule);
      var meta = element('div', 'meta');
      meta.appendChild(element('span', 'severity', t('severity')[finding.severity] || finding.severity));
      meta.appendChild(element('span', 'where', findingScope(finding.scope)));
      meta.appendChild(element('span', 'indicator', findingIndicator(finding.indicatorId)));
      item.appendChild(meta);
      item.appendChild(element('div', 'title', finding.title));
      item.appendChild(element('div', 'message', finding.message));
      list.appendChild(item);
    });
  }

  function renderOps() {
    var badge = document.getElementById('ops-status');
    if (state.ops) {
      badge.textContent = t('overall')[state.ops.status] || state.ops.status;
      badge.className = 'badge ' + state.ops.status;
      badge.setAttribute('data-status', state.ops.status);
    } else {
      badge.textContent = state.failed.ops ? '?' : '…';
    }
    renderTable(document.getElementById('services'), servicesTable(), state.failed.ops);
    renderTable(document.getElementById('topics'), topicsTable(), state.failed.ops);
  }

  function render() {
    renderTexts();
    renderTiles();
    renderCounties();
    renderTrend();
    renderTable(document.getElementById('gaps'), gapsTable(), state.failed.city);
    renderFindings();
    renderOps();
    renderExportButtons();
  }

  document.getElementById('language').addEventListener('click', function () {
    language = language === 'zh' ? 'en' : 'zh';
    try {
      localStorage.setItem('anju.language', language);
    } catch (e) {
      // the choice lasts for this page only
    }
    render();
    refresh();
  });
  document.getElementById('county-indicator').addEventListener('change', renderCounties);
  document.addEventListener('visibilitychange', function () { if (!document.hidden) { refresh(); } });
  var resize = function () {
    Object.keys(charts).forEach(function (name) { charts[name].instance.resize(); });
  };
  if (window.ResizeObserver) {
    var observer = new ResizeObserver(resize);
    observer.observe(document.getElementById('county-chart'));
    observer.observe(document.getElementById('trend-chart'));
  } else {
    window.addEventListener('resize', resize);
  }

  // a phone starts with the chart, its table a tap away
  document.getElementById('county-details').open = window.innerWidth > 600;
  render();
  refresh();
})();
