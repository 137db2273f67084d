// Import cycles among relative imports (`import type` and re-exports included): a small resolver of its
// own, so the check needs no dependency and sees exactly what the compiler would follow.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const SPECIFIERS = [
  /\b(?:import|export)\s+(?:type\s+)?[\w$*{},\s]*?\bfrom\s*['"](\.{1,2}\/[^'"]*|\.{1,2})['"]/g,
  /\bimport\s*['"](\.{1,2}\/[^'"]*)['"]/g,
  /\b(?:import|require)\s*\(\s*['"](\.{1,2}\/[^'"]*)['"]\s*\)/g,
];
const CANDIDATES = ['', '.ts', '.d.ts', '/index.ts', '/index.d.ts'];

/** Relative specifiers of a source text, comments stripped. */
export function specifiers(text) {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
  return SPECIFIERS.flatMap((re) => [...code.matchAll(re)].map((m) => m[1]));
}

function resolveImport(from, spec) {
  const base = join(dirname(from), spec);
  for (const suffix of CANDIDATES) {
    const file = base + suffix;
    if (existsSync(file) && statSync(file).isFile() && /\.ts$/.test(file)) return file;
  }
  return undefined;
}

/** Each import cycle among `files` as a path of root-relative names, first file repeated at the end. */
export function importCycles(root, files) {
  const graph = new Map(
    files.map((f) => [
      f,
      [
        ...new Set(
          specifiers(readFileSync(f, 'utf8'))
            .map((s) => resolveImport(f, s))
            .filter(Boolean),
        ),
      ],
    ]),
  );
  // Tarjan's strongly connected components; each component of more than one file (or a self-import) holds a cycle.
  let counter = 0;
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const components = [];
  const visit = (v) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)));
    }
    if (low.get(v) !== index.get(v)) return;
    const component = [];
    for (let w; w !== v;) {
      w = stack.pop();
      onStack.delete(w);
      component.push(w);
    }
    if (component.length > 1 || (graph.get(v) ?? []).includes(v)) components.push(new Set(component));
  };
  for (const f of graph.keys()) if (!index.has(f)) visit(f);
  // One concrete cycle per component (breadth-first back to its first file), so the message says where to cut.
  const name = (f) => relative(root, f).split('\\').join('/');
  return components.map((component) => {
    const start = [...component].sort()[0];
    const previous = new Map([[start, undefined]]);
    const queue = [start];
    while (queue.length) {
      const v = queue.shift();
      for (const w of graph.get(v) ?? []) {
        if (!component.has(w)) continue;
        if (w === start) {
          const path = [start];
          for (let u = v; u !== start; u = previous.get(u)) path.splice(1, 0, u);
          return { size: component.size, path: [...path, start].map(name) };
        }
        if (!previous.has(w)) {
          previous.set(w, v);
          queue.push(w);
        }
      }
    }
    return { size: component.size, path: [name(start)] };
  });
}
