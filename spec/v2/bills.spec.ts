import { expect } from 'chai';
import type { Readable } from 'node:stream';
import { gzipSync, gunzipSync } from 'node:zlib';
import { ApiV2Error, type UntypedNode } from '../../lib';
import { xml, type SigningServer } from '../support/signing-server';
import { rejection } from '../support/helpers';
import { MCHID, startV2Client } from './support';

describe('v2 client over HTTP: bills', () => {
  let server: SigningServer;
  let client: UntypedNode;
  before(async () => {
    ({ server, client } = await startV2Client());
  });
  after(() => server.close());
  beforeEach(() => {
    server.requests.length = 0;
  });

  const CSV = '交易时间,公众账号ID,商户号\n`2014-11-10 16:33:45,`wx2421b1c4370ec43b,`10000100\n';

  it('returns a text bill as a string', async () => {
    server.handle(() => ({ body: CSV }));
    const res = await client.v2.pay.downloadbill.post({ xml: { mch_id: MCHID, bill_date: '20141110', bill_type: 'ALL' } });
    expect(res.data).to.equal(CSV);
  });

  it('returns a gzip bill as the bytes that arrived', async () => {
    const gz = gzipSync(Buffer.from(CSV));
    server.handle(() => ({ body: gz, headers: { 'Content-Type': 'application/x-gzip' } }));
    const res = await client.v2.pay.downloadbill.post({ xml: { mch_id: MCHID, bill_date: '20141110', tar_type: 'GZIP' } });
    expect(Buffer.isBuffer(res.data)).to.equal(true);
    expect((res.data as Buffer).equals(gz)).to.equal(true);
    expect(gunzipSync(res.data as Buffer).toString()).to.equal(CSV);
  });

  it('rejects the <xml> error answer of a bill with ApiV2Error', async () => {
    server.handle(() => ({ body: xml({ return_code: 'FAIL', return_msg: 'No Bill Exist', error_code: '20002' }) }));
    const err = (await rejection(client.v2.pay.downloadbill.post({ xml: { mch_id: MCHID, bill_date: '20991231' } }))) as ApiV2Error;
    expect(err).to.be.instanceOf(ApiV2Error);
    expect([err.returnMsg, err.errCode]).to.deep.equal(['No Bill Exist', '20002']);
  });

  it('streams a bill with responseType "stream", still catching an <xml> error', async () => {
    const big = CSV.repeat(2000);
    server.handle(() => ({ body: big }));
    const res = await client.v2.pay.downloadbill.post({ xml: { mch_id: MCHID, bill_date: '20141110' }, responseType: 'stream' });
    const chunks: Buffer[] = [];
    for await (const c of res.data as Readable) chunks.push(c as Buffer);
    expect(Buffer.concat(chunks).toString()).to.equal(big);
    server.handle(() => ({ body: xml({ return_code: 'FAIL', return_msg: 'invalid bill_date' }) }));
    const err = await rejection(client.v2.pay.downloadbill.post({ xml: { mch_id: MCHID }, responseType: 'stream' }));
    expect((err as ApiV2Error).returnMsg).to.equal('invalid bill_date');
  });
});
