/**
 * Quick start: a native-payment round trip against an embedded emulator, step by step.
 * Run with `npm start`. To talk to the real platform instead, build the client from your own
 * merchant id, serial, private key and WeChat Pay public key (see README) and drop the emulator.
 */
import { ApiError, Builder } from 'wechatpay-chain';
import { DEMO_ORGANIZATION_ID, Emulator } from 'wechatpay-chain/emulator';

/** Runs every step, printing each with `log`; rejects on the first failure. */
export async function main(log: (line: string) => void = (line) => console.log(line)): Promise<void> {
  // The emulator makes a demo merchant with fresh keys and a WeChat Pay public key to verify answers.
  const emulator = await Emulator.start();
  try {
    const options = emulator.clientOptions();
    const client = Builder.factory(options);
    const mchid = options.mchid;
    log(`0. emulator at ${emulator.url} — merchant ${mchid}, answers verified with ${Object.keys(options.certs).join(', ')}`);

    const outTradeNo = `QS${Date.now()}`;
    const created = await client.v3.pay.transactions.native.post({
      json: {
        appid: 'wxd678efh567hg6787',
        mchid,
        description: 'Quick start order',
        out_trade_no: outTradeNo,
        notify_url: 'https://example.com/wechatpay/notify',
        amount: { total: 100, currency: 'CNY' },
      },
    });
    log(`1. native order ${outTradeNo} created: code_url = ${created.data.code_url}`);

    const query = () => client.v3.pay.transactions.outTradeNo._out_trade_no_.get({ out_trade_no: outTradeNo, query: { mchid } });
    const before = (await query()).data;
    log(`2. query: trade_state = ${before.trade_state} (${before.trade_state_desc})`);

    await emulator.pay(outTradeNo);
    log('3. the payer scans the code and pays (emulator.pay)');

    const after = (await query()).data;
    log(`4. query: trade_state = ${after.trade_state}, transaction_id = ${after.transaction_id}, success_time = ${after.success_time}`);

    const refund = await client.v3.refund.domestic.refunds.post({
      json: {
        transaction_id: after.transaction_id,
        out_refund_no: `RF${outTradeNo}`,
        reason: 'partial refund',
        amount: { refund: 30, total: 100, currency: 'CNY' },
      },
    });
    const refunded = refund.data;
    log(`5. refund 30 of 100 fen: refund_id = ${refunded.refund_id}, status = ${refunded.status}`);
    const refundQuery = await client.v3.refund.domestic.refunds._out_refund_no_.get({ out_refund_no: `RF${outTradeNo}` });
    log(`   refund query: status = ${refundQuery.data.status}; order now ${(await query()).data.trade_state}`);

    // A deliberate mistake, to show how a refusal looks: only 70 fen are left to refund.
    log('   on purpose, refund 80 more though only 70 are left (the emulator must refuse it):');
    try {
      await client.v3.refund.domestic.refunds.post({
        json: { transaction_id: after.transaction_id, out_refund_no: `RX${outTradeNo}`, amount: { refund: 80, total: 100, currency: 'CNY' } },
      });
      throw new Error('the over-refund was accepted; it must be refused');
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      log(`   refused as intended: ${err.status} ${err.code} (${err.platformMessage})`);
    }

    const page = await client.v3.offlineface.faceCollections.get({ query: { organization_id: DEMO_ORGANIZATION_ID, offset: 0, limit: 5 } });
    const list = page.data.face_collections ?? [];
    log(`6. face collections of ${DEMO_ORGANIZATION_ID}, first ${list.length}:`);
    for (const c of list) log(`   ${c.collection_id} ${c.use_id} ${c.collection_state}`);
    log('done.');
  } finally {
    await emulator.close();
  }
}

if (require.main === module) {
  main().then(
    () => {
      process.exitCode = 0;
    },
    (err: unknown) => {
      console.error(`quickstart failed: ${err instanceof Error ? err.message : String(err)}`);
      process.exitCode = 1;
    },
  );
}
