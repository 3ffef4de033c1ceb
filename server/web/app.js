// aigov web page: plain JavaScript over the JSON API (/v1). No build step, no
// dependencies, nothing fetched from elsewhere. Text from the API is inserted with
// textContent (never as HTML); the SVG drawings of the server (map, gaps, timeline) are
// inserted as SVG after their scripts and event attributes are stripped.
"use strict";

const $ = (sel, root = document) => root.querySelector(sel);
const $$ = (sel, root = document) => [...root.querySelectorAll(sel)];
const el = (tag, attrs = {}, ...kids) => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === "class") e.className = v;
    else if (k === "text") e.textContent = v;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? "" : v);
  }
  for (const k of kids.flat()) if (k != null && k !== false) e.append(k);
  return e;
};
const plural = (n, one, many) => `${n} ${n === 1 ? one : many || one + "s"}`;
const words = s => String(s || "").replace(/_/g, " ");
// Profile field paths in a sentence, in words: "system.provider.established_in" -> "provider established in".
const fieldWords = s => String(s || "").replace(/\bsystem\.([a-z0-9_.]+)/g, (_, path) => words(path.split(".").join(" ")));

// ---- API ---------------------------------------------------------------------------------
const session = {
  get token() { return sessionStorage.getItem("aigov.token"); },
  set token(t) { if (t) sessionStorage.setItem("aigov.token", t); else sessionStorage.removeItem("aigov.token"); },
  who: null,
};
let today = new Date().toISOString().slice(0, 10);
let routes = new Set();

class ApiError extends Error { constructor(msg, status, body) { super(msg); this.status = status; this.body = body; } }

async function api(method, path, body, opts = {}) {
  const o = { method, headers: {} };
  if (body !== undefined) { o.body = typeof body === "string" ? body : JSON.stringify(body); o.headers["Content-Type"] = "application/json"; }
  if (session.token && opts.auth !== false) o.headers.Authorization = "Bearer " + session.token;
  const r = await fetch(path, o);
  const text = await r.text();
  let json = null;
  try { json = JSON.parse(text); } catch (e) { /* not JSON */ }
  if (!r.ok) {
    const err = json && json.error ? json.error : { message: text };
    const where = (err.diagnostics || []).map(d =>
      `${d.json_path || d.file || ""}${d.line ? ":" + d.line + ":" + d.column : ""}: ${d.message}`);
    throw new ApiError(where.length ? where.join("\n") : err.message, r.status, err);
  }
  return opts.text ? text : (json !== null ? json : text);
}

// An SVG drawn by the server, as live DOM (so its <title> tooltips work), without scripts.
function inlineSvg(text) {
  const doc = new DOMParser().parseFromString(text, "image/svg+xml");
  const svg = doc.documentElement;
  if (!svg || svg.nodeName !== "svg") throw new Error("the server did not answer an SVG");
  for (const s of svg.querySelectorAll("script, foreignObject")) s.remove();
  for (const n of svg.querySelectorAll("*"))
    for (const a of [...n.attributes]) if (/^on/i.test(a.name) || (/href$/i.test(a.name) && /^\s*javascript:/i.test(a.value))) n.removeAttribute(a.name);
  return document.importNode(svg, true);
}

function download(name, type, text) {
  const a = el("a", { href: URL.createObjectURL(new Blob([text], { type })), download: name });
  document.body.append(a); a.click(); a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 5000);
}

// Conditional children are written `cond ? node : null`: the DOM would print "null".
for (const name of ["replaceChildren", "append", "prepend"]) {
  const orig = Element.prototype[name];
  Element.prototype[name] = function (...kids) { return orig.apply(this, kids.filter(k => k != null && k !== false)); };
}

function errorBox(e) { return el("div", { class: "error", role: "alert", text: e.message || String(e) }); }
function toast(msg, kind) {
  for (const old of $$(".toast")) old.remove();
  const t = el("div", { class: "toast " + (kind || ""), role: "status", text: msg });
  document.body.append(t); setTimeout(() => t.remove(), 3500);
}

