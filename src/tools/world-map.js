// Makes src/main/resources/static/map/world.svg, the summit map's outline, once at development time (the app
// never runs this and fetches nothing): world-atlas's countries-110m TopoJSON (Natural Earth, public domain) to an
// equirectangular SVG path, x = longitude + 180, y = 90 - latitude, viewBox 0 0 360 180, rounded to 0.1 degree.
//
//   cd "$(mktemp -d)" && npm pack world-atlas@2.0.2 topojson-client@3.1.0
//   for f in *.tgz; do mkdir "${f%.tgz}" && tar xzf "$f" -C "${f%.tgz}"; done
//   node /path/to/repo/src/tools/world-map.js . > /path/to/repo/src/main/resources/static/map/world.svg
const fs = require('fs');
const path = require('path');
const dir = path.resolve(process.argv[2] || '.');
const topojson = require(path.join(dir, 'topojson-client-3.1.0/package/dist/topojson-client.js'));
const world = JSON.parse(fs.readFileSync(path.join(dir, 'world-atlas-2.0.2/package/countries-110m.json'), 'utf8'));
const countries = topojson.feature(world, world.objects.countries);
const r = (v) => { const t = Math.round(v * 10) / 10; return (Object.is(t, -0) ? 0 : t).toString(); };
let d = '';
let points = 0;
function ring(coords) {
  let out = '';
  let last = null;
  let count = 0;
  for (const [lon, lat] of coords) {
    const x = r(lon + 180), y = r(90 - lat);
    const key = x + ',' + y;
    if (key === last) continue;
    out += (count === 0 ? 'M' : (count === 1 ? 'L' : ' ')) + x + ' ' + y;
    last = key; count++;
  }
  if (count < 3) return '';
  points += count;
  return out.replace(/ -/g, '-') + 'Z';
}
// Rings that cross the antimeridian (Fiji, Chukotka, Wrangel Island) are unwrapped and drawn twice, once shifted
// by a full turn, so the view box clips each half; Antarctica, which wraps around the pole, is closed along the
// map's bottom edge.
function unwrap(coords) {
  const out = [];
  let shift = 0;
  for (let i = 0; i < coords.length; i++) {
    if (i > 0) {
      const delta = coords[i][0] - coords[i - 1][0];
      if (delta > 180) shift -= 360;
      if (delta < -180) shift += 360;
    }
    out.push([coords[i][0] + shift, coords[i][1]]);
  }
  return out;
}
function addRing(coords) {
  const jumps = [];
  for (let i = 1; i < coords.length; i++) {
    if (Math.abs(coords[i][0] - coords[i - 1][0]) > 180) jumps.push(i);
  }
  if (jumps.length === 0) {
    d += ring(coords);
  }
  else if (jumps.length % 2 === 1) {
    const i = jumps[0];
    const pole = coords[i][1] < 0 ? -90 : 90;
    const closed = [...coords.slice(0, i), [coords[i - 1][0], pole], [coords[i][0], pole], ...coords.slice(i)];
    d += ring(closed);
  }
  else {
    const u = unwrap(coords);
    const min = Math.min(...u.map((p) => p[0]));
    const offset = min < -180 ? 360 : -360;
    d += ring(u);
    d += ring(u.map(([lon, lat]) => [lon + offset, lat]));
  }
}
for (const f of countries.features) {
  const g = f.geometry;
  if (!g) continue;
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  for (const p of polys) for (const c of p) addRing(c);
}
const svg = `<?xml version="1.0" encoding="UTF-8"?>
<!--
  World outline for the summit map, equirectangular: x = longitude + 180, y = 90 - latitude (viewBox 0 0 360 180).
  Country shapes from Natural Earth 1:110m Admin 0 (public domain, naturalearthdata.com) via the world-atlas 2.0.2
  npm package (TopoJSON, ISC licence, Copyright 2013-2019 Michael Bostock), converted once at development time with
  topojson-client 3.1.0 and rounded to 0.1 degree. Nothing is fetched at run time.
-->
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 360 180" width="360" height="180">
<rect width="360" height="180" fill="#e3ecf5"/>
<path fill="#bcc7d4" stroke="#ffffff" stroke-width="0.25" stroke-linejoin="round" fill-rule="evenodd" d="${d}"/>
</svg>
`;
process.stdout.write(svg);
console.error('points', points, 'bytes', svg.length);
