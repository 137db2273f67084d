/**
 * The handlers over real HTTP: node:http, Express, Koa and Fastify servers started on 127.0.0.1,
 * fed notifications from an independent sender.
 */
import { expect } from 'chai';
import type { AddressInfo } from 'node:net';
import express from 'express';
import Koa from 'koa';
import { bodyParser } from '@koa/bodyparser';
import Fastify from 'fastify';
import { MemoryDedupStore, Notification, NotificationError, type NotificationEvent, type NotificationHandlerOptions, type V2Notification } from '../../lib';
import { APIV3_KEY } from '../support/keys';
import { listen } from '../support/listen';
import { build, certs, probeSignature } from './support';

interface Started {
  url: string;
  close(): Promise<void>;
}
type Listener = (event: NotificationEvent) => unknown;

const frameworks: Record<string, (options: NotificationHandlerOptions, fn: Listener) => Promise<Started>> = {
  'node:http': (options, fn) => listen(Notification.handler(options, fn), 'notify'),
  Express: (options, fn) => {
    const app = express();
    app.post('/notify', Notification.express(options, fn));
    return listen(app, 'notify');
  },
  Koa: (options, fn) => {
    const app = new Koa();
    app.use(Notification.koa({ ...options, path: '/notify' }, fn));
    return listen(app.callback(), 'notify');
  },
  Fastify: async (options, fn) => {
    const app = Fastify();
    await app.register(Notification.fastify(options, fn), { prefix: '/notify' });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as AddressInfo;
    return { url: `http://127.0.0.1:${port}/notify`, close: () => app.close() };
  },
};

async function post(url: string, n: { headers: Record<string, string>; body: string | Buffer }) {
  const res = await fetch(url, { method: 'POST', headers: n.headers, body: n.body });
  return { status: res.status, text: await res.text(), type: res.headers.get('content-type') ?? '' };
}

function resend(n: ReturnType<typeof build>) {
  // The platform re-signs every re-delivery: same body and id, new timestamp and nonce.
  return build({ id: n.envelope.id as string, mutate: (e) => Object.assign(e, JSON.parse(n.body)) });
}

for (const [name, start] of Object.entries(frameworks)) {
  describe(`Notification handler: ${name}`, () => {
    let server: Started | undefined;
    afterEach(async () => {
      await server?.close();
      server = undefined;
    });

    it('answers 200 after the function got the verified, decrypted event; a re-delivery is acknowledged without a second call', async () => {
      const seen: NotificationEvent[] = [];
      server = await start({ certs: certs(), apiv3Key: APIV3_KEY }, (e) => {
        seen.push(e);
      });
      const n = build();
      const first = await post(server.url, n);
      expect(first.status).to.equal(200);
      expect(first.text).to.equal('');
      expect(seen).to.have.length(1);
      expect(seen[0]?.resource.out_trade_no).to.equal('1217752501201407033233368018');
      const again = resend(n);
      expect(again.headers['Wechatpay-Nonce']).to.not.equal(n.headers['Wechatpay-Nonce']);
      expect((await post(server.url, again)).status).to.equal(200);
      expect(seen).to.have.length(1);
    });

    it('answers 401 {"code":"FAIL"} to a probe, a tampered body and a missing header, without calling the function', async () => {
      let calls = 0;
      const errors: unknown[] = [];
      server = await start({ certs: certs(), apiv3Key: APIV3_KEY, onError: (e) => errors.push(e) }, () => {
        calls += 1;
      });
      const tampered = build();
      const missing = build();
      delete missing.headers['Wechatpay-Serial'];
      for (const n of [
        build({ signature: probeSignature() }),
        { headers: tampered.headers, body: tampered.body.replace('TRANSACTION', 'TRANSACTIOX') },
        missing,
      ]) {
        const r = await post(server.url, n);
        expect(r.status).to.equal(401);
        expect(r.type).to.contain('application/json');
        const body = JSON.parse(r.text) as { code: string; message: string };
        expect(body.code).to.equal('FAIL');
        expect(body.message).to.match(/signature verification failed \((BAD_SIGNATURE|MISSING_HEADER)\)/);
      }
      expect(calls).to.equal(0);
      expect(errors).to.have.length(3);
    });

    it('answers 500 {"code":"FAIL"} when the function throws, and runs it again on the re-delivery', async () => {
      let calls = 0;
      const stages: string[] = [];
      server = await start({ certs: certs(), apiv3Key: APIV3_KEY, onError: (_e, info) => stages.push(`${info.stage}:${info.status}`) }, () => {
        calls += 1;
        if (calls === 1) throw new Error('database down');
      });
      const n = build();
      const r = await post(server.url, n);
      expect(r.status).to.equal(500);
      expect(JSON.parse(r.text)).to.deep.equal({ code: 'FAIL', message: 'processing failed' });
      expect(stages).to.deep.equal(['handler:500']);
      expect((await post(server.url, resend(n))).status).to.equal(200);
      expect(calls).to.equal(2);
    });

    it('answers 413 to a body over the limit, and 400 to a wrong resource algorithm', async () => {
      server = await start({ certs: certs(), apiv3Key: APIV3_KEY, limit: 2048 }, () => undefined);
      const big = build({ resource: { pad: 'x'.repeat(4096) } });
      const r = await post(server.url, big);
      expect(r.status).to.equal(413);
      expect(JSON.parse(r.text).code).to.equal('FAIL');
      expect((await post(server.url, build({ algorithm: 'AEAD_AES_128_GCM' }))).status).to.equal(400);
    });

    it('runs the function once for overlapping deliveries of one id, and honours successStatus 204', async () => {
      let calls = 0;
      server = await start({ certs: certs(), apiv3Key: APIV3_KEY, successStatus: 204 }, async () => {
        calls += 1;
        await new Promise((r) => setTimeout(r, 50));
      });
      const n = build();
      const answers = await Promise.all([post(server.url, n), post(server.url, resend(n)), post(server.url, resend(n))]);
      expect(answers.map((a) => a.status)).to.deep.equal([204, 204, 204]);
      expect(calls).to.equal(1);
    });
  });
}

