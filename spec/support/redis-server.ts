/**
 * A real redis-server for the specs and the benchmark: started on a free port on 127.0.0.1 with a
 * temporary directory (no persistence), and stopped afterwards. Specs skip themselves with
 * {@link REDIS_ABSENT} as the reason when the binary is not installed.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from './listen';
import { CLIENT_NAMES, connect, type ConnectOptions, type Connected } from './redis-clients';

const BIN = process.env.REDIS_SERVER ?? 'redis-server';

/** True when `redis-server` runs here. */
export const hasRedisServer: boolean = spawnSync(BIN, ['--version'], { stdio: 'ignore' }).status === 0;

/** '' when redis-server is installed, else the one-line reason to put in a skipped suite's title. */
export const REDIS_ABSENT = hasRedisServer ? '' : ' (skipped: redis-server not found; install it with `apt-get install redis-server`)';

export interface RedisInstance {
  port: number;
  url: string;
  /** Stop answering (SIGSTOP) until `resume` — a hung server. */
  pause(): void;
  resume(): void;
  stop(): Promise<void>;
}

function launch(port: number, dir: string): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      BIN,
      ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no', '--daemonize', 'no', '--loglevel', 'notice'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`redis-server did not start on ${port}: ${out}`));
    }, 10_000);
    child.stdout?.on('data', (c: Buffer) => {
      out += c.toString();
      if (/Ready to accept connections/.test(out)) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`redis-server exited (${code}) on ${port}: ${out.slice(-500)}`));
    });
  });
}

/** Start a private redis-server. */
export async function startRedis(): Promise<RedisInstance> {
  const dir = mkdtempSync(join(tmpdir(), 'wechatpay-redis-'));
  let child: ChildProcess | undefined;
  let port = 0;
  // Another process may take the free port between the probe and redis binding it: try again.
  for (let tries = 0; !child; tries += 1) {
    port = await freePort();
    try {
      child = await launch(port, dir);
    } catch (err) {
      if (tries >= 3) {
        rmSync(dir, { recursive: true, force: true });
        throw err;
      }
    }
  }
  const proc = child;
  proc.removeAllListeners('exit');
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    pause: () => {
      proc.kill('SIGSTOP');
    },
    resume: () => {
      proc.kill('SIGCONT');
    },
    stop: () =>
      new Promise<void>((resolve) => {
        const done = (): void => {
          rmSync(dir, { recursive: true, force: true });
          resolve();
        };
        if (proc.exitCode !== null || proc.signalCode !== null) {
          done();
          return;
        }
        proc.once('exit', done);
        proc.kill('SIGCONT');
        proc.kill('SIGTERM');
      }),
  };
}

/** Each client library connected to a redis-server that has then stopped: every command fails from here on. */
export async function connectedToStopped(options: ConnectOptions = {}): Promise<Connected[]> {
  const gone = await startRedis();
  const conns = await Promise.all(CLIENT_NAMES.map((n) => connect(n, gone.url, options)));
  await gone.stop();
  // Let the clients see the connection close.
  await sleep(100);
  return conns;
}