// ---- Routing: every view has its own URL (#/view/arg?query) -------------------------------
function parseHash() {
  const h = location.hash.replace(/^#\/?/, "");
  const [path, query] = h.split(/\?(.*)/s);
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  return { view: parts[0] || "check", arg: parts.slice(1).join("/"), q: new URLSearchParams(query || "") };
}
const views = {};
async function route() {
  const { view, arg, q } = parseHash();
  const tab = { system: "registry", instrument: "instruments" }[view] || view;
  for (const a of $$("#tabs a")) a.classList.toggle("active", a.dataset.tab === tab);
  const fn = views[view] || views.check;
  const main = $("#view");
  if (main.dataset.view === view && fn.keep && fn.keep(arg, q)) return; // the view updates itself
  main.dataset.view = view;
  main.replaceChildren(el("p", { class: "hint", text: "loading…" }));
  try { await fn(main, arg, q); } catch (e) { main.replaceChildren(errorBox(e)); }
}
window.addEventListener("hashchange", route);

// ---- Sign in ----------------------------------------------------------------------------
async function refreshWho() {
  session.who = null;
  if (session.token) {
    try { session.who = await api("GET", "/v1/whoami"); } catch (e) { session.token = null; }
  }
  const w = session.who;
  $("#who-name").textContent = w ? `${w.actor}${w.role === "operator" && w.actor !== "operator" ? " (operator)" : ""}` : "";
  $("#signin-btn").hidden = !!w;
  $("#signout-btn").hidden = !w;
  $("#tab-admin").hidden = !(w && w.role === "operator");
}
$("#signin-btn").addEventListener("click", () => { $("#signin-error").hidden = true; $("#signin-token").value = ""; $("#signin").showModal(); });
$("#signin-cancel").addEventListener("click", () => $("#signin").close());
$("#signin-form").addEventListener("submit", async ev => {
  ev.preventDefault();
  await signIn($("#signin-token").value.trim());
});
async function signIn(tok) {
  session.token = tok;
  await refreshWho();
  if (!session.who) { $("#signin-error").hidden = false; $("#signin-error").textContent = "This token is not accepted (unknown, revoked or expired)."; return false; }
  if ($("#signin").open) $("#signin").close();
  toast(`Signed in as ${session.who.actor}`);
  const main = $("#view"); main.dataset.view = ""; route();
  return true;
}
$("#signout-btn").addEventListener("click", async () => { session.token = null; await refreshWho(); $("#view").dataset.view = ""; route(); });

// ---- Check: the interview ------------------------------------------------------------------
const chk = { profile: null, result: null, skipped: new Set(), filing: null, examples: null, seq: 0, timeline: null };

const BLANK = () => ({ id: "new-system", name: "New AI system" });
const getPath = (o, path) => path.split(".").reduce((x, k) => (x == null ? undefined : x[k]), o);
function setPath(o, path, v) {
  const ks = path.split("."), last = ks.pop();
  let x = o;
  for (const k of ks) { if (typeof x[k] !== "object" || x[k] === null) x[k] = {}; x = x[k]; }
  if (v === undefined) delete x[last]; else x[last] = v;
  // Drop objects emptied by an unset.
  if (v === undefined) for (let i = ks.length; i > 0; i--) {
    const parent = getPath(o, ks.slice(0, i - 1).join(".")) || o, key = ks[i - 1];
    const obj = i === 1 ? o[key] : parent[key];
    if (obj && typeof obj === "object" && !Array.isArray(obj) && !Object.keys(obj).length) { if (i === 1) delete o[key]; else delete parent[key]; }
  }
}

function shareUrl() { return `${location.origin}${location.pathname}#/check?profile=${encodeURIComponent(JSON.stringify(chk.profile))}`; }
function saveToUrl() {
  const u = shareUrl() + (chk.filing ? `&system=${encodeURIComponent(chk.filing)}` : "");
  history.replaceState(null, "", u);
}

// The questions of a check: the library's list (issue 13: `questions`), or, from an older
// server, one per deciding field of the unknown provisions, triggers and exemptions.
function questionsOf(r) {
  if (Array.isArray(r.questions)) return r.questions.map(q => ({ ...q, field: q.field || String(q.id).replace(/^system\./, "") }));
  const by = new Map();
  const add = (f, prov, binding, wide) => {
    const field = f.replace(/^system\./, "");
    if (!by.has(field)) by.set(field, { id: f, field, type: null, choices: [], decides: 0, decides_binding: 0, binding: false, instrument_wide: false, provisions: [] });
    const q = by.get(field);
    if (prov && !q.provisions.includes(prov)) { q.provisions.push(prov); q.decides++; if (binding) q.decides_binding++; }
    q.binding = q.binding || binding; q.instrument_wide = q.instrument_wide || wide;
  };
  for (const inst of r.instruments || []) {
    const b = inst.binding === "binding";
    for (const t of [...(inst.triggers || []), ...(inst.exemptions || [])])
      if (t.value === "unknown") for (const f of t.deciding_fields || []) add(f, null, b, true);
    for (const p of inst.provisions || [])
      if (p.status === "unknown") for (const f of p.deciding_fields || []) add(f, p.id, b, false);
  }
  // A trigger left open while the instrument reaches the system otherwise decides nothing.
  return [...by.values()].filter(q => q.decides > 0).sort((a, b) => (b.binding - a.binding) || (b.instrument_wide - a.instrument_wide) ||
    (b.decides_binding - a.decides_binding) || (b.decides - a.decides) || a.field.localeCompare(b.field))
    .map((q, i) => ({ ...q, number: "Q" + (i + 1) }));
}

// The action list: what the check says to do, in the order of issue 13.
function actionsOf(r) {
  const a = { banned: [], now: new Map(), later: [], undecided: new Map(), voluntary: [], nowCount: 0, undecidedCount: 0, laterIf: 0 };
  for (const inst of r.instruments || []) {
    const binding = inst.binding === "binding";
    if (!binding) {
      const n = { applies: 0, applies_from: 0, unknown: 0 };
      for (const p of inst.provisions || []) if (p.status in n) n[p.status]++;
      if (n.applies + n.applies_from + n.unknown) a.voluntary.push({ inst, ...n });
      continue;
    }
    for (const p of inst.provisions || []) {
      if (p.kind === "permission" || p.kind === "recommendation") continue; // no duty (aigov_result_headline)
      if (p.kind === "prohibited_practice" && (p.status === "applies" || p.status === "applies_from")) a.banned.push({ inst, p });
      else if (p.status === "applies") {
        if (!a.now.has(inst.id)) a.now.set(inst.id, { inst, items: [] });
        a.now.get(inst.id).items.push(p); a.nowCount++;
      } else if (p.status === "applies_from") {
        // Later only if the questions are answered so: counted with what they decide.
        const cond = (p.questions || []).length > 0;
        a.later.push({ inst, p, cond });
        if (cond) a.laterIf++;
      }
      else if (p.status === "unknown") {
        if (!a.undecided.has(inst.id)) a.undecided.set(inst.id, { inst, items: [] });
        a.undecided.get(inst.id).items.push(p); a.undecidedCount++;
      }
    }
  }
  a.later.sort((x, y) => String(x.p.date).localeCompare(String(y.p.date)));
  a.voluntary.sort((x, y) => (y.applies - x.applies) || x.inst.id.localeCompare(y.inst.id));
  return a;
}

async function runCheck() {
  const seq = ++chk.seq;
  const status = $("#check-status");
  if (status) status.textContent = "deciding…";
  try {
    // Without a date of its own, the profile is checked on the service's today (as the registry's compliance).
    const r = await api("POST", "/v1/check" + (chk.profile.date ? "" : `?date=${today}`), chk.profile, { auth: false });
    if (seq !== chk.seq) return;
    chk.result = r;
    renderInterview();
    renderResult();
    $("#result").dataset.seq = String(seq);
    if (status) status.textContent = "";
    loadTimeline(seq);
  } catch (e) {
    if (seq !== chk.seq) return;
    chk.result = null;
    $("#result").replaceChildren(el("h2", { text: "The profile has errors" }), errorBox(e));
    if (status) status.textContent = "error";
    $("#check-pane").dataset.state = "error";
    throw e;
  }
}

async function loadTimeline(seq) {
  const box = $("#timeline");
  if (!box) return;
  if (!routes.has("/v1/timeline")) { box.hidden = true; return; }
  box.hidden = false;
  try {
    const [svg, tl] = await Promise.all([api("POST", "/v1/timeline?format=svg", chk.profile, { text: true, auth: false }),
                                         api("POST", "/v1/timeline", chk.profile, { auth: false })]);
    if (seq !== chk.seq) return;
    const events = (tl.events || []).filter(e => e.binding === "binding");
    // Instruments by name, in the rows and in the reasons (the corpus's list, cached).
    const names = new Map((await instruments().catch(() => [])).map(i => [i.id, i.short_title || i.title || i.id]));
    const named = t => String(t || "").replace(/\b[a-z0-9]+(?:-[a-z0-9]+)+\b/g, id => names.get(id) || id);
    const bars = (tl.bars || []).length;
    // The drawing scales to its box (its viewBox kept): the last deadlines stay in sight.
    const drawing = inlineSvg(svg);
    drawing.removeAttribute("height");
    drawing.setAttribute("width", "100%");
    box.replaceChildren(el("details", { open: bars <= 25 }, el("summary", { class: "h3", text: `Timeline: ${plural(bars, "span")} of binding obligations over time` }),
      el("div", { class: "svgwide tall fit" }, drawing)),
      el("details", {}, el("summary", { text: `${plural(events.length, "change")} of binding obligations` }),
        el("table", { class: "grid" }, el("thead", {}, el("tr", {}, ...["Date", "Change", "Provision", "Reason"].map(h => el("th", { text: h })))),
          el("tbody", {}, ...events.map(e => el("tr", {}, el("td", { class: "nowrap", text: e.date }), el("td", { text: words(e.change) }),
            el("td", { text: `${names.get(e.instrument) || e.instrument} ${e.article}` }), el("td", { class: "muted", text: named(e.reason).replace(/;?\s*[a-z ]+ → [a-z ]+/g, "") /* the change column says it */ })))))),
      el("div", { class: "row" }, el("button", { type: "button", class: "small", id: "timeline-ics", text: "Add the coming deadlines to a calendar (.ics)", onclick: async () => {
        try {
          const ics = await api("POST", "/v1/timeline?format=ics", chk.profile, { text: true, auth: false });
          download(`${chk.profile.id || "system"}-deadlines.ics`, "text/calendar", ics);
        } catch (err) { toast(err.message, "bad"); }
      } })));
  } catch (e) { box.replaceChildren(el("h3", { text: "Timeline" }), errorBox(e)); }
}

// One question, as a control of its type. answer(value) sets it (undefined: don't know).
function questionControl(q, answer) {
  const cur = getPath(chk.profile, q.field);
  const dk = el("button", { type: "button", class: "ghost small", text: "Don't know", onclick: () => answer(undefined, true) });
  const save = (get) => el("button", { type: "button", class: "primary small", text: "Answer", onclick: () => { const v = get(); if (v !== null) answer(v); } });
  const choices = q.choices || [];
  switch (q.type) {
    case "bool":
      return el("div", { class: "ctl", "data-kind": "bool" },
        el("button", { type: "button", class: "choice", "data-value": "true", text: "Yes", onclick: () => answer(true) }),
        el("button", { type: "button", class: "choice", "data-value": "false", text: "No", onclick: () => answer(false) }), dk);
    case "term": {
      const sel = el("select", { "aria-label": q.text || q.field }, el("option", { value: "", text: "— choose —" }),
        ...choices.map(c => el("option", { value: c.value, text: c.label ? `${c.label}` : c.value, selected: cur === c.value })));
      sel.addEventListener("change", () => { if (sel.value) answer(sel.value); });
      return el("div", { class: "ctl", "data-kind": "term" }, sel, dk);
    }
    case "terms": {
      const have = new Set(Array.isArray(cur) ? cur : []);
      const filter = choices.length > 8 ? el("input", { type: "search", class: "small", placeholder: "filter the choices" }) : null;
      const boxes = choices.map(c => el("label", { class: "check", title: c.value },
        el("input", { type: "checkbox", value: c.value, checked: have.has(c.value) }), el("span", { text: c.label || c.value })));
      const wrap = el("div", { class: "choices" }, ...boxes);
      if (filter) filter.addEventListener("input", () => { const f = filter.value.toLowerCase(); for (const b of boxes) b.hidden = f && !b.textContent.toLowerCase().includes(f) && !b.title.includes(f); });
      return el("div", { class: "ctl", "data-kind": "terms" }, filter, wrap,
        el("div", { class: "row" }, save(() => $$("input:checked", wrap).map(i => i.value)),
          el("button", { type: "button", class: "ghost small", text: "None of these", onclick: () => answer([]) }), dk));
    }
    case "regions": {
      const inp = el("input", { type: "text", placeholder: "region codes, e.g. EU, US-CA, DE", value: Array.isArray(cur) ? cur.join(", ") : "" });
      const get = () => inp.value.split(/[,\s]+/).map(s => s.trim()).filter(Boolean);
      inp.addEventListener("keydown", ev => { if (ev.key === "Enter") answer(get()); });
      return el("div", { class: "ctl", "data-kind": "regions" }, inp, el("div", { class: "row" }, save(get),
        el("button", { type: "button", class: "ghost small", text: "Nowhere", onclick: () => answer([]) }), dk));
    }
    case "date": {
      const inp = el("input", { type: "date", value: cur || "" });
      return el("div", { class: "ctl", "data-kind": "date" }, inp, el("div", { class: "row" }, save(() => inp.value || null), dk));
    }
    case "number": {
      const inp = el("input", { type: "text", inputmode: "decimal", placeholder: "a number, e.g. 3e25", value: cur ?? "" });
      const err = el("span", { class: "hint" });
      const get = () => {
        const v = Number(inp.value.trim());
        if (inp.value.trim() === "" || !Number.isFinite(v)) { err.textContent = "a number, please"; return null; }
        if (q.min != null && v < q.min) { err.textContent = `at least ${q.min}`; return null; }
        if (q.max != null && v > q.max) { err.textContent = `at most ${q.max}`; return null; }
        return v;
      };
      inp.addEventListener("keydown", ev => { if (ev.key === "Enter") { const v = get(); if (v !== null) answer(v); } });
      return el("div", { class: "ctl", "data-kind": "number" }, inp, el("div", { class: "row" }, save(get), dk, err));
    }
    case "string": {
      const inp = el("input", { type: "text", value: cur || "" });
      return el("div", { class: "ctl", "data-kind": "string" }, inp, el("div", { class: "row" }, save(() => inp.value.trim() || null), dk));
    }
    default: {
      // No type from this server: yes / no, or a value (a list when the field takes one).
      const inp = el("input", { type: "text", placeholder: "a value, or a comma-separated list" });
      const get = () => {
        const s = inp.value.trim();
        if (!s) return null;
        if (/^-?\d+(\.\d+)?(e\d+)?$/i.test(s)) return Number(s);
        return s.includes(",") ? s.split(",").map(x => x.trim()).filter(Boolean) : s;
      };
      inp.addEventListener("keydown", ev => { if (ev.key === "Enter") { const v = get(); if (v !== null) answer(v); } });
      return el("div", { class: "ctl", "data-kind": "any" },
        el("button", { type: "button", class: "choice", "data-value": "true", text: "Yes", onclick: () => answer(true) }),
        el("button", { type: "button", class: "choice", "data-value": "false", text: "No", onclick: () => answer(false) }),
        inp, el("div", { class: "row" }, save(get), dk));
    }
  }
}

async function answerQuestion(q, v, dontKnow) {
  const before = JSON.stringify(chk.profile);
  if (dontKnow) { chk.skipped.add(q.field); renderInterview(); return; }
  chk.skipped.delete(q.field);
  setPath(chk.profile, q.field, v);
  saveToUrl();
  try { await runCheck(); } catch (e) {
    // A server without question types: a single value where the field takes a list.
    if (!q.type && !Array.isArray(v) && /list/.test(e.message)) {
      chk.profile = JSON.parse(before); setPath(chk.profile, q.field, [v]); saveToUrl();
      try { await runCheck(); return; } catch (e2) { /* shown below */ }
    }
    chk.profile = JSON.parse(before); saveToUrl();
    await runCheck().catch(() => {});
    toast(`${q.field}: ${e.message}`, "bad");
  }
}

function questionCard(q, open) {
  const card = el("div", { class: "qcard" + (q.binding ? " binding" : ""), "data-field": q.field });
  card.append(el("div", { class: "qhead" }, el("span", { class: "qnum", text: q.number || "" }),
    el("b", { text: q.text || `What is ${q.field.replace(/[._]/g, " ")}?` })));
  card.append(el("div", { class: "hint" },
    el("code", { text: q.field }), ` · decides ${plural(q.decides || (q.provisions || []).length, "provision")}`,
    q.decides_binding ? `, ${q.decides_binding} binding` : "", q.instrument_wide ? " · whether an instrument reaches the system" : "",
    q.defined_in ? ` · defined in ${q.defined_in}` : ""));
  if (q.current) card.append(el("div", { class: "notice qcurrent", text: `The profile says ${q.current}; what this decides turns on a part of it: name the part (a state, a province, e.g. US-CA).` }));
  if (open) card.append(questionControl(q, (v, dk) => answerQuestion(q, v, dk)));
  else card.append(el("button", { type: "button", class: "ghost small", text: "Answer this", onclick: () => { card.replaceWith(questionCard(q, true)); } }));
  return card;
}

// Fields the profile states, for review and removal.
function answeredFields(p, prefix = "") {
  const out = [];
  for (const [k, v] of Object.entries(p)) {
    const path = prefix + k;
    if (!prefix && (k === "id" || k === "name" || k === "date")) continue; // they have their own inputs
    if (v && typeof v === "object" && !Array.isArray(v)) out.push(...answeredFields(v, path + "."));
    else out.push([path, v]);
  }
  return out;
}

function renderInterview() {
  const box = $("#interview");
  if (!box || !chk.result) return;
  const qs = questionsOf(chk.result);
  const open = qs.filter(q => !chk.skipped.has(q.field)), skipped = qs.filter(q => chk.skipped.has(q.field));
  // The figures come from the check's headline: the CLI's summary line says the same.
  const h = chk.result.headline, ub = h.undecided;
  box.replaceChildren(
    // On a narrow screen the result is below: its counts stay in sight while answering.
    el("a", { class: "mini", href: "#result", onclick: ev => { ev.preventDefault(); $("#result").scrollIntoView({ behavior: "smooth" }); } },
      h.banned ? el("b", { class: "bad", text: `${h.banned} banned · ` }) : null,
      `${h.obligations_now} binding now · ${h.obligations_later} later · ${h.undecided} undecided — see the result ↓`),
    el("h2", {}, "Questions ", el("span", { class: "count", "data-count": "questions", text: String(qs.length) })),
    el("p", { class: "hint", text: qs.length
      ? `The most deciding first. ${plural(ub, "binding duty", "binding duties")} still depend on an answer.`
      : "Nothing the profile could still say would change a status: the answer is complete." }),
    ...open.slice(0, 3).map(q => questionCard(q, true)),
    open.length > 3 ? el("details", { class: "more" }, el("summary", { text: `${open.length - 3} more questions` }),
      ...open.slice(3).map(q => questionCard(q, false))) : null,
    skipped.length ? el("details", { class: "more" }, el("summary", { text: `${skipped.length} you did not know` }),
      ...skipped.map(q => questionCard(q, false))) : null);
  const facts = answeredFields(chk.profile);
  $("#answers").replaceChildren(el("details", { open: facts.length <= 8 }, el("summary", { class: "h3", text: `Your answers (${facts.length})` }),
    facts.length ? el("ul", { class: "facts" }, ...facts.map(([k, v]) => el("li", {},
      el("code", { text: k }), el("span", { text: " " + (Array.isArray(v) ? (v.length ? v.join(", ") : "none") : v === true ? "yes" : v === false ? "no" : String(v)) }),
      el("button", { type: "button", class: "ghost small", title: "forget this answer", text: "×", "aria-label": "forget " + k,
        onclick: () => { setPath(chk.profile, k, undefined); saveToUrl(); runCheck().catch(() => {}); } }))))
      : el("p", { class: "hint", text: "None yet." })));
}

function renderResult() {
  const r = chk.result, out = $("#result");
  const a = actionsOf(r), s = r.summary, h = r.headline;
  $("#check-pane").dataset.state = "done";
  // Every figure is the check's headline (aigov_result_headline), as in the CLI's summary.
  const sentence = [
    h.banned ? `${plural(h.banned, "banned practice")} ${h.banned === 1 ? "applies" : "apply"}` : null,
    `${plural(h.obligations_now, "binding obligation")} ${h.obligations_now === 1 ? "applies" : "apply"} now`,
    h.obligations_later ? (h.later_from === h.later_to ? `${h.obligations_later} from ${h.later_from}`
                                                       : `${h.obligations_later} later (from ${h.later_from} to ${h.later_to})`) : null,
    h.questions ? `${plural(h.questions, "question")} ${h.questions === 1 ? "decides" : "decide"} ${h.undecided} more${h.obligations_later_if ? ` (${h.obligations_later_if} of them would apply later)` : ""}` : null,
    `${plural(h.voluntary, "voluntary recommendation")}`].filter(Boolean).join(", ");
  const chip = (cls, key, n, label) => el("span", { class: "stat " + cls, "data-count": key }, el("b", { text: String(n) }), el("span", { text: label }));
  out.replaceChildren(
    el("div", { class: "result-head" }, el("h2", { text: r.profile.name || r.profile.id }), el("span", { class: "hint", text: `on ${r.profile.date}` })),
    el("p", { class: "lead", id: "sentence", text: sentence + "." }),
    el("div", { class: "stats" },
      chip(h.banned ? "bad" : "ok", "banned", h.banned, "banned"),
      chip("now", "binding_now", h.obligations_now, "binding now"),
      chip("later", "binding_later", h.obligations_later, "binding later"),
      chip("undecided", "undecided", h.undecided, "undecided"),
      chip("vol", "voluntary", h.voluntary, "voluntary"),
      chip("", "instruments", s.instruments, "instruments reach it")));
  if (a.banned.length)
    out.append(el("section", { class: "act banned" }, el("h3", { text: "Banned practices" }),
      el("p", { class: "hint", text: "The system as described may not be placed on the market or used where these apply." }),
      ...a.banned.map(({ inst, p }) => provRow(inst, p, p.status === "applies_from" ? `from ${p.date}` : "banned"))));
  out.append(el("section", { class: "act now" }, el("h3", { text: `Binding obligations that apply now (${a.nowCount})` }),
    a.now.size ? null : el("p", { class: "hint", text: "None on this date." }),
    ...[...a.now.values()].map(({ inst, items }) => el("div", { class: "inst-group" },
      el("h4", {}, el("a", { href: `#/instrument/${inst.id}`, text: inst.short_title || inst.id }), el("span", { class: "hint", text: ` · ${inst.jurisdiction} · ${plural(items.length, "obligation")}` })),
      ...items.map(p => provRow(inst, p, p.kind === "prohibition" ? "must not" : "must"))))));
  // Later for certain here; what would apply later only if the questions are answered so
  // goes with the rest the questions decide, below them, not before the answer.
  const certain = a.later.filter(x => !x.cond), ifSo = a.later.filter(x => x.cond);
  if (certain.length)
    out.append(el("section", { class: "act later" }, el("h3", { text: `Binding obligations that apply later (${certain.length})` }),
      ...certain.map(({ inst, p }) => provRow(inst, p, p.date))));
  if (a.undecided.size || ifSo.length)
    out.append(el("section", { class: "act undecided" }, el("details", {},
      el("summary", { text: `Undecided: ${plural(a.undecidedCount + ifSo.length, "binding duty", "binding duties")} depend on the questions` }),
      ifSo.length ? el("div", { class: "inst-group", "data-group": "if-answered-so" }, el("h4", { text: `Would apply later if the questions are answered so (${ifSo.length})` }),
        ...ifSo.map(({ inst, p }) => provRow(inst, p, `${p.date}, if answered so`))) : null,
      ...[...a.undecided.values()].map(({ inst, items }) => el("div", { class: "inst-group" },
        el("h4", {}, el("a", { href: `#/instrument/${inst.id}`, text: inst.short_title || inst.id }), el("span", { class: "hint", text: ` · ${inst.reach === "unknown" ? "may reach the system" : "reaches the system"}` })),
        ...items.map(p => provRow(inst, p, "undecided", true)))))));
  out.append(el("section", { class: "act vol" }, el("details", {},
    el("summary", { text: `Voluntary and contractual instruments (${a.voluntary.length})` }),
    a.voluntary.length ? el("table", { class: "grid" }, el("thead", {}, el("tr", {}, ...["Instrument", "Modality", "Apply", "Later", "Undecided"].map(h => el("th", { text: h })))),
      el("tbody", {}, ...a.voluntary.map(v => el("tr", {}, el("td", {}, el("a", { href: `#/instrument/${v.inst.id}`, text: v.inst.short_title || v.inst.id })),
        el("td", { text: words(v.inst.modality) }), el("td", { text: String(v.applies) }), el("td", { text: String(v.applies_from) }), el("td", { text: String(v.unknown) })))))
      : el("p", { class: "hint", text: "None." }))));
  if (r.conflicts && r.conflicts.length)
    out.append(el("section", { class: "act" }, el("h3", { text: "Conflicts" }),
      ...r.conflicts.map(k => el("div", { class: "prov", text: `${k.prohibition} forbids what ${k.obligation} requires (${k.actions.join(", ")})${k.certain ? "" : " — possible"}` }))));
  out.append(el("section", { id: "timeline", class: "act", hidden: true }));
}

function provRow(inst, p, label, showQ) {
  const why = el("details", { class: "why" }, el("summary", { text: "why" }),
    ...(p.reasons || []).map(x => el("div", { text: "• " + x })),
    p.provenance && p.provenance.citation ? el("div", {}, "Source: ", linkify(p.provenance.citation)) : null);
  return el("div", { class: "prov", "data-status": p.status, "data-id": p.id },
    el("span", { class: `tag ${p.status}`, text: label }),
    el("div", { class: "prov-body" },
      el("div", {}, el("b", { class: "art", text: p.article }), " ", el("span", { text: p.summary })),
      p.due && p.due > ((chk.result && chk.result.profile.date) || "") && (p.status === "applies" || p.status === "applies_from")
        ? el("div", { class: "hint due", text: `${p.status === "applies" ? "applies now" : "applies then"}, due by ${p.due}` }) : null,
      showQ && p.deciding_fields && p.deciding_fields.length ? el("div", { class: "hint", text: "depends on " + ((p.questions && p.questions.length) ? p.questions.join(", ") + " (" : "") + p.deciding_fields.map(f => f.replace(/^system\./, "")).join(", ") + ((p.questions && p.questions.length) ? ")" : "") }) : null,
      why));
}

function linkify(s) {
  const m = /https?:\/\/[^\s,;)]+/.exec(String(s));
  if (!m) return el("span", { text: s });
  return el("span", {}, s.slice(0, m.index), el("a", { href: m[0], rel: "noopener noreferrer", target: "_blank", text: m[0] }), s.slice(m.index + m[0].length));
}

