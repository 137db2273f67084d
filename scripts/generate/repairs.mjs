// Repair step: what the OpenAPI data gets wrong about requests, fixed by rule where a rule exists and
// by the reviewed patch table (patches.mjs) where only a fact fixes it. Runs on the operations before
// any emitter; every rule and patch records the operations it changed, so `npm run generate` can
// print them and docs/openapi/repairs.md can keep them.
//
// A one-of group lives on an object node: `node.groups = [{ rule, kind, names, note } | { rule, kind:
// 'modes', modes: [{ label, names, required }], note }]`. Its members become optional properties of
// the object; the emitters turn the group into a union (types), a note (pages) and one choice (samples).
import { PATCHES } from './patches.mjs';

/** Alternative identifiers of one order/refund/vehicle, largest group first. */
const ID_GROUPS = [
  { names: ['transaction_id', 'out_trade_no', 'out_refund_no', 'refund_id'], note: '四选一' },
  { names: ['transaction_id', 'out_trade_no', 'sub_order_no', 'sub_order_id'], note: '四选一' },
  { names: ['transaction_id', 'out_trade_no'], note: '二选一' },
  { names: ['openid', 'plate_number'], note: '二选一' },
];
/**
 * Customs declarations (submit and re-push) name the payment by both ids: the rule does not apply.
 * Everywhere else an APIv2 request requiring every id of a group is a query or refund that finds the
 * order by any one of them.
 */
const ID_RULE_EXCEPTIONS = new Set(['v2/cgi-bin/mch/customs/customdeclareorder', 'v2/cgi-bin/mch/newcustoms/customdeclareredeclare']);

/** 直连模式 / 机构模式: who the call is made for. Each call is one mode or the other. */
const MODES = [
  { label: '直连模式', names: ['mchid', 'appid'], always: ['mchid'] },
  { label: '机构模式', names: ['sp_mchid', 'sub_mchid', 'sp_appid', 'sub_appid'], always: ['sp_mchid', 'sub_mchid'] },
];

export const RULES = {
  'one-of ids':
    'APIv2 requests that require every id of an order (transaction_id / out_trade_no, the four refund ids, the customs sub-order ids, openid / plate_number): at least one of them is required (二选一 / 四选一).',
  'one-of openid': 'Service-provider payers: `sp_openid` or `sub_openid`, at least one (二选一); the data requires `sp_openid`.',
  'direct/institution modes':
    'Hong Kong and cross-border calls marked for both 直连模式 and 机构模式 require both sets of merchant fields: each call is one mode or the other (`mchid` + `appid`, or `sp_mchid` + `sub_mchid` + `sp_appid`), never both.',
  'APIv2 scalars': "APIv2 request integers and numbers accept `number | string`: XML carries text, and callers write `'10099'`.",
};

/** Object nodes at the top of a request schema (through refs and allOf parts). */
export function topObjects(schemas, s, out = []) {
  const d = schemas.deref(s);
  if (d.t === 'object') out.push(d);
  else if (d.t === 'all') for (const p of d.parts) topObjects(schemas, p, out);
  return out;
}

/** Every schema node reachable from `s` (refs followed once). */
export function visit(schemas, s, fn, seen = new Set()) {
  if (!s || seen.has(s)) return;
  seen.add(s);
  fn(s);
  switch (s.t) {
    case 'ref':
      visit(schemas, schemas.defs.get(s.def)?.schema, fn, seen);
      return;
    case 'object':
      for (const p of s.props ?? []) visit(schemas, p.s, fn, seen);
      return;
    case 'array':
      visit(schemas, s.items, fn, seen);
      return;
    case 'all':
    case 'one':
      for (const p of s.parts) visit(schemas, p, fn, seen);
      return;
    default:
  }
}

function prop(node, name) {
  return (node.props ?? []).find((p) => p.name === name);
}

function idGroup(node, rule) {
  for (const g of ID_GROUPS) {
    const props = g.names.map((n) => prop(node, n));
    if (props.every((p) => p && p.req)) {
      for (const p of props) p.req = false;
      (node.groups ??= []).push({ rule, kind: 'any', names: g.names, note: g.note });
      return true;
    }
  }
  return false;
}

/** Modes on a list of `{ name, req }` (object properties or query parameters); returns the group or undefined. */
function modeGroup(entries, rule) {
  const byName = new Map(entries.map((e) => [e.name, e]));
  if (!byName.has('mchid') || !byName.has('sp_mchid')) return undefined;
  const all = MODES.flatMap((m) => m.names).filter((n) => byName.has(n));
  if (!all.some((n) => byName.get(n).req)) return undefined;
  const modes = MODES.map((m) => {
    const names = m.names.filter((n) => byName.has(n));
    return { label: m.label, names, required: names.filter((n) => m.always.includes(n) || byName.get(n).req) };
  });
  for (const n of all) byName.get(n).req = false;
  return { rule, kind: 'modes', modes, note: '直连模式与机构模式二选一' };
}

