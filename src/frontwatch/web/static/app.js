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

async function drawMap(stories) {
  const el = document.getElementById("map");
  if (!el || !window.L) return;
  const map = L.map(el, { worldCopyJump: true, attributionControl: true }).setView([50, 30], 4);
  map.attributionControl.addAttribution("Natural Earth via world-atlas");
  try {
    const world = await (await fetch("/static/vendor/world-atlas/countries-50m.json")).json();
    const countries = topojson.feature(world, world.objects.countries);
    L.geoJSON(countries, { style: { color: "#8da2b5", weight: 0.7, fillColor: "#f4f1ea", fillOpacity: 1 } }).addTo(map);
  } catch (err) {
    console.warn("country outlines unavailable", err);
  }
  const bounds = [];
  for (const s of stories) {
    const loc = s.location;
    if (!loc || loc.lat == null || loc.lon == null) continue;
    const marker = L.circleMarker([loc.lat, loc.lon], {
      radius: 5 + 3 * Math.sqrt(s.num_articles || 1),
      color: "#333", weight: 1, fillColor: TYPE_COLOURS[s.event_type] || "#777", fillOpacity: 0.8,
      className: "event-marker",
    }).addTo(map);
    const box = document.createElement("div");
    const link = document.createElement("a");
    link.href = `/stories/${encodeURIComponent(s.id)}`;
    link.textContent = `${s.event_type} · ${loc.name}`;
    const info = document.createElement("div");
    info.textContent = `${s.date || "undated"} · ${s.num_articles} reports, ${s.num_outlets} outlets · ${s.factuality}`;
    box.append(link, info);
    marker.bindPopup(box);
    bounds.push([loc.lat, loc.lon]);
  }
  if (bounds.length) map.fitBounds(bounds, { padding: [30, 30], maxZoom: 7 });
}

function drawTimeline(stories) {
  const el = document.getElementById("timeline");
  if (!el || !window.uPlot) return;
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
    el.textContent = "No dated stories yet.";
    return;
  }
  const data = [days, days.map((d) => byDay.get(d).count), days.map((d) => byDay.get(d).intensity)];
  const width = Math.max(260, el.clientWidth || 400);
  new uPlot({
    width, height: 360,
    series: [{}, { label: "stories", stroke: "#1f77b4", width: 2 },
             { label: "intensity", stroke: "#d62728", scale: "int", width: 1.5 }],
    axes: [{}, { label: "stories" }, { side: 1, scale: "int", label: "intensity", grid: { show: false } }],
  }, data, el);
}

function setupReview() {
  const form = document.getElementById("review");
  if (!form) return;
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const data = new FormData(form);
    const status = document.getElementById("review-status");
    const response = await fetch(`/api/events/${encodeURIComponent(form.dataset.event)}/review`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${data.get("token")}` },
      body: JSON.stringify({ verdict: data.get("verdict"), comment: data.get("comment") }),
    });
    const body = await response.json();
    if (!response.ok) {
      status.textContent = `Not saved: ${body.error ? body.error.message : response.status}`;
      return;
    }
    status.textContent = "Saved.";
    const list = document.getElementById("reviews");
    document.getElementById("no-reviews")?.remove();
    const li = document.createElement("li");
    const badge = document.createElement("span");
    badge.className = `badge review-${body.verdict}`;
    badge.textContent = body.verdict;
    li.append(badge, ` ${body.comment} — ${body.author}`);
    list.append(li);
  });
}

async function main() {
  setupReview();
  if (document.getElementById("map")) {
    const stories = await fetchAll("/api/stories", apiQuery(), 5000);
    await drawMap(stories);
    drawTimeline(stories);
    document.body.dataset.ready = "1";
  }
}

main();
