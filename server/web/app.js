// aigov web page: plain JavaScript over the JSON API (/v1). No build step, no
// dependencies. Text from the API is inserted with textContent (never as HTML), except
// the SVG heat map, which is loaded as an image and cannot run scripts.
"use strict";

const $ = (sel, root = document) => root.querySelector(sel);
const el = (tag, attrs = {}, ...kids) => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") e.className = v;
    else if (k === "text") e.textContent = v;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const k of kids) if (k != null) e.append(k);
  return e;
};

async function api(method, path, body, type) {
  const opts = { method, headers: {} };
  if (body !== undefined) { opts.body = body; opts.headers["Content-Type"] = type || "application/json"; }
  const r = await fetch(path, opts);
  const text = await r.text();
  let json = null;
  try { json = JSON.parse(text); } catch (e) { /* not JSON */ }
  if (!r.ok) {
    const err = json && json.error ? json.error : { message: text };
    const where = (err.diagnostics || []).map(d =>
      `${d.file}${d.line ? ":" + d.line + ":" + d.column : ""}${d.json_path ? " " + d.json_path : ""}: ${d.message}`);
    throw new Error(where.length ? where.join("\n") : err.message);
  }
  return json !== null ? json : text;
}

// ---- Tabs ------------------------------------------------------------------------------
const loaded = {};
function showTab(name) {
  for (const b of document.querySelectorAll("#tabs button")) b.classList.toggle("active", b.dataset.tab === name);
  for (const s of document.querySelectorAll(".tab")) s.classList.toggle("active", s.id === name);
  if (!loaded[name] && loaders[name]) { loaded[name] = true; loaders[name](); }
}
for (const b of document.querySelectorAll("#tabs button")) b.addEventListener("click", () => showTab(b.dataset.tab));

// ---- Check -----------------------------------------------------------------------------
const EXAMPLE = {
  id: "acme-hire", name: "Acme Hire CV ranker (US provider, used by a German employer)",
  role: ["provider"], provider: { established_in: ["US"], kind: "private" },
  deployer: { established_in: ["DE"], kind: "private" },
  markets: ["EU", "US-NY"], outputs_used_in: ["DE"], purposes: ["cv_screening"],
  capabilities: ["text_classification", "ranking"], data: ["personal", "employment"],
  model: { general_purpose: false, training_compute_flop: 1e21, open_weights: false },
};

const list = s => s.split(",").map(x => x.trim()).filter(Boolean);
function buildProfile() {
  let p = {};
  try { p = JSON.parse($("#profile").value || "{}"); } catch (e) { p = {}; }
  const set = (key, v) => { if (v === undefined || (Array.isArray(v) && !v.length) || v === "") delete p[key]; else p[key] = v; };
  set("name", $("#f-name").value.trim());
  if ($("#f-name").value.trim() && !p.id) p.id = $("#f-name").value.trim().toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  set("role", list($("#f-role").value));
  set("markets", list($("#f-markets").value));
  set("outputs_used_in", list($("#f-outputs").value));
  set("purposes", list($("#f-purposes").value));
  set("data", list($("#f-data").value));
  set("date", $("#f-date").value);
  $("#profile").value = JSON.stringify(p, null, 2);
}
function loadExample() {
  $("#profile").value = JSON.stringify(EXAMPLE, null, 2);
  $("#f-name").value = EXAMPLE.name; $("#f-role").value = EXAMPLE.role.join(", ");
  $("#f-markets").value = EXAMPLE.markets.join(", "); $("#f-outputs").value = EXAMPLE.outputs_used_in.join(", ");
  $("#f-purposes").value = EXAMPLE.purposes.join(", "); $("#f-data").value = EXAMPLE.data.join(", ");
}
$("#build-btn").addEventListener("click", buildProfile);
$("#example-btn").addEventListener("click", loadExample);

const STATUS_LABEL = { applies: "applies", applies_from: "from ", unknown: "question", exempt: "exempt", revoked: "ended", not_applicable: "n/a" };

