// Writes, under src/main/resources:
// - static/map/asia.svg: the countries of Europe and Asia from Natural Earth 1:50m (public
//   domain, via the npm package world-atlas), the Soviet Union's outline (the merged former
//   Soviet republics) and the Sino-Soviet frontier (China's borders with today's Russia,
//   Kazakhstan, Kyrgyzstan and Tajikistan);
// - static/map/world.svg: Natural Earth 1:110m land, the small world map for places beyond
//   asia.svg's frame, with that frame drawn on it;
// - map/outlines.json: the country outlines that places in data/places.yaml may name
//   (outline: { source: natural-earth-50m-countries, features: [...] }), as longitude and
//   latitude rings that the app projects onto either map.
//
// Run after changing it, then commit the output: npm ci && node build-map.mjs
// `./mvnw verify` runs it into target/ and fails when the committed files differ.
// node build-map.mjs DIR writes to DIR instead of src/main/resources.
// The app never needs Node: it serves the committed files.
//
// Projection (mirrored by org.sinosoviet.timeline.geo.MapProjection, which draws the
// markers; MapProjectionTests checks the two agree through the SVG's data- attributes):
// equirectangular with standard parallel PHI0,
//   x = (lon - WEST) * cos(PHI0) * SCALE,   y = (NORTH - lat) * SCALE,
// where SCALE makes the frame WIDTH units wide.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { feature, merge, mesh } from 'topojson-client';

const WEST = 0, EAST = 180, NORTH = 78, SOUTH = 5, PHI0 = 40, WIDTH = 1000;
const K = Math.cos(PHI0 * Math.PI / 180);
const SCALE = WIDTH / ((EAST - WEST) * K);
const HEIGHT = Math.round((NORTH - SOUTH) * SCALE * 10) / 10;

const CHINA = '156';
const FRONTIER = new Set(['643', '398', '417', '762']); // Russia, Kazakhstan, Kyrgyzstan, Tajikistan
const SOVIET = new Set(['643', '804', '112', '498', '233', '428', '440', '268', '051', '031', '398', '860', '795',
	'417', '762']);

const topology = JSON.parse(readFileSync(new URL('./node_modules/world-atlas/countries-50m.json', import.meta.url)));
const countries = topology.objects.countries;

const x = (lon) => (lon - WEST) * K * SCALE;
const y = (lat) => (NORTH - lat) * SCALE;
const round = (v) => Math.round(v * 10) / 10;

// Chukotka reaches across the antimeridian: in a ring or line that lies partly in the far
// east (or wholly just west of 180 degrees), western longitudes are moved east of 180, so
// the shape continues past the frame's eastern edge instead of jumping back to its west.
const unwrap = (points) => (points.some(([lon]) => lon > 90) || points.every(([lon]) => lon < -150))
	? points.map(([lon, lat]) => [lon < -90 ? lon + 360 : lon, lat]) : points;

// Rings wholly outside the frame are left out (the SVG's viewBox clips the rest); so are
// rings across the antimeridian, which Natural Earth cuts at 180 degrees.
function visible(ring) {
	let minLon = Infinity, maxLon = -Infinity, minLat = Infinity, maxLat = -Infinity;
	for (const [lon, lat] of ring) {
		minLon = Math.min(minLon, lon); maxLon = Math.max(maxLon, lon);
		minLat = Math.min(minLat, lat); maxLat = Math.max(maxLat, lat);
	}
	return maxLon >= WEST - 2 && minLon <= EAST && maxLat >= SOUTH - 2 && minLat <= NORTH + 2;
}

// Points are clamped to the frame plus a margin (outside the view, where the clamped
// edges cannot be seen) and thinned to at least MIN_STEP units apart, which keeps the file
// small: at the page's width a unit is about a pixel.
const MARGIN = 20, MIN_STEP = 0.9;
const clamp = (v, max) => Math.min(Math.max(v, -MARGIN), max + MARGIN);

function line(points, close) {
	let d = '', lastX = NaN, lastY = NaN, count = 0;
	points.forEach(([lon, lat], i) => {
		const px = round(clamp(x(lon), WIDTH)), py = round(clamp(y(lat), HEIGHT));
		const end = i === points.length - 1;
		if (Math.hypot(px - lastX, py - lastY) < (end ? 0.05 : MIN_STEP)) return;
		d += (count ? 'L' : 'M') + px + ' ' + py;
		lastX = px; lastY = py; count++;
	});
	if (count < (close ? 3 : 2)) return '';
	return close ? d + 'Z' : d;
}

