/**
 * Failover with the emulator on two ports: the primary is a TCP relay to the emulator that can be
 * shut (connections refused) and reopened on the same port, the backup is the emulator's own port.
 * Only connection-level failures switch hosts; calls return to the primary after the cool-down.
 */
import { expect } from 'chai';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { ApiError, type AttemptEvent, BACKUP_HOSTS, Builder, ConfigError, type UntypedNode } from '../../lib';
import { Emulator } from '../../lib/emulator';
import { sleep } from '../support/faults';

/** A relay 127.0.0.1:port → target that can be shut and reopened on the same port. */
class Relay {
  private server: net.Server | undefined;
  private readonly sockets = new Set<net.Socket>();
  port = 0;
  connections = 0;
  constructor(private readonly target: number) {}
  async open(): Promise<void> {
    this.server = net.createServer((client) => {
      this.connections += 1;
      const upstream = net.connect(this.target, '127.0.0.1');
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => undefined);
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((r) => (this.server as net.Server).listen(this.port, '127.0.0.1', r));
    this.port = (this.server.address() as AddressInfo).port;
  }
  async shut(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
  }
  get url(): string {
    return `http://127.0.0.1:${this.port}/`;
  }
}

describe('failover (the emulator on two ports)', () => {
  let emulator: Emulator;
  let relay: Relay;
  const events: AttemptEvent[] = [];

  before(async () => {
    emulator = await Emulator.start({});
    relay = new Relay(Number(new URL(emulator.url).port));
    await relay.open();
  });
  after(async () => {
    await relay.shut();
    await emulator.close();
  });

  const make = (extra: Record<string, unknown> = {}): UntypedNode =>
    Builder.factory({
      ...emulator.clientOptions(),
      baseURL: relay.url,
      retry: { minDelay: 10 },
      failover: { backupBaseURL: emulator.url, cooldown: 400 },
      onAttempt: (e) => events.push(e),
      ...extra,
    }) as unknown as UntypedNode;
  const query = (client: UntypedNode) => client.v3.offlineface.faceCollections.get({ query: { organization_id: 'ORG0000DEMO', limit: 1 } });

  it('switches to the backup on refused connections, verifies its answers, and switches back after the cool-down', async () => {
    const client = make();
    expect((await query(client)).status).to.equal(200);
    expect(relay.connections).to.equal(1);
    expect(events.at(-1)?.url).to.equal(`${relay.url}v3/offlineface/face-collections`);

    await relay.shut();
    await sleep(50); // the pooled connection to it is seen closed
    events.length = 0;
    // the primary refuses: the request never reached it, so even a POST goes again, to the backup
    const created = await client.v3.pay.transactions.native.post({
      json: {
        appid: 'wxd678efh567hg6787',
        mchid: emulator.clientOptions().mchid,
        description: 'failover',
        out_trade_no: 'FAILOVER0001',
        notify_url: 'https://example.com/notify',
        amount: { total: 1 },
      },
    });
    expect(created.status).to.equal(200);
    expect((created.data as { code_url?: string }).code_url).to.be.a('string');
    expect(events.map((e) => [e.attempt, e.url.slice(0, e.url.indexOf('/v3/')), e.code ?? e.status, e.failover])).to.deep.equal([
      [1, relay.url.slice(0, -1), 'ECONNREFUSED', emulator.url],
      [2, emulator.url.slice(0, -1), 200, undefined],
    ]);
    // later calls go straight to the backup while the cool-down lasts
    events.length = 0;
    expect((await query(client)).status).to.equal(200);
    expect(events.map((e) => e.url.startsWith(emulator.url))).to.deep.equal([true]);

    await relay.open();
    await sleep(450);
    events.length = 0;
    const before = relay.connections;
    expect((await query(client)).status).to.equal(200);
    expect(relay.connections).to.equal(before + 1);
    expect(events.map((e) => e.url.startsWith(relay.url))).to.deep.equal([true]);
  });

  it('never switches on an answer, whatever its status', async () => {
    const client = make({ retry: false });
    events.length = 0;
    emulator.inject({ path: '/v3/offlineface', status: 500 });
    const err = await query(client).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).to.be.instanceOf(ApiError);
    expect((err as ApiError).status).to.equal(500);
    expect(events.map((e) => [e.status, e.failover])).to.deep.equal([[500, undefined]]);
    expect((await query(client)).status).to.equal(200);
    expect(events.at(-1)?.url.startsWith(relay.url)).to.equal(true);
  });

  it('pairs the platform hosts with `true` and refuses `true` for a host without a known backup', () => {
    const options = emulator.clientOptions();
    const official = Builder.factory({ ...options, baseURL: 'https://api.mch.weixin.qq.com/', failover: true }).getDriver();
    expect(official.failover?.backup).to.equal('https://api2.mch.weixin.qq.com/');
    expect(Builder.factory({ ...options, baseURL: 'https://api.wechatpay.cn', failover: true }).getDriver().failover?.backup).to.equal(
      'https://api2.wechatpay.cn/',
    );
    expect(BACKUP_HOSTS).to.deep.equal({
      'https://api.mch.weixin.qq.com/': 'https://api2.mch.weixin.qq.com/',
      'https://api.wechatpay.cn/': 'https://api2.wechatpay.cn/',
    });
    expect(() => Builder.factory({ ...options, failover: true }))
      .to.throw(ConfigError, /`failover: true` knows the backup of/)
      .with.property('option', 'failover');
    expect(() => Builder.factory({ ...options, failover: { backupBaseURL: 'ftp://x' } })).to.throw(ConfigError, /backupBaseURL/);
  });
});