function renderCheck(r) {
  const out = $("#result");
  out.replaceChildren();
  const s = r.summary;
  out.append(el("h2", { text: `${r.profile.name || r.profile.id} — on ${r.profile.date}` }));
  out.append(el("div", { class: "summary" },
    el("span", { class: "chip applies", text: `${s.applies} apply now (${s.binding_applies} binding)` }),
    el("span", { class: "chip later", text: `${s.applies_from} apply later` }),
    el("span", { class: "chip unknown", text: `${s.unknown} questions to answer` }),
    el("span", { class: "chip", text: `${s.instruments} instruments reach it` }),
    s.prohibited ? el("span", { class: "chip applies", text: `${s.prohibited} prohibited` }) : null,
    s.conflicts ? el("span", { class: "chip applies", text: `${s.conflicts} conflicts` }) : null));
  const byJ = new Map();
  for (const inst of r.instruments) {
    if (!byJ.has(inst.jurisdiction)) byJ.set(inst.jurisdiction, []);
    byJ.get(inst.jurisdiction).push(inst);
  }
  const order = [...byJ.keys()].sort((a, b) => (a === "INTL") - (b === "INTL") || a.localeCompare(b));
  for (const j of order) {
    const sec = el("div", { class: "jurisdiction" }, el("h3", { text: j === "INTL" ? "International" : j }));
    const insts = byJ.get(j).sort((a, b) => (a.binding !== "binding") - (b.binding !== "binding"));
    for (const inst of insts) {
      const trig = (inst.triggers || []).filter(t => t.value !== "false").map(t => `${t.article}: ${t.trigger} (${t.value})`);
      const box = el("div", { class: `instrument ${inst.binding}` },
        el("div", {}, el("b", { text: inst.short_title || inst.title }),
          el("span", { class: "meta", text: `  ${inst.binding} · ${inst.modality.replace(/_/g, " ")} · ${inst.text_version || ""}` })),
        el("div", { class: "meta", text: (inst.reach === "unknown" ? "may reach the system — " : "reaches the system — ") + trig.join("; ") }));
      const rank = { applies: 0, applies_from: 1, unknown: 2, exempt: 3, revoked: 4, not_applicable: 5 };
      for (const p of [...inst.provisions].sort((a, b) => (rank[a.status] ?? 9) - (rank[b.status] ?? 9))) {
        const label = p.status === "applies_from" ? `from ${p.date}` : STATUS_LABEL[p.status] || p.status;
        const row = el("div", { class: "prov", "data-status": p.status },
          el("span", { class: `st ${p.status}`, text: label }),
          el("span", { text: p.summary }), el("span", { class: "art", text: `${p.article} · ${p.kind}` }));
        if (p.status === "unknown" && p.deciding_fields && p.deciding_fields.length)
          row.append(el("div", { class: "question", text: "Answer: " + p.deciding_fields.join(", ") }));
        const why = el("details", {}, el("summary", { text: "why" }));
        for (const reason of p.reasons || []) why.append(el("div", { text: "• " + reason }));
        if (p.provenance && p.provenance.citation) why.append(el("div", { text: "Source: " + p.provenance.citation }));
        row.append(why);
        box.append(row);
      }
      sec.append(box);
    }
    out.append(sec);
  }
  if (r.conflicts && r.conflicts.length) {
    const c = el("div", { class: "jurisdiction" }, el("h3", { text: "Conflicts" }));
    for (const k of r.conflicts)
      c.append(el("div", { class: "prov", text: `${k.prohibition} forbids what ${k.obligation} requires (${k.actions.join(", ")})${k.certain ? "" : " — possible"}` }));
    out.append(c);
  }
}

async function runCheck() {
  const status = $("#check-status");
  status.textContent = "checking…";
  try {
    const r = await api("POST", "/v1/check", $("#profile").value);
    renderCheck(r);
    status.textContent = "done";
  } catch (e) {
    $("#result").replaceChildren(el("h2", { text: "The profile has errors" }), el("div", { class: "error", text: e.message }));
    status.textContent = "error";
  }
}
$("#check-btn").addEventListener("click", runCheck);

// ---- Instruments and legitimacy --------------------------------------------------------
function chainNode(issuer) {
  const via = issuer.via;
  const node = el("div", { class: "node" }, el("b", { text: issuer.actor }),
    el("span", { text: ` (${issuer.name || ""}) — ${issuer.standing}` }));
  const wrap = el("div", { class: "chain" }, node);
  if (via) {
    node.append(el("div", { class: "hint", text: `${via.kind} ${via.delegation}: ${via.basis}` }));
    for (const p of via.principals || []) wrap.append(chainNode(p));
  }
  return wrap;
}

