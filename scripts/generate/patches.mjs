// The patch table: facts about requests and answers that the OpenAPI data gets wrong and no rule can
// derive. Each entry names its operations, the fact, where the fact comes from, `needed` (true while
// the data as published still lacks the fact: spec/generate.spec.ts fails for an entry once the data
// is fixed, so the entry is removed instead of left to rot) and `apply`. Keep it small; prefer rules.

/** Object nodes at the top of a schema (through refs and allOf). */
function tops(schemas, s, out = []) {
  const d = schemas.deref(s);
  if (d.t === 'object') out.push(d);
  else if (d.t === 'all') for (const p of d.parts) tops(schemas, p, out);
  return out;
}

/** The property `name` of the request body (or answer) found through refs/allOf, or undefined. */
function field(schemas, s, name) {
  for (const o of tops(schemas, s)) {
    const p = (o.props ?? []).find((x) => x.name === name);
    if (p) return { node: o, p };
  }
  return undefined;
}

/** Every node of `s` (refs followed once) for which `test` holds. */
function find(schemas, s, test, out = [], seen = new Set()) {
  if (!s || seen.has(s)) return out;
  seen.add(s);
  if (test(s)) out.push(s);
  if (s.t === 'ref') find(schemas, schemas.defs.get(s.def)?.schema, test, out, seen);
  else if (s.t === 'object') for (const p of s.props ?? []) find(schemas, p.s, test, out, seen);
  else if (s.t === 'array') find(schemas, s.items, test, out, seen);
  else if (s.t === 'all' || s.t === 'one') for (const p of s.parts) find(schemas, p, test, out, seen);
  return out;
}

const str = (desc, extra = {}) => ({ type: 'string', description: desc, ...extra });
const int = (desc) => ({ type: 'integer', description: desc });

const PROMOTION_DETAIL = {
  type: 'array',
  description: '优惠功能，享受优惠时返回该字段',
  items: {
    type: 'object',
    required: ['coupon_id', 'amount'],
    properties: {
      coupon_id: str('券ID'),
      name: str('优惠名称'),
      scope: { type: 'string', description: '优惠范围', enum: ['GLOBAL', 'SINGLE'], 'x-enum-comments': ['全场代金券', '单品优惠'] },
      type: { type: 'string', description: '优惠类型', enum: ['CASH', 'NOCASH'], 'x-enum-comments': ['充值型代金券', '免充值型代金券'] },
      amount: int('优惠券面额'),
      stock_id: str('活动ID'),
      wechatpay_contribute: int('微信出资'),
      merchant_contribute: int('商户出资'),
      other_contribute: int('其他出资'),
      currency: str('优惠币种'),
      goods_detail: {
        type: 'array',
        description: '单品列表',
        items: {
          type: 'object',
          required: ['goods_id', 'quantity', 'unit_price', 'discount_amount'],
          properties: {
            goods_id: str('商品编码'),
            quantity: int('商品数量'),
            unit_price: int('商品单价'),
            discount_amount: int('商品优惠金额'),
            goods_remark: str('商品备注'),
          },
        },
      },
    },
  },
};

/** The order as the query answers it, and as TRANSACTION.SUCCESS carries it once paid. */
function transactionAnswer(partner) {
  const who = partner
    ? {
        sp_appid: str('服务商应用ID'),
        sp_mchid: str('服务商户号'),
        sub_appid: str('子商户应用ID'),
        sub_mchid: str('子商户号'),
      }
    : { appid: str('应用ID'), mchid: str('直连商户号') };
  return {
    type: 'object',
    description: partner ? '服务商模式的订单（查询订单应答；支付成功通知的 resource 与之相同）' : '订单（查询订单应答；支付成功通知的 resource 与之相同）',
    required: [...(partner ? ['sp_appid', 'sp_mchid', 'sub_mchid'] : ['appid', 'mchid']), 'out_trade_no', 'trade_state', 'trade_state_desc'],
    properties: {
      ...who,
      out_trade_no: str('商户订单号'),
      transaction_id: str('微信支付订单号（支付后返回）'),
      trade_type: { $ref: './Enumerations.yaml#/TransactionTradeType', description: '交易类型（支付后返回）' },
      trade_state: { $ref: './Enumerations.yaml#/TransactionTradeState', description: '交易状态' },
      trade_state_desc: str('交易状态描述'),
      bank_type: str('付款银行（支付后返回）'),
      attach: str('附加数据'),
      success_time: str('支付完成时间（支付后返回）', { format: 'rfc3339' }),
      payer: {
        type: 'object',
        description: '支付者（支付后返回）',
        ...(partner ? {} : { required: ['openid'] }),
        properties: partner ? { sp_openid: str('用户服务标识'), sub_openid: str('用户子标识') } : { openid: str('用户标识') },
      },
      amount: {
        type: 'object',
        description: '订单金额（单位：分）',
        properties: { total: int('总金额'), payer_total: int('用户支付金额'), currency: str('货币类型'), payer_currency: str('用户支付币种') },
      },
      scene_info: { type: 'object', description: '场景信息', properties: { device_id: str('商户端设备号') } },
      promotion_detail: PROMOTION_DETAIL,
    },
  };
}