async function startWith(profile, filing) {
  chk.profile = profile; chk.skipped = new Set(); chk.filing = filing || null;
  saveToUrl();
  renderCheckShell();
  await runCheck().catch(() => {});
}

function renderCheckShell() {
  const main = $("#view");
  const exSel = el("select", { id: "example-select", "aria-label": "example profile" }, el("option", { value: "", text: "Start from an example…" }),
    ...(chk.examples || []).map(x => el("option", { value: x.name, text: x.title || x.name })));
  exSel.addEventListener("change", async () => {
    if (!exSel.value) return;
    const text = await api("GET", `/v1/examples/${encodeURIComponent(exSel.value)}`, undefined, { text: true });
    await startWith(JSON.parse(text));
  });
  const name = el("input", { id: "sys-name", value: chk.profile.name || "", "aria-label": "system name" });
  const sid = el("input", { id: "sys-id", value: chk.profile.id || "", "aria-label": "system id", pattern: "[a-z0-9][a-z0-9-]*" });
  const date = el("input", { id: "sys-date", type: "date", value: chk.profile.date || "", "aria-label": "date of the check" });
  const upd = () => {
    chk.profile.name = name.value.trim() || undefined; if (!chk.profile.name) delete chk.profile.name;
    if (!chk.filing) chk.profile.id = sid.value.trim() || "new-system";
    if (date.value) chk.profile.date = date.value; else delete chk.profile.date;
    saveToUrl(); runCheck().catch(() => {});
  };
  for (const i of [name, sid, date]) i.addEventListener("change", upd);
  if (chk.filing) sid.disabled = true;
  const raw = el("textarea", { id: "profile", rows: 14, spellcheck: "false" });
  const rawBox = el("details", { class: "raw", ontoggle: () => { raw.value = JSON.stringify(chk.profile, null, 2); } },
    el("summary", { text: "Profile as JSON" }), raw,
    el("div", { class: "row" }, el("button", { type: "button", id: "raw-apply", text: "Use this JSON", onclick: async () => {
      try { await startWith(JSON.parse(raw.value), chk.filing); } catch (e) { toast(e.message, "bad"); }
    } })));
  const canFile = session.who && session.who.role !== "operator";
  main.replaceChildren(el("div", { class: "cols", id: "check-pane" },
    el("div", { class: "panel side" },
      el("div", { class: "row" }, el("button", { type: "button", id: "blank-btn", text: "Blank profile", onclick: () => startWith(BLANK()) }), exSel),
      chk.filing ? el("p", { class: "notice", text: `Editing the filed system ${chk.filing}: answer, then save a new version.` }) : null,
      el("div", { class: "form2" }, el("label", {}, "System name", name), el("label", {}, "Id", sid), el("label", {}, "Date (empty: today)", date)),
      el("div", { id: "interview" }),
      el("div", { id: "answers" }),
      rawBox),
    el("div", { class: "panel main" },
      el("div", { class: "toolbar" },
        el("button", { type: "button", id: "share-btn", text: "Copy shareable link", title: "the profile is in the link itself (after #), sent to no one", onclick: async () => {
          try { await navigator.clipboard.writeText(shareUrl()); toast("Link copied: the profile travels in the link, after the #."); } catch (e) { prompt("The shareable link:", shareUrl()); }
        } }),
        el("button", { type: "button", id: "export-json", text: "Export profile (JSON)", onclick: () => download(`${chk.profile.id || "profile"}.json`, "application/json", JSON.stringify(chk.profile, null, 2) + "\n") }),
        el("button", { type: "button", id: "export-md", text: "Export report (Markdown)", onclick: async () => {
          try { download(`${chk.profile.id || "report"}.md`, "text/markdown", await api("POST", `/v1/check?format=md${chk.profile.date ? "" : "&date=" + today}`, chk.profile, { text: true, auth: false })); } catch (e) { toast(e.message, "bad"); }
        } }),
        canFile ? el("button", { type: "button", id: "file-btn", class: "primary", text: chk.filing ? "Save a new version" : "File in the registry", onclick: fileSystem }) : null,
        el("span", { id: "check-status", class: "hint" })),
      el("div", { id: "result" }))));
}

