// Remove build folders (given as arguments), so stale compiled specs from deleted files never run.
import { rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
for (const dir of process.argv.slice(2)) rmSync(join(root, dir), { recursive: true, force: true });