async function showInstrument(id) {
  const box = $("#inst-detail");
  box.replaceChildren(el("p", { class: "hint", text: "loading…" }));
  try {
    const [info, leg] = await Promise.all([api("GET", "/v1/instruments/" + encodeURIComponent(id)),
                                           api("GET", "/v1/legitimacy/" + encodeURIComponent(id))]);
    const inst = info.instrument || info;
    const L = leg.instrument;
    box.replaceChildren(el("h2", { text: inst.title || id }),
      el("div", { class: "hint", text: `${id} · ${inst.jurisdiction || ""} · ${inst.binding || ""} · ${inst.modality || ""}` }),
      el("p", { class: "verdict " + (L.legitimate ? "ok" : "bad"),
                text: L.legitimate ? `Legitimate: mode ${L.mode}` : "Not legitimate under the criterion" }),
      ...L.findings.map(f => el("div", { text: `${f.finding}: ${f.explanation}` })),
      el("h3", { text: "Legitimacy chain (issuer → mandate → … → public)" }),
      ...(L.issuers || []).map(chainNode),
      el("p", { class: "hint", text: `Criterion: ${leg.criterion.title}` }));
  } catch (e) { box.replaceChildren(el("div", { class: "error", text: e.message })); }
}

async function loadInstruments() {
  const r = await api("GET", "/v1/instruments");
  const ul = $("#inst-list");
  const draw = () => {
    const q = $("#inst-filter").value.toLowerCase();
    ul.replaceChildren(...r.instruments.filter(i => !q || (i.id + i.title + i.jurisdiction).toLowerCase().includes(q))
      .map(i => el("li", { onclick: () => showInstrument(i.id), "data-id": i.id },
        el("span", { text: i.short_title || i.title }), el("span", { class: "j", text: `${i.jurisdiction} · ${i.binding}` }))));
  };
  $("#inst-filter").addEventListener("input", draw);
  draw();
}

// ---- Map (SVG, zoom and pan) -----------------------------------------------------------
const SVGNS = "http://www.w3.org/2000/svg";
const sv = (tag, attrs) => { const e = document.createElementNS(SVGNS, tag); for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v); return e; };

function panZoom(svg, w, h) {
  let vb = [0, 0, w, h], drag = null;
  const apply = () => svg.setAttribute("viewBox", vb.join(" "));
  svg.addEventListener("wheel", ev => {
    ev.preventDefault();
    const k = ev.deltaY > 0 ? 1.15 : 1 / 1.15, r = svg.getBoundingClientRect();
    const mx = vb[0] + (ev.clientX - r.left) / r.width * vb[2], my = vb[1] + (ev.clientY - r.top) / r.height * vb[3];
    vb = [mx - (mx - vb[0]) * k, my - (my - vb[1]) * k, vb[2] * k, vb[3] * k]; apply();
  }, { passive: false });
  svg.addEventListener("mousedown", ev => { drag = [ev.clientX, ev.clientY, vb[0], vb[1]]; });
  window.addEventListener("mouseup", () => { drag = null; });
  svg.addEventListener("mousemove", ev => {
    if (!drag) return;
    const r = svg.getBoundingClientRect();
    vb[0] = drag[2] - (ev.clientX - drag[0]) / r.width * vb[2]; vb[1] = drag[3] - (ev.clientY - drag[1]) / r.height * vb[3]; apply();
  });
  svg.addEventListener("dblclick", () => { vb = [0, 0, w, h]; apply(); });
  apply();
}

const KIND_COLOR = { public: "#2e7d32", state: "#6a4c93", supranational: "#3949ab", igo: "#00838f", company: "#b26a00",
                     agency: "#5d4037", sdo: "#546e7a", multistakeholder: "#8e24aa", industry_body: "#ef6c00" };
const BINDING_COLOR = { binding: "#b3261e", voluntary: "#2b5fb3", contractual: "#7b5ea7" };