function path(geometry) {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates]
		: geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
	return polygons.flatMap((rings) => rings.map(unwrap).filter(visible).map((ring) => line(ring, true))).join('');
}

function lines(geometry) {
	const parts = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
	return parts.map(unwrap).filter(visible).map((part) => line(part, false)).join('');
}

const land = feature(topology, topology.objects.land).features.map((f) => path(f.geometry)).join('');
const borders = lines(mesh(topology, countries, (a, b) => a !== b));
const soviet = path(merge(topology, countries.geometries.filter((g) => SOVIET.has(g.id))));
const china = path(merge(topology, countries.geometries.filter((g) => g.id === CHINA)));
const frontier = lines(mesh(topology, countries,
	(a, b) => (a.id === CHINA && FRONTIER.has(b.id)) || (b.id === CHINA && FRONTIER.has(a.id))));

// Presentation attributes, not styles: the file is shown as an image, and pages keep a
// strict content security policy. Greys and a black frontier print in black and white.
const stroke = 'vector-effect="non-scaling-stroke" stroke-linejoin="round"';
const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" `
	+ `data-west="${WEST}" data-north="${NORTH}" data-east="${EAST}" data-south="${SOUTH}" data-phi0="${PHI0}">\n`
	+ `<title>Europe and Asia, with the Soviet Union and the Sino-Soviet frontier</title>\n`
	+ `<desc>Country outlines from Natural Earth 1:50m (public domain, naturalearthdata.com), via the npm package world-atlas 2.0.2. `
	+ `Today's boundaries; the frontier is China's border with Russia, Kazakhstan, Kyrgyzstan and Tajikistan.</desc>\n`
	+ `<defs><path id="soviet" d="${soviet}"/></defs>\n`
	+ `<rect width="${WIDTH}" height="${HEIGHT}" fill="#eef3f7"/>\n`
	+ `<path d="${land}" fill="#ffffff" stroke="none"/>\n`
	+ `<use href="#soviet" fill="#f3e3e0" stroke="none"/>\n`
	+ `<path d="${china}" fill="#f6efd9" stroke="none"/>\n`
	+ `<path d="${borders}" fill="none" stroke="#9a9a9a" stroke-width="0.6" ${stroke}/>\n`
	+ `<use href="#soviet" fill="none" stroke="#7a4a44" stroke-width="1.2" ${stroke}/>\n`
	+ `<path d="${frontier}" fill="none" stroke="#000000" stroke-width="2.4" stroke-dasharray="6 3" ${stroke}/>\n`
	+ `</svg>\n`;
const OUT = process.argv[2] ? resolve(process.argv[2]) : new URL('../main/resources', import.meta.url).pathname;
mkdirSync(`${OUT}/static/map`, { recursive: true });
mkdirSync(`${OUT}/map`, { recursive: true });
writeFileSync(`${OUT}/static/map/asia.svg`, svg);
console.log(`asia.svg: ${svg.length} bytes, ${WIDTH} x ${HEIGHT}`);

