// Operation step: one record per (path, method) with its repaired parameters, body, response and the
// flags the runtime catalogue needs. Path variables come from the URL template, not the declarations.

import { V2_FILE_ANSWERS } from './facts.mjs';

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
const CLIENT_FILLED_V2 = new Set(['nonce_str', 'sign', 'sign_type']);

/** v2 endpoints that answer a file on success (fact table); their schema only describes the failure XML. */
const V2_DOWNLOADS = new Set(V2_FILE_ANSWERS.keys);
const BINARY_TYPES = /^(application\/(pdf|x-gzip|octet-stream)|text\/plain|image\/)/;

function isPlainObject(v) {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** The `{name}` variables of a path, in order. */
export function templateVariables(key) {
  return [...key.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
}

/** Official documentation links found in a description (`[官方文档](url)` and friends). */
function linksOf(text) {
  return [...String(text ?? '').matchAll(/\[([^\]]*)\]\((https?:\/\/[^)\s]+)\)/g)].map((m) => ({ label: m[1], url: m[2] }));
}

export function collectOperations(loaded, schemas, warn) {
  const ops = [];
  for (const ep of loaded.endpoints) {
    const doc = ep.doc ?? {};
    const methods = Object.keys(doc).filter((k) => METHODS.includes(k));
    const others = Object.keys(doc).filter((k) => !METHODS.includes(k));
    // v3/webhooks.yaml documents the notification protocol (schemas beside a POST): not an endpoint.
    if (!methods.length || others.length) {
      warn('not an endpoint', `${ep.file}: top-level ${others.join(', ') || '(nothing)'}${methods.length ? ` beside ${methods.join(', ')}` : ''}; skipped`);
      continue;
    }
    for (const method of METHODS.filter((m) => methods.includes(m))) {
      ops.push(operation(ep, method, doc[method] ?? {}, schemas, warn));
    }
  }
  ops.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : METHODS.indexOf(a.method) - METHODS.indexOf(b.method)));
  return ops;
}

