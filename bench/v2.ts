/**
 * bench:v2 — APIv2 CPU costs: parsing a typical signed answer, writing a request body, signing it
 * (MD5, HMAC-SHA256), a whole answer check, a 1 MiB document, and refusing an entity bomb. Prints
 * µs per operation (median of rounds, after a warm-up round).
 */
import { Transformer } from '../lib';
import { signFields } from '../lib/v2/sign-interceptor';
import { verifyV2 } from '../lib/v2/signature';
import { parseXml } from '../lib/v2/xml-parse';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const SECRET = 'exposed_your_key_here_have_risks';

const answerFields: Array<[string, string]> = [
  ['return_code', 'SUCCESS'],
  ['return_msg', 'OK'],
  ['appid', 'wx2421b1c4370ec43b'],
  ['mch_id', '10000100'],
  ['nonce_str', 'IITRi8Iabbblz1Jc'],
  ['result_code', 'SUCCESS'],
  ['openid', 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o'],
  ['is_subscribe', 'Y'],
  ['trade_type', 'JSAPI'],
  ['bank_type', 'CCB_DEBIT'],
  ['total_fee', '1'],
  ['fee_type', 'CNY'],
  ['transaction_id', '1008450740201411110005820873'],
  ['out_trade_no', '1415757673'],
  ['attach', '订单额外描述'],
  ['time_end', '20141111170043'],
  ['trade_state', 'SUCCESS'],
  ['cash_fee', '1'],
  ['trade_state_desc', '支付成功'],
];
const signedAnswer = signFields(answerFields, SECRET, true);
const answerXml = `<xml>${signedAnswer.map(([k, v]) => `<${k}><![CDATA[${v}]]></${k}>`).join('')}</xml>`;
const requestFields: Array<[string, string]> = [
  ['appid', 'wx2421b1c4370ec43b'],
  ['mch_id', '10000100'],
  ['body', 'JSAPI支付测试'],
  ['out_trade_no', '1415659990'],
  ['total_fee', '1'],
  ['spbill_create_ip', '14.23.150.211'],
  ['notify_url', 'https://example.com/notify?a=1&b=2'],
  ['trade_type', 'JSAPI'],
  ['openid', 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o'],
  ['attach', '<支付测试>'],
];
const big = `<xml>${'<row><a>1</a><b><![CDATA[x&y]]></b></row>'.repeat(26_000)}</xml>`;
let dtd = '<!ENTITY lol0 "lol">';
for (let n = 1; n < 10; n += 1) dtd += `<!ENTITY lol${n} "${`&lol${n - 1};`.repeat(10)}">`;
const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [${dtd}]><lolz>&lol9;</lolz>`;

function measure(name: string, iterations: number, fn: () => unknown): void {
  const rounds: number[] = [];
  for (let i = 0; i < iterations; i += 1) fn(); // warm-up: let the JIT settle before timing
  for (let r = 0; r < ROUNDS; r += 1) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < iterations; i += 1) fn();
    rounds.push(Number(process.hrtime.bigint() - start) / 1e3 / iterations);
  }
  rounds.sort((a, b) => a - b);
  console.log(`${name.padEnd(44)} ${(rounds[Math.floor(rounds.length / 2)] as number).toFixed(2).padStart(10)} µs/op`);
}

console.log(`node ${process.version}, median of ${ROUNDS} rounds`);
measure('parse a signed orderquery answer', 20_000, () => parseXml(answerXml));
measure('write a unifiedorder body (Transformer.toXml)', 20_000, () => Transformer.toXml(new Map(requestFields)));
measure('sign a unifiedorder (MD5, nonce added)', 20_000, () => signFields(requestFields, SECRET, false));
measure('sign a unifiedorder (HMAC-SHA256)', 20_000, () => signFields([...requestFields, ['sign_type', 'HMAC-SHA256']], SECRET, false));
measure('check an answer (parse + verify sign)', 20_000, () => verifyV2(parseXml(answerXml).value, SECRET));
measure(`parse ${(big.length / 1048576).toFixed(2)} MiB (26 000 repeated rows)`, 5, () => parseXml(big, { maxElements: 100_000 }));
measure('refuse a billion-laughs document', 20_000, () => Transformer.toArray(bomb));
