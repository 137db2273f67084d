import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ts from 'typescript';

/** What the built package offers its users, entry point by entry point: the list the export spec pins. */
export interface PublicApi {
  package: Record<string, unknown>;
  entries: Record<string, { cjs: string[]; esm: string[]; values: string[]; types: string[] }>;
}

/** Entry points as `package.json#exports` names them. */
const ENTRIES = { '.': 'index', './emulator': 'emulator/index' } as const;

/** The exported names of each built entry point (CommonJS, ES module wrapper, declarations) and package.json's entry fields. */
export function readPublicApi(root: string): PublicApi {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, unknown>;
  const fields = ['main', 'module', 'types', 'exports', 'typesVersions', 'bin', 'files'] as const;
  const entries: PublicApi['entries'] = {};
  const program = ts.createProgram(
    Object.values(ENTRIES).map((base) => join(root, 'dist/cjs', `${base}.d.ts`)),
    { strict: true, skipLibCheck: true, types: ['node'] },
  );
  const checker = program.getTypeChecker();
  for (const [name, base] of Object.entries(ENTRIES)) {
    const exportsOf = (pkg.exports as Record<string, { import: string; require: string }>)[name];
    const cjs = Object.keys(require(join(root, exportsOf.require)) as object).sort();
    const script = `const m = await import(${JSON.stringify(join(root, exportsOf.import))}); console.log(JSON.stringify(Object.keys(m).sort()));`;
    const esm = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })) as string[];
    const source = program.getSourceFile(join(root, 'dist/cjs', `${base}.d.ts`));
    const symbol = source && checker.getSymbolAtLocation(source);
    if (!symbol) throw new Error(`no declarations for ${name}`);
    const values: string[] = [];
    const types: string[] = [];
    for (const exported of checker.getExportsOfModule(symbol)) {
      const target = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      if (target.flags & ts.SymbolFlags.Value) values.push(exported.name);
      if (target.flags & ts.SymbolFlags.Type) types.push(exported.name);
    }
    entries[name] = { cjs, esm, values: values.sort(), types: types.sort() };
  }
  return { package: Object.fromEntries(fields.map((f) => [f, pkg[f]])), entries };
}
