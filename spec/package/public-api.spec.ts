import { expect } from 'chai';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readPublicApi, type PublicApi } from '../support/public-api';

/**
 * The public API stays exactly as recorded: every exported name of `.` and `./emulator` (CommonJS,
 * ES module wrapper, values and types of the declarations) and package.json's entry fields.
 * An intended change rewrites the fixture: `PUBLIC_API_UPDATE=1 npx mocha ... public-api.spec.js`.
 */
const root = resolve(__dirname, '../../..');
const fixture = join(root, 'spec/package/public-api.json');
const built = existsSync(join(root, 'dist/cjs/index.d.ts')) && existsSync(join(root, 'dist/esm/index.mjs'));

(built ? describe : describe.skip)(`the public API${built ? '' : ' (skipped: run `npm run build` first)'}`, function () {
  this.timeout(60000);
  let current: PublicApi;
  before(() => {
    current = readPublicApi(root);
    if (process.env.PUBLIC_API_UPDATE === '1') writeFileSync(fixture, `${JSON.stringify(current, null, 2)}\n`);
  });
  const recorded = (): PublicApi => JSON.parse(readFileSync(fixture, 'utf8')) as PublicApi;

  it('keeps package.json entry points, types, subpaths and bin', () => {
    expect(current.package).to.deep.equal(recorded().package);
  });

  for (const entry of ['.', './emulator']) {
    it(`exports the recorded names from ${entry} (require, import, declarations)`, () => {
      expect(current.entries[entry]).to.deep.equal(recorded().entries[entry]);
    });
  }

  it('offers the same runtime names to require and import', () => {
    for (const entry of Object.values(current.entries)) {
      expect(entry.esm.filter((n) => n !== 'default')).to.deep.equal(entry.cjs.filter((n) => n !== '__esModule'));
    }
  });
});