export function repair(ops, schemas, warn) {
  /** rule or patch id → Set of `METHOD key` */
  const changed = new Map();
  const mark = (id, op) => {
    if (!changed.has(id)) changed.set(id, new Set());
    changed.get(id).add(`${op.method.toUpperCase()} ${op.key}`);
  };
  const done = new Set();

  // Patches first: they fix facts on the data as written, before any rule reads `required`.
  for (const patch of PATCHES) {
    const targets = ops.filter((op) => patch.ops.includes(`${op.method.toUpperCase()} ${op.key}`));
    if (targets.length !== new Set(patch.ops).size)
      warn('patch target missing', `${patch.id}: ${patch.ops.length - targets.length} of its operations are not in the data`);
    for (const op of targets) {
      if (!patch.needed(op, schemas)) {
        warn('patch no longer needed', `${patch.id}: ${op.method.toUpperCase()} ${op.key} already has it (remove the patch)`);
        continue;
      }
      patch.apply(op, schemas);
      mark(patch.id, op);
    }
  }

  for (const op of ops) {
    const body = op.body?.schema;
    // Rule: one-of ids (APIv2 requests).
    if (op.family === 'v2' && body && !ID_RULE_EXCEPTIONS.has(op.key)) {
      for (const node of topObjects(schemas, body)) {
        if (done.has(node)) {
          if (node.groups?.some((g) => g.rule === 'one-of ids')) mark('one-of ids', op);
          continue;
        }
        if (idGroup(node, 'one-of ids')) mark('one-of ids', op);
      }
    }
    // Rule: sp_openid / sub_openid anywhere in an APIv3 request.
    if (op.family !== 'v2' && body) {
      visit(schemas, body, (s) => {
        if (s.t !== 'object') return;
        if (s.groups?.some((g) => g.rule === 'one-of openid')) {
          mark('one-of openid', op);
          return;
        }
        const sp = prop(s, 'sp_openid');
        const sub = prop(s, 'sub_openid');
        if (sp && sub && (sp.req || sub.req) && !prop(s, 'openid')) {
          sp.req = false;
          sub.req = false;
          (s.groups ??= []).push({ rule: 'one-of openid', kind: 'any', names: ['sp_openid', 'sub_openid'], note: '二选一' });
          mark('one-of openid', op);
        }
      });
    }
    // Rule: direct / institution modes.
    if (op.roles.includes('直连模式') && op.roles.includes('机构模式')) {
      if (body) {
        for (const node of topObjects(schemas, body)) {
          if (node.groups?.some((g) => g.rule === 'direct/institution modes')) {
            mark('direct/institution modes', op);
            continue;
          }
          const g = modeGroup(node.props ?? [], 'direct/institution modes');
          if (g) {
            (node.groups ??= []).push(g);
            mark('direct/institution modes', op);
          }
        }
      }
      const entries = op.query.map((q) => ({
        name: q.name,
        get req() {
          return q.required;
        },
        set req(v) {
          q.required = v;
        },
      }));
      const g = modeGroup(entries, 'direct/institution modes');
      if (g) {
        (op.queryGroups ??= []).push(g);
        mark('direct/institution modes', op);
      }
    }
    // Rule: APIv2 request scalars (applied by the type emitter; listed here).
    if (op.family === 'v2' && body) {
      let numeric = false;
      visit(schemas, body, (s) => {
        if (s.t === 'integer' || s.t === 'number') numeric = true;
      });
      if (numeric) mark('APIv2 scalars', op);
    }
    if (body) for (const node of topObjects(schemas, body)) done.add(node);
  }
  return changed;
}

/** docs/openapi/repairs.md: every rule and patch with the operations it changed. */
export function repairsPage(changed, header) {
  const list = (id) => [...(changed.get(id) ?? [])].sort();
  let out = `---\ntitle: 数据修正\ndescription: How the generator repairs the OpenAPI data, and which operations each rule and patch changed\n---\n\n${header}\n\n# Repairs of the OpenAPI data\n\n`;
  out += 'The generator repairs what the WeChat Pay OpenAPI data gets wrong about requests and answers: by rule where a\n';
  out += 'rule exists, by a reviewed patch table (`scripts/generate/patches.mjs`) where only a fact fixes it. Each patch\n';
  out += 'says where its fact comes from, and a spec fails once the data no longer needs it. See\n';
  out += '[../typed-endpoints.md](../typed-endpoints.md#one-of-groups-modes-and-repairs) for how the repaired types read.\n\n';
  out += '## Rules\n\n';
  for (const [id, text] of Object.entries(RULES)) {
    const ops = list(id);
    out += `### ${id}\n\n${text}\n\n${ops.length} operations:\n\n${ops.map((o) => `- \`${o}\``).join('\n')}\n\n`;
  }
  out += '## Patches\n\n';
  for (const p of PATCHES) {
    const ops = list(p.id);
    out += `### ${p.id}\n\n${p.fact}\n\nSource: ${p.source}\n\n${ops.map((o) => `- \`${o}\``).join('\n') || '(no operation changed: the data no longer needs this patch)'}\n\n`;
  }
  return `${out.replace(/\n+$/, '')}\n`;
}