describe('Notification handlers: framework specifics', () => {
  const closers: Array<() => Promise<void>> = [];
  afterEach(async () => {
    while (closers.length) await (closers.pop() as () => Promise<void>)();
  });
  const track = (s: Started) => {
    closers.push(() => s.close());
    return s;
  };

  it('Express: works behind express.raw and express.json({ verify }) keeping req.rawBody', async () => {
    const seen: string[] = [];
    const app = express();
    const fn = (e: NotificationEvent) => {
      seen.push(e.id);
    };
    app.post('/raw', express.raw({ type: 'application/json' }), Notification.express({ certs: certs(), apiv3Key: APIV3_KEY }, fn));
    app.post(
      '/verify',
      express.json({
        verify: (req, _res, buf) => {
          (req as unknown as { rawBody: Buffer }).rawBody = buf;
        },
      }),
      Notification.express({ certs: certs(), apiv3Key: APIV3_KEY }, fn),
    );
    const s = track(await listen(app, 'notify'));
    const base = s.url.replace(/\/notify$/, '');
    const a = build();
    const b = build();
    expect((await post(`${base}/raw`, a)).status).to.equal(200);
    expect((await post(`${base}/verify`, b)).status).to.equal(200);
    expect(seen).to.deep.equal([a.envelope.id, b.envelope.id]);
  });

  it('Express: behind express.json() alone it answers 500 and tells onError how to fix the setup', async () => {
    const errors: unknown[] = [];
    let calls = 0;
    const app = express();
    app.use(express.json());
    app.post(
      '/notify',
      Notification.express({ certs: certs(), apiv3Key: APIV3_KEY, onError: (e) => errors.push(e) }, () => {
        calls += 1;
      }),
    );
    const s = track(await listen(app, 'notify'));
    const r = await post(s.url, build());
    expect(r.status).to.equal(500);
    expect(JSON.parse(r.text)).to.deep.equal({ code: 'FAIL', message: 'raw body unavailable (server misconfigured)' });
    expect(calls).to.equal(0);
    const err = errors[0] as NotificationError;
    expect(err).to.be.instanceOf(NotificationError);
    expect(err.reason).to.equal('BODY_NOT_RAW');
    expect(err.message).to.contain('parsed it into an object').and.contain('express.raw');
  });

  it('Koa: works behind @koa/bodyparser through ctx.request.rawBody; other paths go to next()', async () => {
    const seen: string[] = [];
    const app = new Koa();
    app.use(bodyParser());
    app.use(
      Notification.koa({ certs: certs(), apiv3Key: APIV3_KEY, path: '/notify' }, (e) => {
        seen.push(e.id);
      }),
    );
    app.use((ctx) => {
      ctx.body = { echoed: (ctx.request as unknown as { body: unknown }).body };
    });
    const s = track(await listen(app.callback(), 'notify'));
    const n = build();
    expect((await post(s.url, n)).status).to.equal(200);
    expect(seen).to.deep.equal([n.envelope.id]);
    const other = await fetch(s.url.replace(/notify$/, 'other'), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"a":1}' });
    expect(await other.json()).to.deep.equal({ echoed: { a: 1 } });
  });

  it('Fastify: the plugin keeps raw bytes inside its scope while the app still parses JSON elsewhere', async () => {
    const app = Fastify();
    await app.register(
      Notification.fastify({ certs: certs(), apiv3Key: APIV3_KEY }, () => undefined),
      { prefix: '/notify' },
    );
    app.post('/echo', async (request) => ({ echoed: request.body }));
    await app.listen({ port: 0, host: '127.0.0.1' });
    closers.push(() => app.close());
    const { port } = app.server.address() as AddressInfo;
    expect((await post(`http://127.0.0.1:${port}/notify`, build())).status).to.equal(200);
    const echo = await fetch(`http://127.0.0.1:${port}/echo`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"a":1}' });
    expect(await echo.json()).to.deep.equal({ echoed: { a: 1 } });
  });

  it('node:http: answers 405 to GET', async () => {
    const s = track(
      await listen(
        Notification.handler({ certs: certs(), apiv3Key: APIV3_KEY }, () => undefined),
        'notify',
      ),
    );
    const get = await fetch(s.url);
    expect(get.status).to.equal(405);
    expect(((await get.json()) as { code: string }).code).to.equal('FAIL');
  });

  it('APIv2 (node:http and Express): XML SUCCESS after the function ran once, XML FAIL with 401 for a bad sign', async () => {
    const secret = 'exposed_your_key_here_have_risks';
    const fields: Record<string, string> = {
      appid: 'wx1',
      mch_id: '10000100',
      nonce_str: 'n1',
      out_trade_no: 'T1',
      result_code: 'SUCCESS',
      return_code: 'SUCCESS',
      total_fee: '1',
      cash_fee: '1',
      trade_type: 'NATIVE',
      transaction_id: '4200000002',
      time_end: '20240101100000',
      openid: 'o1',
      bank_type: 'OTHERS',
    };
    const text = Object.keys(fields)
      .sort()
      .map((k) => `${k}=${fields[k]}`)
      .join('&');
    const { createHash } = await import('node:crypto');
    const sign = createHash('md5').update(`${text}&key=${secret}`).digest('hex').toUpperCase();
    const xml = (s: string) =>
      `<xml>${Object.entries({ ...fields, sign: s })
        .map(([k, v]) => `<${k}>${v}</${k}>`)
        .join('')}</xml>`;
    const seen: string[] = [];
    const fn = (n: V2Notification) => {
      seen.push('req_info' in n ? n.req_info.out_trade_no : n.out_trade_no);
    };
    const app = express();
    app.post('/notify', Notification.express({ protocol: 'v2', secret }, fn));
    for (const s of [await listen(Notification.handlerV2({ secret }, fn), 'notify'), await listen(app, 'notify')]) {
      track(s);
      const ok = await post(s.url, { headers: { 'Content-Type': 'text/xml' }, body: xml(sign) });
      expect(ok.status).to.equal(200);
      expect(ok.type).to.contain('xml');
      expect(ok.text).to.equal('<xml><return_code>SUCCESS</return_code><return_msg>OK</return_msg></xml>');
      expect((await post(s.url, { headers: { 'Content-Type': 'text/xml' }, body: xml(sign) })).status).to.equal(200);
      const bad = await post(s.url, { headers: { 'Content-Type': 'text/xml' }, body: xml(`0${sign.slice(1)}`) });
      expect(bad.status).to.equal(401);
      expect(bad.text).to.match(/^<xml><return_code>FAIL<\/return_code><return_msg>notification refused \(V2_BAD_SIGN\)<\/return_msg><\/xml>$/);
    }
    expect(seen).to.deep.equal(['T1', 'T1']);
  });

  it('APIv2: de-duplicates payments that carry no transaction_id by out_trade_no, not all under one key', async () => {
    const secret = 'exposed_your_key_here_have_risks';
    const { createHash } = await import('node:crypto');
    const signed = (no: string) => {
      const f: Record<string, string> = { appid: 'wx1', mch_id: '10000100', nonce_str: 'n1', out_trade_no: no, result_code: 'SUCCESS', return_code: 'SUCCESS' };
      const text = Object.keys(f)
        .sort()
        .map((k) => `${k}=${f[k]}`)
        .join('&');
      const sign = createHash('md5').update(`${text}&key=${secret}`).digest('hex').toUpperCase();
      return `<xml>${Object.entries({ ...f, sign })
        .map(([k, v]) => `<${k}>${v}</${k}>`)
        .join('')}</xml>`;
    };
    const seen: string[] = [];
    const s = track(
      await listen(
        Notification.handlerV2({ secret }, (n) => {
          if (!('req_info' in n)) seen.push(n.out_trade_no);
        }),
        'notify',
      ),
    );
    for (const no of ['A1', 'B2', 'A1']) expect((await post(s.url, { headers: { 'Content-Type': 'text/xml' }, body: signed(no) })).status).to.equal(200);
    expect(seen).to.deep.equal(['A1', 'B2']);
  });

  it('validates options when the handler is made, naming the option', () => {
    expect(() => Notification.handler({ certs: certs(), apiv3Key: 'short' }, () => undefined)).to.throw(/apiv3Key/);
    expect(() => Notification.express({ certs: {}, apiv3Key: APIV3_KEY }, () => undefined)).to.throw(/certs/);
    expect(() => Notification.koa({ certs: certs(), apiv3Key: APIV3_KEY, limit: 0 }, () => undefined)).to.throw(/limit/);
    expect(() => Notification.handlerV2({ secret: 'short' }, () => undefined)).to.throw(/secret/);
    expect(() => Notification.handler({ certs: certs(), apiv3Key: APIV3_KEY, dedup: {} as MemoryDedupStore }, () => undefined)).to.throw(/dedup/);
  });
});