async function fileSystem() {
  const id = chk.filing || chk.profile.id;
  try {
    const r = await api("PUT", `/v1/systems/${encodeURIComponent(id)}`, { ...chk.profile, id });
    toast(`${r.name || id}: version ${r.version} filed (audit entry ${r.receipt ? r.receipt.audit_seq : "?"})`);
    location.hash = `#/system/${encodeURIComponent(id)}`;
  } catch (e) { toast(e.message, "bad"); }
}

views.check = async (main, arg, q) => {
  if (!chk.examples) chk.examples = (await api("GET", "/v1/examples").catch(() => ({ examples: [] }))).examples;
  let p = null;
  if (q.get("profile")) { try { p = JSON.parse(q.get("profile")); } catch (e) { toast("The link's profile is not JSON", "bad"); } }
  await startWith(p || chk.profile || BLANK(), q.get("system") || (p ? null : chk.filing));
};
// The interview rewrites its own URL; re-render only when the link names another profile.
views.check.keep = (arg, q) => chk.profile && q.get("profile") === JSON.stringify(chk.profile);

// ---- Registry ------------------------------------------------------------------------------
function pctCell(c) {
  const b = c.binding || { met: c.met, total: c.met + c.unmet + c.unknown, percent: null, unmet: c.unmet, undecided: c.unknown };
  if (!b.total) return el("span", { class: "hint", text: "nothing binding applies" });
  const pct = b.percent ?? Math.floor(100 * b.met / b.total);
  return el("div", { class: "pct" }, el("div", { class: "meter", title: `${b.met} met, ${b.unmet} unmet, ${b.undecided} undecided of ${b.total} binding` },
    el("span", { class: "met", style: `width:${100 * b.met / b.total}%` }), el("span", { class: "undec", style: `width:${100 * b.undecided / b.total}%` })),
    el("span", { class: "pctnum", text: `${pct} %` }), el("span", { class: "hint", text: ` ${b.met}/${b.total}` }));
}

views.registry = async (main, arg, q) => {
  const qs = new URLSearchParams();
  for (const k of ["q", "filter", "sort"]) if (q.get(k)) qs.set(k, q.get(k));
  const r = await api("GET", "/v1/systems?" + qs);
  const go = () => { const n = new URLSearchParams(); for (const [k, i] of [["q", search], ["filter", filter], ["sort", sort]]) if (i.value) n.set(k, i.value); location.hash = "#/registry?" + n; };
  const search = el("input", { type: "search", id: "sys-search", placeholder: "search name, id or owner", value: q.get("q") || "" });
  search.addEventListener("change", go);
  const filter = el("select", { id: "sys-filter", "aria-label": "filter", onchange: go }, ...[["", "All systems"], ["banned", "Banned practice"], ["unmet", "Binding unmet"], ["undecided", "Undecided"], ["active", "Active"], ["withdrawn", "Withdrawn"]]
    .map(([v, t]) => el("option", { value: v, text: t, selected: q.get("filter") === v })));
  const sort = el("select", { id: "sys-sort", "aria-label": "sort", onchange: go }, ...[["", "Sort by id"], ["name", "Name"], ["owner", "Owner"], ["-updated_at", "Recently updated"], ["percent", "Compliance (lowest first)"], ["-unmet", "Most unmet"], ["-undecided", "Most undecided"], ["-banned", "Banned first"]]
    .map(([v, t]) => el("option", { value: v, text: t, selected: q.get("sort") === v })));
  const canFile = session.who && session.who.role !== "operator";
  main.replaceChildren(el("div", { class: "panel" },
    el("div", { class: "title-row" }, el("h2", {}, "Registered systems ", el("span", { class: "count", text: String(r.count) })),
      canFile ? el("a", { class: "button primary", href: "#/check", id: "new-system", onclick: () => { chk.filing = null; chk.profile = BLANK(); }, text: "File a new system" }) : null),
    el("div", { class: "toolbar" }, search, filter, sort),
    r.systems.length ? el("div", { class: "scroll" }, el("table", { class: "grid", id: "sys-table" },
      el("thead", {}, el("tr", {}, ...["System", "Owner", "Version", "Updated", "Binding compliance", "Flags"].map(h => el("th", { text: h })))),
      el("tbody", {}, ...r.systems.map(s => {
        const c = s.compliance;
        return el("tr", { "data-id": s.id, class: s.withdrawn_at ? "withdrawn" : "", onclick: () => { location.hash = `#/system/${encodeURIComponent(s.id)}`; } },
          el("td", {}, el("a", { href: `#/system/${encodeURIComponent(s.id)}`, text: s.name || s.id }), el("div", { class: "hint", text: s.id })),
          el("td", { text: s.owner }), el("td", { text: "v" + s.version }), el("td", { class: "nowrap", text: (s.updated_at || "").slice(0, 10) }),
          el("td", {}, pctCell(c)),
          el("td", {}, c.red_flag || c.banned ? el("span", { class: "flag bad", text: "banned practice" }) : null,
            (c.binding && c.binding.unmet) ? el("span", { class: "flag warn", text: `${c.binding.unmet} unmet` }) : null,
            (c.binding && c.binding.undecided) ? el("span", { class: "flag und", text: `${c.binding.undecided} undecided` }) : null,
            s.withdrawn_at ? el("span", { class: "flag", text: "withdrawn" }) : null));
      }))))
      : el("p", { class: "hint", text: "No system matches." })));
};

async function sha256Hex(file) {
  const buf = await crypto.subtle.digest("SHA-256", await file.arrayBuffer());
  return [...new Uint8Array(buf)].map(b => b.toString(16).padStart(2, "0")).join("");
}

function evidenceForm(sys, p, done) {
  const date = el("input", { type: "date", value: today, "aria-label": "date" });
  if (p.category === "conduct") {
    const st = el("textarea", { rows: 2, class: "att-statement", placeholder: "We keep this rule: how, and who is responsible", maxlength: 4096 });
    return el("div", { class: "evform" }, el("label", {}, "Statement of the owner (signed with your token)", st), el("label", {}, "Date", date),
      el("button", { type: "button", class: "primary small att-submit", text: "Attest", onclick: async () => {
        try { await api("POST", `/v1/systems/${encodeURIComponent(sys)}/evidence`, { kind: "attestation", provision: p.provision, statement: st.value.trim(), date: date.value }); toast("Attestation signed and filed"); done(); }
        catch (e) { toast(e.message, "bad"); }
      } }));
  }
  const ref = el("input", { type: "text", class: "ev-ref", placeholder: "document reference, e.g. QMS-7 rev 3" });
  const hash = el("input", { type: "text", class: "ev-sha", placeholder: "SHA-256 of the document (64 hex)", pattern: "[0-9a-f]{64}" });
  const file = el("input", { type: "file", "aria-label": "document to hash (stays on your computer)" });
  file.addEventListener("change", async () => { if (file.files[0]) { hash.value = await sha256Hex(file.files[0]); if (!ref.value) ref.value = file.files[0].name; } });
  return el("div", { class: "evform" }, el("label", {}, "Reference", ref), el("label", {}, "SHA-256 (or pick the file: it is hashed here, not sent)", hash, file),
    el("label", {}, "Date", date),
    el("button", { type: "button", class: "primary small ev-submit", text: "Add evidence", onclick: async () => {
      try { await api("POST", `/v1/systems/${encodeURIComponent(sys)}/evidence`, { provision: p.provision, reference: ref.value.trim(), sha256: hash.value.trim().toLowerCase(), date: date.value }); toast("Evidence filed"); done(); }
      catch (e) { toast(e.message, "bad"); }
    } }));
}

const CATEGORY = { banned: "Banned practices", binding_now: "Binding obligations that apply now", conduct: "Conduct prohibitions (met by attestation)",
                   binding_later: "Binding obligations that apply later", voluntary: "Voluntary commitments" };