// Force-directed layout (Fruchterman-Reingold), deterministic: same graph, same picture.
function layout(nodes, edges, W, H) {
  const n = nodes.length, idx = new Map(nodes.map((v, i) => [v.id, i]));
  const x = new Float64Array(n), y = new Float64Array(n), dx = new Float64Array(n), dy = new Float64Array(n);
  for (let i = 0; i < n; i++) { const a = 2.39996 * i, r = Math.sqrt(i + 1) * 18; x[i] = W / 2 + r * Math.cos(a); y[i] = H / 2 + r * Math.sin(a); }
  const E = edges.map(e => [idx.get(e.from || e.source), idx.get(e.to || e.target)]).filter(([a, b]) => a !== undefined && b !== undefined);
  const k = Math.sqrt(W * H / Math.max(1, n)) * 0.8, far = 9 * k * k;
  let t = W / 10;
  for (let it = 0; it < 250; it++) {
    dx.fill(0); dy.fill(0);
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
      let ex = x[i] - x[j], ey = y[i] - y[j], d2 = ex * ex + ey * ey + 0.01;
      if (d2 > far) continue;
      const f = k * k / d2; dx[i] += ex * f; dy[i] += ey * f; dx[j] -= ex * f; dy[j] -= ey * f;
    }
    for (const [a, b] of E) {
      const ex = x[a] - x[b], ey = y[a] - y[b], d = Math.sqrt(ex * ex + ey * ey) + 0.01, f = d / k;
      dx[a] -= ex * f; dy[a] -= ey * f; dx[b] += ex * f; dy[b] += ey * f;
    }
    for (let i = 0; i < n; i++) {
      dx[i] += (W / 2 - x[i]) * 0.06; dy[i] += (H / 2 - y[i]) * 0.06; // gravity keeps components on screen
      const d = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]) + 0.01, m = Math.min(d, t);
      x[i] += dx[i] / d * m; y[i] += dy[i] / d * m;
    }
    t *= 0.985;
  }
  // Fit the middle 96% of the nodes to the view; stragglers are clamped to its edge.
  const q = (arr, p) => [...arr].sort((a, b) => a - b)[Math.floor(p * (arr.length - 1))];
  const x0 = q(x, 0.02), x1 = q(x, 0.98), y0 = q(y, 0.02), y1 = q(y, 0.98);
  const sx = (W - 160) / Math.max(1, x1 - x0), sy = (H - 60) / Math.max(1, y1 - y0);
  const clamp = (v, lo, hi) => Math.max(lo, Math.min(hi, v));
  return new Map(nodes.map((v, i) => [v.id, [clamp(60 + (x[i] - x0) * sx, 10, W - 100), clamp(30 + (y[i] - y0) * sy, 10, H - 10)]]));
}

async function loadMap() {
  const box = $("#map-view");
  try {
    const m = await api("GET", "/v1/map?format=json");
    const nodes = m.nodes || [], edges = m.edges || [];
    const W = 1600, H = 900;
    const pos = layout(nodes, edges, W, H);
    const svg = sv("svg", { xmlns: SVGNS });
    const deg = new Map();
    for (const e of edges) for (const v of [e.from, e.to]) deg.set(v, (deg.get(v) || 0) + 1);
    for (const e of edges) {
      const a = pos.get(e.from), b = pos.get(e.to);
      if (!a || !b) continue;
      const line = sv("line", { x1: a[0], y1: a[1], x2: b[0], y2: b[1], stroke: e.type === "delegates" ? "#9fb89f" : "#c3ccda", "stroke-width": 0.7 });
      const t = sv("title", {}); t.textContent = `${e.from} ${e.type} ${e.to}`; line.append(t);
      svg.append(line);
    }
    for (const v of nodes) {
      const [x, y] = pos.get(v.id), inst = v.type === "instrument";
      const r = inst ? 5.5 : 3 + Math.min(5, Math.sqrt(deg.get(v.id) || 0));
      const fill = inst ? BINDING_COLOR[v.binding] || "#2b5fb3" : KIND_COLOR[v.kind] || "#7a8699";
      const shape = inst ? sv("rect", { x: x - r, y: y - r, width: 2 * r, height: 2 * r, fill, rx: 1.5 })
                         : sv("circle", { cx: x, cy: y, r, fill, stroke: v.institution ? "#17233a" : "none", "stroke-width": 1 });
      const t = sv("title", {}); t.textContent = `${v.name || v.id} (${inst ? (v.binding || "") + " instrument" : v.kind || v.type})`;
      shape.append(t);
      svg.append(shape);
      if (inst || (deg.get(v.id) || 0) >= 4) {
        const label = sv("text", { x: x + r + 2, y: y + 3, "font-size": inst ? 8.5 : 8, fill: inst ? "#1d2430" : "#4a5568" });
        label.textContent = v.id; svg.append(label);
      }
    }
    const f = m.figures || {};
    const legend = el("div", { class: "summary" },
      el("span", { class: "chip", text: `${f.institutions} institutions` }), el("span", { class: "chip", text: `${f.instruments} instruments` }),
      el("span", { class: "chip applies", text: `${Math.round(100 * (f.binding_share || 0))}% binding` }),
      el("span", { class: "chip", text: `${(f.links_per_institution || 0).toFixed(2)} coordination links per institution` }),
      el("span", { class: "chip", text: `${f.connected_components} components` }),
      el("span", { class: "chip", text: "■ instrument (red binding, blue voluntary) · ● actor (outlined: institution)" }));
    box.replaceChildren(svg);
    box.before(legend);
    panZoom(svg, W, H);
  } catch (e) { box.replaceChildren(el("div", { class: "error", text: e.message })); }
}

