/**
 * Bill files made on demand. A block of rows is rendered once per bill; every further block is a
 * copy with its 10-digit row numbers written in (so order numbers stay unique), which produces
 * hundreds of MB at memory-copy speed, twice if need be (once for the hash when the bill is applied
 * for, once for the download), without ever holding the bill in memory.
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

const TRADE_HEADER =
  '交易时间,公众账号ID,商户号,特约商户号,设备号,微信订单号,商户订单号,用户标识,交易类型,交易状态,付款银行,货币种类,应结订单金额,代金券金额,微信退款单号,商户退款单号,退款金额,充值券退款金额,退款类型,退款状态,商品名称,商户数据包,手续费,费率,订单金额,申请退款金额,费率备注\n';
const TRADE_SUMMARY = '总交易单数,应结订单总金额,退款总金额,充值券退款总金额,手续费总金额,订单总金额,申请退款总金额\n';
const FUND_HEADER = '记账时间,微信支付业务单号,资金流水单号,业务名称,业务类型,收支类型,收支金额（元）,账户结余（元）,资金变更提交申请人,备注,业务凭证号\n';
const FUND_SUMMARY = '资金流水总笔数,收入笔数,收入金额,支出笔数,支出金额\n';
const TYPES = ['NATIVE', 'JSAPI', 'APP', 'MWEB', 'MICROPAY'];
const BANKS = ['OTHERS', 'CMB_DEBIT', 'ICBC_CREDIT', 'CCB_DEBIT', 'ABC_DEBIT'];
const GOODS = ['图书', '咖啡', '会员服务', '停车费', 'Image Bank'];

/** Rows per rendered block. */
const BLOCK = 1000;
/** Stands for the row number in the rendered block; never occurs otherwise. */
const MARK = 'NNNNNNNNNN';
const ZEROS = '0000000000';

