/**
 * The printed JSON Schema (`baocao schema`) against real output (`baocao audit --format json`):
 * a small checker for the subset of JSON Schema zod emits, so no validator dependency is needed.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { AuditOut, DocumentOut, FindingOut } from '../../src/model/index.js';

type Schema = Record<string, unknown>;

const KNOWN = new Set(['$schema', 'type', 'properties', 'required', 'additionalProperties', 'items', 'anyOf', 'enum', 'const', 'minimum', 'maximum', 'minItems', 'propertyNames', 'pattern', 'description']);

const typeOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v);

/** Errors of `value` against `schema`, as "path: problem" lines; throws on a keyword it does not know. */
function check(schema: Schema, value: unknown, path = '$'): string[] {
  for (const k of Object.keys(schema)) if (!KNOWN.has(k)) throw new Error(`checker does not know keyword ${k} at ${path}`);
  const errors: string[] = [];
  if (schema.type !== undefined) {
    const types = ([] as string[]).concat(schema.type as string);
    const t = typeOf(value);
    if (!types.some((want) => want === t || (want === 'number' && t === 'integer'))) return [`${path}: expected ${types.join('|')}, got ${t}`];
  }
  if ('const' in schema && value !== schema.const) errors.push(`${path}: expected ${JSON.stringify(schema.const)}`);
  if (schema.enum && !(schema.enum as unknown[]).includes(value)) errors.push(`${path}: ${JSON.stringify(value)} not in enum`);
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) errors.push(`${path}: below minimum`);
    if (typeof schema.maximum === 'number' && value > schema.maximum) errors.push(`${path}: above maximum`);
  }
  if (typeof value === 'string' && schema.pattern && !new RegExp(schema.pattern as string, 'u').test(value)) errors.push(`${path}: does not match pattern`);
  if (schema.anyOf && (schema.anyOf as Schema[]).every((s) => check(s, value, path).length)) errors.push(`${path}: matches no anyOf branch`);
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) errors.push(`${path}: fewer than ${schema.minItems} items`);
    if (schema.items) value.forEach((v, i) => errors.push(...check(schema.items as Schema, v, `${path}[${i}]`)));
  }
  if (typeOf(value) === 'object') errors.push(...checkObject(schema, value as Record<string, unknown>, path));
  return errors;
}

function checkObject(schema: Schema, value: Record<string, unknown>, path: string): string[] {
  const errors: string[] = [];
  const props = (schema.properties ?? {}) as Record<string, Schema>;
  for (const r of (schema.required ?? []) as string[]) if (!(r in value)) errors.push(`${path}: missing ${r}`);
  for (const [k, v] of Object.entries(value)) {
    if (props[k]) errors.push(...check(props[k], v, `${path}.${k}`));
    else if (schema.additionalProperties === false) errors.push(`${path}: unexpected property ${k}`);
    else if (typeof schema.additionalProperties === 'object') errors.push(...check(schema.additionalProperties as Schema, v, `${path}.${k}`));
    if (schema.propertyNames) errors.push(...check(schema.propertyNames as Schema, k, `${path}{${k}}`));
  }
  return errors;
}

const run = (...args: string[]) => spawnSync(process.execPath, ['bin/baocao.js', ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });

const schema = JSON.parse(run('schema').stdout) as Schema;
const output = JSON.parse(run('audit', '--format', 'json', 'fixtures/seeds/', 'fixtures/synthetic/', 'no/such/file.txt').stdout) as { documents: Array<Record<string, unknown>> };

const docSchema = () => ((schema.properties as Record<string, Schema>).documents.items as Schema);
const sub = (s: Schema, key: string) => (s.properties as Record<string, Schema>)[key];

describe('the JSON Schema `baocao schema` prints', () => {
  it('accepts the real audit output of every fixture, readable or not', () => {
    expect(output.documents.length).toBeGreaterThan(20);
    expect(output.documents.some((d) => (d.findings as unknown[]).length > 0)).toBe(true);
    expect(output.documents.some((d) => d.error !== null)).toBe(true);
    expect(check(schema, output)).toEqual([]);
  });

  it('rejects output with a missing field, a wrong type, an unknown severity or a stray property', () => {
    const doc = structuredClone(output.documents.find((d) => (d.findings as unknown[]).length)!);
    const finding = (doc.findings as Array<Record<string, unknown>>)[0];
    delete doc.sha256;
    doc.figures = 'none';
    finding.severity = 'fatal';
    const errors = check(schema, { version: 1, documents: [doc] });
    expect(errors.join('\n')).toMatch(/missing sha256/);
    expect(errors.join('\n')).toMatch(/figures: expected array/);
    expect(errors.join('\n')).toMatch(/severity/);
    expect(check(schema, { version: 2, documents: [] })).not.toEqual([]);
  });

  it('names exactly the fields of the zod model, all of them required', () => {
    const keys = (s: Schema) => Object.keys(s.properties as object);
    expect(keys(schema)).toEqual(Object.keys(AuditOut.shape));
    expect(keys(docSchema())).toEqual(Object.keys(DocumentOut.shape));
    expect(docSchema().required).toEqual(Object.keys(DocumentOut.shape));
    const findingSchema = sub(docSchema(), 'findings').items as Schema;
    expect(keys(findingSchema)).toEqual(Object.keys(FindingOut.shape));
    expect(findingSchema.required).toEqual(Object.keys(FindingOut.shape));
  });

  it('agrees with the zod model itself on the same output', () => {
    expect(AuditOut.safeParse(output).success).toBe(true);
  });
});