function operation(ep, method, raw, schemas, warn) {
  const where = `${method.toUpperCase()} ${ep.key}`;
  const file = ep.file;
  const tags = Array.isArray(raw.tags) ? raw.tags.map(String) : [];
  if (raw.tag !== undefined) {
    warn('typo', `${where}: \`tag\` read as \`tags\``);
    for (const t of [].concat(raw.tag)) if (!tags.includes(String(t))) tags.push(String(t));
  }
  if (raw.depracted !== undefined) warn('typo', `${where}: \`depracted\` read as \`deprecated\``);
  if (raw['x-verison'] !== undefined) warn('typo', `${where}: \`x-verison\` read as \`x-version\``);
  const baseUri = raw['x-base-uri'] ?? raw['x-baseuri'];
  if (raw['x-baseuri'] !== undefined) warn('typo', `${where}: \`x-baseuri\` read as \`x-base-uri\``);
  const description = typeof raw.description === 'string' ? raw.description.trim() : '';
  const op = {
    key: ep.key,
    family: ep.family,
    method,
    file,
    summary: typeof raw.summary === 'string' ? raw.summary.trim() : '',
    description,
    links: linksOf(description),
    tags,
    roles: Array.isArray(raw['x-role']) ? raw['x-role'].map(String) : [],
    deprecated: raw.deprecated === true || raw.depracted === true,
    version: raw['x-version'] ?? raw['x-verison'],
    certRequired: raw['x-api-cert-required'] === true,
    baseUri: typeof baseUri === 'string' ? baseUri : undefined,
    consumes: Array.isArray(raw.consumes) ? raw.consumes.map(String) : [],
    produces: Array.isArray(raw.produces) ? raw.produces.map(String) : [],
    pathParams: [],
    query: [],
    headers: [],
    form: [],
    body: undefined,
  };
  const declared = { path: new Map() };
  const params = Array.isArray(raw.parameters) ? raw.parameters : [];
  params.forEach((p0, i) => {
    let p = p0;
    let pfile = file;
    if (isPlainObject(p) && typeof p.$ref === 'string') {
      try {
        const r = loadedResolve(schemas, file, p.$ref);
        p = r.value;
        pfile = r.file;
      } catch (err) {
        warn('bad $ref', `${where}: parameter ${i}: ${err.message}`);
        return;
      }
    }
    if (!isPlainObject(p)) {
      warn('bad parameter', `${where}: parameter ${i} is not an object`);
      return;
    }
    const name = String(p.name ?? '');
    // A shared ($ref) parameter is reported once, at its definition.
    const pwhere = pfile === file ? `${where} (${p.in} ${name})` : `${pfile} (${p.in} ${name})`;
    let required = p.required === true;
    if (p.require !== undefined) {
      warn('typo', `${pwhere}: \`require\` read as \`required\``);
      required = required || p.require === true;
    }
    if (p.in === 'body') {
      op.body = { required, schema: schemas.normalize(p.schema, pfile, `${pwhere}`) };
      return;
    }
    // A parameter's own keys (type/format/enum/items) form its schema; `required` there is a boolean, not a list.
    const { name: _n, in: _in, required: _r, require: _q, schema: inner, ...rest } = p;
    if (rest.type === undefined && rest.$ref === undefined && rest.allOf === undefined && !rest.enum) {
      if (p.in !== 'header') warn('parameter without type', `${pwhere}: no type → string`);
      rest.type = 'string';
    }
    const schema = schemas.normalize(rest, pfile, pwhere);
    const entry = { name, required, schema };
    if (p.in === 'path') declared.path.set(name, entry);
    else if (p.in === 'query') {
      // An APIv2 GET carries its signed fields in the query: the client fills nonce_str/sign/sign_type there too.
      if (op.family === 'v2' && CLIENT_FILLED_V2.has(name)) entry.required = false;
      op.query.push(entry);
    } else if (p.in === 'header') op.headers.push(entry);
    else if (p.in === 'formData') {
      if (isPlainObject(inner)) entry.meta = schemas.normalize(inner, pfile, `${pwhere} schema`);
      op.form.push(entry);
    } else warn('bad parameter', `${pwhere}: unknown location "${p.in}"; ignored`);
  });
  for (const name of templateVariables(ep.key)) {
    const d = declared.path.get(name);
    if (d) op.pathParams.push({ name, required: true, schema: d.schema });
    else {
      op.pathParams.push({ name, required: true, schema: { t: 'string' } });
      warn('undeclared path variable', `${where}: {${name}} is in the URL but not declared; typed as string`);
    }
  }
  for (const name of declared.path.keys()) {
    if (!op.pathParams.some((p) => p.name === name))
      warn('undeclared path variable', `${where}: declares path parameter "${name}" that the URL does not hold; dropped`);
  }
  op.upload = op.form.length > 0 || op.consumes.includes('multipart/form-data');
  op.response = response(op, raw.responses, schemas, warn, where);
  return op;
}

function loadedResolve(schemas, file, ref) {
  return schemas.files.resolve(file, ref);
}

function response(op, responses, schemas, warn, where) {
  const codes = Object.keys(isPlainObject(responses) ? responses : {}).sort();
  const ok = codes.filter((c) => /^2\d\d$/.test(c));
  const binaryProduces = op.produces.some((t) => BINARY_TYPES.test(t));
  if (V2_DOWNLOADS.has(op.key)) return { status: 200, kind: 'binary' };
  if (!ok.length) {
    if (codes.length) warn('no 2xx response', `${where}: answers only ${codes.join(', ')}; data typed unknown`);
    return { status: 200, kind: 'unknown' };
  }
  const status = Number(ok[0]);
  const r = responses[ok[0]] ?? {};
  const raw = isPlainObject(r) ? r.schema : undefined;
  const empty = raw === undefined || raw === null || (isPlainObject(raw) && Object.keys(raw).length === 0);
  if (status === 204 || (status === 202 && empty)) return { status, kind: 'void' };
  // An empty 200 schema is a file download on APIv3; on APIv2 it is a page for the payer's browser.
  if (binaryProduces || (empty && status === 200 && op.family !== 'v2'))
    return { status, kind: 'binary', headers: isPlainObject(r.headers) ? Object.keys(r.headers) : [] };
  if (empty) return { status, kind: 'void' };
  const fileOf = op.file;
  return { status, kind: 'data', schema: schemas.normalize(raw, fileOf, `${where} response ${status}`) };
}