views.system = async (main, id) => {
  const s = await api("GET", `/v1/systems/${encodeURIComponent(id)}`);
  const c = s.compliance;
  const mine = session.who && session.who.actor === s.owner && !s.withdrawn_at;
  const reload = () => { main.dataset.view = ""; route(); };
  const b = c.binding || { met: c.met, unmet: c.unmet, undecided: c.unknown, total: c.met + c.unmet + c.unknown, percent: null };
  const card = (cls, big, label, sub) => el("div", { class: "card " + cls }, el("div", { class: "big", text: big }), el("div", { text: label }), sub ? el("div", { class: "hint", text: sub }) : null);
  const groups = new Map();
  for (const p of c.provisions || []) { if (!groups.has(p.category)) groups.set(p.category, []); groups.get(p.category).push(p); }
  const sections = [...groups.entries()].map(([cat, items]) => {
    const rows = items.map(p => {
      const tr = el("tr", { "data-provision": p.provision, "data-status": p.status },
        el("td", {}, el("span", { class: `tag ${p.status}`, text: p.status === "later" && p.date ? `from ${p.date}` : p.status })),
        el("td", {}, el("b", { text: p.instrument || p.provision.split("/")[0] }), el("div", { class: "hint", text: p.article })),
        el("td", {}, el("div", { text: p.summary || p.provision }), el("div", { class: "hint", text: fieldWords(p.reason) })),
        el("td", {}));
      if (mine && p.status === "unmet" && cat !== "banned") {
        const btn = el("button", { type: "button", class: "small ev-open", text: cat === "conduct" ? "Attest…" : "Add evidence…" });
        btn.addEventListener("click", () => { btn.replaceWith(evidenceForm(id, p, reload)); });
        tr.lastChild.append(btn);
      }
      return tr;
    });
    const table = el("table", { class: "grid prov-table" }, el("tbody", {}, ...rows));
    const title = `${CATEGORY[cat] || words(cat)} (${items.length})`;
    return cat === "voluntary" ? el("details", { class: "cat", "data-category": cat }, el("summary", { text: title }), el("div", { class: "scroll" }, table))
                               : el("section", { class: "cat", "data-category": cat }, el("h3", { text: title }), el("div", { class: "scroll" }, table));
  });
  main.replaceChildren(el("div", { class: "panel" },
    el("div", { class: "crumbs" }, el("a", { href: "#/registry", text: "Registry" }), " / ", s.id),
    el("div", { class: "title-row" }, el("h2", { text: s.name || s.id }),
      el("div", { class: "row" },
        mine ? el("button", { type: "button", id: "edit-btn", text: "Edit through the interview", onclick: () => { chk.profile = JSON.parse(JSON.stringify(s.profile)); chk.filing = s.id; location.hash = `#/check?profile=${encodeURIComponent(JSON.stringify(chk.profile))}&system=${encodeURIComponent(s.id)}`; } }) : null,
        mine ? el("button", { type: "button", class: "danger", text: "Withdraw", onclick: async () => {
          if (!confirm(`Withdraw ${s.id}? It stays in the history and takes no new version or evidence.`)) return;
          try { await api("DELETE", `/v1/systems/${encodeURIComponent(s.id)}`); reload(); } catch (e) { toast(e.message, "bad"); }
        } }) : null)),
    el("div", { class: "hint", text: `${s.id} · owner ${s.owner} · version ${s.version} · compliance on ${c.date}${s.withdrawn_at ? ` · withdrawn ${s.withdrawn_at}` : ""}` }),
    el("div", { class: "cards", id: "compliance" },
      c.red_flag ? card("bad", "⚑", `${plural(c.banned, "banned practice")}`, "may not be placed on the market or used") : card("ok", "0", "banned practices", c.banned_undecided ? `${c.banned_undecided} undecided` : null),
      card(b.percent === 100 ? "ok" : b.total ? "warn" : "", b.total ? `${b.percent ?? Math.floor(100 * b.met / b.total)} %` : "—", "of binding obligations met",
        b.total ? `${b.met} met · ${b.unmet} unmet · ${b.undecided} undecided of ${b.total}` : "nothing binding applies now"),
      c.obligations ? card("", `${c.obligations.met}/${c.obligations.total}`, "obligations with evidence") : null,
      c.conduct ? card("", `${c.conduct.met}/${c.conduct.total}`, "conduct rules attested") : null,
      card("", String(c.later ?? 0), "apply later", c.next_date ? `next on ${c.next_date}` : null),
      c.voluntary ? card("vol", `${c.voluntary.met}/${c.voluntary.met + c.voluntary.unmet + c.voluntary.undecided}`, "voluntary commitments met", "not counted in the percentage") : null),
    ...sections,
    el("h3", { text: `Evidence and attestations (${s.evidence.length})` }),
    s.evidence.length ? el("div", { class: "scroll" }, el("table", { class: "grid", id: "evidence" }, el("tbody", {}, ...s.evidence.map(e => el("tr", {},
      el("td", { text: e.kind || "document" }), el("td", { text: e.provision }),
      el("td", { text: e.kind === "attestation" ? `“${e.statement}” (signed ${String(e.signature || "").slice(0, 12)}…)` : `${e.reference} (sha256 ${String(e.sha256 || "").slice(0, 12)}…)` }),
      el("td", { class: "nowrap", text: `${e.date} by ${e.filed_by}` }))))))
      : el("p", { class: "hint", text: mine ? "None yet: add evidence or an attestation on the rows above." : "None filed." }),
    el("h3", { text: "History" }),
    ...s.versions.map(v => el("div", { class: "hint version-line" }, `v${v.version} filed ${v.filed_at} by ${v.filed_by} (sha256 ${v.profile_sha256.slice(0, 12)}…) · `,
      el("a", { href: "#", class: "receipt", text: `audit entry ${v.audit_seq}`, title: "Download the proof that this filing is in the registry's signed log", onclick: async ev => {
        ev.preventDefault();
        try { await downloadInclusion(v.audit_seq); } catch (e) { toast(e.message, "bad"); }
      } })))));
};

// ---- Administration (operator) -------------------------------------------------------------
views.admin = async (main) => {
  if (!session.who || session.who.role !== "operator") { main.replaceChildren(el("p", { class: "hint", text: "Sign in with an operator token to register organisations and make tokens." })); return; }
  const [orgs, toks] = await Promise.all([api("GET", "/v1/organisations"), api("GET", "/v1/tokens")]);
  const reload = () => { main.dataset.view = ""; route(); };
  const f = { id: el("input", { id: "org-id", placeholder: "acme" }), name: el("input", { id: "org-name", placeholder: "Acme Inc." }),
    kind: el("select", { id: "org-kind" }, ...["company", "public_body", "non_profit", "research", "standards_body", "other"].map(k => el("option", { value: k, text: words(k) }))),
    established: el("input", { id: "org-est", placeholder: "US" }) };
  const holder = el("select", { id: "tok-holder" }, ...(orgs.organisations || []).map(o => el("option", { value: o.id, text: `${o.name} (${o.id})` })));
  const expires = el("input", { type: "date", id: "tok-expires" });
  const made = el("div", { id: "tok-made" });
  main.replaceChildren(el("div", { class: "cols" },
    el("div", { class: "panel" }, el("h2", { text: "Organisations" }),
      el("div", { class: "form2" }, el("label", {}, "Id", f.id), el("label", {}, "Name", f.name), el("label", {}, "Kind", f.kind), el("label", {}, "Established in", f.established)),
      el("button", { type: "button", class: "primary", id: "org-add", text: "Register", onclick: async () => {
        try { await api("POST", "/v1/organisations", { id: f.id.value.trim(), name: f.name.value.trim(), kind: f.kind.value, established_in: f.established.value.trim() }); toast("Organisation registered"); reload(); }
        catch (e) { toast(e.message, "bad"); }
      } }),
      el("table", { class: "grid", id: "org-table" }, el("tbody", {}, ...(orgs.organisations || []).map(o => el("tr", {}, el("td", { text: o.name }), el("td", { class: "hint", text: o.id }), el("td", { text: words(o.kind) }), el("td", { text: o.established_in })))))),
    el("div", { class: "panel" }, el("h2", { text: "Tokens" }),
      el("div", { class: "form2" }, el("label", {}, "Holder", holder), el("label", {}, "Expires (optional)", expires)),
      el("button", { type: "button", class: "primary", id: "tok-add", text: "Make a token", onclick: async () => {
        try {
          const t = await api("POST", "/v1/tokens", { holder: holder.value, ...(expires.value ? { expires: expires.value } : {}) });
          const fresh = await api("GET", "/v1/tokens");
          const tb = $("#tok-table tbody");
          if (tb) tb.prepend(...fresh.tokens.filter(x => x.id === t.id).map(x => el("tr", {}, el("td", {}, el("code", { text: x.id })), el("td", { text: x.holder }),
            el("td", { text: x.role }), el("td", { text: x.state }), el("td", { text: x.expires || "" }), el("td"))));
          made.replaceChildren(el("div", { class: "notice" }, el("div", { text: `Token for ${t.holder} — shown this once:` }), el("code", { class: "secret", id: "tok-secret", text: t.token }),
            el("div", { class: "row" }, el("button", { type: "button", text: "Copy", onclick: () => navigator.clipboard.writeText(t.token).then(() => toast("Copied")) }),
              el("button", { type: "button", id: "tok-signin", text: `Sign in as ${t.holder} in this tab`, onclick: () => signIn(t.token) }))));
        } catch (e) { toast(e.message, "bad"); }
      } }), made,
      el("div", { class: "scroll" }, el("table", { class: "grid", id: "tok-table" }, el("thead", {}, el("tr", {}, ...["Id", "Holder", "Role", "State", "Expires", ""].map(h => el("th", { text: h })))),
        el("tbody", {}, ...toks.tokens.map(t => el("tr", {}, el("td", {}, el("code", { text: t.id })), el("td", { text: t.holder }), el("td", { text: t.role }),
          el("td", { text: t.state }), el("td", { text: t.expires || "" }),
          el("td", {}, t.state === "active" && t.id !== session.who.token_id ? el("button", { type: "button", class: "small danger", text: "Revoke", onclick: async () => {
            try { await api("DELETE", `/v1/tokens/${t.id}`); reload(); } catch (e) { toast(e.message, "bad"); }
          } }) : null)))))))));
};

