// Type emitter: the flat `Paths` interfaces (one file per family), the shared `$ref` definitions as
// named types, the body types they use, and the path tree as data (`Tree`: each node's children by
// property). The generated files import only each other; lib/typed.ts maps them to the client.
// Modes: 'v3' (JSON both ways), 'v2in' (XML request: nonce_str/sign/sign_type optional, the client
// fills them), 'v2out' (XML answer: every scalar arrives as a string).
import { docBlock, docText, stripLinks, tsKey, tsString } from './names.mjs';
import { groupNote, pascal, schemaDocLines } from './type-docs.mjs';
import { CLIENT_FILLED_V2, RESERVED, TypeNames } from './type-names.mjs';

const FAMILY_TITLES = { v3: 'V3', v2: 'V2', hk: 'Hk', global: 'Global' };
/** Shapes shorter than this (in characters of TS text) stay inline: a name would save little. */
const MIN_SHAPE = 160;

export class TypeEmitter extends TypeNames {
  // ---- pass 2: TypeScript text --------------------------------------------------------------
  /** TS type text for schema `s` in `mode`; `ind` is the current indentation. */
  ts(s, mode, ind) {
    switch (s.t) {
      case 'ref': {
        const name = this.names.get(`${s.def}|${mode}`);
        this.usedNow?.add(name);
        return name;
      }
      case 'string':
        return s.enum ? s.enum.map(tsString).join(' | ') : 'string';
      case 'integer':
      case 'number':
        if (mode === 'v2out') return s.enum ? s.enum.map((v) => tsString(String(v))).join(' | ') : 'string';
        // APIv2 requests: XML carries text, so '10099' is as good as 10099.
        if (mode === 'v2in') return s.enum ? s.enum.flatMap((v) => [String(v), tsString(String(v))]).join(' | ') : 'number | string';
        return s.enum ? s.enum.map(String).join(' | ') : 'number';
      case 'boolean':
        return mode === 'v2out' ? 'string' : s.enum ? s.enum.map(String).join(' | ') : 'boolean';
      case 'array': {
        const inner = this.ts(s.items, mode, ind);
        return /^[A-Za-z0-9_]+$/.test(inner) ? `${inner}[]` : `Array<${inner}>`;
      }
      case 'object':
        return this.object(s, mode, ind);
      case 'all': {
        const parts = s.parts.map((p) => this.ts(p, mode, ind));
        for (const name of s.requireFromRefs ?? []) {
          const found = this.findProp(s.parts, name);
          parts.push(`{ ${tsKey(name)}: ${found ? this.ts(found, mode, ind) : 'unknown'} }`);
        }
        return parts.map((p) => (p.includes(' | ') && !p.startsWith('{') ? `(${p})` : p)).join(' & ');
      }
      case 'one':
        return s.parts
          .map((p) => {
            const t = this.ts(p, mode, ind);
            return t.includes(' & ') ? `(${t})` : t;
          })
          .join(' | ');
      case 'file':
        return 'Buffer';
      default:
        return 'unknown';
    }
  }

  /** True when an object schema (through refs and allOf) has a property the caller must give. */
  // ---- shared shapes -------------------------------------------------------------------------
  /**
   * Counting pass: emit every operation once to find inline object types written identically (docs
   * included) more than once. Those become named types in definitions.d.ts, parsed once by a
   * consumer's tsc instead of once per operation; their hovers are unchanged.
   */
  findShapes(ops) {
    this.counting = new Map();
    for (const family of ['v3', 'v2', 'hk', 'global'])
      this.pathsFile(
        family,
        ops.filter((o) => o.family === family),
        '',
      );
    const taken = new Set([...RESERVED, ...this.names.values()]);
    this.shapes = new Map();
    for (const [key, { count, hint, s, mode }] of this.counting) {
      if (count < 2 || key.length < MIN_SHAPE) continue;
      const stem = pascal(hint) || 'Shape';
      let name = /^[A-Z]/.test(stem) ? stem : `S${stem}`;
      for (let i = 2; taken.has(name); i += 1) name = `${stem}${i}`;
      taken.add(name);
      this.shapes.set(key, { name, key, s, mode });
    }
    this.counting = undefined;
  }

  /** The identity of an inline object type: its text at the top level, docs included, nothing hoisted. */
  shapeKey(s, mode) {
    let byMode = this.keys.get(s);
    if (!byMode) {
      byMode = new Map();
      this.keys.set(s, byMode);
    }
    let key = byMode.get(mode);
    if (key === undefined) {
      const prev = this.noHoist;
      this.noHoist = true;
      key = `${mode}\n${this.object(s, mode, '')}`;
      this.noHoist = prev;
      byMode.set(mode, key);
    }
    return key;
  }

