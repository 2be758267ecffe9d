// frontwatch dashboard: a map of stories (no tile server: Natural Earth outlines from
// world-atlas), a timeline drawn with uPlot, and the review form. Text is always set with
// textContent, never innerHTML.
"use strict";

const TYPE_COLOURS = {
  AGREE: "#2a9d8f", CONSULT: "#4c9be8", SUPPORT: "#57b35a", CONCEDE: "#8ccf7e", COOPERATE: "#1f77b4",
  AID: "#17becf", RETREAT: "#9edae5", REQUEST: "#bcbd22", ACCUSE: "#e7ba52", REJECT: "#f2a541",
  THREATEN: "#ff7f0e", PROTEST: "#c49c94", SANCTION: "#9467bd", MOBILIZE: "#8c564b",
  COERCE: "#e377c2", ASSAULT: "#d62728",
};

function el(tag, props, ...children) {
  const node = document.createElement(tag);
  Object.assign(node, props || {});
  node.append(...children);
  return node;
}

function apiQuery() {
  const form = document.getElementById("filters");
  const params = new URLSearchParams();
  if (!form) return params;
  for (const [key, value] of new FormData(form)) if (value) params.set(key, value);
  return params;
}

async function fetchAll(path, params, max) {
  const items = [];
  let cursor = null;
  while (items.length < max) {
    const q = new URLSearchParams(params);
    q.set("limit", "500");
    if (cursor) q.set("cursor", cursor);
    const response = await fetch(`${path}?${q}`);
    if (!response.ok) break;
    const page = await response.json();
    items.push(...page.items);
    if (!page.next) break;
    cursor = page.next;
  }
  return items;
}

// The part of a sorted list between two quantiles: the bulk of the data, without outliers.
function quantiles(sorted, lo, hi) {
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))];
  return [at(lo), at(hi)];
}

function drawLegend(stories) {
  const legend = document.getElementById("map-legend");
  if (!legend) return;
  const counts = new Map();
  for (const s of stories) counts.set(s.event_type, (counts.get(s.event_type) || 0) + 1);
  const types = [...counts.keys()].sort((a, b) => counts.get(b) - counts.get(a));
  legend.replaceChildren();
  for (const t of types) {
    const dot = el("span", { className: "legend-dot" });
    dot.style.background = TYPE_COLOURS[t] || "#777";
    legend.append(el("span", { className: "legend-item" }, dot, `${t} ${counts.get(t)}`));
  }
  legend.append(el("span", { className: "legend-item muted" }, "size = number of reports"));
}

async function drawMap(stories) {
  const box = document.getElementById("map");
  if (!box || !window.L) return;
  const map = L.map(box, { worldCopyJump: true, attributionControl: true, minZoom: 2, maxZoom: 10 })
    .setView([50, 30], 4);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Natural Earth via world-atlas");
  try {
    const world = await (await fetch("/static/vendor/world-atlas/countries-50m.json")).json();
    const countries = topojson.feature(world, world.objects.countries);
    L.geoJSON(countries, {
      style: { color: "#9aabba", weight: 0.8, fillColor: "#f4f1ea", fillOpacity: 1 },
      interactive: false,
    }).addTo(map);
  } catch (err) {
    console.warn("country outlines unavailable", err);
  }
  const bounds = [];
  const placed = stories
    .filter((s) => s.location && s.location.lat != null && s.location.lon != null)
    .sort((a, b) => (b.num_articles || 1) - (a.num_articles || 1)); // big circles below small ones
  for (const s of placed) {
    const loc = s.location;
    const marker = L.circleMarker([loc.lat, loc.lon], {
      radius: 4 + 3 * Math.sqrt(s.num_articles || 1),
      color: "#1d2329", weight: 1, fillColor: TYPE_COLOURS[s.event_type] || "#777", fillOpacity: 0.75,
      className: "event-marker",
    }).addTo(map);
    const popup = el("div", { className: "popup" },
      el("a", { href: `/stories/${encodeURIComponent(s.id)}`, textContent: `${s.event_type} · ${loc.name}` }),
      el("div", { textContent: `${s.date || "undated"} · ${s.factuality}` }),
      el("div", { textContent: `${s.num_articles} report${s.num_articles === 1 ? "" : "s"} from ${s.num_outlets} outlet${s.num_outlets === 1 ? "" : "s"}` }));
    marker.bindPopup(popup);
    marker.bindTooltip(`${s.event_type} · ${loc.name} · ${s.num_articles} report${s.num_articles === 1 ? "" : "s"}`);
    bounds.push([loc.lat, loc.lon]);
  }
  if (bounds.length) {
    // frame where most stories are; a few far-away ones stay reachable by zooming out
    const [south, north] = quantiles(bounds.map((b) => b[0]).sort((a, b) => a - b), 0.1, 0.9);
    const [west, east] = quantiles(bounds.map((b) => b[1]).sort((a, b) => a - b), 0.1, 0.9);
    map.fitBounds([[south, west], [north, east]], { padding: [24, 24], maxZoom: 6 });
  }
  document.getElementById("map").dataset.markers = String(bounds.length);
}

