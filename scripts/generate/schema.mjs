// Schema step: turn the YAML's loose Swagger 2 schemas into a small, repaired model that the type,
// sample and docs emitters share. Every repair is reported through `warn(kind, message)`.
//
// Model node: { t, desc?, format?, deprecated?, example?, ... } where t is one of
//   'object' { props: [{ name, s, req }], free? }   'array' { items }
//   'string' | 'integer' | 'number' | 'boolean' { enum?, enumDocs? }   'file'   'unknown'
//   'ref' { def }   'all' { parts }   'one' { parts }

const TYPES = new Set(['string', 'integer', 'number', 'boolean', 'object', 'array', 'file']);
const TYPE_FIXES = { stringde: 'string', int: 'integer', uint64: 'integer', uint32: 'integer', int64: 'integer', int32: 'integer' };
const KEYWORDS = new Set([
  'type',
  'format',
  'description',
  'properties',
  'required',
  'require',
  'items',
  'enum',
  'x-enum-comments',
  'example',
  'default',
  'maxLength',
  'minLength',
  'pattern',
  'maxItems',
  'minItems',
  'maximum',
  'minimum',
  'exclusiveMaximum',
  'exclusiveMinimum',
  'allOf',
  'oneOf',
  'anyOf',
  'xml',
  'nullable',
  'title',
  '$ref',
  'readOnly',
  'writeOnly',
  'deprecated',
  'depracted',
  'uniqueItems',
  'multipleOf',
  'additionalProperties',
  'discriminator',
  'externalDocs',
  'headers',
  'name',
  'in',
]);

