// Validates the data package of a running app with Frictionless Data's own JavaScript
// library, datapackage-js (and tableschema-js under it), offline:
//   - /export/datapackage.json against the tabular-data-package profile that the library
//     ships (a JSON Schema), which covers each resource and its Table Schema;
//   - every CSV table read and cast against its Table Schema: the header names the fields,
//     every value has its type and format, required fields are filled, enums hold,
//     primary keys are unique and foreign keys resolve in the tables they name.
// Then it proves the check can fail: copies of the tables with a dangling foreign key, a
// duplicate primary key, a value of the wrong type and a bad field type must each be
// rejected.
// Usage: node validate.mjs http://127.0.0.1:8080   (run.sh starts the app and calls it)
import { createRequire } from 'node:module';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const { Package } = require('datapackage');

const base = (process.argv[2] || 'http://127.0.0.1:8080').replace(/\/+$/, '');
let passed = 0;
let failed = 0;

async function check(name, body) {
  try {
    await body();
    passed++;
    console.log(`ok   ${name}`);
  } catch (error) {
    failed++;
    console.log(`FAIL ${name}\n     ${error && error.stack ? error.stack.split('\n').slice(0, 4).join('\n     ') : error}`);
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

function problems(error) {
  return [error.message, ...(error.errors || []).map((e) => e.message)].join('; ');
}

/** Loads a package and reads every table with casting and relations: the errors found. */
async function validate(descriptor, options) {
  const dataPackage = await Package.load(descriptor, options);
  const errors = dataPackage.errors.map((e) => `descriptor: ${e.message}`);
  const rows = {};
  if (!dataPackage.valid) return { errors, rows };
  for (const resource of dataPackage.resources) {
    if (!resource.valid) {
      errors.push(...resource.errors.map((e) => `${resource.name}: ${e.message}`));
      continue;
    }
    if (!resource.tabular) {
      errors.push(`${resource.name}: not tabular`);
      continue;
    }
    try {
      rows[resource.name] = (await resource.read({ keyed: true, relations: true })).length;
    } catch (error) {
      errors.push(`${resource.name}: ${problems(error)}`);
    }
  }
  return { errors, rows };
}

const descriptorUrl = `${base}/export/datapackage.json`;
const descriptor = await (await fetch(descriptorUrl)).json();

await check('the descriptor and every table are valid (Frictionless datapackage-js)', async () => {
  assert(descriptor.profile === 'tabular-data-package', `profile ${descriptor.profile}`);
  const { errors, rows } = await validate(descriptorUrl);
  assert(errors.length === 0, `\n       ${errors.join('\n       ')}`);
  const names = descriptor.resources.map((r) => r.name);
  assert(Object.keys(rows).length === names.length, `read ${Object.keys(rows).length} of ${names.length} tables`);
  console.log(`     ${names.map((name) => `${name} ${rows[name]}`).join(', ')}`);
  const events = (await (await fetch(`${base}/api/events?size=1`)).json()).page.totalElements;
  assert(rows.events === events, `events table has ${rows.events} rows, the API ${events} events`);
  for (const name of ['claims', 'citations', 'sources', 'periods', 'themes', 'actors', 'places', 'event-themes']) {
    assert(rows[name] > 0, `table ${name} is empty`);
  }
});

await check('every table declares a primary key, and the link tables their foreign keys', async () => {
  for (const resource of descriptor.resources) {
    assert(resource.schema.primaryKey && resource.schema.primaryKey.length > 0, `${resource.name}: no primary key`);
    const linking = /^event-|-names$|-citations$/.test(resource.name);
    if (linking || ['events', 'claims', 'citations', 'periods'].includes(resource.name)) {
      assert(resource.schema.foreignKeys && resource.schema.foreignKeys.length > 0, `${resource.name}: no foreign key`);
    }
  }
  assert(descriptor.licenses && descriptor.licenses[0].name === 'CC-BY-4.0', 'licence');
});

// Local copies of the tables, changed one way at a time: each must be rejected.
const copies = mkdtempSync(join(tmpdir(), 'datapackage-'));
const tables = {};
for (const resource of descriptor.resources) {
  tables[resource.name] = await (await fetch(resource.path)).text();
}
function tampered(change, changeDescriptor = (d) => d) {
  const dir = mkdtempSync(join(copies, 'copy-'));
  const local = JSON.parse(JSON.stringify(descriptor));
  for (const resource of local.resources) {
    const file = `${resource.name}.csv`;
    writeFileSync(join(dir, file), change(resource.name, tables[resource.name]));
    resource.path = file;
  }
  return [changeDescriptor(local), { basePath: dir }];
}
const withRow = (table, row) => (name, csv) => (name === table ? csv + row + '\r\n' : csv);

async function rejects(name, pattern, [descriptorCopy, options]) {
  await check(`the validator rejects ${name}`, async () => {
    const { errors } = await validate(descriptorCopy, options);
    assert(errors.some((e) => pattern.test(e)), `expected ${pattern}, got: ${errors.join(' | ') || 'no errors'}`);
  });
}

await check('the untouched local copy is valid too', async () => {
  const { errors } = await validate(...tampered((name, csv) => csv));
  assert(errors.length === 0, errors.join(' | '));
});
const firstCitation = tables.citations.split('\r\n')[1].split(',');
await rejects('a citation of a source that does not exist', /citations: .*Foreign key/i,
  tampered(withRow('citations', `${firstCitation[0]},${firstCitation[1]},999,no-such-source,`)));
await rejects('a claim of an event that does not exist', /claims: .*Foreign key/i,
  tampered(withRow('claims', 'no-such-event,x,1,Text.,normal,,,,https://example.org/events/no-such-event#claim-x')));
await rejects('a duplicate primary key', /themes: .*unique/i,
  tampered((name, csv) => (name === 'themes' ? csv + csv.split('\r\n')[1] + '\r\n' : csv)));
await rejects('a value of the wrong type', /events: .*type/i,
  tampered((name, csv) => (name === 'events' ? csv.replace(/,(\d)\r\n/, ',one\r\n') : csv)));
await rejects('a value outside its enum', /claims: .*constraint/i,
  tampered((name, csv) => (name === 'claims' ? csv.replace(',normal,', ',usual,') : csv)));
await rejects('a field of an unknown type', /descriptor: /,
  tampered((name, csv) => csv, (d) => {
    d.resources[0].schema.fields[0].type = 'text';
    return d;
  }));

rmSync(copies, { recursive: true, force: true });
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