// ---- Audit log: the signed head, the entries, proofs to keep (docs/security.md) ----------------
// Downloads the signed head now and the proof that entry `seq` is in it, and says how to check them.
async function downloadInclusion(seq, head) {
  head = head || await api("GET", "/v1/audit/head");
  const p = await api("GET", `/v1/audit/proof/inclusion?seq=${seq}&size=${head.size}`);
  download(`aigov-head-${head.size}.json`, "application/json", JSON.stringify(head, null, 2));
  download(`aigov-inclusion-${seq}-${head.size}.json`, "application/json", JSON.stringify(p, null, 2));
  toast(`Check it with: aigov audit check --head aigov-head-${head.size}.json --inclusion aigov-inclusion-${seq}-${head.size}.json --public-key ${head.public_key}`);
}
const hexWrap = h => el("code", { class: "hex", text: h });
const command = text => el("pre", { class: "cmd", text });
views.audit = async (main) => {
  const [head, verify] = await Promise.all([api("GET", "/v1/audit/head"), api("GET", "/v1/audit/verify")]);
  const log = await api("GET", `/v1/audit?after=${Math.max(0, head.size - 50)}&limit=50`);
  const headFile = `aigov-head-${head.size}.json`;
  const keptOut = el("div", { id: "audit-kept-out" });
  const kept = el("input", { type: "file", id: "audit-kept", accept: "application/json,.json", onchange: async () => {
    keptOut.replaceChildren();
    try {
      const old = JSON.parse(await kept.files[0].text());
      if (!Number.isInteger(old.size) || typeof old.root !== "string") throw new Error("not a signed tree head: it has no size and root");
      if (old.public_key !== head.public_key) keptOut.append(el("div", { class: "error", text: "The head you kept was signed with another key than the registry's key now. A key change must be announced by the operator." }));
      if (old.size > head.size) { keptOut.append(el("div", { class: "error", id: "audit-kept-short", text: `The head you kept signs ${old.size} entries; the log now holds ${head.size}: history was removed.` })); return; }
      const proof = old.size ? await api("GET", `/v1/audit/proof/consistency?from=${old.size}&to=${head.size}`) : null;
      keptOut.append(el("div", { class: "notice", id: "audit-kept-ready" },
        el("div", { text: `The registry sent a proof that its log of ${head.size} entries extends the head of ${old.size} you kept (${proof ? proof.path.length : 0} hashes). Check it on your own machine — this page is served by the registry, so it cannot vouch for it:` }),
        el("div", { class: "row" },
          el("button", { type: "button", text: "Download the head now", onclick: () => download(headFile, "application/json", JSON.stringify(head, null, 2)) }),
          proof ? el("button", { type: "button", id: "audit-proof-dl", text: "Download the proof", onclick: () => download(`aigov-consistency-${old.size}-${head.size}.json`, "application/json", JSON.stringify(proof, null, 2)) }) : null),
        command(`aigov audit check --old-head ${kept.files[0].name} --head ${headFile}${proof ? ` --consistency aigov-consistency-${old.size}-${head.size}.json` : ""} --public-key ${old.public_key}`)));
    } catch (e) { keptOut.append(errorBox(e)); }
  } });
  const when = new Date(head.timestamp_ms).toISOString().replace(".000Z", "Z");
  main.replaceChildren(el("div", { class: "cols" },
    el("div", { class: "panel side" }, el("h2", { text: "Audit log" }),
      el("p", { class: "hint", text: "Every write to the registry is an entry of a hash chain and a Merkle tree (RFC 9162). The registry signs the tree's head with its Ed25519 key; keep a head, and anyone can later prove that the log still extends it." }),
      el("div", { class: verify.valid ? "notice" : "error", id: "audit-verify", text: verify.valid ? `Verified: ${verify.entries} entries, every registry row explained by the log.` : `Not valid: ${verify.message}` }),
      el("h3", { text: "Signed tree head" }),
      el("table", { class: "grid kv", id: "audit-head" }, el("tbody", {},
        el("tr", {}, el("th", { text: "Entries" }), el("td", { text: String(head.size) })),
        el("tr", {}, el("th", { text: "Signed at" }), el("td", { text: when })),
        el("tr", {}, el("th", { text: "Root" }), el("td", {}, hexWrap(head.root))),
        el("tr", {}, el("th", { text: "Public key" }), el("td", {}, hexWrap(head.public_key))),
        el("tr", {}, el("th", { text: "Signature" }), el("td", {}, hexWrap(head.signature))))),
      el("div", { class: "row" }, el("button", { type: "button", class: "primary", id: "audit-head-dl", text: "Download this head", onclick: () => download(headFile, "application/json", JSON.stringify(head, null, 2)) })),
      el("p", { class: "hint", text: "Pin the public key (the operator publishes it; aigov serve prints it at every start). Check a head with:" }),
      command(`aigov audit check --head ${headFile} --public-key ${head.public_key}`),
      el("h3", { text: "Check a head you kept" }),
      el("label", {}, "A head saved earlier (JSON)", kept), keptOut),
    el("div", { class: "panel main" }, el("h3", { text: `The last ${log.entries.length} entries` }),
      el("div", { class: "scroll" }, el("table", { class: "grid", id: "audit-entries" },
        el("thead", {}, el("tr", {}, ...["#", "When", "Who", "What", "Subject", "Entry hash", ""].map(h => el("th", { text: h })))),
        el("tbody", {}, ...log.entries.slice().reverse().map(e => el("tr", {},
          el("td", { text: String(e.seq) }), el("td", { text: e.at }), el("td", { text: e.actor }), el("td", { text: e.action }),
          el("td", { text: e.subject }), el("td", {}, el("code", { text: e.hash.slice(0, 16) + "…", title: e.hash })),
          el("td", {}, el("button", { type: "button", class: "small", text: "Proof", title: "Download the signed head and the proof that this entry is in it", onclick: async () => {
            try { await downloadInclusion(e.seq, head); } catch (err) { toast(err.message, "bad"); }
          } }))))))))));
};

// ---- Instruments -----------------------------------------------------------------------------
let instrumentsCache = null;
const instruments = async () => instrumentsCache || (instrumentsCache = (await api("GET", "/v1/instruments")).instruments);

views.instruments = async (main, arg, q) => {
  const list = await instruments();
  const filter = el("input", { type: "search", id: "inst-filter", placeholder: "filter by name, id or jurisdiction", value: q.get("q") || "" });
  const bind = el("select", { id: "inst-binding", "aria-label": "binding force" }, ...[["", "Any force"], ["binding", "Binding"], ["voluntary", "Voluntary"], ["contractual", "Contractual"]].map(([v, t]) => el("option", { value: v, text: t })));
  const tb = el("tbody");
  const draw = () => {
    const f = filter.value.toLowerCase();
    tb.replaceChildren(...[...list].sort((x, y) => (x.short_title || x.id).localeCompare(y.short_title || y.id)).filter(i => (!f || (i.id + " " + i.title + " " + (i.short_title || "") + " " + i.jurisdiction).toLowerCase().includes(f)) && (!bind.value || i.binding === bind.value))
      .map(i => el("tr", { "data-id": i.id, onclick: () => { location.hash = `#/instrument/${i.id}`; } },
        el("td", {}, el("a", { href: `#/instrument/${i.id}`, text: i.short_title || i.id }), el("div", { class: "hint clip", text: i.title })),
        el("td", { text: i.jurisdiction }), el("td", {}, el("span", { class: "tag " + i.binding, text: i.binding })), el("td", { text: words(i.modality) }),
        el("td", { class: "nowrap", text: i.applies_from || i.in_force || "" }), el("td", { text: String(i.provisions_count) }))));
  };
  filter.addEventListener("input", draw); bind.addEventListener("change", draw);
  main.replaceChildren(el("div", { class: "panel" }, el("h2", {}, "Instruments ", el("span", { class: "count", text: String(list.length) })),
    el("div", { class: "toolbar" }, filter, bind),
    el("div", { class: "scroll" }, el("table", { class: "grid", id: "inst-table" }, el("thead", {}, el("tr", {}, ...["Instrument", "Where", "Force", "Modality", "Applies from", "Provisions"].map(h => el("th", { text: h })))), tb))));
  draw();
};

function chainNode(issuer) {
  const via = issuer.via;
  const node = el("div", { class: "node" }, el("b", { text: issuer.actor }), el("span", { text: ` (${issuer.name || ""}) — ${issuer.standing}` }));
  const wrap = el("div", { class: "chain" }, node);
  if (via) {
    node.append(el("div", { class: "hint", text: `${via.kind} ${via.delegation}: ${via.basis}` }));
    for (const p of via.principals || []) wrap.append(chainNode(p));
  }
  return wrap;
}

views.instrument = async (main, id) => {
  const [i, leg] = await Promise.all([api("GET", `/v1/instruments/${encodeURIComponent(id)}`), api("GET", `/v1/legitimacy/${encodeURIComponent(id)}`).catch(e => ({ error: e }))]);
  const dl = (pairs) => el("dl", { class: "facts-dl" }, ...pairs.filter(([, v]) => v).flatMap(([k, v]) => [el("dt", { text: k }), el("dd", {}, v)]));
  const L = leg.instrument;
  main.replaceChildren(el("div", { class: "panel", id: "inst-detail" },
    el("div", { class: "crumbs" }, el("a", { href: "#/instruments", text: "Instruments" }), " / ", i.id),
    el("h2", { text: i.short_title || i.id }),
    el("p", { class: "hint", text: i.title }),
    el("div", { class: "chips" }, el("span", { class: "tag " + i.binding, text: i.binding }), el("span", { class: "chip", text: words(i.modality) }),
      el("span", { class: "chip", text: words(i.form) }), el("span", { class: "chip", text: i.jurisdiction }),
      ...(i.topics || []).map(t => el("span", { class: "chip light", text: words(t) }))),
    // Issuers by name (the legitimacy answer carries them), their ids only as a fallback.
    dl([["Issued by", (i.issuer || []).map(id => ((L && L.issuers) || []).find(x => x.actor === id)?.name || id).join(", ")], ["Adopted", i.adopted], ["In force", i.in_force], ["Applies from", i.applies_from], ["Revoked", i.revoked],
        ["Text", i.text_version], ["Layers", (i.layers || []).join(", ")]]),
    el("h3", { text: "Sources" }), el("ul", { class: "plain" }, ...(i.citations || []).map(c => el("li", {}, linkify(c)))),
    el("h3", { text: `Scope: who it reaches (${(i.scope || []).length})` }),
    el("ul", { class: "plain" }, ...(i.scope || []).map(t => el("li", {}, el("b", { text: t.article + " " }), t.trigger, el("div", {}, el("code", { class: "cond", text: t.when }))))),
    (i.exemptions || []).length ? el("h3", { text: `Exemptions (${i.exemptions.length})` }) : null,
    (i.exemptions || []).length ? el("ul", { class: "plain" }, ...i.exemptions.map(t => el("li", {}, el("b", { text: t.article + " " }), t.name, el("div", {}, el("code", { class: "cond", text: t.when }))))) : null,
    el("h3", { text: `Provisions (${(i.provisions || []).length})` }),
    el("div", { class: "scroll" }, el("table", { class: "grid", id: "inst-provisions" }, el("thead", {}, el("tr", {}, ...["Article", "Kind", "What", "Dates"].map(h => el("th", { text: h })))),
      el("tbody", {}, ...(i.provisions || []).map(p => el("tr", {},
        el("td", { class: "nowrap" }, el("b", { text: p.article })), el("td", {}, el("span", { class: "tag " + p.kind, text: words(p.kind) })),
        el("td", {}, el("div", { text: p.summary }), el("div", { class: "hint", text: `for ${(p.addressee || []).join(", ")}` }), el("code", { class: "cond", text: p.when || "" }),
          ...(p.amendments || []).map(a => el("div", { class: "hint", text: `amended by ${a.instrument || ""} ${a.article || ""}${a.from ? " from " + a.from : ""}` }))),
        el("td", { class: "nowrap", text: `${p.applies_from || ""}${p.until ? " – " + p.until : ""}` })))))),
    (i.relations || []).length ? el("h3", { text: "Relations" }) : null,
    (i.relations || []).length ? el("ul", { class: "plain" }, ...i.relations.map(r => el("li", {}, words(r.type) + " ", el("a", { href: `#/instrument/${r.target}`, text: r.target })))) : null,
    el("h3", { text: "Legitimacy" }),
    L ? el("div", {}, el("p", { class: "verdict " + (L.legitimate ? "ok" : "bad"), text: L.legitimate ? (L.mode ? `Legitimate: mode ${L.mode}` : "Legitimate, outside the five modes") : "Not legitimate under the criterion" }),
      ...(L.findings || []).map(f => el("div", { class: "hint", text: `${f.finding}: ${f.explanation}` })),
      el("h4", { text: "Chain: issuer → mandate → … → public" }), ...(L.issuers || []).map(chainNode),
      el("p", { class: "hint", text: `Criterion: ${leg.criterion.title}` })) : errorBox(leg.error)));
};