/** 32-bit mixing (a murmur3 finaliser), kept to 31 bits so `%` stays an integer operation. */
function mix(x: number): number {
  let h = x | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 1;
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

interface Amounts {
  amount: number;
  refund: number;
  fee: number;
  income: boolean;
}

function renderRow(spec: BillSpec, seed: number, j: number): { text: string } & Amounts {
  const a = mix(seed ^ Math.imul(j + 1, 0x9e3779b1));
  const b = mix(a ^ 0x68e31da4);
  const second = Math.floor((j * 86400) / BLOCK) + (a % Math.floor(86400 / BLOCK));
  const time = `${spec.date} ${pad(Math.floor(second / 3600), 2)}:${pad(Math.floor(second / 60) % 60, 2)}:${pad(second % 60, 2)}`;
  const amount = 1 + (a % 99_999);
  const day = spec.date.replace(/-/g, '');
  const txid = `42000${pad(b % 100000, 5)}${day}${MARK}`;
  if (spec.kind === 'trade') {
    const refunded = a % 17 === 0;
    const refund = refunded ? Math.max(1, Math.floor(amount / 2)) : 0;
    const fee = Math.round(amount * 0.006);
    const openid = `o${b.toString(36).padStart(7, 'x')}Pf8uMuAJO_M2pxb1Q9zNjWeS6o`;
    const text =
      `\`${time},\`wx8888888888888888,\`${spec.mchid},\`0,\`,\`${txid},\`ORDER${day}${MARK},\`${openid},\`${TYPES[a % 5]},\`` +
      `${refunded ? 'REFUND' : 'SUCCESS'},\`${BANKS[b % 5]},\`CNY,\`${yuan(amount)},\`0.00,\`${refunded ? `50300${MARK}` : '0'},\`${refunded ? `REFUND${MARK}` : '0'},\`` +
      `${yuan(refund)},\`0.00,\`${refunded ? 'ORIGINAL' : ''},\`${refunded ? 'SUCCESS' : ''},\`${GOODS[b % 5]},\`,\`${yuan(fee)}00,\`0.60%,\`${yuan(amount)},\`${yuan(refund)},\`\n`;
    return { text, amount, refund, fee, income: true };
  }
  const income = a % 3 !== 0;
  const text =
    `\`${time},\`${txid},\`1000000000${day}${MARK},\`${income ? '交易' : '退款'},\`${income ? '交易' : '退款'},\`` +
    `${income ? '收入' : '支出'},\`${yuan(amount)},\`${yuan(b % 10_000_000)},\`system,\`${income ? '' : 'REFUND'},\`REF${MARK}\n`;
  return { text, amount, refund: 0, fee: 0, income };
}

/** One rendered block: its bytes, where each row starts, where its row numbers go, and its amounts. */
interface Template {
  bytes: Buffer;
  starts: number[];
  marks: number[][];
  amounts: Amounts[];
}

const templates = new Map<string, Template>();

function templateOf(spec: BillSpec): Template {
  const key = `${spec.kind}|${spec.mchid}|${spec.date}`;
  let t = templates.get(key);
  if (t) return t;
  const seed = seedOf(spec);
  const rows = Array.from({ length: BLOCK }, (_, j) => renderRow(spec, seed, j));
  const bytes = Buffer.from(rows.map((r) => r.text).join(''), 'utf8');
  const starts: number[] = [];
  const marks: number[][] = [];
  let at = 0;
  for (const r of rows) {
    starts.push(at);
    const end = at + Buffer.byteLength(r.text, 'utf8');
    const list: number[] = [];
    for (let m = bytes.indexOf(MARK, at, 'latin1'); m >= 0 && m < end; m = bytes.indexOf(MARK, m + MARK.length, 'latin1')) list.push(m);
    marks.push(list);
    at = end;
  }
  starts.push(at);
  t = { bytes, starts, marks, amounts: rows.map(({ amount, refund, fee, income }) => ({ amount, refund, fee, income })) };
  if (templates.size > 32) templates.clear();
  templates.set(key, t);
  return t;
}

/** Rows [first, last) as bytes: a copy of the block's rows with their numbers written in. */
function rowsBytes(t: Template, first: number, last: number): Buffer {
  const base = first - (first % BLOCK);
  const j0 = first - base;
  const j1 = last - base;
  const offset = t.starts[j0] as number;
  const out = Buffer.from(t.bytes.subarray(offset, t.starts[j1]));
  for (let j = j0; j < j1; j += 1) {
    const digits = String(base + j);
    const n = digits.length < 10 ? ZEROS.slice(digits.length) + digits : digits.slice(-10);
    for (const m of t.marks[j] as number[]) out.write(n, m - offset, 'latin1');
  }
  return out;
}

interface Totals {
  count: number;
  amount: number;
  refund: number;
  fee: number;
  inCount: number;
  inAmount: number;
  outCount: number;
  outAmount: number;
}

/** Totals over rows [0, rows): whole blocks are the block's sums times their number. */
function totalsOf(t: Template, rows: number): Totals {
  const sum = (list: Amounts[]): Totals => {
    const s: Totals = { count: 0, amount: 0, refund: 0, fee: 0, inCount: 0, inAmount: 0, outCount: 0, outAmount: 0 };
    for (const r of list) {
      s.count += 1;
      s.amount += r.amount;
      s.refund += r.refund;
      s.fee += r.fee;
      if (r.income) {
        s.inCount += 1;
        s.inAmount += r.amount;
      } else {
        s.outCount += 1;
        s.outAmount += r.amount;
      }
    }
    return s;
  };
  const whole = Math.floor(rows / BLOCK);
  const block = sum(t.amounts);
  const rest = sum(t.amounts.slice(0, rows % BLOCK));
  const out = {} as Totals;
  for (const k of Object.keys(block) as Array<keyof Totals>) out[k] = block[k] * whole + rest[k];
  return out;
}

function summary(kind: BillKind, t: Totals): string {
  if (kind === 'trade') {
    return `${TRADE_SUMMARY}\`${t.count},\`${yuan(t.amount)},\`${yuan(t.refund)},\`0.00,\`${yuan(t.fee)}00,\`${yuan(t.amount)},\`${yuan(t.refund)}\n`;
  }
  return `${FUND_SUMMARY}\`${t.count},\`${t.inCount},\`${yuan(t.inAmount)},\`${t.outCount},\`${yuan(t.outAmount)}\n`;
}

/**
 * The bill's bytes, a block (about 150–260 KB) at a time. The header opens the first part; the
 * summary (totals over all rows, not just this part's) closes the last.
 */
export function* billChunks(spec: BillSpec): Generator<Buffer> {
  const t = templateOf(spec);
  const from = spec.from ?? 0;
  const to = Math.min(spec.to ?? spec.rows, spec.rows);
  if (from === 0) yield Buffer.from(spec.kind === 'trade' ? TRADE_HEADER : FUND_HEADER, 'utf8');
  for (let first = from; first < to;) {
    const last = Math.min(to, first - (first % BLOCK) + BLOCK);
    yield rowsBytes(t, first, last);
    first = last;
  }
  if (to >= spec.rows) yield Buffer.from(summary(spec.kind, totalsOf(t, spec.rows)), 'utf8');
}

/** Rows for a bill of about `bytes` bytes. */
export function rowsFor(kind: BillKind, bytes: number): number {
  const perRow = kind === 'trade' ? 263 : 150;
  return Math.max(1, Math.round(bytes / perRow));
}
