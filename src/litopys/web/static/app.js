/* litopys web page: hand-written, no libraries, nothing loaded from elsewhere.
 *
 * The page state (view, filters, page, open event) lives in the URL query string, so links can be
 * shared and Back/Forward work. All text from the store is put into the page as text nodes (never
 * as HTML); article texts arrive from the API already cut into marked segments, so no character
 * offsets are computed here (JavaScript strings count UTF-16 units, the API counts code points).
 */
(function () {
  "use strict";

  var SIZE = 50;
  var QUAD_FALLBACK = {
    verbal_cooperation: "#2e8540",
    material_cooperation: "#1f6fb2",
    verbal_conflict: "#c77700",
    material_conflict: "#c0392b",
  };
  var MONTHS_GEN = ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня",
    "вересня", "жовтня", "листопада", "грудня"];
  var MONTHS_NOM = ["січень", "лютий", "березень", "квітень", "травень", "червень", "липень", "серпень",
    "вересень", "жовтень", "листопад", "грудень"];
  var MONTHS_SHORT = ["січ", "лют", "бер", "кві", "тра", "чер", "лип", "сер", "вер", "жов", "лис", "гру"];
  var ROMAN = ["I", "II", "III", "IV"];
  var SVGNS = "http://www.w3.org/2000/svg";

  var facets = null;
  var facetsPromise = null;
  var state = readState();
  var pending = null; // AbortController of the view's request in flight
  var analyzeController = null;
  var analyzeTimer = null;
  var lastAnalyzed = null;
  var lastEventFrom = null; // entry id to focus when coming back to the timeline
  var navigated = false;

  // ------------------------------------------------------------------------------------------
  // DOM helpers (text only: nothing from the data is ever parsed as HTML)

  function h(tag, attrs) {
    var el = document.createElement(tag);
    setAttrs(el, attrs);
    for (var i = 2; i < arguments.length; i++) append(el, arguments[i]);
    return el;
  }
  function s(tag, attrs) {
    var el = document.createElementNS(SVGNS, tag);
    setAttrs(el, attrs);
    for (var i = 2; i < arguments.length; i++) append(el, arguments[i]);
    return el;
  }
  function setAttrs(el, attrs) {
    if (!attrs) return;
    Object.keys(attrs).forEach(function (k) {
      var v = attrs[k];
      if (v === null || v === undefined || v === false) return;
      if (k === "text") el.textContent = String(v);
      else if (k.slice(0, 2) === "on") el.addEventListener(k.slice(2), v);
      else el.setAttribute(k, v === true ? "" : String(v));
    });
  }
  function append(el, child) {
    if (child === null || child === undefined || child === false) return;
    if (Array.isArray(child)) { child.forEach(function (c) { append(el, c); }); return; }
    el.appendChild(typeof child === "string" || typeof child === "number" ? document.createTextNode(String(child)) : child);
  }
  function $(id) { return document.getElementById(id); }
  function clear(el) { while (el.firstChild) el.removeChild(el.firstChild); return el; }
  function safeUrl(url) {
    // only web links become links (never javascript: or data: from an article's metadata)
    return typeof url === "string" && /^https?:\/\//i.test(url) ? url : null;
  }

  // ------------------------------------------------------------------------------------------
  // Words and dates

  function plural(n, forms) {
    var a = Math.abs(n) % 100, b = a % 10;
    if (a > 10 && a < 20) return forms[2];
    if (b === 1) return forms[0];
    if (b >= 2 && b <= 4) return forms[1];
    return forms[2];
  }
  function count(n, forms) { return n.toLocaleString("uk-UA") + " " + plural(n, forms); }
  var EVENTS = ["подія", "події", "подій"];
  var SOURCES = ["джерело", "джерела", "джерел"];
  var ARTICLES = ["стаття", "статті", "статей"];

  function fmtDate(value) {
    if (!value) return "без дати";
    var m;
    if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value))) return +m[3] + " " + MONTHS_GEN[+m[2] - 1] + " " + m[1];
    if ((m = /^(\d{4})-(\d{2})$/.exec(value))) return MONTHS_NOM[+m[2] - 1] + " " + m[1];
    if ((m = /^(\d{4})$/.exec(value))) return m[1] + " рік";
    if ((m = /^(\d{4})-W(\d{2})/.exec(value))) return +m[2] + "-й тиждень " + m[1];
    if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) return ROMAN[+m[2] - 1] + " квартал " + m[1];
    if ((m = /^(\d{4})-H([12])$/.exec(value))) return (m[2] === "1" ? "перше" : "друге") + " півріччя " + m[1];
    if ((m = /^(\d{3})X$/.exec(value))) return m[1] + "0-ті";
    if (value.indexOf("/") > 0) return value.split("/").map(fmtDate).join(" — ");
    if ((m = /^(\d{4}-\d{2}-\d{2})T/.exec(value))) return fmtDate(m[1]);
    return value;
  }
  function dayShort(iso) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || "");
    return m ? +m[3] + " " + MONTHS_SHORT[+m[2] - 1] + " " + m[1] : iso || "";
  }
  function bucketLabel(key, unit) {
    if (unit === "year") return key + " рік";
    var m = /^(\d{4})-(\d{2})$/.exec(key);
    return m ? MONTHS_NOM[+m[2] - 1] + " " + m[1] : key;
  }
  function dayNumber(iso) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || "");
    return m ? Date.UTC(+m[1], +m[2] - 1, +m[3]) / 86400000 : null;
  }
  function isoOfDay(n) { return new Date(n * 86400000).toISOString().slice(0, 10); }
  function lastDayOfMonth(y, m) { return new Date(Date.UTC(y, m, 0)).getUTCDate(); }
  function names(actors) {
    return (actors || []).map(function (a) { return a.name || a.key || "?"; }).join(", ");
  }
  function quadColour(quad) {
    if (facets) {
      for (var i = 0; i < facets.quads.length; i++) if (facets.quads[i].id === quad) return facets.quads[i].colour;
    }
    return QUAD_FALLBACK[quad] || "#888";
  }
  function quadLabel(quad) {
    if (facets) {
      for (var i = 0; i < facets.quads.length; i++) if (facets.quads[i].id === quad) return facets.quads[i].label;
    }
    return quad || "";
  }
  function typeInfo(type) {
    if (facets) {
      for (var i = 0; i < facets.types.length; i++) if (facets.types[i].id === type) return facets.types[i];
    }
    return { id: type, label: type, colour: "#888", quad: null };
  }

  // ------------------------------------------------------------------------------------------
  // State ⇄ URL

  function readState() {
    var p = new URLSearchParams(location.search);
    var view = p.get("view");
    return {
      view: view === "network" || view === "analyze" ? view : "timeline",
      event: p.get("event") || null,
      actor: p.getAll("actor").filter(Boolean),
      pair: p.getAll("pair").filter(Boolean).slice(0, 2),
      type: p.get("type") || "",
      from: p.get("from") || "",
      to: p.get("to") || "",
      outlet: p.get("outlet") || "",
      q: p.get("q") || "",
      page: Math.max(1, parseInt(p.get("page") || "1", 10) || 1),
      upage: Math.max(1, parseInt(p.get("upage") || "1", 10) || 1),
      order: p.get("order") === "asc" ? "asc" : "desc",
      limit: ["20", "40", "80"].indexOf(p.get("limit")) >= 0 ? p.get("limit") : "40",
    };
  }
  function filterParams(st) {
    var p = new URLSearchParams();
    st.actor.forEach(function (a) { p.append("actor", a); });
    if (st.pair.length === 2) st.pair.forEach(function (a) { p.append("pair", a); });
    if (st.type) p.set("type", st.type);
    if (st.from) p.set("from", st.from);
    if (st.to) p.set("to", st.to);
    if (st.outlet) p.set("outlet", st.outlet);
    if (st.q) p.set("q", st.q);
    return p;
  }
  function pageQuery(st) {
    var p = new URLSearchParams();
    if (st.view !== "timeline") p.set("view", st.view);
    filterParams(st).forEach(function (v, k) { p.append(k, v); });
    if (st.page > 1) p.set("page", st.page);
    if (st.upage > 1) p.set("upage", st.upage);
    if (st.order !== "desc") p.set("order", st.order);
    if (st.view === "network" && st.limit !== "40") p.set("limit", st.limit);
    if (st.event) p.set("event", st.event);
    var q = p.toString();
    return q ? "?" + q : location.pathname;
  }
  function withState(changes) {
    var next = {};
    Object.keys(state).forEach(function (k) { next[k] = state[k]; });
    Object.keys(changes).forEach(function (k) { next[k] = changes[k]; });
    return next;
  }
  function navigate(next, replace) {
    state = next;
    navigated = true;
    history[replace ? "replaceState" : "pushState"](null, "", pageQuery(next));
    render();
  }
  function linkClick(ev, next) {
    if (ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return;
    ev.preventDefault();
    navigate(next);
  }

  // ------------------------------------------------------------------------------------------
  // API

  function ApiError(status, code, detail) {
    this.status = status;
    this.code = code;
    this.message = detail;
  }
  function api(path, options, tries) {
    tries = tries === undefined ? 3 : tries;
    return fetch(path, options).then(function (response) {
      if (response.ok) return response.json();
      return response.json().catch(function () { return {}; }).then(function (body) {
        var err = new ApiError(response.status, body.error || "http_" + response.status,
          body.detail || response.statusText);
        var retry = parseFloat(response.headers.get("retry-after") || "0");
        if (response.status === 503 && body.error === "store_busy" && tries > 1) {
          showAlert("Сховище зараз зайняте записом; повторюю за " + (retry || 2) + " с…");
          return new Promise(function (resolve) { setTimeout(resolve, (retry || 2) * 1000); })
            .then(function () { return api(path, options, tries - 1); });
        }
        throw err;
      });
    });
  }
  function startRequest() {
    if (pending) pending.abort();
    pending = new AbortController();
    return pending.signal;
  }
  function explain(err) {
    if (err && err.name === "AbortError") return null;
    if (err instanceof ApiError) {
      if (err.code === "store_busy") return "Сховище зайняте (триває запис нових статей). Спробуйте за кілька секунд.";
      if (err.code === "store_unavailable") return "Сховище недоступне: " + err.message;
      if (err.code === "not_found") return "Не знайдено: " + err.message;
      if (err.code === "body_too_large") return "Текст завеликий: понад 1 МБ.";
      if (err.code === "analysis_timeout") return "Аналіз триває задовго і був зупинений. Спробуйте коротший текст.";
      if (err.code === "analyzer_busy") return "Зараз аналізується інший текст. Спробуйте за мить.";
      return "Помилка " + err.status + ": " + err.message;
    }
    return "Не вдалося зв'язатися з сервером: " + (err && err.message ? err.message : err);
  }
  function showAlert(text) {
    var box = $("alert");
    if (!text) { box.hidden = true; clear(box); return; }
    clear(box).appendChild(document.createTextNode(text));
    box.hidden = false;
  }
  function fail(err) {
    var text = explain(err);
    if (text) showAlert(text);
  }

  // ------------------------------------------------------------------------------------------
  // Facets: filter choices and legends

  function loadFacets() {
    if (!facetsPromise) {
      facetsPromise = api("/api/facets").then(function (data) {
        facets = data;
        fillChoices();
        return data;
      }, function (err) { facetsPromise = null; throw err; });
    }
    return facetsPromise;
  }
  function fillChoices() {
    var select = $("f-type");
    clear(select).appendChild(h("option", { value: "" }, "усі типи"));
    facets.quads.forEach(function (quad) {
      var group = h("optgroup", { label: quad.label });
      facets.types.filter(function (t) { return t.quad === quad.id; }).forEach(function (t) {
        group.appendChild(h("option", { value: t.id }, t.label + " (" + t.id + ")" + (t.entries ? " · " + t.entries : "")));
      });
      select.appendChild(group);
    });
    var outlets = $("f-outlet");
    clear(outlets).appendChild(h("option", { value: "" }, "усі видання"));
    facets.outlets.forEach(function (o) {
      outlets.appendChild(h("option", { value: o.name }, o.name + " · " + o.articles));
    });
    var list = clear($("actor-list"));
    facets.actors.forEach(function (a) { list.appendChild(h("option", { value: a.name })); });
    var legend = clear($("quad-legend"));
    facets.quads.forEach(function (q) {
      legend.appendChild(h("li", { class: "q-" + q.id }, h("span", { class: "swatch", "aria-hidden": "true" }), q.label));
    });
    fillForm();
  }
  function fillForm() {
    $("f-actor").value = state.actor.join("; ");
    $("f-pair-a").value = state.pair[0] || "";
    $("f-pair-b").value = state.pair[1] || "";
    ensureOption($("f-type"), state.type);
    $("f-type").value = state.type;
    $("f-from").value = state.from;
    $("f-to").value = state.to;
    ensureOption($("f-outlet"), state.outlet);
    $("f-outlet").value = state.outlet;
    $("f-q").value = state.q;
    $("f-order").value = state.order;
    $("f-limit").value = state.limit;
  }
  function ensureOption(select, value) {
    if (!value) return;
    for (var i = 0; i < select.options.length; i++) if (select.options[i].value === value) return;
    select.appendChild(h("option", { value: value }, value));
  }
  function formState() {
    var actors = $("f-actor").value.split(";").map(function (a) { return a.trim(); }).filter(Boolean);
    var a = $("f-pair-a").value.trim(), b = $("f-pair-b").value.trim();
    return withState({
      actor: actors,
      pair: a && b ? [a, b] : [],
      type: $("f-type").value,
      from: $("f-from").value,
      to: $("f-to").value,
      outlet: $("f-outlet").value,
      q: $("f-q").value.trim(),
      order: $("f-order").value,
      page: 1,
      upage: 1,
      event: null,
      view: state.view === "network" ? "network" : "timeline",
    });
  }
  function describeFilters(st) {
    var bits = [];
    if (st.actor.length) bits.push("актор: " + st.actor.join(", "));
    if (st.pair.length === 2) bits.push("пара: " + st.pair[0] + " ↔ " + st.pair[1]);
    if (st.type) bits.push("тип: " + typeInfo(st.type).label);
    if (st.from || st.to) bits.push("період: " + (st.from ? dayShort(st.from) : "…") + " — " + (st.to ? dayShort(st.to) : "…"));
    if (st.outlet) bits.push("видання: " + st.outlet);
    if (st.q) bits.push("текст: «" + st.q + "»");
    return bits.join("; ");
  }
  var statusTimer = null;
  function storeStatus(snapshot, stale) {
    var el = clear($("store-status"));
    if (!snapshot) return;
    el.appendChild(document.createTextNode(count(snapshot.articles, ARTICLES) + " · " +
      count(snapshot.entries, EVENTS) + " у сховищі"));
    clearTimeout(statusTimer);
    if (!stale) return;
    el.appendChild(h("span", { class: "stale" }, " · сховище змінилося, оновлюю…"));
    // look again until the new snapshot is ready, then offer to show it (the view is not redrawn
    // under the reader's eyes)
    statusTimer = setTimeout(function poll() {
      api("/api/status", undefined, 1).then(function (status) {
        if (status.refreshing || !status.snapshot || status.snapshot.built_at === snapshot.built_at) {
          statusTimer = setTimeout(poll, 3000);
          return;
        }
        var fresh = h("button", { type: "button", class: "link" }, "показати оновлене");
        fresh.addEventListener("click", function () { render(); });
        clear(el).appendChild(document.createTextNode(count(status.snapshot.articles, ARTICLES) + " · " +
          count(status.snapshot.entries, EVENTS) + " у сховищі · "));
        el.appendChild(fresh);
      }, function () { statusTimer = setTimeout(poll, 5000); });
    }, 3000);
  }

  // ------------------------------------------------------------------------------------------
  // Keyboard: one tab stop per chart, arrow keys move inside it (roving tabindex)

  function roving(container, items, activate) {
    items.forEach(function (item, i) {
      item.setAttribute("tabindex", i === 0 ? "0" : "-1");
      item.addEventListener("click", function () { activate(i); });
      item.addEventListener("keydown", function (ev) {
        var next = null;
        if (ev.key === "ArrowRight" || ev.key === "ArrowDown") next = Math.min(items.length - 1, i + 1);
        else if (ev.key === "ArrowLeft" || ev.key === "ArrowUp") next = Math.max(0, i - 1);
        else if (ev.key === "Home") next = 0;
        else if (ev.key === "End") next = items.length - 1;
        else if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); activate(i); return; }
        if (next === null) return;
        ev.preventDefault();
        items.forEach(function (it) { it.setAttribute("tabindex", "-1"); });
        items[next].setAttribute("tabindex", "0");
        items[next].focus();
      });
    });
  }

  // ------------------------------------------------------------------------------------------
  // Views

  function render() {
    var view = state.event ? "event" : state.view;
    ["timeline", "network", "analyze"].forEach(function (v) {
      var tab = $("tab-" + v);
      tab.setAttribute("href", pageQuery(withState({ view: v, event: null, page: 1, upage: 1 })));
      if (v === state.view && !state.event) tab.setAttribute("aria-current", "page");
      else tab.removeAttribute("aria-current");
    });
    $("view-timeline").hidden = view !== "timeline";
    $("view-event").hidden = view !== "event";
    $("view-network").hidden = view !== "network";
    $("view-analyze").hidden = view !== "analyze";
    $("filters").hidden = view === "event" || view === "analyze";
    showAlert(null);
    fillForm();
    if (view === "event") return renderEvent();
    if (view === "network") return renderNetwork();
    if (view === "analyze") {
      document.title = "Аналіз тексту — Літопис";
      if (navigated) $("a-text").focus();
      return null;
    }
    return renderTimeline();
  }

  // -- timeline -------------------------------------------------------------------------------

  function renderTimeline() {
    var signal = startRequest();
    var st = state;
    var q = filterParams(st);
    q.set("page", st.page);
    q.set("upage", st.upage);
    q.set("order", st.order);
    q.set("size", SIZE);
    $("timeline-count").textContent = "Завантаження…";
    document.title = "Хронологія — Літопис";
    return Promise.all([api("/api/timeline?" + q.toString(), { signal: signal }), loadFacets().catch(function () { return null; })])
      .then(function (results) {
        if (st !== state) return;
        var data = results[0];
        storeStatus(data.snapshot, data.stale);
        var text = data.total ? count(data.total, EVENTS) + " з датою" : "Подій з датою не знайдено";
        if (data.undated_total) text += ", ще " + count(data.undated_total, EVENTS) + " без дати";
        var described = describeFilters(st);
        if (described) text += " (" + described + ")";
        $("timeline-count").textContent = text;
        drawHistogram(data.histogram);
        drawStrip(data.entries);
        fillEntries($("entries"), data.entries);
        pager($("pager"), data.page, data.pages, "page");
        $("undated-box").hidden = !data.undated_total;
        fillEntries($("undated"), data.undated);
        pager($("upager"), data.undated_page, Math.max(1, Math.ceil(data.undated_total / SIZE)), "upage");
        // when the page first showed entries, in ms since navigation (read by benchmarks/bench_serve.py)
        if (!document.documentElement.hasAttribute("data-rendered")) {
          document.documentElement.setAttribute("data-rendered", String(Math.round(performance.now())));
        }
        if (lastEventFrom) {
          var back = document.querySelector('a.entry[data-id="' + cssEscape(lastEventFrom) + '"]');
          lastEventFrom = null;
          if (back) back.focus();
        }
      })
      .catch(function (err) {
        if (st === state) { $("timeline-count").textContent = ""; fail(err); }
      });
  }
  function cssEscape(value) {
    return window.CSS && CSS.escape ? CSS.escape(value) : String(value).replace(/[^A-Za-z0-9_-]/g, "");
  }

  function entryLink(e) {
    var next = withState({ event: e.id });
    var outlets = e.outlets.join(", ") + (e.n_outlets > e.outlets.length ? " та ін." : "");
    var head = h("div", { class: "head" },
      h("span", { class: "date" }, fmtDate(e.date)),
      h("span", { class: "badge", title: quadLabel(e.quad) }, e.type_label),
      h("span", { class: "sources" }, count(e.sources, SOURCES)),
      outlets ? h("span", null, outlets) : null,
      e.modality !== "asserted" ? h("span", { class: "modality" }, e.modality_label) : null);
    var link = h("a", {
      class: "entry q-" + (e.quad || "none"),
      href: pageQuery(next),
      "data-id": e.id,
    }, head, h("p", { class: "summary" }, e.summary), h("p", { class: "evidence" }, "«" + e.evidence + "»"));
    link.addEventListener("click", function (ev) { lastEventFrom = e.id; linkClick(ev, next); });
    return link;
  }
  function fillEntries(list, entries) {
    clear(list);
    entries.forEach(function (e) { list.appendChild(h("li", null, entryLink(e))); });
  }
  function pager(nav, page, pages, key) {
    clear(nav);
    if (pages <= 1) return;
    function go(p, label, rel) {
      var change = {};
      change[key] = p;
      var next = withState(change);
      if (p < 1 || p > pages || p === page) return h("span", { class: "muted", "aria-disabled": "true" }, label);
      var a = h("a", { href: pageQuery(next), rel: rel }, label);
      a.addEventListener("click", function (ev) { linkClick(ev, next); });
      return a;
    }
    nav.appendChild(go(page - 1, "← Попередня", "prev"));
    nav.appendChild(h("span", null, "сторінка " + page + " з " + pages));
    nav.appendChild(go(page + 1, "Наступна →", "next"));
  }

  function chartWidth(box) {
    // draw in the box's own pixels so labels keep their size on a narrow screen
    return Math.max(320, Math.min(1400, Math.round(box.clientWidth || 1000)));
  }

  function drawHistogram(hist) {
    var box = clear($("histogram"));
    var buckets = hist.buckets.map(function (b) { return { key: b.key, counts: b.counts, total: b.total }; });
    // the far tails of a long range come as "before" and "after" bars at the edges
    if (hist.before) buckets.unshift({ key: "before", counts: hist.before.counts, total: hist.before.total, outer: hist.before });
    if (hist.after) buckets.push({ key: "after", counts: hist.after.counts, total: hist.after.total, outer: hist.after });
    if (!buckets.length) { box.appendChild(h("p", { class: "hint" }, "Немає подій з датою.")); return; }
    var W = chartWidth(box), H = 130, top = 8, bottom = 22;
    var max = Math.max.apply(null, buckets.map(function (b) { return b.total; })) || 1;
    var bw = W / buckets.length;
    var quads = facets ? facets.quads.map(function (q) { return q.id; }) : Object.keys(QUAD_FALLBACK);
    function label(b) {
      if (b.key === "before") return "раніше (до " + bucketLabel(b.outer.last, "month") + ")";
      if (b.key === "after") return "пізніше (від " + bucketLabel(b.outer.first, "month") + ")";
      return bucketLabel(b.key, hist.unit);
    }
    var root = s("svg", { viewBox: "0 0 " + W + " " + H, role: "group", "aria-label": "Кількість подій за " + (hist.unit === "year" ? "роками" : "місяцями") });
    var bars = [];
    buckets.forEach(function (b, i) {
      var x = i * bw;
      var g = s("g", { class: "bar", role: "button", "aria-label": label(b) + ": " + count(b.total, EVENTS) + ". Вибрати цей період" });
      g.appendChild(s("title", null, label(b) + ": " + count(b.total, EVENTS)));
      g.appendChild(s("rect", { class: "frame", x: x, y: 0, width: bw, height: H - bottom + 2, fill: "transparent" }));
      var y = H - bottom;
      quads.forEach(function (q) {
        var n = b.counts[q] || 0;
        if (!n) return;
        var hgt = (n / max) * (H - bottom - top);
        y -= hgt;
        g.appendChild(s("rect", { x: x + bw * 0.12, y: y, width: Math.max(1, bw * 0.76), height: hgt, fill: quadColour(q), "fill-opacity": b.outer ? 0.45 : 1 }));
      });
      root.appendChild(g);
      bars.push(g);
    });
    // axis labels: a few years or months, "раніше"/"пізніше" at the edges
    var every = Math.max(1, Math.ceil(buckets.length / Math.max(3, Math.floor(W / 80))));
    buckets.forEach(function (b, i) {
      var text;
      if (b.outer) text = b.key === "before" ? "раніше" : "пізніше";
      else if (i % every === 0) text = hist.unit === "year" ? b.key : (b.key.slice(5) === "01" || i === 0 || (i === 1 && buckets[0].outer) ? b.key.slice(0, 4) + " " : "") + MONTHS_SHORT[+b.key.slice(5) - 1];
      if (!text) return;
      var anchor = i === 0 ? "start" : i === buckets.length - 1 ? "end" : "middle";
      var tx = anchor === "start" ? i * bw : anchor === "end" ? (i + 1) * bw : i * bw + bw / 2;
      root.appendChild(s("text", { x: tx, y: H - 6, "text-anchor": anchor, "font-size": 11 }, text));
    });
    root.appendChild(s("line", { class: "axis", x1: 0, x2: W, y1: H - bottom, y2: H - bottom, stroke: "#b8b8c0" }));
    box.appendChild(root);
    roving(root, bars, function (i) {
      var b = buckets[i], from = "", to = "";
      function monthEnd(key) { return key + "-" + String(lastDayOfMonth(+key.slice(0, 4), +key.slice(5, 7))).padStart(2, "0"); }
      if (b.key === "before") to = monthEnd(b.outer.last);
      else if (b.key === "after") from = b.outer.first + "-01";
      else if (hist.unit === "year") { from = b.key + "-01-01"; to = b.key + "-12-31"; }
      else { from = b.key + "-01"; to = monthEnd(b.key); }
      navigate(withState({ from: from, to: to, page: 1, upage: 1 }));
    });
  }

  function drawStrip(entries) {
    var box = clear($("strip"));
    var items = entries.filter(function (e) { return e.start; }).map(function (e) {
      var a = dayNumber(e.start), b = dayNumber(e.end || e.start);
      return { e: e, a: a, b: Math.max(a, b), r: Math.min(16, 5 + 3 * Math.sqrt(Math.max(0, e.sources - 1))) };
    });
    if (!items.length) return;
    var W = chartWidth(box), pad = 24, laneH = 30, axisH = 26;
    var lo = Math.min.apply(null, items.map(function (i) { return i.a; }));
    var hi = Math.max.apply(null, items.map(function (i) { return i.b; }));
    if (hi - lo < 2) { lo -= 1; hi += 1; }
    // a time scale whose long empty stretches are shortened (and marked), so one entry years
    // away does not squeeze the others into a corner
    var days = items.map(function (i) { return i.a; }).concat(items.map(function (i) { return i.b; }), [lo, hi]);
    days = days.filter(function (d, k) { return days.indexOf(d) === k; }).sort(function (p, q) { return p - q; });
    var cap = Math.max(7, Math.ceil((hi - lo) / Math.max(8, items.length)));
    var at = [0];
    for (var k = 1; k < days.length; k++) at.push(at[k - 1] + Math.min(days[k] - days[k - 1], cap));
    var span = at[at.length - 1] || 1;
    function u(d) {
      for (var k = 1; k < days.length; k++) {
        if (d <= days[k]) {
          var gap = days[k] - days[k - 1];
          return at[k - 1] + (gap ? ((d - days[k - 1]) * Math.min(gap, cap)) / gap : 0);
        }
      }
      return span;
    }
    function dayAt(v) {
      for (var k = 1; k < days.length; k++) {
        if (v <= at[k]) {
          var gap = days[k] - days[k - 1], width = at[k] - at[k - 1];
          return days[k - 1] + (width ? ((v - at[k - 1]) * gap) / width : 0);
        }
      }
      return hi;
    }
    function x(d) { return pad + (u(d) / span) * (W - 2 * pad); }
    items.sort(function (p, q) { return p.a - q.a || q.r - p.r; });
    var lanes = [];
    items.forEach(function (it) {
      it.x1 = x(it.a) - it.r;
      it.x2 = Math.max(x(it.b), x(it.a)) + it.r;
      var lane = 0;
      while (lane < lanes.length && lanes[lane] > it.x1 - 2) lane++;
      if (lane >= 14) lane = it.lane = lanes.indexOf(Math.min.apply(null, lanes));
      lanes[lane] = it.x2;
      it.lane = lane;
    });
    var H = lanes.length * laneH + axisH + 8;
    var root = s("svg", { viewBox: "0 0 " + W + " " + H, role: "group", "aria-label": "Часова шкала подій цієї сторінки" });
    // axis with up to 8 ticks
    var axisY = H - axisH;
    root.appendChild(s("line", { class: "axis", x1: pad, x2: W - pad, y1: axisY, y2: axisY, stroke: "#b8b8c0" }));
    for (var g = 1; g < days.length; g++) {
      if (days[g] - days[g - 1] > cap) {  // a shortened stretch: two slanted strokes on the axis
        var gx = (x(days[g - 1]) + x(days[g])) / 2;
        root.appendChild(s("path", { d: "M" + (gx - 5) + "," + (axisY + 5) + " l4,-10 M" + (gx + 1) + "," + (axisY + 5) + " l4,-10", stroke: "#8a8a92", "stroke-width": 1.5 }));
      }
    }
    var ticks = Math.min(Math.max(2, Math.floor(W / 120)), Math.max(2, Math.round(hi - lo)));
    for (var t = 0; t <= ticks; t++) {
      var d = Math.round(dayAt((span * t) / ticks));
      var tx = x(d);
      root.appendChild(s("line", { x1: tx, x2: tx, y1: axisY, y2: axisY + 5, stroke: "#b8b8c0" }));
      root.appendChild(s("text", { x: tx, y: axisY + 18, "text-anchor": t === 0 ? "start" : t === ticks ? "end" : "middle", "font-size": 11 }, dayShort(isoOfDay(d))));
    }
    var marks = [];
    items.sort(function (p, q) { return p.a - q.a || p.lane - q.lane; });
    items.forEach(function (it) {
      var e = it.e, cy = axisY - 8 - it.lane * laneH - laneH / 2 + 6;
      var label = fmtDate(e.date) + ": " + e.summary + " (" + count(e.sources, SOURCES) + ", " + quadLabel(e.quad) + ")";
      var g = s("g", { class: "dot-mark", role: "link", "aria-label": label });
      g.appendChild(s("title", null, label));
      var colour = quadColour(e.quad);
      if (it.x2 - it.x1 > 2 * it.r + 1) {
        g.appendChild(s("rect", { x: it.x1, y: cy - it.r, width: it.x2 - it.x1, height: 2 * it.r, rx: it.r, fill: colour, "fill-opacity": 0.55 }));
      } else {
        g.appendChild(s("circle", { cx: (it.x1 + it.x2) / 2, cy: cy, r: it.r, fill: colour }));
      }
      if (e.sources > 1) {
        g.appendChild(s("text", { x: (it.x1 + it.x2) / 2, y: cy + 4, "text-anchor": "middle", "font-size": 10, fill: "#fff", "pointer-events": "none" }, String(e.sources)));
      }
      root.appendChild(g);
      marks.push(g);
    });
    box.appendChild(root);
    roving(root, marks, function (i) {
      lastEventFrom = items[i].e.id;
      navigate(withState({ event: items[i].e.id }));
    });
  }

  // -- event ----------------------------------------------------------------------------------

  function renderEvent() {
    var signal = startRequest();
    var st = state;
    var body = clear($("event-body"));
    body.appendChild(h("p", { class: "count", "aria-live": "polite" }, "Завантаження події…"));
    var back = $("event-back");
    var home = withState({ event: null });
    back.setAttribute("href", pageQuery(home));
    back.onclick = function (ev) { linkClick(ev, home); };
    return Promise.all([api("/api/events/" + encodeURIComponent(st.event), { signal: signal }), loadFacets().catch(function () { return null; })])
      .then(function (results) {
        if (st !== state) return;
        drawEvent(results[0]);
      })
      .catch(function (err) {
        if (st !== state) return;
        clear(body);
        fail(err);
      });
  }

  function fact(list, term, value) {
    if (value === null || value === undefined || value === "" || (Array.isArray(value) && !value.length)) return;
    list.appendChild(h("dt", null, term));
    list.appendChild(h("dd", null, value));
  }

  function drawEvent(e) {
    var body = clear($("event-body"));
    document.title = e.summary + " — Літопис";
    var period = e.start && e.end && e.start !== e.end ? " (" + dayShort(e.start) + " — " + dayShort(e.end) + ")" : "";
    var title = h("h2", { id: "event-title", tabindex: "-1" }, e.summary);
    var facts = h("dl", { class: "facts" });
    fact(facts, "Хто", names(e.source));
    fact(facts, "Щодо кого", names(e.target));
    fact(facts, "Де", e.location);
    fact(facts, "Тип", e.type_label + " — " + e.type + (e.mode ? " (" + e.mode + ")" : ""));
    fact(facts, "Клас PLOVER", quadLabel(e.quad));
    fact(facts, "Модальність", e.modality_label);
    fact(facts, "За даними", e.according_to);
    fact(facts, "Через", e.via);
    fact(facts, "З посиланням на", e.citing);
    fact(facts, "Джерела", count(e.sources, ARTICLES) + (e.n_reports > e.sources ? ", " + count(e.n_reports, ["повідомлення", "повідомлення", "повідомлень"]) : "") + ": " + e.outlets.join(", ") + (e.n_outlets > e.outlets.length ? " та ін." : ""));
    fact(facts, "Перше повідомлення", [e.first_report.outlet, e.first_report.published ? dayShort(e.first_report.published) : null].filter(Boolean).join(", "));
    body.appendChild(h("div", { class: "event-head q-" + (e.quad || "none") },
      h("p", { class: "head" }, h("strong", null, fmtDate(e.date) + period), " ", h("span", { class: "badge" }, e.type_label)),
      title, h("blockquote", { class: "evidence" }, "«" + e.evidence + "»"), facts));
    body.appendChild(marksLegend(body));
    body.appendChild(h("h3", null, "Статті, що повідомляють про подію (" + e.articles.length + ")"));
    e.articles.forEach(function (a) { body.appendChild(articleBlock(a)); });
    scrollMarks(body);
    title.focus();
  }

  function marksLegend(scope) {
    function toggle(cls, label, key) {
      var box = h("input", { type: "checkbox", checked: true });
      box.addEventListener("change", function () { scope.classList.toggle(cls, !box.checked); });
      return h("label", null, box, h("span", { class: "key " + key }, label));
    }
    return h("div", { class: "marks-legend", role: "group", "aria-label": "Позначки в тексті" },
      h("span", null, "Позначки:"),
      h("span", { class: "key evidence" }, "речення-свідчення"),
      h("span", { class: "key trigger" }, "слово-тригер"),
      toggle("hide-entities", "особи, організації, місця", "entity"),
      toggle("hide-timexes", "дати", "timex"),
      toggle("hide-quotes", "цитати", "quote"));
  }

  function articleBlock(a) {
    var url = safeUrl(a.url);
    var heading = a.headline || a.title || "Стаття " + a.article.slice(0, 12);
    var attribution = [a.according_to ? "за даними: " + a.according_to : null, a.via ? "через " + a.via : null,
      a.citing ? "з посиланням на " + a.citing : null].filter(Boolean).join("; ");
    var block = h("article", { class: "article" },
      h("h3", null, url ? h("a", { href: url, rel: "noopener noreferrer", target: "_blank" }, heading) : heading),
      h("p", { class: "meta" }, [a.outlet || "невідоме видання", a.published ? dayShort(a.published) : "дата невідома",
        attribution || null, "подія " + a.events.join(", ")].filter(Boolean).join(" · ")));
    if (a.text) {
      block.appendChild(markedText(a.text, "Текст статті: " + heading));
    } else {
      var more = h("button", { type: "button", class: "secondary" }, "Показати текст статті");
      more.addEventListener("click", function () {
        more.disabled = true;
        var q = new URLSearchParams();
        a.events.forEach(function (id) { q.append("event", id); });
        api("/api/articles/" + encodeURIComponent(a.article) + "?" + q.toString()).then(function (view) {
          var text = markedText(view.text, "Текст статті: " + heading);
          block.replaceChild(text, more);
          scrollMarks(block);
          text.focus();
        }, function (err) { more.disabled = false; fail(err); });
      });
      block.appendChild(more);
    }
    return block;
  }

  function markElement(m) {
    var el;
    if (m.kind === "evidence") {
      el = h("mark", { class: "evidence q-" + (m.quad || "none"), "data-event": m.event, title: "Речення-свідчення події " + m.event + " (" + typeInfo(m.type).label + ")" });
    } else if (m.kind === "trigger") {
      el = h("strong", { class: "trigger", title: "Слово-тригер події " + m.event });
    } else if (m.kind === "entity") {
      el = h("span", { class: "entity t-" + (m.type || "X"), title: (m.name || "") + " — " + ({ PER: "особа", ORG: "організація", LOC: "місце" }[m.type] || m.type || "") + (m.key ? " (" + m.key + ")" : "") });
    } else if (m.kind === "timex") {
      el = h("time", { class: "timex", title: "Дата: " + m.value + (m.mod ? " (" + m.mod + ")" : "") + (m.warning ? " — увага: " + m.warning : "") });
      if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(m.value || "")) el.setAttribute("datetime", m.value);
    } else if (m.kind === "quote") {
      el = h("span", { class: "quote", title: "Цитата (" + ({ direct: "пряма", indirect: "непряма", mixed: "змішана" }[m.quote_kind] || m.quote_kind || "") + ")" + (m.speaker ? ": " + m.speaker : "") });
    } else {
      el = h("span");
    }
    return el;
  }

  function markedText(data, label) {
    var box = h("div", { class: "text", tabindex: "0", role: "region", "aria-label": label });
    if (data.window && (data.window.start > 0 || data.window.end < data.window.length)) {
      box.appendChild(h("p", { class: "hint" }, "Показано частину тексту навколо події (символи " + data.window.start + "–" + data.window.end + " з " + data.window.length + ")."));
    }
    var frag = document.createDocumentFragment();
    data.segments.forEach(function (seg) {
      var node = document.createTextNode(seg.text);
      for (var i = seg.marks.length - 1; i >= 0; i--) {
        var wrap = markElement(data.marks[seg.marks[i]]);
        wrap.appendChild(node);
        node = wrap;
      }
      frag.appendChild(node);
    });
    box.appendChild(frag);
    return box;
  }

  function scrollMarks(scope) {
    // bring each text's first evidence sentence into view inside its own scrolling box
    requestAnimationFrame(function () {
      Array.prototype.forEach.call(scope.querySelectorAll(".text"), function (box) {
        var mark = box.querySelector("mark.evidence");
        if (!mark) return;
        var top = mark.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
        box.scrollTop = Math.max(0, top - box.clientHeight / 3);
      });
    });
  }

  // -- network --------------------------------------------------------------------------------

  function renderNetwork() {
    var signal = startRequest();
    var st = state;
    var q = filterParams(st);
    q.set("limit", st.limit);
    $("network-count").textContent = "Завантаження…";
    document.title = "Мережа акторів — Літопис";
    return Promise.all([api("/api/network?" + q.toString(), { signal: signal }), loadFacets().catch(function () { return null; })])
      .then(function (results) {
        if (st !== state) return;
        var data = results[0];
        var text = data.nodes.length + " з " + data.actors_total + " акторів, " + data.edges.length + " зв'язків";
        var described = describeFilters(st);
        $("network-count").textContent = text + (described ? " (" + described + ")" : "");
        drawNetwork(data);
        fillEdges(data);
        if (navigated) $("network-title").focus();
      })
      .catch(function (err) {
        if (st === state) { $("network-count").textContent = ""; fail(err); }
      });
  }

  function layout(nodes, edges, W, H) {
    // force-directed (Fruchterman–Reingold), deterministic start; then scaled to fit the box
    var n = nodes.length;
    var index = {};
    var pos = nodes.map(function (node, i) {
      index[node.id] = i;
      var angle = (2 * Math.PI * i) / Math.max(1, n);
      var ring = 0.15 + 0.3 * ((i * 7) % 11) / 10;
      return { x: W / 2 + W * ring * Math.cos(angle), y: H / 2 + H * ring * Math.sin(angle) };
    });
    var k = Math.sqrt((W * H) / Math.max(1, n)) * 0.6;
    var temperature = W / 10;
    var links = edges.map(function (e) { return [index[e.source], index[e.target], Math.log(1 + e.count)]; });
    for (var iter = 0; iter < 320; iter++) {
      var dx = new Float64Array(n), dy = new Float64Array(n);
      for (var i = 0; i < n; i++) {
        for (var j = i + 1; j < n; j++) {
          var vx = pos[i].x - pos[j].x, vy = pos[i].y - pos[j].y;
          var d = Math.max(1, Math.sqrt(vx * vx + vy * vy));
          if (d > 3 * k) continue; // far apart: no push, so loose groups stay near the rest
          var f = (k * k) / d;
          dx[i] += (vx / d) * f; dy[i] += (vy / d) * f;
          dx[j] -= (vx / d) * f; dy[j] -= (vy / d) * f;
        }
      }
      links.forEach(function (l) {
        var a = l[0], b = l[1];
        if (a === undefined || b === undefined || a === b) return;
        var vx = pos[a].x - pos[b].x, vy = pos[a].y - pos[b].y;
        var d = Math.max(1, Math.sqrt(vx * vx + vy * vy));
        var f = ((d * d) / k) * (0.5 + 0.3 * l[2]);
        dx[a] -= (vx / d) * f; dy[a] -= (vy / d) * f;
        dx[b] += (vx / d) * f; dy[b] += (vy / d) * f;
      });
      for (var m = 0; m < n; m++) {
        dx[m] += (W / 2 - pos[m].x) * 0.05;
        dy[m] += (H / 2 - pos[m].y) * 0.05 * (W / H);
        var len = Math.max(0.01, Math.sqrt(dx[m] * dx[m] + dy[m] * dy[m]));
        var step = Math.min(len, temperature);
        pos[m].x += (dx[m] / len) * step;
        pos[m].y += (dy[m] / len) * step;
      }
      temperature = Math.max(1, temperature * 0.97);
    }
    var xs = pos.map(function (p) { return p.x; }), ys = pos.map(function (p) { return p.y; });
    var x0 = Math.min.apply(null, xs), x1 = Math.max.apply(null, xs);
    var y0 = Math.min.apply(null, ys), y1 = Math.max.apply(null, ys);
    var left = 30, right = Math.min(170, W * 0.25), top = 30, bottom = 30;
    return pos.map(function (p) {
      return {
        x: left + (x1 > x0 ? ((p.x - x0) / (x1 - x0)) * (W - left - right) : (W - left - right) / 2),
        y: top + (y1 > y0 ? ((p.y - y0) / (y1 - y0)) * (H - top - bottom) : (H - top - bottom) / 2),
      };
    });
  }

  function drawNetwork(data) {
    var box = clear($("network"));
    var legend = clear($("type-legend"));
    if (!data.nodes.length) { box.appendChild(h("p", { class: "hint" }, "Немає акторів для цих фільтрів.")); return; }
    var W = chartWidth(box), H = Math.max(420, Math.round(W * 0.62));
    var pos = layout(data.nodes, data.edges, W, H);
    var at = {};
    var maxEvents = Math.max.apply(null, data.nodes.map(function (n) { return n.events; })) || 1;
    data.nodes.forEach(function (node, i) { at[node.id] = { p: pos[i], r: 6 + 14 * Math.sqrt(node.events / maxEvents), node: node }; });
    var maxCount = Math.max.apply(null, data.edges.map(function (e) { return e.count; }).concat([1]));
    var root = s("svg", { viewBox: "0 0 " + W + " " + H, role: "group", "aria-label": "Мережа акторів: " + data.nodes.length + " акторів" });
    var defs = s("defs");
    var used = {};
    data.edges.forEach(function (e) { used[e.type] = true; });
    Object.keys(used).forEach(function (type) {
      defs.appendChild(s("marker", { id: "arrow-" + type, viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 9, markerHeight: 9, markerUnits: "userSpaceOnUse", orient: "auto" },
        s("path", { d: "M0,0 L10,5 L0,10 z", fill: typeInfo(type).colour })));
      var info = typeInfo(type);
      var swatch = h("span", { class: "swatch", "aria-hidden": "true" });
      swatch.style.background = info.colour;
      legend.appendChild(h("li", null, swatch, info.label + " (" + type + ")"));
    });
    root.appendChild(defs);
    var edgeLayer = s("g", { "aria-hidden": "true" });
    data.edges.forEach(function (e) {
      var a = at[e.source], b = at[e.target];
      if (!a || !b) return;
      var x1 = a.p.x, y1 = a.p.y, x2 = b.p.x, y2 = b.p.y;
      var vx = x2 - x1, vy = y2 - y1, d = Math.max(1, Math.sqrt(vx * vx + vy * vy));
      var ux = vx / d, uy = vy / d;
      var sx = x1 + ux * (a.r + 2), sy = y1 + uy * (a.r + 2);
      var ex = x2 - ux * (b.r + 4), ey = y2 - uy * (b.r + 4);
      var bend = Math.min(60, d * 0.15);
      var cx = (sx + ex) / 2 - uy * bend, cy = (sy + ey) / 2 + ux * bend;
      var width = 1 + 5 * Math.sqrt(e.count / maxCount);
      var types = Object.keys(e.types).map(function (t) { return typeInfo(t).label + " " + e.types[t]; }).join(", ");
      var path = s("path", { class: "edge", d: "M" + sx + "," + sy + " Q" + cx + "," + cy + " " + ex + "," + ey, stroke: typeInfo(e.type).colour, "stroke-width": width, "marker-end": "url(#arrow-" + e.type + ")" },
        s("title", null, a.node.name + " → " + b.node.name + ": " + count(e.count, EVENTS) + " (" + types + ")"));
      edgeLayer.appendChild(path);
    });
    root.appendChild(edgeLayer);
    var nodes = [];
    data.nodes.forEach(function (node) {
      var it = at[node.id];
      var label = node.name + ": " + count(node.events, EVENTS) + ". Показати хронологію цього актора";
      var g = s("g", { class: "node", role: "button", "aria-label": label },
        s("title", null, node.name + " — " + count(node.events, EVENTS)),
        s("circle", { cx: it.p.x, cy: it.p.y, r: it.r, fill: "#50607a" }),
        s("text", { x: it.p.x + it.r + 3, y: it.p.y + 4 }, node.name.length > 26 ? node.name.slice(0, 25) + "…" : node.name));
      root.appendChild(g);
      nodes.push(g);
    });
    box.appendChild(root);
    roving(root, nodes, function (i) {
      navigate(withState({ view: "timeline", actor: [data.nodes[i].filter], pair: [], page: 1, upage: 1, event: null }));
    });
  }

  function fillEdges(data) {
    var body = clear($("edges").tBodies[0]);
    var byId = {};
    data.nodes.forEach(function (n) { byId[n.id] = n; });
    data.edges.slice(0, 60).forEach(function (e) {
      var a = byId[e.source], b = byId[e.target];
      if (!a || !b) return;
      var next = withState({ view: "timeline", pair: [a.filter, b.filter], actor: [], page: 1, upage: 1, event: null });
      var link = h("a", { href: pageQuery(next), title: "Показати ці події в хронології" }, a.name + " → " + b.name);
      link.addEventListener("click", function (ev) { linkClick(ev, next); });
      var types = Object.keys(e.types).map(function (t) {
        var info = typeInfo(t);
        var sw = h("span", { class: "swatch", "aria-hidden": "true" });
        sw.style.background = info.colour;
        return h("span", { class: "type-count" }, sw, " " + info.label + " " + e.types[t] + " ");
      });
      body.appendChild(h("tr", null, h("td", null, link), h("td", { class: "num" }, String(e.count)), h("td", null, types)));
    });
  }

  // -- analyze --------------------------------------------------------------------------------

  function byteLength(text) { return new TextEncoder().encode(text).length; }

  function runAnalyze(force) {
    var text = $("a-text").value;
    var published = $("a-date").value || null;
    var title = $("a-title").value.trim() || null;
    var key = JSON.stringify([text, published, title]);
    if (!force && key === lastAnalyzed) return;
    var status = $("analyze-status");
    if (!text.trim()) { status.textContent = "Вставте текст статті."; return; }
    var body = JSON.stringify({ text: text, published: published, title: title });
    if (byteLength(body) > 1000000) { status.textContent = "Текст завеликий: понад 1 МБ."; return; }
    if (analyzeController) analyzeController.abort();
    analyzeController = new AbortController();
    lastAnalyzed = key;
    status.textContent = "Аналізую…";
    var started = performance.now();
    api("/api/analyze", { method: "POST", headers: { "content-type": "application/json" }, body: body, signal: analyzeController.signal }, 1)
      .then(function (data) {
        var ms = Math.round(performance.now() - started);
        status.textContent = "Знайдено: " + count(data.events.length, EVENTS) + ", " + data.entities.length + " сутностей, " +
          data.timexes.length + " дат, " + data.quotes.length + " цитат (" + ms + " мс).";
        drawAnalysis(data);
      })
      .catch(function (err) {
        if (err && err.name === "AbortError") return;
        lastAnalyzed = null;
        status.textContent = explain(err) || "";
      });
  }

  function drawAnalysis(data) {
    var out = clear($("analyze-result"));
    var events = h("ol", { class: "entries", id: "analyze-events", "aria-label": "Знайдені події" });
    data.events.forEach(function (e) {
      var facts = h("dl", { class: "facts" });
      fact(facts, "Хто", names(e.source));
      fact(facts, "Щодо кого", names(e.target));
      fact(facts, "Де", e.location);
      fact(facts, "За даними", e.according_to);
      events.appendChild(h("li", null, h("div", { class: "entry q-" + (e.quad || "none"), "data-event": e.id },
        h("div", { class: "head" }, h("span", { class: "date" }, fmtDate(e.date)), h("span", { class: "badge", title: quadLabel(e.quad) }, e.type_label),
          e.modality !== "asserted" ? h("span", { class: "modality" }, e.modality_label) : null, h("span", null, e.id)),
        h("p", { class: "summary" }, e.summary), h("p", { class: "evidence" }, "«" + e.evidence + "»"), facts)));
    });
    var groups = { PER: "Особи", ORG: "Організації", LOC: "Місця" };
    var entities = h("div");
    Object.keys(groups).forEach(function (type) {
      var list = data.entities.filter(function (e) { return e.type === type; });
      if (!list.length) return;
      entities.appendChild(h("h4", null, groups[type] + " (" + list.length + ")"));
      entities.appendChild(h("ul", { class: "chips" }, list.map(function (e) {
        return h("li", { title: e.key || "" }, e.name + (e.mentions > 1 ? " ×" + e.mentions : ""));
      })));
    });
    var dates = h("ul", { class: "chips" }, data.timexes.map(function (t) {
      return h("li", { title: t.type + (t.warning ? " — " + t.warning : "") }, t.text + " → " + t.value);
    }));
    var quotes = h("ul", null, data.quotes.map(function (q) {
      return h("li", null, (q.speaker ? q.speaker + ": " : "") + "«" + q.text + "»");
    }));
    var textPart = h("div", null, h("h3", null, "Текст"));
    textPart.appendChild(marksLegend(textPart));
    textPart.appendChild(markedText(data.text, "Текст із позначками"));
    out.appendChild(h("div", { class: "result-grid" }, textPart,
      h("div", null, h("h3", null, "Події (" + data.events.length + ")"),
        data.events.length ? events : h("p", { class: "hint" }, "Подій не знайдено."),
        h("h3", null, "Сутності"), entities,
        h("h3", null, "Дати (" + data.timexes.length + ")"), dates,
        h("h3", null, "Цитати (" + data.quotes.length + ")"), quotes)));
  }

  // ------------------------------------------------------------------------------------------
  // Wiring

  function init() {
    $("filters").addEventListener("submit", function (ev) { ev.preventDefault(); navigate(formState()); });
    ["f-type", "f-outlet"].forEach(function (id) {
      $(id).addEventListener("change", function () { navigate(formState()); });
    });
    $("f-order").addEventListener("change", function () { navigate(withState({ order: $("f-order").value, page: 1 })); });
    $("f-limit").addEventListener("change", function () { navigate(withState({ limit: $("f-limit").value })); });
    $("reset").addEventListener("click", function () {
      navigate(emptyState(state.view === "network" ? "network" : "timeline", state.limit));
    });
    Array.prototype.forEach.call(document.querySelectorAll(".views a"), function (a) {
      a.addEventListener("click", function (ev) {
        linkClick(ev, withState({ view: a.getAttribute("data-view"), event: null, page: 1, upage: 1 }));
      });
    });
    $("home").addEventListener("click", function (ev) { linkClick(ev, emptyState()); });
    $("analyze-form").addEventListener("submit", function (ev) { ev.preventDefault(); runAnalyze(true); });
    $("a-text").addEventListener("input", function () {
      clearTimeout(analyzeTimer);
      analyzeTimer = setTimeout(function () {
        if ($("a-text").value.trim().length >= 40) runAnalyze(false);
      }, 900);
    });
    $("a-date").addEventListener("change", function () { if ($("a-text").value.trim()) runAnalyze(false); });
    document.addEventListener("keydown", function (ev) {
      if (ev.key === "Escape" && state.event) {
        ev.preventDefault();
        lastEventFrom = state.event;
        navigate(withState({ event: null }));
      }
    });
    window.addEventListener("popstate", function () {
      var previous = state.event;
      state = readState();
      navigated = true;
      if (previous && !state.event) lastEventFrom = previous;
      render();
    });
    history.replaceState(null, "", pageQuery(state));
    render();
  }
  function emptyState(view, limit) {
    return { view: view || "timeline", event: null, actor: [], pair: [], type: "", from: "", to: "", outlet: "",
      q: "", page: 1, upage: 1, order: "desc", limit: limit || "40" };
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
