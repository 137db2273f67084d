// What the type emitter knows before it writes text: which `$ref` definitions each mode uses, the
// name each (definition, mode) gets, and the schema questions the text pass asks (required members,
// a property inside an allOf). emit-types.mjs extends it with the TypeScript text.
import { pascal } from './type-docs.mjs';

export const CLIENT_FILLED_V2 = new Set(['nonce_str', 'sign', 'sign_type']);
/** Names a definition must not take: TS/Node globals and the glue types the generated files import. */
export const RESERVED = new Set([
  'Array',
  'Boolean',
  'Buffer',
  'Date',
  'Error',
  'Function',
  'Map',
  'Number',
  'Object',
  'Omit',
  'Partial',
  'Pick',
  'Promise',
  'Readable',
  'Record',
  'Required',
  'Set',
  'String',
  'Symbol',
  'BinaryBody',
  'Op',
  'UploadBody',
  'V2Extras',
  'NodeBase',
  'Verb',
  'Verbs',
  'Paths',
  'Nodes',
  'Root',
  'Tree',
]);

export class TypeNames {
  constructor(schemas, warn) {
    this.schemas = schemas;
    this.warn = warn;
    this.uses = new Map(); // defId → Set(mode)
    this.names = new Map(); // `${defId}|${mode}` → name
    this.keys = new WeakMap(); // schema node → mode → shape key
    this.shapes = undefined; // shape key → { name } once findShapes ran
  }

  // ---- pass 1: which definitions are used in which mode -------------------------------------
  collect(s, mode) {
    if (!s) return;
    switch (s.t) {
      case 'ref': {
        let set = this.uses.get(s.def);
        if (!set) {
          set = new Set();
          this.uses.set(s.def, set);
        }
        if (set.has(mode)) return;
        set.add(mode);
        this.collect(this.schemas.defs.get(s.def).schema, mode);
        return;
      }
      case 'object':
        for (const p of s.props ?? []) this.collect(p.s, mode);
        return;
      case 'array':
        this.collect(s.items, mode);
        return;
      case 'all':
      case 'one':
        for (const p of s.parts) this.collect(p, mode);
        return;
      default:
    }
  }

  collectOperation(op) {
    const inMode = op.family === 'v2' ? 'v2in' : 'v3';
    for (const p of [...op.pathParams, ...op.query, ...op.headers]) this.collect(p.schema, inMode);
    if (op.body) this.collect(op.body.schema, inMode);
    if (op.response.schema) this.collect(op.response.schema, op.family === 'v2' ? 'v2out' : 'v3');
  }

  assignNames() {
    const ids = [...this.uses.keys()].sort();
    const base = new Map();
    const taken = new Map();
    for (const id of ids) {
      const { file, key } = this.schemas.defs.get(id);
      const stem = file.replace(/^.*\//, '').replace(/\.yaml$/, '');
      let name = pascal(key) || pascal(stem);
      if (/^[0-9]/.test(name)) name = `D${name}`;
      const prev = taken.get(name);
      if ((prev !== undefined && prev !== id) || RESERVED.has(name)) name = `${pascal(stem)}${name}`;
      taken.set(name, id);
      base.set(id, name);
    }
    for (const id of ids) {
      const modes = [...this.uses.get(id)].sort();
      for (const mode of modes) {
        const suffix = modes.length === 1 || mode === 'v3' ? '' : mode === 'v2in' ? 'In' : 'Out';
        this.names.set(`${id}|${mode}`, `${base.get(id)}${suffix}`);
      }
    }
  }

  hasRequired(s, mode) {
    const d = this.schemas.deref(s);
    if (d.t === 'object') return Boolean(d.groups?.length) || (d.props ?? []).some((p) => p.req && !(mode === 'v2in' && CLIENT_FILLED_V2.has(p.name)));
    if (d.t === 'all') return Boolean(d.requireFromRefs?.length) || d.parts.some((p) => this.hasRequired(p, mode));
    if (d.t === 'one') return d.parts.every((p) => this.hasRequired(p, mode));
    return false;
  }

  findProp(parts, name) {
    for (const part of parts) {
      const s = this.schemas.deref(part);
      if (s.t === 'object') {
        const p = (s.props ?? []).find((x) => x.name === name);
        if (p) return p.s;
      }
      if (s.t === 'all') {
        const f = this.findProp(s.parts, name);
        if (f) return f;
      }
    }
    return undefined;
  }
}
