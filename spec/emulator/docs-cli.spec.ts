/**
 * Every shell command of docs/emulator.md, run as written by bash in a fresh project where the built
 * package is installed, against the `wxpay emulator` the page itself starts. One change is made: the
 * page's port 8080 becomes a port that was free a moment ago, so that parallel runs cannot collide.
 */
import { expect } from 'chai';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from '../support/listen';

const root = resolve(__dirname, '../../..');
const cli = join(root, 'dist/cjs/cli/index.js');
const built = existsSync(cli);

interface Step {
  command: string;
  expected: string[];
}

/** The `sh` and `console` blocks that run `wxpay` or `curl`: a console block gives one step per `$ ` line. */
export function shellSteps(markdown: string): Step[] {
  const steps: Step[] = [];
  for (const [, lang, body] of markdown.matchAll(/^```(sh|console)\n([\s\S]*?)^```$/gm)) {
    if (!/\b(wxpay|curl)\b/.test(body as string)) continue;
    if (lang === 'sh') {
      steps.push({ command: (body as string).trim(), expected: [] });
      continue;
    }
    for (const line of (body as string).split('\n')) {
      if (line.startsWith('$ ')) steps.push({ command: line.slice(2), expected: [] });
      else if (line.trim() && steps.length) steps[steps.length - 1]?.expected.push(line);
    }
  }
  return steps;
}

(built ? describe : describe.skip)(`docs/emulator.md: every command as written${built ? '' : ' (skipped: run `npm run build` first)'}`, function () {
  this.timeout(180_000);
  let project: string;
  let emulator: ChildProcess | undefined;
  let emulatorOutput = '';
  const steps = shellSteps(readFileSync(join(root, 'docs/emulator.md'), 'utf8'));
  const env = { ...process.env, npm_config_offline: 'true', npm_config_update_notifier: 'false' };

  before(() => {
    // A user's project with the package installed: its bin shim on node_modules/.bin, as npm makes it.
    project = mkdtempSync(join(tmpdir(), 'wxpay-docs-'));
    mkdirSync(join(project, 'node_modules/.bin'), { recursive: true });
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0', private: true, dependencies: { 'wechatpay-chain': '*' } }));
    symlinkSync(root, join(project, 'node_modules/wechatpay-chain'), 'dir');
    writeFileSync(join(project, 'node_modules/.bin/wxpay'), `#!/bin/sh\nexec "${process.execPath}" "${cli}" "$@"\n`);
    chmodSync(join(project, 'node_modules/.bin/wxpay'), 0o755);
  });

  after(() => {
    if (emulator?.pid && emulator.exitCode === null) process.kill(-emulator.pid, 'SIGKILL');
    rmSync(project, { recursive: true, force: true });
  });

  it('finds the commands: the emulator first, then wxpay request and the control routes', () => {
    expect(steps[0]?.command).to.match(/^npx wxpay emulator --port 8080 --out \.\/emulator-creds$/);
    expect(steps.filter((s) => /wxpay request/.test(s.command))).to.have.length.at.least(2);
    expect(steps.filter((s) => /^curl /.test(s.command))).to.have.length.at.least(3);
  });

  it('runs each one against the emulator the page starts, every answer verified or accepted', async () => {
    const port = String(await freePort());
    const run = (command: string) => command.replace(/\b8080\b/g, port);
    const [start, ...rest] = steps;
    if (!start) throw new Error('docs/emulator.md has no commands');

    emulator = spawn('bash', ['-c', run(start.command)], { cwd: project, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    emulator.stdout?.on('data', (c: Buffer) => {
      emulatorOutput += c.toString();
    });
    emulator.stderr?.on('data', (c: Buffer) => {
      emulatorOutput += c.toString();
    });
    await new Promise<void>((done, fail) => {
      const timer = setInterval(() => {
        if (/Ctrl-C/.test(emulatorOutput)) {
          clearInterval(timer);
          done();
        }
      }, 50);
      emulator?.on('exit', () => {
        clearInterval(timer);
        fail(new Error(`the emulator exited early:\n${emulatorOutput}`));
      });
    });
    // What the page shows it printing, with the folder's real path.
    for (const line of start.expected) expect(emulatorOutput).to.include(run(line).replace('/path/emulator-creds', join(project, 'emulator-creds')));

    for (const step of rest) {
      const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
        execFile('bash', ['-e', '-o', 'pipefail', '-c', run(step.command)], { cwd: project, env, timeout: 60_000 }, (err, stdout, stderr) => {
          done({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr });
        });
      });
      const shown = `$ ${step.command}\nexit ${code}\n${stdout}\n${stderr}`;
      expect(code, shown).to.equal(0);
      const requests = step.command.match(/\bwxpay request\b/g)?.length ?? 0;
      if (requests) expect(stdout.match(/^2\d\d [A-Za-z ]+ \(verified\) Request-ID: [0-9A-F]+$/gm), shown).to.have.length(requests);
      if (/^curl /.test(step.command)) {
        const answer = JSON.parse(stdout) as Record<string, unknown>;
        expect(answer, shown).to.not.have.property('code');
      }
    }
    if (emulator.pid) process.kill(-emulator.pid, 'SIGTERM');
    await new Promise((done) => emulator?.on('exit', done));
    expect(emulatorOutput).to.match(/emulator stopped/);
  });
});
