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
  // the trend: the programme's years by business date, a point at the end of every month up to the day shown
  var TREND_INDICATORS = ['relocation.people', 'occupancy.people', 'poverty.lifted.people'];
  // what the public sees of a site: its occupancy (GET /api/v1/counties/{county}/sites), nothing of money or income
  var SITE_INDICATORS = ['relocation.households', 'relocation.people', 'occupancy.households', 'occupancy.rate'];
  var DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

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
      asOfDay: '统计截至', today: '今天', pickDay: '选择统计截至日期（北京时间）', crumbs: '位置',
      backToCity: '← 返回全市', backToCounty: '← 返回{0}', sites: '安置点入住情况', site: '安置点', mode: '安置方式',
      place: '在本县的位置', siteFigures: '入住情况', countyOf: '所属县（区、市）', sitesInCounty: '本县安置点',
      sitesCount: '{0} 个', rankByPeople: '按搬迁人口排名', rank: '第 {0} 位（共 {1} 个）', shareOfCounty: '占全县搬迁人口',
      countyOccupancy: '全县入住率', noSites: '本县暂无安置点记录', siteUnknown: '本县安置点中没有这个安置点',
      siteNote: '安置点的全部指标（含资金和收入）仅向已登录的工作人员开放，请通过接口 {0} 获取。',
      openCounty: '查看{0}', openSite: '查看安置点“{0}”',
      modes: { COUNTY_TOWN: '县城安置', CENTRAL_VILLAGE: '中心村安置', COMMUNITY: '小区安置' },
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
      asOfDay: 'Figures as of', today: 'Today', pickDay: 'Show the figures as of a day (Beijing time)', crumbs: 'You are here',
      backToCity: '← Back to the city', backToCounty: '← Back to {0}', sites: 'Resettlement sites and their occupancy',
      site: 'Site', mode: 'Placement', place: 'Its place in the county', siteFigures: 'Occupancy', countyOf: 'County',
      sitesInCounty: "The county's sites", sitesCount: '{0}', rankByPeople: 'Rank by relocated people', rank: '{0} of {1}',
      shareOfCounty: "Share of the county's relocated people", countyOccupancy: "The county's occupancy rate",
      noSites: 'No resettlement site recorded in this county yet', siteUnknown: 'This county has no such resettlement site',
      siteNote: "A site's full indicators (money and income included) are available to signed-in officers through the API: {0}.",
      openCounty: 'Open {0}', openSite: 'Open the site “{0}”',
      modes: { COUNTY_TOWN: 'county-town placement', CENTRAL_VILLAGE: 'central-village placement', COMMUNITY: 'community placement' },
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
  // what is shown: the city, a county or a site, as of a day (null: today's live figures); kept in the URL's hash
  var route = parseHash();
  // the figures of the route shown (a new route starts empty, so no figure of another place or day is shown);
  // the city's indicators are read on every page (labels, the city's name, the data's freshness)
  var state = emptyState();
  var generation = 0;
  var firstDay = null;
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

  /** A rate of money (the funds' rates count yuan over yuan). */
  function moneyRate(indicator) { return indicator.unit === 'RATIO' && indicator.id.indexOf('funds.') === 0; }

  function label(indicator) { return language === 'zh' ? indicator.label.zh : indicator.label.en; }

  function scopeName(scope) { return language === 'zh' ? scope.zh : scope.en; }

  function find(view, id) {
    return view ? view.indicators.filter(function (i) { return i.id === id; })[0] : undefined;
  }

  function emptyState() {
    return { city: null, counties: null, findings: null, ops: null, series: {}, scope: null, sites: null, failed: {}, loaded: false };
  }

  // ---- where the page is: #/, #/county/140723?asOf=2018-12-31, #/site/<id>?county=140723&asOf=… ----

  function validDay(value) {
    var match = DAY.exec(value || '');
    if (!match) { return null; }
    var date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
    return date.getUTCMonth() === Number(match[2]) - 1 && date.getUTCDate() === Number(match[3]) ? value : null;
  }

  function parseHash() {
    var hash = (window.location.hash || '').replace(/^#\/?/, '');
    var at = hash.indexOf('?');
    var path = at >= 0 ? hash.substring(0, at) : hash;
    var params = {};
    (at >= 0 ? hash.substring(at + 1) : '').split('&').forEach(function (pair) {
      if (!pair) { return; }
      var eq = pair.indexOf('=');
      try {
        params[decodeURIComponent(eq < 0 ? pair : pair.substring(0, eq))] = eq < 0 ? '' : decodeURIComponent(pair.substring(eq + 1));
      } catch (e) {
        // a malformed part is ignored
      }
    });
    var parts = path.split('/').filter(Boolean);
    var day = validDay(params.asOf);
    var next = { view: 'city', county: null, site: null, asOf: day && day < beijingDay() ? day : null };
    if (parts[0] === 'county' && /^\d{6}$/.test(parts[1] || '')) {
      next.view = 'county';
      next.county = parts[1];
    } else if (parts[0] === 'site' && parts[1]) {
      next.view = 'site';
      next.site = parts[1];
      next.county = /^\d{6}$/.test(params.county || '') ? params.county : null;
    }
    return next;
  }

  function hashOf(place) {
    var path = place.view === 'county' ? '/county/' + place.county : place.view === 'site' ? '/site/' + encodeURIComponent(place.site) : '/';
    var query = [];
    if (place.view === 'site' && place.county) { query.push('county=' + place.county); }
    if (place.asOf) { query.push('asOf=' + place.asOf); }
    return '#' + path + (query.length ? '?' + query.join('&') : '');
  }

  /** Opens another place or day: a new entry of the browser's history (its back button returns). */
  function navigate(place) {
    var hash = hashOf(place);
    if (hash === window.location.hash) { return; }
    window.location.hash = hash;
  }

  function withAsOf(url) {
    return route.asOf ? url + (url.indexOf('?') >= 0 ? '&' : '?') + 'asOf=' + route.asOf : url;
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

  /** Reads into the state of the route shown: an answer for a route left meanwhile is dropped. */
  function load(name, url, apply) {
    var asked = language;
    var shown = generation;
    return getJson(url).then(function (body) {
      if (shown !== generation) { return; }
      apply(body, asked);
      delete state.failed[name];
    }, function (error) {
      if (shown !== generation) { return; }
      state.failed[name] = true;
      console.warn(error);
    });
  }

  function seriesUrl(id, county) {
    var url = '/api/v1/indicators/' + id + '/series?interval=month' + (county ? '&county=' + county : '');
    return route.asOf ? url + '&to=' + route.asOf : url;
  }

  function loadSeries(county) {
    return TREND_INDICATORS.map(function (id) {
      return load('series', seriesUrl(id, county), function (series) {
        state.series[id] = series;
        var first = series.points.length ? series.points[0].day : null;
        // the programme's first recorded day lies in the month of the first point
        if (first) { firstDay = first.substring(0, 8) + '01'; }
      });
    });
  }

  /** A site link without its county (typed or shared by hand): the county whose site list holds it. */
  function findSiteCounty() {
    var shown = generation;
    return getJson('/api/v1/counties').then(function (counties) {
      return Promise.all(counties.counties.map(function (county) {
        return getJson('/api/v1/counties/' + county.scope.code + '/sites').then(function (list) {
          return list.sites.some(function (site) { return site.id === route.site; }) ? county.scope.code : null;
        }, function () { return null; });
      }));
    }).then(function (codes) {
      var code = codes.filter(Boolean)[0];
      if (shown !== generation || !code) { return; }
      route.county = code;
      window.history.replaceState(null, '', hashOf(route));
    });
  }

  function refresh() {
    clearTimeout(timer);
    if (document.hidden) {
      timer = setTimeout(refresh, REFRESH_MS);
      return Promise.resolve();
    }
    var shown = generation;
    var before = route.view === 'site' && !route.county ? findSiteCounty() : Promise.resolve();
    return before.then(function () {
      var loads = [
        load('city', withAsOf('/api/v1/indicators'), function (city) { state.city = city; }),
        load('ops', '/api/v1/ops/services', function (ops) { state.ops = ops; })
      ];
      if (route.view === 'city') {
        loads = loads.concat([
          load('counties', withAsOf('/api/v1/counties'), function (counties) { state.counties = counties; }),
          load('findings', '/api/v1/data-quality', function (findings, asked) { state.findings = { language: asked, view: findings }; })
        ], loadSeries(null));
      } else if (route.county) {
        loads = loads.concat([
          load('scope', withAsOf('/api/v1/indicators?county=' + route.county), function (county) { state.scope = county; }),
          load('sites', withAsOf('/api/v1/counties/' + route.county + '/sites'), function (sites) { state.sites = sites; })
        ], route.view === 'county' ? loadSeries(route.county) : []);
      } else {
        state.siteUnknown = true;
      }
      return Promise.all(loads);
    }).then(function () {
      if (shown !== generation) { return; }
      state.loaded = true;
      render();
      document.body.setAttribute('data-route', hashOf(route));
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

  /** The indicators the key panel shows: the city's, the county's, or the site's occupancy. */
  function currentView() {
    if (route.view === 'city') { return state.city; }
    if (route.view === 'county') { return state.scope; }
    var site = currentSite();
    if (!site || !state.city) { return null; }
    return { scope: { level: 'SITE', code: site.id, zh: site.name, en: site.name }, indicators: site.indicators.map(function (figure) {
      var city = find(state.city, figure.id);
      return { id: figure.id, unit: figure.unit, value: figure.value, numerator: figure.numerator, denominator: figure.denominator,
        label: city ? city.label : { zh: figure.id, en: figure.id }, definition: city ? city.definition : null };
    }) };
  }

  function tileIds() { return route.view === 'site' ? SITE_INDICATORS : TILES; }

  function currentSite() {
    return state.sites ? state.sites.sites.filter(function (site) { return site.id === route.site; })[0] : undefined;
  }

  function countyName() {
    var scope = state.scope ? state.scope.scope : state.sites ? state.sites.county : null;
    return scope ? scopeName(scope) : route.county;
  }

  function modeName(mode) { return present(mode) ? t('modes')[mode] || mode : '—'; }

  function figureOf(site, id) { return site.indicators.filter(function (f) { return f.id === id; })[0] || {}; }

  function keyTable() {
    var view = currentView();
    if (!view) { return null; }
    var rows = tileIds().map(function (id) { return find(view, id); }).filter(Boolean).map(function (indicator) {
      var rate = present(indicator.denominator);
      return [textCell(label(indicator)), figureCell(indicator.unit, indicator.value), textCell(unitName(indicator.unit)),
        rate ? figureCell(moneyRate(indicator) ? 'YUAN' : 'PLAIN', indicator.numerator) : null,
        rate ? figureCell(moneyRate(indicator) ? 'YUAN' : 'PLAIN', indicator.denominator) : null,
        indicator.target ? figureCell(indicator.unit, indicator.target.value) : null,
        indicator.target ? figureCell(indicator.unit, indicator.gap) : null,
        indicator.target ? textCell(indicator.met ? t('yes') : t('no')) : null];
    });
    return { title: route.view === 'site' ? t('siteFigures') : t('keyIndicators'), rows: rows,
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
      var name = textCell(scopeName(county.scope));
      name.href = hashOf({ view: 'county', county: county.scope.code, asOf: route.asOf });
      name.title = fill(t('openCounty'), scopeName(county.scope));
      return [name, textCell(county.scope.code)].concat(indicators.map(function (indicator) {
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

  /** The county's sites with their occupancy, each name opening the site's page. */
  function sitesTable() {
    if (!state.sites || route.view !== 'county') { return null; }
    var columns = [t('site'), t('mode')].concat(SITE_INDICATORS.map(function (id) {
      var indicator = find(state.city, id);
      var unit = indicator ? indicator.unit : 'COUNT';
      return withUnit(indicator ? label(indicator) : id, columnScale(unit).unit);
    }));
    var exported = [t('site'), t('mode')].concat(SITE_INDICATORS.map(function (id) {
      var indicator = find(state.city, id);
      return withUnit(indicator ? label(indicator) : id, indicator && indicator.unit !== 'RATIO' ? unitName(indicator.unit) : '');
    }));
    var rows = state.sites.sites.map(function (site) {
      var name = textCell(site.name || site.id);
      name.href = hashOf({ view: 'site', site: site.id, county: route.county, asOf: route.asOf });
      name.title = fill(t('openSite'), site.name || site.id);
      return [name, textCell(modeName(site.placementMode))].concat(SITE_INDICATORS.map(function (id) {
        var figure = figureOf(site, id);
        return scaledCell(figure.unit || 'COUNT', present(figure.value) ? figure.value : null);
      }));
    });
    return { title: t('sites'), columns: columns, exportColumns: exported, rows: rows, empty: t('noSites') };
  }

  function gapsTable() {
    var view = route.view === 'county' ? state.scope : state.city;
    if (!view) { return null; }
    var rows = view.indicators.filter(function (i) { return i.target && !i.met; }).map(function (indicator) {
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

  var TABLES = { key: keyTable, counties: countyTable, sites: sitesTable, trend: trendTable, gaps: gapsTable, findings: findingsTable,
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
        if (cell && cell.href) {
          var link = element('a', 'open', cell.text);
          link.href = cell.href;
          if (cell.title) { link.title = cell.title; }
          td.appendChild(link);
        } else {
          td.textContent = cell ? cell.text : '';
        }
        if (cell && cell.num) { td.classList.add('num'); }
        if (cell && cell.className) { td.classList.add(cell.className); }
        if (cell && cell.title && !cell.href) { td.title = cell.title; }
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
    var place = [state.city ? scopeName(state.city.scope) : ''];
    if (route.view !== 'city') { place.push(countyName()); }
    if (route.view === 'site' && currentSite()) { place.push(currentSite().name || route.site); }
    var prefix = place.filter(Boolean).join('-');
    var fileName = (prefix ? prefix + '-' : '') + model.title + '-' + (route.asOf || beijingDay()) + '.' + format;
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
    var place = route.view === 'city' ? [city] : route.view === 'county' ? [countyName(), city]
      : [currentSite() ? currentSite().name : null, countyName(), city];
    document.title = t('title') + place.filter(Boolean).map(function (name) { return ' · ' + name; }).join('');
    renderDay();
    renderCrumbs(city);
    var asOf = document.getElementById('as-of');
    var times = state.city ? state.city.freshness.map(function (f) { return f.lastEventTime; }).filter(Boolean) : [];
    var newest = times.map(function (time) { return new Date(time); }).sort(function (a, b) { return a - b; }).pop();
    asOf.textContent = newest ? dateTime(newest.toISOString()) + t('beijingTime') : state.city ? t('none') : '—';
    asOf.setAttribute('datetime', newest ? newest.toISOString() : '');
  }

  /** A calendar day (2018-12-31) written out in the language: 2018年12月31日 / 31 Dec 2018. */
  function longDay(day) {
    var ymd = day.split('-').map(Number);
    return new Intl.DateTimeFormat(t('dates'), { timeZone: 'UTC', year: 'numeric', month: language === 'zh' ? 'long' : 'short',
      day: 'numeric' }).format(new Date(Date.UTC(ymd[0], ymd[1] - 1, ymd[2])));
  }

  /** The as-of picker: the day shown (today by default), from the programme's first recorded month to today. */
  function renderDay() {
    var input = document.getElementById('as-of-date');
    var today = beijingDay();
    var shown = route.asOf || today;
    if (input.value !== shown && document.activeElement !== input) { input.value = shown; }
    input.max = today;
    if (firstDay && firstDay <= today) { input.min = firstDay; } else { input.removeAttribute('min'); }
    input.setAttribute('aria-label', t('pickDay'));
    input.title = t('pickDay');
    document.getElementById('as-of-day').textContent = longDay(shown);
    document.getElementById('as-of-today').hidden = !route.asOf;
  }

  function crumb(list, text, href) {
    var item = element('li');
    if (href) {
      var link = element('a', '', text);
      link.href = href;
      item.appendChild(link);
    } else {
      item.appendChild(element('span', '', text));
      item.setAttribute('aria-current', 'page');
    }
    list.appendChild(item);
  }

  /** Where a county or site page is, each level a link back; and a clear way back to the city (or the county). */
  function renderCrumbs(city) {
    var nav = document.getElementById('crumbs');
    nav.hidden = route.view === 'city';
    nav.setAttribute('aria-label', t('crumbs'));
    var list = document.getElementById('crumb-list');
    list.innerHTML = '';
    if (route.view === 'city') { return; }
    var cityHref = hashOf({ view: 'city', asOf: route.asOf });
    var countyHref = route.county ? hashOf({ view: 'county', county: route.county, asOf: route.asOf }) : null;
    crumb(list, city || (language === 'zh' ? '全市' : 'City'), cityHref);
    if (route.view === 'county') {
      crumb(list, countyName() || '…');
    } else {
      crumb(list, countyName() || '…', countyHref);
      var site = currentSite();
      crumb(list, site ? site.name || site.id : '…');
    }
    var back = document.getElementById('back');
    if (route.view === 'site' && countyHref) {
      back.href = countyHref;
      back.textContent = fill(t('backToCounty'), countyName());
    } else {
      back.href = cityHref;
      back.textContent = t('backToCity');
    }
  }

  /** The tiles are updated in place, so what a reader (or a test) holds stays on the page across refreshes. */
  function renderTiles() {
    var container = document.getElementById('tiles');
    var view = currentView();
    var title = document.getElementById('key-title');
    title.textContent = route.view === 'site' ? (currentSite() ? (currentSite().name || route.site) + ' · ' : '') + t('siteFigures')
      : route.view === 'county' ? countyName() + ' · ' + t('keyIndicators') : t('keyIndicators');
    if (!view) {
      container.innerHTML = '';
      var failed = state.failed.city || state.failed.scope || state.failed.sites;
      container.appendChild(element('p', 'empty', state.siteUnknown || route.view === 'site' && state.sites && !currentSite()
        ? t('siteUnknown') : failed ? t('unavailable') : t('loading')));
      return;
    }
    var empty = container.querySelector('.empty');
    if (empty) { container.removeChild(empty); }
    var ids = tileIds();
    Array.prototype.slice.call(container.querySelectorAll('[data-indicator]')).forEach(function (tile) {
      if (ids.indexOf(tile.getAttribute('data-indicator')) < 0) { container.removeChild(tile); }
    });
    ids.forEach(function (id) {
      var indicator = find(view, id);
      var tile = container.querySelector('[data-indicator="' + id + '"]');
      if (!indicator) {
        if (tile) { container.removeChild(tile); }
        return;
      }
      // in the order of the page's list (a tile kept from another page moves to its place)
      if (tile && tile !== container.lastElementChild) { container.appendChild(tile); }
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
      if (name === 'counties') { charts[name].instance.on('click', openClickedCounty); }
    }
    var instance = charts[name].instance;
    // a chart made while its panel was hidden (another page) takes its size when shown again
    if (node.clientWidth && (instance.getWidth() !== node.clientWidth || instance.getHeight() !== node.clientHeight)) { instance.resize(); }
    return instance;
  }

  // the county chart's rows in the order shown, so that a click on a bar (or a name) opens that county's page
  var countyRows = [];

  function openClickedCounty(params) {
    var row = params.componentType === 'series' ? countyRows[params.dataIndex]
      : params.componentType === 'yAxis' ? countyRows.filter(function (r) { return r.name === params.value; })[0] : null;
    if (row) { navigate({ view: 'county', county: row.code, asOf: route.asOf }); }
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
      return { name: scopeName(county.scope), code: county.scope.code,
        value: own && present(own.value) ? Number(own.value) * scale.factor : null };
    });
    // largest first; a county without the figure last, in the programme's order
    rows = rows.map(function (row, index) { return { row: row, index: index }; }).sort(function (a, b) {
      var x = a.row.value === null ? -Infinity : a.row.value;
      var y = b.row.value === null ? -Infinity : b.row.value;
      return y - x || a.index - b.index;
    }).map(function (entry) { return entry.row; });
    countyRows = rows;
    var formatValue = function (value) { return present(value) ? decimal(value, scale.digits) + scale.suffix : '—'; };
    chart('counties', 'county-chart').setOption({
      animation: false,
      textStyle: { fontFamily: getComputedStyle(document.body).fontFamily },
      grid: { left: 4, right: 56, top: 8, bottom: 4, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: formatValue },
      xAxis: { type: 'value', position: 'top', splitNumber: 4, axisLabel: { hideOverlap: true, color: '#5b6472',
        formatter: function (value) { return decimal(value, value % 1 === 0 ? 0 : scale.digits) + scale.suffix; } } },
      yAxis: { type: 'category', inverse: true, data: rows.map(function (r) { return r.name; }), triggerEvent: true,
        axisTick: { show: false }, axisLabel: { interval: 0, fontSize: 13, color: '#1f2a37' } },
      series: [{ type: 'bar', name: sample ? label(sample) : chosen, data: rows.map(function (r) { return r.value; }),
        barMaxWidth: 18, barMinHeight: 2, itemStyle: { color: '#b91c1c' }, cursor: 'pointer',
        label: { show: true, position: 'right', fontSize: 11, color: '#1f2a37',
          formatter: function (p) { return formatValue(p.value); } } }]
    }, true);
  }

  /** A month of the trend (its last day, or the day shown) as the language writes it: 2018年12月 / Dec 2018. */
  function monthLabel(day) {
    var ymd = day.split('-').map(Number);
    return new Intl.DateTimeFormat(t('dates'), { timeZone: 'UTC', year: 'numeric', month: language === 'zh' ? 'long' : 'short' })
      .format(new Date(Date.UTC(ymd[0], ymd[1] - 1, ymd[2])));
  }

  function renderTrend() {
    var model = trendTable();
    var box = document.getElementById('trend-chart');
    box.setAttribute('data-first', model ? model.days[0] : '');
    box.setAttribute('data-last', model ? model.days[model.days.length - 1] : '');
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
      xAxis: { type: 'category', boundaryGap: false, data: model.days.map(function (day, index) {
        return index === model.days.length - 1 && route.asOf ? longDay(day) : monthLabel(day);
      }), axisLabel: { hideOverlap: true } },
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

  /** The site's public figures and where it stands among its county's sites; its full indicators need a token. */
  function renderSitePlace() {
    var list = document.getElementById('site-place');
    list.innerHTML = '';
    var api = '/api/v1/sites/' + route.site + '/indicators';
    document.getElementById('site-note').textContent = route.view === 'site' ? fill(t('siteNote'), api) : '';
    if (route.view !== 'site') { return; }
    var site = currentSite();
    var add = function (term, value, href) {
      list.appendChild(element('dt', '', term));
      var dd = element('dd');
      if (href) {
        var link = element('a', '', value);
        link.href = href;
        dd.appendChild(link);
      } else {
        dd.textContent = value;
      }
      list.appendChild(dd);
    };
    if (!site) {
      add(t('site'), state.siteUnknown || state.sites ? t('siteUnknown') : state.failed.sites ? t('unavailable') : t('loading'));
      return;
    }
    var sites = state.sites.sites;
    var people = function (s) { return Number(figureOf(s, 'relocation.people').value || 0); };
    var rank = 1 + sites.filter(function (other) { return people(other) > people(site); }).length;
    var county = state.scope ? find(state.scope, 'relocation.people') : null;
    var countyPeople = county && present(county.value) ? Number(county.value) : null;
    var occupancy = state.scope ? find(state.scope, 'occupancy.rate') : null;
    add(t('countyOf'), countyName(), hashOf({ view: 'county', county: route.county, asOf: route.asOf }));
    add(t('mode'), modeName(site.placementMode));
    add(t('sitesInCounty'), fill(t('sitesCount'), decimal(sites.length, 0)));
    add(t('rankByPeople'), fill(t('rank'), decimal(rank, 0), decimal(sites.length, 0)));
    add(t('shareOfCounty'), countyPeople ? withUnit(figure('RATIO', people(site) / countyPeople),
      figure('PEOPLE', people(site)) + ' / ' + figure('PEOPLE', countyPeople)) : '—');
    add(t('countyOccupancy'), occupancy ? figure('RATIO', occupancy.value) : '—');
  }

  /** Shows the panels of the page (city, county or site) and hides the others. */
  function renderViews() {
    document.querySelectorAll('[data-views]').forEach(function (panel) {
      panel.hidden = panel.getAttribute('data-views').split(' ').indexOf(route.view) < 0;
    });
    document.body.setAttribute('data-view', route.view);
  }

  function render() {
    renderViews();
    renderTexts();
    renderTiles();
    if (route.view === 'city') { renderCounties(); }
    if (route.view !== 'site') { renderTrend(); }
    renderTable(document.getElementById('site-table'), sitesTable(), state.failed.sites);
    renderSitePlace();
    renderTable(document.getElementById('gaps'), gapsTable(), state.failed.city || state.failed.scope);
    renderFindings();
    renderOps();
    renderExportButtons();
  }

  /** Another place or day (a link, the chart, the picker, the back button): its figures are read anew. */
  function applyRoute() {
    var next = parseHash();
    if (hashOf(next) === hashOf(route) && state.loaded) { return; }
    var sameDay = next.asOf === route.asOf;
    var keep = sameDay ? { city: state.city, ops: state.ops } : { ops: state.ops };
    route = next;
    generation += 1;
    state = emptyState();
    state.city = keep.city || null;
    state.ops = keep.ops;
    render();
    window.scrollTo(0, 0);
    refresh();
  }

  window.addEventListener('hashchange', applyRoute);
  document.getElementById('as-of-date').addEventListener('change', function (event) {
    var day = validDay(event.target.value);
    if (!day) { return; }
    var today = beijingDay();
    if (firstDay && day < firstDay) { day = firstDay; }
    navigate({ view: route.view, county: route.county, site: route.site, asOf: day >= today ? null : day });
  });
  document.getElementById('as-of-today').addEventListener('click', function () {
    navigate({ view: route.view, county: route.county, site: route.site, asOf: null });
  });

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