/** Register a patch-made schema as a named definition (emitted once, shared by its operations). */
function definition(schemas, key, raw) {
  const id = `patches#${key}`;
  if (!schemas.defs.has(id)) {
    schemas.defs.set(id, { id, file: 'patches', key, schema: schemas.normalize(raw, 'definitions/Transaction.yaml', `patch ${key}`) });
  }
  return { t: 'ref', def: id };
}

function orderAnswer(partner) {
  return {
    needed: (op, schemas) => {
      const s = op.response.schema;
      return !s || !find(schemas, s, (n) => n.t === 'object' && (n.props ?? []).some((p) => p.name === 'promotion_detail')).length;
    },
    apply: (op, schemas) => {
      op.response = {
        ...op.response,
        kind: 'data',
        schema: definition(schemas, partner ? 'PartnerTransactionAnswer' : 'TransactionAnswer', transactionAnswer(partner)),
      };
    },
  };
}

export const PATCHES = [
  {
    id: 'order query answers',
    class: 'answer schema',
    ops: ['GET v3/pay/transactions/id/{transaction_id}', 'GET v3/pay/transactions/out-trade-no/{out_trade_no}'],
    fact: "The answer is the order as paid (or not yet): `trade_state` always; `payer`, `amount.payer_total`, `promotion_detail` once paid; no `notify_url`. The data reuses the order request's fields. The same object is the resource of TRANSACTION.SUCCESS (`TransactionResource` in the notification types).",
    source:
      'WeChat Pay APIv3 查询订单 documentation, https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter3_1_2.shtml (response fields); the TRANSACTION.SUCCESS resource fields.',
    ...orderAnswer(false),
  },
  {
    id: 'partner order query answers',
    class: 'answer schema',
    ops: ['GET v3/pay/partner/transactions/id/{transaction_id}', 'GET v3/pay/partner/transactions/out-trade-no/{out_trade_no}'],
    fact: 'As the direct order answer, for service providers: `sp_appid`, `sp_mchid`, `sub_mchid`, `payer.sp_openid` / `payer.sub_openid` (`PartnerTransactionResource` in the notification types).',
    source: 'WeChat Pay APIv3 服务商 查询订单 documentation, https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter4_1_2.shtml (response fields).',
    ...orderAnswer(true),
  },
  {
    id: 'platform certificate answer',
    class: 'answer schema',
    ops: ['GET v3/certificates'],
    fact: 'Every certificate in `data` carries `serial_no`, `effective_time`, `expire_time` and `encrypt_certificate` (`algorithm`, `nonce`, `associated_data`, `ciphertext`); the data marks them optional.',
    source:
      "WeChat Pay APIv3 下载平台证书 documentation (the data's own link, https://wechatpay-api.gitbook.io/wechatpay-api-v3/jie-kou-wen-dang/ping-tai-zheng-shu); every certificate downloader (this client's `wxpay certificates download`, wechatpay-php, wechatpay-go) reads all four.",
    needed: (op, schemas) => {
      const items = find(schemas, op.response.schema, (n) => n.t === 'object' && (n.props ?? []).some((p) => p.name === 'serial_no'));
      return items.some((o) => o.props.some((p) => ['serial_no', 'effective_time', 'expire_time', 'encrypt_certificate'].includes(p.name) && !p.req));
    },
    apply: (op, schemas) => {
      for (const o of find(
        schemas,
        op.response.schema,
        (n) => n.t === 'object' && (n.props ?? []).some((p) => p.name === 'serial_no' || p.name === 'ciphertext'),
      )) {
        for (const p of o.props)
          if (['serial_no', 'effective_time', 'expire_time', 'encrypt_certificate', 'algorithm', 'nonce', 'associated_data', 'ciphertext'].includes(p.name))
            p.req = true;
      }
    },
  },
  {
    id: 'RSA public key answer',
    class: 'answer schema',
    ops: ['POST v2/risk/getpublickey'],
    fact: '`pub_key` is the point of the call: a successful answer always carries it (a failure is rejected before `data` is seen).',
    source:
      "WeChat Pay 获取RSA加密公钥 documentation (the data's own link, https://pay.weixin.qq.com/wiki/doc/api/tools/mch_pay_yhk.php?chapter=24_7&index=4): pub_key 必填 in the success fields.",
    needed: (op, schemas) => {
      const f = field(schemas, op.response.schema, 'pub_key');
      return Boolean(f && !f.p.req);
    },
    apply: (op, schemas) => {
      field(schemas, op.response.schema, 'pub_key').p.req = true;
    },
  },
  {
    id: 'ecommerce refund variants',
    class: 'merged variants',
    ops: ['POST v3/ecommerce/refunds/apply'],
    fact: 'The data merges the combined-order refund into this one: `combine_transaction_id` and `funds_account` are not required, and the order is named by `transaction_id` or `out_trade_no` (二选一).',
    source:
      "WeChat Pay 电商收付通 申请退款 documentation (the data's own link, https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/refunds/chapter3_1.shtml); wechatpay-go ecommerce refund requests send neither field.",
    needed: (op, schemas) => ['combine_transaction_id', 'funds_account'].some((n) => field(schemas, op.body.schema, n)?.p.req),
    apply: (op, schemas) => {
      for (const n of ['combine_transaction_id', 'funds_account', 'transaction_id']) {
        const f = field(schemas, op.body.schema, n);
        if (f) f.p.req = false;
      }
      const node = field(schemas, op.body.schema, 'transaction_id').node;
      (node.groups ??= []).push({ rule: 'ecommerce refund variants', kind: 'any', names: ['transaction_id', 'out_trade_no'], note: '二选一' });
    },
  },
  {
    id: 'transfer scene optional',
    class: 'over-required field',
    ops: ['POST v3/transfer/batches'],
    fact: '`transfer_scene_id` is optional: merchants without scenes configured leave it out.',
    source:
      "WeChat Pay 发起商家转账 documentation (the data's own link, https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transfer/chapter3_1.shtml): transfer_scene_id 选填.",
    needed: (op, schemas) => Boolean(field(schemas, op.body.schema, 'transfer_scene_id')?.p.req),
    apply: (op, schemas) => {
      field(schemas, op.body.schema, 'transfer_scene_id').p.req = false;
    },
  },
  {
    id: 'combine h5 sub-merchant optional',
    class: 'over-required field',
    ops: ['POST v3/combine-transactions/h5'],
    fact: '`sub_orders[].sub_mchid` is optional (only for sub-merchants of a service provider), as in the `app`, `jsapi` and `native` combined orders.',
    source:
      "WeChat Pay 合单H5下单 documentation (the data's own link, https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/combine/chapter3_9.shtml): sub_mchid 选填; the sibling combined-order operations in the data.",
    needed: (op, schemas) =>
      Boolean(
        field(schemas, schemas.deref(field(schemas, op.body.schema, 'sub_orders')?.p.s ?? { t: 'unknown' }).items ?? { t: 'unknown' }, 'sub_mchid')?.p.req,
      ),
    apply: (op, schemas) => {
      field(schemas, schemas.deref(field(schemas, op.body.schema, 'sub_orders').p.s).items, 'sub_mchid').p.req = false;
    },
  },
  {
    id: 'unifiedorder service-provider fields',
    class: 'missing field',
    ops: ['POST v2/pay/unifiedorder'],
    fact: 'Service providers (服务商) order for a sub-merchant with `sub_appid`, `sub_mch_id` and `sub_openid`; the data lists only the direct-merchant fields.',
    source:
      'WeChat Pay 服务商 统一下单 documentation, https://pay.weixin.qq.com/wiki/doc/api/jsapi_sl.php?chapter=9_1 (sub_appid, sub_mch_id, sub_openid); wechatpay-php and wechatpay-axios-plugin samples send them.',
    needed: (op, schemas) => !field(schemas, op.body.schema, 'sub_mch_id'),
    apply: (op, schemas) => {
      const node = tops(schemas, op.body.schema)[0];
      const at = Math.max(0, (node.props ?? []).findIndex((p) => p.name === 'mch_id') + 1);
      node.props.splice(
        at,
        0,
        { name: 'sub_appid', req: false, s: { t: 'string', desc: '子商户公众账号ID（服务商模式）', example: 'wx8888888888888888' } },
        { name: 'sub_mch_id', req: false, s: { t: 'string', desc: '子商户号（服务商模式必填）', example: '1900000109' } },
        {
          name: 'sub_openid',
          req: false,
          s: { t: 'string', desc: '用户子标识（服务商模式，trade_type=JSAPI 时与 openid 二选一）', example: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o' },
        },
      );
    },
  },
  {
    id: 'check_name NO_CHECK',
    class: 'enum value',
    ops: ['POST v2/mmpaymkttransfers/promotion/paywwsptrans2pocket'],
    fact: '`check_name` is `NO_CHECK` (do not check the name) or `FORCE_CHECK`; the data lists only `FORCE_CHECK`.',
    source:
      'WeChat Pay 企业付款到零钱 documentation, https://pay.weixin.qq.com/wiki/doc/api/tools/mch_pay.php?chapter=14_2 (check_name: NO_CHECK / FORCE_CHECK), which this operation shares.',
    needed: (op, schemas) => {
      const f = field(schemas, op.body.schema, 'check_name');
      return Boolean(f && schemas.deref(f.p.s).enum && !schemas.deref(f.p.s).enum.includes('NO_CHECK'));
    },
    apply: (op, schemas) => {
      const s = schemas.deref(field(schemas, op.body.schema, 'check_name').p.s);
      s.enum = ['NO_CHECK', ...s.enum];
      s.enumDocs = ['不校验真实姓名', ...(s.enumDocs ?? s.enum.slice(1).map(() => ''))];
      if (s.enumDocs.length && !s.enumDocs.slice(1).some(Boolean)) s.enumDocs[1] = '强校验真实姓名';
    },
  },
  {
    id: 'busifavor background colours',
    class: 'enum value',
    ops: [
      'POST v3/marketing/busifavor/stocks',
      'GET v3/marketing/busifavor/stocks/{stock_id}',
      'PATCH v3/marketing/busifavor/stocks/{stock_id}',
      'GET v3/marketing/busifavor/stocks/{stock_id}/couponcodes/{coupon_code}',
    ],
    fact: "Business coupon (商家券) background colours are written `COLOR010` … `COLOR100`; the data spells them `Color010`. Both spellings are accepted in the types (the data's spelling is kept so existing code compiles).",
    source:
      "WeChat Pay 商家券 创建商家券 documentation (pattern_info / display_pattern_info.background_color: COLOR010 … COLOR100) and the official SDKs' busifavor request samples.",
    needed: (op, schemas) =>
      find(
        schemas,
        schemas.deref({ t: 'all', parts: [op.body?.schema, op.response.schema].filter(Boolean) }),
        (n) => Array.isArray(n.enum) && n.enum.includes('Color010') && !n.enum.includes('COLOR010'),
      ).length > 0,
    apply: (op, schemas) => {
      for (const s of [op.body?.schema, op.response.schema].filter(Boolean)) {
        for (const n of find(schemas, s, (x) => Array.isArray(x.enum) && x.enum.includes('Color010') && !x.enum.includes('COLOR010'))) {
          const upper = n.enum.filter((v) => /^Color\d{3}$/.test(v)).map((v) => v.toUpperCase());
          n.enum = [...upper, ...n.enum];
          if (n.enumDocs) n.enumDocs = [...upper.map(() => ''), ...n.enumDocs];
          if (typeof n.example === 'string' && /^Color\d{3}$/.test(n.example)) n.example = n.example.toUpperCase();
        }
      }
    },
  },
];
