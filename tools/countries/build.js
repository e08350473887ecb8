// Writes the dashboard's country outlines: world-atlas's 1:110m TopoJSON (Natural Earth, public
// domain) turned into GeoJSON, coordinates rounded to 0.1 degree (a world map needs no more), with
// each country's ISO 3166 numeric id and name as properties.
'use strict';
const fs = require('fs');
const topojson = require('topojson-client');
const world = require('world-atlas/countries-110m.json');

const out = process.argv[2];
if (!out) {
  console.error('usage: node build.js OUT.geojson');
  process.exit(2);
}
const round = (x) => Math.round(x * 10) / 10;
const roundCoords = (c) => (typeof c[0] === 'number' ? [round(c[0]), round(c[1])] : c.map(roundCoords));

// A ring that crosses the antimeridian jumps from +180 to -180; Leaflet would draw that jump as a
// band across the whole map. Longitudes are made continuous instead (Chukotka lies past 180).
const unwrapRing = (ring) => {
  let shift = 0;
  return ring.map(([lon, lat], i) => {
    if (i > 0) {
      const previous = ring[i - 1][0];
      if (lon - previous > 180) shift -= 360;
      else if (previous - lon > 180) shift += 360;
    }
    return [lon + shift, lat];
  });
};
const unwrap = (geometry) => {
  if (geometry.type === 'Polygon') geometry.coordinates = geometry.coordinates.map(unwrapRing);
  if (geometry.type === 'MultiPolygon') geometry.coordinates = geometry.coordinates.map((p) => p.map(unwrapRing));
};

const countries = topojson.feature(world, world.objects.countries);
// No political events are coded on Antarctica, and its outline spans every longitude.
countries.features = countries.features.filter((f) => f.properties.name !== 'Antarctica');
for (const f of countries.features) {
  unwrap(f.geometry);
  f.geometry.coordinates = roundCoords(f.geometry.coordinates);
  f.properties = { id: f.id || null, name: f.properties.name };
  delete f.id;
}
fs.writeFileSync(out, JSON.stringify(countries));
console.log(`wrote ${countries.features.length} countries to ${out}`);
