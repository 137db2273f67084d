/**
 * examples/cluster end to end, run as a user runs it (compiled, its own node process, importing the
 * package by name): node:cluster workers on one port with the Redis store, the emulator delivering
 * every notification three times at once, against a redis-server started for the run.
 */
import { expect } from 'chai';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { REDIS_ABSENT, type RedisInstance, startRedis } from '../support/redis-server';

(REDIS_ABSENT ? describe.skip : describe)(`examples/cluster: each payment processed once by one of several workers${REDIS_ABSENT}`, function () {
  this.timeout(60_000);
  let redis: RedisInstance;
  before(async () => {
    redis = await startRedis();
  });
  after(async () => {
    await redis?.stop();
  });

  it('prints three payments, each delivered three times at once and processed once, and exits 0', async () => {
    const hook = join(__dirname, '../emulator/resolve-self.js');
    const script = join(__dirname, '../../examples/cluster/index.js');
    const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(process.execPath, ['-r', hook, script], { timeout: 55_000, env: { ...process.env, REDIS_URL: redis.url, WORKERS: '3' } }, (err, out, errOut) => {
        resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout: out, stderr: errOut });
      });
    });
    expect(code, `exit ${code}\n${stdout}\n${stderr}`).to.equal(0);
    const payments = stdout.match(/^payment CLUSTER\d+: 3 copies delivered \(answers 200 200 200\); processed once by worker \d+$/gm);
    expect(payments, stdout).to.have.length(3);
    const perWorker = /^deliveries per worker: (.*)$/m.exec(stdout)?.[1] ?? '';
    const counts = Array.from(perWorker.matchAll(/worker \d+: (\d+)/g), (m) => Number(m[1]));
    expect(counts.reduce((a, b) => a + b, 0)).to.equal(9);
    expect(counts.length, 'copies reached more than one worker').to.be.greaterThan(1);
    expect(stdout).to.match(/^each payment was processed exactly once\.$/m);
    expect(stdout).to.not.match(/PRIVATE KEY|apiv3/i);
  });
});