// ---- Map, gaps and the other analyses ---------------------------------------------------------
function panZoom(svg, box) {
  const vb0 = (svg.getAttribute("viewBox") || "0 0 1000 1000").split(/[\s,]+/).map(Number);
  let vb = [...vb0], drag = null;
  const apply = () => svg.setAttribute("viewBox", vb.join(" "));
  const zoom = (k, cx, cy) => { vb = [cx - (cx - vb[0]) * k, cy - (cy - vb[1]) * k, vb[2] * k, vb[3] * k]; apply(); };
  svg.addEventListener("wheel", ev => {
    ev.preventDefault();
    const r = svg.getBoundingClientRect();
    zoom(ev.deltaY > 0 ? 1.2 : 1 / 1.2, vb[0] + (ev.clientX - r.left) / r.width * vb[2], vb[1] + (ev.clientY - r.top) / r.height * vb[3]);
  }, { passive: false });
  svg.addEventListener("pointerdown", ev => { drag = [ev.clientX, ev.clientY, vb[0], vb[1]]; svg.setPointerCapture && svg.setPointerCapture(ev.pointerId); });
  svg.addEventListener("pointerup", () => { drag = null; });
  svg.addEventListener("pointermove", ev => {
    if (!drag) return;
    const r = svg.getBoundingClientRect(), s = Math.max(vb[2] / r.width, vb[3] / r.height);
    vb[0] = drag[2] - (ev.clientX - drag[0]) * s; vb[1] = drag[3] - (ev.clientY - drag[1]) * s; apply();
  });
  svg.addEventListener("dblclick", () => { vb = [...vb0]; apply(); });
  const center = () => [vb[0] + vb[2] / 2, vb[1] + vb[3] / 2];
  box.append(el("div", { class: "zoom" },
    el("button", { type: "button", title: "zoom in", text: "+", onclick: () => zoom(1 / 1.4, ...center()) }),
    el("button", { type: "button", title: "zoom out", text: "−", onclick: () => zoom(1.4, ...center()) }),
    el("button", { type: "button", title: "whole map", text: "⤢", onclick: () => { vb = [...vb0]; apply(); } })));
  // Centres (x, y) at 1.25 units per pixel (graphviz's 13 pt labels read as 10.4 px text).
  return { zoomTo: (x, y) => { const r = svg.getBoundingClientRect(), w = 1.25 * (r.width || 800), h = 1.25 * (r.height || 600); vb = [x - w / 2, y - h / 2, w, h]; apply(); } };
}

async function filterBar(q, base, extra = []) {
  const [list, gaps] = await Promise.all([instruments(), api("GET", "/v1/gaps").catch(() => ({ topics: [], layers: [] }))]);
  const js = [...new Set(list.map(i => i.jurisdiction))].sort();
  const sel = (name, label, vals) => el("select", { id: `f-${name}`, "aria-label": label, onchange: ev => { const n = new URLSearchParams(q); if (ev.target.value) n.set(name, ev.target.value); else n.delete(name); location.hash = `#/${base}?${n}`; } },
    el("option", { value: "", text: label }), ...vals.map(v => el("option", { value: v, text: words(v), selected: q.get(name) === v })));
  return el("div", { class: "toolbar" }, sel("topic", "Every topic", gaps.topics || []), sel("layer", "Every layer", gaps.layers || []), sel("jurisdiction", "Every jurisdiction", js), ...extra.map(([n, l, v]) => sel(n, l, v)));
}
// The analyses run on the service's today (its --date), as the registry's compliance does.
const analysisQuery = q => { const n = new URLSearchParams({ date: today }); for (const k of ["topic", "layer", "jurisdiction"]) if (q.get(k)) n.set(k, q.get(k)); return n; };

views.map = async (main, arg, q) => {
  const list = await instruments();
  const modalities = [...new Set(list.map(i => i.modality))].sort();
  const bar = await filterBar(q, "map", [["modality", "Every modality", modalities]]);
  const [svgText, m] = await Promise.all([api("GET", "/v1/map?format=svg&" + analysisQuery(q), undefined, { text: true }), api("GET", "/v1/map?format=json&" + analysisQuery(q))]);
  const svg = inlineSvg(svgText);
  svg.removeAttribute("width"); svg.removeAttribute("height");
  svg.setAttribute("preserveAspectRatio", "xMidYMid meet");
  const box = el("div", { class: "svgbox", id: "map-view" }, svg);
  const legend = el("div", { class: "legend", id: "map-legend" });
  const f = m.figures || {};
  main.replaceChildren(el("div", { class: "panel" }, el("div", { class: "title-row" }, el("h2", { text: "The regime complex" }),
    el("span", { class: "hint", text: "laid out by graphviz · wheel or +/− to zoom, drag to pan, double-click for the whole map, click an instrument to open it" })),
    bar,
    el("div", { class: "stats" }, ...[[f.institutions, "institutions"], [`${f.instruments ?? "—"} of ${list.length}`, `instruments in force on ${today}`], [`${Math.round(100 * (f.binding_share || 0))} %`, "binding"],
      [(f.links_per_institution || 0).toFixed(2), "links per institution"], [f.connected_components, "components"]].map(([n, l]) => el("span", { class: "stat" }, el("b", { text: String(n ?? "—") }), el("span", { text: l })))),
    el("div", { class: "map-wrap" }, box, legend)));
  // The legend graphviz drew inside the map, read back and shown apart as readable HTML:
  // each swatch takes the fill, border and colour of the drawing's own legend entries.
  const lg = [...svg.querySelectorAll("g")].filter(g => /^(legend-|cluster_legend)/.test(($("title", g) || {}).textContent || ""));
  const rows = [];
  for (const g of lg) {
    const t = ($("title", g) || {}).textContent || "", label = [...g.querySelectorAll("text")].map(x => x.textContent).join(" ");
    const shape = g.querySelector("polygon, ellipse, path");
    if (/^legend-[mb]\d+$/.test(t) && shape)
      rows.push(el("div", { class: "lg-row" }, el("span", { class: "sw box", style: `background:${shape.getAttribute("fill") === "none" ? "#fff" : shape.getAttribute("fill")};border:${shape.getAttribute("stroke-width") || 1}px ${shape.getAttribute("stroke-dasharray") ? (/^1,/.test(shape.getAttribute("stroke-dasharray")) ? "dotted" : "dashed") : "solid"} ${shape.getAttribute("stroke") || "#000"}` }), el("span", { text: words(label) })));
    else if (/^legend-a\d+$/.test(t) && shape)
      rows.push(el("div", { class: "lg-row" }, el("span", { class: "sw oval", style: `background:${shape.getAttribute("fill") === "none" ? "#fff" : shape.getAttribute("fill")}` }), el("span", { text: label })));
    else if (/^legend-e\d+$/.test(t)) {
      const tx = g.querySelector("text");
      rows.push(el("div", { class: "lg-row" }, el("span", { class: "sw line", style: `background:${tx ? tx.getAttribute("fill") : "#888"}` }), el("span", { text: label })));
    }
  }
  for (const g of lg) g.remove();
  legend.append(el("h3", { text: "Legend" }), el("p", { class: "hint", text: "Boxes are instruments, filled by modality, bordered by binding force; ellipses are actors; lines are relations." }), ...rows);
  panZoom(svg, box);
  // Modality filter: other instruments fade.
  const mod = q.get("modality");
  const byId = new Map((m.nodes || []).map(n => [n.id, n]));
  for (const g of svg.querySelectorAll("g.node")) {
    const id = ($("title", g) || {}).textContent;
    const n = byId.get(id);
    if (n && n.type === "instrument") { g.classList.add("inst-node"); g.addEventListener("click", () => { location.hash = `#/instrument/${id}`; }); }
    if (mod && n && n.type === "instrument" && n.modality !== mod) g.classList.add("faded");
  }
  // The map opens fitted, the whole complex in view: the wheel and +/− zoom in.
};

views.gaps = async (main, arg, q) => {
  const bar = await filterBar(q, "gaps");
  const [svgText, g] = await Promise.all([api("GET", "/v1/gaps?format=svg&" + analysisQuery(q), undefined, { text: true }), api("GET", "/v1/gaps?" + analysisQuery(q))]);
  const svg = inlineSvg(svgText);
  svg.classList.add("heat");
  main.replaceChildren(el("div", { class: "panel" }, el("h2", { text: "Coverage and gaps" }),
    el("p", { class: "hint", text: "Topic × layer × jurisdiction: covered by binding law, by voluntary instruments only, or by nothing. Hover a cell for its instruments." }),
    bar,
    el("div", { class: "stats" }, ...[["binding", "cells bound by law"], ["voluntary_only", "voluntary only"], ["none", "no instrument"]].map(([k, l]) => el("span", { class: "stat " + k }, el("b", { text: String((g.summary || {})[k] ?? 0) }), el("span", { text: l })))),
    el("div", { class: "svgwide", id: "gaps-view" }, svg),
    el("h3", { text: "The largest gaps, ranked" }), el("p", { class: "hint", text: g.ranking || "" }),
    el("div", { class: "scroll" }, el("table", { class: "grid", id: "gaps-ranked" }, el("thead", {}, el("tr", {}, ...["#", "Topic", "Layer", "Jurisdiction", "Now", "Score", "Bound elsewhere"].map(h => el("th", { text: h })))),
      el("tbody", {}, ...(g.largest_gaps || []).map(x => el("tr", {}, el("td", { text: String(x.rank) }), el("td", { text: words(x.topic) }), el("td", { text: x.layer }),
        el("td", { text: x.jurisdiction }), el("td", {}, el("span", { class: "tag " + x.status, text: words(x.status) })), el("td", { text: String(x.score) }), el("td", { text: String(x.jurisdictions_with_binding_rules) }))))))));
};