  object(s, mode, ind) {
    if (!s.props || !s.props.length) return 'Record<string, unknown>';
    if (!this.noHoist && (this.counting || this.shapes)) {
      const key = this.shapeKey(s, mode);
      if (this.counting) {
        const seen = this.counting.get(key);
        if (seen) seen.count += 1;
        else this.counting.set(key, { count: 1, hint: this.hint, s, mode });
      } else if (this.expanding === key) {
        this.expanding = undefined;
      } else {
        const shape = this.shapes.get(key);
        if (shape) {
          this.usedNow?.add(shape.name);
          return shape.name;
        }
      }
    }
    const inner = `${ind}  `;
    let out = '{\n';
    for (const p of s.props) {
      this.hint = p.name;
      const optional = !p.req || (mode === 'v2in' && CLIENT_FILLED_V2.has(p.name));
      const extra = mode === 'v2in' && CLIENT_FILLED_V2.has(p.name) ? ['Filled in by the client when left out.'] : [];
      const note = groupNote(s.groups, p.name);
      if (note) extra.push(docText(note));
      out += docBlock(schemaDocLines(p.s, extra), inner);
      out += `${inner}${tsKey(p.name)}${optional ? '?' : ''}: ${this.ts(p.s, mode, inner)};\n`;
    }
    return `${out}${ind}}${this.groupsText(s.groups, s.props, mode, ind)}`;
  }

  /** ` & (…)` per one-of group: at least one id given, or exactly one mode's fields (the other mode's are `never`). */
  groupsText(groups, props, mode, ind) {
    if (!groups?.length) return '';
    const typeOf = (n) => {
      const p = props.find((x) => x.name === n);
      return p ? this.ts(p.s ?? p.schema, mode, ind) : 'string';
    };
    return groups
      .map((g) => {
        if (g.kind === 'any') return ` & (${g.names.map((n) => `{ ${tsKey(n)}: ${typeOf(n)} }`).join(' | ')})`;
        const all = g.modes.flatMap((m) => m.names);
        const variant = (m) =>
          [...m.required.map((n) => `${tsKey(n)}: ${typeOf(n)}`), ...all.filter((n) => !m.names.includes(n)).map((n) => `${tsKey(n)}?: never`)].join('; ');
        return ` & (${g.modes.map((m) => `{ ${variant(m)} }`).join(' | ')})`;
      })
      .join('');
  }

