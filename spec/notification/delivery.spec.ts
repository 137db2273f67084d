/**
 * Emulator delivery: orders paid and refunds settled on the emulator reach real handlers as signed,
 * encrypted notifications; failures are re-delivered at the (scaled) platform schedule.
 */
import { expect } from 'chai';
import { Builder, Notification, type NotificationEvent } from '../../lib';
import { Emulator, isLocalHost, PLATFORM_SCHEDULE_MS, type DeliveryRecord } from '../../lib/emulator';
import { testMerchant, testPlatform } from '../emulator/support';
import { listen } from '../support/listen';
import { startSigningServer, type SigningServer } from '../support/signing-server';
import { jsrsasignVerifies } from './support';

/** The signing test server as a bare notify_url: it records what arrives and answers the n-th with `status(n)`. */
async function receiver(status: (n: number) => number): Promise<SigningServer> {
  const rx = await startSigningServer();
  rx.handle(() => {
    const code = status(rx.requests.length);
    return { status: code, body: code >= 400 ? '{"code":"FAIL","message":"try later"}' : '' };
  });
  return { ...rx, url: `${rx.url}notify` };
}

/** A verifying handler for the emulator's notifications at a notify_url. */
function handlerFor(emulator: Emulator, fn: (event: NotificationEvent) => unknown): ReturnType<typeof listen> {
  const { certs } = emulator.clientOptions();
  return listen(Notification.handler({ certs, apiv3Key: emulator.credentials().apiv3Key, clock: emulator.clock }, fn), 'notify');
}

async function start(notify: ConstructorParameters<typeof Object>[0] = {}): Promise<Emulator> {
  const [platform, merchant] = await Promise.all([testPlatform(), testMerchant()]);
  return Emulator.start({ platform, merchants: [merchant], notify: { timeScale: 0.001, ...(notify as object) } });
}

async function order(emulator: Emulator, notifyUrl: string, total = 100): Promise<{ outTradeNo: string; client: ReturnType<typeof Builder.factory> }> {
  const options = emulator.clientOptions();
  const client = Builder.factory(options);
  const outTradeNo = `NT${Date.now()}${Math.floor(Math.random() * 1000)}`;
  await client.v3.pay.transactions.native.post({
    json: {
      appid: 'wxd678efh567hg6787',
      mchid: options.mchid,
      description: 'notification test',
      out_trade_no: outTradeNo,
      notify_url: notifyUrl,
      amount: { total, currency: 'CNY' },
    },
  });
  return { outTradeNo, client };
}