function drawTimeline(stories) {
  const box = document.getElementById("timeline");
  if (!box || !window.uPlot) return;
  const byDay = new Map();
  for (const s of stories) {
    if (!s.date) continue;
    const t = Date.parse(`${s.date}T00:00:00Z`) / 1000;
    const row = byDay.get(t) || { count: 0, intensity: 0 };
    row.count += 1;
    row.intensity += s.intensity || 0;
    byDay.set(t, row);
  }
  const days = [...byDay.keys()].sort((a, b) => a - b);
  if (!days.length) {
    box.textContent = "No dated stories match.";
    return;
  }
  // the shortest run of days holding 95% of the dated stories, so that a few stray dates do
  // not squeeze the rest into a sliver; the caption says how many are left out
  const dated = stories.filter((s) => s.date).map((s) => Date.parse(`${s.date}T00:00:00Z`) / 1000);
  dated.sort((a, b) => a - b);
  const keep = Math.max(1, Math.ceil(0.95 * dated.length));
  let first = dated[0];
  let last = dated[dated.length - 1];
  for (let i = 0; i + keep - 1 < dated.length; i++) {
    if (dated[i + keep - 1] - dated[i] < last - first) [first, last] = [dated[i], dated[i + keep - 1]];
  }
  const outside = dated.filter((t) => t < first || t > last).length;
  const all = [];
  for (let t = first; t <= last; t += 86400) all.push(t);
  const note = document.getElementById("timeline-note");
  if (note && outside) note.textContent = ` · ${outside} stor${outside === 1 ? "y" : "ies"} dated outside ${new Date(first * 1000).toISOString().slice(0, 10)} – ${new Date(last * 1000).toISOString().slice(0, 10)} not shown`;
  const counts = all.map((d) => (byDay.has(d) ? byDay.get(d).count : 0));
  const mean = all.map((d) => (byDay.has(d) ? byDay.get(d).intensity / byDay.get(d).count : null));
  const bars = uPlot.paths && uPlot.paths.bars ? uPlot.paths.bars({ size: [0.8, 24] }) : undefined;
  const size = () => ({
    width: Math.max(240, box.clientWidth),
    height: window.innerWidth < 760 ? 220 : 330,
  });
  const plot = new uPlot({
    ...size(),
    legend: { live: false },
    scales: { x: { time: true }, int: { range: [-10, 10] } },
    series: [
      {},
      { label: "stories", stroke: "#3d6b99", fill: "rgba(61,107,153,0.45)", width: 1, paths: bars, points: { show: false } },
      { label: "mean intensity", stroke: "#c0392b", scale: "int", width: 1.5, spanGaps: false, points: { show: true, size: 6, fill: "#c0392b" } },
    ],
    axes: [
      {},
      { label: "stories", size: 44 },
      { side: 1, scale: "int", label: "intensity", grid: { show: false }, size: 44 },
    ],
  }, [all, counts, mean], box);
  window.addEventListener("resize", () => plot.setSize(size()));
}

function setupReview() {
  const form = document.getElementById("review");
  if (!form) return;
  const saved = { author: localStorage.getItem("frontwatch-author"), token: sessionStorage.getItem("frontwatch-token") };
  if (saved.author) form.elements.author.value = saved.author;
  if (saved.token) form.elements.token.value = saved.token;
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const data = new FormData(form);
    const status = document.getElementById("review-status");
    status.textContent = "Saving…";
    const body = { verdict: data.get("verdict"), comment: data.get("comment") };
    if (data.get("author")) body.author = data.get("author");
    let response;
    let reply = {};
    try {
      response = await fetch(`/api/events/${encodeURIComponent(form.dataset.event)}/review`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Authorization: `Bearer ${data.get("token")}` },
        body: JSON.stringify(body),
      });
      reply = await response.json();
    } catch (err) {
      status.textContent = `Not saved: ${err}`;
      return;
    }
    if (!response.ok) {
      status.textContent = `Not saved: ${reply.error ? reply.error.message : response.status}`;
      return;
    }
    if (data.get("author")) localStorage.setItem("frontwatch-author", data.get("author"));
    sessionStorage.setItem("frontwatch-token", data.get("token"));
    status.textContent = "Saved.";
    document.getElementById("no-reviews")?.remove();
    const badge = () => el("span", { className: `badge review-${reply.verdict}`, textContent: reply.verdict });
    const when = reply.created_at.slice(0, 16).replace("T", " ");
    document.getElementById("reviews").append(el("li", {}, badge(), " ",
      el("span", { className: "comment", textContent: reply.comment }), " ",
      el("small", { textContent: `— ${reply.author}, ${when} UTC` })));
    document.getElementById("verdict").replaceChildren(badge());
    form.elements.comment.value = "";
  });
}

async function main() {
  setupReview();
  if (document.getElementById("map")) {
    const stories = await fetchAll("/api/stories", apiQuery(), 5000);
    drawLegend(stories);
    await drawMap(stories);
    drawTimeline(stories);
    document.body.dataset.ready = "1";
  }
}

main();
