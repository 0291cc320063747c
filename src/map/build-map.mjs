// Writes src/main/resources/static/map/asia.svg: the countries of Europe and Asia from
// Natural Earth 1:50m (public domain, via the npm package world-atlas), the Soviet Union's
// outline (the merged former Soviet republics) and the Sino-Soviet frontier (China's
// borders with today's Russia, Kazakhstan, Kyrgyzstan and Tajikistan).
//
// Run once after changing it, then commit the SVG: npm ci && node build-map.mjs
// The app never needs Node: it serves the committed file.
//
// Projection (mirrored by org.sinosoviet.timeline.geo.MapProjection, which draws the
// markers; MapProjectionTests checks the two agree through the SVG's data- attributes):
// equirectangular with standard parallel PHI0,
//   x = (lon - WEST) * cos(PHI0) * SCALE,   y = (NORTH - lat) * SCALE,
// where SCALE makes the frame WIDTH units wide.
import { readFileSync, writeFileSync } from 'node:fs';
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
writeFileSync(new URL('../main/resources/static/map/asia.svg', import.meta.url), svg);
console.log(`asia.svg: ${svg.length} bytes, ${WIDTH} x ${HEIGHT}`);