describe('Emulator notification delivery', () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    while (cleanups.length) await (cleanups.pop() as () => Promise<void>)();
  });

  it('signs certificate-mode notifications with the current platform certificate after a rotation', async () => {
    const [platform, merchant] = await Promise.all([testPlatform(), testMerchant()]);
    const emulator = await Emulator.start({ platform, merchants: [{ ...merchant, mode: 'certificate' }], notify: { timeScale: 0.001 } });
    cleanups.push(() => emulator.close());
    const rx = await receiver(() => 200);
    cleanups.push(() => rx.close());
    const oldSerial = emulator.platform.serial;
    await emulator.pay((await order(emulator, rx.url)).outTradeNo);
    await emulator.notifier.waitFor((rs) => rs.filter((r) => r.status === 'delivered').length === 1);
    await emulator.rotatePlatformCertificate({ keepOld: false });
    await emulator.pay((await order(emulator, rx.url)).outTradeNo);
    await emulator.notifier.waitFor((rs) => rs.filter((r) => r.status === 'delivered').length === 2);
    expect(rx.requests.map((r) => r.headers['wechatpay-serial'])).to.deep.equal([oldSerial, emulator.platform.serial]);
    expect(emulator.platform.serial).to.not.equal(oldSerial);
  });

  it('pays an order and the handler gets a verified, decrypted TRANSACTION.SUCCESS', async () => {
    const emulator = await start();
    cleanups.push(() => emulator.close());
    const events: NotificationEvent[] = [];
    const { url, close } = await handlerFor(emulator, (e) => {
      events.push(e);
    });
    cleanups.push(close);
    const { outTradeNo } = await order(emulator, url);
    const paid = await emulator.pay(outTradeNo);
    const [record] = await emulator.notifier.waitFor((rs) => rs.some((r) => r.status === 'delivered'));
    expect(events).to.have.length(1);
    const event = events[0] as NotificationEvent;
    if (!Notification.is(event, 'TRANSACTION.SUCCESS')) throw new Error(`unexpected ${event.event_type}`);
    expect(event.resource.out_trade_no).to.equal(outTradeNo);
    expect(event.resource.transaction_id).to.equal(paid.transaction_id);
    expect(event.resource.trade_state).to.equal('SUCCESS');
    expect(event.resource.amount).to.deep.equal({ total: 100, payer_total: 100, currency: 'CNY', payer_currency: 'CNY' });
    expect(event.original_type).to.equal('transaction');
    expect(record?.id).to.equal(event.id);
    expect(record?.history.map((a) => a.status)).to.deep.equal([200]);
    const envelope = JSON.parse(record?.body ?? '{}') as { resource: { nonce: string; associated_data: string; algorithm: string } };
    expect(envelope.resource.nonce).to.have.length(12);
    expect(envelope.resource.associated_data).to.equal('transaction');
    expect(envelope.resource.algorithm).to.equal('AEAD_AES_256_GCM');
  });

  it('re-delivers a failed notification at the scaled platform schedule, re-signing every attempt, until it succeeds', async () => {
    const emulator = await start();
    cleanups.push(() => emulator.close());
    const rx = await receiver((n) => (n <= 3 ? 500 : 200));
    cleanups.push(() => rx.close());
    const { outTradeNo } = await order(emulator, rx.url);
    await emulator.pay(outTradeNo);
    const records = await emulator.notifier.waitFor((rs) => rs.some((r) => r.status === 'delivered'));
    const record = records.find((r) => r.status === 'delivered') as DeliveryRecord;
    expect(record.history.map((a) => a.status)).to.deep.equal([500, 500, 500, 200]);
    expect(record.history[0]?.error).to.contain('try later');
    expect(new Set(rx.requests.map((r) => r.text)).size).to.equal(1);
    expect(new Set(rx.requests.map((r) => r.headers['wechatpay-nonce'])).size).to.equal(4);
    expect(new Set(rx.requests.map((r) => r.headers['wechatpay-signature'])).size).to.equal(4);
    // Every attempt verifies with an independent implementation (jsrsasign) under the platform public key.
    for (const r of rx.requests) {
      expect(r.headers['wechatpay-serial']).to.equal(emulator.platform.publicKeyId);
      expect(r.headers['wechatpay-signature-type']).to.equal('WECHATPAY2-SHA256-RSA2048');
      expect(jsrsasignVerifies(r.headers as Record<string, string>, r.text, emulator.platform.publicKey)).to.equal(true);
    }
    // Gaps follow 15 s, 15 s, 30 s scaled by 0.001 (timers may run late, never early).
    const gaps = record.history.slice(1).map((a, i) => a.at - (record.history[i] as { at: number }).at);
    gaps.forEach((g, i) => expect(g).to.be.at.least((PLATFORM_SCHEDULE_MS[i] as number) * 0.001 - 2));
  });

  it('a handler that keeps failing sees the whole schedule (16 attempts), then the record is failed', async () => {
    const emulator = await start({ timeScale: 0.00001 });
    cleanups.push(() => emulator.close());
    const rx = await receiver(() => 503);
    cleanups.push(() => rx.close());
    const { outTradeNo } = await order(emulator, rx.url);
    await emulator.pay(outTradeNo);
    const records = await emulator.notifier.waitFor((rs) => rs.some((r) => r.status === 'failed'), 15_000);
    const record = records.find((r) => r.status === 'failed') as DeliveryRecord;
    expect(record.attempts).to.equal(PLATFORM_SCHEDULE_MS.length + 1);
    expect(rx.requests).to.have.length(16);
    expect(record.nextAttemptAt).to.equal(undefined);
    const listed = (await (await fetch(`${emulator.url}__emulator/notifications/${record.id}`)).json()) as DeliveryRecord;
    expect(listed.history).to.have.length(16);
    expect(listed.history.every((a) => a.status === 503)).to.equal(true);
  });

  it('refunds notify REFUND.SUCCESS / REFUND.CLOSED with the notification field names', async () => {
    const emulator = await start();
    cleanups.push(() => emulator.close());
    emulator.refundDelayMs = 60_000;
    const options = emulator.clientOptions();
    const events: NotificationEvent[] = [];
    const { url, close } = await handlerFor(emulator, (e) => {
      events.push(e);
    });
    cleanups.push(close);
    const { outTradeNo, client } = await order(emulator, url);
    const paid = await emulator.pay(outTradeNo);
    for (const [no, amount] of [
      ['RF1', 30],
      ['RF2', 20],
    ] as const) {
      await client.v3.refund.domestic.refunds.post({
        json: {
          transaction_id: paid.transaction_id as string,
          out_refund_no: `${no}${outTradeNo}`,
          notify_url: url,
          amount: { refund: amount, total: 100, currency: 'CNY' },
        },
      });
    }
    emulator.settleRefund(`RF1${outTradeNo}`, 'SUCCESS');
    emulator.settleRefund(`RF2${outTradeNo}`, 'CLOSED');
    await emulator.notifier.waitFor((rs) => rs.filter((r) => r.status === 'delivered').length === 3);
    const refunds = events.filter((e) => Notification.is(e, 'REFUND.SUCCESS', 'REFUND.CLOSED', 'REFUND.ABNORMAL'));
    expect(refunds.map((e) => e.event_type).sort()).to.deep.equal(['REFUND.CLOSED', 'REFUND.SUCCESS']);
    const ok = refunds.find((e) => e.event_type === 'REFUND.SUCCESS');
    if (!ok || !Notification.is(ok, 'REFUND.SUCCESS')) throw new Error('no REFUND.SUCCESS');
    expect(ok.resource.refund_status).to.equal('SUCCESS');
    expect(ok.resource.out_refund_no).to.equal(`RF1${outTradeNo}`);
    expect(ok.resource.mchid).to.equal(options.mchid);
    expect(ok.resource.amount).to.deep.equal({ total: 100, refund: 30, payer_total: 100, payer_refund: 30 });
    expect(ok.resource.success_time).to.be.a('string');
  });

  it('probes: a verifying handler refuses WECHATPAY/SIGNTEST/ traffic, a careless one accepts it', async () => {
    const emulator = await start({ probes: true });
    cleanups.push(() => emulator.close());
    let calls = 0;
    const { url, close } = await handlerFor(emulator, () => {
      calls += 1;
    });
    cleanups.push(close);
    const { outTradeNo } = await order(emulator, url);
    await emulator.pay(outTradeNo);
    const records = await emulator.notifier.waitFor((rs) => rs.length === 2 && rs.every((r) => r.status !== 'pending'));
    const probe = records.find((r) => r.probe) as DeliveryRecord;
    const real = records.find((r) => !r.probe) as DeliveryRecord;
    expect(probe.accepted).to.equal(false);
    expect(probe.history[0]?.status).to.equal(401);
    expect(real.status).to.equal('delivered');
    expect(calls).to.equal(1);

    const careless = await receiver(() => 200);
    cleanups.push(() => careless.close());
    const answer = await fetch(`${emulator.url}__emulator/notifications/probe`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ url: careless.url }),
    });
    const rec = (await answer.json()) as DeliveryRecord;
    expect(rec.accepted).to.equal(true);
    expect(String(careless.requests[0]?.headers['wechatpay-signature'])).to.match(/^WECHATPAY\/SIGNTEST\//);
  });

  it('does not send to non-local hosts unless told to; settings are readable and changeable over the control route', async () => {
    const emulator = await start();
    cleanups.push(() => emulator.close());
    const { outTradeNo } = await order(emulator, 'https://example.com/wechatpay/notify');
    await emulator.pay(outTradeNo);
    const record = emulator.notifier.records[0] as DeliveryRecord;
    expect(record.status).to.equal('failed');
    expect(record.attempts).to.equal(0);
    expect(String(record.error)).to.contain('example.com is not a local host');
    expect(['127.0.0.1', 'localhost', '[::1]', '10.1.2.3', '192.168.1.9', '172.20.0.1'].every(isLocalHost)).to.equal(true);
    expect(['example.com', '8.8.8.8', '172.32.0.1', '[2001:db8::1]'].some(isLocalHost)).to.equal(false);
    const put = await fetch(`${emulator.url}__emulator/notifications/settings`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: '{"time_scale":0.5,"probes":true}',
    });
    expect(await put.json()).to.include({ time_scale: 0.5, probes: true, remote: false, deliver: true });
    expect(emulator.notifier.options.timeScale).to.equal(0.5);
  });
});