  definitions(header) {
    let out = header;
    const entries = [...this.names.entries()].sort(([, a], [, b]) => (a < b ? -1 : a > b ? 1 : 0));
    // The $ref definitions keep their own text; shapes are named inside operations only.
    this.noHoist = true;
    for (const [k, name] of entries) {
      const [id, mode] = k.split('|');
      const def = this.schemas.defs.get(id);
      const from = def.file === 'patches' ? 'From the patch table (`scripts/generate/patches.mjs`)' : `From \`${def.file}#${def.key}\``;
      const lines = schemaDocLines(def.schema, [`${from}${mode === 'v2out' ? ' (APIv2 answer: every value arrives as a string)' : ''}.`]);
      out += `\n${docBlock(lines, '')}export type ${name} = ${this.ts(def.schema, mode, '')};\n`;
    }
    this.noHoist = false;
    const shapes = [...(this.shapes?.values() ?? [])].sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const shape of shapes) {
      this.expanding = shape.key;
      out += `\n/** An object type several operations share (written once, so tsc parses it once). */\nexport type ${shape.name} = ${this.object(shape.s, shape.mode, '')};\n`;
    }
    return out;
  }

  // ---- operations ----------------------------------------------------------------------------
  opDoc(op) {
    const lines = [];
    if (op.summary) lines.push(docText(op.summary), '');
    const text = stripLinks(op.description);
    if (text && text !== op.summary) lines.push(docText(text), '');
    const facts = [];
    if (op.roles.length) facts.push(`Roles: ${op.roles.join(', ')}.`);
    if (op.certRequired) facts.push('Sent with the merchant TLS client certificate (`merchant` in Builder.factory).');
    if (op.baseUri) facts.push(`Host: ${op.baseUri}`);
    if (op.family === 'global') facts.push('Host: https://apihk.mch.weixin.qq.com/');
    if (op.response.kind === 'binary') facts.push('Answers a file: `data` holds the bytes.');
    if (facts.length) lines.push(...facts.map(docText), '');
    lines.push(...this.links(op));
    if (op.deprecated) lines.push('@deprecated');
    return lines;
  }

  /** Documentation links as plain text: tsc parses a JSDoc block holding `@see`/`@link` even when it skips library checks. */
  links(op) {
    return op.links.map((l) => `${docText(l.label || '官方文档')}: ${l.url}`);
  }

  optionsType(op, ind) {
    const inMode = op.family === 'v2' ? 'v2in' : 'v3';
    const inner = `${ind}  `;
    let body = '';
    for (const p of op.pathParams) {
      body += docBlock([...schemaDocLines(p.schema), 'Path variable.'], inner);
      const numeric = p.schema.t === 'integer' || p.schema.t === 'number';
      body += `${inner}${tsKey(p.name)}: ${numeric ? 'number | string' : this.ts(p.schema, inMode, inner)};\n`;
    }
    if (op.query.length) {
      const req = op.query.some((q) => q.required) || Boolean(op.queryGroups?.length);
      const qi = `${inner}  `;
      let q = '{\n';
      for (const p of op.query) {
        const note = groupNote(op.queryGroups, p.name);
        q += docBlock(schemaDocLines(p.schema, note ? [docText(note)] : []), qi);
        q += `${qi}${tsKey(p.name)}${p.required ? '' : '?'}: ${this.ts(p.schema, inMode, qi)};\n`;
      }
      q += `${inner}}${this.groupsText(op.queryGroups, op.query, inMode, inner)}`;
      body += docBlock(['Query parameters.'], inner);
      body += `${inner}query${req ? '' : '?'}: ${q};\n`;
    }
    if (op.body) {
      const s = op.body.schema;
      const req = op.body.required || this.hasRequired(s, inMode);
      const key = op.family === 'v2' ? 'xml' : 'json';
      body += docBlock([...(s.desc ? [docText(s.desc)] : []), op.family === 'v2' ? 'The XML body fields.' : 'The JSON body.'], inner);
      this.hint = op.family === 'v2' ? 'V2Request' : 'Request';
      body += `${inner}${key}${req ? '' : '?'}: ${this.ts(s, inMode, inner)};\n`;
    }
    if (op.upload) {
      const parts = op.form.map((f) => `- \`${f.name}\`${f.required ? '' : ' (optional)'}${f.schema.desc ? `: ${docText(f.schema.desc)}` : ''}`);
      body += docBlock(['multipart/form-data body (e.g. `new MediaUtil(file).getStream()`, with its Content-Type header). Parts:', ...parts], inner);
      body += `${inner}body: UploadBody;\n`;
      this.usedNow?.add('UploadBody');
    }
    if (op.headers.length) {
      const hi = `${inner}  `;
      let h = '{\n';
      for (const p of op.headers) {
        const filled = /^wechatpay-serial$/i.test(p.name) ? ['Filled in by the client (the preferred platform key) when left out.'] : [];
        h += docBlock(schemaDocLines(p.schema, filled), hi);
        h += `${hi}${tsKey(p.name)}?: ${this.ts(p.schema, inMode, hi)};\n`;
      }
      h += `${inner}}`;
      body += docBlock(['Request headers.'], inner);
      body += `${inner}headers?: ${h};\n`;
    }
    const core = body ? `{\n${body}${ind}}` : '{}';
    if (op.family !== 'v2') return core;
    this.usedNow?.add('V2Extras');
    return `V2Extras & ${core}`;
  }

  responseType(op, ind) {
    const r = op.response;
    if (r.kind === 'void') return 'void';
    if (r.kind === 'binary') {
      this.usedNow?.add('BinaryBody');
      return 'BinaryBody';
    }
    if (r.kind === 'unknown') return 'unknown';
    this.hint = op.family === 'v2' ? 'V2Answer' : 'Answer';
    return this.ts(r.schema, op.family === 'v2' ? 'v2out' : 'v3', ind);
  }

  /** `paths-<family>.ts`: `export interface <Family>Paths { 'path': { get: Op<options, response> } }`. */
  pathsFile(family, ops, header) {
    const title = `${FAMILY_TITLES[family]}Paths`;
    let body = '';
    let current;
    this.usedNow = new Set();
    for (const op of ops) {
      if (op.key !== current) {
        if (current !== undefined) body += '  };\n';
        current = op.key;
        body += `  ${tsString(op.key)}: {\n`;
      }
      body += docBlock(this.opDoc(op), '    ');
      // Op<options, response>: a generic reference instead of a `{ options; response }` literal per
      // operation, so a consumer's tsc binds no two members and no symbol table per operation.
      body += `    ${op.method}: Op<\n      ${this.optionsType(op, '      ')},\n      ${this.responseType(op, '      ')}\n    >;\n`;
      this.usedNow?.add('Op');
    }
    if (current !== undefined) body += '  };\n';
    const glue = ['BinaryBody', 'Op', 'UploadBody', 'V2Extras'].filter((n) => this.usedNow.has(n));
    const defs = [...this.usedNow].filter((n) => !glue.includes(n)).sort();
    this.usedNow = undefined;
    let out = header;
    if (glue.length) out += `import type { ${glue.join(', ')} } from './bodies';\n`;
    if (defs.length) out += `import type {\n${defs.map((d) => `  ${d},`).join('\n')}\n} from './definitions';\n`;
    out += `\n/** ${family === 'v2' ? 'APIv2 (XML) operations, keyed `v2/…` (the runtime drops `v2/` from the URL).' : family === 'v3' ? 'APIv3 operations, keyed by path without the leading slash.' : family === 'hk' ? 'Hong Kong APIv3 operations: sent as `/hk/v3/…` to the configured host.' : 'Cross-border customs operations: sent as `/global/v3/…` to https://apihk.mch.weixin.qq.com/.'} */\n`;
    out += `export interface ${title} {\n${body}}\n`;
    return out;
  }
}