function loadGaps() {
  $("#gaps-view").replaceChildren(el("img", { src: "/v1/gaps?format=svg", alt: "coverage heat map", style: "max-width:100%" }));
}

// ---- Registry --------------------------------------------------------------------------
async function showSystem(id) {
  const box = $("#sys-detail");
  try {
    const s = await api("GET", "/v1/systems/" + encodeURIComponent(id));
    const c = s.compliance;
    const rows = (c.provisions || []).map(p => el("tr", {}, el("td", { text: p.status }), el("td", { text: p.provision }),
      el("td", { text: `${p.kind}, ${p.binding}` }), el("td", { text: p.reason })));
    box.replaceChildren(el("h2", { text: id }),
      el("div", { class: "summary" }, el("span", { class: "chip ok", text: `${c.met} met` }),
        el("span", { class: "chip applies", text: `${c.unmet} unmet` }), el("span", { class: "chip unknown", text: `${c.unknown} unknown` }),
        el("span", { class: "chip", text: `as of ${c.date}` })),
      el("table", {}, el("thead", {}, el("tr", {}, ...["Status", "Provision", "Kind", "Why"].map(h => el("th", { text: h })))), el("tbody", {}, ...rows)),
      el("h3", { text: "Evidence" }),
      ...(s.evidence.length ? s.evidence.map(e => el("div", { text: `${e.provision}: ${e.reference} (sha256 ${e.sha256.slice(0, 12)}…, ${e.date}, by ${e.filed_by})` }))
                            : [el("p", { class: "hint", text: "none filed" })]),
      el("h3", { text: "Profile history" }),
      ...s.versions.map(v => el("div", { text: `v${v.version} filed ${v.filed_at} by ${v.filed_by} (sha256 ${v.profile_sha256.slice(0, 12)}…)` })));
  } catch (e) { box.replaceChildren(el("div", { class: "error", text: e.message })); }
}

async function loadRegistry() {
  const r = await api("GET", "/v1/systems");
  const tb = $("#sys-table tbody");
  if (!r.systems.length) { tb.replaceChildren(el("tr", {}, el("td", { colspan: 4, class: "hint", text: "No systems filed yet (PUT /v1/systems/{id})." }))); return; }
  tb.replaceChildren(...r.systems.map(s => {
    const c = s.compliance, n = Math.max(1, c.met + c.unmet + c.unknown);
    const bar = el("div", { class: "bar", title: `${c.met} met, ${c.unmet} unmet, ${c.unknown} unknown` },
      el("span", { class: "met", style: `width:${100 * c.met / n}%` }), el("span", { class: "unmet", style: `width:${100 * c.unmet / n}%` }),
      el("span", { class: "unknown", style: `width:${100 * c.unknown / n}%` }));
    return el("tr", { onclick: () => showSystem(s.id) }, el("td", { text: s.id }), el("td", { text: s.owner }),
      el("td", { text: "v" + s.version }), el("td", {}, bar));
  }));
}

const loaders = { instruments: loadInstruments, map: loadMap, gaps: loadGaps, registry: loadRegistry };

// The map and gaps tabs appear only when this server offers those analyses.
api("GET", "/v1").then(info => {
  const paths = new Set(info.routes.map(r => r.path));
  $("#tab-map").hidden = !paths.has("/v1/map");
  $("#tab-gaps").hidden = !paths.has("/v1/gaps");
}).catch(() => {});
api("GET", "/v1/health").then(h => { $("#today").textContent = `today: ${h.date} · aigov ${h.version}`; }).catch(() => {});
loadExample();
