/**
 * The examples run as users run them: compiled, in their own node process, importing
 * `wechatpay-chain` and `wechatpay-chain/emulator`; they must exit 0 and print every step.
 */
import { expect } from 'chai';
import { execFile } from 'node:child_process';
import { join } from 'node:path';

function runExample(name: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const hook = join(__dirname, 'resolve-self.js');
  const script = join(__dirname, '../../examples', `${name}.js`);
  return new Promise((resolve) => {
    execFile(process.execPath, ['-r', hook, script], { timeout: 55_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr });
    });
  });
}

describe('emulator: examples', function () {
  // Each example starts its own emulator, generating RSA keys: slow on a loaded machine.
  this.timeout(60_000);
  it('quickstart creates, queries, pays, refunds and lists face collections, then exits 0', async () => {
    const { code, stdout, stderr } = await runExample('quickstart');
    expect(code, `exit ${code}\n${stdout}\n${stderr}`).to.equal(0);
    expect(stdout).to.match(/^0\. emulator at http:\/\/127\.0\.0\.1:\d+\/ — merchant 1900000001, answers verified with PUB_KEY_ID_\d+$/m);
    expect(stdout).to.match(/^1\. native order QS\d+ created: code_url = weixin:\/\/wxpay\/bizpayurl\?pr=\S+$/m);
    expect(stdout).to.match(/^2\. query: trade_state = NOTPAY/m);
    expect(stdout).to.match(/^4\. query: trade_state = SUCCESS, transaction_id = 4200\d{24}/m);
    expect(stdout).to.match(/^5\. refund 30 of 100 fen: refund_id = \d+, status = PROCESSING$/m);
    expect(stdout).to.match(/refund query: status = SUCCESS; order now REFUND/);
    expect(stdout).to.match(/on purpose, refund 80 more though only 70 are left/);
    expect(stdout).to.match(/^ {3}refused as intended: 400 INVALID_REQUEST \(.+\)$/m);
    expect(stdout.match(/^ {3}FC\d{18} USER\d+ \w+$/gm)).to.have.length(5);
    expect(stdout).to.match(/^done\.$/m);
    // Nothing secret is printed.
    expect(stdout).to.not.match(/PRIVATE KEY|apiv3|secret/i);
  });

  it("face-collections runs the seed page's six spellings, each getting its page", async () => {
    const { code, stdout, stderr } = await runExample('face-collections');
    expect(code, `exit ${code}\n${stdout}\n${stderr}`).to.equal(0);
    const lines = stdout.trim().split('\n');
    expect(lines.map((l) => l.slice(0, l.indexOf(':')))).to.deep.equal([
      'async chain',
      'async chain()',
      'async [path]',
      'sync chain',
      'sync chain()',
      'sync [path]',
    ]);
    const firstIds = lines.map(
      (l) => (JSON.parse(l.slice(l.indexOf(':') + 1)) as { face_collections: Array<{ collection_id: string }> }).face_collections[0]?.collection_id,
    );
    expect(firstIds).to.deep.equal([
      'FC000000000000000001',
      'FC000000000000000003',
      'FC000000000000000005',
      'FC000000000000000007',
      'FC000000000000000009',
      'FC000000000000000011',
    ]);
  });
});
