/**
 * Notification.parse: every check, in order, with notifications built by an independent sender.
 */
import { expect } from 'chai';
import { generateKeyPairSync } from 'node:crypto';
import { ConfigError, KeyStore, NotificationError, Notification, SignatureError, type NotificationEvent } from '../../lib';
import { certificate } from '../support/cert';
import { APIV3_KEY, keyPair, PUB_KEY_ID } from '../support/keys';
import { build, certs, PLATFORM_SERIAL, platformKey, probeSignature, transactionResource } from './support';
import { rejection } from '../support/helpers';

describe('Notification.parse', () => {
  const options = () => ({ certs: certs(), apiv3Key: APIV3_KEY });

  it('verifies, decrypts and parses a TRANSACTION.SUCCESS (typed via Notification.is)', async () => {
    const n = build();
    const event = await Notification.parse({ headers: n.headers, body: n.body }, options());
    expect(event.id).to.equal(n.envelope.id);
    expect(event.event_type).to.equal('TRANSACTION.SUCCESS');
    expect(event.resource_type).to.equal('encrypt-resource');
    expect(event.original_type).to.equal('transaction');
    expect(event.resource).to.deep.equal(transactionResource());
    if (!Notification.is(event, 'TRANSACTION.SUCCESS')) throw new Error('not narrowed');
    expect(event.resource.amount.total).to.equal(100);
    expect(Notification.is(event, 'REFUND.SUCCESS', 'REFUND.CLOSED')).to.equal(false);
  });

  it('accepts a Buffer body and headers in any letter case and container', async () => {
    const n = build();
    const lower = Object.fromEntries(Object.entries(n.headers).map(([k, v]) => [k.toLowerCase(), v]));
    const upper = Object.fromEntries(Object.entries(n.headers).map(([k, v]) => [k.toUpperCase(), [v]]));
    const containers = [lower, upper, new Map(Object.entries(n.headers)), new Headers(n.headers)];
    for (const headers of containers) {
      const event = await Notification.parse({ headers, body: Buffer.from(n.body) }, options());
      expect(event.id).to.equal(n.envelope.id);
    }
    const bytes = new Uint8Array(Buffer.from(n.body));
    expect((await Notification.parse({ headers: n.headers, body: bytes }, options())).id).to.equal(n.envelope.id);
  });

  it('verifies a signature made by jsrsasign (independent implementation)', async () => {
    const n = build({ jsrsasign: true });
    const event = await Notification.parse(n, options());
    expect(event.resource.out_trade_no).to.equal('1217752501201407033233368018');
  });

  it('works in certificate mode, with a Map, and with a shared KeyStore', async () => {
    const pair = platformKey();
    const pem = certificate(pair, keyPair('notification-ca'), PLATFORM_SERIAL, 'Wechatpay platform');
    const n = build({ serial: PLATFORM_SERIAL });
    expect((await Notification.parse(n, { certs: { [PLATFORM_SERIAL]: pem }, apiv3Key: APIV3_KEY })).id).to.equal(n.envelope.id);
    expect((await Notification.parse(n, { certs: new Map([[PLATFORM_SERIAL, pem]]), apiv3Key: APIV3_KEY })).id).to.equal(n.envelope.id);
    const store = new KeyStore({ [PLATFORM_SERIAL]: pem });
    expect((await Notification.parse(n, { certs: store, apiv3Key: APIV3_KEY })).id).to.equal(n.envelope.id);
  });

  it('a plain certs object is loaded once but changes to it are seen', async () => {
    const n = build();
    const mutable: Record<string, string> = { [PUB_KEY_ID]: keyPair('notification-other').publicPem };
    const first = await rejection<Error>(Notification.parse(n, { certs: mutable, apiv3Key: APIV3_KEY }));
    expect((first as SignatureError).reason).to.equal('BAD_SIGNATURE');
    mutable[PUB_KEY_ID] = platformKey().publicPem;
    expect((await Notification.parse(n, { certs: mutable, apiv3Key: APIV3_KEY })).id).to.equal(n.envelope.id);
    const map = new Map([[PUB_KEY_ID, keyPair('notification-other').publicPem]]);
    expect(((await rejection<Error>(Notification.parse(n, { certs: map, apiv3Key: APIV3_KEY }))) as SignatureError).reason).to.equal('BAD_SIGNATURE');
    map.set(PUB_KEY_ID, platformKey().publicPem);
    expect((await Notification.parse(n, { certs: map, apiv3Key: APIV3_KEY })).id).to.equal(n.envelope.id);
  });

  it("an unknown serial fails, after asking the store's refresher once (which may supply it)", async () => {
    const n = build({ serial: 'PUB_KEY_ID_0000000000000000000000000000000000' });
    const err = await rejection<Error>(Notification.parse(n, options()));
    expect(err).to.be.instanceOf(SignatureError);
    expect((err as SignatureError).reason).to.equal('UNKNOWN_SERIAL');
    expect(err.message).to.contain('PUB_KEY_ID_0000000000000000000000000000000000').and.contain(PUB_KEY_ID);

    const store = new KeyStore(certs());
    const asked: string[] = [];
    store.setRefresher(async (serial) => {
      asked.push(serial);
      store.set(serial, platformKey().publicPem);
    });
    const event = await Notification.parse(n, { certs: store, apiv3Key: APIV3_KEY });
    expect(event.id).to.equal(n.envelope.id);
    expect(asked).to.deep.equal(['PUB_KEY_ID_0000000000000000000000000000000000']);
  });

  it('a tampered body fails the signature check (and is not decrypted)', async () => {
    const n = build();
    const tampered = n.body.replace('"summary":"支付成功"', '"summary":"支付成功 "');
    expect(tampered).to.not.equal(n.body);
    const err = await rejection<Error>(Notification.parse({ headers: n.headers, body: tampered }, options()));
    expect(err).to.be.instanceOf(SignatureError);
    expect((err as SignatureError).reason).to.equal('BAD_SIGNATURE');
    // Nothing in the body is read before the signature checks out: bodies that would fail parsing,
    // the algorithm check or decryption still fail on the signature first.
    const unsigned = [
      build({ apiv3Key: 'ffffffffffffffffffffffffffffffff', signature: probeSignature() }),
      build({ algorithm: 'AEAD_AES_128_GCM', signature: probeSignature() }),
      build({ rawBody: 'not json', signature: probeSignature() }),
    ];
    for (const u of unsigned) {
      expect(((await rejection<Error>(Notification.parse(u, options()))) as SignatureError).reason, u.body).to.equal('BAD_SIGNATURE');
    }
    // And the clock is checked before the signature (a stale probe is a clock failure).
    const stale = build({ timestamp: Math.floor(Date.now() / 1000) - 3600, signature: probeSignature() });
    expect(((await rejection<Error>(Notification.parse(stale, options()))) as SignatureError).reason).to.equal('CLOCK_SKEW');
  });

  it('a re-serialised body (parsed then stringified with spaces) fails: only raw bytes verify', async () => {
    const n = build();
    const reserialised = JSON.stringify(JSON.parse(n.body), null, 1);
    const err = await rejection<Error>(Notification.parse({ headers: n.headers, body: reserialised }, options()));
    expect((err as SignatureError).reason).to.equal('BAD_SIGNATURE');
  });

  it('a WECHATPAY/SIGNTEST/ probe simply fails verification', async () => {
    const n = build({ signature: probeSignature() });
    const err = await rejection<Error>(Notification.parse(n, options()));
    expect(err).to.be.instanceOf(SignatureError);
    expect((err as SignatureError).reason).to.equal('BAD_SIGNATURE');
  });

  it('a signature by another key fails', async () => {
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    const err = await rejection<Error>(Notification.parse(build({ key: other }), options()));
    expect((err as SignatureError).reason).to.equal('BAD_SIGNATURE');
  });

  it('checks the clock: ±300 s by default (300 accepted, 301 refused), configurable, injectable', async () => {
    const now = 1_700_000_000_000;
    const clock = () => now;
    const at = (ts: number) => build({ timestamp: ts });
    expect((await Notification.parse(at(1_700_000_000 - 300), { ...options(), clock })).event_type).to.equal('TRANSACTION.SUCCESS');
    expect((await Notification.parse(at(1_700_000_000 + 300), { ...options(), clock })).event_type).to.equal('TRANSACTION.SUCCESS');
    for (const ts of [1_700_000_000 - 301, 1_700_000_000 + 301]) {
      const err = await rejection<Error>(Notification.parse(at(ts), { ...options(), clock }));
      expect(err).to.be.instanceOf(SignatureError);
      expect((err as SignatureError).reason).to.equal('CLOCK_SKEW');
    }
    const stale = build({ timestamp: Math.floor(Date.now() / 1000) - 120 });
    expect(((await rejection<Error>(Notification.parse(stale, { ...options(), maxSkew: 60 }))) as SignatureError).reason).to.equal('CLOCK_SKEW');
    expect((await Notification.parse(stale, { ...options(), maxSkew: 600 })).id).to.equal(stale.envelope.id);
    const junk = build({ timestamp: 'abc' });
    expect(((await rejection<Error>(Notification.parse(junk, options()))) as SignatureError).reason).to.equal('CLOCK_SKEW');
  });

  for (const header of ['Wechatpay-Timestamp', 'Wechatpay-Nonce', 'Wechatpay-Signature', 'Wechatpay-Serial']) {
    it(`refuses a notification without ${header}`, async () => {
      const n = build();
      delete n.headers[header];
      const err = await rejection<Error>(Notification.parse(n, options()));
      expect(err).to.be.instanceOf(SignatureError);
      expect((err as SignatureError).reason).to.equal('MISSING_HEADER');
      expect(err.message).to.contain(header);
    });
  }

  it('refuses another Wechatpay-Signature-Type', async () => {
    const n = build();
    n.headers['Wechatpay-Signature-Type'] = 'WECHATPAY2-SM2-WITH-SM3';
    expect(((await rejection<Error>(Notification.parse(n, options()))) as SignatureError).reason).to.equal('BAD_SIGNATURE_TYPE');
  });

  it('refuses a parsed-object body, explaining why and how to get the raw body per framework', async () => {
    const n = build();
    const err = await rejection<Error>(Notification.parse({ headers: n.headers, body: JSON.parse(n.body) as unknown as string }, options()));
    expect(err).to.be.instanceOf(NotificationError);
    expect((err as NotificationError).reason).to.equal('BODY_NOT_RAW');
    for (const hint of ['signature covers', 'express.raw', 'verify', 'rawBody', 'parseAs', 'node:http']) expect(err.message).to.contain(hint);
    const none = await rejection<Error>(Notification.parse({ headers: n.headers, body: undefined as unknown as string }, options()));
    expect((none as NotificationError).reason).to.equal('BODY_NOT_RAW');
  });

  it('a wrong APIv3 key fails decryption after a good signature, naming apiv3Key', async () => {
    const n = build();
    const err = await rejection<Error>(Notification.parse(n, { certs: certs(), apiv3Key: 'ffffffffffffffffffffffffffffffff' }));
    expect(err).to.be.instanceOf(NotificationError);
    expect((err as NotificationError).reason).to.equal('DECRYPT_FAILED');
    expect(err.message).to.contain('apiv3Key');
  });

  it('validates apiv3Key and certs, naming the option', async () => {
    const n = build();
    for (const apiv3Key of ['short', '0123456789abcdef0123456789abcdef0', undefined]) {
      const err = await rejection<Error>(Notification.parse(n, { certs: certs(), apiv3Key: apiv3Key as string }));
      expect(err).to.be.instanceOf(ConfigError);
      expect((err as ConfigError).option).to.equal('apiv3Key');
    }
    for (const bad of [undefined, {}, { X: 'not a key' }]) {
      const err = await rejection<Error>(Notification.parse(n, { certs: bad as Record<string, string>, apiv3Key: APIV3_KEY }));
      expect(err).to.be.instanceOf(ConfigError);
      expect((err as ConfigError).option).to.equal('certs');
    }
  });

  it('refuses another algorithm, after verifying', async () => {
    const err = await rejection<Error>(Notification.parse(build({ algorithm: 'AEAD_AES_128_GCM' }), options()));
    expect((err as NotificationError).reason).to.equal('UNSUPPORTED_ALGORITHM');
  });

  it('refuses an envelope without the fields decryption needs, and a resource that is not JSON', async () => {
    const bodies = ['not json', '[]', '{"id":"x","event_type":"E"}', '{"id":"x","event_type":"E","resource":{"algorithm":"AEAD_AES_256_GCM","nonce":"n"}}'];
    for (const rawBody of bodies) {
      const err = await rejection<Error>(Notification.parse(build({ rawBody }), options()));
      expect((err as NotificationError).reason, rawBody).to.equal('MALFORMED');
    }
    const notJson = build({ resource: 'not json' });
    expect(((await rejection<Error>(Notification.parse(notJson, options()))) as NotificationError).reason).to.equal('RESOURCE_NOT_PARSABLE');
  });

  it('a validly signed envelope whose associated_data or nonce was changed fails decryption', async () => {
    const changes: Array<(r: Record<string, unknown>) => void> = [
      (r) => {
        r.associated_data = 'refund';
      },
      (r) => {
        r.nonce = 'aaaaaaaaaaaa';
      },
      (r) => {
        delete r.associated_data;
      },
    ];
    for (const change of changes) {
      const n = build({ mutate: (e) => change(e.resource) });
      const err = await rejection<Error>(Notification.parse(n, options()));
      expect((err as NotificationError).reason).to.equal('DECRYPT_FAILED');
    }
    // An empty associated_data is legitimate when the platform encrypted with none.
    const empty = build({ associatedData: '' });
    expect((await Notification.parse(empty, options())).id).to.equal(empty.envelope.id);
  });

  it('types: the resource is typed only after narrowing with Notification.is', () => {
    const total = (e: NotificationEvent): number => {
      // @ts-expect-error without narrowing, the union includes the untyped fallback
      const wrong: number = e.resource.amount.total;
      void wrong;
      return Notification.is(e, 'TRANSACTION.SUCCESS') ? e.resource.amount.total : -1;
    };
    const n = build();
    return Notification.parse(n, options()).then((e) => expect(total(e)).to.equal(100));
  });

  it('an untyped event comes back with its resource decrypted', async () => {
    const n = build({ eventType: 'MCHTRANSFER.BILL.FINISHED', resource: { out_bill_no: 'b1', state: 'SUCCESS' } });
    const event = await Notification.parse(n, options());
    expect(event.event_type).to.equal('MCHTRANSFER.BILL.FINISHED');
    expect(event.resource).to.deep.equal({ out_bill_no: 'b1', state: 'SUCCESS' });
  });
});