views.conflicts = async (main, arg, q) => {
  const bar = await filterBar(q, "conflicts");
  const c = await api("GET", "/v1/conflicts?" + analysisQuery(q));
  const s = c.summary || {};
  const side = x => { const inst = x.instrument || String(x.id || "").split("/")[0];
    return el("div", {}, el("a", { href: `#/instrument/${inst}`, text: x.id || inst }), " ", el("b", { text: x.article || "" }), el("span", { class: "hint", text: x.binding ? ` ${x.binding}` : "" })); };
  const sideOf = x => !x ? "" : typeof x === "string" ? el("a", { href: `#/instrument/${x.split("/")[0]}`, text: x }) : side(x);
  const rows = (list) => el("div", { class: "scroll" }, el("table", { class: "grid" }, el("thead", {}, el("tr", {}, ...["Status", "First", "Second", "Actions", "Systems both reach"].map(h => el("th", { text: h })))),
    el("tbody", {}, ...list.slice(0, 200).map(k => el("tr", {}, el("td", {}, el("span", { class: "tag " + k.status, text: words(k.status) })),
      el("td", {}, sideOf(k.first || k.prohibition)), el("td", {}, sideOf(k.second || k.obligation)),
      el("td", { text: Array.isArray(k.actions) ? k.actions.join(", ") : words(k.actions) }),
      el("td", { class: "hint" }, el("div", { text: typeof k.systems === "string" ? k.systems : k.reason || "" }),
        k.witness && typeof k.witness === "object" ? el("a", { href: `#/check?profile=${encodeURIComponent(JSON.stringify(k.witness))}`, text: "check the witness system" }) : null))))));
  main.replaceChildren(el("div", { class: "panel" }, el("h2", { text: "Conflicts and overlaps" }),
    el("p", { class: "hint", text: "A conflict: one provision forbids what another requires, for a system both reach (with a witness profile). An overlap: both require the same action." }),
    bar,
    el("div", { class: "stats" }, el("span", { class: "stat " + (s.conflicts ? "bad" : "ok") }, el("b", { text: String(s.conflicts ?? 0) }), el("span", { text: "conflicts" })),
      el("span", { class: "stat" }, el("b", { text: String(s.undecided ?? 0) }), el("span", { text: "undecided" })),
      el("span", { class: "stat" }, el("b", { text: String(s.overlaps ?? 0) }), el("span", { text: "overlaps" })),
      el("span", { class: "stat", title: "pairs where a prohibition forbids an action an obligation to the same addressee requires" },
        el("b", { text: String(s.pairs_considered ?? 0) }), el("span", { text: "prohibition–obligation pairs with a shared action" }))),
    el("h3", { text: `Conflicts (${(c.conflicts || []).length})` }), (c.conflicts || []).length ? rows(c.conflicts) : el("p", { class: "hint", text: "None found." }),
    el("details", {}, el("summary", { text: `Overlaps (${(c.overlaps || []).length}${(c.overlaps || []).length > 200 ? ", first 200 shown" : ""})` }), rows(c.overlaps || []))));
};

views.divergence = async (main, arg) => {
  const list = (await instruments()).filter(i => i.modality === "international_agreement")
    .sort((x, y) => (x.short_title || x.id).localeCompare(y.short_title || y.id));
  const sel = el("select", { id: "div-select", "aria-label": "international instrument", onchange: () => { location.hash = `#/divergence/${sel.value}`; } },
    el("option", { value: "", text: "Choose an international instrument…" }), ...list.map(i => el("option", { value: i.id, text: i.short_title || i.id, selected: i.id === arg })));
  const out = el("div", { id: "div-out" });
  main.replaceChildren(el("div", { class: "panel" }, el("h2", { text: "Divergence" }),
    el("p", { class: "hint", text: "How the adherents of an international instrument implement it in binding law, and who does not." }), el("div", { class: "toolbar" }, sel), out));
  if (!arg) return;
  try {
    const d = await api("GET", `/v1/divergence/${encodeURIComponent(arg)}?date=${today}`);
    const impl = b => typeof b === "string" ? el("a", { href: `#/instrument/${b}`, text: b })
      : el("span", {}, el("a", { href: `#/instrument/${b.instrument || b.id}`, text: b.instrument || b.id }), " ",
          Object.entries(b).filter(([k]) => k !== "instrument" && k !== "id")
            .map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(", ") : typeof v === "object" ? JSON.stringify(v) : v}`).join("; "));
    const tbl = (items, head) => el("div", { class: "scroll" }, el("table", { class: "grid" },
      el("thead", {}, el("tr", {}, ...head.map(h => el("th", { text: h })))),
      el("tbody", {}, ...items.map(x => el("tr", {}, el("td", { text: x.adherent }), el("td", { text: x.jurisdiction }),
        el("td", {}, ...(x.binding_implementations || x.implementations || []).map(b => el("div", {}, impl(b)))))))));
    out.replaceChildren(el("h3", { text: d.title }), el("p", { class: "hint", text: `on ${d.date}` }),
      el("h3", { text: `Implementing (${(d.implementing || []).length})` }), (d.implementing || []).length ? tbl(d.implementing, ["Adherent", "Jurisdiction", "Binding implementations"]) : el("p", { class: "hint", text: "No adherent implements it in binding law." }),
      el("h3", { text: `Not implementing (${(d.not_implementing || []).length})` }), tbl(d.not_implementing || [], ["Adherent", "Jurisdiction", "Binding implementations"]));
  } catch (e) { out.replaceChildren(errorBox(e)); }
};

const WHATIF = { systems: "Systems whose obligations change", gaps_opened: "Gaps opened", gaps_closed: "Gaps closed",
  conflicts_created: "Conflicts or overlaps created", conflicts_removed: "Conflicts or overlaps removed", institutions_added: "Institutions added",
  institutions_removed: "Institutions removed", legitimacy_gained: "Legitimacy gained", legitimacy_lost: "Legitimacy lost" };
const cellText = v => v == null ? "" : Array.isArray(v) ? v.map(cellText).join(", ") : typeof v === "object" ? (v.id || v.instrument || Object.values(v).map(cellText).join(" ")) : words(String(v));
function renderWhatif(out, w) {
  const keys = Object.keys(w).filter(k => Array.isArray(w[k])).sort((x, y) => (y === "systems") - (x === "systems"));
  const table = items => {
    const cols = [...new Set(items.flatMap(x => Object.keys(x)))];
    return el("div", { class: "scroll" }, el("table", { class: "grid" }, el("thead", {}, el("tr", {}, ...cols.map(c => el("th", { text: words(c) })))),
      el("tbody", {}, ...items.map(x => el("tr", {}, ...cols.map(c => el("td", { text: cellText(x[c]) })))))));
  };
  out.replaceChildren(el("p", { class: "hint", text: `on ${w.date}` }),
    el("div", { class: "stats" }, ...keys.map(k => el("span", { class: "stat", "data-key": k }, el("b", { text: String(w[k].length) }), el("span", { text: (WHATIF[k] || words(k)).toLowerCase() })))),
    ...keys.filter(k => w[k].length).map(k => el("details", { open: w[k].length <= 30, "data-section": k }, el("summary", { class: "h3", text: `${WHATIF[k] || words(k)} (${w[k].length})` }),
      k === "systems" ? w[k].map(sy => el("div", {}, el("h4", { text: sy.profile || sy.system || "" }),
        table((sy.changes || []).map(c => ({ provision: c.provision, kind: c.kind, before: c.before, after: c.after }))))) : table(w[k]))),
    keys.every(k => !w[k].length) ? el("p", { class: "hint", text: "Nothing changes." }) : null);
}

views.whatif = async (main) => {
  const sys = await api("GET", "/v1/systems").catch(() => ({ systems: [] }));
  const overlay = el("textarea", { id: "whatif-overlay", rows: 10, spellcheck: "false" });
  overlay.value = JSON.stringify({ title: "The EU AI Act is revoked on 2027-01-01", revoke: { instruments: [{ id: "eu-ai-act", date: "2027-01-01" }] } }, null, 2);
  const date = el("input", { type: "date", id: "whatif-date", value: "2027-06-01" });
  const useProfile = el("input", { type: "checkbox", id: "whatif-profile", checked: !!chk.profile });
  const boxes = sys.systems.filter(s => !s.withdrawn_at).map(s => el("label", { class: "check" }, el("input", { type: "checkbox", value: s.id, checked: true }), el("span", { text: s.name || s.id })));
  const out = el("div", { id: "whatif-out" }, el("p", { class: "hint", text: "Edit the overlay, choose what to compare, then Compare." }));
  main.replaceChildren(el("div", { class: "cols" },
    el("div", { class: "panel side" }, el("h2", { text: "What-if" }),
      el("p", { class: "hint" }, "An overlay (", el("code", { text: "docs/overlay.md" }), ") written as JSON: actors, delegations and instruments added, removed or revoked, provisions amended. It is applied to a copy: the served corpus does not change."),
      overlay, el("label", {}, "Date", date),
      el("label", { class: "check" }, useProfile, el("span", { text: "with the profile of the Check tab" })),
      boxes.length ? el("div", {}, el("h4", { text: "Filed systems" }), el("div", { class: "choices" }, ...boxes)) : null,
      el("button", { type: "button", class: "primary", id: "whatif-run", text: "Compare", onclick: async () => {
        out.replaceChildren(el("p", { class: "hint", text: "comparing…" }));
        try {
          const body = { overlay: JSON.parse(overlay.value), systems: boxes.map(b => $("input", b)).filter(i => i.checked).map(i => i.value) };
          if (useProfile.checked && chk.profile) body.profiles = [chk.profile];
          renderWhatif(out, await api("POST", `/v1/whatif${date.value ? "?date=" + date.value : ""}`, body));
        } catch (e) { out.replaceChildren(errorBox(e)); }
      } })),
    el("div", { class: "panel main" }, el("h3", { text: "What changes" }), out)));
};

// ---- Start --------------------------------------------------------------------------------------
(async () => {
  try {
    const info = await api("GET", "/v1");
    routes = new Set(info.routes.map(r => r.path));
    for (const [tab, path] of [["audit", "/v1/audit/head"], ["map", "/v1/map"], ["gaps", "/v1/gaps"], ["conflicts", "/v1/conflicts"], ["divergence", "/v1/divergence/{id}"], ["whatif", "/v1/whatif"]])
      $(`#tab-${tab}`).hidden = !routes.has(path);
  } catch (e) { /* an older server: every tab stays */ }
  try { const h = await api("GET", "/v1/health"); today = h.date; $("#today").textContent = `today: ${h.date} · aigov ${h.version}`; } catch (e) { /* offline */ }
  await refreshWho();
  route();
})();