// The world map: plate carree (a degree is a unit both ways), from 180 W to 180 E and from
// 84 N to 60 S (Antarctica left out); org.sinosoviet.timeline.geo.MapFrame.WORLD mirrors it.
const W_WEST = -180, W_EAST = 180, W_NORTH = 84, W_SOUTH = -60;
const wx = (lon) => lon - W_WEST, wy = (lat) => W_NORTH - lat;
// Rings across the antimeridian (Chukotka, Fiji) are cut where they jump from one edge to
// the other, and Antarctica, south of the frame, is left out.
function worldRing(ring, close) {
	if (ring.every(([, lat]) => lat < W_SOUTH + 2)) return '';
	let d = '', lastX = NaN, lastY = NaN, count = 0, jumped = false;
	ring.forEach(([lon, lat], i) => {
		const px = round(wx(lon)), py = round(Math.min(Math.max(wy(lat), 0), W_NORTH - W_SOUTH));
		const jump = Math.abs(px - lastX) > 180;
		if (!jump && Math.hypot(px - lastX, py - lastY) < ((i === ring.length - 1) ? 0.05 : 0.4)) return;
		jumped = jumped || jump;
		d += ((count && !jump) ? 'L' : 'M') + px + ' ' + py;
		lastX = px; lastY = py; count++;
	});
	return (count < 3) ? '' : d + ((close && !jumped) ? 'Z' : '');
}
const world110 = JSON.parse(readFileSync(new URL('./node_modules/world-atlas/land-110m.json', import.meta.url)));
const worldLand = feature(world110, world110.objects.land).features.flatMap((f) => {
	const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
	return polygons.flatMap((rings) => rings.map((ring) => worldRing(ring, true)));
}).join('');
const W_WIDTH = W_EAST - W_WEST, W_HEIGHT = W_NORTH - W_SOUTH;
const frame = `M${round(wx(WEST))} ${round(wy(NORTH))}H${round(wx(EAST))}V${round(wy(SOUTH))}H${round(wx(WEST))}Z`;
const world = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W_WIDTH} ${W_HEIGHT}" width="${W_WIDTH}" height="${W_HEIGHT}" `
	+ `data-west="${W_WEST}" data-north="${W_NORTH}" data-east="${W_EAST}" data-south="${W_SOUTH}">\n`
	+ `<title>The world, with the frame of the map of Europe and Asia</title>\n`
	+ `<desc>Land from Natural Earth 1:110m (public domain, naturalearthdata.com), via the npm package world-atlas 2.0.2. `
	+ `The dashed box is the frame of the map of Europe and Asia.</desc>\n`
	+ `<rect width="${W_WIDTH}" height="${W_HEIGHT}" fill="#eef3f7"/>\n`
	+ `<path d="${worldLand}" fill="#ffffff" stroke="#9a9a9a" stroke-width="0.6" ${stroke}/>\n`
	+ `<path d="${frame}" fill="none" stroke="#57514b" stroke-width="1" stroke-dasharray="4 2" ${stroke}/>\n`
	+ `</svg>\n`;
writeFileSync(`${OUT}/static/map/world.svg`, world);
console.log(`world.svg: ${world.length} bytes, ${W_WIDTH} x ${W_HEIGHT}`);

// The outlines places may have: each dataset is a source in data/sources/ (its id is the
// key), each feature a country of it by its Natural Earth name, as world-atlas names it.
// Rings are thinned to points at least STEP degrees apart and rounded to 0.01 degrees:
// finer than a pixel on the locator maps' closest zoom. A feature of several countries
// is not merged here; the app draws all of a place's features.
const OUTLINED = ['Angola', 'Cuba', 'Dem. Rep. Congo', 'Mongolia', 'North Korea', 'South Korea', 'Taiwan'];
const STEP = 0.05;
const deg = (v) => Math.round(v * 100) / 100;
function thin(ring) {
	const out = [];
	ring.forEach(([lon, lat], i) => {
		const last = out[out.length - 1];
		if (last && Math.hypot(lon - last[0], lat - last[1]) < ((i === ring.length - 1) ? 0.005 : STEP)) return;
		out.push([deg(lon), deg(lat)]);
	});
	return out;
}
const features = {};
for (const name of OUTLINED) {
	const geometry = countries.geometries.find((g) => g.properties.name === name);
	if (!geometry) throw new Error(`world-atlas countries-50m has no country named ${name}`);
	const shape = feature(topology, geometry).geometry;
	const polygons = shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates;
	features[name] = { id: geometry.id, rings: polygons.flatMap((rings) => rings.map(thin)).filter((r) => r.length >= 4) };
}
const outlines = '{\n"note": "Written by src/map/build-map.mjs from world-atlas 2.0.2 (Natural Earth 4.1.0, public domain); do not edit.",\n'
	+ '"datasets": {\n"natural-earth-50m-countries": {\n"kind": "area",\n"features": {\n'
	+ Object.entries(features).map(([name, f]) => `${JSON.stringify(name)}: ${JSON.stringify(f)}`).join(',\n')
	+ '\n}\n}\n}\n}\n';
writeFileSync(`${OUT}/map/outlines.json`, outlines);
console.log(`outlines.json: ${outlines.length} bytes, ${OUTLINED.length} features`);
