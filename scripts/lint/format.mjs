// Formatting check: every hand-written source must be as prettier (the pinned dev dependency, with
// .prettierrc.json) writes it. Generated files are left as their generator writes them.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

/** The files among `files` prettier would change; [] when prettier is not installed (a bare checkout). */
export async function unformatted(root, files) {
  let prettier;
  try {
    prettier = await import('prettier');
  } catch {
    return { skipped: 'prettier is not installed (run npm ci)', files: [] };
  }
  const checked = await Promise.all(
    files.map(async (file) => {
      const rel = relative(root, file).split('\\').join('/');
      const text = readFileSync(file, 'utf8');
      if (rel.startsWith('lib/openapi/') || /^\/\/ generated\b/.test(text)) return undefined;
      const options = await prettier.resolveConfig(file);
      return (await prettier.check(text, { ...options, filepath: file })) ? undefined : rel;
    }),
  );
  return { files: checked.filter((rel) => rel !== undefined) };
}
