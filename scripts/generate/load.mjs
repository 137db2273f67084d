// Load step: walk the family folders, parse each YAML file with the YAML 1.2 core schema (YES/NO stay
// strings, dates stay strings) and keep the inline comments of enum items, which document the values.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, dirname, posix } from 'node:path';
import { parseDocument, isMap, isSeq, isScalar, isAlias } from 'yaml';

export const FAMILIES = ['v3', 'v2', 'hk', 'global'];

/** YAML node → plain value; `enum` lists also get their item comments under `x-enum-comments`. */
function toPlain(node) {
  if (node === null || node === undefined) return null;
  if (isScalar(node)) return node.value;
  if (isAlias(node)) throw new Error('YAML aliases are not expected in the OpenAPI data');
  if (isSeq(node)) return node.items.map(toPlain);
  if (isMap(node)) {
    const out = {};
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      out[key] = toPlain(pair.value);
      if (key === 'enum' && isSeq(pair.value)) {
        const comments = pair.value.items.map((it, i) => {
          // A trailing `# …` lands on the item; a comment on its own line lands on the next item.
          const own = (it && it.comment) || (pair.value.items[i + 1]?.commentBefore ?? '');
          return own ? String(own).trim() : '';
        });
        if (comments.some(Boolean)) out['x-enum-comments'] = comments;
      }
    }
    return out;
  }
  return node.toJSON ? node.toJSON() : node;
}

export function parseYaml(text, file) {
  const doc = parseDocument(text, { version: '1.2', schema: 'core', uniqueKeys: false });
  if (doc.errors.length) throw new Error(`${file}: ${doc.errors[0].message}`);
  return toPlain(doc.contents);
}

function walk(dir, out) {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (name.endsWith('.yaml')) out.push(p);
  }
  return out;
}

/** File path (relative, posix) → catalogue key: `.yaml` dropped, `{empty}` → trailing slash. */
export function keyOfFile(rel) {
  const noExt = rel.replace(/\.yaml$/, '');
  return noExt.endsWith('/{empty}') ? noExt.slice(0, -'{empty}'.length) : noExt;
}

/** A cache of parsed files, addressed by their posix path relative to the data root. */
export class Files {
  constructor(root) {
    this.root = root;
    this.cache = new Map();
  }
  get(rel) {
    let v = this.cache.get(rel);
    if (v === undefined) {
      const abs = join(this.root, ...rel.split('/'));
      if (!existsSync(abs)) throw new Error(`missing file ${rel}`);
      v = parseYaml(readFileSync(abs, 'utf8'), rel) ?? {};
      this.cache.set(rel, v);
    }
    return v;
  }
  /** Resolve a `$ref` written in file `from`: `other.yaml#Name`, `#/Name`; the fragment is one top-level key (it may hold dots). */
  resolve(from, ref) {
    const hash = ref.indexOf('#');
    const filePart = hash < 0 ? ref : ref.slice(0, hash);
    const key = hash < 0 ? '' : ref.slice(hash + 1).replace(/^\//, '');
    const file = filePart ? posix.normalize(posix.join(posix.dirname(from), filePart)) : from;
    const doc = this.get(file);
    if (!key) return { file, key, value: doc };
    if (!Object.prototype.hasOwnProperty.call(doc, key)) throw new Error(`${from}: $ref ${ref} names no top-level key of ${file}`);
    return { file, key, value: doc[key] };
  }
}

/** Walk the family folders; cross-check against swagger.yaml's `paths`. */
export function loadEndpoints(root, warn) {
  const files = new Files(root);
  const endpoints = [];
  for (const family of FAMILIES) {
    const dir = join(root, family);
    if (!existsSync(dir)) throw new Error(`${dir} is missing: is ${root} the OpenAPI data folder?`);
    for (const abs of walk(dir, [])) {
      const rel = abs
        .slice(root.length + 1)
        .split(/[\\/]/)
        .join('/');
      endpoints.push({ family, file: rel, key: keyOfFile(rel), doc: files.get(rel) });
    }
  }
  const listed = new Set();
  const rootFile = join(root, 'swagger.yaml');
  let swagger = {};
  if (existsSync(rootFile)) {
    swagger = parseYaml(readFileSync(rootFile, 'utf8'), 'swagger.yaml') ?? {};
    for (const [url, item] of Object.entries(swagger.paths ?? {})) {
      const ref = item && item.$ref;
      if (typeof ref !== 'string') {
        warn('swagger.yaml', `path ${url} has no $ref`);
        continue;
      }
      const rel = posix.normalize(ref);
      listed.add(rel);
      if (!existsSync(join(root, ...rel.split('/')))) warn('swagger.yaml', `path ${url} points at a missing file ${rel}`);
    }
    for (const e of endpoints) if (!listed.has(e.file)) warn('unlisted path', `${e.file} is not listed in swagger.yaml (included: the folders are the source)`);
  } else {
    warn('swagger.yaml', 'missing; the folders alone are used');
  }
  return { files, endpoints, swagger, root: dirname(rootFile) };
}
