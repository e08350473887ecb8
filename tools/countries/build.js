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

const countries = topojson.feature(world, world.objects.countries);
for (const f of countries.features) {
  f.geometry.coordinates = roundCoords(f.geometry.coordinates);
  f.properties = { id: f.id || null, name: f.properties.name };
  delete f.id;
}
fs.writeFileSync(out, JSON.stringify(countries));
console.log(`wrote ${countries.features.length} countries to ${out}`);
