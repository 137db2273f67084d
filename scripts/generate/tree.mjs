// Tree step: every path prefix becomes a node with a unique, readable interface name. Property
// chains walk these nodes; `chain('…')` and `client['…']` look them up flat by path.
import { nameFragment, propertyOf } from './names.mjs';

/** Split a catalogue key into segments; a trailing slash yields a final empty segment. */
export function segmentsOf(key) {
  return key.split('/');
}

export function buildTree(ops, warn) {
  const nodes = new Map(); // path → node
  const root = { path: '', segments: [], children: new Map(), methods: [], name: 'Root' };
  nodes.set('', root);
  for (const op of ops) {
    const segs = segmentsOf(op.key);
    let cur = root;
    for (let i = 0; i < segs.length; i += 1) {
      const path = segs.slice(0, i + 1).join('/');
      let next = nodes.get(path);
      if (!next) {
        next = { path, segments: segs.slice(0, i + 1), children: new Map(), methods: [] };
        nodes.set(path, next);
        cur.children.set(segs[i], next);
      }
      cur = next;
    }
    cur.methods.push(op);
  }
  // Names: PascalCase of the segments; clashes get a numeric suffix (stable: paths are sorted).
  const used = new Set(['Root']);
  const sorted = [...nodes.values()].filter((n) => n !== root).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const node of sorted) {
    let name = node.segments.map(nameFragment).join('');
    if (!/^[A-Z]/.test(name)) name = `N${name}`;
    if (used.has(name)) {
      let i = 2;
      while (used.has(`${name}${i}`)) i += 1;
      warn('node name clash', `${node.path}: interface name ${name} taken; using ${name}${i}`);
      name = `${name}${i}`;
    }
    used.add(name);
    node.name = name;
  }
  for (const node of nodes.values()) {
    node.props = [];
    for (const [segment, child] of [...node.children.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const prop = propertyOf(segment);
      if (prop === undefined) {
        warn(
          'no property spelling',
          `${child.path}: segment "${segment}" does not round-trip as a property; reachable through chain('${child.path}') and client['${child.path}']`,
        );
        continue;
      }
      const verbClash = ['get', 'post', 'put', 'patch', 'delete'].includes(prop);
      if (verbClash && node.methods.some((m) => m.method === prop)) {
        warn('verb clash', `${child.path}: "${prop}" is both a verb of ${node.path} and a child segment; the child is reachable through chain() only`);
        continue;
      }
      if (verbClash) warn('verb-named segment', `${child.path}: typed as the child node (\`.${prop}.post(…)\`); ${node.path} has no ${prop.toUpperCase()}`);
      node.props.push({ prop, child });
    }
  }
  return { root, nodes };
}
