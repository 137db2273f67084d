/**
 * Bill files made on demand: every row is a pure function of (seed, row number), so a bill of any
 * size is produced chunk by chunk, twice if need be (once for its hash when applied for, once when
 * downloaded), and never held in memory.
 */

export type BillKind = 'trade' | 'fundflow';

export interface BillSpec {
  kind: BillKind;
  mchid: string;
  /** `YYYY-MM-DD`. */
  date: string;
  /** Rows of business data (header and summary lines come on top). */
  rows: number;
  /** Only rows [from, to) — one part of a bill split in several files. Default: all. */
  from?: number;
  to?: number;
}

const TRADE_HEADER = '交易时间,公众账号ID,商户号,特约商户号,设备号,微信订单号,商户订单号,用户标识,交易类型,交易状态,付款银行,货币种类,应结订单金额,代金券金额,微信退款单号,商户退款单号,退款金额,充值券退款金额,退款类型,退款状态,商品名称,商户数据包,手续费,费率,订单金额,申请退款金额,费率备注\n';
const TRADE_SUMMARY = '总交易单数,应结订单总金额,退款总金额,充值券退款总金额,手续费总金额,订单总金额,申请退款总金额\n';
const FUND_HEADER = '记账时间,微信支付业务单号,资金流水单号,业务名称,业务类型,收支类型,收支金额（元）,账户结余（元）,资金变更提交申请人,备注,业务凭证号\n';
const FUND_SUMMARY = '资金流水总笔数,收入笔数,收入金额,支出笔数,支出金额\n';
const TYPES = ['NATIVE', 'JSAPI', 'APP', 'MWEB', 'MICROPAY'];
const BANKS = ['OTHERS', 'CMB_DEBIT', 'ICBC_CREDIT', 'CCB_DEBIT', 'ABC_DEBIT'];
const GOODS = ['图书', '咖啡', '会员服务', '停车费', 'Image Bank'];

/** 32-bit mixing (a murmur3 finaliser): row number → well-spread bits. */
function mix(x: number): number {
  let h = x | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function seedOf(spec: BillSpec): number {
  let h = 0x811c9dc5;
  for (const c of `${spec.kind}|${spec.mchid}|${spec.date}`) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193);
  return h >>> 0;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function yuan(fen: number): string {
  return `${Math.floor(fen / 100)}.${pad(fen % 100, 2)}`;
}

interface Row { text: string; amount: number; refund: number; fee: number; income: boolean }

function row(spec: BillSpec, seed: number, i: number): Row {
  const a = mix(seed ^ Math.imul(i + 1, 0x9e3779b1));
  const b = mix(a ^ 0x68e31da4);
  const second = i % 86400;
  const time = `${spec.date} ${pad(Math.floor(second / 3600), 2)}:${pad(Math.floor(second / 60) % 60, 2)}:${pad(second % 60, 2)}`;
  const amount = 1 + (a % 99_999);
  const day = spec.date.replace(/-/g, '');
  const txid = `42000${pad(b % 100000, 5)}${day}${pad(i, 10)}`;
  if (spec.kind === 'trade') {
    const refunded = a % 17 === 0;
    const refund = refunded ? Math.max(1, Math.floor(amount / 2)) : 0;
    const fee = Math.round(amount * 0.006);
    const text = `\`${time},\`wx8888888888888888,\`${spec.mchid},\`0,\`,\`${txid},\`ORDER${day}${pad(i, 10)},\`o${b.toString(36).padStart(7, 'x')}Pf8uMuAJO_M2pxb1Q9zNjWeS6o,\`${TYPES[a % 5]},\``
      + `${refunded ? 'REFUND' : 'SUCCESS'},\`${BANKS[b % 5]},\`CNY,\`${yuan(amount)},\`0.00,\`${refunded ? `50300${pad(i, 10)}` : '0'},\`${refunded ? `REFUND${pad(i, 10)}` : '0'},\``
      + `${yuan(refund)},\`0.00,\`${refunded ? 'ORIGINAL' : ''},\`${refunded ? 'SUCCESS' : ''},\`${GOODS[b % 5]},\`,\`${yuan(fee)}00,\`0.60%,\`${yuan(amount)},\`${yuan(refund)},\`\n`;
    return { text, amount, refund, fee, income: true };
  }
  const income = a % 3 !== 0;
  const text = `\`${time},\`${txid},\`1000000000${day}${pad(i, 10)},\`${income ? '交易' : '退款'},\`${income ? '交易' : '退款'},\``
    + `${income ? '收入' : '支出'},\`${yuan(amount)},\`${yuan(b % 10_000_000)},\`system,\`${income ? '' : 'REFUND'},\`REF${pad(i, 10)}\n`;
  return { text, amount, refund: 0, fee: 0, income };
}

function summary(spec: BillSpec, totals: { count: number; amount: number; refund: number; fee: number; inCount: number; inAmount: number; outCount: number; outAmount: number }): string {
  if (spec.kind === 'trade') {
    return `${TRADE_SUMMARY}\`${totals.count},\`${yuan(totals.amount)},\`${yuan(totals.refund)},\`0.00,\`${yuan(totals.fee)}00,\`${yuan(totals.amount)},\`${yuan(totals.refund)}\n`;
  }
  return `${FUND_SUMMARY}\`${totals.count},\`${totals.inCount},\`${yuan(totals.inAmount)},\`${totals.outCount},\`${yuan(totals.outAmount)}\n`;
}

/**
 * The bill's bytes in chunks of about `chunkBytes`. The header opens the first part, the summary
 * (totals over all rows, not just this part's) closes the last.
 */
export function* billChunks(spec: BillSpec, chunkBytes = 64 * 1024): Generator<Buffer> {
  const seed = seedOf(spec);
  const from = spec.from ?? 0;
  const to = spec.to ?? spec.rows;
  let pending = from === 0 ? (spec.kind === 'trade' ? TRADE_HEADER : FUND_HEADER) : '';
  const totals = { count: 0, amount: 0, refund: 0, fee: 0, inCount: 0, inAmount: 0, outCount: 0, outAmount: 0 };
  const last = to >= spec.rows;
  // The summary needs every row's amounts: rows before this part are counted without being written.
  if (last) {
    for (let i = 0; i < from; i += 1) add(totals, row(spec, seed, i));
  }
  for (let i = from; i < to; i += 1) {
    const r = row(spec, seed, i);
    if (last) add(totals, r);
    pending += r.text;
    if (pending.length * 2 >= chunkBytes) {
      yield Buffer.from(pending, 'utf8');
      pending = '';
    }
  }
  if (last) pending += summary(spec, totals);
  if (pending) yield Buffer.from(pending, 'utf8');
}

function add(t: { count: number; amount: number; refund: number; fee: number; inCount: number; inAmount: number; outCount: number; outAmount: number }, r: Row): void {
  t.count += 1;
  t.amount += r.amount;
  t.refund += r.refund;
  t.fee += r.fee;
  if (r.income) { t.inCount += 1; t.inAmount += r.amount; } else { t.outCount += 1; t.outAmount += r.amount; }
}

/** Rows for a bill of about `bytes` bytes. */
export function rowsFor(kind: BillKind, bytes: number): number {
  const perRow = kind === 'trade' ? 330 : 150;
  return Math.max(1, Math.round(bytes / perRow));
}