function isPlainObject(v) {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

export class Schemas {
  constructor(files, warn) {
    this.files = files;
    this.warn = warn;
    /** defId (`file#key`) → { id, file, key, schema } */
    this.defs = new Map();
    this.pending = new Set();
  }

  /** Normalise `raw` found in file `file` at `where` (for messages). */
  normalize(raw, file, where, partOfAll = false) {
    if (raw === null || raw === undefined) return { t: 'unknown' };
    if (!isPlainObject(raw)) {
      this.warn('bad schema', `${where}: a schema is ${JSON.stringify(raw)}; treated as unknown`);
      return { t: 'unknown' };
    }
    if (typeof raw.$ref === 'string') return this.ref(raw, file, where);
    const node = {};
    this.copyDocs(raw, node, where);
    if (Array.isArray(raw.allOf)) {
      const parts = raw.allOf.map((p, i) => this.normalize(p, file, `${where}/allOf/${i}`, true));
      return this.collapse({ t: 'all', parts, ...node }, raw, file, where);
    }
    if (Array.isArray(raw.oneOf) || Array.isArray(raw.anyOf)) {
      const list = raw.oneOf ?? raw.anyOf;
      return { t: 'one', parts: list.map((p, i) => this.normalize(p, file, `${where}/oneOf/${i}`)), ...node };
    }
    const type = this.typeOf(raw, where);
    node.t = type;
    if (type === 'object') {
      const obj = this.object(raw, file, where, node);
      // Inside allOf a sibling part may declare the property (see collapse); elsewhere it is reported now.
      if (obj.missingRequired && !partOfAll) {
        this.warn('required names no property', `${where}: required ${obj.missingRequired.join(', ')} not among the properties; ignored`);
        delete obj.missingRequired;
        if (!obj.props) obj.free = true;
      }
      return obj;
    }
    if (type === 'array') {
      if (raw.items === undefined || raw.items === null) {
        this.warn('array without items', `${where}: array with no items → unknown[]`);
        node.items = { t: 'unknown' };
      } else node.items = this.normalize(raw.items, file, `${where}/items`);
      return node;
    }
    if (raw.enum !== undefined) this.enumOf(raw, node, where);
    return node;
  }

  copyDocs(raw, node, where) {
    if (typeof raw.description === 'string' && raw.description.trim()) node.desc = raw.description.trim();
    if (raw.format !== undefined && raw.format !== null) node.format = String(raw.format);
    if (raw.deprecated === true) node.deprecated = true;
    if (raw.depracted === true) {
      node.deprecated = true;
      this.warn('typo', `${where}: \`depracted\` read as \`deprecated\``);
    }
    if (raw.example !== undefined) node.example = raw.example;
    if (raw.default !== undefined) node.default = raw.default;
    if (raw['x-is-sensitive'] !== undefined) node.sensitive = true;
    if (raw.xml && raw.xml['x-cdata']) node.cdata = true;
  }

  /** The schema's type, repairing garbage and inferring a missing one. */
  typeOf(raw, where) {
    let type = raw.type;
    if (type === undefined || type === null) {
      if (raw.properties !== undefined || Object.keys(raw).some((k) => !KEYWORDS.has(k) && !k.startsWith('x-') && isPlainObject(raw[k]) && raw[k].type))
        return 'object';
      if (raw.items !== undefined) return 'array';
      if (Array.isArray(raw.enum)) {
        const t = raw.enum.every((v) => typeof v === 'number') ? (raw.enum.every(Number.isInteger) ? 'integer' : 'number') : 'string';
        this.warn('enum without type', `${where}: enum with no type → ${t}`);
        return t;
      }
      return 'unknown';
    }
    if (typeof type !== 'string') {
      this.warn('garbage type', `${where}: type ${JSON.stringify(type)} → string`);
      return 'string';
    }
    if (TYPES.has(type)) return type;
    const trimmed = type.trim();
    if (TYPES.has(trimmed)) {
      this.warn('garbage type', `${where}: type "${type}" → ${trimmed}`);
      return trimmed;
    }
    if (TYPE_FIXES[trimmed]) {
      this.warn('garbage type', `${where}: type "${type}" → ${TYPE_FIXES[trimmed]}`);
      return TYPE_FIXES[trimmed];
    }
    this.warn('garbage type', `${where}: type "${type}" (an example pasted as a type) → string`);
    return 'string';
  }

  enumOf(raw, node, where) {
    if (!Array.isArray(raw.enum)) {
      this.warn('bad enum', `${where}: enum is not a list; ignored`);
      return;
    }
    const docs = raw['x-enum-comments'] ?? [];
    const values = [];
    const valueDocs = [];
    raw.enum.forEach((v, i) => {
      let value = v;
      if (node.t === 'string' && typeof v !== 'string') {
        value = String(v);
        this.warn('enum value type', `${where}: ${JSON.stringify(v)} in a string enum → "${value}"`);
      } else if ((node.t === 'integer' || node.t === 'number') && typeof v !== 'number') {
        if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) {
          value = Number(v);
          this.warn('enum value type', `${where}: "${v}" in a numeric enum → ${value}`);
        } else {
          this.warn('enum value type', `${where}: ${JSON.stringify(v)} in a numeric enum; the field becomes a string enum`);
          node.t = 'string';
        }
      } else if (node.t === 'boolean' && typeof v !== 'boolean') {
        this.warn('enum value type', `${where}: ${JSON.stringify(v)} in a boolean enum; ignored`);
        return;
      }
      if (values.includes(value)) {
        this.warn('duplicate enum value', `${where}: ${JSON.stringify(value)} listed twice`);
        return;
      }
      values.push(value);
      valueDocs.push(docs[i] ?? '');
    });
    if (node.t === 'string') for (let i = 0; i < values.length; i += 1) values[i] = String(values[i]);
    if (values.length) {
      node.enum = values;
      if (valueDocs.some(Boolean)) node.enumDocs = valueDocs;
    }
  }

  object(raw, file, where, node) {
    let props = raw.properties;
    if (props !== undefined && props !== null && !isPlainObject(props)) {
      this.warn('bad properties', `${where}: properties is ${JSON.stringify(props)}; ignored`);
      props = undefined;
    }
    const entries = Object.entries(props ?? {});
    // Properties written beside `type: object` instead of under `properties:`.
    for (const k of Object.keys(raw)) {
      if (KEYWORDS.has(k) || k.startsWith('x-')) continue;
      const v = raw[k];
      if (isPlainObject(v) && (v.type !== undefined || v.$ref !== undefined || v.properties !== undefined)) {
        this.warn('misplaced property', `${where}: "${k}" sits beside type: object; lifted into properties`);
        entries.push([k, v]);
      }
    }
    const required = new Set();
    const reqList = raw.required;
    if (Array.isArray(reqList)) for (const r of reqList) required.add(String(r));
    else if (reqList !== undefined && reqList !== null && reqList !== false && reqList !== true) {
      this.warn('bad required', `${where}: required is ${JSON.stringify(reqList)}; ignored`);
    }
    node.props = entries.map(([name, value]) => {
      const s = this.normalize(value, file, `${where}.${name}`);
      let req = required.has(name);
      if (isPlainObject(value) && value.required === true) {
        req = true;
        this.warn('required on property', `${where}.${name}: \`required: true\` on the property → required in its parent`);
      }
      return { name, s, req };
    });
    const names = new Set(node.props.map((p) => p.name));
    const missing = [...required].filter((r) => !names.has(r));
    if (missing.length) node.missingRequired = missing;
    if (!node.props.length) {
      delete node.props;
      if (!missing.length) node.free = true;
    }
    return node;
  }

  /**
   * allOf: a `required` list naming a property declared in a sibling part marks that sibling's
   * property required; what is left unresolved is reported.
   */
  collapse(node, raw, file, where) {
    const SCALARS = ['string', 'integer', 'number', 'boolean'];
    if (node.parts.length > 1 && node.parts.every((p) => SCALARS.includes(this.deref(p).t))) {
      // `allOf: [$ref SomeEnum, { enum: [MORE] }]` extends an enum: the values of all parts are allowed.
      this.warn('allOf of enums', `${where}: allOf over enums read as the union of their values`);
      return { ...node, t: 'one' };
    }
    const inline = node.parts.filter((p) => p.t === 'object' && p.props);
    for (const part of node.parts) {
      if (!part.missingRequired) continue;
      const left = [];
      for (const name of part.missingRequired) {
        const target = inline.find((o) => o !== part && o.props.some((p) => p.name === name));
        if (target) target.props.find((p) => p.name === name).req = true;
        else if (this.propsOfParts(node.parts, part).has(name)) (node.requireFromRefs ??= []).push(name);
        else left.push(name);
      }
      if (left.length) this.warn('required names no property', `${where}: required ${left.join(', ')} not among the properties; ignored`);
      delete part.missingRequired;
      if (!part.props) part.empty = true;
    }
    node.parts = node.parts.filter((p) => !(p.t === 'object' && p.empty && !p.desc));
    if (node.parts.length === 1 && !node.requireFromRefs) {
      const only = node.parts[0];
      return { ...only, ...(node.desc ? { desc: node.desc } : {}) };
    }
    return node;
  }

  /** Property names reachable through the ref/all parts other than `except`. */
  propsOfParts(parts, except) {
    const names = new Set();
    const visit = (s) => {
      if (!s) return;
      if (s.t === 'object') for (const p of s.props ?? []) names.add(p.name);
      else if (s.t === 'all') s.parts.forEach(visit);
      else if (s.t === 'ref') visit(this.defs.get(s.def)?.schema);
    };
    for (const p of parts) if (p !== except) visit(p);
    return names;
  }

  ref(raw, file, where) {
    let target;
    try {
      target = this.files.resolve(file, raw.$ref);
    } catch (err) {
      this.warn('bad $ref', `${where}: ${err.message}; treated as unknown`);
      return { t: 'unknown' };
    }
    const id = `${target.file}#${target.key}`;
    if (!this.defs.has(id)) {
      if (this.pending.has(id)) throw new Error(`circular $ref at ${where}: ${id}`);
      this.pending.add(id);
      const schema = this.normalize(target.value, target.file, id);
      this.pending.delete(id);
      this.defs.set(id, { id, file: target.file, key: target.key, schema });
    }
    const node = { t: 'ref', def: id };
    if (typeof raw.description === 'string' && raw.description.trim()) node.desc = raw.description.trim();
    return node;
  }

  /** Follow refs to the schema itself. */
  deref(s) {
    let cur = s;
    for (let i = 0; cur && cur.t === 'ref' && i < 50; i += 1) cur = this.defs.get(cur.def)?.schema;
    return cur ?? { t: 'unknown' };
  }
}
