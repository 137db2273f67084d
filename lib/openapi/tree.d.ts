// generated — do not edit; run npm run generate
import type { NodeBase, RootBase, Verbs } from '../typed';

/** The client root: `v3`, `v2`, `hk` and `global` start the property chains. */
export interface Root extends RootBase {
  global: Global;
  hk: Hk;
  v2: V2;
  v3: V3;
}

/** `global` */
export interface Global extends NodeBase {
  v3: GlobalV3;
}

/** `global/v3` */
export interface GlobalV3 extends NodeBase {
  customs: GlobalV3Customs;
}

/** `global/v3/customs` */
export interface GlobalV3Customs extends NodeBase {
  orders: GlobalV3CustomsOrders;
  redeclare: GlobalV3CustomsRedeclare;
  verifyCertificate: GlobalV3CustomsVerifyCertificate;
}

/** `global/v3/customs/orders` */
export interface GlobalV3CustomsOrders extends NodeBase, Verbs<'global/v3/customs/orders'> {
  /**
   * 报关查询API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/declarecustom_ch/chapter3_3.shtml | 官方文档}
   */
  getAsync: Verbs<'global/v3/customs/orders'>['getAsync'];
  /**
   * 报关API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/declarecustom_ch/chapter3_1.shtml | 官方文档}
   */
  postAsync: Verbs<'global/v3/customs/orders'>['postAsync'];
  /**
   * 报关信息修改API
   *
   * Async twin of `patch`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/declarecustom_ch/chapter3_5.shtml | 官方文档}
   */
  patchAsync: Verbs<'global/v3/customs/orders'>['patchAsync'];
}

/** `global/v3/customs/redeclare` */
export interface GlobalV3CustomsRedeclare extends NodeBase, Verbs<'global/v3/customs/redeclare'> {
  /**
   * 报关重推API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/declarecustom_ch/chapter3_4.shtml | 官方文档}
   */
  postAsync: Verbs<'global/v3/customs/redeclare'>['postAsync'];
}

/** `global/v3/customs/verify-certificate` */
export interface GlobalV3CustomsVerifyCertificate extends NodeBase, Verbs<'global/v3/customs/verify-certificate'> {
  /**
   * 身份信息校验API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/declarecustom_ch/chapter3_2.shtml | 官方文档}
   */
  postAsync: Verbs<'global/v3/customs/verify-certificate'>['postAsync'];
}

/** `hk` */
export interface Hk extends NodeBase {
  v3: HkV3;
}

/** `hk/v3` */
export interface HkV3 extends NodeBase {
  certificates: HkV3Certificates;
  merchants: HkV3Merchants;
  refunds: HkV3Refunds;
  settle: HkV3Settle;
  statements: HkV3Statements;
  transactions: HkV3Transactions;
}

/** `hk/v3/certificates` */
export interface HkV3Certificates extends NodeBase, Verbs<'hk/v3/certificates'> {
  /**
   * 获取平台证书列表
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/fusion_wallet_ch/QuickPay/chapter8_7.shtml | 官方文档}
   */
  getAsync: Verbs<'hk/v3/certificates'>['getAsync'];
}

/** `hk/v3/merchants` */
export interface HkV3Merchants extends NodeBase, Verbs<'hk/v3/merchants'> {
  /**
   * 子商户进件（融合钱包）
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/Onborading_Sub_Merchant/chapter3_1.shtml | 官方文档}
   */
  postAsync: Verbs<'hk/v3/merchants'>['postAsync'];
  /**
   * 修改子商户（融合钱包）
   *
   * Async twin of `put`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/Onborading_Sub_Merchant/chapter3_3.shtml | 官方文档}
   */
  putAsync: Verbs<'hk/v3/merchants'>['putAsync'];
  _sub_mchid_: HkV3Merchants_sub_mchid_;
  '{sub_mchid}': HkV3Merchants_sub_mchid_;
}

/** `hk/v3/merchants/{sub_mchid}` */
export interface HkV3Merchants_sub_mchid_ extends NodeBase, Verbs<'hk/v3/merchants/{sub_mchid}'> {
  /**
   * 查询子商户（融合钱包）
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/Onborading_Sub_Merchant/chapter3_2.shtml | 官方文档}
   */
  getAsync: Verbs<'hk/v3/merchants/{sub_mchid}'>['getAsync'];
}

/** `hk/v3/refunds` */
export interface HkV3Refunds extends NodeBase, Verbs<'hk/v3/refunds'> {
  /**
   * 查询所有退款
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/fusion_wallet_ch/QuickPay/chapter8_4.shtml | 官方文档}
   */
  getAsync: Verbs<'hk/v3/refunds'>['getAsync'];
  /**
   * 申请退款
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/fusion_wallet_ch/QuickPay/chapter8_2.shtml | 官方文档}
   */
  postAsync: Verbs<'hk/v3/refunds'>['postAsync'];
  id: HkV3RefundsId;
  outRefundNo: HkV3RefundsOutRefundNo;
}

/** `hk/v3/refunds/id` */
export interface HkV3RefundsId extends NodeBase {
  _refund_id_: HkV3RefundsId_refund_id_;
  '{refund_id}': HkV3RefundsId_refund_id_;
}

/** `hk/v3/refunds/id/{refund_id}` */
export interface HkV3RefundsId_refund_id_ extends NodeBase, Verbs<'hk/v3/refunds/id/{refund_id}'> {
  /**
   * 查询单笔退款(微信支付退款订单号)
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/fusion_wallet_ch/QuickPay/chapter8_3.shtml | 官方文档}
   */
  getAsync: Verbs<'hk/v3/refunds/id/{refund_id}'>['getAsync'];
}

/** `hk/v3/refunds/out-refund-no` */
export interface HkV3RefundsOutRefundNo extends NodeBase {
  _out_refund_no_: HkV3RefundsOutRefundNo_out_refund_no_;
  '{out_refund_no}': HkV3RefundsOutRefundNo_out_refund_no_;
}

/** `hk/v3/refunds/out-refund-no/{out_refund_no}` */
export interface HkV3RefundsOutRefundNo_out_refund_no_ extends NodeBase, Verbs<'hk/v3/refunds/out-refund-no/{out_refund_no}'> {
  /**
   * 查询单笔退款(商户退款订单号)
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/fusion_wallet_ch/QuickPay/chapter8_3.shtml | 官方文档}
   */
  getAsync: Verbs<'hk/v3/refunds/out-refund-no/{out_refund_no}'>['getAsync'];
}

/** `hk/v3/settle` */
export interface HkV3Settle extends NodeBase {
  settlements: HkV3SettleSettlements;
}

/** `hk/v3/settle/settlements` */
export interface HkV3SettleSettlements extends NodeBase, Verbs<'hk/v3/settle/settlements'> {
  /**
   * 查询结算资金明细API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/fusion_wallet_ch/QuickPay/chapter8_10.shtml | 官方文档}
   */
  getAsync: Verbs<'hk/v3/settle/settlements'>['getAsync'];
}

/** `hk/v3/statements` */
export interface HkV3Statements extends NodeBase, Verbs<'hk/v3/statements'> {
  /**
   * 下载对账单
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/fusion_wallet_ch/QuickPay/chapter8_5.shtml | 官方文档}
   */
  getAsync: Verbs<'hk/v3/statements'>['getAsync'];
}

/** `hk/v3/transactions` */
export interface HkV3Transactions extends NodeBase {
  app: HkV3TransactionsApp;
  id: HkV3TransactionsId;
  jsapi: HkV3TransactionsJsapi;
  micropay: HkV3TransactionsMicropay;
  mweb: HkV3TransactionsMweb;
  native: HkV3TransactionsNative;
  outTradeNo: HkV3TransactionsOutTradeNo;
}

/** `hk/v3/transactions/app` */
export interface HkV3TransactionsApp extends NodeBase, Verbs<'hk/v3/transactions/app'> {
  /**
   * APP支付下单
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/fusion_wallet_ch/In-AppPay/chapter6_3.shtml | 官方文档}
   */
  postAsync: Verbs<'hk/v3/transactions/app'>['postAsync'];
}

/** `hk/v3/transactions/id` */
export interface HkV3TransactionsId extends NodeBase {
  _transaction_id_: HkV3TransactionsId_transaction_id_;
  '{transaction_id}': HkV3TransactionsId_transaction_id_;
}

/** `hk/v3/transactions/id/{transaction_id}` */
export interface HkV3TransactionsId_transaction_id_ extends NodeBase, Verbs<'hk/v3/transactions/id/{transaction_id}'> {
  /**
   * 查询订单(微信支付订单号)
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/fusion_wallet_ch/QuickPay/chapter8_1.shtml | 官方文档}
   */
  getAsync: Verbs<'hk/v3/transactions/id/{transaction_id}'>['getAsync'];
  close: HkV3TransactionsId_transaction_id_Close;
  reverse: HkV3TransactionsId_transaction_id_Reverse;
}

/** `hk/v3/transactions/id/{transaction_id}/close` */
export interface HkV3TransactionsId_transaction_id_Close extends NodeBase, Verbs<'hk/v3/transactions/id/{transaction_id}/close'> {
  /**
   * 关闭订单(微信支付订单号)
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/fusion_wallet_ch/NativePay/chapter8_6.shtml | 官方文档}
   */
  postAsync: Verbs<'hk/v3/transactions/id/{transaction_id}/close'>['postAsync'];
}

/** `hk/v3/transactions/id/{transaction_id}/reverse` */
export interface HkV3TransactionsId_transaction_id_Reverse extends NodeBase, Verbs<'hk/v3/transactions/id/{transaction_id}/reverse'> {
  /**
   * 撤销订单(微信支付订单号)
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/fusion_wallet_ch/QuickPay/chapter3_4.shtml | 官方文档}
   */
  postAsync: Verbs<'hk/v3/transactions/id/{transaction_id}/reverse'>['postAsync'];
}

/** `hk/v3/transactions/jsapi` */
export interface HkV3TransactionsJsapi extends NodeBase, Verbs<'hk/v3/transactions/jsapi'> {
  /**
   * 小程序/公众号支付下单
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/fusion_wallet_ch/MiniProgramPay/chapter7_3.shtml | 官方文档}
   */
  postAsync: Verbs<'hk/v3/transactions/jsapi'>['postAsync'];
}

/** `hk/v3/transactions/micropay` */
export interface HkV3TransactionsMicropay extends NodeBase, Verbs<'hk/v3/transactions/micropay'> {
  /**
   * 提交付款码支付
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/fusion_wallet_ch/QuickPay/chapter3_3.shtml | 官方文档}
   */
  postAsync: Verbs<'hk/v3/transactions/micropay'>['postAsync'];
}

/** `hk/v3/transactions/mweb` */
export interface HkV3TransactionsMweb extends NodeBase, Verbs<'hk/v3/transactions/mweb'> {
  /**
   * H5支付下单
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/fusion_wallet_ch/H5Payment/chapter3_3.shtml | 官方文档}
   */
  postAsync: Verbs<'hk/v3/transactions/mweb'>['postAsync'];
}

/** `hk/v3/transactions/native` */
export interface HkV3TransactionsNative extends NodeBase, Verbs<'hk/v3/transactions/native'> {
  /**
   * 扫码支付下单
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/fusion_wallet_ch/NativePay/chapter4_3.shtml | 官方文档}
   */
  postAsync: Verbs<'hk/v3/transactions/native'>['postAsync'];
}

/** `hk/v3/transactions/out-trade-no` */
export interface HkV3TransactionsOutTradeNo extends NodeBase {
  _out_trade_no_: HkV3TransactionsOutTradeNo_out_trade_no_;
  '{out_trade_no}': HkV3TransactionsOutTradeNo_out_trade_no_;
}

/** `hk/v3/transactions/out-trade-no/{out_trade_no}` */
export interface HkV3TransactionsOutTradeNo_out_trade_no_ extends NodeBase, Verbs<'hk/v3/transactions/out-trade-no/{out_trade_no}'> {
  /**
   * 查询订单(商户订单号)
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/fusion_wallet_ch/QuickPay/chapter8_1.shtml | 官方文档}
   */
  getAsync: Verbs<'hk/v3/transactions/out-trade-no/{out_trade_no}'>['getAsync'];
  close: HkV3TransactionsOutTradeNo_out_trade_no_Close;
  reverse: HkV3TransactionsOutTradeNo_out_trade_no_Reverse;
}

/** `hk/v3/transactions/out-trade-no/{out_trade_no}/close` */
export interface HkV3TransactionsOutTradeNo_out_trade_no_Close extends NodeBase, Verbs<'hk/v3/transactions/out-trade-no/{out_trade_no}/close'> {
  /**
   * 关闭订单(商户订单号)
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/fusion_wallet_ch/NativePay/chapter8_6.shtml | 官方文档}
   */
  postAsync: Verbs<'hk/v3/transactions/out-trade-no/{out_trade_no}/close'>['postAsync'];
}

/** `hk/v3/transactions/out-trade-no/{out_trade_no}/reverse` */
export interface HkV3TransactionsOutTradeNo_out_trade_no_Reverse extends NodeBase, Verbs<'hk/v3/transactions/out-trade-no/{out_trade_no}/reverse'> {
  /**
   * 撤销订单(商户订单号)
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/fusion_wallet_ch/QuickPay/chapter3_4.shtml | 官方文档}
   */
  postAsync: Verbs<'hk/v3/transactions/out-trade-no/{out_trade_no}/reverse'>['postAsync'];
}

/** `v2` */
export interface V2 extends NodeBase {
  appauth: V2Appauth;
  applyment: V2Applyment;
  billcommentsp: V2Billcommentsp;
  cgiBin: V2CgiBin;
  deposit: V2Deposit;
  face: V2Face;
  fund: V2Fund;
  mchrisk: V2Mchrisk;
  mmpaymkttransfers: V2Mmpaymkttransfers;
  mmpaysptrans: V2Mmpaysptrans;
  papay: V2Papay;
  pay: V2Pay;
  payitil: V2Payitil;
  risk: V2Risk;
  sandboxnew: V2Sandboxnew;
  secapi: V2Secapi;
  secsvc: V2Secsvc;
  tools: V2Tools;
  transit: V2Transit;
  vehicle: V2Vehicle;
  wxv: V2Wxv;
  xdc: V2Xdc;
}

/** `v2/appauth` */
export interface V2Appauth extends NodeBase {
  authindex: V2AppauthAuthindex;
  getaccesstoken: V2AppauthGetaccesstoken;
}

/** `v2/appauth/authindex` */
export interface V2AppauthAuthindex extends NodeBase, Verbs<'v2/appauth/authindex'> {
  /**
   * 授权获取code
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/realnameauth.php?chapter=60_1&index=2 | 官方文档}
   */
  getAsync: Verbs<'v2/appauth/authindex'>['getAsync'];
}

/** `v2/appauth/getaccesstoken` */
export interface V2AppauthGetaccesstoken extends NodeBase, Verbs<'v2/appauth/getaccesstoken'> {
  /**
   * 通过code换取accesstoken
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/realnameauth.php?chapter=60_2&index=3 | 官方文档}
   */
  getAsync: Verbs<'v2/appauth/getaccesstoken'>['getAsync'];
}

/** `v2/applyment` */
export interface V2Applyment extends NodeBase {
  micro: V2ApplymentMicro;
}

/** `v2/applyment/micro` */
export interface V2ApplymentMicro extends NodeBase {
  getstate: V2ApplymentMicroGetstate;
  getupgradestate: V2ApplymentMicroGetupgradestate;
  modifyarchives: V2ApplymentMicroModifyarchives;
  modifycontactinfo: V2ApplymentMicroModifycontactinfo;
  signcontract: V2ApplymentMicroSigncontract;
  submit: V2ApplymentMicroSubmit;
  submitupgrade: V2ApplymentMicroSubmitupgrade;
}

/** `v2/applyment/micro/getstate` */
export interface V2ApplymentMicroGetstate extends NodeBase, Verbs<'v2/applyment/micro/getstate'> {
  /**
   * 查询申请状态
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/xiaowei.php?chapter=19_3 | 官方文档}
   * @deprecated
   */
  postAsync: Verbs<'v2/applyment/micro/getstate'>['postAsync'];
}

/** `v2/applyment/micro/getupgradestate` */
export interface V2ApplymentMicroGetupgradestate extends NodeBase, Verbs<'v2/applyment/micro/getupgradestate'> {
  /**
   * 查询升级申请单状态
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/xiaowei.php?chapter=28_3&index=3 | 官方文档}
   * @deprecated
   */
  postAsync: Verbs<'v2/applyment/micro/getupgradestate'>['postAsync'];
}

/** `v2/applyment/micro/modifyarchives` */
export interface V2ApplymentMicroModifyarchives extends NodeBase, Verbs<'v2/applyment/micro/modifyarchives'> {
  /**
   * 修改结算银行卡
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/xiaowei.php?chapter=21_2 | 官方文档}
   * @deprecated
   */
  postAsync: Verbs<'v2/applyment/micro/modifyarchives'>['postAsync'];
}

/** `v2/applyment/micro/modifycontactinfo` */
export interface V2ApplymentMicroModifycontactinfo extends NodeBase, Verbs<'v2/applyment/micro/modifycontactinfo'> {
  /**
   * 修改联系信息
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/xiaowei.php?chapter=21_4 | 官方文档}
   * @deprecated
   */
  postAsync: Verbs<'v2/applyment/micro/modifycontactinfo'>['postAsync'];
}

/** `v2/applyment/micro/signcontract` */
export interface V2ApplymentMicroSigncontract extends NodeBase, Verbs<'v2/applyment/micro/signcontract'> {
  /**
   * 签约报备
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/xiaowei.php?chapter=19_4 | 官方文档}
   * @deprecated
   */
  postAsync: Verbs<'v2/applyment/micro/signcontract'>['postAsync'];
}

/** `v2/applyment/micro/submit` */
export interface V2ApplymentMicroSubmit extends NodeBase, Verbs<'v2/applyment/micro/submit'> {
  /**
   * 申请入驻
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/xiaowei.php?chapter=19_2 | 官方文档}
   * @deprecated
   */
  postAsync: Verbs<'v2/applyment/micro/submit'>['postAsync'];
}

/** `v2/applyment/micro/submitupgrade` */
export interface V2ApplymentMicroSubmitupgrade extends NodeBase, Verbs<'v2/applyment/micro/submitupgrade'> {
  /**
   * 提交升级申请单
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/xiaowei.php?chapter=28_2&index=2 | 官方文档}
   * @deprecated
   */
  postAsync: Verbs<'v2/applyment/micro/submitupgrade'>['postAsync'];
}

/** `v2/billcommentsp` */
export interface V2Billcommentsp extends NodeBase {
  batchquerycomment: V2BillcommentspBatchquerycomment;
}

/** `v2/billcommentsp/batchquerycomment` */
export interface V2BillcommentspBatchquerycomment extends NodeBase, Verbs<'v2/billcommentsp/batchquerycomment'> {
  /**
   * 拉取订单评价数据
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/jsapi.php?chapter=9_17&index=11 | 官方JSAPI文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/native.php?chapter=9_17&index=11 | 官方NATIVE文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/app/app.php?chapter=9_99&index=12 | 官方APP文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/H5.php?chapter=9_17&index=11 | 官方H5文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/wxa/wxa_api.php?chapter=9_17&index=11 | 官方小程序支付文档}
   */
  postAsync: Verbs<'v2/billcommentsp/batchquerycomment'>['postAsync'];
}

/** `v2/cgi-bin` */
export interface V2CgiBin extends NodeBase {
  mch: V2CgiBinMch;
}

/** `v2/cgi-bin/mch` */
export interface V2CgiBinMch extends NodeBase {
  customs: V2CgiBinMchCustoms;
  newcustoms: V2CgiBinMchNewcustoms;
}

/** `v2/cgi-bin/mch/customs` */
export interface V2CgiBinMchCustoms extends NodeBase {
  customdeclareorder: V2CgiBinMchCustomsCustomdeclareorder;
  customdeclarequery: V2CgiBinMchCustomsCustomdeclarequery;
}

/** `v2/cgi-bin/mch/customs/customdeclareorder` */
export interface V2CgiBinMchCustomsCustomdeclareorder extends NodeBase, Verbs<'v2/cgi-bin/mch/customs/customdeclareorder'> {
  /**
   * 订单附加信息提交接口
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/external/declarecustom.php?chapter=18_1 | 官方文档}
   */
  postAsync: Verbs<'v2/cgi-bin/mch/customs/customdeclareorder'>['postAsync'];
}

/** `v2/cgi-bin/mch/customs/customdeclarequery` */
export interface V2CgiBinMchCustomsCustomdeclarequery extends NodeBase, Verbs<'v2/cgi-bin/mch/customs/customdeclarequery'> {
  /**
   * 订单附加信息查询接口
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/external/declarecustom.php?chapter=18_2 | 官方文档}
   */
  postAsync: Verbs<'v2/cgi-bin/mch/customs/customdeclarequery'>['postAsync'];
}

/** `v2/cgi-bin/mch/newcustoms` */
export interface V2CgiBinMchNewcustoms extends NodeBase {
  customdeclareredeclare: V2CgiBinMchNewcustomsCustomdeclareredeclare;
}

/** `v2/cgi-bin/mch/newcustoms/customdeclareredeclare` */
export interface V2CgiBinMchNewcustomsCustomdeclareredeclare extends NodeBase, Verbs<'v2/cgi-bin/mch/newcustoms/customdeclareredeclare'> {
  /**
   * 订单附加信息重推接口
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/external/declarecustom.php?chapter=18_4 | 官方文档}
   */
  postAsync: Verbs<'v2/cgi-bin/mch/newcustoms/customdeclareredeclare'>['postAsync'];
}

/** `v2/deposit` */
export interface V2Deposit extends NodeBase {
  consume: V2DepositConsume;
  facepay: V2DepositFacepay;
  micropay: V2DepositMicropay;
  orderquery: V2DepositOrderquery;
  refund: V2DepositRefund;
  refundquery: V2DepositRefundquery;
  reverse: V2DepositReverse;
  unifiedorder: V2DepositUnifiedorder;
}

/** `v2/deposit/consume` */
export interface V2DepositConsume extends NodeBase, Verbs<'v2/deposit/consume'> {
  /**
   * 消费押金
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/deposit_sl.php?chapter=27_4&index=5 | 官方文档}
   */
  postAsync: Verbs<'v2/deposit/consume'>['postAsync'];
}

/** `v2/deposit/facepay` */
export interface V2DepositFacepay extends NodeBase, Verbs<'v2/deposit/facepay'> {
  /**
   * 支付押金（人脸支付）
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/deposit_sl.php?chapter=27_0&index=1 | 官方文档}
   */
  postAsync: Verbs<'v2/deposit/facepay'>['postAsync'];
}

/** `v2/deposit/micropay` */
export interface V2DepositMicropay extends NodeBase, Verbs<'v2/deposit/micropay'> {
  /**
   * 支付押金（付款码支付）
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/deposit_sl.php?chapter=27_1&index=2 | 官方文档}
   */
  postAsync: Verbs<'v2/deposit/micropay'>['postAsync'];
}

/** `v2/deposit/orderquery` */
export interface V2DepositOrderquery extends NodeBase, Verbs<'v2/deposit/orderquery'> {
  /**
   * 查询订单
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/deposit_sl.php?chapter=27_2&index=3 | 官方文档}
   */
  postAsync: Verbs<'v2/deposit/orderquery'>['postAsync'];
}

/** `v2/deposit/refund` */
export interface V2DepositRefund extends NodeBase, Verbs<'v2/deposit/refund'> {
  /**
   * 申请退款（押金）
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/deposit_sl.php?chapter=27_5&index=6 | 官方文档}
   */
  postAsync: Verbs<'v2/deposit/refund'>['postAsync'];
}

/** `v2/deposit/refundquery` */
export interface V2DepositRefundquery extends NodeBase, Verbs<'v2/deposit/refundquery'> {
  /**
   * 查询退款（押金）
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/deposit_sl.php?chapter=27_6&index=7 | 官方文档}
   */
  postAsync: Verbs<'v2/deposit/refundquery'>['postAsync'];
}

/** `v2/deposit/reverse` */
export interface V2DepositReverse extends NodeBase, Verbs<'v2/deposit/reverse'> {
  /**
   * 撤销订单
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/deposit_sl.php?chapter=27_3&index=4 | 官方文档}
   */
  postAsync: Verbs<'v2/deposit/reverse'>['postAsync'];
}

/** `v2/deposit/unifiedorder` */
export interface V2DepositUnifiedorder extends NodeBase, Verbs<'v2/deposit/unifiedorder'> {
  /**
   * 支付押金（JSAPI/APP支付）
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/deposit_sl.php?chapter=27_7&index=1 | 官方文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/deposit_sl.php?chapter=27_8&index=3 | 官方文档}
   */
  postAsync: Verbs<'v2/deposit/unifiedorder'>['postAsync'];
}

/** `v2/face` */
export interface V2Face extends NodeBase {
  get_wxpayface_authinfo: V2FaceGet_wxpayface_authinfo;
}

/** `v2/face/get_wxpayface_authinfo` */
export interface V2FaceGet_wxpayface_authinfo extends NodeBase, Verbs<'v2/face/get_wxpayface_authinfo'> {
  /**
   * 人脸识别SDK-获取调用凭证
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/wxfacepay/develop/android/faceuser.html | 官方文档}
   */
  postAsync: Verbs<'v2/face/get_wxpayface_authinfo'>['postAsync'];
}

/** `v2/fund` */
export interface V2Fund extends NodeBase {
  queryautowithdrawbydate: V2FundQueryautowithdrawbydate;
  reautowithdrawbydate: V2FundReautowithdrawbydate;
}

/** `v2/fund/queryautowithdrawbydate` */
export interface V2FundQueryautowithdrawbydate extends NodeBase, Verbs<'v2/fund/queryautowithdrawbydate'> {
  /**
   * 查询提现状态
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/xiaowei.php?chapter=21_1 | 官方文档}
   * @deprecated
   */
  postAsync: Verbs<'v2/fund/queryautowithdrawbydate'>['postAsync'];
}

/** `v2/fund/reautowithdrawbydate` */
export interface V2FundReautowithdrawbydate extends NodeBase, Verbs<'v2/fund/reautowithdrawbydate'> {
  /**
   * 重新发起提现
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/xiaowei.php?chapter=21_3 | 官方文档}
   * @deprecated
   */
  postAsync: Verbs<'v2/fund/reautowithdrawbydate'>['postAsync'];
}

/** `v2/mchrisk` */
export interface V2Mchrisk extends NodeBase {
  bankquerymchauditinfo: V2MchriskBankquerymchauditinfo;
  channelquerymchauditinfo: V2MchriskChannelquerymchauditinfo;
  querymchrisk: V2MchriskQuerymchrisk;
  setmchriskcallback: V2MchriskSetmchriskcallback;
  syncmchriskresult: V2MchriskSyncmchriskresult;
}

/** `v2/mchrisk/bankquerymchauditinfo` */
export interface V2MchriskBankquerymchauditinfo extends NodeBase, Verbs<'v2/mchrisk/bankquerymchauditinfo'> {
  /**
   * 间联模式查询商户审核状态开放接口
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/mch_bank.php?chapter=9_295 | 官方文档}
   */
  postAsync: Verbs<'v2/mchrisk/bankquerymchauditinfo'>['postAsync'];
}

/** `v2/mchrisk/channelquerymchauditinfo` */
export interface V2MchriskChannelquerymchauditinfo extends NodeBase, Verbs<'v2/mchrisk/channelquerymchauditinfo'> {
  /**
   * 渠道商查询商户审核信息
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/mch_bank.php?chapter=9_296 | 官方文档}
   */
  postAsync: Verbs<'v2/mchrisk/channelquerymchauditinfo'>['postAsync'];
}

/** `v2/mchrisk/querymchrisk` */
export interface V2MchriskQuerymchrisk extends NodeBase, Verbs<'v2/mchrisk/querymchrisk'> {
  /**
   * 事前-风险商户核查接口
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/mch_bank.php?chapter=9_291 | 官方文档}
   */
  postAsync: Verbs<'v2/mchrisk/querymchrisk'>['postAsync'];
}

/** `v2/mchrisk/setmchriskcallback` */
export interface V2MchriskSetmchriskcallback extends NodeBase, Verbs<'v2/mchrisk/setmchriskcallback'> {
  /**
   * 设置风险通知回调链接
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/mch_bank.php?chapter=9_294 | 官方文档}
   */
  postAsync: Verbs<'v2/mchrisk/setmchriskcallback'>['postAsync'];
}

/** `v2/mchrisk/syncmchriskresult` */
export interface V2MchriskSyncmchriskresult extends NodeBase, Verbs<'v2/mchrisk/syncmchriskresult'> {
  /**
   * 事后-风险商户处理结果同步接口
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/mch_bank.php?chapter=9_293 | 官方文档}
   */
  postAsync: Verbs<'v2/mchrisk/syncmchriskresult'>['postAsync'];
}

/** `v2/mmpaymkttransfers` */
export interface V2Mmpaymkttransfers extends NodeBase {
  gethbinfo: V2MmpaymkttransfersGethbinfo;
  gettransferinfo: V2MmpaymkttransfersGettransferinfo;
  promotion: V2MmpaymkttransfersPromotion;
  query_coupon_stock: V2MmpaymkttransfersQuery_coupon_stock;
  querycouponsinfo: V2MmpaymkttransfersQuerycouponsinfo;
  queryworkwxredpack: V2MmpaymkttransfersQueryworkwxredpack;
  send_coupon: V2MmpaymkttransfersSend_coupon;
  sendgroupredpack: V2MmpaymkttransfersSendgroupredpack;
  sendminiprogramhb: V2MmpaymkttransfersSendminiprogramhb;
  sendredpack: V2MmpaymkttransfersSendredpack;
  sendworkwxredpack: V2MmpaymkttransfersSendworkwxredpack;
}

/** `v2/mmpaymkttransfers/gethbinfo` */
export interface V2MmpaymkttransfersGethbinfo extends NodeBase, Verbs<'v2/mmpaymkttransfers/gethbinfo'> {
  /**
   * 查询红包记录
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/tools/cash_coupon.php?chapter=13_6&index=5 | 官方文档}
   */
  postAsync: Verbs<'v2/mmpaymkttransfers/gethbinfo'>['postAsync'];
}

/** `v2/mmpaymkttransfers/gettransferinfo` */
export interface V2MmpaymkttransfersGettransferinfo extends NodeBase, Verbs<'v2/mmpaymkttransfers/gettransferinfo'> {
  /**
   * 查询企业向微信用户个人付款
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/tools/mch_pay.php?chapter=14_3 | 官方文档}
   */
  postAsync: Verbs<'v2/mmpaymkttransfers/gettransferinfo'>['postAsync'];
}

/** `v2/mmpaymkttransfers/promotion` */
export interface V2MmpaymkttransfersPromotion extends NodeBase {
  paywwsptrans2pocket: V2MmpaymkttransfersPromotionPaywwsptrans2pocket;
  querywwsptrans2pocket: V2MmpaymkttransfersPromotionQuerywwsptrans2pocket;
  transfers: V2MmpaymkttransfersPromotionTransfers;
}

/** `v2/mmpaymkttransfers/promotion/paywwsptrans2pocket` */
export interface V2MmpaymkttransfersPromotionPaywwsptrans2pocket extends NodeBase, Verbs<'v2/mmpaymkttransfers/promotion/paywwsptrans2pocket'> {
  /**
   * 向员工付款
   *
   * Async twin of `post`.
   * @see {@link https://open.work.weixin.qq.com/api/doc/90000/90135/90278 | 官方文档}
   */
  postAsync: Verbs<'v2/mmpaymkttransfers/promotion/paywwsptrans2pocket'>['postAsync'];
}

/** `v2/mmpaymkttransfers/promotion/querywwsptrans2pocket` */
export interface V2MmpaymkttransfersPromotionQuerywwsptrans2pocket extends NodeBase, Verbs<'v2/mmpaymkttransfers/promotion/querywwsptrans2pocket'> {
  /**
   * 查询付款记录
   *
   * Async twin of `post`.
   * @see {@link https://open.work.weixin.qq.com/api/doc/90000/90135/90279 | 官方文档}
   */
  postAsync: Verbs<'v2/mmpaymkttransfers/promotion/querywwsptrans2pocket'>['postAsync'];
}

/** `v2/mmpaymkttransfers/promotion/transfers` */
export interface V2MmpaymkttransfersPromotionTransfers extends NodeBase, Verbs<'v2/mmpaymkttransfers/promotion/transfers'> {
  /**
   * 向微信用户个人付款
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/tools/mch_pay.php?chapter=14_2 | 官方文档}
   */
  postAsync: Verbs<'v2/mmpaymkttransfers/promotion/transfers'>['postAsync'];
}

/** `v2/mmpaymkttransfers/query_coupon_stock` */
export interface V2MmpaymkttransfersQuery_coupon_stock extends NodeBase, Verbs<'v2/mmpaymkttransfers/query_coupon_stock'> {
  /**
   * 查询代金券批次
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/tools/sp_coupon.php?chapter=12_4&index=5 | 官方文档}
   */
  postAsync: Verbs<'v2/mmpaymkttransfers/query_coupon_stock'>['postAsync'];
}

/** `v2/mmpaymkttransfers/querycouponsinfo` */
export interface V2MmpaymkttransfersQuerycouponsinfo extends NodeBase, Verbs<'v2/mmpaymkttransfers/querycouponsinfo'> {
  /**
   * 查询代金券信息
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/tools/sp_coupon.php?chapter=12_5&index=6 | 官方文档}
   */
  postAsync: Verbs<'v2/mmpaymkttransfers/querycouponsinfo'>['postAsync'];
}

/** `v2/mmpaymkttransfers/queryworkwxredpack` */
export interface V2MmpaymkttransfersQueryworkwxredpack extends NodeBase, Verbs<'v2/mmpaymkttransfers/queryworkwxredpack'> {
  /**
   * 查询红包记录
   *
   * Async twin of `post`.
   * @see {@link https://open.work.weixin.qq.com/api/doc/90000/90135/90276 | 官方文档}
   */
  postAsync: Verbs<'v2/mmpaymkttransfers/queryworkwxredpack'>['postAsync'];
}

/** `v2/mmpaymkttransfers/send_coupon` */
export interface V2MmpaymkttransfersSend_coupon extends NodeBase, Verbs<'v2/mmpaymkttransfers/send_coupon'> {
  /**
   * 发放代金券
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/tools/sp_coupon.php?chapter=12_3&index=4 | 官方文档}
   */
  postAsync: Verbs<'v2/mmpaymkttransfers/send_coupon'>['postAsync'];
}

/** `v2/mmpaymkttransfers/sendgroupredpack` */
export interface V2MmpaymkttransfersSendgroupredpack extends NodeBase, Verbs<'v2/mmpaymkttransfers/sendgroupredpack'> {
  /**
   * 发放裂变红包
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/tools/cash_coupon.php?chapter=13_5&index=4 | 官方文档}
   * @deprecated
   */
  postAsync: Verbs<'v2/mmpaymkttransfers/sendgroupredpack'>['postAsync'];
}

/** `v2/mmpaymkttransfers/sendminiprogramhb` */
export interface V2MmpaymkttransfersSendminiprogramhb extends NodeBase, Verbs<'v2/mmpaymkttransfers/sendminiprogramhb'> {
  /**
   * 发放小程序红包接口
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/tools/cash_coupon_xcx.php?chapter=18_2&index=3 | 官方文档}
   */
  postAsync: Verbs<'v2/mmpaymkttransfers/sendminiprogramhb'>['postAsync'];
}

/** `v2/mmpaymkttransfers/sendredpack` */
export interface V2MmpaymkttransfersSendredpack extends NodeBase, Verbs<'v2/mmpaymkttransfers/sendredpack'> {
  /**
   * 发放普通红包
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/tools/cash_coupon_sl.php?chapter=13_4&index=3 | 官方文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/tools/cash_coupon.php?chapter=13_4&index=3 | 官方文档}
   */
  postAsync: Verbs<'v2/mmpaymkttransfers/sendredpack'>['postAsync'];
}

/** `v2/mmpaymkttransfers/sendworkwxredpack` */
export interface V2MmpaymkttransfersSendworkwxredpack extends NodeBase, Verbs<'v2/mmpaymkttransfers/sendworkwxredpack'> {
  /**
   * 发放企业红包
   *
   * Async twin of `post`.
   * @see {@link https://open.work.weixin.qq.com/api/doc/90000/90135/90275 | 官方文档}
   */
  postAsync: Verbs<'v2/mmpaymkttransfers/sendworkwxredpack'>['postAsync'];
}

/** `v2/mmpaysptrans` */
export interface V2Mmpaysptrans extends NodeBase {
  pay_bank: V2MmpaysptransPay_bank;
  query_bank: V2MmpaysptransQuery_bank;
}

/** `v2/mmpaysptrans/pay_bank` */
export interface V2MmpaysptransPay_bank extends NodeBase, Verbs<'v2/mmpaysptrans/pay_bank'> {
  /**
   * 企业付款到银行卡
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/tools/mch_pay.php?chapter=24_2 | 官方文档}
   */
  postAsync: Verbs<'v2/mmpaysptrans/pay_bank'>['postAsync'];
}

/** `v2/mmpaysptrans/query_bank` */
export interface V2MmpaysptransQuery_bank extends NodeBase, Verbs<'v2/mmpaysptrans/query_bank'> {
  /**
   * 查询企业付款银行卡
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/tools/mch_pay.php?chapter=24_3 | 官方文档}
   */
  postAsync: Verbs<'v2/mmpaysptrans/query_bank'>['postAsync'];
}

/** `v2/papay` */
export interface V2Papay extends NodeBase {
  deletecontract: V2PapayDeletecontract;
  entrustweb: V2PapayEntrustweb;
  h5entrustweb: V2PapayH5entrustweb;
  partner: V2PapayPartner;
  preentrustweb: V2PapayPreentrustweb;
  querycontract: V2PapayQuerycontract;
}

/** `v2/papay/deletecontract` */
export interface V2PapayDeletecontract extends NodeBase, Verbs<'v2/papay/deletecontract'> {
  /**
   * 申请解约
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/wxpay_v2/papay/chapter3_9.shtml | 官方文档}
   */
  postAsync: Verbs<'v2/papay/deletecontract'>['postAsync'];
}

/** `v2/papay/entrustweb` */
export interface V2PapayEntrustweb extends NodeBase, Verbs<'v2/papay/entrustweb'> {
  /**
   * 公众号纯签约
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/doc/v2/merchant/4011986768 | 官方文档}
   */
  getAsync: Verbs<'v2/papay/entrustweb'>['getAsync'];
}

/** `v2/papay/h5entrustweb` */
export interface V2PapayH5entrustweb extends NodeBase, Verbs<'v2/papay/h5entrustweb'> {
  /**
   * H5纯签约
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/doc/v2/merchant/4011987295 | 官方文档}
   */
  getAsync: Verbs<'v2/papay/h5entrustweb'>['getAsync'];
}

/** `v2/papay/partner` */
export interface V2PapayPartner extends NodeBase {
  deletecontract: V2PapayPartnerDeletecontract;
  entrustweb: V2PapayPartnerEntrustweb;
  h5entrustweb: V2PapayPartnerH5entrustweb;
  preentrustweb: V2PapayPartnerPreentrustweb;
  querycontract: V2PapayPartnerQuerycontract;
}

/** `v2/papay/partner/deletecontract` */
export interface V2PapayPartnerDeletecontract extends NodeBase, Verbs<'v2/papay/partner/deletecontract'> {
  /**
   * 申请解约
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v2/papay/partner/deletecontract'>['postAsync'];
}

/** `v2/papay/partner/entrustweb` */
export interface V2PapayPartnerEntrustweb extends NodeBase, Verbs<'v2/papay/partner/entrustweb'> {
  /**
   * 公众号纯签约
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/wxpay_v2/papay/chapter5_1.shtml | 官方文档}
   */
  getAsync: Verbs<'v2/papay/partner/entrustweb'>['getAsync'];
}

/** `v2/papay/partner/h5entrustweb` */
export interface V2PapayPartnerH5entrustweb extends NodeBase, Verbs<'v2/papay/partner/h5entrustweb'> {
  /**
   * H5纯签约
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/doc/v2/partner/4011988368 | 官方文档}
   */
  getAsync: Verbs<'v2/papay/partner/h5entrustweb'>['getAsync'];
}

/** `v2/papay/partner/preentrustweb` */
export interface V2PapayPartnerPreentrustweb extends NodeBase, Verbs<'v2/papay/partner/preentrustweb'> {
  /**
   * APP纯签约
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/wxpay_v2/papay/chapter5_2.shtml | 官方文档}
   */
  postAsync: Verbs<'v2/papay/partner/preentrustweb'>['postAsync'];
}

/** `v2/papay/partner/querycontract` */
export interface V2PapayPartnerQuerycontract extends NodeBase, Verbs<'v2/papay/partner/querycontract'> {
  /**
   * 查询签约关系
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/wxpay_v2/papay/chapter5_7.shtml | 官方文档}
   */
  postAsync: Verbs<'v2/papay/partner/querycontract'>['postAsync'];
}

/** `v2/papay/preentrustweb` */
export interface V2PapayPreentrustweb extends NodeBase, Verbs<'v2/papay/preentrustweb'> {
  /**
   * APP纯签约
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/wxpay_v2/papay/chapter5_2.shtml | 官方文档}
   */
  postAsync: Verbs<'v2/papay/preentrustweb'>['postAsync'];
}

/** `v2/papay/querycontract` */
export interface V2PapayQuerycontract extends NodeBase, Verbs<'v2/papay/querycontract'> {
  /**
   * 查询签约关系
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/wxpay_v2/papay/chapter3_7.shtml | 官方文档}
   */
  postAsync: Verbs<'v2/papay/querycontract'>['postAsync'];
}

/** `v2/pay` */
export interface V2Pay extends NodeBase {
  closecombinedorder: V2PayClosecombinedorder;
  closeorder: V2PayCloseorder;
  combinedorder: V2PayCombinedorder;
  contractorder: V2PayContractorder;
  downloadbill: V2PayDownloadbill;
  downloadfundflow: V2PayDownloadfundflow;
  facepay: V2PayFacepay;
  facepayquery: V2PayFacepayquery;
  micropay: V2PayMicropay;
  orderquery: V2PayOrderquery;
  paporderquery: V2PayPaporderquery;
  pappayapply: V2PayPappayapply;
  partner: V2PayPartner;
  profitsharingaddreceiver: V2PayProfitsharingaddreceiver;
  profitsharingmerchantratioquery: V2PayProfitsharingmerchantratioquery;
  profitsharingorderamountquery: V2PayProfitsharingorderamountquery;
  profitsharingquery: V2PayProfitsharingquery;
  profitsharingremovereceiver: V2PayProfitsharingremovereceiver;
  profitsharingreturnquery: V2PayProfitsharingreturnquery;
  querycombinedorder: V2PayQuerycombinedorder;
  queryexchagerate: V2PayQueryexchagerate;
  refundquery: V2PayRefundquery;
  refundqueryv2: V2PayRefundqueryv2;
  settlementquery: V2PaySettlementquery;
  unifiedorder: V2PayUnifiedorder;
}

/** `v2/pay/closecombinedorder` */
export interface V2PayClosecombinedorder extends NodeBase, Verbs<'v2/pay/closecombinedorder'> {
  /**
   * 合单关单
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/combine.php?chapter=24_2&index=3 | 官方合单支付文档}
   */
  postAsync: Verbs<'v2/pay/closecombinedorder'>['postAsync'];
}

/** `v2/pay/closeorder` */
export interface V2PayCloseorder extends NodeBase, Verbs<'v2/pay/closeorder'> {
  /**
   * 关闭订单
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/jsapi.php?chapter=9_3 | 官方JSAPI文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/native.php?chapter=9_3 | 官方NATIVE文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/app/app.php?chapter=9_3&index=5 | 官方APP文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/H5.php?chapter=9_3&index=3 | 官方H5文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/wxa/wxa_api.php?chapter=9_3 | 官方小程序支付文档}
   */
  postAsync: Verbs<'v2/pay/closeorder'>['postAsync'];
}

/** `v2/pay/combinedorder` */
export interface V2PayCombinedorder extends NodeBase, Verbs<'v2/pay/combinedorder'> {
  /**
   * 合单下单
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/combine.php?chapter=24_1&index=2 | 官方合单支付文档}
   */
  postAsync: Verbs<'v2/pay/combinedorder'>['postAsync'];
}

/** `v2/pay/contractorder` */
export interface V2PayContractorder extends NodeBase, Verbs<'v2/pay/contractorder'> {
  /**
   * 支付中签约
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v2/pay/contractorder'>['postAsync'];
}

/** `v2/pay/downloadbill` */
export interface V2PayDownloadbill extends NodeBase, Verbs<'v2/pay/downloadbill'> {
  /**
   * 下载对账单
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/micropay.php?chapter=9_6 | 官方付款码文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/jsapi.php?chapter=9_6 | 官方JSAPI文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/native.php?chapter=9_6 | 官方NATIVE文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/app/app.php?chapter=9_6&index=8 | 官方APP文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/H5.php?chapter=9_6&index=6 | 官方H5文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/wxa/wxa_api.php?chapter=9_6 | 官方小程序支付文档}
   * @see {@link https://share.weiyun.com/5dxUgCw | 官方人脸支付文档}
   */
  postAsync: Verbs<'v2/pay/downloadbill'>['postAsync'];
}

/** `v2/pay/downloadfundflow` */
export interface V2PayDownloadfundflow extends NodeBase, Verbs<'v2/pay/downloadfundflow'> {
  /**
   * 下载资金账单
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/micropay.php?chapter=9_18&index=7 | 官方付款码文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/jsapi.php?chapter=9_18&index=7 | 官方JSAPI文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/native.php?chapter=9_18&index=7 | 官方NATIVE文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/app/app.php?chapter=9_18&index=9 | 官方APP文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/H5.php?chapter=9_18&index=7 | 官方H5文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/wxa/wxa_api.php?chapter=9_18&index=7 | 官方小程序支付文档}
   */
  postAsync: Verbs<'v2/pay/downloadfundflow'>['postAsync'];
}

/** `v2/pay/facepay` */
export interface V2PayFacepay extends NodeBase, Verbs<'v2/pay/facepay'> {
  /**
   * 提交刷脸支付
   *
   * Async twin of `post`.
   * @see {@link https://share.weiyun.com/5dxUgCw | 官方人脸支付文档}
   */
  postAsync: Verbs<'v2/pay/facepay'>['postAsync'];
}

/** `v2/pay/facepayquery` */
export interface V2PayFacepayquery extends NodeBase, Verbs<'v2/pay/facepayquery'> {
  /**
   * 查询订单
   *
   * Async twin of `post`.
   * @see {@link https://share.weiyun.com/5dxUgCw | 官方人脸支付文档}
   */
  postAsync: Verbs<'v2/pay/facepayquery'>['postAsync'];
}

/** `v2/pay/micropay` */
export interface V2PayMicropay extends NodeBase, Verbs<'v2/pay/micropay'> {
  /**
   * 提交付款码支付
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/micropay.php?chapter=9_10&index=1 | 官方文档}
   */
  postAsync: Verbs<'v2/pay/micropay'>['postAsync'];
}

/** `v2/pay/orderquery` */
export interface V2PayOrderquery extends NodeBase, Verbs<'v2/pay/orderquery'> {
  /**
   * 查询订单
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/micropay.php?chapter=9_2 | 官方付款码文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/jsapi.php?chapter=9_2 | 官方JSAPI文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/native.php?chapter=9_2 | 官方NATIVE文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/app/app.php?chapter=9_2&index=4 | 官方APP文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/H5.php?chapter=9_2&index=2 | 官方H5文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/wxa/wxa_api.php?chapter=9_2 | 官方小程序支付文档}
   */
  postAsync: Verbs<'v2/pay/orderquery'>['postAsync'];
}

/** `v2/pay/paporderquery` */
export interface V2PayPaporderquery extends NodeBase, Verbs<'v2/pay/paporderquery'> {
  /**
   * 查询订单
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/pap.php?chapter=18_10&index=14 | 官方文档}
   */
  postAsync: Verbs<'v2/pay/paporderquery'>['postAsync'];
}

/** `v2/pay/pappayapply` */
export interface V2PayPappayapply extends NodeBase, Verbs<'v2/pay/pappayapply'> {
  /**
   * 申请扣款
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/wxpay_v2/papay/chapter3_8.shtml | 官方文档}
   */
  postAsync: Verbs<'v2/pay/pappayapply'>['postAsync'];
}

/** `v2/pay/partner` */
export interface V2PayPartner extends NodeBase {
  paporderquery: V2PayPartnerPaporderquery;
  pappayapply: V2PayPartnerPappayapply;
}

/** `v2/pay/partner/paporderquery` */
export interface V2PayPartnerPaporderquery extends NodeBase, Verbs<'v2/pay/partner/paporderquery'> {
  /**
   * 查询订单
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/pap.php?chapter=18_10&index=14 | 官方文档}
   */
  postAsync: Verbs<'v2/pay/partner/paporderquery'>['postAsync'];
}

/** `v2/pay/partner/pappayapply` */
export interface V2PayPartnerPappayapply extends NodeBase, Verbs<'v2/pay/partner/pappayapply'> {
  /**
   * 申请扣款
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/wxpay_v2/papay/chapter5_8.shtml | 官方文档}
   */
  postAsync: Verbs<'v2/pay/partner/pappayapply'>['postAsync'];
}

/** `v2/pay/profitsharingaddreceiver` */
export interface V2PayProfitsharingaddreceiver extends NodeBase, Verbs<'v2/pay/profitsharingaddreceiver'> {
  /**
   * 添加分账接收方
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/allocation.php?chapter=27_3&index=4 | 官方文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/allocation_sl.php?chapter=25_3&index=4 | 官方文档}
   */
  postAsync: Verbs<'v2/pay/profitsharingaddreceiver'>['postAsync'];
}

/** `v2/pay/profitsharingmerchantratioquery` */
export interface V2PayProfitsharingmerchantratioquery extends NodeBase, Verbs<'v2/pay/profitsharingmerchantratioquery'> {
  /**
   * 查询最大分账比例API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/allocation_sl.php?chapter=25_11&index=8 | 官方文档}
   */
  postAsync: Verbs<'v2/pay/profitsharingmerchantratioquery'>['postAsync'];
}

/** `v2/pay/profitsharingorderamountquery` */
export interface V2PayProfitsharingorderamountquery extends NodeBase, Verbs<'v2/pay/profitsharingorderamountquery'> {
  /**
   * 查询订单待分账金额
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/allocation.php?chapter=27_10&index=7 | 官方文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/allocation.php?chapter=27_10&index=7 | 官方文档}
   */
  postAsync: Verbs<'v2/pay/profitsharingorderamountquery'>['postAsync'];
}

/** `v2/pay/profitsharingquery` */
export interface V2PayProfitsharingquery extends NodeBase, Verbs<'v2/pay/profitsharingquery'> {
  /**
   * 查询分账结果
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/allocation.php?chapter=27_2&index=3 | 官方文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/allocation_sl.php?chapter=25_2&index=3 | 官方文档}
   */
  postAsync: Verbs<'v2/pay/profitsharingquery'>['postAsync'];
}

/** `v2/pay/profitsharingremovereceiver` */
export interface V2PayProfitsharingremovereceiver extends NodeBase, Verbs<'v2/pay/profitsharingremovereceiver'> {
  /**
   * 删除分账接收方
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/allocation.php?chapter=27_4&index=5 | 官方文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/allocation_sl.php?chapter=25_4&index=5 | 官方文档}
   */
  postAsync: Verbs<'v2/pay/profitsharingremovereceiver'>['postAsync'];
}

/** `v2/pay/profitsharingreturnquery` */
export interface V2PayProfitsharingreturnquery extends NodeBase, Verbs<'v2/pay/profitsharingreturnquery'> {
  /**
   * 回退结果查询
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/allocation.php?chapter=27_8&index=9 | 官方文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/allocation_sp.php?chapter=25_8&index=10 | 官方文档}
   */
  postAsync: Verbs<'v2/pay/profitsharingreturnquery'>['postAsync'];
}

/** `v2/pay/querycombinedorder` */
export interface V2PayQuerycombinedorder extends NodeBase, Verbs<'v2/pay/querycombinedorder'> {
  /**
   * 合单查单
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/combine.php?chapter=24_3&index=4 | 官方合单支付文档}
   */
  postAsync: Verbs<'v2/pay/querycombinedorder'>['postAsync'];
}

/** `v2/pay/queryexchagerate` */
export interface V2PayQueryexchagerate extends NodeBase, Verbs<'v2/pay/queryexchagerate'> {
  /**
   * 汇率查询API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/pay/In-AppPay/chapter8_10.shtml | 官方文档}
   */
  postAsync: Verbs<'v2/pay/queryexchagerate'>['postAsync'];
}

/** `v2/pay/refundquery` */
export interface V2PayRefundquery extends NodeBase, Verbs<'v2/pay/refundquery'> {
  /**
   * 查询退款
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/micropay.php?chapter=9_5 | 官方文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/jsapi.php?chapter=9_5 | 官方JSAPI文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/native.php?chapter=9_5 | 官方NATIVE文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/app/app.php?chapter=9_5&index=7 | 官方APP文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/H5.php?chapter=9_5&index=5 | 官方H5文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/wxa/wxa_api.php?chapter=9_5 | 官方小程序支付文档}
   * @see {@link https://share.weiyun.com/5dxUgCw | 官方人脸支付文档}
   */
  postAsync: Verbs<'v2/pay/refundquery'>['postAsync'];
}

/** `v2/pay/refundqueryv2` */
export interface V2PayRefundqueryv2 extends NodeBase, Verbs<'v2/pay/refundqueryv2'> {
  /**
   * 查询退款（支持单品）
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/danpin.php?chapter=9_104&index=4 | 官方文档}
   */
  postAsync: Verbs<'v2/pay/refundqueryv2'>['postAsync'];
}

/** `v2/pay/settlementquery` */
export interface V2PaySettlementquery extends NodeBase, Verbs<'v2/pay/settlementquery'> {
  /**
   * 查询结算资金
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/pay/In-AppPay/chapter8_9.shtml | 官方文档}
   */
  postAsync: Verbs<'v2/pay/settlementquery'>['postAsync'];
}

/** `v2/pay/unifiedorder` */
export interface V2PayUnifiedorder extends NodeBase, Verbs<'v2/pay/unifiedorder'> {
  /**
   * 统一下单
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/jsapi.php?chapter=9_1 | 官方JSAPI文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/native.php?chapter=9_1 | Native官方文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/app/app.php?chapter=9_1 | 官方APP文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/H5.php?chapter=9_20&index=1 | 官方H5文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/wxa/wxa_api.php?chapter=9_1 | 官方小程序支付文档}
   */
  postAsync: Verbs<'v2/pay/unifiedorder'>['postAsync'];
}

/** `v2/payitil` */
export interface V2Payitil extends NodeBase {
  report: V2PayitilReport;
}

/** `v2/payitil/report` */
export interface V2PayitilReport extends NodeBase, Verbs<'v2/payitil/report'> {
  /**
   * 交易保障
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/micropay.php?chapter=9_14&index=8 | 官方付款码文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/jsapi.php?chapter=9_8&index=9 | 官方JSAPI文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/native.php?chapter=9_8&index=9 | 官方NATIVE文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/app/app.php?chapter=9_8&index=10 | 官方APP文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/H5.php?chapter=9_8&index=9 | 官方H5文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/wxa/wxa_api.php?chapter=9_8&index=9 | 官方小程序支付文档}
   */
  postAsync: Verbs<'v2/payitil/report'>['postAsync'];
}

/** `v2/risk` */
export interface V2Risk extends NodeBase {
  getcertficates: V2RiskGetcertficates;
  getpublickey: V2RiskGetpublickey;
  getviolation: V2RiskGetviolation;
}

/** `v2/risk/getcertficates` */
export interface V2RiskGetcertficates extends NodeBase, Verbs<'v2/risk/getcertficates'> {
  /**
   * 获取平台证书
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/xiaowei.php?chapter=19_11 | 官方文档}
   */
  postAsync: Verbs<'v2/risk/getcertficates'>['postAsync'];
}

/** `v2/risk/getpublickey` */
export interface V2RiskGetpublickey extends NodeBase, Verbs<'v2/risk/getpublickey'> {
  /**
   * 获取RSA加密公钥API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/tools/mch_pay_yhk.php?chapter=24_7&index=4 | 官方文档}
   */
  postAsync: Verbs<'v2/risk/getpublickey'>['postAsync'];
}

/** `v2/risk/getviolation` */
export interface V2RiskGetviolation extends NodeBase, Verbs<'v2/risk/getviolation'> {
  /**
   * 银行特约商户违规信息查询
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/mch_bank.php?chapter=9_28&index=1&p=902 | 官方文档}
   */
  postAsync: Verbs<'v2/risk/getviolation'>['postAsync'];
}

/** `v2/sandboxnew` */
export interface V2Sandboxnew extends NodeBase {
  pay: V2SandboxnewPay;
}

/** `v2/sandboxnew/pay` */
export interface V2SandboxnewPay extends NodeBase {
  downloadbill: V2SandboxnewPayDownloadbill;
  getsignkey: V2SandboxnewPayGetsignkey;
  micropay: V2SandboxnewPayMicropay;
  orderquery: V2SandboxnewPayOrderquery;
  refund: V2SandboxnewPayRefund;
  refundquery: V2SandboxnewPayRefundquery;
  unifiedorder: V2SandboxnewPayUnifiedorder;
}

/** `v2/sandboxnew/pay/downloadbill` */
export interface V2SandboxnewPayDownloadbill extends NodeBase, Verbs<'v2/sandboxnew/pay/downloadbill'> {
  /**
   * 下载对账单
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/micropay.php?chapter=9_6 | 官方付款码文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/jsapi.php?chapter=9_6 | 官方JSAPI文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/native.php?chapter=9_6 | 官方NATIVE文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/app/app.php?chapter=9_6&index=8 | 官方APP文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/H5.php?chapter=9_6&index=6 | 官方H5文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/wxa/wxa_api.php?chapter=9_6 | 官方小程序支付文档}
   * @see {@link https://share.weiyun.com/5dxUgCw | 官方人脸支付文档}
   * @deprecated
   */
  postAsync: Verbs<'v2/sandboxnew/pay/downloadbill'>['postAsync'];
}

/** `v2/sandboxnew/pay/getsignkey` */
export interface V2SandboxnewPayGetsignkey extends NodeBase, Verbs<'v2/sandboxnew/pay/getsignkey'> {
  /**
   * 获取验签密钥API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/tools/sp_coupon.php?chapter=23_1&index=2 | 官方JSAPI文档}
   * @deprecated
   */
  postAsync: Verbs<'v2/sandboxnew/pay/getsignkey'>['postAsync'];
}

/** `v2/sandboxnew/pay/micropay` */
export interface V2SandboxnewPayMicropay extends NodeBase, Verbs<'v2/sandboxnew/pay/micropay'> {
  /**
   * 提交付款码支付
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/micropay.php?chapter=9_10&index=1 | 官方文档}
   * @deprecated
   */
  postAsync: Verbs<'v2/sandboxnew/pay/micropay'>['postAsync'];
}

/** `v2/sandboxnew/pay/orderquery` */
export interface V2SandboxnewPayOrderquery extends NodeBase, Verbs<'v2/sandboxnew/pay/orderquery'> {
  /**
   * 查询订单
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/micropay.php?chapter=9_2 | 官方付款码文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/jsapi.php?chapter=9_2 | 官方JSAPI文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/native.php?chapter=9_2 | 官方NATIVE文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/app/app.php?chapter=9_2&index=4 | 官方APP文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/H5.php?chapter=9_2&index=2 | 官方H5文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/wxa/wxa_api.php?chapter=9_2 | 官方小程序支付文档}
   * @deprecated
   */
  postAsync: Verbs<'v2/sandboxnew/pay/orderquery'>['postAsync'];
}

/** `v2/sandboxnew/pay/refund` */
export interface V2SandboxnewPayRefund extends NodeBase, Verbs<'v2/sandboxnew/pay/refund'> {
  /**
   * 申请退款
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/micropay.php?chapter=9_4 | 官方付款码文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/jsapi.php?chapter=9_4 | 官方JSAPI文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/native.php?chapter=9_4 | 官方NATIVE文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/app/app.php?chapter=9_4&index=6 | 官方APP文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/H5.php?chapter=9_4&index=4 | 官方H5文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/wxa/wxa_api.php?chapter=9_4 | 官方小程序支付文档}
   * @see {@link https://share.weiyun.com/5dxUgCw | 官方刷脸支付文档}
   * @deprecated
   */
  postAsync: Verbs<'v2/sandboxnew/pay/refund'>['postAsync'];
}

/** `v2/sandboxnew/pay/refundquery` */
export interface V2SandboxnewPayRefundquery extends NodeBase, Verbs<'v2/sandboxnew/pay/refundquery'> {
  /**
   * 查询退款
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/micropay.php?chapter=9_5 | 官方文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/jsapi.php?chapter=9_5 | 官方JSAPI文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/native.php?chapter=9_5 | 官方NATIVE文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/app/app.php?chapter=9_5&index=7 | 官方APP文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/H5.php?chapter=9_5&index=5 | 官方H5文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/wxa/wxa_api.php?chapter=9_5 | 官方小程序支付文档}
   * @see {@link https://share.weiyun.com/5dxUgCw | 官方人脸支付文档}
   * @deprecated
   */
  postAsync: Verbs<'v2/sandboxnew/pay/refundquery'>['postAsync'];
}

/** `v2/sandboxnew/pay/unifiedorder` */
export interface V2SandboxnewPayUnifiedorder extends NodeBase, Verbs<'v2/sandboxnew/pay/unifiedorder'> {
  /**
   * 统一下单
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/jsapi.php?chapter=9_1 | 官方JSAPI文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/native.php?chapter=9_1 | Native官方文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/app/app.php?chapter=9_1 | 官方APP文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/H5.php?chapter=9_20&index=1 | 官方H5文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/wxa/wxa_api.php?chapter=9_1 | 官方小程序支付文档}
   * @deprecated
   */
  postAsync: Verbs<'v2/sandboxnew/pay/unifiedorder'>['postAsync'];
}

/** `v2/secapi` */
export interface V2Secapi extends NodeBase {
  mch: V2SecapiMch;
  mkt: V2SecapiMkt;
  pay: V2SecapiPay;
}

/** `v2/secapi/mch` */
export interface V2SecapiMch extends NodeBase {
  addsubdevconfig: V2SecapiMchAddsubdevconfig;
  channelsetting: V2SecapiMchChannelsetting;
  modifymchinfo: V2SecapiMchModifymchinfo;
  querysubdevconfig: V2SecapiMchQuerysubdevconfig;
  submchmanage: V2SecapiMchSubmchmanage;
  uploadmedia: V2SecapiMchUploadmedia;
}

/** `v2/secapi/mch/addInstitutionsub` */
export interface V2SecapiMchAddInstitutionsub extends NodeBase, Verbs<'v2/secapi/mch/addInstitutionsub'> {
  /**
   * 进件子商户
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v2/secapi/mch/addInstitutionsub'>['postAsync'];
}

/** `v2/secapi/mch/addsubdevconfig` */
export interface V2SecapiMchAddsubdevconfig extends NodeBase, Verbs<'v2/secapi/mch/addsubdevconfig'> {
  /**
   * 服务商子商户开发配置新增支付目录/新增对应APPID关联
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/mch_bank.php?chapter=9_24_2&index=2&p=901 | 官方文档}
   */
  postAsync: Verbs<'v2/secapi/mch/addsubdevconfig'>['postAsync'];
}

/** `v2/secapi/mch/channelsetting` */
export interface V2SecapiMchChannelsetting extends NodeBase, Verbs<'v2/secapi/mch/channelsetting'> {
  /**
   * 银行服务商特约子商户指定渠道号API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/mch_bank.php?chapter=9_26 | 官方文档}
   */
  postAsync: Verbs<'v2/secapi/mch/channelsetting'>['postAsync'];
}

/** `v2/secapi/mch/modifyInstitutionsub` */
export interface V2SecapiMchModifyInstitutionsub extends NodeBase, Verbs<'v2/secapi/mch/modifyInstitutionsub'> {
  /**
   * 修改子商户API
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v2/secapi/mch/modifyInstitutionsub'>['postAsync'];
}

/** `v2/secapi/mch/modifymchinfo` */
export interface V2SecapiMchModifymchinfo extends NodeBase, Verbs<'v2/secapi/mch/modifymchinfo'> {
  /**
   * 银行特约商户信息修改
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/mch_bank.php?chapter=9_27&index=2&p=9 | 官方文档}
   */
  postAsync: Verbs<'v2/secapi/mch/modifymchinfo'>['postAsync'];
}

/** `v2/secapi/mch/queryInstitutionsub` */
export interface V2SecapiMchQueryInstitutionsub extends NodeBase, Verbs<'v2/secapi/mch/queryInstitutionsub'> {
  /**
   * 查询子商户
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v2/secapi/mch/queryInstitutionsub'>['postAsync'];
}

/** `v2/secapi/mch/querysubdevconfig` */
export interface V2SecapiMchQuerysubdevconfig extends NodeBase, Verbs<'v2/secapi/mch/querysubdevconfig'> {
  /**
   * 配置查询
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/mch_bank.php?chapter=9_25&index=4&p=901 | 官方文档}
   */
  postAsync: Verbs<'v2/secapi/mch/querysubdevconfig'>['postAsync'];
}

/** `v2/secapi/mch/submchmanage` */
export interface V2SecapiMchSubmchmanage extends NodeBase, Verbs<'v2/secapi/mch/submchmanage'> {
  /**
   * 银行特约商户录入/银行特约商户资料查询
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/mch_bank.php?chapter=9_21&index=3&p=9 | 官方文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/mch_bank.php?chapter=9_22&index=3&p=9 | 官方文档}
   */
  postAsync: Verbs<'v2/secapi/mch/submchmanage'>['postAsync'];
}

/** `v2/secapi/mch/uploadmedia` */
export interface V2SecapiMchUploadmedia extends NodeBase, Verbs<'v2/secapi/mch/uploadmedia'> {
  /**
   * 图片上传API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/xiaowei.php?chapter=19_9 | 官方文档}
   */
  postAsync: Verbs<'v2/secapi/mch/uploadmedia'>['postAsync'];
}

/** `v2/secapi/mkt` */
export interface V2SecapiMkt extends NodeBase {
  addrecommendconf: V2SecapiMktAddrecommendconf;
}

/** `v2/secapi/mkt/addrecommendconf` */
export interface V2SecapiMktAddrecommendconf extends NodeBase, Verbs<'v2/secapi/mkt/addrecommendconf'> {
  /**
   * 服务商特约商户关注功能配置
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/mch_bank.php?chapter=9_24_1&index=1&p=901 | 官方文档}
   * @deprecated
   */
  postAsync: Verbs<'v2/secapi/mkt/addrecommendconf'>['postAsync'];
}

/** `v2/secapi/pay` */
export interface V2SecapiPay extends NodeBase {
  facepayreverse: V2SecapiPayFacepayreverse;
  multiprofitsharing: V2SecapiPayMultiprofitsharing;
  profitsharing: V2SecapiPayProfitsharing;
  profitsharingfinish: V2SecapiPayProfitsharingfinish;
  profitsharingreturn: V2SecapiPayProfitsharingreturn;
  refund: V2SecapiPayRefund;
  refundv2: V2SecapiPayRefundv2;
  reverse: V2SecapiPayReverse;
}

/** `v2/secapi/pay/facepayreverse` */
export interface V2SecapiPayFacepayreverse extends NodeBase, Verbs<'v2/secapi/pay/facepayreverse'> {
  /**
   * 撤销订单
   *
   * Async twin of `post`.
   * @see {@link https://share.weiyun.com/5dxUgCw | 官方人脸支付文档}
   */
  postAsync: Verbs<'v2/secapi/pay/facepayreverse'>['postAsync'];
}

/** `v2/secapi/pay/multiprofitsharing` */
export interface V2SecapiPayMultiprofitsharing extends NodeBase, Verbs<'v2/secapi/pay/multiprofitsharing'> {
  /**
   * 请求多次分账
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/allocation.php?chapter=27_6&index=2 | 官方文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/allocation_sl.php?chapter=25_6&index=2 | 官方文档}
   */
  postAsync: Verbs<'v2/secapi/pay/multiprofitsharing'>['postAsync'];
}

/** `v2/secapi/pay/profitsharing` */
export interface V2SecapiPayProfitsharing extends NodeBase, Verbs<'v2/secapi/pay/profitsharing'> {
  /**
   * 请求单次分账
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/allocation.php?chapter=27_1&index=1 | 官方文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/allocation_sl.php?chapter=25_1&index=1 | 官方文档}
   */
  postAsync: Verbs<'v2/secapi/pay/profitsharing'>['postAsync'];
}

/** `v2/secapi/pay/profitsharingfinish` */
export interface V2SecapiPayProfitsharingfinish extends NodeBase, Verbs<'v2/secapi/pay/profitsharingfinish'> {
  /**
   * 完结分账
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/allocation.php?chapter=27_5&index=6 | 官方文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/allocation_sl.php?chapter=25_5&index=6 | 官方文档}
   */
  postAsync: Verbs<'v2/secapi/pay/profitsharingfinish'>['postAsync'];
}

/** `v2/secapi/pay/profitsharingreturn` */
export interface V2SecapiPayProfitsharingreturn extends NodeBase, Verbs<'v2/secapi/pay/profitsharingreturn'> {
  /**
   * 分账回退
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/allocation.php?chapter=27_7&index=8 | 官方文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/allocation_sp.php?chapter=25_7&index=9 | 官方文档}
   */
  postAsync: Verbs<'v2/secapi/pay/profitsharingreturn'>['postAsync'];
}

/** `v2/secapi/pay/refund` */
export interface V2SecapiPayRefund extends NodeBase, Verbs<'v2/secapi/pay/refund'> {
  /**
   * 申请退款
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/micropay.php?chapter=9_4 | 官方付款码文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/jsapi.php?chapter=9_4 | 官方JSAPI文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/native.php?chapter=9_4 | 官方NATIVE文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/app/app.php?chapter=9_4&index=6 | 官方APP文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/H5.php?chapter=9_4&index=4 | 官方H5文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/wxa/wxa_api.php?chapter=9_4 | 官方小程序支付文档}
   * @see {@link https://share.weiyun.com/5dxUgCw | 官方刷脸支付文档}
   */
  postAsync: Verbs<'v2/secapi/pay/refund'>['postAsync'];
}

/** `v2/secapi/pay/refundv2` */
export interface V2SecapiPayRefundv2 extends NodeBase, Verbs<'v2/secapi/pay/refundv2'> {
  /**
   * 申请退款（支持单品）
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/jsapi_sl.php?chapter=9_4 | 这里}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/danpin.php?chapter=9_103&index=3 | 官方文档}
   */
  postAsync: Verbs<'v2/secapi/pay/refundv2'>['postAsync'];
}

/** `v2/secapi/pay/reverse` */
export interface V2SecapiPayReverse extends NodeBase, Verbs<'v2/secapi/pay/reverse'> {
  /**
   * 撤销订单
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/micropay.php?chapter=9_11&index=3 | 官方付款码文档}
   */
  postAsync: Verbs<'v2/secapi/pay/reverse'>['postAsync'];
}

/** `v2/secsvc` */
export interface V2Secsvc extends NodeBase {
  getrealnameinfo: V2SecsvcGetrealnameinfo;
  realnameauth: V2SecsvcRealnameauth;
}

/** `v2/secsvc/getrealnameinfo` */
export interface V2SecsvcGetrealnameinfo extends NodeBase, Verbs<'v2/secsvc/getrealnameinfo'> {
  /**
   * 微信支付实名授权
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/realnameauthorization.php?chapter=60_5&index=1 | 官方文档}
   */
  postAsync: Verbs<'v2/secsvc/getrealnameinfo'>['postAsync'];
}

/** `v2/secsvc/realnameauth` */
export interface V2SecsvcRealnameauth extends NodeBase, Verbs<'v2/secsvc/realnameauth'> {
  /**
   * 微信支付实名验证
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/realnameauth.php?chapter=60_2&index=3 | 官方文档}
   */
  postAsync: Verbs<'v2/secsvc/realnameauth'>['postAsync'];
}

/** `v2/tools` */
export interface V2Tools extends NodeBase {
  authcodetoopenid: V2ToolsAuthcodetoopenid;
  shorturl: V2ToolsShorturl;
}

/** `v2/tools/authcodetoopenid` */
export interface V2ToolsAuthcodetoopenid extends NodeBase, Verbs<'v2/tools/authcodetoopenid'> {
  /**
   * 授权码查询openid
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/micropay_sl.php?chapter=9_12&index=8 | 官方服务商付款码文档}
   */
  postAsync: Verbs<'v2/tools/authcodetoopenid'>['postAsync'];
}

/** `v2/tools/shorturl` */
export interface V2ToolsShorturl extends NodeBase, Verbs<'v2/tools/shorturl'> {
  /**
   * 转换短链接
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/native.php?chapter=9_9&index=10 | 官方NATIVE文档}
   */
  postAsync: Verbs<'v2/tools/shorturl'>['postAsync'];
}

/** `v2/transit` */
export interface V2Transit extends NodeBase {
  partnerpay: V2TransitPartnerpay;
  pay: V2TransitPay;
  queryorder: V2TransitQueryorder;
}

/** `v2/transit/partnerpay` */
export interface V2TransitPartnerpay extends NodeBase {
  payapply: V2TransitPartnerpayPayapply;
  queryorder: V2TransitPartnerpayQueryorder;
  querystate: V2TransitPartnerpayQuerystate;
}

/** `v2/transit/partnerpay/payapply` */
export interface V2TransitPartnerpayPayapply extends NodeBase, Verbs<'v2/transit/partnerpay/payapply'> {
  /**
   * 申请扣款
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/pap_sl_jt_v2.php?chapter=19_99&index=5 | 官方文档}
   */
  postAsync: Verbs<'v2/transit/partnerpay/payapply'>['postAsync'];
}

/** `v2/transit/partnerpay/queryorder` */
export interface V2TransitPartnerpayQueryorder extends NodeBase, Verbs<'v2/transit/partnerpay/queryorder'> {
  /**
   * 查询订单
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/vehicle_v2_sl.php?chapter=20_96&index=7&p=202 | 官方文档}
   */
  postAsync: Verbs<'v2/transit/partnerpay/queryorder'>['postAsync'];
}

/** `v2/transit/partnerpay/querystate` */
export interface V2TransitPartnerpayQuerystate extends NodeBase, Verbs<'v2/transit/partnerpay/querystate'> {
  /**
   * 查询用户状态接口
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/pap_sl_jt_v2.php?chapter=19_96&index=5 | 官方文档}
   */
  postAsync: Verbs<'v2/transit/partnerpay/querystate'>['postAsync'];
}

/** `v2/transit/pay` */
export interface V2TransitPay extends NodeBase {
  payapply: V2TransitPayPayapply;
  querystate: V2TransitPayQuerystate;
}

/** `v2/transit/pay/payapply` */
export interface V2TransitPayPayapply extends NodeBase, Verbs<'v2/transit/pay/payapply'> {
  /**
   * 申请扣款
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/pap_jt_v2.php?chapter=19_99&index=5 | 官方文档}
   */
  postAsync: Verbs<'v2/transit/pay/payapply'>['postAsync'];
}

/** `v2/transit/pay/querystate` */
export interface V2TransitPayQuerystate extends NodeBase, Verbs<'v2/transit/pay/querystate'> {
  /**
   * 查询用户状态接口
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/pap_jt_v2.php?chapter=19_96&index=12 | 官方文档}
   */
  postAsync: Verbs<'v2/transit/pay/querystate'>['postAsync'];
}

/** `v2/transit/queryorder` */
export interface V2TransitQueryorder extends NodeBase, Verbs<'v2/transit/queryorder'> {
  /**
   * 查询订单
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/vehicle_v2.php?chapter=20_96&index=7 | 官方文档}
   */
  postAsync: Verbs<'v2/transit/queryorder'>['postAsync'];
}

/** `v2/vehicle` */
export interface V2Vehicle extends NodeBase {
  partnerpay: V2VehiclePartnerpay;
  pay: V2VehiclePay;
}

/** `v2/vehicle/partnerpay` */
export interface V2VehiclePartnerpay extends NodeBase {
  notification: V2VehiclePartnerpayNotification;
  payapply: V2VehiclePartnerpayPayapply;
  querystate: V2VehiclePartnerpayQuerystate;
}

/** `v2/vehicle/partnerpay/notification` */
export interface V2VehiclePartnerpayNotification extends NodeBase, Verbs<'v2/vehicle/partnerpay/notification'> {
  /**
   * 用户入场通知api
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/vehicle_v2_sl.php?chapter=20_992&index=1&p=202 | 官方文档}
   */
  postAsync: Verbs<'v2/vehicle/partnerpay/notification'>['postAsync'];
}

/** `v2/vehicle/partnerpay/payapply` */
export interface V2VehiclePartnerpayPayapply extends NodeBase, Verbs<'v2/vehicle/partnerpay/payapply'> {
  /**
   * 申请扣款
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/vehicle_v2_sl.php?chapter=20_982&index=2&p=202 | 官方文档}
   */
  postAsync: Verbs<'v2/vehicle/partnerpay/payapply'>['postAsync'];
}

/** `v2/vehicle/partnerpay/querystate` */
export interface V2VehiclePartnerpayQuerystate extends NodeBase, Verbs<'v2/vehicle/partnerpay/querystate'> {
  /**
   * 用户状态查询
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/vehicle_v2_sl.php?chapter=20_93&index=9&p=202 | 官方文档}
   */
  postAsync: Verbs<'v2/vehicle/partnerpay/querystate'>['postAsync'];
}

/** `v2/vehicle/pay` */
export interface V2VehiclePay extends NodeBase {
  notification: V2VehiclePayNotification;
  payapply: V2VehiclePayPayapply;
  querystate: V2VehiclePayQuerystate;
}

/** `v2/vehicle/pay/notification` */
export interface V2VehiclePayNotification extends NodeBase, Verbs<'v2/vehicle/pay/notification'> {
  /**
   * 用户入场通知api
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/vehicle_v2.php?chapter=20_992&index=1 | 官方文档}
   */
  postAsync: Verbs<'v2/vehicle/pay/notification'>['postAsync'];
}

/** `v2/vehicle/pay/payapply` */
export interface V2VehiclePayPayapply extends NodeBase, Verbs<'v2/vehicle/pay/payapply'> {
  /**
   * 申请扣款
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/vehicle_v2.php?chapter=20_982&index=1 | 官方文档}
   */
  postAsync: Verbs<'v2/vehicle/pay/payapply'>['postAsync'];
}

/** `v2/vehicle/pay/querystate` */
export interface V2VehiclePayQuerystate extends NodeBase, Verbs<'v2/vehicle/pay/querystate'> {
  /**
   * 用户状态查询
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/vehicle_v2.php?chapter=20_93&index=9 | 官方文档}
   */
  postAsync: Verbs<'v2/vehicle/pay/querystate'>['postAsync'];
}

/** `v2/wxv` */
export interface V2Wxv extends NodeBase {
  cancelbill: V2WxvCancelbill;
  changerentmoney: V2WxvChangerentmoney;
  createhotelbill: V2WxvCreatehotelbill;
  createrentbill: V2WxvCreaterentbill;
  finishhotelbill: V2WxvFinishhotelbill;
  finishrentbill: V2WxvFinishrentbill;
  queryhotelbill: V2WxvQueryhotelbill;
  queryrentbill: V2WxvQueryrentbill;
}

/** `v2/wxv/cancelbill` */
export interface V2WxvCancelbill extends NodeBase, Verbs<'v2/wxv/cancelbill'> {
  /**
   * 撤销租借订单
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=18_3&index=4 | 官方文档}
   */
  postAsync: Verbs<'v2/wxv/cancelbill'>['postAsync'];
}

/** `v2/wxv/changerentmoney` */
export interface V2WxvChangerentmoney extends NodeBase, Verbs<'v2/wxv/changerentmoney'> {
  /**
   * 修改租借订单
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=18_5&index=6 | 官方文档}
   */
  postAsync: Verbs<'v2/wxv/changerentmoney'>['postAsync'];
}

/** `v2/wxv/createhotelbill` */
export interface V2WxvCreatehotelbill extends NodeBase, Verbs<'v2/wxv/createhotelbill'> {
  /**
   * 创建速住订单
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=19_1&index=2 | 官方文档}
   */
  postAsync: Verbs<'v2/wxv/createhotelbill'>['postAsync'];
}

/** `v2/wxv/createrentbill` */
export interface V2WxvCreaterentbill extends NodeBase, Verbs<'v2/wxv/createrentbill'> {
  /**
   * 创建租借订单
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=18_1&index=2 | 官方文档}
   */
  postAsync: Verbs<'v2/wxv/createrentbill'>['postAsync'];
}

/** `v2/wxv/finishhotelbill` */
export interface V2WxvFinishhotelbill extends NodeBase, Verbs<'v2/wxv/finishhotelbill'> {
  /**
   * 完结速住订单
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=19_4&index=5 | 官方文档}
   */
  postAsync: Verbs<'v2/wxv/finishhotelbill'>['postAsync'];
}

/** `v2/wxv/finishrentbill` */
export interface V2WxvFinishrentbill extends NodeBase, Verbs<'v2/wxv/finishrentbill'> {
  /**
   * 完结租借订单
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=18_4&index=5 | 官方文档}
   */
  postAsync: Verbs<'v2/wxv/finishrentbill'>['postAsync'];
}

/** `v2/wxv/queryhotelbill` */
export interface V2WxvQueryhotelbill extends NodeBase, Verbs<'v2/wxv/queryhotelbill'> {
  /**
   * 查询速住订单
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=19_2&index=3 | 官方文档}
   */
  postAsync: Verbs<'v2/wxv/queryhotelbill'>['postAsync'];
}

/** `v2/wxv/queryrentbill` */
export interface V2WxvQueryrentbill extends NodeBase, Verbs<'v2/wxv/queryrentbill'> {
  /**
   * 查询租借订单
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=18_2&index=3 | 官方文档}
   */
  postAsync: Verbs<'v2/wxv/queryrentbill'>['postAsync'];
}

/** `v2/xdc` */
export interface V2Xdc extends NodeBase {
  apiv2getsignkey: V2XdcApiv2getsignkey;
  apiv2sandbox: V2XdcApiv2sandbox;
}

/** `v2/xdc/apiv2getsignkey` */
export interface V2XdcApiv2getsignkey extends NodeBase {
  sign: V2XdcApiv2getsignkeySign;
}

/** `v2/xdc/apiv2getsignkey/sign` */
export interface V2XdcApiv2getsignkeySign extends NodeBase {
  getsignkey: V2XdcApiv2getsignkeySignGetsignkey;
}

/** `v2/xdc/apiv2getsignkey/sign/getsignkey` */
export interface V2XdcApiv2getsignkeySignGetsignkey extends NodeBase, Verbs<'v2/xdc/apiv2getsignkey/sign/getsignkey'> {
  /**
   * 获取验签密钥API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/tools/sp_coupon.php?chapter=23_1&index=2 | 官方沙箱环境文档}
   */
  postAsync: Verbs<'v2/xdc/apiv2getsignkey/sign/getsignkey'>['postAsync'];
}

/** `v2/xdc/apiv2sandbox` */
export interface V2XdcApiv2sandbox extends NodeBase {
  pay: V2XdcApiv2sandboxPay;
}

/** `v2/xdc/apiv2sandbox/pay` */
export interface V2XdcApiv2sandboxPay extends NodeBase {
  micropay: V2XdcApiv2sandboxPayMicropay;
  orderquery: V2XdcApiv2sandboxPayOrderquery;
}

/** `v2/xdc/apiv2sandbox/pay/micropay` */
export interface V2XdcApiv2sandboxPayMicropay extends NodeBase, Verbs<'v2/xdc/apiv2sandbox/pay/micropay'> {
  /**
   * 提交付款码支付
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/tools/sp_coupon.php?chapter=23_1&index=2 | 官方沙箱付款码用例文档}
   */
  postAsync: Verbs<'v2/xdc/apiv2sandbox/pay/micropay'>['postAsync'];
}

/** `v2/xdc/apiv2sandbox/pay/orderquery` */
export interface V2XdcApiv2sandboxPayOrderquery extends NodeBase, Verbs<'v2/xdc/apiv2sandbox/pay/orderquery'> {
  /**
   * 查询订单
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/tools/sp_coupon.php?chapter=23_1&index=2 | 官方沙箱付款码用例文档}
   */
  postAsync: Verbs<'v2/xdc/apiv2sandbox/pay/orderquery'>['postAsync'];
}

/** `v3` */
export interface V3 extends NodeBase {
  abnormalFundProcessing: V3AbnormalFundProcessing;
  aggracctBc: V3AggracctBc;
  apply4sub: V3Apply4sub;
  apply4subject: V3Apply4subject;
  applyment4sub: V3Applyment4sub;
  bankBatchTransfer: V3BankBatchTransfer;
  bankTransfer: V3BankTransfer;
  bill: V3Bill;
  billdownload: V3Billdownload;
  brand: V3Brand;
  brandBasic: V3BrandBasic;
  businesscircle: V3Businesscircle;
  capital: V3Capital;
  catering: V3Catering;
  certificates: V3Certificates;
  combineTransactions: V3CombineTransactions;
  compliance: V3Compliance;
  creditRepayment: V3CreditRepayment;
  discountCard: V3DiscountCard;
  ebike: V3Ebike;
  ecommerce: V3Ecommerce;
  eduPapay: V3EduPapay;
  eduStar: V3EduStar;
  eduschoolpay: V3Eduschoolpay;
  express: V3Express;
  facemch: V3Facemch;
  fundApp: V3FundApp;
  fundsToOversea: V3FundsToOversea;
  global: V3Global;
  goldplan: V3Goldplan;
  gov: V3Gov;
  hirePowerBank: V3HirePowerBank;
  industryCoupon: V3IndustryCoupon;
  industryRebate: V3IndustryRebate;
  inspolicymgr: V3Inspolicymgr;
  iotmanage: V3Iotmanage;
  lovefeast: V3Lovefeast;
  marketing: V3Marketing;
  mchManage: V3MchManage;
  mchOperationManage: V3MchOperationManage;
  mch_operate: V3Mch_operate;
  mchalterapply: V3Mchalterapply;
  medIns: V3MedIns;
  merchant: V3Merchant;
  merchantRiskManage: V3MerchantRiskManage;
  merchantService: V3MerchantService;
  merchantSettlement: V3MerchantSettlement;
  merchantStore: V3MerchantStore;
  merchantfund: V3Merchantfund;
  multiuse: V3Multiuse;
  newTaxControlFapiao: V3NewTaxControlFapiao;
  offlineface: V3Offlineface;
  offlinefacemch: V3Offlinefacemch;
  palmservice: V3Palmservice;
  papay: V3Papay;
  parking: V3Parking;
  partnerPapay: V3PartnerPapay;
  partnerTransfer: V3PartnerTransfer;
  passwordExemptContract: V3PasswordExemptContract;
  pay: V3Pay;
  payDevices: V3PayDevices;
  payrollCard: V3PayrollCard;
  payscore: V3Payscore;
  platsolution: V3Platsolution;
  profitsharing: V3Profitsharing;
  qrcode: V3Qrcode;
  rateActivity: V3RateActivity;
  realname: V3Realname;
  recharge: V3Recharge;
  refund: V3Refund;
  repayment: V3Repayment;
  security: V3Security;
  smartguide: V3Smartguide;
  taxiInvoice: V3TaxiInvoice;
  transactionBlock: V3TransactionBlock;
  transfer: V3Transfer;
  transferDetail: V3TransferDetail;
  transferdownload: V3Transferdownload;
  vehicle: V3Vehicle;
  webizpay: V3Webizpay;
}

/** `v3/abnormal-fund-processing` */
export interface V3AbnormalFundProcessing extends NodeBase {
  receipts: V3AbnormalFundProcessingReceipts;
}

/** `v3/abnormal-fund-processing/receipts` */
export interface V3AbnormalFundProcessingReceipts extends NodeBase {
  _receipt_id_: V3AbnormalFundProcessingReceipts_receipt_id_;
  '{receipt_id}': V3AbnormalFundProcessingReceipts_receipt_id_;
}

/** `v3/abnormal-fund-processing/receipts/{receipt_id}` */
export interface V3AbnormalFundProcessingReceipts_receipt_id_ extends NodeBase, Verbs<'v3/abnormal-fund-processing/receipts/{receipt_id}'> {
  /**
   * 查询在途异常资金付款结果
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/abnormal-fund-processing/receipts/{receipt_id}'>['getAsync'];
  transferInstructions: V3AbnormalFundProcessingReceipts_receipt_id_TransferInstructions;
}

/** `v3/abnormal-fund-processing/receipts/{receipt_id}/transfer-instructions` */
export interface V3AbnormalFundProcessingReceipts_receipt_id_TransferInstructions extends NodeBase, Verbs<'v3/abnormal-fund-processing/receipts/{receipt_id}/transfer-instructions'> {
  /**
   * 发起在途异常资金付款指令
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/abnormal-fund-processing/receipts/{receipt_id}/transfer-instructions'>['postAsync'];
  _out_instruction_no_: V3AbnormalFundProcessingReceipts_receipt_id_TransferInstructions_out_instruction_no_;
  '{out_instruction_no}': V3AbnormalFundProcessingReceipts_receipt_id_TransferInstructions_out_instruction_no_;
}

/** `v3/abnormal-fund-processing/receipts/{receipt_id}/transfer-instructions/{out_instruction_no}` */
export interface V3AbnormalFundProcessingReceipts_receipt_id_TransferInstructions_out_instruction_no_ extends NodeBase, Verbs<'v3/abnormal-fund-processing/receipts/{receipt_id}/transfer-instructions/{out_instruction_no}'> {
  /**
   * 查询在途异常资金付款指令执行结果
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/abnormal-fund-processing/receipts/{receipt_id}/transfer-instructions/{out_instruction_no}'>['getAsync'];
}

/** `v3/aggracct-bc` */
export interface V3AggracctBc extends NodeBase {
  wbChannel: V3AggracctBcWbChannel;
}

/** `v3/aggracct-bc/wb-channel` */
export interface V3AggracctBcWbChannel extends NodeBase {
  account: V3AggracctBcWbChannelAccount;
  bankChannelAccount: V3AggracctBcWbChannelBankChannelAccount;
  controlOrders: V3AggracctBcWbChannelControlOrders;
  specialReduction: V3AggracctBcWbChannelSpecialReduction;
}

/** `v3/aggracct-bc/wb-channel/account` */
export interface V3AggracctBcWbChannelAccount extends NodeBase {
  balance: V3AggracctBcWbChannelAccountBalance;
  mch_archives: V3AggracctBcWbChannelAccountMch_archives;
  mch_media: V3AggracctBcWbChannelAccountMch_media;
}

/** `v3/aggracct-bc/wb-channel/account/balance` */
export interface V3AggracctBcWbChannelAccountBalance extends NodeBase, Verbs<'v3/aggracct-bc/wb-channel/account/balance'> {
  /**
   * 查询渠道额度
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/aggracct-bc/wb-channel/account/balance'>['getAsync'];
}

/** `v3/aggracct-bc/wb-channel/account/mch_archives` */
export interface V3AggracctBcWbChannelAccountMch_archives extends NodeBase, Verbs<'v3/aggracct-bc/wb-channel/account/mch_archives'> {
  /**
   * 查询商户资料
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/aggracct-bc/wb-channel/account/mch_archives'>['getAsync'];
}

/** `v3/aggracct-bc/wb-channel/account/mch_media` */
export interface V3AggracctBcWbChannelAccountMch_media extends NodeBase, Verbs<'v3/aggracct-bc/wb-channel/account/mch_media'> {
  /**
   * 查询商户影像件资料
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/aggracct-bc/wb-channel/account/mch_media'>['getAsync'];
}

/** `v3/aggracct-bc/wb-channel/bank-channel-account` */
export interface V3AggracctBcWbChannelBankChannelAccount extends NodeBase {
  rename: V3AggracctBcWbChannelBankChannelAccountRename;
}

/** `v3/aggracct-bc/wb-channel/bank-channel-account/rename` */
export interface V3AggracctBcWbChannelBankChannelAccountRename extends NodeBase, Verbs<'v3/aggracct-bc/wb-channel/bank-channel-account/rename'> {
  /**
   * 受理渠道结算银行账户更名申请
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/aggracct-bc/wb-channel/bank-channel-account/rename'>['postAsync'];
  _application_id_: V3AggracctBcWbChannelBankChannelAccountRename_application_id_;
  '{application_id}': V3AggracctBcWbChannelBankChannelAccountRename_application_id_;
}

/** `v3/aggracct-bc/wb-channel/bank-channel-account/rename/{application_id}` */
export interface V3AggracctBcWbChannelBankChannelAccountRename_application_id_ extends NodeBase, Verbs<'v3/aggracct-bc/wb-channel/bank-channel-account/rename/{application_id}'> {
  /**
   * 查询渠道结算银行账户更名申请
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/aggracct-bc/wb-channel/bank-channel-account/rename/{application_id}'>['getAsync'];
}

/** `v3/aggracct-bc/wb-channel/control-orders` */
export interface V3AggracctBcWbChannelControlOrders extends NodeBase {
  info: V3AggracctBcWbChannelControlOrdersInfo;
  punish: V3AggracctBcWbChannelControlOrdersPunish;
  recover: V3AggracctBcWbChannelControlOrdersRecover;
  _out_request_no_: V3AggracctBcWbChannelControlOrders_out_request_no_;
  '{out_request_no}': V3AggracctBcWbChannelControlOrders_out_request_no_;
}

/** `v3/aggracct-bc/wb-channel/control-orders/info` */
export interface V3AggracctBcWbChannelControlOrdersInfo extends NodeBase {
  update: V3AggracctBcWbChannelControlOrdersInfoUpdate;
}

/** `v3/aggracct-bc/wb-channel/control-orders/info/update` */
export interface V3AggracctBcWbChannelControlOrdersInfoUpdate extends NodeBase {
  result: V3AggracctBcWbChannelControlOrdersInfoUpdateResult;
}

/** `v3/aggracct-bc/wb-channel/control-orders/info/update/result` */
export interface V3AggracctBcWbChannelControlOrdersInfoUpdateResult extends NodeBase {
  notify: V3AggracctBcWbChannelControlOrdersInfoUpdateResultNotify;
}

/** `v3/aggracct-bc/wb-channel/control-orders/info/update/result/notify` */
export interface V3AggracctBcWbChannelControlOrdersInfoUpdateResultNotify extends NodeBase, Verbs<'v3/aggracct-bc/wb-channel/control-orders/info/update/result/notify'> {
  /**
   * 资料更新请求审核结果回调通知
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/aggracct-bc/wb-channel/control-orders/info/update/result/notify'>['postAsync'];
}

/** `v3/aggracct-bc/wb-channel/control-orders/punish` */
export interface V3AggracctBcWbChannelControlOrdersPunish extends NodeBase, Verbs<'v3/aggracct-bc/wb-channel/control-orders/punish'> {
  /**
   * 发起微众台账管控
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/aggracct-bc/wb-channel/control-orders/punish'>['postAsync'];
}

/** `v3/aggracct-bc/wb-channel/control-orders/recover` */
export interface V3AggracctBcWbChannelControlOrdersRecover extends NodeBase, Verbs<'v3/aggracct-bc/wb-channel/control-orders/recover'> {
  /**
   * 解除对微众台账的管控
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/aggracct-bc/wb-channel/control-orders/recover'>['postAsync'];
}

/** `v3/aggracct-bc/wb-channel/control-orders/{out_request_no}` */
export interface V3AggracctBcWbChannelControlOrders_out_request_no_ extends NodeBase, Verbs<'v3/aggracct-bc/wb-channel/control-orders/{out_request_no}'> {
  /**
   * 查询控制单
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/aggracct-bc/wb-channel/control-orders/{out_request_no}'>['getAsync'];
}

/** `v3/aggracct-bc/wb-channel/special-reduction` */
export interface V3AggracctBcWbChannelSpecialReduction extends NodeBase, Verbs<'v3/aggracct-bc/wb-channel/special-reduction'> {
  /**
   * 特殊减额
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/aggracct-bc/wb-channel/special-reduction'>['postAsync'];
  _out_request_no_: V3AggracctBcWbChannelSpecialReduction_out_request_no_;
  '{out_request_no}': V3AggracctBcWbChannelSpecialReduction_out_request_no_;
}

/** `v3/aggracct-bc/wb-channel/special-reduction/{out_request_no}` */
export interface V3AggracctBcWbChannelSpecialReduction_out_request_no_ extends NodeBase, Verbs<'v3/aggracct-bc/wb-channel/special-reduction/{out_request_no}'> {
  /**
   * 查询特殊减额结果
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/aggracct-bc/wb-channel/special-reduction/{out_request_no}'>['getAsync'];
}

/** `v3/apply4sub` */
export interface V3Apply4sub extends NodeBase {
  sub_merchants: V3Apply4subSub_merchants;
}

/** `v3/apply4sub/sub_merchants` */
export interface V3Apply4subSub_merchants extends NodeBase {
  _sub_mchid_: V3Apply4subSub_merchants_sub_mchid_;
  '{sub_mchid}': V3Apply4subSub_merchants_sub_mchid_;
}

/** `v3/apply4sub/sub_merchants/{sub_mchid}` */
export interface V3Apply4subSub_merchants_sub_mchid_ extends NodeBase {
  application: V3Apply4subSub_merchants_sub_mchid_Application;
  modifySettlement: V3Apply4subSub_merchants_sub_mchid_ModifySettlement;
  settlement: V3Apply4subSub_merchants_sub_mchid_Settlement;
}

/** `v3/apply4sub/sub_merchants/{sub_mchid}/application` */
export interface V3Apply4subSub_merchants_sub_mchid_Application extends NodeBase {
  _application_no_: V3Apply4subSub_merchants_sub_mchid_Application_application_no_;
  '{application_no}': V3Apply4subSub_merchants_sub_mchid_Application_application_no_;
}

/** `v3/apply4sub/sub_merchants/{sub_mchid}/application/{application_no}` */
export interface V3Apply4subSub_merchants_sub_mchid_Application_application_no_ extends NodeBase, Verbs<'v3/apply4sub/sub_merchants/{sub_mchid}/application/{application_no}'> {
  /**
   * 查询结算账户修改申请状态
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/ecommerce-merchant-application/get-application.html | 官方文档}
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/modify-settlement/sub-merchants/get-application.html | 官方文档}
   */
  getAsync: Verbs<'v3/apply4sub/sub_merchants/{sub_mchid}/application/{application_no}'>['getAsync'];
}

/** `v3/apply4sub/sub_merchants/{sub_mchid}/modify-settlement` */
export interface V3Apply4subSub_merchants_sub_mchid_ModifySettlement extends NodeBase, Verbs<'v3/apply4sub/sub_merchants/{sub_mchid}/modify-settlement'> {
  /**
   * 修改结算帐号API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/tool/applyment4sub/chapter3_3.shtml | 官方文档}
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/ecommerce-merchant-application/modify-settlement.html | 官方文档}
   */
  postAsync: Verbs<'v3/apply4sub/sub_merchants/{sub_mchid}/modify-settlement'>['postAsync'];
}

/** `v3/apply4sub/sub_merchants/{sub_mchid}/settlement` */
export interface V3Apply4subSub_merchants_sub_mchid_Settlement extends NodeBase, Verbs<'v3/apply4sub/sub_merchants/{sub_mchid}/settlement'> {
  /**
   * 查询结算账户API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/tool/applyment4sub/chapter3_4.shtml | 官方文档}
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/ecommerce-merchant-application/get-settlement.html | 官方文档}
   */
  getAsync: Verbs<'v3/apply4sub/sub_merchants/{sub_mchid}/settlement'>['getAsync'];
}

/** `v3/apply4subject` */
export interface V3Apply4subject extends NodeBase {
  applyment: V3Apply4subjectApplyment;
}

/** `v3/apply4subject/applyment` */
export interface V3Apply4subjectApplyment extends NodeBase, Verbs<'v3/apply4subject/applyment'> {
  /**
   * 查询商户开户意愿申请单审核结果API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter10_1_3.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/apply4subject/applyment'>['getAsync'];
  /**
   * 提交商户开户意愿申请单API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter10_1_1.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/apply4subject/applyment'>['postAsync'];
  merchants: V3Apply4subjectApplymentMerchants;
  _applyment_id_: V3Apply4subjectApplyment_applyment_id_;
  '{applyment_id}': V3Apply4subjectApplyment_applyment_id_;
  _business_code_: V3Apply4subjectApplyment_business_code_;
  '{business_code}': V3Apply4subjectApplyment_business_code_;
}

/** `v3/apply4subject/applyment/merchants` */
export interface V3Apply4subjectApplymentMerchants extends NodeBase {
  _sub_mchid_: V3Apply4subjectApplymentMerchants_sub_mchid_;
  '{sub_mchid}': V3Apply4subjectApplymentMerchants_sub_mchid_;
}

/** `v3/apply4subject/applyment/merchants/{sub_mchid}` */
export interface V3Apply4subjectApplymentMerchants_sub_mchid_ extends NodeBase {
  state: V3Apply4subjectApplymentMerchants_sub_mchid_State;
}

/** `v3/apply4subject/applyment/merchants/{sub_mchid}/state` */
export interface V3Apply4subjectApplymentMerchants_sub_mchid_State extends NodeBase, Verbs<'v3/apply4subject/applyment/merchants/{sub_mchid}/state'> {
  /**
   * 获取商户开户意愿确认状态API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/applysubject/chapter5_4.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/apply4subject/applyment/merchants/{sub_mchid}/state'>['getAsync'];
}

/** `v3/apply4subject/applyment/{applyment_id}` */
export interface V3Apply4subjectApplyment_applyment_id_ extends NodeBase {
  cancel: V3Apply4subjectApplyment_applyment_id_Cancel;
}

/** `v3/apply4subject/applyment/{applyment_id}/cancel` */
export interface V3Apply4subjectApplyment_applyment_id_Cancel extends NodeBase, Verbs<'v3/apply4subject/applyment/{applyment_id}/cancel'> {
  /**
   * 撤销商户开户意愿申请单API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/applysubject/chapter5_2.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/apply4subject/applyment/{applyment_id}/cancel'>['postAsync'];
}

/** `v3/apply4subject/applyment/{business_code}` */
export interface V3Apply4subjectApplyment_business_code_ extends NodeBase {
  cancel: V3Apply4subjectApplyment_business_code_Cancel;
}

/** `v3/apply4subject/applyment/{business_code}/cancel` */
export interface V3Apply4subjectApplyment_business_code_Cancel extends NodeBase, Verbs<'v3/apply4subject/applyment/{business_code}/cancel'> {
  /**
   * 撤销商户开户意愿申请单API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/applysubject/chapter5_2.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/apply4subject/applyment/{business_code}/cancel'>['postAsync'];
}

/** `v3/applyment4sub` */
export interface V3Applyment4sub extends NodeBase {
  applyment: V3Applyment4subApplyment;
}

/** `v3/applyment4sub/applyment` */
export interface V3Applyment4subApplyment extends NodeBase {
  '': V3Applyment4subApplymentSlash;
  applyment_id: V3Applyment4subApplymentApplyment_id;
  business_code: V3Applyment4subApplymentBusiness_code;
}

/** `v3/applyment4sub/applyment/` */
export interface V3Applyment4subApplymentSlash extends NodeBase, Verbs<'v3/applyment4sub/applyment/'> {
  /**
   * 提交申请单API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter11_1_1.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/applyment4sub/applyment/'>['postAsync'];
}

/** `v3/applyment4sub/applyment/applyment_id` */
export interface V3Applyment4subApplymentApplyment_id extends NodeBase {
  _applyment_id_: V3Applyment4subApplymentApplyment_id_applyment_id_;
  '{applyment_id}': V3Applyment4subApplymentApplyment_id_applyment_id_;
}

/** `v3/applyment4sub/applyment/applyment_id/{applyment_id}` */
export interface V3Applyment4subApplymentApplyment_id_applyment_id_ extends NodeBase, Verbs<'v3/applyment4sub/applyment/applyment_id/{applyment_id}'> {
  /**
   * 通过申请单号查询申请状态
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/tool/applyment4sub/chapter3_2.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/applyment4sub/applyment/applyment_id/{applyment_id}'>['getAsync'];
}

/** `v3/applyment4sub/applyment/business_code` */
export interface V3Applyment4subApplymentBusiness_code extends NodeBase {
  _business_code_: V3Applyment4subApplymentBusiness_code_business_code_;
  '{business_code}': V3Applyment4subApplymentBusiness_code_business_code_;
}

/** `v3/applyment4sub/applyment/business_code/{business_code}` */
export interface V3Applyment4subApplymentBusiness_code_business_code_ extends NodeBase, Verbs<'v3/applyment4sub/applyment/business_code/{business_code}'> {
  /**
   * 通过业务申请编号查询申请状态
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/tool/applyment4sub/chapter3_2.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/applyment4sub/applyment/business_code/{business_code}'>['getAsync'];
}

/** `v3/bank-batch-transfer` */
export interface V3BankBatchTransfer extends NodeBase {
  receipt: V3BankBatchTransferReceipt;
}

/** `v3/bank-batch-transfer/receipt` */
export interface V3BankBatchTransferReceipt extends NodeBase {
  detailReceipts: V3BankBatchTransferReceiptDetailReceipts;
  summaryReceipts: V3BankBatchTransferReceiptSummaryReceipts;
}

/** `v3/bank-batch-transfer/receipt/detail-receipts` */
export interface V3BankBatchTransferReceiptDetailReceipts extends NodeBase, Verbs<'v3/bank-batch-transfer/receipt/detail-receipts'> {
  /**
   * 查询明细电子回单受理结果API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_2_9.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/bank-batch-transfer/receipt/detail-receipts'>['getAsync'];
  /**
   * 受理明细电子回单API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_2_8.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/bank-batch-transfer/receipt/detail-receipts'>['postAsync'];
}

/** `v3/bank-batch-transfer/receipt/summary-receipts` */
export interface V3BankBatchTransferReceiptSummaryReceipts extends NodeBase, Verbs<'v3/bank-batch-transfer/receipt/summary-receipts'> {
  /**
   * 查询汇总电子回单受理结果API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_2_7.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/bank-batch-transfer/receipt/summary-receipts'>['getAsync'];
  /**
   * 受理汇总电子回单API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_2_6.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/bank-batch-transfer/receipt/summary-receipts'>['postAsync'];
}

/** `v3/bank-transfer` */
export interface V3BankTransfer extends NodeBase {
  batches: V3BankTransferBatches;
}

/** `v3/bank-transfer/batches` */
export interface V3BankTransferBatches extends NodeBase, Verbs<'v3/bank-transfer/batches'> {
  /**
   * 发起批量转账API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_2_1.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/bank-transfer/batches'>['postAsync'];
  batchId: V3BankTransferBatchesBatchId;
  outBatchNo: V3BankTransferBatchesOutBatchNo;
}

/** `v3/bank-transfer/batches/batch-id` */
export interface V3BankTransferBatchesBatchId extends NodeBase {
  _batch_id_: V3BankTransferBatchesBatchId_batch_id_;
  '{batch_id}': V3BankTransferBatchesBatchId_batch_id_;
}

/** `v3/bank-transfer/batches/batch-id/{batch_id}` */
export interface V3BankTransferBatchesBatchId_batch_id_ extends NodeBase, Verbs<'v3/bank-transfer/batches/batch-id/{batch_id}'> {
  /**
   * 微信支付批次单号查询批次单API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_2_2.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/bank-transfer/batches/batch-id/{batch_id}'>['getAsync'];
  details: V3BankTransferBatchesBatchId_batch_id_Details;
}

/** `v3/bank-transfer/batches/batch-id/{batch_id}/details` */
export interface V3BankTransferBatchesBatchId_batch_id_Details extends NodeBase {
  detailId: V3BankTransferBatchesBatchId_batch_id_DetailsDetailId;
}

/** `v3/bank-transfer/batches/batch-id/{batch_id}/details/detail-id` */
export interface V3BankTransferBatchesBatchId_batch_id_DetailsDetailId extends NodeBase {
  _detail_id_: V3BankTransferBatchesBatchId_batch_id_DetailsDetailId_detail_id_;
  '{detail_id}': V3BankTransferBatchesBatchId_batch_id_DetailsDetailId_detail_id_;
}

/** `v3/bank-transfer/batches/batch-id/{batch_id}/details/detail-id/{detail_id}` */
export interface V3BankTransferBatchesBatchId_batch_id_DetailsDetailId_detail_id_ extends NodeBase, Verbs<'v3/bank-transfer/batches/batch-id/{batch_id}/details/detail-id/{detail_id}'> {
  /**
   * 微信支付明细单号查询明细单API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_2_3.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/bank-transfer/batches/batch-id/{batch_id}/details/detail-id/{detail_id}'>['getAsync'];
}

/** `v3/bank-transfer/batches/out-batch-no` */
export interface V3BankTransferBatchesOutBatchNo extends NodeBase {
  _out_batch_no_: V3BankTransferBatchesOutBatchNo_out_batch_no_;
  '{out_batch_no}': V3BankTransferBatchesOutBatchNo_out_batch_no_;
}

/** `v3/bank-transfer/batches/out-batch-no/{out_batch_no}` */
export interface V3BankTransferBatchesOutBatchNo_out_batch_no_ extends NodeBase, Verbs<'v3/bank-transfer/batches/out-batch-no/{out_batch_no}'> {
  /**
   * 银行批次单号查询批次单API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_2_4.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/bank-transfer/batches/out-batch-no/{out_batch_no}'>['getAsync'];
  details: V3BankTransferBatchesOutBatchNo_out_batch_no_Details;
}

/** `v3/bank-transfer/batches/out-batch-no/{out_batch_no}/details` */
export interface V3BankTransferBatchesOutBatchNo_out_batch_no_Details extends NodeBase {
  outDetailNo: V3BankTransferBatchesOutBatchNo_out_batch_no_DetailsOutDetailNo;
}

/** `v3/bank-transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no` */
export interface V3BankTransferBatchesOutBatchNo_out_batch_no_DetailsOutDetailNo extends NodeBase {
  _out_detail_no_: V3BankTransferBatchesOutBatchNo_out_batch_no_DetailsOutDetailNo_out_detail_no_;
  '{out_detail_no}': V3BankTransferBatchesOutBatchNo_out_batch_no_DetailsOutDetailNo_out_detail_no_;
}

/** `v3/bank-transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no/{out_detail_no}` */
export interface V3BankTransferBatchesOutBatchNo_out_batch_no_DetailsOutDetailNo_out_detail_no_ extends NodeBase, Verbs<'v3/bank-transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no/{out_detail_no}'> {
  /**
   * 银行明细单号查询明细单API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_2_5.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/bank-transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no/{out_detail_no}'>['getAsync'];
}

/** `v3/bill` */
export interface V3Bill extends NodeBase {
  fundflowbill: V3BillFundflowbill;
  subMerchantFundflowbill: V3BillSubMerchantFundflowbill;
  tradebill: V3BillTradebill;
}

/** `v3/bill/fundflowbill` */
export interface V3BillFundflowbill extends NodeBase, Verbs<'v3/bill/fundflowbill'> {
  /**
   * 申请资金账单API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/bill-download/fund-bill/get-fund-bill.html | 官方文档}
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/bill-download/fund-bill/get-fund-bill.html | 官方文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter7_9_2.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/bill/fundflowbill'>['getAsync'];
}

/** `v3/bill/sub-merchant-fundflowbill` */
export interface V3BillSubMerchantFundflowbill extends NodeBase, Verbs<'v3/bill/sub-merchant-fundflowbill'> {
  /**
   * 申请单个子商户资金账单API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/bill-download/sub-mch-fund-flow-bill/get-sub-mch-fund-flow-bill.html | 官方文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_1_25.shtml | 官方文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter4_1_12.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/bill/sub-merchant-fundflowbill'>['getAsync'];
}

/** `v3/bill/tradebill` */
export interface V3BillTradebill extends NodeBase, Verbs<'v3/bill/tradebill'> {
  /**
   * 申请交易账单API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/bill-download/trade-bill/get-trade-bill.html | 官方文档}
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/bill-download/trade-bill/get-trade-bill.html | 官方文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter7_9_1.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/bill/tradebill'>['getAsync'];
}

/** `v3/billdownload` */
export interface V3Billdownload extends NodeBase {
  file: V3BilldownloadFile;
}

/** `v3/billdownload/file` */
export interface V3BilldownloadFile extends NodeBase, Verbs<'v3/billdownload/file'> {
  /**
   * 下载账单API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/bill/chapter3_3.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/billdownload/file'>['getAsync'];
}

/** `v3/brand` */
export interface V3Brand extends NodeBase {
  applyments: V3BrandApplyments;
  card: V3BrandCard;
  marketing: V3BrandMarketing;
  partner: V3BrandPartner;
  profitsharing: V3BrandProfitsharing;
}

/** `v3/brand-basic` */
export interface V3BrandBasic extends NodeBase {
  partner: V3BrandBasicPartner;
}

/** `v3/brand-basic/partner` */
export interface V3BrandBasicPartner extends NodeBase {
  brands: V3BrandBasicPartnerBrands;
}

/** `v3/brand-basic/partner/brands` */
export interface V3BrandBasicPartnerBrands extends NodeBase {
  _brand_id_: V3BrandBasicPartnerBrands_brand_id_;
  '{brand_id}': V3BrandBasicPartnerBrands_brand_id_;
}

/** `v3/brand-basic/partner/brands/{brand_id}` */
export interface V3BrandBasicPartnerBrands_brand_id_ extends NodeBase {
  productAuthorities: V3BrandBasicPartnerBrands_brand_id_ProductAuthorities;
}

/** `v3/brand-basic/partner/brands/{brand_id}/product-authorities` */
export interface V3BrandBasicPartnerBrands_brand_id_ProductAuthorities extends NodeBase, Verbs<'v3/brand-basic/partner/brands/{brand_id}/product-authorities'> {
  /**
   * 获得品牌已授权且在生效中的产品权限信息
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/brand-basic/partner/brands/{brand_id}/product-authorities'>['getAsync'];
}

/** `v3/brand/applyments` */
export interface V3BrandApplyments extends NodeBase, Verbs<'v3/brand/applyments'> {
  /**
   * 提交入驻申请
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/brand/applyments'>['postAsync'];
  applymentId: V3BrandApplymentsApplymentId;
  businessCode: V3BrandApplymentsBusinessCode;
  cancelApplyment: V3BrandApplymentsCancelApplyment;
}

/** `v3/brand/applyments/applyment-id` */
export interface V3BrandApplymentsApplymentId extends NodeBase {
  _applyment_id_: V3BrandApplymentsApplymentId_applyment_id_;
  '{applyment_id}': V3BrandApplymentsApplymentId_applyment_id_;
}

/** `v3/brand/applyments/applyment-id/{applyment_id}` */
export interface V3BrandApplymentsApplymentId_applyment_id_ extends NodeBase, Verbs<'v3/brand/applyments/applyment-id/{applyment_id}'> {
  /**
   * 根据申请单ID查询申请状态
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/brand/applyments/applyment-id/{applyment_id}'>['getAsync'];
}

/** `v3/brand/applyments/business-code` */
export interface V3BrandApplymentsBusinessCode extends NodeBase {
  _business_code_: V3BrandApplymentsBusinessCode_business_code_;
  '{business_code}': V3BrandApplymentsBusinessCode_business_code_;
}

/** `v3/brand/applyments/business-code/{business_code}` */
export interface V3BrandApplymentsBusinessCode_business_code_ extends NodeBase, Verbs<'v3/brand/applyments/business-code/{business_code}'> {
  /**
   * 根据业务申请编号查询申请状态
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/brand/applyments/business-code/{business_code}'>['getAsync'];
}

/** `v3/brand/applyments/cancel-applyment` */
export interface V3BrandApplymentsCancelApplyment extends NodeBase, Verbs<'v3/brand/applyments/cancel-applyment'> {
  /**
   * 撤销申请
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/brand/applyments/cancel-applyment'>['postAsync'];
}

/** `v3/brand/card` */
export interface V3BrandCard extends NodeBase {
  cardConfigs: V3BrandCardCardConfigs;
  cardLinks: V3BrandCardCardLinks;
}

/** `v3/brand/card/card-configs` */
export interface V3BrandCardCardConfigs extends NodeBase, Verbs<'v3/brand/card/card-configs'> {
  /**
   * 查询商家名片配置申请状态
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/brand/card/card-configs'>['getAsync'];
  /**
   * 提交商家名片配置申请
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/brand/card/card-configs'>['postAsync'];
  cancelApplyment: V3BrandCardCardConfigsCancelApplyment;
  previewUrl: V3BrandCardCardConfigsPreviewUrl;
  publish: V3BrandCardCardConfigsPublish;
}

/** `v3/brand/card/card-configs/cancel-applyment` */
export interface V3BrandCardCardConfigsCancelApplyment extends NodeBase, Verbs<'v3/brand/card/card-configs/cancel-applyment'> {
  /**
   * 撤销商家名片配置申请
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/brand/card/card-configs/cancel-applyment'>['postAsync'];
}

/** `v3/brand/card/card-configs/preview-url` */
export interface V3BrandCardCardConfigsPreviewUrl extends NodeBase, Verbs<'v3/brand/card/card-configs/preview-url'> {
  /**
   * 获取商家名片预览二维码
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/brand/card/card-configs/preview-url'>['getAsync'];
}

/** `v3/brand/card/card-configs/publish` */
export interface V3BrandCardCardConfigsPublish extends NodeBase, Verbs<'v3/brand/card/card-configs/publish'> {
  /**
   * 发布商家名片配置
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/brand/card/card-configs/publish'>['postAsync'];
}

/** `v3/brand/card/card-links` */
export interface V3BrandCardCardLinks extends NodeBase, Verbs<'v3/brand/card/card-links'> {
  /**
   * 查询已生效交易连接名片规则
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/brand/card/card-links'>['getAsync'];
  /**
   * 添加交易连接名片规则申请
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/brand/card/card-links'>['postAsync'];
  businessCode: V3BrandCardCardLinksBusinessCode;
  cancelApplyment: V3BrandCardCardLinksCancelApplyment;
  unbindCardLink: V3BrandCardCardLinksUnbindCardLink;
}

/** `v3/brand/card/card-links/business-code` */
export interface V3BrandCardCardLinksBusinessCode extends NodeBase {
  _business_code_: V3BrandCardCardLinksBusinessCode_business_code_;
  '{business_code}': V3BrandCardCardLinksBusinessCode_business_code_;
}

/** `v3/brand/card/card-links/business-code/{business_code}` */
export interface V3BrandCardCardLinksBusinessCode_business_code_ extends NodeBase, Verbs<'v3/brand/card/card-links/business-code/{business_code}'> {
  /**
   * 根据业务申请编号查询添加申请状态
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/brand/card/card-links/business-code/{business_code}'>['getAsync'];
}

/** `v3/brand/card/card-links/cancel-applyment` */
export interface V3BrandCardCardLinksCancelApplyment extends NodeBase, Verbs<'v3/brand/card/card-links/cancel-applyment'> {
  /**
   * 撤销交易连接名片配置申请
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/brand/card/card-links/cancel-applyment'>['postAsync'];
}

/** `v3/brand/card/card-links/unbind-card-link` */
export interface V3BrandCardCardLinksUnbindCardLink extends NodeBase, Verbs<'v3/brand/card/card-links/unbind-card-link'> {
  /**
   * 解除已生效交易连接名片场景
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/brand/card/card-links/unbind-card-link'>['postAsync'];
}

/** `v3/brand/marketing` */
export interface V3BrandMarketing extends NodeBase {
  shakeActivities: V3BrandMarketingShakeActivities;
}

/** `v3/brand/marketing/shake-activities` */
export interface V3BrandMarketingShakeActivities extends NodeBase {
  activities: V3BrandMarketingShakeActivitiesActivities;
}

/** `v3/brand/marketing/shake-activities/activities` */
export interface V3BrandMarketingShakeActivitiesActivities extends NodeBase, Verbs<'v3/brand/marketing/shake-activities/activities'> {
  /**
   * 查询摇优惠活动列表
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/brand/marketing/shake-activities/activities'>['getAsync'];
}

/** `v3/brand/partner` */
export interface V3BrandPartner extends NodeBase {
  cardMember: V3BrandPartnerCardMember;
  store: V3BrandPartnerStore;
}

/** `v3/brand/partner/card-member` */
export interface V3BrandPartnerCardMember extends NodeBase {
  cards: V3BrandPartnerCardMemberCards;
  membershipActivities: V3BrandPartnerCardMemberMembershipActivities;
  payViewTokens: V3BrandPartnerCardMemberPayViewTokens;
  preAuthTokens: V3BrandPartnerCardMemberPreAuthTokens;
  userCards: V3BrandPartnerCardMemberUserCards;
  userFeeds: V3BrandPartnerCardMemberUserFeeds;
  userPoints: V3BrandPartnerCardMemberUserPoints;
}

/** `v3/brand/partner/card-member/cards` */
export interface V3BrandPartnerCardMemberCards extends NodeBase, Verbs<'v3/brand/partner/card-member/cards'> {
  /**
   * 查询会员卡模板列表
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/brand/partner/card-member/cards'>['getAsync'];
  /**
   * 创建会员卡模板
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/brand/partner/card-member/cards'>['postAsync'];
  _card_id_: V3BrandPartnerCardMemberCards_card_id_;
  '{card_id}': V3BrandPartnerCardMemberCards_card_id_;
}

/** `v3/brand/partner/card-member/cards/{card_id}` */
export interface V3BrandPartnerCardMemberCards_card_id_ extends NodeBase, Verbs<'v3/brand/partner/card-member/cards/{card_id}'> {
  /**
   * 查询会员卡模板信息
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/brand/partner/card-member/cards/{card_id}'>['getAsync'];
  /**
   * 修改会员卡模板信息
   *
   * Async twin of `patch`.
   */
  patchAsync: Verbs<'v3/brand/partner/card-member/cards/{card_id}'>['patchAsync'];
  /**
   * 删除会员卡模板
   *
   * Async twin of `delete`.
   */
  deleteAsync: Verbs<'v3/brand/partner/card-member/cards/{card_id}'>['deleteAsync'];
  invalidate: V3BrandPartnerCardMemberCards_card_id_Invalidate;
}

/** `v3/brand/partner/card-member/cards/{card_id}/invalidate` */
export interface V3BrandPartnerCardMemberCards_card_id_Invalidate extends NodeBase, Verbs<'v3/brand/partner/card-member/cards/{card_id}/invalidate'> {
  /**
   * 作废会员卡模板
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/brand/partner/card-member/cards/{card_id}/invalidate'>['postAsync'];
}

/** `v3/brand/partner/card-member/membership-activities` */
export interface V3BrandPartnerCardMemberMembershipActivities extends NodeBase, Verbs<'v3/brand/partner/card-member/membership-activities'> {
  /**
   * 查询品牌会员发券活动列表
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/brand/partner/card-member/membership-activities'>['getAsync'];
  /**
   * 创建品牌会员发券活动
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/brand/partner/card-member/membership-activities'>['postAsync'];
  _activity_id_: V3BrandPartnerCardMemberMembershipActivities_activity_id_;
  '{activity_id}': V3BrandPartnerCardMemberMembershipActivities_activity_id_;
}

/** `v3/brand/partner/card-member/membership-activities/{activity_id}` */
export interface V3BrandPartnerCardMemberMembershipActivities_activity_id_ extends NodeBase, Verbs<'v3/brand/partner/card-member/membership-activities/{activity_id}'> {
  /**
   * 查询品牌会员发券活动
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/brand/partner/card-member/membership-activities/{activity_id}'>['getAsync'];
  /**
   * 修改品牌会员发券活动信息
   *
   * Async twin of `patch`.
   */
  patchAsync: Verbs<'v3/brand/partner/card-member/membership-activities/{activity_id}'>['patchAsync'];
  terminate: V3BrandPartnerCardMemberMembershipActivities_activity_id_Terminate;
}

/** `v3/brand/partner/card-member/membership-activities/{activity_id}/terminate` */
export interface V3BrandPartnerCardMemberMembershipActivities_activity_id_Terminate extends NodeBase, Verbs<'v3/brand/partner/card-member/membership-activities/{activity_id}/terminate'> {
  /**
   * 终止品牌会员发券活动
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/brand/partner/card-member/membership-activities/{activity_id}/terminate'>['postAsync'];
}

/** `v3/brand/partner/card-member/pay-view-tokens` */
export interface V3BrandPartnerCardMemberPayViewTokens extends NodeBase, Verbs<'v3/brand/partner/card-member/pay-view-tokens'> {
  /**
   * 品牌会员展示付款码组件预授权
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/brand/partner/card-member/pay-view-tokens'>['postAsync'];
}

/** `v3/brand/partner/card-member/pre-auth-tokens` */
export interface V3BrandPartnerCardMemberPreAuthTokens extends NodeBase, Verbs<'v3/brand/partner/card-member/pre-auth-tokens'> {
  /**
   * 入会组件预授权
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/brand/partner/card-member/pre-auth-tokens'>['postAsync'];
}

/** `v3/brand/partner/card-member/user-cards` */
export interface V3BrandPartnerCardMemberUserCards extends NodeBase, Verbs<'v3/brand/partner/card-member/user-cards'> {
  /**
   * 查询用户在品牌下所有会员卡
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/brand/partner/card-member/user-cards'>['getAsync'];
  importByOpenid: V3BrandPartnerCardMemberUserCardsImportByOpenid;
  importByPhone: V3BrandPartnerCardMemberUserCardsImportByPhone;
  _user_card_code_: V3BrandPartnerCardMemberUserCards_user_card_code_;
  '{user_card_code}': V3BrandPartnerCardMemberUserCards_user_card_code_;
}

/** `v3/brand/partner/card-member/user-cards/import-by-openid` */
export interface V3BrandPartnerCardMemberUserCardsImportByOpenid extends NodeBase, Verbs<'v3/brand/partner/card-member/user-cards/import-by-openid'> {
  /**
   * 根据openid导入用户会员卡
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/brand/partner/card-member/user-cards/import-by-openid'>['postAsync'];
}

/** `v3/brand/partner/card-member/user-cards/import-by-phone` */
export interface V3BrandPartnerCardMemberUserCardsImportByPhone extends NodeBase, Verbs<'v3/brand/partner/card-member/user-cards/import-by-phone'> {
  /**
   * 根据手机号导入用户会员卡
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/brand/partner/card-member/user-cards/import-by-phone'>['postAsync'];
}

/** `v3/brand/partner/card-member/user-cards/{user_card_code}` */
export interface V3BrandPartnerCardMemberUserCards_user_card_code_ extends NodeBase, Verbs<'v3/brand/partner/card-member/user-cards/{user_card_code}'> {
  /**
   * 查询用户会员卡信息
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/brand/partner/card-member/user-cards/{user_card_code}'>['getAsync'];
  /**
   * 修改用户会员卡信息
   *
   * Async twin of `patch`.
   */
  patchAsync: Verbs<'v3/brand/partner/card-member/user-cards/{user_card_code}'>['patchAsync'];
  confirm: V3BrandPartnerCardMemberUserCards_user_card_code_Confirm;
  invalidate: V3BrandPartnerCardMemberUserCards_user_card_code_Invalidate;
}

/** `v3/brand/partner/card-member/user-cards/{user_card_code}/confirm` */
export interface V3BrandPartnerCardMemberUserCards_user_card_code_Confirm extends NodeBase, Verbs<'v3/brand/partner/card-member/user-cards/{user_card_code}/confirm'> {
  /**
   * 同步会员开通结果
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/brand/partner/card-member/user-cards/{user_card_code}/confirm'>['postAsync'];
}

/** `v3/brand/partner/card-member/user-cards/{user_card_code}/invalidate` */
export interface V3BrandPartnerCardMemberUserCards_user_card_code_Invalidate extends NodeBase, Verbs<'v3/brand/partner/card-member/user-cards/{user_card_code}/invalidate'> {
  /**
   * 作废用户会员卡
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/brand/partner/card-member/user-cards/{user_card_code}/invalidate'>['postAsync'];
}

/** `v3/brand/partner/card-member/user-feeds` */
export interface V3BrandPartnerCardMemberUserFeeds extends NodeBase, Verbs<'v3/brand/partner/card-member/user-feeds'> {
  /**
   * 创建用户动态信息
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/brand/partner/card-member/user-feeds'>['postAsync'];
}

/** `v3/brand/partner/card-member/user-points` */
export interface V3BrandPartnerCardMemberUserPoints extends NodeBase {
  exchangeCoupon: V3BrandPartnerCardMemberUserPointsExchangeCoupon;
  sync: V3BrandPartnerCardMemberUserPointsSync;
}

/** `v3/brand/partner/card-member/user-points/exchange-coupon` */
export interface V3BrandPartnerCardMemberUserPointsExchangeCoupon extends NodeBase {
  confirm: V3BrandPartnerCardMemberUserPointsExchangeCouponConfirm;
}

/** `v3/brand/partner/card-member/user-points/exchange-coupon/confirm` */
export interface V3BrandPartnerCardMemberUserPointsExchangeCouponConfirm extends NodeBase, Verbs<'v3/brand/partner/card-member/user-points/exchange-coupon/confirm'> {
  /**
   * 同步积分兑券结果
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/brand/partner/card-member/user-points/exchange-coupon/confirm'>['postAsync'];
}

/** `v3/brand/partner/card-member/user-points/sync` */
export interface V3BrandPartnerCardMemberUserPointsSync extends NodeBase, Verbs<'v3/brand/partner/card-member/user-points/sync'> {
  /**
   * 同步积分余额
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/brand/partner/card-member/user-points/sync'>['postAsync'];
}

/** `v3/brand/partner/store` */
export interface V3BrandPartnerStore extends NodeBase {
  brandstores: V3BrandPartnerStoreBrandstores;
}

/** `v3/brand/partner/store/brandstores` */
export interface V3BrandPartnerStoreBrandstores extends NodeBase, Verbs<'v3/brand/partner/store/brandstores'> {
  /**
   * 列表查询品牌门店信息
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/brand/partner/store/brandstores'>['getAsync'];
  /**
   * 创建品牌门店
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/brand/partner/store/brandstores'>['postAsync'];
  _store_id_: V3BrandPartnerStoreBrandstores_store_id_;
  '{store_id}': V3BrandPartnerStoreBrandstores_store_id_;
}

/** `v3/brand/partner/store/brandstores/{store_id}` */
export interface V3BrandPartnerStoreBrandstores_store_id_ extends NodeBase, Verbs<'v3/brand/partner/store/brandstores/{store_id}'> {
  /**
   * 查询品牌门店
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/brand/partner/store/brandstores/{store_id}'>['getAsync'];
  /**
   * 更新品牌门店
   *
   * Async twin of `patch`.
   */
  patchAsync: Verbs<'v3/brand/partner/store/brandstores/{store_id}'>['patchAsync'];
  /**
   * 删除品牌门店
   *
   * Async twin of `delete`.
   */
  deleteAsync: Verbs<'v3/brand/partner/store/brandstores/{store_id}'>['deleteAsync'];
  bindrecipient: V3BrandPartnerStoreBrandstores_store_id_Bindrecipient;
  close: V3BrandPartnerStoreBrandstores_store_id_Close;
  resume: V3BrandPartnerStoreBrandstores_store_id_Resume;
  unbindrecipient: V3BrandPartnerStoreBrandstores_store_id_Unbindrecipient;
}

/** `v3/brand/partner/store/brandstores/{store_id}/bindrecipient` */
export interface V3BrandPartnerStoreBrandstores_store_id_Bindrecipient extends NodeBase, Verbs<'v3/brand/partner/store/brandstores/{store_id}/bindrecipient'> {
  /**
   * 绑定收款商户号
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/brand/partner/store/brandstores/{store_id}/bindrecipient'>['postAsync'];
}

/** `v3/brand/partner/store/brandstores/{store_id}/close` */
export interface V3BrandPartnerStoreBrandstores_store_id_Close extends NodeBase, Verbs<'v3/brand/partner/store/brandstores/{store_id}/close'> {
  /**
   * 暂停门店营业
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/brand/partner/store/brandstores/{store_id}/close'>['postAsync'];
}

/** `v3/brand/partner/store/brandstores/{store_id}/resume` */
export interface V3BrandPartnerStoreBrandstores_store_id_Resume extends NodeBase, Verbs<'v3/brand/partner/store/brandstores/{store_id}/resume'> {
  /**
   * 恢复门店营业
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/brand/partner/store/brandstores/{store_id}/resume'>['postAsync'];
}

/** `v3/brand/partner/store/brandstores/{store_id}/unbindrecipient` */
export interface V3BrandPartnerStoreBrandstores_store_id_Unbindrecipient extends NodeBase, Verbs<'v3/brand/partner/store/brandstores/{store_id}/unbindrecipient'> {
  /**
   * 解绑收款商户号
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/brand/partner/store/brandstores/{store_id}/unbindrecipient'>['postAsync'];
}

/** `v3/brand/profitsharing` */
export interface V3BrandProfitsharing extends NodeBase {
  brandConfigs: V3BrandProfitsharingBrandConfigs;
  finishOrder: V3BrandProfitsharingFinishOrder;
  orders: V3BrandProfitsharingOrders;
  receivers: V3BrandProfitsharingReceivers;
  returnorders: V3BrandProfitsharingReturnorders;
}

/** `v3/brand/profitsharing/brand-configs` */
export interface V3BrandProfitsharingBrandConfigs extends NodeBase {
  _brand_mchid_: V3BrandProfitsharingBrandConfigs_brand_mchid_;
  '{brand_mchid}': V3BrandProfitsharingBrandConfigs_brand_mchid_;
}

/** `v3/brand/profitsharing/brand-configs/{brand_mchid}` */
export interface V3BrandProfitsharingBrandConfigs_brand_mchid_ extends NodeBase, Verbs<'v3/brand/profitsharing/brand-configs/{brand_mchid}'> {
  /**
   * 查询最大分账比例API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter8_7_10.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/brand/profitsharing/brand-configs/{brand_mchid}'>['getAsync'];
}

/** `v3/brand/profitsharing/finish-order` */
export interface V3BrandProfitsharingFinishOrder extends NodeBase, Verbs<'v3/brand/profitsharing/finish-order'> {
  /**
   * 完结分账API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/brand/chapter3_5.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/brand/profitsharing/finish-order'>['postAsync'];
}

/** `v3/brand/profitsharing/orders` */
export interface V3BrandProfitsharingOrders extends NodeBase, Verbs<'v3/brand/profitsharing/orders'> {
  /**
   * 查询分账结果API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/brand/chapter3_2.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/brand/profitsharing/orders'>['getAsync'];
  /**
   * 请求分账API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/brand/chapter3_1.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/brand/profitsharing/orders'>['postAsync'];
  _transaction_id_: V3BrandProfitsharingOrders_transaction_id_;
  '{transaction_id}': V3BrandProfitsharingOrders_transaction_id_;
}

/** `v3/brand/profitsharing/orders/{transaction_id}` */
export interface V3BrandProfitsharingOrders_transaction_id_ extends NodeBase {
  amounts: V3BrandProfitsharingOrders_transaction_id_Amounts;
}

/** `v3/brand/profitsharing/orders/{transaction_id}/amounts` */
export interface V3BrandProfitsharingOrders_transaction_id_Amounts extends NodeBase, Verbs<'v3/brand/profitsharing/orders/{transaction_id}/amounts'> {
  /**
   * 查询订单剩余待分金额API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter8_7_9.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/brand/profitsharing/orders/{transaction_id}/amounts'>['getAsync'];
}

/** `v3/brand/profitsharing/receivers` */
export interface V3BrandProfitsharingReceivers extends NodeBase {
  add: V3BrandProfitsharingReceiversAdd;
  delete: V3BrandProfitsharingReceiversDelete;
}

/** `v3/brand/profitsharing/receivers/add` */
export interface V3BrandProfitsharingReceiversAdd extends NodeBase, Verbs<'v3/brand/profitsharing/receivers/add'> {
  /**
   * 添加分账接收方API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/brand/chapter3_7.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/brand/profitsharing/receivers/add'>['postAsync'];
}

/** `v3/brand/profitsharing/receivers/delete` */
export interface V3BrandProfitsharingReceiversDelete extends NodeBase, Verbs<'v3/brand/profitsharing/receivers/delete'> {
  /**
   * 删除分账接收方API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/brand/chapter3_8.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/brand/profitsharing/receivers/delete'>['postAsync'];
}

/** `v3/brand/profitsharing/returnorders` */
export interface V3BrandProfitsharingReturnorders extends NodeBase, Verbs<'v3/brand/profitsharing/returnorders'> {
  /**
   * 查询分账回退结果API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/brand/chapter3_4.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/brand/profitsharing/returnorders'>['getAsync'];
  /**
   * 请求分账回退API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/brand/chapter3_3.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/brand/profitsharing/returnorders'>['postAsync'];
}

/** `v3/businesscircle` */
export interface V3Businesscircle extends NodeBase {
  parkings: V3BusinesscircleParkings;
  points: V3BusinesscirclePoints;
  userAuthorizations: V3BusinesscircleUserAuthorizations;
  users: V3BusinesscircleUsers;
}

/** `v3/businesscircle/parkings` */
export interface V3BusinesscircleParkings extends NodeBase, Verbs<'v3/businesscircle/parkings'> {
  /**
   * 商圈会员停车状态同步
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/smart-business-circle/parkings/update-parkings.html | 官方文档}
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/smart-business-circle/parkings/update-parkings.html | 官方文档}
   */
  postAsync: Verbs<'v3/businesscircle/parkings'>['postAsync'];
}

/** `v3/businesscircle/points` */
export interface V3BusinesscirclePoints extends NodeBase {
  notify: V3BusinesscirclePointsNotify;
}

/** `v3/businesscircle/points/notify` */
export interface V3BusinesscirclePointsNotify extends NodeBase, Verbs<'v3/businesscircle/points/notify'> {
  /**
   * 商圈会员积分同步
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/smart-business-circle/points/notify-points.html | 官方文档}
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/smart-business-circle/points/notify-points.html | 官方文档}
   */
  postAsync: Verbs<'v3/businesscircle/points/notify'>['postAsync'];
}

/** `v3/businesscircle/user-authorizations` */
export interface V3BusinesscircleUserAuthorizations extends NodeBase {
  _openid_: V3BusinesscircleUserAuthorizations_openid_;
  '{openid}': V3BusinesscircleUserAuthorizations_openid_;
}

/** `v3/businesscircle/user-authorizations/{openid}` */
export interface V3BusinesscircleUserAuthorizations_openid_ extends NodeBase, Verbs<'v3/businesscircle/user-authorizations/{openid}'> {
  /**
   * 商圈积分授权查询
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/smart-business-circle/user-authorizations/query-user-authorization.html | 官方文档}
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/smart-business-circle/user-authorizations/query-user-authorization.html | 官方文档}
   */
  getAsync: Verbs<'v3/businesscircle/user-authorizations/{openid}'>['getAsync'];
}

/** `v3/businesscircle/users` */
export interface V3BusinesscircleUsers extends NodeBase {
  _openid_: V3BusinesscircleUsers_openid_;
  '{openid}': V3BusinesscircleUsers_openid_;
}

/** `v3/businesscircle/users/{openid}` */
export interface V3BusinesscircleUsers_openid_ extends NodeBase {
  points: V3BusinesscircleUsers_openid_Points;
}

/** `v3/businesscircle/users/{openid}/points` */
export interface V3BusinesscircleUsers_openid_Points extends NodeBase {
  commit_status: V3BusinesscircleUsers_openid_PointsCommit_status;
}

/** `v3/businesscircle/users/{openid}/points/commit_status` */
export interface V3BusinesscircleUsers_openid_PointsCommit_status extends NodeBase, Verbs<'v3/businesscircle/users/{openid}/points/commit_status'> {
  /**
   * 商圈会员待积分状态查询
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/smart-business-circle/points/get-points-commit-status.html | 官方文档}
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/smart-business-circle/points/get-points-commit-status.html | 官方文档}
   */
  getAsync: Verbs<'v3/businesscircle/users/{openid}/points/commit_status'>['getAsync'];
}

/** `v3/capital` */
export interface V3Capital extends NodeBase {
  capitallhh: V3CapitalCapitallhh;
}

/** `v3/capital/capitallhh` */
export interface V3CapitalCapitallhh extends NodeBase {
  areas: V3CapitalCapitallhhAreas;
  banks: V3CapitalCapitallhhBanks;
}

/** `v3/capital/capitallhh/areas` */
export interface V3CapitalCapitallhhAreas extends NodeBase {
  provinces: V3CapitalCapitallhhAreasProvinces;
}

/** `v3/capital/capitallhh/areas/provinces` */
export interface V3CapitalCapitallhhAreasProvinces extends NodeBase, Verbs<'v3/capital/capitallhh/areas/provinces'> {
  /**
   * 查询省份列表API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter11_2_4.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/capital/capitallhh/areas/provinces'>['getAsync'];
  _province_code_: V3CapitalCapitallhhAreasProvinces_province_code_;
  '{province_code}': V3CapitalCapitallhhAreasProvinces_province_code_;
}

/** `v3/capital/capitallhh/areas/provinces/{province_code}` */
export interface V3CapitalCapitallhhAreasProvinces_province_code_ extends NodeBase {
  cities: V3CapitalCapitallhhAreasProvinces_province_code_Cities;
}

/** `v3/capital/capitallhh/areas/provinces/{province_code}/cities` */
export interface V3CapitalCapitallhhAreasProvinces_province_code_Cities extends NodeBase, Verbs<'v3/capital/capitallhh/areas/provinces/{province_code}/cities'> {
  /**
   * 查询城市列表API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter11_2_5.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/capital/capitallhh/areas/provinces/{province_code}/cities'>['getAsync'];
}

/** `v3/capital/capitallhh/banks` */
export interface V3CapitalCapitallhhBanks extends NodeBase {
  corporateBanking: V3CapitalCapitallhhBanksCorporateBanking;
  personalBanking: V3CapitalCapitallhhBanksPersonalBanking;
  searchBanksByBankAccount: V3CapitalCapitallhhBanksSearchBanksByBankAccount;
  _bank_alias_code_: V3CapitalCapitallhhBanks_bank_alias_code_;
  '{bank_alias_code}': V3CapitalCapitallhhBanks_bank_alias_code_;
}

/** `v3/capital/capitallhh/banks/corporate-banking` */
export interface V3CapitalCapitallhhBanksCorporateBanking extends NodeBase, Verbs<'v3/capital/capitallhh/banks/corporate-banking'> {
  /**
   * 查询支持对公业务的银行列表API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter11_2_3.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/capital/capitallhh/banks/corporate-banking'>['getAsync'];
}

/** `v3/capital/capitallhh/banks/personal-banking` */
export interface V3CapitalCapitallhhBanksPersonalBanking extends NodeBase, Verbs<'v3/capital/capitallhh/banks/personal-banking'> {
  /**
   * 查询支持个人业务的银行列表API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter11_2_2.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/capital/capitallhh/banks/personal-banking'>['getAsync'];
}

/** `v3/capital/capitallhh/banks/search-banks-by-bank-account` */
export interface V3CapitalCapitallhhBanksSearchBanksByBankAccount extends NodeBase, Verbs<'v3/capital/capitallhh/banks/search-banks-by-bank-account'> {
  /**
   * 获取对私银行卡号开户银行API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter11_2_1.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/capital/capitallhh/banks/search-banks-by-bank-account'>['getAsync'];
}

/** `v3/capital/capitallhh/banks/{bank_alias_code}` */
export interface V3CapitalCapitallhhBanks_bank_alias_code_ extends NodeBase {
  branches: V3CapitalCapitallhhBanks_bank_alias_code_Branches;
}

/** `v3/capital/capitallhh/banks/{bank_alias_code}/branches` */
export interface V3CapitalCapitallhhBanks_bank_alias_code_Branches extends NodeBase, Verbs<'v3/capital/capitallhh/banks/{bank_alias_code}/branches'> {
  /**
   * 查询支行列表API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter11_2_6.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/capital/capitallhh/banks/{bank_alias_code}/branches'>['getAsync'];
}

/** `v3/catering` */
export interface V3Catering extends NodeBase {
  orders: V3CateringOrders;
}

/** `v3/catering/orders` */
export interface V3CateringOrders extends NodeBase {
  syncStatus: V3CateringOrdersSyncStatus;
}

/** `v3/catering/orders/sync-status` */
export interface V3CateringOrdersSyncStatus extends NodeBase, Verbs<'v3/catering/orders/sync-status'> {
  /**
   * 点餐订单信息同步（渠道商/服务商）
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/catering_sl.php?chapter=26_3&index=1 | 渠道商模式}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/catering.php?chapter=26_1 | 服务商模式}
   */
  postAsync: Verbs<'v3/catering/orders/sync-status'>['postAsync'];
}

/** `v3/certificates` */
export interface V3Certificates extends NodeBase, Verbs<'v3/certificates'> {
  /**
   * 获取平台证书列表
   *
   * Async twin of `get`.
   * @see {@link https://wechatpay-api.gitbook.io/wechatpay-api-v3/jie-kou-wen-dang/ping-tai-zheng-shu | 官方开发文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/applyments/chapter3_3.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/certificates'>['getAsync'];
}

/** `v3/combine-transactions` */
export interface V3CombineTransactions extends NodeBase {
  app: V3CombineTransactionsApp;
  h5: V3CombineTransactionsH5;
  id: V3CombineTransactionsId;
  jsapi: V3CombineTransactionsJsapi;
  miniprogram: V3CombineTransactionsMiniprogram;
  native: V3CombineTransactionsNative;
  outTradeNo: V3CombineTransactionsOutTradeNo;
}

/** `v3/combine-transactions/app` */
export interface V3CombineTransactionsApp extends NodeBase, Verbs<'v3/combine-transactions/app'> {
  /**
   * 合单下单-APP支付API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/combine/chapter3_1.shtml | 官方文档}
   * @see {@link https://pay.weixin.qq.com/doc/v3/merchant/4012556944 | 官方文档}
   * @see {@link https://pay.weixin.qq.com/doc/v3/partner/4012758021 | 官方文档}
   * @see {@link https://pay.weixin.qq.com/doc/v3/partner/4012760622 | 官方文档}
   * @see {@link https://pay.weixin.qq.com/doc/v3/merchant/4012545465 | 官方文档}
   * @see {@link https://pay.weixin.qq.com/doc/v3/partner/4012707307 | 官方文档}
   */
  postAsync: Verbs<'v3/combine-transactions/app'>['postAsync'];
}

/** `v3/combine-transactions/h5` */
export interface V3CombineTransactionsH5 extends NodeBase, Verbs<'v3/combine-transactions/h5'> {
  /**
   * 合单下单-H5支付API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/combine/chapter3_9.shtml | 官方文档}
   * @see {@link https://pay.weixin.qq.com/doc/v3/merchant/4012556961 | 官方文档}
   * @see {@link https://pay.weixin.qq.com/doc/v3/partner/4012758208 | 官方文档}
   * @see {@link https://pay.weixin.qq.com/doc/v3/partner/4012760626 | 官方文档}
   * @see {@link https://pay.weixin.qq.com/doc/v3/merchant/4012545879 | 官方文档}
   * @see {@link https://pay.weixin.qq.com/doc/v3/partner/4012707565 | 官方文档}
   */
  postAsync: Verbs<'v3/combine-transactions/h5'>['postAsync'];
}

/** `v3/combine-transactions/id` */
export interface V3CombineTransactionsId extends NodeBase {
  _combine_transaction_id_: V3CombineTransactionsId_combine_transaction_id_;
  '{combine_transaction_id}': V3CombineTransactionsId_combine_transaction_id_;
}

/** `v3/combine-transactions/id/{combine_transaction_id}` */
export interface V3CombineTransactionsId_combine_transaction_id_ extends NodeBase, Verbs<'v3/combine-transactions/id/{combine_transaction_id}'> {
  /**
   * 个人收款交易通过微信支付订单号查单
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/personal-collections/query-by-wx-trade-no.html | 官方文档}
   */
  getAsync: Verbs<'v3/combine-transactions/id/{combine_transaction_id}'>['getAsync'];
}

/** `v3/combine-transactions/jsapi` */
export interface V3CombineTransactionsJsapi extends NodeBase, Verbs<'v3/combine-transactions/jsapi'> {
  /**
   * 合单下单-JSAPI支付API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/combine/chapter3_2.shtml | 官方文档}
   * @see {@link https://pay.weixin.qq.com/doc/v3/partner/4012760633 | 官方文档}
   * @see {@link https://pay.weixin.qq.com/doc/v3/merchant/4012556926 | 官方文档}
   * @see {@link https://pay.weixin.qq.com/doc/v3/partner/4012757938 | 官方文档}
   * @see {@link https://pay.weixin.qq.com/doc/v3/partner/4012760615 | 官方文档}
   * @see {@link https://pay.weixin.qq.com/doc/v3/merchant/4012545654 | 官方文档}
   * @see {@link https://pay.weixin.qq.com/doc/v3/partner/4012707323 | 官方文档}
   */
  postAsync: Verbs<'v3/combine-transactions/jsapi'>['postAsync'];
}

/** `v3/combine-transactions/miniprogram` */
export interface V3CombineTransactionsMiniprogram extends NodeBase, Verbs<'v3/combine-transactions/miniprogram'> {
  /**
   * 个人收款交易下单-小程序
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/personal-collections/mini-program-prepay.html | 官方文档}
   */
  postAsync: Verbs<'v3/combine-transactions/miniprogram'>['postAsync'];
}

/** `v3/combine-transactions/native` */
export interface V3CombineTransactionsNative extends NodeBase, Verbs<'v3/combine-transactions/native'> {
  /**
   * 合单下单-Native支付API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/combine/chapter3_10.shtml | 官方文档}
   * @see {@link https://pay.weixin.qq.com/doc/v3/merchant/4012556982 | 官方文档}
   * @see {@link https://pay.weixin.qq.com/doc/v3/partner/4012758240 | 官方文档}
   * @see {@link https://pay.weixin.qq.com/doc/v3/partner/4012760629 | 官方文档}
   * @see {@link https://pay.weixin.qq.com/doc/v3/merchant/4012545465 | 官方文档}
   * @see {@link https://pay.weixin.qq.com/doc/v3/partner/4012708704 | 官方文档}
   */
  postAsync: Verbs<'v3/combine-transactions/native'>['postAsync'];
}

/** `v3/combine-transactions/out-trade-no` */
export interface V3CombineTransactionsOutTradeNo extends NodeBase {
  _combine_out_trade_no_: V3CombineTransactionsOutTradeNo_combine_out_trade_no_;
  '{combine_out_trade_no}': V3CombineTransactionsOutTradeNo_combine_out_trade_no_;
}

/** `v3/combine-transactions/out-trade-no/{combine_out_trade_no}` */
export interface V3CombineTransactionsOutTradeNo_combine_out_trade_no_ extends NodeBase, Verbs<'v3/combine-transactions/out-trade-no/{combine_out_trade_no}'> {
  /**
   * 合单查询订单API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/personal-collections/query-by-out-trade-no.html | 官方文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/combine/chapter3_3.shtml | 官方文档}
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/combine-payment/orders/query-order.html | 官方文档}
   */
  getAsync: Verbs<'v3/combine-transactions/out-trade-no/{combine_out_trade_no}'>['getAsync'];
  close: V3CombineTransactionsOutTradeNo_combine_out_trade_no_Close;
}

/** `v3/combine-transactions/out-trade-no/{combine_out_trade_no}/close` */
export interface V3CombineTransactionsOutTradeNo_combine_out_trade_no_Close extends NodeBase, Verbs<'v3/combine-transactions/out-trade-no/{combine_out_trade_no}/close'> {
  /**
   * 合单关闭订单API
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/combine-transactions/out-trade-no/{combine_out_trade_no}/close'>['postAsync'];
}

/** `v3/compliance` */
export interface V3Compliance extends NodeBase {
  inactiveMerchantIdentityVerification: V3ComplianceInactiveMerchantIdentityVerification;
}

/** `v3/compliance/inactive-merchant-identity-verification` */
export interface V3ComplianceInactiveMerchantIdentityVerification extends NodeBase {
  merchants: V3ComplianceInactiveMerchantIdentityVerificationMerchants;
}

/** `v3/compliance/inactive-merchant-identity-verification/merchants` */
export interface V3ComplianceInactiveMerchantIdentityVerificationMerchants extends NodeBase, Verbs<'v3/compliance/inactive-merchant-identity-verification/merchants'> {
  /**
   * 发起不活跃商户身份核实
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/inactive-merchant-identity-verification/inactive-mch-identity-verification/create-inactive-merchant-identity-verification.html | 官方文档}
   */
  postAsync: Verbs<'v3/compliance/inactive-merchant-identity-verification/merchants'>['postAsync'];
  _sub_mchid_: V3ComplianceInactiveMerchantIdentityVerificationMerchants_sub_mchid_;
  '{sub_mchid}': V3ComplianceInactiveMerchantIdentityVerificationMerchants_sub_mchid_;
}

/** `v3/compliance/inactive-merchant-identity-verification/merchants/{sub_mchid}` */
export interface V3ComplianceInactiveMerchantIdentityVerificationMerchants_sub_mchid_ extends NodeBase {
  verifications: V3ComplianceInactiveMerchantIdentityVerificationMerchants_sub_mchid_Verifications;
}

/** `v3/compliance/inactive-merchant-identity-verification/merchants/{sub_mchid}/verifications` */
export interface V3ComplianceInactiveMerchantIdentityVerificationMerchants_sub_mchid_Verifications extends NodeBase {
  _verification_id_: V3ComplianceInactiveMerchantIdentityVerificationMerchants_sub_mchid_Verifications_verification_id_;
  '{verification_id}': V3ComplianceInactiveMerchantIdentityVerificationMerchants_sub_mchid_Verifications_verification_id_;
}

/** `v3/compliance/inactive-merchant-identity-verification/merchants/{sub_mchid}/verifications/{verification_id}` */
export interface V3ComplianceInactiveMerchantIdentityVerificationMerchants_sub_mchid_Verifications_verification_id_ extends NodeBase, Verbs<'v3/compliance/inactive-merchant-identity-verification/merchants/{sub_mchid}/verifications/{verification_id}'> {
  /**
   * 查询不活跃商户身份核实结果
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/inactive-merchant-identity-verification/inactive-mch-identity-verification/query-inactive-merchant-identity-verification.html | 官方文档}
   */
  getAsync: Verbs<'v3/compliance/inactive-merchant-identity-verification/merchants/{sub_mchid}/verifications/{verification_id}'>['getAsync'];
}

/** `v3/credit-repayment` */
export interface V3CreditRepayment extends NodeBase {
  partner: V3CreditRepaymentPartner;
}

/** `v3/credit-repayment/partner` */
export interface V3CreditRepaymentPartner extends NodeBase {
  contracts: V3CreditRepaymentPartnerContracts;
  deductOrders: V3CreditRepaymentPartnerDeductOrders;
  scheduleRecords: V3CreditRepaymentPartnerScheduleRecords;
}

/** `v3/credit-repayment/partner/contracts` */
export interface V3CreditRepaymentPartnerContracts extends NodeBase {
  appPresign: V3CreditRepaymentPartnerContractsAppPresign;
  h5Presign: V3CreditRepaymentPartnerContractsH5Presign;
  terminate: V3CreditRepaymentPartnerContractsTerminate;
  _out_contract_code_: V3CreditRepaymentPartnerContracts_out_contract_code_;
  '{out_contract_code}': V3CreditRepaymentPartnerContracts_out_contract_code_;
}

/** `v3/credit-repayment/partner/contracts/app-presign` */
export interface V3CreditRepaymentPartnerContractsAppPresign extends NodeBase, Verbs<'v3/credit-repayment/partner/contracts/app-presign'> {
  /**
   * APP预签约自动还款协议
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/credit-repayment/partner/contracts/app-presign'>['postAsync'];
}

/** `v3/credit-repayment/partner/contracts/h5-presign` */
export interface V3CreditRepaymentPartnerContractsH5Presign extends NodeBase, Verbs<'v3/credit-repayment/partner/contracts/h5-presign'> {
  /**
   * H5预签约自动还款协议
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/credit-repayment/partner/contracts/h5-presign'>['postAsync'];
}

/** `v3/credit-repayment/partner/contracts/terminate` */
export interface V3CreditRepaymentPartnerContractsTerminate extends NodeBase, Verbs<'v3/credit-repayment/partner/contracts/terminate'> {
  /**
   * 解除自动还款协议
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/credit-repayment/partner/contracts/terminate'>['postAsync'];
}

/** `v3/credit-repayment/partner/contracts/{out_contract_code}` */
export interface V3CreditRepaymentPartnerContracts_out_contract_code_ extends NodeBase, Verbs<'v3/credit-repayment/partner/contracts/{out_contract_code}'> {
  /**
   * 查询自动还款协议
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/credit-repayment/partner/contracts/{out_contract_code}'>['getAsync'];
}

/** `v3/credit-repayment/partner/deduct-orders` */
export interface V3CreditRepaymentPartnerDeductOrders extends NodeBase, Verbs<'v3/credit-repayment/partner/deduct-orders'> {
  /**
   * 发起还款
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/credit-repayment/partner/deduct-orders'>['postAsync'];
  _out_trade_no_: V3CreditRepaymentPartnerDeductOrders_out_trade_no_;
  '{out_trade_no}': V3CreditRepaymentPartnerDeductOrders_out_trade_no_;
}

/** `v3/credit-repayment/partner/deduct-orders/{out_trade_no}` */
export interface V3CreditRepaymentPartnerDeductOrders_out_trade_no_ extends NodeBase, Verbs<'v3/credit-repayment/partner/deduct-orders/{out_trade_no}'> {
  /**
   * 查询还款单
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/credit-repayment/partner/deduct-orders/{out_trade_no}'>['getAsync'];
}

/** `v3/credit-repayment/partner/schedule-records` */
export interface V3CreditRepaymentPartnerScheduleRecords extends NodeBase {
  batchCreate: V3CreditRepaymentPartnerScheduleRecordsBatchCreate;
  _out_record_id_: V3CreditRepaymentPartnerScheduleRecords_out_record_id_;
  '{out_record_id}': V3CreditRepaymentPartnerScheduleRecords_out_record_id_;
}

/** `v3/credit-repayment/partner/schedule-records/batch-create` */
export interface V3CreditRepaymentPartnerScheduleRecordsBatchCreate extends NodeBase, Verbs<'v3/credit-repayment/partner/schedule-records/batch-create'> {
  /**
   * 预约还款
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/credit-repayment/partner/schedule-records/batch-create'>['postAsync'];
}

/** `v3/credit-repayment/partner/schedule-records/{out_record_id}` */
export interface V3CreditRepaymentPartnerScheduleRecords_out_record_id_ extends NodeBase, Verbs<'v3/credit-repayment/partner/schedule-records/{out_record_id}'> {
  /**
   * 查询预约还款记录
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/credit-repayment/partner/schedule-records/{out_record_id}'>['getAsync'];
}

/** `v3/discount-card` */
export interface V3DiscountCard extends NodeBase {
  cards: V3DiscountCardCards;
  orders: V3DiscountCardOrders;
}

/** `v3/discount-card/cards` */
export interface V3DiscountCardCards extends NodeBase, Verbs<'v3/discount-card/cards'> {
  /**
   * 预受理领卡请求API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/discount-card/chapter3_1.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/discount-card/cards'>['postAsync'];
  _out_card_code_: V3DiscountCardCards_out_card_code_;
  '{out_card_code}': V3DiscountCardCards_out_card_code_;
}

/** `v3/discount-card/cards/{out_card_code}` */
export interface V3DiscountCardCards_out_card_code_ extends NodeBase, Verbs<'v3/discount-card/cards/{out_card_code}'> {
  /**
   * 查询先享卡订单API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/discount-card/chapter3_3.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/discount-card/cards/{out_card_code}'>['getAsync'];
  addUserRecords: V3DiscountCardCards_out_card_code_AddUserRecords;
}

/** `v3/discount-card/cards/{out_card_code}/add-user-records` */
export interface V3DiscountCardCards_out_card_code_AddUserRecords extends NodeBase, Verbs<'v3/discount-card/cards/{out_card_code}/add-user-records'> {
  /**
   * 增加用户记录API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/discount-card/chapter3_2.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/discount-card/cards/{out_card_code}/add-user-records'>['postAsync'];
}

/** `v3/discount-card/orders` */
export interface V3DiscountCardOrders extends NodeBase {
  outTradeNo: V3DiscountCardOrdersOutTradeNo;
  _out_order_no_: V3DiscountCardOrders_out_order_no_;
  '{out_order_no}': V3DiscountCardOrders_out_order_no_;
}

/** `v3/discount-card/orders/out-trade-no` */
export interface V3DiscountCardOrdersOutTradeNo extends NodeBase {
  _out_trade_no_: V3DiscountCardOrdersOutTradeNo_out_trade_no_;
  '{out_trade_no}': V3DiscountCardOrdersOutTradeNo_out_trade_no_;
}

/** `v3/discount-card/orders/out-trade-no/{out_trade_no}` */
export interface V3DiscountCardOrdersOutTradeNo_out_trade_no_ extends NodeBase, Verbs<'v3/discount-card/orders/out-trade-no/{out_trade_no}'> {
  /**
   * 通过先享卡订单号查询订单API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/payscore/discount-card/chapter3_1.shtml | 官方文档}
   * @deprecated
   */
  getAsync: Verbs<'v3/discount-card/orders/out-trade-no/{out_trade_no}'>['getAsync'];
}

/** `v3/discount-card/orders/{out_order_no}` */
export interface V3DiscountCardOrders_out_order_no_ extends NodeBase, Verbs<'v3/discount-card/orders/{out_order_no}'> {
  /**
   * 通过先享卡订单号查询订单API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/payscore/discount-card/chapter3_1.shtml | 官方文档}
   * @deprecated
   */
  getAsync: Verbs<'v3/discount-card/orders/{out_order_no}'>['getAsync'];
  /**
   * 更新先享卡订单API
   *
   * Async twin of `patch`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/payscore/discount-card/chapter3_2.shtml | 官方文档}
   * @deprecated
   */
  patchAsync: Verbs<'v3/discount-card/orders/{out_order_no}'>['patchAsync'];
}

/** `v3/ebike` */
export interface V3Ebike extends NodeBase {
  charge: V3EbikeCharge;
}

/** `v3/ebike/charge` */
export interface V3EbikeCharge extends NodeBase {
  contracts: V3EbikeChargeContracts;
  transactions: V3EbikeChargeTransactions;
  users: V3EbikeChargeUsers;
}

/** `v3/ebike/charge/contracts` */
export interface V3EbikeChargeContracts extends NodeBase {
  preopen: V3EbikeChargeContractsPreopen;
  _contract_id_: V3EbikeChargeContracts_contract_id_;
  '{contract_id}': V3EbikeChargeContracts_contract_id_;
}

/** `v3/ebike/charge/contracts/preopen` */
export interface V3EbikeChargeContractsPreopen extends NodeBase, Verbs<'v3/ebike/charge/contracts/preopen'> {
  /**
   * 预开通服务API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/vehicle/ebike/chapter3_3.shtml | 官方文档}
   * @deprecated
   */
  postAsync: Verbs<'v3/ebike/charge/contracts/preopen'>['postAsync'];
}

/** `v3/ebike/charge/contracts/{contract_id}` */
export interface V3EbikeChargeContracts_contract_id_ extends NodeBase, Verbs<'v3/ebike/charge/contracts/{contract_id}'> {
  /**
   * 通过签约号查询用户状态API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/vehicle/ebike/chapter3_2.shtml | 官方文档}
   * @deprecated
   */
  getAsync: Verbs<'v3/ebike/charge/contracts/{contract_id}'>['getAsync'];
  confirm: V3EbikeChargeContracts_contract_id_Confirm;
}

/** `v3/ebike/charge/contracts/{contract_id}/confirm` */
export interface V3EbikeChargeContracts_contract_id_Confirm extends NodeBase, Verbs<'v3/ebike/charge/contracts/{contract_id}/confirm'> {
  /**
   * 创建用户当次充电代扣凭证API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/vehicle/ebike/chapter3_4.shtml | 官方文档}
   * @deprecated
   */
  postAsync: Verbs<'v3/ebike/charge/contracts/{contract_id}/confirm'>['postAsync'];
}

/** `v3/ebike/charge/transactions` */
export interface V3EbikeChargeTransactions extends NodeBase, Verbs<'v3/ebike/charge/transactions'> {
  /**
   * 充电自行车代扣受理扣款API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/vehicle/ebike/chapter3_5.shtml | 官方文档}
   * @deprecated
   */
  postAsync: Verbs<'v3/ebike/charge/transactions'>['postAsync'];
  id: V3EbikeChargeTransactionsId;
  outTradeNo: V3EbikeChargeTransactionsOutTradeNo;
}

/** `v3/ebike/charge/transactions/id` */
export interface V3EbikeChargeTransactionsId extends NodeBase {
  _transaction_id_: V3EbikeChargeTransactionsId_transaction_id_;
  '{transaction_id}': V3EbikeChargeTransactionsId_transaction_id_;
}

/** `v3/ebike/charge/transactions/id/{transaction_id}` */
export interface V3EbikeChargeTransactionsId_transaction_id_ extends NodeBase, Verbs<'v3/ebike/charge/transactions/id/{transaction_id}'> {
  /**
   * 查询订单API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/vehicle/ebike/chapter3_6.shtml | 官方文档}
   * @deprecated
   */
  getAsync: Verbs<'v3/ebike/charge/transactions/id/{transaction_id}'>['getAsync'];
}

/** `v3/ebike/charge/transactions/out-trade-no` */
export interface V3EbikeChargeTransactionsOutTradeNo extends NodeBase {
  _out_trade_no_: V3EbikeChargeTransactionsOutTradeNo_out_trade_no_;
  '{out_trade_no}': V3EbikeChargeTransactionsOutTradeNo_out_trade_no_;
}

/** `v3/ebike/charge/transactions/out-trade-no/{out_trade_no}` */
export interface V3EbikeChargeTransactionsOutTradeNo_out_trade_no_ extends NodeBase, Verbs<'v3/ebike/charge/transactions/out-trade-no/{out_trade_no}'> {
  /**
   * 查询订单API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/vehicle/ebike/chapter3_6.shtml | 官方文档}
   * @deprecated
   */
  getAsync: Verbs<'v3/ebike/charge/transactions/out-trade-no/{out_trade_no}'>['getAsync'];
}

/** `v3/ebike/charge/users` */
export interface V3EbikeChargeUsers extends NodeBase {
  _openid_: V3EbikeChargeUsers_openid_;
  '{openid}': V3EbikeChargeUsers_openid_;
}

/** `v3/ebike/charge/users/{openid}` */
export interface V3EbikeChargeUsers_openid_ extends NodeBase {
  contract: V3EbikeChargeUsers_openid_Contract;
}

/** `v3/ebike/charge/users/{openid}/contract` */
export interface V3EbikeChargeUsers_openid_Contract extends NodeBase, Verbs<'v3/ebike/charge/users/{openid}/contract'> {
  /**
   * 通过用户标识查询用户状态API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/vehicle/ebike/chapter3_1.shtml | 官方文档}
   * @deprecated
   */
  getAsync: Verbs<'v3/ebike/charge/users/{openid}/contract'>['getAsync'];
}

/** `v3/ecommerce` */
export interface V3Ecommerce extends NodeBase {
  account: V3EcommerceAccount;
  applyments: V3EcommerceApplyments;
  bill: V3EcommerceBill;
  combinePapay: V3EcommerceCombinePapay;
  fund: V3EcommerceFund;
  individualContracts: V3EcommerceIndividualContracts;
  mchTransfer: V3EcommerceMchTransfer;
  profitsharing: V3EcommerceProfitsharing;
  refunds: V3EcommerceRefunds;
  subjectSubMerchants: V3EcommerceSubjectSubMerchants;
  subsidies: V3EcommerceSubsidies;
}

/** `v3/ecommerce/account` */
export interface V3EcommerceAccount extends NodeBase {
  applyCancelWithdraw: V3EcommerceAccountApplyCancelWithdraw;
  cancelApplications: V3EcommerceAccountCancelApplications;
}

/** `v3/ecommerce/account/apply-cancel-withdraw` */
export interface V3EcommerceAccountApplyCancelWithdraw extends NodeBase, Verbs<'v3/ecommerce/account/apply-cancel-withdraw'> {
  /**
   * 提交注销提现申请
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/ecommerce/account/apply-cancel-withdraw'>['postAsync'];
  applymentId: V3EcommerceAccountApplyCancelWithdrawApplymentId;
  confirm: V3EcommerceAccountApplyCancelWithdrawConfirm;
  outRequestNo: V3EcommerceAccountApplyCancelWithdrawOutRequestNo;
  validateCancel: V3EcommerceAccountApplyCancelWithdrawValidateCancel;
}

/** `v3/ecommerce/account/apply-cancel-withdraw/applyment-id` */
export interface V3EcommerceAccountApplyCancelWithdrawApplymentId extends NodeBase {
  _applyment_id_: V3EcommerceAccountApplyCancelWithdrawApplymentId_applyment_id_;
  '{applyment_id}': V3EcommerceAccountApplyCancelWithdrawApplymentId_applyment_id_;
}

/** `v3/ecommerce/account/apply-cancel-withdraw/applyment-id/{applyment_id}` */
export interface V3EcommerceAccountApplyCancelWithdrawApplymentId_applyment_id_ extends NodeBase, Verbs<'v3/ecommerce/account/apply-cancel-withdraw/applyment-id/{applyment_id}'> {
  /**
   * 微信支付注销提现申请单号查询申请单状态
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/ecommerce/account/apply-cancel-withdraw/applyment-id/{applyment_id}'>['getAsync'];
}

/** `v3/ecommerce/account/apply-cancel-withdraw/confirm` */
export interface V3EcommerceAccountApplyCancelWithdrawConfirm extends NodeBase, Verbs<'v3/ecommerce/account/apply-cancel-withdraw/confirm'> {
  /**
   * 平台代商户确认注销
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/ecommerce/account/apply-cancel-withdraw/confirm'>['postAsync'];
}

/** `v3/ecommerce/account/apply-cancel-withdraw/out-request-no` */
export interface V3EcommerceAccountApplyCancelWithdrawOutRequestNo extends NodeBase {
  _out_request_no_: V3EcommerceAccountApplyCancelWithdrawOutRequestNo_out_request_no_;
  '{out_request_no}': V3EcommerceAccountApplyCancelWithdrawOutRequestNo_out_request_no_;
}

/** `v3/ecommerce/account/apply-cancel-withdraw/out-request-no/{out_request_no}` */
export interface V3EcommerceAccountApplyCancelWithdrawOutRequestNo_out_request_no_ extends NodeBase, Verbs<'v3/ecommerce/account/apply-cancel-withdraw/out-request-no/{out_request_no}'> {
  /**
   * 商户注销提现申请单号查询申请单状态
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/ecommerce/account/apply-cancel-withdraw/out-request-no/{out_request_no}'>['getAsync'];
}

/** `v3/ecommerce/account/apply-cancel-withdraw/validate-cancel` */
export interface V3EcommerceAccountApplyCancelWithdrawValidateCancel extends NodeBase {
  _sub_mchid_: V3EcommerceAccountApplyCancelWithdrawValidateCancel_sub_mchid_;
  '{sub_mchid}': V3EcommerceAccountApplyCancelWithdrawValidateCancel_sub_mchid_;
}

/** `v3/ecommerce/account/apply-cancel-withdraw/validate-cancel/{sub_mchid}` */
export interface V3EcommerceAccountApplyCancelWithdrawValidateCancel_sub_mchid_ extends NodeBase, Verbs<'v3/ecommerce/account/apply-cancel-withdraw/validate-cancel/{sub_mchid}'> {
  /**
   * 商户注销资格校验
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/ecommerce/account/apply-cancel-withdraw/validate-cancel/{sub_mchid}'>['getAsync'];
}

/** `v3/ecommerce/account/cancel-applications` */
export interface V3EcommerceAccountCancelApplications extends NodeBase, Verbs<'v3/ecommerce/account/cancel-applications'> {
  /**
   * 提交注销申请单
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/ecommerce-cancel/cancel-applications/create-cancel-application.html | 官方文档}
   */
  postAsync: Verbs<'v3/ecommerce/account/cancel-applications'>['postAsync'];
  media: V3EcommerceAccountCancelApplicationsMedia;
  outApplyNo: V3EcommerceAccountCancelApplicationsOutApplyNo;
}

/** `v3/ecommerce/account/cancel-applications/media` */
export interface V3EcommerceAccountCancelApplicationsMedia extends NodeBase, Verbs<'v3/ecommerce/account/cancel-applications/media'> {
  /**
   * 图片上传API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/ecommerce-cancel/media/upload-media.html | 官方文档}
   */
  postAsync: Verbs<'v3/ecommerce/account/cancel-applications/media'>['postAsync'];
}

/** `v3/ecommerce/account/cancel-applications/out-apply-no` */
export interface V3EcommerceAccountCancelApplicationsOutApplyNo extends NodeBase {
  _out_apply_no_: V3EcommerceAccountCancelApplicationsOutApplyNo_out_apply_no_;
  '{out_apply_no}': V3EcommerceAccountCancelApplicationsOutApplyNo_out_apply_no_;
}

/** `v3/ecommerce/account/cancel-applications/out-apply-no/{out_apply_no}` */
export interface V3EcommerceAccountCancelApplicationsOutApplyNo_out_apply_no_ extends NodeBase, Verbs<'v3/ecommerce/account/cancel-applications/out-apply-no/{out_apply_no}'> {
  /**
   * 查询注销单状态
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/ecommerce-cancel/cancel-applications/get-cancel-application.html | 官方文档}
   */
  getAsync: Verbs<'v3/ecommerce/account/cancel-applications/out-apply-no/{out_apply_no}'>['getAsync'];
}

/** `v3/ecommerce/applyments` */
export interface V3EcommerceApplyments extends NodeBase {
  '': V3EcommerceApplymentsSlash;
  outRequestNo: V3EcommerceApplymentsOutRequestNo;
  submitAccountHostingApplyment: V3EcommerceApplymentsSubmitAccountHostingApplyment;
  submitSignVerifyInfo: V3EcommerceApplymentsSubmitSignVerifyInfo;
  _applyment_id_: V3EcommerceApplyments_applyment_id_;
  '{applyment_id}': V3EcommerceApplyments_applyment_id_;
}

/** `v3/ecommerce/applyments/` */
export interface V3EcommerceApplymentsSlash extends NodeBase, Verbs<'v3/ecommerce/applyments/'> {
  /**
   * 二级商户进件API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter7_1_1.shtml | 官方文档}
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/ecommerce-merchant-application/applyment/submit-applyment.html | 官方文档}
   */
  postAsync: Verbs<'v3/ecommerce/applyments/'>['postAsync'];
}

/** `v3/ecommerce/applyments/out-request-no` */
export interface V3EcommerceApplymentsOutRequestNo extends NodeBase {
  _out_request_no_: V3EcommerceApplymentsOutRequestNo_out_request_no_;
  '{out_request_no}': V3EcommerceApplymentsOutRequestNo_out_request_no_;
}

/** `v3/ecommerce/applyments/out-request-no/{out_request_no}` */
export interface V3EcommerceApplymentsOutRequestNo_out_request_no_ extends NodeBase, Verbs<'v3/ecommerce/applyments/out-request-no/{out_request_no}'> {
  /**
   * 通过业务申请编号查询申请状态
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/applyments/chapter3_2.shtml | 官方文档}
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/ecommerce-merchant-application/applyment/get-state-by-out-request-no.html | 官方文档}
   */
  getAsync: Verbs<'v3/ecommerce/applyments/out-request-no/{out_request_no}'>['getAsync'];
  revoke: V3EcommerceApplymentsOutRequestNo_out_request_no_Revoke;
}

/** `v3/ecommerce/applyments/out-request-no/{out_request_no}/revoke` */
export interface V3EcommerceApplymentsOutRequestNo_out_request_no_Revoke extends NodeBase, Verbs<'v3/ecommerce/applyments/out-request-no/{out_request_no}/revoke'> {
  /**
   * 撤销申请单-使用业务申请编号
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/ecommerce/applyments/out-request-no/{out_request_no}/revoke'>['postAsync'];
}

/** `v3/ecommerce/applyments/submit-account-hosting-applyment` */
export interface V3EcommerceApplymentsSubmitAccountHostingApplyment extends NodeBase, Verbs<'v3/ecommerce/applyments/submit-account-hosting-applyment'> {
  /**
   * 提交申请单
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/ecommerce/applyments/submit-account-hosting-applyment'>['postAsync'];
}

/** `v3/ecommerce/applyments/submit-sign-verify-info` */
export interface V3EcommerceApplymentsSubmitSignVerifyInfo extends NodeBase, Verbs<'v3/ecommerce/applyments/submit-sign-verify-info'> {
  /**
   * 平台代理签约核身
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/ecommerce/applyments/submit-sign-verify-info'>['postAsync'];
}

/** `v3/ecommerce/applyments/{applyment_id}` */
export interface V3EcommerceApplyments_applyment_id_ extends NodeBase, Verbs<'v3/ecommerce/applyments/{applyment_id}'> {
  /**
   * 通过申请单ID查询申请状态
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/applyments/chapter3_2.shtml | 官方文档}
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/ecommerce-merchant-application/applyment/get-applyment-state.html | 官方文档}
   */
  getAsync: Verbs<'v3/ecommerce/applyments/{applyment_id}'>['getAsync'];
  revoke: V3EcommerceApplyments_applyment_id_Revoke;
}

/** `v3/ecommerce/applyments/{applyment_id}/revoke` */
export interface V3EcommerceApplyments_applyment_id_Revoke extends NodeBase, Verbs<'v3/ecommerce/applyments/{applyment_id}/revoke'> {
  /**
   * 撤销申请单-使用申请单号
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/ecommerce/applyments/{applyment_id}/revoke'>['postAsync'];
}

/** `v3/ecommerce/bill` */
export interface V3EcommerceBill extends NodeBase {
  fundflowbill: V3EcommerceBillFundflowbill;
}

/** `v3/ecommerce/bill/fundflowbill` */
export interface V3EcommerceBillFundflowbill extends NodeBase, Verbs<'v3/ecommerce/bill/fundflowbill'> {
  /**
   * 申请二级商户资金账单API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/bill-download/sub-merchant-fund-flow-bill/get-sub-merchant-fund-flow-bill.html | 官方文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter7_9_5.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/ecommerce/bill/fundflowbill'>['getAsync'];
}

/** `v3/ecommerce/combine-papay` */
export interface V3EcommerceCombinePapay extends NodeBase {
  contracts: V3EcommerceCombinePapayContracts;
  transactions: V3EcommerceCombinePapayTransactions;
}

/** `v3/ecommerce/combine-papay/contracts` */
export interface V3EcommerceCombinePapayContracts extends NodeBase {
  planId: V3EcommerceCombinePapayContractsPlanId;
  preEntrustSign: V3EcommerceCombinePapayContractsPreEntrustSign;
}

/** `v3/ecommerce/combine-papay/contracts/plan-id` */
export interface V3EcommerceCombinePapayContractsPlanId extends NodeBase {
  _plan_id_: V3EcommerceCombinePapayContractsPlanId_plan_id_;
  '{plan_id}': V3EcommerceCombinePapayContractsPlanId_plan_id_;
}

/** `v3/ecommerce/combine-papay/contracts/plan-id/{plan_id}` */
export interface V3EcommerceCombinePapayContractsPlanId_plan_id_ extends NodeBase {
  outContractCode: V3EcommerceCombinePapayContractsPlanId_plan_id_OutContractCode;
}

/** `v3/ecommerce/combine-papay/contracts/plan-id/{plan_id}/out-contract-code` */
export interface V3EcommerceCombinePapayContractsPlanId_plan_id_OutContractCode extends NodeBase {
  _out_contract_code_: V3EcommerceCombinePapayContractsPlanId_plan_id_OutContractCode_out_contract_code_;
  '{out_contract_code}': V3EcommerceCombinePapayContractsPlanId_plan_id_OutContractCode_out_contract_code_;
}

/** `v3/ecommerce/combine-papay/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}` */
export interface V3EcommerceCombinePapayContractsPlanId_plan_id_OutContractCode_out_contract_code_ extends NodeBase, Verbs<'v3/ecommerce/combine-papay/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}'> {
  /**
   * 通过商户协议号查询协议API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter5_5_2.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/ecommerce/combine-papay/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}'>['getAsync'];
  terminate: V3EcommerceCombinePapayContractsPlanId_plan_id_OutContractCode_out_contract_code_Terminate;
}

/** `v3/ecommerce/combine-papay/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate` */
export interface V3EcommerceCombinePapayContractsPlanId_plan_id_OutContractCode_out_contract_code_Terminate extends NodeBase, Verbs<'v3/ecommerce/combine-papay/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate'> {
  /**
   * 商户协议号解约协议API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter5_5_3.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/ecommerce/combine-papay/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate'>['postAsync'];
}

/** `v3/ecommerce/combine-papay/contracts/pre-entrust-sign` */
export interface V3EcommerceCombinePapayContractsPreEntrustSign extends NodeBase, Verbs<'v3/ecommerce/combine-papay/contracts/pre-entrust-sign'> {
  /**
   * APP方式预签约API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter5_5_1.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/ecommerce/combine-papay/contracts/pre-entrust-sign'>['postAsync'];
  miniProgram: V3EcommerceCombinePapayContractsPreEntrustSignMiniProgram;
}

/** `v3/ecommerce/combine-papay/contracts/pre-entrust-sign/mini-program` */
export interface V3EcommerceCombinePapayContractsPreEntrustSignMiniProgram extends NodeBase, Verbs<'v3/ecommerce/combine-papay/contracts/pre-entrust-sign/mini-program'> {
  /**
   * 小程序方式预签约API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter5_5_8.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/ecommerce/combine-papay/contracts/pre-entrust-sign/mini-program'>['postAsync'];
}

/** `v3/ecommerce/combine-papay/transactions` */
export interface V3EcommerceCombinePapayTransactions extends NodeBase, Verbs<'v3/ecommerce/combine-papay/transactions'> {
  /**
   * 电商合单委托代扣支付API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter5_5_4.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/ecommerce/combine-papay/transactions'>['postAsync'];
  _combine_out_trade_no_: V3EcommerceCombinePapayTransactions_combine_out_trade_no_;
  '{combine_out_trade_no}': V3EcommerceCombinePapayTransactions_combine_out_trade_no_;
}

/** `v3/ecommerce/combine-papay/transactions/{combine_out_trade_no}` */
export interface V3EcommerceCombinePapayTransactions_combine_out_trade_no_ extends NodeBase, Verbs<'v3/ecommerce/combine-papay/transactions/{combine_out_trade_no}'> {
  /**
   * 电商合单委托代扣查询订单API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter5_5_6.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/ecommerce/combine-papay/transactions/{combine_out_trade_no}'>['getAsync'];
  reverse: V3EcommerceCombinePapayTransactions_combine_out_trade_no_Reverse;
}

/** `v3/ecommerce/combine-papay/transactions/{combine_out_trade_no}/reverse` */
export interface V3EcommerceCombinePapayTransactions_combine_out_trade_no_Reverse extends NodeBase, Verbs<'v3/ecommerce/combine-papay/transactions/{combine_out_trade_no}/reverse'> {
  /**
   * 电商合单委托代扣撤销订单API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter5_5_5.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/ecommerce/combine-papay/transactions/{combine_out_trade_no}/reverse'>['postAsync'];
}

/** `v3/ecommerce/fund` */
export interface V3EcommerceFund extends NodeBase {
  balance: V3EcommerceFundBalance;
  enddaybalance: V3EcommerceFundEnddaybalance;
  withdraw: V3EcommerceFundWithdraw;
}

/** `v3/ecommerce/fund/balance` */
export interface V3EcommerceFundBalance extends NodeBase {
  _sub_mchid_: V3EcommerceFundBalance_sub_mchid_;
  '{sub_mchid}': V3EcommerceFundBalance_sub_mchid_;
}

/** `v3/ecommerce/fund/balance/{sub_mchid}` */
export interface V3EcommerceFundBalance_sub_mchid_ extends NodeBase, Verbs<'v3/ecommerce/fund/balance/{sub_mchid}'> {
  /**
   * 查询二级商户账户实时余额API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/ecommerce-balance/accounts/query-e-commerce-balance.html | 官方文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_1_19.shtml | 官方文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/amount/chapter3_1.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/ecommerce/fund/balance/{sub_mchid}'>['getAsync'];
}

/** `v3/ecommerce/fund/enddaybalance` */
export interface V3EcommerceFundEnddaybalance extends NodeBase {
  _sub_mchid_: V3EcommerceFundEnddaybalance_sub_mchid_;
  '{sub_mchid}': V3EcommerceFundEnddaybalance_sub_mchid_;
}

/** `v3/ecommerce/fund/enddaybalance/{sub_mchid}` */
export interface V3EcommerceFundEnddaybalance_sub_mchid_ extends NodeBase, Verbs<'v3/ecommerce/fund/enddaybalance/{sub_mchid}'> {
  /**
   * 查询二级商户账户日终余额API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/amount/chapter3_2.shtml | 官方文档}
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/ecommerce-balance/accounts/query-e-commerce-day-end-balance.html | 官方文档}
   */
  getAsync: Verbs<'v3/ecommerce/fund/enddaybalance/{sub_mchid}'>['getAsync'];
}

/** `v3/ecommerce/fund/withdraw` */
export interface V3EcommerceFundWithdraw extends NodeBase, Verbs<'v3/ecommerce/fund/withdraw'> {
  /**
   * 账户余额提现API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_1_22.shtml | 官方文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/fund/chapter3_2.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/ecommerce/fund/withdraw'>['postAsync'];
  outRequestNo: V3EcommerceFundWithdrawOutRequestNo;
  _withdraw_id_: V3EcommerceFundWithdraw_withdraw_id_;
  '{withdraw_id}': V3EcommerceFundWithdraw_withdraw_id_;
}

/** `v3/ecommerce/fund/withdraw/out-request-no` */
export interface V3EcommerceFundWithdrawOutRequestNo extends NodeBase {
  _out_request_no_: V3EcommerceFundWithdrawOutRequestNo_out_request_no_;
  '{out_request_no}': V3EcommerceFundWithdrawOutRequestNo_out_request_no_;
}

/** `v3/ecommerce/fund/withdraw/out-request-no/{out_request_no}` */
export interface V3EcommerceFundWithdrawOutRequestNo_out_request_no_ extends NodeBase, Verbs<'v3/ecommerce/fund/withdraw/out-request-no/{out_request_no}'> {
  /**
   * 商户提现单号查询
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_1_23.shtml | 官方文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/fund/chapter3_3.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/ecommerce/fund/withdraw/out-request-no/{out_request_no}'>['getAsync'];
}

/** `v3/ecommerce/fund/withdraw/{withdraw_id}` */
export interface V3EcommerceFundWithdraw_withdraw_id_ extends NodeBase, Verbs<'v3/ecommerce/fund/withdraw/{withdraw_id}'> {
  /**
   * 微信支付提现单号查询
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_1_23.shtml | 官方文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/fund/chapter3_3.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/ecommerce/fund/withdraw/{withdraw_id}'>['getAsync'];
}

/** `v3/ecommerce/individual-contracts` */
export interface V3EcommerceIndividualContracts extends NodeBase {
  outContractCode: V3EcommerceIndividualContractsOutContractCode;
  preEntrustSign: V3EcommerceIndividualContractsPreEntrustSign;
  preEntrustSignWithRealNameIdentity: V3EcommerceIndividualContractsPreEntrustSignWithRealNameIdentity;
  _openid_: V3EcommerceIndividualContracts_openid_;
  '{openid}': V3EcommerceIndividualContracts_openid_;
}

/** `v3/ecommerce/individual-contracts/out-contract-code` */
export interface V3EcommerceIndividualContractsOutContractCode extends NodeBase {
  _out_contract_code_: V3EcommerceIndividualContractsOutContractCode_out_contract_code_;
  '{out_contract_code}': V3EcommerceIndividualContractsOutContractCode_out_contract_code_;
}

/** `v3/ecommerce/individual-contracts/out-contract-code/{out_contract_code}` */
export interface V3EcommerceIndividualContractsOutContractCode_out_contract_code_ extends NodeBase, Verbs<'v3/ecommerce/individual-contracts/out-contract-code/{out_contract_code}'> {
  /**
   * 根据业务申请单号查签约信息
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/ecommerce/individual-contracts/out-contract-code/{out_contract_code}'>['getAsync'];
}

/** `v3/ecommerce/individual-contracts/pre-entrust-sign` */
export interface V3EcommerceIndividualContractsPreEntrustSign extends NodeBase {
  app: V3EcommerceIndividualContractsPreEntrustSignApp;
  miniProgram: V3EcommerceIndividualContractsPreEntrustSignMiniProgram;
}

/** `v3/ecommerce/individual-contracts/pre-entrust-sign-with-real-name-identity` */
export interface V3EcommerceIndividualContractsPreEntrustSignWithRealNameIdentity extends NodeBase {
  app: V3EcommerceIndividualContractsPreEntrustSignWithRealNameIdentityApp;
  miniProgram: V3EcommerceIndividualContractsPreEntrustSignWithRealNameIdentityMiniProgram;
}

/** `v3/ecommerce/individual-contracts/pre-entrust-sign-with-real-name-identity/app` */
export interface V3EcommerceIndividualContractsPreEntrustSignWithRealNameIdentityApp extends NodeBase, Verbs<'v3/ecommerce/individual-contracts/pre-entrust-sign-with-real-name-identity/app'> {
  /**
   * APP场景预签约（需要实名验证）
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/ecommerce/individual-contracts/pre-entrust-sign-with-real-name-identity/app'>['postAsync'];
}

/** `v3/ecommerce/individual-contracts/pre-entrust-sign-with-real-name-identity/mini-program` */
export interface V3EcommerceIndividualContractsPreEntrustSignWithRealNameIdentityMiniProgram extends NodeBase, Verbs<'v3/ecommerce/individual-contracts/pre-entrust-sign-with-real-name-identity/mini-program'> {
  /**
   * 小程序场景预签约（需要实名验证）
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/ecommerce/individual-contracts/pre-entrust-sign-with-real-name-identity/mini-program'>['postAsync'];
}

/** `v3/ecommerce/individual-contracts/pre-entrust-sign/app` */
export interface V3EcommerceIndividualContractsPreEntrustSignApp extends NodeBase, Verbs<'v3/ecommerce/individual-contracts/pre-entrust-sign/app'> {
  /**
   * APP场景预签约
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/ecommerce/individual-contracts/pre-entrust-sign/app'>['postAsync'];
}

/** `v3/ecommerce/individual-contracts/pre-entrust-sign/mini-program` */
export interface V3EcommerceIndividualContractsPreEntrustSignMiniProgram extends NodeBase, Verbs<'v3/ecommerce/individual-contracts/pre-entrust-sign/mini-program'> {
  /**
   * 小程序场景预签约
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/ecommerce/individual-contracts/pre-entrust-sign/mini-program'>['postAsync'];
}

/** `v3/ecommerce/individual-contracts/{openid}` */
export interface V3EcommerceIndividualContracts_openid_ extends NodeBase, Verbs<'v3/ecommerce/individual-contracts/{openid}'> {
  /**
   * 查询个人收款方授权结果
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/personal-collections/query-contracts.html | 官方文档}
   */
  getAsync: Verbs<'v3/ecommerce/individual-contracts/{openid}'>['getAsync'];
}

/** `v3/ecommerce/mch-transfer` */
export interface V3EcommerceMchTransfer extends NodeBase {
  authorizations: V3EcommerceMchTransferAuthorizations;
  transferBills: V3EcommerceMchTransferTransferBills;
}

/** `v3/ecommerce/mch-transfer/authorizations` */
export interface V3EcommerceMchTransferAuthorizations extends NodeBase, Verbs<'v3/ecommerce/mch-transfer/authorizations'> {
  /**
   * 申请二级商户商家转账授权
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/platsolution-mch-transfer/authorization/create-authorization.html | 官方文档}
   */
  postAsync: Verbs<'v3/ecommerce/mch-transfer/authorizations'>['postAsync'];
  _sub_mchid_: V3EcommerceMchTransferAuthorizations_sub_mchid_;
  '{sub_mchid}': V3EcommerceMchTransferAuthorizations_sub_mchid_;
}

/** `v3/ecommerce/mch-transfer/authorizations/{sub_mchid}` */
export interface V3EcommerceMchTransferAuthorizations_sub_mchid_ extends NodeBase, Verbs<'v3/ecommerce/mch-transfer/authorizations/{sub_mchid}'> {
  /**
   * 查询二级商户商家转账授权状态
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/platsolution-mch-transfer/authorization/get-authorization.html | 官方文档}
   */
  getAsync: Verbs<'v3/ecommerce/mch-transfer/authorizations/{sub_mchid}'>['getAsync'];
}

/** `v3/ecommerce/mch-transfer/transfer-bills` */
export interface V3EcommerceMchTransferTransferBills extends NodeBase, Verbs<'v3/ecommerce/mch-transfer/transfer-bills'> {
  /**
   * 发起转账
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/platsolution-mch-transfer/transfer-bill/transfer-to-user.html | 官方文档}
   */
  postAsync: Verbs<'v3/ecommerce/mch-transfer/transfer-bills'>['postAsync'];
  outBillNo: V3EcommerceMchTransferTransferBillsOutBillNo;
  transferBillNo: V3EcommerceMchTransferTransferBillsTransferBillNo;
}

/** `v3/ecommerce/mch-transfer/transfer-bills/out-bill-no` */
export interface V3EcommerceMchTransferTransferBillsOutBillNo extends NodeBase {
  _out_bill_no_: V3EcommerceMchTransferTransferBillsOutBillNo_out_bill_no_;
  '{out_bill_no}': V3EcommerceMchTransferTransferBillsOutBillNo_out_bill_no_;
}

/** `v3/ecommerce/mch-transfer/transfer-bills/out-bill-no/{out_bill_no}` */
export interface V3EcommerceMchTransferTransferBillsOutBillNo_out_bill_no_ extends NodeBase, Verbs<'v3/ecommerce/mch-transfer/transfer-bills/out-bill-no/{out_bill_no}'> {
  /**
   * 商户单号查询转账单
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/platsolution-mch-transfer/transfer-bill/get-transfer-bill-by-out-no.html | 官方文档}
   */
  getAsync: Verbs<'v3/ecommerce/mch-transfer/transfer-bills/out-bill-no/{out_bill_no}'>['getAsync'];
  cancel: V3EcommerceMchTransferTransferBillsOutBillNo_out_bill_no_Cancel;
}

/** `v3/ecommerce/mch-transfer/transfer-bills/out-bill-no/{out_bill_no}/cancel` */
export interface V3EcommerceMchTransferTransferBillsOutBillNo_out_bill_no_Cancel extends NodeBase, Verbs<'v3/ecommerce/mch-transfer/transfer-bills/out-bill-no/{out_bill_no}/cancel'> {
  /**
   * 撤销转账
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/platsolution-mch-transfer/transfer-bill/cancel-transfer.html | 官方文档}
   */
  postAsync: Verbs<'v3/ecommerce/mch-transfer/transfer-bills/out-bill-no/{out_bill_no}/cancel'>['postAsync'];
}

/** `v3/ecommerce/mch-transfer/transfer-bills/transfer-bill-no` */
export interface V3EcommerceMchTransferTransferBillsTransferBillNo extends NodeBase {
  _transfer_bill_no_: V3EcommerceMchTransferTransferBillsTransferBillNo_transfer_bill_no_;
  '{transfer_bill_no}': V3EcommerceMchTransferTransferBillsTransferBillNo_transfer_bill_no_;
}

/** `v3/ecommerce/mch-transfer/transfer-bills/transfer-bill-no/{transfer_bill_no}` */
export interface V3EcommerceMchTransferTransferBillsTransferBillNo_transfer_bill_no_ extends NodeBase, Verbs<'v3/ecommerce/mch-transfer/transfer-bills/transfer-bill-no/{transfer_bill_no}'> {
  /**
   * 微信转账单号查询转账单
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/platsolution-mch-transfer/transfer-bill/get-transfer-bill-by-no.html | 官方文档}
   */
  getAsync: Verbs<'v3/ecommerce/mch-transfer/transfer-bills/transfer-bill-no/{transfer_bill_no}'>['getAsync'];
}

/** `v3/ecommerce/profitsharing` */
export interface V3EcommerceProfitsharing extends NodeBase {
  afterSalesOrders: V3EcommerceProfitsharingAfterSalesOrders;
  finishOrder: V3EcommerceProfitsharingFinishOrder;
  orders: V3EcommerceProfitsharingOrders;
  receivers: V3EcommerceProfitsharingReceivers;
  returnorders: V3EcommerceProfitsharingReturnorders;
}

/** `v3/ecommerce/profitsharing/after-sales-orders` */
export interface V3EcommerceProfitsharingAfterSalesOrders extends NodeBase, Verbs<'v3/ecommerce/profitsharing/after-sales-orders'> {
  /**
   * 查询售后服务分账结果
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/products/ecommerce/introduction.html | 官方文档}
   */
  getAsync: Verbs<'v3/ecommerce/profitsharing/after-sales-orders'>['getAsync'];
  /**
   * 请求售后服务分账
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/products/ecommerce/introduction.html | 官方文档}
   */
  postAsync: Verbs<'v3/ecommerce/profitsharing/after-sales-orders'>['postAsync'];
}

/** `v3/ecommerce/profitsharing/finish-order` */
export interface V3EcommerceProfitsharingFinishOrder extends NodeBase, Verbs<'v3/ecommerce/profitsharing/finish-order'> {
  /**
   * 完结分账API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/profitsharing/chapter3_5.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/ecommerce/profitsharing/finish-order'>['postAsync'];
}

/** `v3/ecommerce/profitsharing/orders` */
export interface V3EcommerceProfitsharingOrders extends NodeBase, Verbs<'v3/ecommerce/profitsharing/orders'> {
  /**
   * 查询分账结果API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/profitsharing/chapter3_2.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/ecommerce/profitsharing/orders'>['getAsync'];
  /**
   * 请求分账API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/profitsharing/chapter3_1.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/ecommerce/profitsharing/orders'>['postAsync'];
  _transaction_id_: V3EcommerceProfitsharingOrders_transaction_id_;
  '{transaction_id}': V3EcommerceProfitsharingOrders_transaction_id_;
}

/** `v3/ecommerce/profitsharing/orders/{transaction_id}` */
export interface V3EcommerceProfitsharingOrders_transaction_id_ extends NodeBase {
  amounts: V3EcommerceProfitsharingOrders_transaction_id_Amounts;
}

/** `v3/ecommerce/profitsharing/orders/{transaction_id}/amounts` */
export interface V3EcommerceProfitsharingOrders_transaction_id_Amounts extends NodeBase, Verbs<'v3/ecommerce/profitsharing/orders/{transaction_id}/amounts'> {
  /**
   * 查询订单剩余待分金额API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter7_4_9.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/ecommerce/profitsharing/orders/{transaction_id}/amounts'>['getAsync'];
}

/** `v3/ecommerce/profitsharing/receivers` */
export interface V3EcommerceProfitsharingReceivers extends NodeBase {
  add: V3EcommerceProfitsharingReceiversAdd;
  delete: V3EcommerceProfitsharingReceiversDelete;
}

/** `v3/ecommerce/profitsharing/receivers/add` */
export interface V3EcommerceProfitsharingReceiversAdd extends NodeBase, Verbs<'v3/ecommerce/profitsharing/receivers/add'> {
  /**
   * 添加分账接收方API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/profitsharing/chapter3_7.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/ecommerce/profitsharing/receivers/add'>['postAsync'];
}

/** `v3/ecommerce/profitsharing/receivers/delete` */
export interface V3EcommerceProfitsharingReceiversDelete extends NodeBase, Verbs<'v3/ecommerce/profitsharing/receivers/delete'> {
  /**
   * 删除分账接收方API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/profitsharing/chapter3_8.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/ecommerce/profitsharing/receivers/delete'>['postAsync'];
}

/** `v3/ecommerce/profitsharing/returnorders` */
export interface V3EcommerceProfitsharingReturnorders extends NodeBase, Verbs<'v3/ecommerce/profitsharing/returnorders'> {
  /**
   * 查询分账回退结果API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/profitsharing/chapter3_4.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/ecommerce/profitsharing/returnorders'>['getAsync'];
  /**
   * 请求分账回退API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/profitsharing/chapter3_3.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/ecommerce/profitsharing/returnorders'>['postAsync'];
}

/** `v3/ecommerce/refunds` */
export interface V3EcommerceRefunds extends NodeBase {
  apply: V3EcommerceRefundsApply;
  id: V3EcommerceRefundsId;
  outRefundNo: V3EcommerceRefundsOutRefundNo;
  _refund_id_: V3EcommerceRefunds_refund_id_;
  '{refund_id}': V3EcommerceRefunds_refund_id_;
}

/** `v3/ecommerce/refunds/apply` */
export interface V3EcommerceRefundsApply extends NodeBase, Verbs<'v3/ecommerce/refunds/apply'> {
  /**
   * 退款申请API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/personal-collections/create-refund.html | 官方文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/refunds/chapter3_1.shtml | 官方文档}
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/ecommerce-refund/refunds/create-refund.html | 官方文档}
   */
  postAsync: Verbs<'v3/ecommerce/refunds/apply'>['postAsync'];
}

/** `v3/ecommerce/refunds/id` */
export interface V3EcommerceRefundsId extends NodeBase {
  _refund_id_: V3EcommerceRefundsId_refund_id_;
  '{refund_id}': V3EcommerceRefundsId_refund_id_;
}

/** `v3/ecommerce/refunds/id/{refund_id}` */
export interface V3EcommerceRefundsId_refund_id_ extends NodeBase, Verbs<'v3/ecommerce/refunds/id/{refund_id}'> {
  /**
   * 通过微信支付退款单号查询退款
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/personal-collections/query-refund.html | 官方文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/refunds/chapter3_2.shtml | 官方文档}
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/ecommerce-refund/refunds/query-refund.html | 官方文档}
   */
  getAsync: Verbs<'v3/ecommerce/refunds/id/{refund_id}'>['getAsync'];
}

/** `v3/ecommerce/refunds/out-refund-no` */
export interface V3EcommerceRefundsOutRefundNo extends NodeBase {
  _out_refund_no_: V3EcommerceRefundsOutRefundNo_out_refund_no_;
  '{out_refund_no}': V3EcommerceRefundsOutRefundNo_out_refund_no_;
}

/** `v3/ecommerce/refunds/out-refund-no/{out_refund_no}` */
export interface V3EcommerceRefundsOutRefundNo_out_refund_no_ extends NodeBase, Verbs<'v3/ecommerce/refunds/out-refund-no/{out_refund_no}'> {
  /**
   * 通过商户退款单号查询退款
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/personal-collections/query-refund-by-out-refund-no.html | 官方文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/refunds/chapter3_2.shtml | 官方文档}
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/ecommerce-refund/refunds/query-refund-by-out-refund-no.html | 官方文档}
   */
  getAsync: Verbs<'v3/ecommerce/refunds/out-refund-no/{out_refund_no}'>['getAsync'];
}

/** `v3/ecommerce/refunds/{refund_id}` */
export interface V3EcommerceRefunds_refund_id_ extends NodeBase {
  applyAbnormalRefund: V3EcommerceRefunds_refund_id_ApplyAbnormalRefund;
  returnAdvance: V3EcommerceRefunds_refund_id_ReturnAdvance;
}

/** `v3/ecommerce/refunds/{refund_id}/apply-abnormal-refund` */
export interface V3EcommerceRefunds_refund_id_ApplyAbnormalRefund extends NodeBase, Verbs<'v3/ecommerce/refunds/{refund_id}/apply-abnormal-refund'> {
  /**
   * 发起异常退款
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/ecommerce-refund/refunds/create-abnormal-refund.html | 官方文档}
   */
  postAsync: Verbs<'v3/ecommerce/refunds/{refund_id}/apply-abnormal-refund'>['postAsync'];
}

/** `v3/ecommerce/refunds/{refund_id}/return-advance` */
export interface V3EcommerceRefunds_refund_id_ReturnAdvance extends NodeBase, Verbs<'v3/ecommerce/refunds/{refund_id}/return-advance'> {
  /**
   * 查询垫付回补结果API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter7_6_5.shtml | 官方文档}
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/ecommerce-refund/refunds/query-return-advance.html | 官方文档}
   */
  getAsync: Verbs<'v3/ecommerce/refunds/{refund_id}/return-advance'>['getAsync'];
  /**
   * 垫付退款回补API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter7_6_4.shtml | 官方文档}
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/ecommerce-refund/refunds/create-return-advance.html | 官方文档}
   */
  postAsync: Verbs<'v3/ecommerce/refunds/{refund_id}/return-advance'>['postAsync'];
}

/** `v3/ecommerce/subject-sub-merchants` */
export interface V3EcommerceSubjectSubMerchants extends NodeBase, Verbs<'v3/ecommerce/subject-sub-merchants'> {
  /**
   * 查询指定主体子商户列表
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/ecommerce/subject-sub-merchants'>['getAsync'];
}

/** `v3/ecommerce/subsidies` */
export interface V3EcommerceSubsidies extends NodeBase {
  cancel: V3EcommerceSubsidiesCancel;
  create: V3EcommerceSubsidiesCreate;
  return: V3EcommerceSubsidiesReturn;
}

/** `v3/ecommerce/subsidies/cancel` */
export interface V3EcommerceSubsidiesCancel extends NodeBase, Verbs<'v3/ecommerce/subsidies/cancel'> {
  /**
   * 取消补差API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/subsidies/chapter3_3.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/ecommerce/subsidies/cancel'>['postAsync'];
}

/** `v3/ecommerce/subsidies/create` */
export interface V3EcommerceSubsidiesCreate extends NodeBase, Verbs<'v3/ecommerce/subsidies/create'> {
  /**
   * 请求补差API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/subsidies/chapter3_1.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/ecommerce/subsidies/create'>['postAsync'];
}

/** `v3/ecommerce/subsidies/return` */
export interface V3EcommerceSubsidiesReturn extends NodeBase, Verbs<'v3/ecommerce/subsidies/return'> {
  /**
   * 请求补差回退API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/subsidies/chapter3_2.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/ecommerce/subsidies/return'>['postAsync'];
}

/** `v3/edu-papay` */
export interface V3EduPapay extends NodeBase {
  contracts: V3EduPapayContracts;
  transactions: V3EduPapayTransactions;
  user: V3EduPapayUser;
  userNotifications: V3EduPapayUserNotifications;
}

/** `v3/edu-papay/contracts` */
export interface V3EduPapayContracts extends NodeBase {
  id: V3EduPapayContractsId;
  presign: V3EduPapayContractsPresign;
  _contract_id_: V3EduPapayContracts_contract_id_;
  '{contract_id}': V3EduPapayContracts_contract_id_;
}

/** `v3/edu-papay/contracts/id` */
export interface V3EduPapayContractsId extends NodeBase {
  _contract_id_: V3EduPapayContractsId_contract_id_;
  '{contract_id}': V3EduPapayContractsId_contract_id_;
}

/** `v3/edu-papay/contracts/id/{contract_id}` */
export interface V3EduPapayContractsId_contract_id_ extends NodeBase, Verbs<'v3/edu-papay/contracts/id/{contract_id}'> {
  /**
   * 通过协议号查询签约API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/Offline/apis/chapter5_2_2.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/edu-papay/contracts/id/{contract_id}'>['getAsync'];
}

/** `v3/edu-papay/contracts/presign` */
export interface V3EduPapayContractsPresign extends NodeBase, Verbs<'v3/edu-papay/contracts/presign'> {
  /**
   * 预签约API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/Offline/apis/chapter5_2_1.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/edu-papay/contracts/presign'>['postAsync'];
}

/** `v3/edu-papay/contracts/{contract_id}` */
export interface V3EduPapayContracts_contract_id_ extends NodeBase, Verbs<'v3/edu-papay/contracts/{contract_id}'> {
  /**
   * 解约API
   *
   * Async twin of `delete`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/Offline/apis/chapter5_2_4.shtml | 官方文档}
   */
  deleteAsync: Verbs<'v3/edu-papay/contracts/{contract_id}'>['deleteAsync'];
}

/** `v3/edu-papay/transactions` */
export interface V3EduPapayTransactions extends NodeBase, Verbs<'v3/edu-papay/transactions'> {
  /**
   * 教育通扣款受理API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/Offline/apis/chapter5_2_7.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/edu-papay/transactions'>['postAsync'];
  id: V3EduPapayTransactionsId;
  outTradeNo: V3EduPapayTransactionsOutTradeNo;
}

/** `v3/edu-papay/transactions/id` */
export interface V3EduPapayTransactionsId extends NodeBase {
  _transaction_id_: V3EduPapayTransactionsId_transaction_id_;
  '{transaction_id}': V3EduPapayTransactionsId_transaction_id_;
}

/** `v3/edu-papay/transactions/id/{transaction_id}` */
export interface V3EduPapayTransactionsId_transaction_id_ extends NodeBase, Verbs<'v3/edu-papay/transactions/id/{transaction_id}'> {
  /**
   * 微信订单号查单API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/Offline/apis/chapter5_2_8.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/edu-papay/transactions/id/{transaction_id}'>['getAsync'];
}

/** `v3/edu-papay/transactions/out-trade-no` */
export interface V3EduPapayTransactionsOutTradeNo extends NodeBase {
  _out_trade_no_: V3EduPapayTransactionsOutTradeNo_out_trade_no_;
  '{out_trade_no}': V3EduPapayTransactionsOutTradeNo_out_trade_no_;
}

/** `v3/edu-papay/transactions/out-trade-no/{out_trade_no}` */
export interface V3EduPapayTransactionsOutTradeNo_out_trade_no_ extends NodeBase, Verbs<'v3/edu-papay/transactions/out-trade-no/{out_trade_no}'> {
  /**
   * 商户订单号查单API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/Offline/apis/chapter5_2_9.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/edu-papay/transactions/out-trade-no/{out_trade_no}'>['getAsync'];
}

/** `v3/edu-papay/user` */
export interface V3EduPapayUser extends NodeBase {
  _openid_: V3EduPapayUser_openid_;
  '{openid}': V3EduPapayUser_openid_;
}

/** `v3/edu-papay/user-notifications` */
export interface V3EduPapayUserNotifications extends NodeBase {
  _contract_id_: V3EduPapayUserNotifications_contract_id_;
  '{contract_id}': V3EduPapayUserNotifications_contract_id_;
}

/** `v3/edu-papay/user-notifications/{contract_id}` */
export interface V3EduPapayUserNotifications_contract_id_ extends NodeBase {
  send: V3EduPapayUserNotifications_contract_id_Send;
}

/** `v3/edu-papay/user-notifications/{contract_id}/send` */
export interface V3EduPapayUserNotifications_contract_id_Send extends NodeBase, Verbs<'v3/edu-papay/user-notifications/{contract_id}/send'> {
  /**
   * 发送扣款预通知API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/Offline/apis/chapter5_2_6.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/edu-papay/user-notifications/{contract_id}/send'>['postAsync'];
}

/** `v3/edu-papay/user/{openid}` */
export interface V3EduPapayUser_openid_ extends NodeBase {
  contracts: V3EduPapayUser_openid_Contracts;
}

/** `v3/edu-papay/user/{openid}/contracts` */
export interface V3EduPapayUser_openid_Contracts extends NodeBase, Verbs<'v3/edu-papay/user/{openid}/contracts'> {
  /**
   * 通过用户标识查询签约API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/Offline/apis/chapter5_2_3.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/edu-papay/user/{openid}/contracts'>['getAsync'];
}

/** `v3/edu-star` */
export interface V3EduStar extends NodeBase {
  orders: V3EduStarOrders;
  users: V3EduStarUsers;
}

/** `v3/edu-star/orders` */
export interface V3EduStarOrders extends NodeBase, Verbs<'v3/edu-star/orders'> {
  /**
   * 通过QQ账号查询核销订单列表API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/assets/img/common/edu/edu-star/chapter2_3.png | 官方流程图}
   */
  getAsync: Verbs<'v3/edu-star/orders'>['getAsync'];
  /**
   * 创建核销订单API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/assets/img/common/edu/edu-star/chapter2_3.png | 官方流程图}
   */
  postAsync: Verbs<'v3/edu-star/orders'>['postAsync'];
}

/** `v3/edu-star/users` */
export interface V3EduStarUsers extends NodeBase {
  openid: V3EduStarUsersOpenid;
  qq: V3EduStarUsersQq;
}

/** `v3/edu-star/users/openid` */
export interface V3EduStarUsersOpenid extends NodeBase {
  _wechat_openid_: V3EduStarUsersOpenid_wechat_openid_;
  '{wechat_openid}': V3EduStarUsersOpenid_wechat_openid_;
}

/** `v3/edu-star/users/openid/{wechat_openid}` */
export interface V3EduStarUsersOpenid_wechat_openid_ extends NodeBase, Verbs<'v3/edu-star/users/openid/{wechat_openid}'> {
  /**
   * 通过微信用户标识查询用户信息API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/assets/img/common/edu/edu-star/chapter2_3.png | 官方流程图}
   */
  getAsync: Verbs<'v3/edu-star/users/openid/{wechat_openid}'>['getAsync'];
}

/** `v3/edu-star/users/qq` */
export interface V3EduStarUsersQq extends NodeBase {
  _qq_: V3EduStarUsersQq_qq_;
  '{qq}': V3EduStarUsersQq_qq_;
}

/** `v3/edu-star/users/qq/{qq}` */
export interface V3EduStarUsersQq_qq_ extends NodeBase, Verbs<'v3/edu-star/users/qq/{qq}'> {
  /**
   * 通过QQ账号查询用户信息API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/assets/img/common/edu/edu-star/chapter2_3.png | 官方流程图}
   */
  getAsync: Verbs<'v3/edu-star/users/qq/{qq}'>['getAsync'];
}

/** `v3/eduschoolpay` */
export interface V3Eduschoolpay extends NodeBase {
  contracts: V3EduschoolpayContracts;
  transactions: V3EduschoolpayTransactions;
  users: V3EduschoolpayUsers;
}

/** `v3/eduschoolpay/contracts` */
export interface V3EduschoolpayContracts extends NodeBase {
  presign: V3EduschoolpayContractsPresign;
  _contract_id_: V3EduschoolpayContracts_contract_id_;
  '{contract_id}': V3EduschoolpayContracts_contract_id_;
}

/** `v3/eduschoolpay/contracts/presign` */
export interface V3EduschoolpayContractsPresign extends NodeBase, Verbs<'v3/eduschoolpay/contracts/presign'> {
  /**
   * 预签约API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/edu/eduschoolpay/chapter3_1.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/eduschoolpay/contracts/presign'>['postAsync'];
}

/** `v3/eduschoolpay/contracts/{contract_id}` */
export interface V3EduschoolpayContracts_contract_id_ extends NodeBase, Verbs<'v3/eduschoolpay/contracts/{contract_id}'> {
  /**
   * 通过协议号查询签约API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/edu/eduschoolpay/chapter3_2.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/eduschoolpay/contracts/{contract_id}'>['getAsync'];
  terminate: V3EduschoolpayContracts_contract_id_Terminate;
}

/** `v3/eduschoolpay/contracts/{contract_id}/terminate` */
export interface V3EduschoolpayContracts_contract_id_Terminate extends NodeBase, Verbs<'v3/eduschoolpay/contracts/{contract_id}/terminate'> {
  /**
   * 商户主动解约API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/edu/eduschoolpay/chapter3_3.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/eduschoolpay/contracts/{contract_id}/terminate'>['postAsync'];
}

/** `v3/eduschoolpay/transactions` */
export interface V3EduschoolpayTransactions extends NodeBase, Verbs<'v3/eduschoolpay/transactions'> {
  /**
   * 扣款API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/edu/eduschoolpay/chapter4_1.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/eduschoolpay/transactions'>['postAsync'];
  id: V3EduschoolpayTransactionsId;
  outTradeNo: V3EduschoolpayTransactionsOutTradeNo;
}

/** `v3/eduschoolpay/transactions/id` */
export interface V3EduschoolpayTransactionsId extends NodeBase {
  _transaction_id_: V3EduschoolpayTransactionsId_transaction_id_;
  '{transaction_id}': V3EduschoolpayTransactionsId_transaction_id_;
}

/** `v3/eduschoolpay/transactions/id/{transaction_id}` */
export interface V3EduschoolpayTransactionsId_transaction_id_ extends NodeBase, Verbs<'v3/eduschoolpay/transactions/id/{transaction_id}'> {
  /**
   * 微信支付订单号查单API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/edu/eduschoolpay/chapter4_2.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/eduschoolpay/transactions/id/{transaction_id}'>['getAsync'];
}

/** `v3/eduschoolpay/transactions/out-trade-no` */
export interface V3EduschoolpayTransactionsOutTradeNo extends NodeBase {
  _out_trade_no_: V3EduschoolpayTransactionsOutTradeNo_out_trade_no_;
  '{out_trade_no}': V3EduschoolpayTransactionsOutTradeNo_out_trade_no_;
}

/** `v3/eduschoolpay/transactions/out-trade-no/{out_trade_no}` */
export interface V3EduschoolpayTransactionsOutTradeNo_out_trade_no_ extends NodeBase, Verbs<'v3/eduschoolpay/transactions/out-trade-no/{out_trade_no}'> {
  /**
   * 商户订单号查单API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/edu/eduschoolpay/chapter4_3.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/eduschoolpay/transactions/out-trade-no/{out_trade_no}'>['getAsync'];
}

/** `v3/eduschoolpay/users` */
export interface V3EduschoolpayUsers extends NodeBase {
  _openid_: V3EduschoolpayUsers_openid_;
  '{openid}': V3EduschoolpayUsers_openid_;
}

/** `v3/eduschoolpay/users/{openid}` */
export interface V3EduschoolpayUsers_openid_ extends NodeBase {
  contracts: V3EduschoolpayUsers_openid_Contracts;
  debtState: V3EduschoolpayUsers_openid_DebtState;
}

/** `v3/eduschoolpay/users/{openid}/contracts` */
export interface V3EduschoolpayUsers_openid_Contracts extends NodeBase, Verbs<'v3/eduschoolpay/users/{openid}/contracts'> {
  /**
   * 查询用户签约列表API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/edu/eduschoolpay/chapter3_4.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/eduschoolpay/users/{openid}/contracts'>['getAsync'];
}

/** `v3/eduschoolpay/users/{openid}/debt-state` */
export interface V3EduschoolpayUsers_openid_DebtState extends NodeBase, Verbs<'v3/eduschoolpay/users/{openid}/debt-state'> {
  /**
   * 商户查询用户欠款状态API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/edu/eduschoolpay/chapter4_4.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/eduschoolpay/users/{openid}/debt-state'>['getAsync'];
}

/** `v3/express` */
export interface V3Express extends NodeBase {
  users: V3ExpressUsers;
}

/** `v3/express/users` */
export interface V3ExpressUsers extends NodeBase {
  _openid_: V3ExpressUsers_openid_;
  '{openid}': V3ExpressUsers_openid_;
}

/** `v3/express/users/{openid}` */
export interface V3ExpressUsers_openid_ extends NodeBase {
  transform: V3ExpressUsers_openid_Transform;
}

/** `v3/express/users/{openid}/transform` */
export interface V3ExpressUsers_openid_Transform extends NodeBase, Verbs<'v3/express/users/{openid}/transform'> {
  /**
   * 用户openid转换API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_9_1.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/express/users/{openid}/transform'>['postAsync'];
}

/** `v3/facemch` */
export interface V3Facemch extends NodeBase {
  users: V3FacemchUsers;
}

/** `v3/facemch/users` */
export interface V3FacemchUsers extends NodeBase {
  _face_sid_: V3FacemchUsers_face_sid_;
  '{face_sid}': V3FacemchUsers_face_sid_;
}

/** `v3/facemch/users/{face_sid}` */
export interface V3FacemchUsers_face_sid_ extends NodeBase, Verbs<'v3/facemch/users/{face_sid}'> {
  /**
   * 查询用户授权的实名信息
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/wxfacepay/develop/android/sid.html | 官方文档}
   */
  getAsync: Verbs<'v3/facemch/users/{face_sid}'>['getAsync'];
}

/** `v3/fund-app` */
export interface V3FundApp extends NodeBase {
  brandRedpacket: V3FundAppBrandRedpacket;
  mchTransfer: V3FundAppMchTransfer;
}

/** `v3/fund-app/brand-redpacket` */
export interface V3FundAppBrandRedpacket extends NodeBase {
  brandMerchantBatches: V3FundAppBrandRedpacketBrandMerchantBatches;
  brandMerchantOutBatches: V3FundAppBrandRedpacketBrandMerchantOutBatches;
}

/** `v3/fund-app/brand-redpacket/brand-merchant-batches` */
export interface V3FundAppBrandRedpacketBrandMerchantBatches extends NodeBase, Verbs<'v3/fund-app/brand-redpacket/brand-merchant-batches'> {
  /**
   * 品牌商户发放红包
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/fund-app/brand-redpacket/brand-merchant-batches'>['postAsync'];
  _batch_no_: V3FundAppBrandRedpacketBrandMerchantBatches_batch_no_;
  '{batch_no}': V3FundAppBrandRedpacketBrandMerchantBatches_batch_no_;
}

/** `v3/fund-app/brand-redpacket/brand-merchant-batches/{batch_no}` */
export interface V3FundAppBrandRedpacketBrandMerchantBatches_batch_no_ extends NodeBase, Verbs<'v3/fund-app/brand-redpacket/brand-merchant-batches/{batch_no}'> {
  /**
   * 微信支付批次单号查询批次单
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/fund-app/brand-redpacket/brand-merchant-batches/{batch_no}'>['getAsync'];
  details: V3FundAppBrandRedpacketBrandMerchantBatches_batch_no_Details;
}

/** `v3/fund-app/brand-redpacket/brand-merchant-batches/{batch_no}/details` */
export interface V3FundAppBrandRedpacketBrandMerchantBatches_batch_no_Details extends NodeBase {
  _detail_no_: V3FundAppBrandRedpacketBrandMerchantBatches_batch_no_Details_detail_no_;
  '{detail_no}': V3FundAppBrandRedpacketBrandMerchantBatches_batch_no_Details_detail_no_;
}

/** `v3/fund-app/brand-redpacket/brand-merchant-batches/{batch_no}/details/{detail_no}` */
export interface V3FundAppBrandRedpacketBrandMerchantBatches_batch_no_Details_detail_no_ extends NodeBase, Verbs<'v3/fund-app/brand-redpacket/brand-merchant-batches/{batch_no}/details/{detail_no}'> {
  /**
   * 商家明细单号查询明细单
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/fund-app/brand-redpacket/brand-merchant-batches/{batch_no}/details/{detail_no}'>['getAsync'];
}

/** `v3/fund-app/brand-redpacket/brand-merchant-out-batches` */
export interface V3FundAppBrandRedpacketBrandMerchantOutBatches extends NodeBase {
  _out_batch_no_: V3FundAppBrandRedpacketBrandMerchantOutBatches_out_batch_no_;
  '{out_batch_no}': V3FundAppBrandRedpacketBrandMerchantOutBatches_out_batch_no_;
}

/** `v3/fund-app/brand-redpacket/brand-merchant-out-batches/{out_batch_no}` */
export interface V3FundAppBrandRedpacketBrandMerchantOutBatches_out_batch_no_ extends NodeBase, Verbs<'v3/fund-app/brand-redpacket/brand-merchant-out-batches/{out_batch_no}'> {
  /**
   * 商家批次单号查询批次单
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/fund-app/brand-redpacket/brand-merchant-out-batches/{out_batch_no}'>['getAsync'];
  outDetails: V3FundAppBrandRedpacketBrandMerchantOutBatches_out_batch_no_OutDetails;
}

/** `v3/fund-app/brand-redpacket/brand-merchant-out-batches/{out_batch_no}/out-details` */
export interface V3FundAppBrandRedpacketBrandMerchantOutBatches_out_batch_no_OutDetails extends NodeBase {
  _out_detail_no_: V3FundAppBrandRedpacketBrandMerchantOutBatches_out_batch_no_OutDetails_out_detail_no_;
  '{out_detail_no}': V3FundAppBrandRedpacketBrandMerchantOutBatches_out_batch_no_OutDetails_out_detail_no_;
}

/** `v3/fund-app/brand-redpacket/brand-merchant-out-batches/{out_batch_no}/out-details/{out_detail_no}` */
export interface V3FundAppBrandRedpacketBrandMerchantOutBatches_out_batch_no_OutDetails_out_detail_no_ extends NodeBase, Verbs<'v3/fund-app/brand-redpacket/brand-merchant-out-batches/{out_batch_no}/out-details/{out_detail_no}'> {
  /**
   * 商家明细单号查询明细单
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/fund-app/brand-redpacket/brand-merchant-out-batches/{out_batch_no}/out-details/{out_detail_no}'>['getAsync'];
}

/** `v3/fund-app/mch-transfer` */
export interface V3FundAppMchTransfer extends NodeBase {
  elecsign: V3FundAppMchTransferElecsign;
  partner: V3FundAppMchTransferPartner;
  transferBills: V3FundAppMchTransferTransferBills;
  transferToQqWalletBills: V3FundAppMchTransferTransferToQqWalletBills;
  userConfirmAuthorization: V3FundAppMchTransferUserConfirmAuthorization;
}

/** `v3/fund-app/mch-transfer/elecsign` */
export interface V3FundAppMchTransferElecsign extends NodeBase {
  outBillNo: V3FundAppMchTransferElecsignOutBillNo;
  transferBillNo: V3FundAppMchTransferElecsignTransferBillNo;
}

/** `v3/fund-app/mch-transfer/elecsign/out-bill-no` */
export interface V3FundAppMchTransferElecsignOutBillNo extends NodeBase, Verbs<'v3/fund-app/mch-transfer/elecsign/out-bill-no'> {
  /**
   * 商户单号申请电子回单
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/mch-trans/elecsign/accept-elecsign-by-out-no.html | 官方文档}
   */
  postAsync: Verbs<'v3/fund-app/mch-transfer/elecsign/out-bill-no'>['postAsync'];
  _out_bill_no_: V3FundAppMchTransferElecsignOutBillNo_out_bill_no_;
  '{out_bill_no}': V3FundAppMchTransferElecsignOutBillNo_out_bill_no_;
}

/** `v3/fund-app/mch-transfer/elecsign/out-bill-no/{out_bill_no}` */
export interface V3FundAppMchTransferElecsignOutBillNo_out_bill_no_ extends NodeBase, Verbs<'v3/fund-app/mch-transfer/elecsign/out-bill-no/{out_bill_no}'> {
  /**
   * 商户单号查询电子回单
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/mch-trans/elecsign/query-elecsign-by-out-no.html | 官方文档}
   * @see {@link https://pay.weixin.qq.com/doc/v3/merchant/4012716436 | 官方文档}
   */
  getAsync: Verbs<'v3/fund-app/mch-transfer/elecsign/out-bill-no/{out_bill_no}'>['getAsync'];
}

/** `v3/fund-app/mch-transfer/elecsign/transfer-bill-no` */
export interface V3FundAppMchTransferElecsignTransferBillNo extends NodeBase, Verbs<'v3/fund-app/mch-transfer/elecsign/transfer-bill-no'> {
  /**
   * 微信单号申请电子回单
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/mch-trans/elecsign/accept-elecsign-by-no.html | 官方文档}
   */
  postAsync: Verbs<'v3/fund-app/mch-transfer/elecsign/transfer-bill-no'>['postAsync'];
  _transfer_bill_no_: V3FundAppMchTransferElecsignTransferBillNo_transfer_bill_no_;
  '{transfer_bill_no}': V3FundAppMchTransferElecsignTransferBillNo_transfer_bill_no_;
}

/** `v3/fund-app/mch-transfer/elecsign/transfer-bill-no/{transfer_bill_no}` */
export interface V3FundAppMchTransferElecsignTransferBillNo_transfer_bill_no_ extends NodeBase, Verbs<'v3/fund-app/mch-transfer/elecsign/transfer-bill-no/{transfer_bill_no}'> {
  /**
   * 微信单号查询电子回单
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/mch-trans/elecsign/query-elecsign-by-no.html | 官方文档}
   * @see {@link https://pay.weixin.qq.com/doc/v3/merchant/4012716455 | 官方文档}
   */
  getAsync: Verbs<'v3/fund-app/mch-transfer/elecsign/transfer-bill-no/{transfer_bill_no}'>['getAsync'];
}

/** `v3/fund-app/mch-transfer/partner` */
export interface V3FundAppMchTransferPartner extends NodeBase {
  budget: V3FundAppMchTransferPartnerBudget;
  charityBudget: V3FundAppMchTransferPartnerCharityBudget;
  charityTransferBills: V3FundAppMchTransferPartnerCharityTransferBills;
  electronicReceipts: V3FundAppMchTransferPartnerElectronicReceipts;
  subMchAuthorizations: V3FundAppMchTransferPartnerSubMchAuthorizations;
  transferBills: V3FundAppMchTransferPartnerTransferBills;
  userConfirmAuthorizations: V3FundAppMchTransferPartnerUserConfirmAuthorizations;
}

/** `v3/fund-app/mch-transfer/partner/budget` */
export interface V3FundAppMchTransferPartnerBudget extends NodeBase {
  _out_budget_no_: V3FundAppMchTransferPartnerBudget_out_budget_no_;
  '{out_budget_no}': V3FundAppMchTransferPartnerBudget_out_budget_no_;
}

/** `v3/fund-app/mch-transfer/partner/budget/{out_budget_no}` */
export interface V3FundAppMchTransferPartnerBudget_out_budget_no_ extends NodeBase {
  electronicReceipts: V3FundAppMchTransferPartnerBudget_out_budget_no_ElectronicReceipts;
}

/** `v3/fund-app/mch-transfer/partner/budget/{out_budget_no}/electronic-receipts` */
export interface V3FundAppMchTransferPartnerBudget_out_budget_no_ElectronicReceipts extends NodeBase, Verbs<'v3/fund-app/mch-transfer/partner/budget/{out_budget_no}/electronic-receipts'> {
  /**
   * 查询预算出资的电子回单
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/fund-app/mch-transfer/partner/budget/{out_budget_no}/electronic-receipts'>['getAsync'];
  /**
   * 申请预算出资的电子回单
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/fund-app/mch-transfer/partner/budget/{out_budget_no}/electronic-receipts'>['postAsync'];
}

/** `v3/fund-app/mch-transfer/partner/charity-budget` */
export interface V3FundAppMchTransferPartnerCharityBudget extends NodeBase, Verbs<'v3/fund-app/mch-transfer/partner/charity-budget'> {
  /**
   * 申请公益捐赠预算
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/fund-app/mch-transfer/partner/charity-budget'>['postAsync'];
  _out_budget_no_: V3FundAppMchTransferPartnerCharityBudget_out_budget_no_;
  '{out_budget_no}': V3FundAppMchTransferPartnerCharityBudget_out_budget_no_;
}

/** `v3/fund-app/mch-transfer/partner/charity-budget/{out_budget_no}` */
export interface V3FundAppMchTransferPartnerCharityBudget_out_budget_no_ extends NodeBase, Verbs<'v3/fund-app/mch-transfer/partner/charity-budget/{out_budget_no}'> {
  /**
   * 商户单号查询公益捐赠预算详情
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/fund-app/mch-transfer/partner/charity-budget/{out_budget_no}'>['getAsync'];
  unlock: V3FundAppMchTransferPartnerCharityBudget_out_budget_no_Unlock;
}

/** `v3/fund-app/mch-transfer/partner/charity-budget/{out_budget_no}/unlock` */
export interface V3FundAppMchTransferPartnerCharityBudget_out_budget_no_Unlock extends NodeBase, Verbs<'v3/fund-app/mch-transfer/partner/charity-budget/{out_budget_no}/unlock'> {
  /**
   * 解锁公益捐赠预算
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/fund-app/mch-transfer/partner/charity-budget/{out_budget_no}/unlock'>['postAsync'];
}

/** `v3/fund-app/mch-transfer/partner/charity-transfer-bills` */
export interface V3FundAppMchTransferPartnerCharityTransferBills extends NodeBase, Verbs<'v3/fund-app/mch-transfer/partner/charity-transfer-bills'> {
  /**
   * 发起公益捐赠
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/fund-app/mch-transfer/partner/charity-transfer-bills'>['postAsync'];
  outTransferNo: V3FundAppMchTransferPartnerCharityTransferBillsOutTransferNo;
}

/** `v3/fund-app/mch-transfer/partner/charity-transfer-bills/out-transfer-no` */
export interface V3FundAppMchTransferPartnerCharityTransferBillsOutTransferNo extends NodeBase {
  _out_transfer_no_: V3FundAppMchTransferPartnerCharityTransferBillsOutTransferNo_out_transfer_no_;
  '{out_transfer_no}': V3FundAppMchTransferPartnerCharityTransferBillsOutTransferNo_out_transfer_no_;
}

/** `v3/fund-app/mch-transfer/partner/charity-transfer-bills/out-transfer-no/{out_transfer_no}` */
export interface V3FundAppMchTransferPartnerCharityTransferBillsOutTransferNo_out_transfer_no_ extends NodeBase, Verbs<'v3/fund-app/mch-transfer/partner/charity-transfer-bills/out-transfer-no/{out_transfer_no}'> {
  /**
   * 商户单号查询公益捐赠详情
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/fund-app/mch-transfer/partner/charity-transfer-bills/out-transfer-no/{out_transfer_no}'>['getAsync'];
}

/** `v3/fund-app/mch-transfer/partner/electronic-receipts` */
export interface V3FundAppMchTransferPartnerElectronicReceipts extends NodeBase, Verbs<'v3/fund-app/mch-transfer/partner/electronic-receipts'> {
  /**
   * 申请单笔转账电子回单
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/fund-app/mch-transfer/partner/electronic-receipts'>['postAsync'];
  _out_bill_no_: V3FundAppMchTransferPartnerElectronicReceipts_out_bill_no_;
  '{out_bill_no}': V3FundAppMchTransferPartnerElectronicReceipts_out_bill_no_;
}

/** `v3/fund-app/mch-transfer/partner/electronic-receipts/{out_bill_no}` */
export interface V3FundAppMchTransferPartnerElectronicReceipts_out_bill_no_ extends NodeBase, Verbs<'v3/fund-app/mch-transfer/partner/electronic-receipts/{out_bill_no}'> {
  /**
   * 查询单笔转账电子回单
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/fund-app/mch-transfer/partner/electronic-receipts/{out_bill_no}'>['getAsync'];
}

/** `v3/fund-app/mch-transfer/partner/sub-mch-authorizations` */
export interface V3FundAppMchTransferPartnerSubMchAuthorizations extends NodeBase, Verbs<'v3/fund-app/mch-transfer/partner/sub-mch-authorizations'> {
  /**
   * 申请子商户商家转账授权
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/fund-app/mch-transfer/partner/sub-mch-authorizations'>['postAsync'];
  _sub_mchid_: V3FundAppMchTransferPartnerSubMchAuthorizations_sub_mchid_;
  '{sub_mchid}': V3FundAppMchTransferPartnerSubMchAuthorizations_sub_mchid_;
}

/** `v3/fund-app/mch-transfer/partner/sub-mch-authorizations/{sub_mchid}` */
export interface V3FundAppMchTransferPartnerSubMchAuthorizations_sub_mchid_ extends NodeBase, Verbs<'v3/fund-app/mch-transfer/partner/sub-mch-authorizations/{sub_mchid}'> {
  /**
   * 查询子商户商家转账授权状态
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/fund-app/mch-transfer/partner/sub-mch-authorizations/{sub_mchid}'>['getAsync'];
}

/** `v3/fund-app/mch-transfer/partner/transfer-bills` */
export interface V3FundAppMchTransferPartnerTransferBills extends NodeBase, Verbs<'v3/fund-app/mch-transfer/partner/transfer-bills'> {
  /**
   * 发起转账
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/fund-app/mch-transfer/partner/transfer-bills'>['postAsync'];
  outBillNo: V3FundAppMchTransferPartnerTransferBillsOutBillNo;
  preTransferWithAuthorization: V3FundAppMchTransferPartnerTransferBillsPreTransferWithAuthorization;
  transfer: V3FundAppMchTransferPartnerTransferBillsTransfer;
}

/** `v3/fund-app/mch-transfer/partner/transfer-bills/out-bill-no` */
export interface V3FundAppMchTransferPartnerTransferBillsOutBillNo extends NodeBase {
  _out_bill_no_: V3FundAppMchTransferPartnerTransferBillsOutBillNo_out_bill_no_;
  '{out_bill_no}': V3FundAppMchTransferPartnerTransferBillsOutBillNo_out_bill_no_;
}

/** `v3/fund-app/mch-transfer/partner/transfer-bills/out-bill-no/{out_bill_no}` */
export interface V3FundAppMchTransferPartnerTransferBillsOutBillNo_out_bill_no_ extends NodeBase, Verbs<'v3/fund-app/mch-transfer/partner/transfer-bills/out-bill-no/{out_bill_no}'> {
  /**
   * 商户单号查询转账单
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/fund-app/mch-transfer/partner/transfer-bills/out-bill-no/{out_bill_no}'>['getAsync'];
  cancel: V3FundAppMchTransferPartnerTransferBillsOutBillNo_out_bill_no_Cancel;
}

/** `v3/fund-app/mch-transfer/partner/transfer-bills/out-bill-no/{out_bill_no}/cancel` */
export interface V3FundAppMchTransferPartnerTransferBillsOutBillNo_out_bill_no_Cancel extends NodeBase, Verbs<'v3/fund-app/mch-transfer/partner/transfer-bills/out-bill-no/{out_bill_no}/cancel'> {
  /**
   * 撤销转账
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/fund-app/mch-transfer/partner/transfer-bills/out-bill-no/{out_bill_no}/cancel'>['postAsync'];
}

/** `v3/fund-app/mch-transfer/partner/transfer-bills/pre-transfer-with-authorization` */
export interface V3FundAppMchTransferPartnerTransferBillsPreTransferWithAuthorization extends NodeBase, Verbs<'v3/fund-app/mch-transfer/partner/transfer-bills/pre-transfer-with-authorization'> {
  /**
   * 发起转账并完成自动收款授权
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/fund-app/mch-transfer/partner/transfer-bills/pre-transfer-with-authorization'>['postAsync'];
}

/** `v3/fund-app/mch-transfer/partner/transfer-bills/transfer` */
export interface V3FundAppMchTransferPartnerTransferBillsTransfer extends NodeBase, Verbs<'v3/fund-app/mch-transfer/partner/transfer-bills/transfer'> {
  /**
   * 转账（用户自动收款）
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/fund-app/mch-transfer/partner/transfer-bills/transfer'>['postAsync'];
}

/** `v3/fund-app/mch-transfer/partner/user-confirm-authorizations` */
export interface V3FundAppMchTransferPartnerUserConfirmAuthorizations extends NodeBase, Verbs<'v3/fund-app/mch-transfer/partner/user-confirm-authorizations'> {
  /**
   * 申请免确认收款授权
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/fund-app/mch-transfer/partner/user-confirm-authorizations'>['postAsync'];
  _out_authorization_no_: V3FundAppMchTransferPartnerUserConfirmAuthorizations_out_authorization_no_;
  '{out_authorization_no}': V3FundAppMchTransferPartnerUserConfirmAuthorizations_out_authorization_no_;
}

/** `v3/fund-app/mch-transfer/partner/user-confirm-authorizations/{out_authorization_no}` */
export interface V3FundAppMchTransferPartnerUserConfirmAuthorizations_out_authorization_no_ extends NodeBase, Verbs<'v3/fund-app/mch-transfer/partner/user-confirm-authorizations/{out_authorization_no}'> {
  /**
   * 商户单号查询自动收款授权
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/fund-app/mch-transfer/partner/user-confirm-authorizations/{out_authorization_no}'>['getAsync'];
  close: V3FundAppMchTransferPartnerUserConfirmAuthorizations_out_authorization_no_Close;
}

/** `v3/fund-app/mch-transfer/partner/user-confirm-authorizations/{out_authorization_no}/close` */
export interface V3FundAppMchTransferPartnerUserConfirmAuthorizations_out_authorization_no_Close extends NodeBase, Verbs<'v3/fund-app/mch-transfer/partner/user-confirm-authorizations/{out_authorization_no}/close'> {
  /**
   * 解除免确认收款授权
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/fund-app/mch-transfer/partner/user-confirm-authorizations/{out_authorization_no}/close'>['postAsync'];
}

/** `v3/fund-app/mch-transfer/transfer-bills` */
export interface V3FundAppMchTransferTransferBills extends NodeBase, Verbs<'v3/fund-app/mch-transfer/transfer-bills'> {
  /**
   * 发起转账
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/doc/v3/merchant/4012716434 | 官方文档}
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/mch-trans/transfer-bill/transfer-to-user.html | 官方文档}
   */
  postAsync: Verbs<'v3/fund-app/mch-transfer/transfer-bills'>['postAsync'];
  outBillNo: V3FundAppMchTransferTransferBillsOutBillNo;
  preTransferWithAuthorization: V3FundAppMchTransferTransferBillsPreTransferWithAuthorization;
  transfer: V3FundAppMchTransferTransferBillsTransfer;
  transferBillNo: V3FundAppMchTransferTransferBillsTransferBillNo;
}

/** `v3/fund-app/mch-transfer/transfer-bills/out-bill-no` */
export interface V3FundAppMchTransferTransferBillsOutBillNo extends NodeBase {
  _out_bill_no_: V3FundAppMchTransferTransferBillsOutBillNo_out_bill_no_;
  '{out_bill_no}': V3FundAppMchTransferTransferBillsOutBillNo_out_bill_no_;
}

/** `v3/fund-app/mch-transfer/transfer-bills/out-bill-no/{out_bill_no}` */
export interface V3FundAppMchTransferTransferBillsOutBillNo_out_bill_no_ extends NodeBase, Verbs<'v3/fund-app/mch-transfer/transfer-bills/out-bill-no/{out_bill_no}'> {
  /**
   * 商户单号查询转账单
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/mch-trans/transfer-bill/get-transfer-bill-by-out-no.html | 官方文档}
   */
  getAsync: Verbs<'v3/fund-app/mch-transfer/transfer-bills/out-bill-no/{out_bill_no}'>['getAsync'];
  cancel: V3FundAppMchTransferTransferBillsOutBillNo_out_bill_no_Cancel;
}

/** `v3/fund-app/mch-transfer/transfer-bills/out-bill-no/{out_bill_no}/cancel` */
export interface V3FundAppMchTransferTransferBillsOutBillNo_out_bill_no_Cancel extends NodeBase, Verbs<'v3/fund-app/mch-transfer/transfer-bills/out-bill-no/{out_bill_no}/cancel'> {
  /**
   * 撤销转账
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/mch-trans/transfer-bill/cancel-transfer.html | 官方文档}
   */
  postAsync: Verbs<'v3/fund-app/mch-transfer/transfer-bills/out-bill-no/{out_bill_no}/cancel'>['postAsync'];
}

/** `v3/fund-app/mch-transfer/transfer-bills/pre-transfer-with-authorization` */
export interface V3FundAppMchTransferTransferBillsPreTransferWithAuthorization extends NodeBase, Verbs<'v3/fund-app/mch-transfer/transfer-bills/pre-transfer-with-authorization'> {
  /**
   * 发起转账并完成自动收款授权
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/fund-app/mch-transfer/transfer-bills/pre-transfer-with-authorization'>['postAsync'];
}

/** `v3/fund-app/mch-transfer/transfer-bills/transfer` */
export interface V3FundAppMchTransferTransferBillsTransfer extends NodeBase, Verbs<'v3/fund-app/mch-transfer/transfer-bills/transfer'> {
  /**
   * 用户授权后转账
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/fund-app/mch-transfer/transfer-bills/transfer'>['postAsync'];
}

/** `v3/fund-app/mch-transfer/transfer-bills/transfer-bill-no` */
export interface V3FundAppMchTransferTransferBillsTransferBillNo extends NodeBase {
  _transfer_bill_no_: V3FundAppMchTransferTransferBillsTransferBillNo_transfer_bill_no_;
  '{transfer_bill_no}': V3FundAppMchTransferTransferBillsTransferBillNo_transfer_bill_no_;
}

/** `v3/fund-app/mch-transfer/transfer-bills/transfer-bill-no/{transfer_bill_no}` */
export interface V3FundAppMchTransferTransferBillsTransferBillNo_transfer_bill_no_ extends NodeBase, Verbs<'v3/fund-app/mch-transfer/transfer-bills/transfer-bill-no/{transfer_bill_no}'> {
  /**
   * 微信转账单号查询转账单
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/mch-trans/transfer-bill/get-transfer-bill-by-no.html | 官方文档}
   */
  getAsync: Verbs<'v3/fund-app/mch-transfer/transfer-bills/transfer-bill-no/{transfer_bill_no}'>['getAsync'];
}

/** `v3/fund-app/mch-transfer/transfer-to-qq-wallet-bills` */
export interface V3FundAppMchTransferTransferToQqWalletBills extends NodeBase, Verbs<'v3/fund-app/mch-transfer/transfer-to-qq-wallet-bills'> {
  /**
   * 发起转账到QQ钱包
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/fund-app/mch-transfer/transfer-to-qq-wallet-bills'>['postAsync'];
  _out_bill_no_: V3FundAppMchTransferTransferToQqWalletBills_out_bill_no_;
  '{out_bill_no}': V3FundAppMchTransferTransferToQqWalletBills_out_bill_no_;
}

/** `v3/fund-app/mch-transfer/transfer-to-qq-wallet-bills/{out_bill_no}` */
export interface V3FundAppMchTransferTransferToQqWalletBills_out_bill_no_ extends NodeBase, Verbs<'v3/fund-app/mch-transfer/transfer-to-qq-wallet-bills/{out_bill_no}'> {
  /**
   * 查询转账到QQ钱包的结果
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/fund-app/mch-transfer/transfer-to-qq-wallet-bills/{out_bill_no}'>['getAsync'];
  cancel: V3FundAppMchTransferTransferToQqWalletBills_out_bill_no_Cancel;
}

/** `v3/fund-app/mch-transfer/transfer-to-qq-wallet-bills/{out_bill_no}/cancel` */
export interface V3FundAppMchTransferTransferToQqWalletBills_out_bill_no_Cancel extends NodeBase, Verbs<'v3/fund-app/mch-transfer/transfer-to-qq-wallet-bills/{out_bill_no}/cancel'> {
  /**
   * 撤销转账到QQ钱包
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/fund-app/mch-transfer/transfer-to-qq-wallet-bills/{out_bill_no}/cancel'>['postAsync'];
}

/** `v3/fund-app/mch-transfer/user-confirm-authorization` */
export interface V3FundAppMchTransferUserConfirmAuthorization extends NodeBase, Verbs<'v3/fund-app/mch-transfer/user-confirm-authorization'> {
  /**
   * 申请免确认收款授权
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/fund-app/mch-transfer/user-confirm-authorization'>['postAsync'];
  outAuthorizationNo: V3FundAppMchTransferUserConfirmAuthorizationOutAuthorizationNo;
}

/** `v3/fund-app/mch-transfer/user-confirm-authorization/out-authorization-no` */
export interface V3FundAppMchTransferUserConfirmAuthorizationOutAuthorizationNo extends NodeBase {
  _out_authorization_no_: V3FundAppMchTransferUserConfirmAuthorizationOutAuthorizationNo_out_authorization_no_;
  '{out_authorization_no}': V3FundAppMchTransferUserConfirmAuthorizationOutAuthorizationNo_out_authorization_no_;
}

/** `v3/fund-app/mch-transfer/user-confirm-authorization/out-authorization-no/{out_authorization_no}` */
export interface V3FundAppMchTransferUserConfirmAuthorizationOutAuthorizationNo_out_authorization_no_ extends NodeBase, Verbs<'v3/fund-app/mch-transfer/user-confirm-authorization/out-authorization-no/{out_authorization_no}'> {
  /**
   * 商户单号查询自动收款授权
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/fund-app/mch-transfer/user-confirm-authorization/out-authorization-no/{out_authorization_no}'>['getAsync'];
  close: V3FundAppMchTransferUserConfirmAuthorizationOutAuthorizationNo_out_authorization_no_Close;
}

/** `v3/fund-app/mch-transfer/user-confirm-authorization/out-authorization-no/{out_authorization_no}/close` */
export interface V3FundAppMchTransferUserConfirmAuthorizationOutAuthorizationNo_out_authorization_no_Close extends NodeBase, Verbs<'v3/fund-app/mch-transfer/user-confirm-authorization/out-authorization-no/{out_authorization_no}/close'> {
  /**
   * 解除免确认收款授权
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/fund-app/mch-transfer/user-confirm-authorization/out-authorization-no/{out_authorization_no}/close'>['postAsync'];
}

/** `v3/funds-to-oversea` */
export interface V3FundsToOversea extends NodeBase {
  billDownloadUrl: V3FundsToOverseaBillDownloadUrl;
  orders: V3FundsToOverseaOrders;
  return: V3FundsToOverseaReturn;
  transactions: V3FundsToOverseaTransactions;
}

/** `v3/funds-to-oversea/bill-download-url` */
export interface V3FundsToOverseaBillDownloadUrl extends NodeBase, Verbs<'v3/funds-to-oversea/bill-download-url'> {
  /**
   * 获取购付汇账单文件下载链接API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter7_10_4.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/funds-to-oversea/bill-download-url'>['getAsync'];
}

/** `v3/funds-to-oversea/orders` */
export interface V3FundsToOverseaOrders extends NodeBase, Verbs<'v3/funds-to-oversea/orders'> {
  /**
   * 申请资金出境API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter7_10_2.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/funds-to-oversea/orders'>['postAsync'];
  _out_order_id_: V3FundsToOverseaOrders_out_order_id_;
  '{out_order_id}': V3FundsToOverseaOrders_out_order_id_;
}

/** `v3/funds-to-oversea/orders/{out_order_id}` */
export interface V3FundsToOverseaOrders_out_order_id_ extends NodeBase, Verbs<'v3/funds-to-oversea/orders/{out_order_id}'> {
  /**
   * 查询出境结果API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter7_10_3.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/funds-to-oversea/orders/{out_order_id}'>['getAsync'];
}

/** `v3/funds-to-oversea/return` */
export interface V3FundsToOverseaReturn extends NodeBase {
  returnOrders: V3FundsToOverseaReturnReturnOrders;
}

/** `v3/funds-to-oversea/return/return-orders` */
export interface V3FundsToOverseaReturnReturnOrders extends NodeBase, Verbs<'v3/funds-to-oversea/return/return-orders'> {
  /**
   * 申请资金出境退回
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/doc/v3/partner/4013735039 | 官方文档}
   */
  postAsync: Verbs<'v3/funds-to-oversea/return/return-orders'>['postAsync'];
  outReturnNo: V3FundsToOverseaReturnReturnOrdersOutReturnNo;
}

/** `v3/funds-to-oversea/return/return-orders/out-return-no` */
export interface V3FundsToOverseaReturnReturnOrdersOutReturnNo extends NodeBase {
  _out_return_no_: V3FundsToOverseaReturnReturnOrdersOutReturnNo_out_return_no_;
  '{out_return_no}': V3FundsToOverseaReturnReturnOrdersOutReturnNo_out_return_no_;
}

/** `v3/funds-to-oversea/return/return-orders/out-return-no/{out_return_no}` */
export interface V3FundsToOverseaReturnReturnOrdersOutReturnNo_out_return_no_ extends NodeBase, Verbs<'v3/funds-to-oversea/return/return-orders/out-return-no/{out_return_no}'> {
  /**
   * 查询出境退回结果（通过商户出境退回单号）
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/doc/v3/partner/4013735052 | 官方文档}
   */
  getAsync: Verbs<'v3/funds-to-oversea/return/return-orders/out-return-no/{out_return_no}'>['getAsync'];
}

/** `v3/funds-to-oversea/transactions` */
export interface V3FundsToOverseaTransactions extends NodeBase {
  _transaction_id_: V3FundsToOverseaTransactions_transaction_id_;
  '{transaction_id}': V3FundsToOverseaTransactions_transaction_id_;
}

/** `v3/funds-to-oversea/transactions/{transaction_id}` */
export interface V3FundsToOverseaTransactions_transaction_id_ extends NodeBase {
  available_abroad_amounts: V3FundsToOverseaTransactions_transaction_id_Available_abroad_amounts;
}

/** `v3/funds-to-oversea/transactions/{transaction_id}/available_abroad_amounts` */
export interface V3FundsToOverseaTransactions_transaction_id_Available_abroad_amounts extends NodeBase, Verbs<'v3/funds-to-oversea/transactions/{transaction_id}/available_abroad_amounts'> {
  /**
   * 查询订单剩余可出境余额API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter7_10_1.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/funds-to-oversea/transactions/{transaction_id}/available_abroad_amounts'>['getAsync'];
}

/** `v3/global` */
export interface V3Global extends NodeBase {
  certificates: V3GlobalCertificates;
  customs: V3GlobalCustoms;
  merchant: V3GlobalMerchant;
  merchantService: V3GlobalMerchantService;
  merchantStorage: V3GlobalMerchantStorage;
  merchants: V3GlobalMerchants;
  micropay: V3GlobalMicropay;
  papay: V3GlobalPapay;
  profitSharing: V3GlobalProfitSharing;
  refund: V3GlobalRefund;
  refunds: V3GlobalRefunds;
  settle: V3GlobalSettle;
  statements: V3GlobalStatements;
  transactions: V3GlobalTransactions;
}

/** `v3/global/certificates` */
export interface V3GlobalCertificates extends NodeBase, Verbs<'v3/global/certificates'> {
  /**
   * 获取平台证书列表
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter3_1_8.shtml | 官方开发文档}
   */
  getAsync: Verbs<'v3/global/certificates'>['getAsync'];
}

/** `v3/global/customs` */
export interface V3GlobalCustoms extends NodeBase {
  orders: V3GlobalCustomsOrders;
  redeclare: V3GlobalCustomsRedeclare;
  verifyCertificate: V3GlobalCustomsVerifyCertificate;
}

/** `v3/global/customs/orders` */
export interface V3GlobalCustomsOrders extends NodeBase, Verbs<'v3/global/customs/orders'> {
  /**
   * 报关查询API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter4_3_3.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/global/customs/orders'>['getAsync'];
  /**
   * 报关API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter4_3_1.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/global/customs/orders'>['postAsync'];
  /**
   * 报关信息修改API
   *
   * Async twin of `patch`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter4_3_5.shtml | 官方文档}
   */
  patchAsync: Verbs<'v3/global/customs/orders'>['patchAsync'];
}

/** `v3/global/customs/redeclare` */
export interface V3GlobalCustomsRedeclare extends NodeBase, Verbs<'v3/global/customs/redeclare'> {
  /**
   * 报关重推API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter4_3_4.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/global/customs/redeclare'>['postAsync'];
}

/** `v3/global/customs/verify-certificate` */
export interface V3GlobalCustomsVerifyCertificate extends NodeBase, Verbs<'v3/global/customs/verify-certificate'> {
  /**
   * 身份信息校验API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter4_3_2.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/global/customs/verify-certificate'>['postAsync'];
}

/** `v3/global/merchant` */
export interface V3GlobalMerchant extends NodeBase {
  h5: V3GlobalMerchantH5;
}

/** `v3/global/merchant-service` */
export interface V3GlobalMerchantService extends NodeBase {
  complaintNotifications: V3GlobalMerchantServiceComplaintNotifications;
  complaints: V3GlobalMerchantServiceComplaints;
  images: V3GlobalMerchantServiceImages;
}

/** `v3/global/merchant-service/complaint-notifications` */
export interface V3GlobalMerchantServiceComplaintNotifications extends NodeBase, Verbs<'v3/global/merchant-service/complaint-notifications'> {
  /**
   * 查询投诉通知回调
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/global/merchant-service/complaint-notifications'>['getAsync'];
  /**
   * 创建投诉通知回调
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/global/merchant-service/complaint-notifications'>['postAsync'];
  /**
   * 更新投诉通知回调
   *
   * Async twin of `put`.
   */
  putAsync: Verbs<'v3/global/merchant-service/complaint-notifications'>['putAsync'];
  /**
   * 删除投诉通知回调
   *
   * Async twin of `delete`.
   */
  deleteAsync: Verbs<'v3/global/merchant-service/complaint-notifications'>['deleteAsync'];
}

/** `v3/global/merchant-service/complaints` */
export interface V3GlobalMerchantServiceComplaints extends NodeBase, Verbs<'v3/global/merchant-service/complaints'> {
  /**
   * 查询投诉单列表
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/global/merchant-service/complaints'>['getAsync'];
  _complaint_id_: V3GlobalMerchantServiceComplaints_complaint_id_;
  '{complaint_id}': V3GlobalMerchantServiceComplaints_complaint_id_;
}

/** `v3/global/merchant-service/complaints/{complaint_id}` */
export interface V3GlobalMerchantServiceComplaints_complaint_id_ extends NodeBase, Verbs<'v3/global/merchant-service/complaints/{complaint_id}'> {
  /**
   * 查询投诉单详情
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/consumer-complaint/complaints/query-complaint-v2.html | 官方文档}
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/consumer-complaint/complaints/query-complaint-v2.html | 官方文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter10_2_13.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/global/merchant-service/complaints/{complaint_id}'>['getAsync'];
  complete: V3GlobalMerchantServiceComplaints_complaint_id_Complete;
  negotiationHistorys: V3GlobalMerchantServiceComplaints_complaint_id_NegotiationHistorys;
  response: V3GlobalMerchantServiceComplaints_complaint_id_Response;
}

/** `v3/global/merchant-service/complaints/{complaint_id}/complete` */
export interface V3GlobalMerchantServiceComplaints_complaint_id_Complete extends NodeBase, Verbs<'v3/global/merchant-service/complaints/{complaint_id}/complete'> {
  /**
   * 反馈处理完成
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/global/merchant-service/complaints/{complaint_id}/complete'>['postAsync'];
}

/** `v3/global/merchant-service/complaints/{complaint_id}/negotiation-historys` */
export interface V3GlobalMerchantServiceComplaints_complaint_id_NegotiationHistorys extends NodeBase, Verbs<'v3/global/merchant-service/complaints/{complaint_id}/negotiation-historys'> {
  /**
   * 查询投诉协商历史
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/consumer-complaint/complaints/query-negotiation-history-v2.html | 官方文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter10_2_12.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/global/merchant-service/complaints/{complaint_id}/negotiation-historys'>['getAsync'];
}

/** `v3/global/merchant-service/complaints/{complaint_id}/response` */
export interface V3GlobalMerchantServiceComplaints_complaint_id_Response extends NodeBase, Verbs<'v3/global/merchant-service/complaints/{complaint_id}/response'> {
  /**
   * 提交回复
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/global/merchant-service/complaints/{complaint_id}/response'>['postAsync'];
}

/** `v3/global/merchant-service/images` */
export interface V3GlobalMerchantServiceImages extends NodeBase {
  upload: V3GlobalMerchantServiceImagesUpload;
  _media_id_: V3GlobalMerchantServiceImages_media_id_;
  '{media_id}': V3GlobalMerchantServiceImages_media_id_;
}

/** `v3/global/merchant-service/images/upload` */
export interface V3GlobalMerchantServiceImagesUpload extends NodeBase, Verbs<'v3/global/merchant-service/images/upload'> {
  /**
   * 商户上传反馈图片API
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/global/merchant-service/images/upload'>['postAsync'];
}

/** `v3/global/merchant-service/images/{media_id}` */
export interface V3GlobalMerchantServiceImages_media_id_ extends NodeBase, Verbs<'v3/global/merchant-service/images/{media_id}'> {
  /**
   * 图片下载API
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/global/merchant-service/images/{media_id}'>['getAsync'];
}

/** `v3/global/merchant-storage` */
export interface V3GlobalMerchantStorage extends NodeBase {
  file: V3GlobalMerchantStorageFile;
}

/** `v3/global/merchant-storage/file` */
export interface V3GlobalMerchantStorageFile extends NodeBase {
  upload: V3GlobalMerchantStorageFileUpload;
}

/** `v3/global/merchant-storage/file/upload` */
export interface V3GlobalMerchantStorageFileUpload extends NodeBase, Verbs<'v3/global/merchant-storage/file/upload'> {
  /**
   * 上传文件API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter4_1_11.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/global/merchant-storage/file/upload'>['postAsync'];
}

/** `v3/global/merchant/h5` */
export interface V3GlobalMerchantH5 extends NodeBase {
  permission: V3GlobalMerchantH5Permission;
}

/** `v3/global/merchant/h5/permission` */
export interface V3GlobalMerchantH5Permission extends NodeBase {
  applications: V3GlobalMerchantH5PermissionApplications;
  domain: V3GlobalMerchantH5PermissionDomain;
  _sub_mchid_: V3GlobalMerchantH5Permission_sub_mchid_;
  '{sub_mchid}': V3GlobalMerchantH5Permission_sub_mchid_;
}

/** `v3/global/merchant/h5/permission/applications` */
export interface V3GlobalMerchantH5PermissionApplications extends NodeBase, Verbs<'v3/global/merchant/h5/permission/applications'> {
  /**
   * 创建H5支付权限申请单
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter4_4_1.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/global/merchant/h5/permission/applications'>['postAsync'];
  _applyment_id_: V3GlobalMerchantH5PermissionApplications_applyment_id_;
  '{applyment_id}': V3GlobalMerchantH5PermissionApplications_applyment_id_;
}

/** `v3/global/merchant/h5/permission/applications/{applyment_id}` */
export interface V3GlobalMerchantH5PermissionApplications_applyment_id_ extends NodeBase, Verbs<'v3/global/merchant/h5/permission/applications/{applyment_id}'> {
  /**
   * 查询H5支付权限申请单详情
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter4_4_2.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/global/merchant/h5/permission/applications/{applyment_id}'>['getAsync'];
  /**
   * 修改H5支付权限申请单
   *
   * Async twin of `patch`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter4_4_3.shtml | 官方文档}
   */
  patchAsync: Verbs<'v3/global/merchant/h5/permission/applications/{applyment_id}'>['patchAsync'];
}

/** `v3/global/merchant/h5/permission/domain` */
export interface V3GlobalMerchantH5PermissionDomain extends NodeBase {
  applications: V3GlobalMerchantH5PermissionDomainApplications;
}

/** `v3/global/merchant/h5/permission/domain/applications` */
export interface V3GlobalMerchantH5PermissionDomainApplications extends NodeBase, Verbs<'v3/global/merchant/h5/permission/domain/applications'> {
  /**
   * 创建H5支付域名修改申请单
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter4_4_4.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/global/merchant/h5/permission/domain/applications'>['postAsync'];
  _applyment_id_: V3GlobalMerchantH5PermissionDomainApplications_applyment_id_;
  '{applyment_id}': V3GlobalMerchantH5PermissionDomainApplications_applyment_id_;
}

/** `v3/global/merchant/h5/permission/domain/applications/{applyment_id}` */
export interface V3GlobalMerchantH5PermissionDomainApplications_applyment_id_ extends NodeBase, Verbs<'v3/global/merchant/h5/permission/domain/applications/{applyment_id}'> {
  /**
   * 查询H5支付域名修改申请单
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter4_4_5.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/global/merchant/h5/permission/domain/applications/{applyment_id}'>['getAsync'];
  /**
   * 修改H5支付域名修改申请单
   *
   * Async twin of `patch`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter4_4_6.shtml | 官方文档}
   */
  patchAsync: Verbs<'v3/global/merchant/h5/permission/domain/applications/{applyment_id}'>['patchAsync'];
}

/** `v3/global/merchant/h5/permission/{sub_mchid}` */
export interface V3GlobalMerchantH5Permission_sub_mchid_ extends NodeBase, Verbs<'v3/global/merchant/h5/permission/{sub_mchid}'> {
  /**
   * 查询子商户H5支付权限状态
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter4_4_7.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/global/merchant/h5/permission/{sub_mchid}'>['getAsync'];
}

/** `v3/global/merchants` */
export interface V3GlobalMerchants extends NodeBase, Verbs<'v3/global/merchants'> {
  /**
   * 子商户进件（融合钱包）
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/global/merchants'>['postAsync'];
  _sub_mchid_: V3GlobalMerchants_sub_mchid_;
  '{sub_mchid}': V3GlobalMerchants_sub_mchid_;
}

/** `v3/global/merchants/{sub_mchid}` */
export interface V3GlobalMerchants_sub_mchid_ extends NodeBase, Verbs<'v3/global/merchants/{sub_mchid}'> {
  /**
   * 查询子商户（融合钱包）
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/global/merchants/{sub_mchid}'>['getAsync'];
  /**
   * 修改子商户（融合钱包）
   *
   * Async twin of `patch`.
   */
  patchAsync: Verbs<'v3/global/merchants/{sub_mchid}'>['patchAsync'];
}

/** `v3/global/micropay` */
export interface V3GlobalMicropay extends NodeBase {
  transactions: V3GlobalMicropayTransactions;
}

/** `v3/global/micropay/transactions` */
export interface V3GlobalMicropayTransactions extends NodeBase {
  id: V3GlobalMicropayTransactionsId;
  outTradeNo: V3GlobalMicropayTransactionsOutTradeNo;
  pay: V3GlobalMicropayTransactionsPay;
}

/** `v3/global/micropay/transactions/id` */
export interface V3GlobalMicropayTransactionsId extends NodeBase {
  _transaction_id_: V3GlobalMicropayTransactionsId_transaction_id_;
  '{transaction_id}': V3GlobalMicropayTransactionsId_transaction_id_;
}

/** `v3/global/micropay/transactions/id/{transaction_id}` */
export interface V3GlobalMicropayTransactionsId_transaction_id_ extends NodeBase {
  reverse: V3GlobalMicropayTransactionsId_transaction_id_Reverse;
}

/** `v3/global/micropay/transactions/id/{transaction_id}/reverse` */
export interface V3GlobalMicropayTransactionsId_transaction_id_Reverse extends NodeBase, Verbs<'v3/global/micropay/transactions/id/{transaction_id}/reverse'> {
  /**
   * 撤销订单(微信支付订单号)
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter3_1_7.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/global/micropay/transactions/id/{transaction_id}/reverse'>['postAsync'];
}

/** `v3/global/micropay/transactions/out-trade-no` */
export interface V3GlobalMicropayTransactionsOutTradeNo extends NodeBase {
  _out_trade_no_: V3GlobalMicropayTransactionsOutTradeNo_out_trade_no_;
  '{out_trade_no}': V3GlobalMicropayTransactionsOutTradeNo_out_trade_no_;
}

/** `v3/global/micropay/transactions/out-trade-no/{out_trade_no}` */
export interface V3GlobalMicropayTransactionsOutTradeNo_out_trade_no_ extends NodeBase {
  reverse: V3GlobalMicropayTransactionsOutTradeNo_out_trade_no_Reverse;
}

/** `v3/global/micropay/transactions/out-trade-no/{out_trade_no}/reverse` */
export interface V3GlobalMicropayTransactionsOutTradeNo_out_trade_no_Reverse extends NodeBase, Verbs<'v3/global/micropay/transactions/out-trade-no/{out_trade_no}/reverse'> {
  /**
   * 撤销订单(商户订单号)
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter3_1_7.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/global/micropay/transactions/out-trade-no/{out_trade_no}/reverse'>['postAsync'];
}

/** `v3/global/micropay/transactions/pay` */
export interface V3GlobalMicropayTransactionsPay extends NodeBase, Verbs<'v3/global/micropay/transactions/pay'> {
  /**
   * 提交付款码支付
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter3_1_1.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/global/micropay/transactions/pay'>['postAsync'];
}

/** `v3/global/papay` */
export interface V3GlobalPapay extends NodeBase {
  contracts: V3GlobalPapayContracts;
  transactions: V3GlobalPapayTransactions;
}

/** `v3/global/papay/contracts` */
export interface V3GlobalPapayContracts extends NodeBase {
  appPreEntrustSign: V3GlobalPapayContractsAppPreEntrustSign;
  h5PreEntrustSign: V3GlobalPapayContractsH5PreEntrustSign;
  jsapiPreEntrustSign: V3GlobalPapayContractsJsapiPreEntrustSign;
  miniprogramPreEntrustSign: V3GlobalPapayContractsMiniprogramPreEntrustSign;
  outContractCode: V3GlobalPapayContractsOutContractCode;
  webPreEntrustSign: V3GlobalPapayContractsWebPreEntrustSign;
  _contract_id_: V3GlobalPapayContracts_contract_id_;
  '{contract_id}': V3GlobalPapayContracts_contract_id_;
}

/** `v3/global/papay/contracts/app-pre-entrust-sign` */
export interface V3GlobalPapayContractsAppPreEntrustSign extends NodeBase, Verbs<'v3/global/papay/contracts/app-pre-entrust-sign'> {
  /**
   * APP签约API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter5_1_18.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/global/papay/contracts/app-pre-entrust-sign'>['postAsync'];
}

/** `v3/global/papay/contracts/h5-pre-entrust-sign` */
export interface V3GlobalPapayContractsH5PreEntrustSign extends NodeBase, Verbs<'v3/global/papay/contracts/h5-pre-entrust-sign'> {
  /**
   * H5预签约API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter5_1_14.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/global/papay/contracts/h5-pre-entrust-sign'>['postAsync'];
}

/** `v3/global/papay/contracts/jsapi-pre-entrust-sign` */
export interface V3GlobalPapayContractsJsapiPreEntrustSign extends NodeBase, Verbs<'v3/global/papay/contracts/jsapi-pre-entrust-sign'> {
  /**
   * JSAPI预签约API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter5_1_15.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/global/papay/contracts/jsapi-pre-entrust-sign'>['postAsync'];
}

/** `v3/global/papay/contracts/miniprogram-pre-entrust-sign` */
export interface V3GlobalPapayContractsMiniprogramPreEntrustSign extends NodeBase, Verbs<'v3/global/papay/contracts/miniprogram-pre-entrust-sign'> {
  /**
   * 小程序签约API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter5_1_1.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/global/papay/contracts/miniprogram-pre-entrust-sign'>['postAsync'];
}

/** `v3/global/papay/contracts/out-contract-code` */
export interface V3GlobalPapayContractsOutContractCode extends NodeBase {
  _out_contract_code_: V3GlobalPapayContractsOutContractCode_out_contract_code_;
  '{out_contract_code}': V3GlobalPapayContractsOutContractCode_out_contract_code_;
}

/** `v3/global/papay/contracts/out-contract-code/{out_contract_code}` */
export interface V3GlobalPapayContractsOutContractCode_out_contract_code_ extends NodeBase, Verbs<'v3/global/papay/contracts/out-contract-code/{out_contract_code}'> {
  /**
   * 商户协议号查询签约API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter5_1_3.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/global/papay/contracts/out-contract-code/{out_contract_code}'>['getAsync'];
}

/** `v3/global/papay/contracts/web-pre-entrust-sign` */
export interface V3GlobalPapayContractsWebPreEntrustSign extends NodeBase, Verbs<'v3/global/papay/contracts/web-pre-entrust-sign'> {
  /**
   * WEB预签约API
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/global/papay/contracts/web-pre-entrust-sign'>['postAsync'];
}

/** `v3/global/papay/contracts/{contract_id}` */
export interface V3GlobalPapayContracts_contract_id_ extends NodeBase, Verbs<'v3/global/papay/contracts/{contract_id}'> {
  /**
   * 代扣协议ID查询签约API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter5_1_2.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/global/papay/contracts/{contract_id}'>['getAsync'];
  terminate: V3GlobalPapayContracts_contract_id_Terminate;
}

/** `v3/global/papay/contracts/{contract_id}/terminate` */
export interface V3GlobalPapayContracts_contract_id_Terminate extends NodeBase, Verbs<'v3/global/papay/contracts/{contract_id}/terminate'> {
  /**
   * 申请解约API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter5_1_4.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/global/papay/contracts/{contract_id}/terminate'>['postAsync'];
}

/** `v3/global/papay/transactions` */
export interface V3GlobalPapayTransactions extends NodeBase, Verbs<'v3/global/papay/transactions'> {
  /**
   * 支付扣款API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter5_1_6.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/global/papay/transactions'>['postAsync'];
  outTradeNo: V3GlobalPapayTransactionsOutTradeNo;
  _transaction_id_: V3GlobalPapayTransactions_transaction_id_;
  '{transaction_id}': V3GlobalPapayTransactions_transaction_id_;
}

/** `v3/global/papay/transactions/out-trade-no` */
export interface V3GlobalPapayTransactionsOutTradeNo extends NodeBase {
  _out_trade_no_: V3GlobalPapayTransactionsOutTradeNo_out_trade_no_;
  '{out_trade_no}': V3GlobalPapayTransactionsOutTradeNo_out_trade_no_;
}

/** `v3/global/papay/transactions/out-trade-no/{out_trade_no}` */
export interface V3GlobalPapayTransactionsOutTradeNo_out_trade_no_ extends NodeBase, Verbs<'v3/global/papay/transactions/out-trade-no/{out_trade_no}'> {
  /**
   * 查询订单(商户订单号)
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter5_1_8.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/global/papay/transactions/out-trade-no/{out_trade_no}'>['getAsync'];
  reverse: V3GlobalPapayTransactionsOutTradeNo_out_trade_no_Reverse;
}

/** `v3/global/papay/transactions/out-trade-no/{out_trade_no}/reverse` */
export interface V3GlobalPapayTransactionsOutTradeNo_out_trade_no_Reverse extends NodeBase, Verbs<'v3/global/papay/transactions/out-trade-no/{out_trade_no}/reverse'> {
  /**
   * 撤销订单(商户订单号)
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter5_1_10.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/global/papay/transactions/out-trade-no/{out_trade_no}/reverse'>['postAsync'];
}

/** `v3/global/papay/transactions/{transaction_id}` */
export interface V3GlobalPapayTransactions_transaction_id_ extends NodeBase, Verbs<'v3/global/papay/transactions/{transaction_id}'> {
  /**
   * 查询订单(微信支付订单号)
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter5_1_8.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/global/papay/transactions/{transaction_id}'>['getAsync'];
}

/** `v3/global/profit-sharing` */
export interface V3GlobalProfitSharing extends NodeBase {
  billDownloadUrl: V3GlobalProfitSharingBillDownloadUrl;
  orders: V3GlobalProfitSharingOrders;
  receivers: V3GlobalProfitSharingReceivers;
  refunds: V3GlobalProfitSharingRefunds;
  transactions: V3GlobalProfitSharingTransactions;
}

/** `v3/global/profit-sharing/bill-download-url` */
export interface V3GlobalProfitSharingBillDownloadUrl extends NodeBase, Verbs<'v3/global/profit-sharing/bill-download-url'> {
  /**
   * 获取分账账单文件下载地址API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter4_1_9.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/global/profit-sharing/bill-download-url'>['getAsync'];
}

/** `v3/global/profit-sharing/orders` */
export interface V3GlobalProfitSharingOrders extends NodeBase, Verbs<'v3/global/profit-sharing/orders'> {
  /**
   * 请求分账API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter4_1_2.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/global/profit-sharing/orders'>['postAsync'];
  unfreeze: V3GlobalProfitSharingOrdersUnfreeze;
  _out_order_no_: V3GlobalProfitSharingOrders_out_order_no_;
  '{out_order_no}': V3GlobalProfitSharingOrders_out_order_no_;
}

/** `v3/global/profit-sharing/orders/unfreeze` */
export interface V3GlobalProfitSharingOrdersUnfreeze extends NodeBase, Verbs<'v3/global/profit-sharing/orders/unfreeze'> {
  /**
   * 解冻剩余资金API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter4_1_3.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/global/profit-sharing/orders/unfreeze'>['postAsync'];
}

/** `v3/global/profit-sharing/orders/{out_order_no}` */
export interface V3GlobalProfitSharingOrders_out_order_no_ extends NodeBase, Verbs<'v3/global/profit-sharing/orders/{out_order_no}'> {
  /**
   * 查询分账结果API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter4_1_4.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/global/profit-sharing/orders/{out_order_no}'>['getAsync'];
}

/** `v3/global/profit-sharing/receivers` */
export interface V3GlobalProfitSharingReceivers extends NodeBase, Verbs<'v3/global/profit-sharing/receivers'> {
  /**
   * 添加分账接收方API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter4_1_6.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/global/profit-sharing/receivers'>['postAsync'];
  /**
   * 删除分账接收方API
   *
   * Async twin of `delete`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter4_1_8.shtml | 官方文档}
   */
  deleteAsync: Verbs<'v3/global/profit-sharing/receivers'>['deleteAsync'];
  _account_: V3GlobalProfitSharingReceivers_account_;
  '{account}': V3GlobalProfitSharingReceivers_account_;
}

/** `v3/global/profit-sharing/receivers/{account}` */
export interface V3GlobalProfitSharingReceivers_account_ extends NodeBase, Verbs<'v3/global/profit-sharing/receivers/{account}'> {
  /**
   * 查询分账接收方添加结果API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter4_1_7.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/global/profit-sharing/receivers/{account}'>['getAsync'];
}

/** `v3/global/profit-sharing/refunds` */
export interface V3GlobalProfitSharingRefunds extends NodeBase {
  billDownloadUrl: V3GlobalProfitSharingRefundsBillDownloadUrl;
  refundableBalance: V3GlobalProfitSharingRefundsRefundableBalance;
}

/** `v3/global/profit-sharing/refunds/bill-download-url` */
export interface V3GlobalProfitSharingRefundsBillDownloadUrl extends NodeBase, Verbs<'v3/global/profit-sharing/refunds/bill-download-url'> {
  /**
   * 获取分账退款账单下载链接API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter4_1_14.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/global/profit-sharing/refunds/bill-download-url'>['getAsync'];
}

/** `v3/global/profit-sharing/refunds/refundable-balance` */
export interface V3GlobalProfitSharingRefundsRefundableBalance extends NodeBase, Verbs<'v3/global/profit-sharing/refunds/refundable-balance'> {
  /**
   * 查询可供垫付退款实时余额API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter4_1_13.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/global/profit-sharing/refunds/refundable-balance'>['getAsync'];
}

/** `v3/global/profit-sharing/transactions` */
export interface V3GlobalProfitSharingTransactions extends NodeBase {
  mark: V3GlobalProfitSharingTransactionsMark;
  _transaction_id_: V3GlobalProfitSharingTransactions_transaction_id_;
  '{transaction_id}': V3GlobalProfitSharingTransactions_transaction_id_;
}

/** `v3/global/profit-sharing/transactions/mark` */
export interface V3GlobalProfitSharingTransactionsMark extends NodeBase, Verbs<'v3/global/profit-sharing/transactions/mark'> {
  /**
   * 分账标记API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter4_1_1.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/global/profit-sharing/transactions/mark'>['postAsync'];
}

/** `v3/global/profit-sharing/transactions/{transaction_id}` */
export interface V3GlobalProfitSharingTransactions_transaction_id_ extends NodeBase {
  amounts: V3GlobalProfitSharingTransactions_transaction_id_Amounts;
  refundableAmounts: V3GlobalProfitSharingTransactions_transaction_id_RefundableAmounts;
}

/** `v3/global/profit-sharing/transactions/{transaction_id}/amounts` */
export interface V3GlobalProfitSharingTransactions_transaction_id_Amounts extends NodeBase, Verbs<'v3/global/profit-sharing/transactions/{transaction_id}/amounts'> {
  /**
   * 查询剩余待分金额API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter4_1_5.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/global/profit-sharing/transactions/{transaction_id}/amounts'>['getAsync'];
}

/** `v3/global/profit-sharing/transactions/{transaction_id}/refundable-amounts` */
export interface V3GlobalProfitSharingTransactions_transaction_id_RefundableAmounts extends NodeBase, Verbs<'v3/global/profit-sharing/transactions/{transaction_id}/refundable-amounts'> {
  /**
   * 查询订单剩余可退款金额API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter4_1_12.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/global/profit-sharing/transactions/{transaction_id}/refundable-amounts'>['getAsync'];
}

/** `v3/global/refund` */
export interface V3GlobalRefund extends NodeBase {
  partner: V3GlobalRefundPartner;
  rechargeBalance: V3GlobalRefundRechargeBalance;
}

/** `v3/global/refund/partner` */
export interface V3GlobalRefundPartner extends NodeBase {
  rechargeBalance: V3GlobalRefundPartnerRechargeBalance;
}

/** `v3/global/refund/partner/recharge-balance` */
export interface V3GlobalRefundPartnerRechargeBalance extends NodeBase {
  subMchid: V3GlobalRefundPartnerRechargeBalanceSubMchid;
}

/** `v3/global/refund/partner/recharge-balance/sub-mchid` */
export interface V3GlobalRefundPartnerRechargeBalanceSubMchid extends NodeBase {
  _sub_mchid_: V3GlobalRefundPartnerRechargeBalanceSubMchid_sub_mchid_;
  '{sub_mchid}': V3GlobalRefundPartnerRechargeBalanceSubMchid_sub_mchid_;
}

/** `v3/global/refund/partner/recharge-balance/sub-mchid/{sub_mchid}` */
export interface V3GlobalRefundPartnerRechargeBalanceSubMchid_sub_mchid_ extends NodeBase, Verbs<'v3/global/refund/partner/recharge-balance/sub-mchid/{sub_mchid}'> {
  /**
   * 商家充值退款余额查询
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/doc/global/v3/zh/4013068934 | 官方文档}
   */
  getAsync: Verbs<'v3/global/refund/partner/recharge-balance/sub-mchid/{sub_mchid}'>['getAsync'];
}

/** `v3/global/refund/recharge-balance` */
export interface V3GlobalRefundRechargeBalance extends NodeBase, Verbs<'v3/global/refund/recharge-balance'> {
  /**
   * 商家充值退款余额查询
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/doc/global/v3/zh/4013068934 | 官方文档}
   */
  getAsync: Verbs<'v3/global/refund/recharge-balance'>['getAsync'];
}

/** `v3/global/refunds` */
export interface V3GlobalRefunds extends NodeBase, Verbs<'v3/global/refunds'> {
  /**
   * 查询所有退款
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/global/refunds'>['getAsync'];
  /**
   * 申请退款
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/global/refunds'>['postAsync'];
  id: V3GlobalRefundsId;
  outRefundNo: V3GlobalRefundsOutRefundNo;
}

/** `v3/global/refunds/id` */
export interface V3GlobalRefundsId extends NodeBase {
  _refund_id_: V3GlobalRefundsId_refund_id_;
  '{refund_id}': V3GlobalRefundsId_refund_id_;
}

/** `v3/global/refunds/id/{refund_id}` */
export interface V3GlobalRefundsId_refund_id_ extends NodeBase, Verbs<'v3/global/refunds/id/{refund_id}'> {
  /**
   * 查询单笔退款(微信支付退款订单号)
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/global/refunds/id/{refund_id}'>['getAsync'];
}

/** `v3/global/refunds/out-refund-no` */
export interface V3GlobalRefundsOutRefundNo extends NodeBase {
  _out_refund_no_: V3GlobalRefundsOutRefundNo_out_refund_no_;
  '{out_refund_no}': V3GlobalRefundsOutRefundNo_out_refund_no_;
}

/** `v3/global/refunds/out-refund-no/{out_refund_no}` */
export interface V3GlobalRefundsOutRefundNo_out_refund_no_ extends NodeBase, Verbs<'v3/global/refunds/out-refund-no/{out_refund_no}'> {
  /**
   * 查询单笔退款(商户退款订单号)
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/global/refunds/out-refund-no/{out_refund_no}'>['getAsync'];
}

/** `v3/global/settle` */
export interface V3GlobalSettle extends NodeBase {
  settlements: V3GlobalSettleSettlements;
}

/** `v3/global/settle/settlements` */
export interface V3GlobalSettleSettlements extends NodeBase, Verbs<'v3/global/settle/settlements'> {
  /**
   * 查询结算资金明细API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter3_1_10.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/global/settle/settlements'>['getAsync'];
}

/** `v3/global/statements` */
export interface V3GlobalStatements extends NodeBase, Verbs<'v3/global/statements'> {
  /**
   * 下载对账单
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/global/statements'>['getAsync'];
}

/** `v3/global/transactions` */
export interface V3GlobalTransactions extends NodeBase {
  app: V3GlobalTransactionsApp;
  id: V3GlobalTransactionsId;
  jsapi: V3GlobalTransactionsJsapi;
  mweb: V3GlobalTransactionsMweb;
  native: V3GlobalTransactionsNative;
  outTradeNo: V3GlobalTransactionsOutTradeNo;
}

/** `v3/global/transactions/app` */
export interface V3GlobalTransactionsApp extends NodeBase, Verbs<'v3/global/transactions/app'> {
  /**
   * APP支付下单
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter3_4_1.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/global/transactions/app'>['postAsync'];
}

/** `v3/global/transactions/id` */
export interface V3GlobalTransactionsId extends NodeBase {
  _transaction_id_: V3GlobalTransactionsId_transaction_id_;
  '{transaction_id}': V3GlobalTransactionsId_transaction_id_;
}

/** `v3/global/transactions/id/{transaction_id}` */
export interface V3GlobalTransactionsId_transaction_id_ extends NodeBase, Verbs<'v3/global/transactions/id/{transaction_id}'> {
  /**
   * 查询订单(微信支付订单号)
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter3_1_2.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/global/transactions/id/{transaction_id}'>['getAsync'];
  close: V3GlobalTransactionsId_transaction_id_Close;
}

/** `v3/global/transactions/id/{transaction_id}/close` */
export interface V3GlobalTransactionsId_transaction_id_Close extends NodeBase, Verbs<'v3/global/transactions/id/{transaction_id}/close'> {
  /**
   * 关闭订单(微信支付订单号)
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter3_2_7.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/global/transactions/id/{transaction_id}/close'>['postAsync'];
}

/** `v3/global/transactions/jsapi` */
export interface V3GlobalTransactionsJsapi extends NodeBase, Verbs<'v3/global/transactions/jsapi'> {
  /**
   * JSAPI支付下单API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter3_3_1.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/global/transactions/jsapi'>['postAsync'];
}

/** `v3/global/transactions/mweb` */
export interface V3GlobalTransactionsMweb extends NodeBase, Verbs<'v3/global/transactions/mweb'> {
  /**
   * H5支付下单
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter3_4_1.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/global/transactions/mweb'>['postAsync'];
}

/** `v3/global/transactions/native` */
export interface V3GlobalTransactionsNative extends NodeBase, Verbs<'v3/global/transactions/native'> {
  /**
   * Native支付下单API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter3_2_1.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/global/transactions/native'>['postAsync'];
}

/** `v3/global/transactions/out-trade-no` */
export interface V3GlobalTransactionsOutTradeNo extends NodeBase {
  _out_trade_no_: V3GlobalTransactionsOutTradeNo_out_trade_no_;
  '{out_trade_no}': V3GlobalTransactionsOutTradeNo_out_trade_no_;
}

/** `v3/global/transactions/out-trade-no/{out_trade_no}` */
export interface V3GlobalTransactionsOutTradeNo_out_trade_no_ extends NodeBase, Verbs<'v3/global/transactions/out-trade-no/{out_trade_no}'> {
  /**
   * 查询订单(商户订单号)
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter3_1_2.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/global/transactions/out-trade-no/{out_trade_no}'>['getAsync'];
  close: V3GlobalTransactionsOutTradeNo_out_trade_no_Close;
}

/** `v3/global/transactions/out-trade-no/{out_trade_no}/close` */
export interface V3GlobalTransactionsOutTradeNo_out_trade_no_Close extends NodeBase, Verbs<'v3/global/transactions/out-trade-no/{out_trade_no}/close'> {
  /**
   * 关闭订单(商户订单号)
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api_external/ch/apis/chapter3_2_7.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/global/transactions/out-trade-no/{out_trade_no}/close'>['postAsync'];
}

/** `v3/goldplan` */
export interface V3Goldplan extends NodeBase {
  merchants: V3GoldplanMerchants;
}

/** `v3/goldplan/merchants` */
export interface V3GoldplanMerchants extends NodeBase {
  changecustompagestatus: V3GoldplanMerchantsChangecustompagestatus;
  changegoldplanstatus: V3GoldplanMerchantsChangegoldplanstatus;
  closeAdvertisingShow: V3GoldplanMerchantsCloseAdvertisingShow;
  openAdvertisingShow: V3GoldplanMerchantsOpenAdvertisingShow;
  setAdvertisingIndustryFilter: V3GoldplanMerchantsSetAdvertisingIndustryFilter;
}

/** `v3/goldplan/merchants/changecustompagestatus` */
export interface V3GoldplanMerchantsChangecustompagestatus extends NodeBase, Verbs<'v3/goldplan/merchants/changecustompagestatus'> {
  /**
   * 商家小票管理API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/goldplan/chapter3_2.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/goldplan/merchants/changecustompagestatus'>['postAsync'];
}

/** `v3/goldplan/merchants/changegoldplanstatus` */
export interface V3GoldplanMerchantsChangegoldplanstatus extends NodeBase, Verbs<'v3/goldplan/merchants/changegoldplanstatus'> {
  /**
   * 点金计划管理API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/goldplan/chapter3_1.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/goldplan/merchants/changegoldplanstatus'>['postAsync'];
}

/** `v3/goldplan/merchants/close-advertising-show` */
export interface V3GoldplanMerchantsCloseAdvertisingShow extends NodeBase, Verbs<'v3/goldplan/merchants/close-advertising-show'> {
  /**
   * 关闭广告展示API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter8_5_5.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/goldplan/merchants/close-advertising-show'>['postAsync'];
}

/** `v3/goldplan/merchants/open-advertising-show` */
export interface V3GoldplanMerchantsOpenAdvertisingShow extends NodeBase, Verbs<'v3/goldplan/merchants/open-advertising-show'> {
  /**
   * 开通广告展示API
   *
   * Async twin of `patch`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter8_5_4.shtml | 官方文档}
   */
  patchAsync: Verbs<'v3/goldplan/merchants/open-advertising-show'>['patchAsync'];
}

/** `v3/goldplan/merchants/set-advertising-industry-filter` */
export interface V3GoldplanMerchantsSetAdvertisingIndustryFilter extends NodeBase, Verbs<'v3/goldplan/merchants/set-advertising-industry-filter'> {
  /**
   * 同业过滤标签管理API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/goldplan/chapter3_3.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/goldplan/merchants/set-advertising-industry-filter'>['postAsync'];
}

/** `v3/gov` */
export interface V3Gov extends NodeBase {
  subsidy: V3GovSubsidy;
}

/** `v3/gov/subsidy` */
export interface V3GovSubsidy extends NodeBase {
  audit: V3GovSubsidyAudit;
  companies: V3GovSubsidyCompanies;
  goods: V3GovSubsidyGoods;
  nQualifications: V3GovSubsidyNQualifications;
  qualification: V3GovSubsidyQualification;
  qualifications: V3GovSubsidyQualifications;
  sncode: V3GovSubsidySncode;
  transactions: V3GovSubsidyTransactions;
  zhejiang: V3GovSubsidyZhejiang;
}

/** `v3/gov/subsidy/audit` */
export interface V3GovSubsidyAudit extends NodeBase {
  cup: V3GovSubsidyAuditCup;
}

/** `v3/gov/subsidy/audit/cup` */
export interface V3GovSubsidyAuditCup extends NodeBase {
  invalid: V3GovSubsidyAuditCupInvalid;
  query: V3GovSubsidyAuditCupQuery;
  refund: V3GovSubsidyAuditCupRefund;
  update: V3GovSubsidyAuditCupUpdate;
  upload: V3GovSubsidyAuditCupUpload;
}

/** `v3/gov/subsidy/audit/cup/invalid` */
export interface V3GovSubsidyAuditCupInvalid extends NodeBase, Verbs<'v3/gov/subsidy/audit/cup/invalid'> {
  /**
   * 查询审核结果
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/gov/subsidy/audit/cup/invalid'>['postAsync'];
}

/** `v3/gov/subsidy/audit/cup/query` */
export interface V3GovSubsidyAuditCupQuery extends NodeBase, Verbs<'v3/gov/subsidy/audit/cup/query'> {
  /**
   * 查询审核结果
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/gov/subsidy/audit/cup/query'>['postAsync'];
}

/** `v3/gov/subsidy/audit/cup/refund` */
export interface V3GovSubsidyAuditCupRefund extends NodeBase {
  sync: V3GovSubsidyAuditCupRefundSync;
}

/** `v3/gov/subsidy/audit/cup/refund/sync` */
export interface V3GovSubsidyAuditCupRefundSync extends NodeBase, Verbs<'v3/gov/subsidy/audit/cup/refund/sync'> {
  /**
   * 同步非银联支付交易退款信息
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/gov/subsidy/audit/cup/refund/sync'>['postAsync'];
}

/** `v3/gov/subsidy/audit/cup/update` */
export interface V3GovSubsidyAuditCupUpdate extends NodeBase, Verbs<'v3/gov/subsidy/audit/cup/update'> {
  /**
   * 更新审核数据
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/gov/subsidy/audit/cup/update'>['postAsync'];
}

/** `v3/gov/subsidy/audit/cup/upload` */
export interface V3GovSubsidyAuditCupUpload extends NodeBase, Verbs<'v3/gov/subsidy/audit/cup/upload'> {
  /**
   * 上传审核数据
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/gov/subsidy/audit/cup/upload'>['postAsync'];
}

/** `v3/gov/subsidy/companies` */
export interface V3GovSubsidyCompanies extends NodeBase {
  query: V3GovSubsidyCompaniesQuery;
}

/** `v3/gov/subsidy/companies/query` */
export interface V3GovSubsidyCompaniesQuery extends NodeBase, Verbs<'v3/gov/subsidy/companies/query'> {
  /**
   * 企业信息查询
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/gov/subsidy/companies/query'>['postAsync'];
}

/** `v3/gov/subsidy/goods` */
export interface V3GovSubsidyGoods extends NodeBase {
  upload: V3GovSubsidyGoodsUpload;
}

/** `v3/gov/subsidy/goods/upload` */
export interface V3GovSubsidyGoodsUpload extends NodeBase, Verbs<'v3/gov/subsidy/goods/upload'> {
  /**
   * 商品信息上传
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/gov/subsidy/goods/upload'>['postAsync'];
}

/** `v3/gov/subsidy/n-qualifications` */
export interface V3GovSubsidyNQualifications extends NodeBase {
  sync: V3GovSubsidyNQualificationsSync;
}

/** `v3/gov/subsidy/n-qualifications/sync` */
export interface V3GovSubsidyNQualificationsSync extends NodeBase, Verbs<'v3/gov/subsidy/n-qualifications/sync'> {
  /**
   * N品类同步资格核销信息
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/gov/subsidy/n-qualifications/sync'>['postAsync'];
}

/** `v3/gov/subsidy/qualification` */
export interface V3GovSubsidyQualification extends NodeBase, Verbs<'v3/gov/subsidy/qualification'> {
  /**
   * 查询补贴资格
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/gov/subsidy/qualification'>['getAsync'];
}

/** `v3/gov/subsidy/qualifications` */
export interface V3GovSubsidyQualifications extends NodeBase {
  passthrough: V3GovSubsidyQualificationsPassthrough;
  query: V3GovSubsidyQualificationsQuery;
  sync: V3GovSubsidyQualificationsSync;
}

/** `v3/gov/subsidy/qualifications/passthrough` */
export interface V3GovSubsidyQualificationsPassthrough extends NodeBase {
  cancel: V3GovSubsidyQualificationsPassthroughCancel;
  claim: V3GovSubsidyQualificationsPassthroughClaim;
  query: V3GovSubsidyQualificationsPassthroughQuery;
}

/** `v3/gov/subsidy/qualifications/passthrough/cancel` */
export interface V3GovSubsidyQualificationsPassthroughCancel extends NodeBase, Verbs<'v3/gov/subsidy/qualifications/passthrough/cancel'> {
  /**
   * 取消资格(透传模式)
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/gov/subsidy/qualifications/passthrough/cancel'>['postAsync'];
}

/** `v3/gov/subsidy/qualifications/passthrough/claim` */
export interface V3GovSubsidyQualificationsPassthroughClaim extends NodeBase, Verbs<'v3/gov/subsidy/qualifications/passthrough/claim'> {
  /**
   * 领取资格(透传模式)
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/gov/subsidy/qualifications/passthrough/claim'>['postAsync'];
}

/** `v3/gov/subsidy/qualifications/passthrough/query` */
export interface V3GovSubsidyQualificationsPassthroughQuery extends NodeBase, Verbs<'v3/gov/subsidy/qualifications/passthrough/query'> {
  /**
   * 批量查询用户资格(透传模式)
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/gov/subsidy/qualifications/passthrough/query'>['postAsync'];
}

/** `v3/gov/subsidy/qualifications/query` */
export interface V3GovSubsidyQualificationsQuery extends NodeBase, Verbs<'v3/gov/subsidy/qualifications/query'> {
  /**
   * 批量查询用户资格
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/gov/subsidy/qualifications/query'>['postAsync'];
}

/** `v3/gov/subsidy/qualifications/sync` */
export interface V3GovSubsidyQualificationsSync extends NodeBase, Verbs<'v3/gov/subsidy/qualifications/sync'> {
  /**
   * 同步资格核销信息
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/gov/subsidy/qualifications/sync'>['postAsync'];
}

/** `v3/gov/subsidy/sncode` */
export interface V3GovSubsidySncode extends NodeBase {
  lock: V3GovSubsidySncodeLock;
  query: V3GovSubsidySncodeQuery;
  unlock: V3GovSubsidySncodeUnlock;
}

/** `v3/gov/subsidy/sncode/lock` */
export interface V3GovSubsidySncodeLock extends NodeBase, Verbs<'v3/gov/subsidy/sncode/lock'> {
  /**
   * sn码锁定
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/gov/subsidy/sncode/lock'>['postAsync'];
}

/** `v3/gov/subsidy/sncode/query` */
export interface V3GovSubsidySncodeQuery extends NodeBase, Verbs<'v3/gov/subsidy/sncode/query'> {
  /**
   * 查询sn码状态
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/gov/subsidy/sncode/query'>['postAsync'];
}

/** `v3/gov/subsidy/sncode/unlock` */
export interface V3GovSubsidySncodeUnlock extends NodeBase, Verbs<'v3/gov/subsidy/sncode/unlock'> {
  /**
   * sn码解锁
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/gov/subsidy/sncode/unlock'>['postAsync'];
}

/** `v3/gov/subsidy/transactions` */
export interface V3GovSubsidyTransactions extends NodeBase {
  query: V3GovSubsidyTransactionsQuery;
  summary: V3GovSubsidyTransactionsSummary;
  sync: V3GovSubsidyTransactionsSync;
}

/** `v3/gov/subsidy/transactions/query` */
export interface V3GovSubsidyTransactionsQuery extends NodeBase, Verbs<'v3/gov/subsidy/transactions/query'> {
  /**
   * 交易信息查询
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/gov/subsidy/transactions/query'>['postAsync'];
}

/** `v3/gov/subsidy/transactions/summary` */
export interface V3GovSubsidyTransactionsSummary extends NodeBase {
  queryDay: V3GovSubsidyTransactionsSummaryQueryDay;
}

/** `v3/gov/subsidy/transactions/summary/query-day` */
export interface V3GovSubsidyTransactionsSummaryQueryDay extends NodeBase, Verbs<'v3/gov/subsidy/transactions/summary/query-day'> {
  /**
   * 查询单日交易汇总
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/gov/subsidy/transactions/summary/query-day'>['postAsync'];
}

/** `v3/gov/subsidy/transactions/sync` */
export interface V3GovSubsidyTransactionsSync extends NodeBase, Verbs<'v3/gov/subsidy/transactions/sync'> {
  /**
   * 交易信息回传
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/gov/subsidy/transactions/sync'>['postAsync'];
}

/** `v3/gov/subsidy/zhejiang` */
export interface V3GovSubsidyZhejiang extends NodeBase {
  authcode: V3GovSubsidyZhejiangAuthcode;
  goods: V3GovSubsidyZhejiangGoods;
  nQualifications: V3GovSubsidyZhejiangNQualifications;
  qualifications: V3GovSubsidyZhejiangQualifications;
  sncode: V3GovSubsidyZhejiangSncode;
}

/** `v3/gov/subsidy/zhejiang/authcode` */
export interface V3GovSubsidyZhejiangAuthcode extends NodeBase {
  cancel: V3GovSubsidyZhejiangAuthcodeCancel;
  commit: V3GovSubsidyZhejiangAuthcodeCommit;
  issue: V3GovSubsidyZhejiangAuthcodeIssue;
  refund: V3GovSubsidyZhejiangAuthcodeRefund;
  try: V3GovSubsidyZhejiangAuthcodeTry;
}

/** `v3/gov/subsidy/zhejiang/authcode/cancel` */
export interface V3GovSubsidyZhejiangAuthcodeCancel extends NodeBase, Verbs<'v3/gov/subsidy/zhejiang/authcode/cancel'> {
  /**
   * 品类凭证码预核销撤销
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/gov/subsidy/zhejiang/authcode/cancel'>['postAsync'];
}

/** `v3/gov/subsidy/zhejiang/authcode/commit` */
export interface V3GovSubsidyZhejiangAuthcodeCommit extends NodeBase, Verbs<'v3/gov/subsidy/zhejiang/authcode/commit'> {
  /**
   * 品类凭证码上报确认
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/gov/subsidy/zhejiang/authcode/commit'>['postAsync'];
}

/** `v3/gov/subsidy/zhejiang/authcode/issue` */
export interface V3GovSubsidyZhejiangAuthcodeIssue extends NodeBase, Verbs<'v3/gov/subsidy/zhejiang/authcode/issue'> {
  /**
   * 申请品类凭证码
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/gov/subsidy/zhejiang/authcode/issue'>['postAsync'];
}

/** `v3/gov/subsidy/zhejiang/authcode/refund` */
export interface V3GovSubsidyZhejiangAuthcodeRefund extends NodeBase, Verbs<'v3/gov/subsidy/zhejiang/authcode/refund'> {
  /**
   * 品类凭证码上报撤销
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/gov/subsidy/zhejiang/authcode/refund'>['postAsync'];
}

/** `v3/gov/subsidy/zhejiang/authcode/try` */
export interface V3GovSubsidyZhejiangAuthcodeTry extends NodeBase, Verbs<'v3/gov/subsidy/zhejiang/authcode/try'> {
  /**
   * 预核销品类凭证码
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/gov/subsidy/zhejiang/authcode/try'>['postAsync'];
}

/** `v3/gov/subsidy/zhejiang/goods` */
export interface V3GovSubsidyZhejiangGoods extends NodeBase {
  query: V3GovSubsidyZhejiangGoodsQuery;
}

/** `v3/gov/subsidy/zhejiang/goods/query` */
export interface V3GovSubsidyZhejiangGoodsQuery extends NodeBase, Verbs<'v3/gov/subsidy/zhejiang/goods/query'> {
  /**
   * 商品信息查询
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/gov/subsidy/zhejiang/goods/query'>['postAsync'];
}

/** `v3/gov/subsidy/zhejiang/n-qualifications` */
export interface V3GovSubsidyZhejiangNQualifications extends NodeBase {
  confirm: V3GovSubsidyZhejiangNQualificationsConfirm;
}

/** `v3/gov/subsidy/zhejiang/n-qualifications/confirm` */
export interface V3GovSubsidyZhejiangNQualificationsConfirm extends NodeBase, Verbs<'v3/gov/subsidy/zhejiang/n-qualifications/confirm'> {
  /**
   * n品类核销
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/gov/subsidy/zhejiang/n-qualifications/confirm'>['postAsync'];
}

/** `v3/gov/subsidy/zhejiang/qualifications` */
export interface V3GovSubsidyZhejiangQualifications extends NodeBase {
  alter: V3GovSubsidyZhejiangQualificationsAlter;
  claim: V3GovSubsidyZhejiangQualificationsClaim;
  query: V3GovSubsidyZhejiangQualificationsQuery;
  sync: V3GovSubsidyZhejiangQualificationsSync;
}

/** `v3/gov/subsidy/zhejiang/qualifications/alter` */
export interface V3GovSubsidyZhejiangQualificationsAlter extends NodeBase, Verbs<'v3/gov/subsidy/zhejiang/qualifications/alter'> {
  /**
   * 变更资格
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/gov/subsidy/zhejiang/qualifications/alter'>['postAsync'];
}

/** `v3/gov/subsidy/zhejiang/qualifications/claim` */
export interface V3GovSubsidyZhejiangQualificationsClaim extends NodeBase, Verbs<'v3/gov/subsidy/zhejiang/qualifications/claim'> {
  /**
   * 领取资格
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/gov/subsidy/zhejiang/qualifications/claim'>['postAsync'];
}

/** `v3/gov/subsidy/zhejiang/qualifications/query` */
export interface V3GovSubsidyZhejiangQualificationsQuery extends NodeBase, Verbs<'v3/gov/subsidy/zhejiang/qualifications/query'> {
  /**
   * 查询补贴资格
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/gov/subsidy/zhejiang/qualifications/query'>['postAsync'];
}

/** `v3/gov/subsidy/zhejiang/qualifications/sync` */
export interface V3GovSubsidyZhejiangQualificationsSync extends NodeBase, Verbs<'v3/gov/subsidy/zhejiang/qualifications/sync'> {
  /**
   * 核销资格
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/gov/subsidy/zhejiang/qualifications/sync'>['postAsync'];
}

/** `v3/gov/subsidy/zhejiang/sncode` */
export interface V3GovSubsidyZhejiangSncode extends NodeBase {
  lock: V3GovSubsidyZhejiangSncodeLock;
  query: V3GovSubsidyZhejiangSncodeQuery;
  unlock: V3GovSubsidyZhejiangSncodeUnlock;
}

/** `v3/gov/subsidy/zhejiang/sncode/lock` */
export interface V3GovSubsidyZhejiangSncodeLock extends NodeBase, Verbs<'v3/gov/subsidy/zhejiang/sncode/lock'> {
  /**
   * sn码锁定
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/gov/subsidy/zhejiang/sncode/lock'>['postAsync'];
}

/** `v3/gov/subsidy/zhejiang/sncode/query` */
export interface V3GovSubsidyZhejiangSncodeQuery extends NodeBase, Verbs<'v3/gov/subsidy/zhejiang/sncode/query'> {
  /**
   * sn码销售状态查询
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/gov/subsidy/zhejiang/sncode/query'>['postAsync'];
}

/** `v3/gov/subsidy/zhejiang/sncode/unlock` */
export interface V3GovSubsidyZhejiangSncodeUnlock extends NodeBase, Verbs<'v3/gov/subsidy/zhejiang/sncode/unlock'> {
  /**
   * sn码解锁
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/gov/subsidy/zhejiang/sncode/unlock'>['postAsync'];
}

/** `v3/hire-power-bank` */
export interface V3HirePowerBank extends NodeBase {
  insuranceOrders: V3HirePowerBankInsuranceOrders;
  userQualifications: V3HirePowerBankUserQualifications;
}

/** `v3/hire-power-bank/insurance-orders` */
export interface V3HirePowerBankInsuranceOrders extends NodeBase, Verbs<'v3/hire-power-bank/insurance-orders'> {
  /**
   * 创建保险订单
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/hire-power-bank-insurance/insurance-orders/create-insurance-order.html | 官方文档}
   */
  postAsync: Verbs<'v3/hire-power-bank/insurance-orders'>['postAsync'];
  _out_order_no_: V3HirePowerBankInsuranceOrders_out_order_no_;
  '{out_order_no}': V3HirePowerBankInsuranceOrders_out_order_no_;
}

/** `v3/hire-power-bank/insurance-orders/{out_order_no}` */
export interface V3HirePowerBankInsuranceOrders_out_order_no_ extends NodeBase, Verbs<'v3/hire-power-bank/insurance-orders/{out_order_no}'> {
  /**
   * 查询保险订单详情
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/hire-power-bank-insurance/insurance-orders/get-by-out-trade-no.html | 官方文档}
   */
  getAsync: Verbs<'v3/hire-power-bank/insurance-orders/{out_order_no}'>['getAsync'];
}

/** `v3/hire-power-bank/user-qualifications` */
export interface V3HirePowerBankUserQualifications extends NodeBase {
  _openid_: V3HirePowerBankUserQualifications_openid_;
  '{openid}': V3HirePowerBankUserQualifications_openid_;
}

/** `v3/hire-power-bank/user-qualifications/{openid}` */
export interface V3HirePowerBankUserQualifications_openid_ extends NodeBase, Verbs<'v3/hire-power-bank/user-qualifications/{openid}'> {
  /**
   * 查询用户保险订单领取资格
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/hire-power-bank-insurance/insurance-orders/get-qualification-by-open-id.html | 官方文档}
   */
  getAsync: Verbs<'v3/hire-power-bank/user-qualifications/{openid}'>['getAsync'];
}

/** `v3/industry-coupon` */
export interface V3IndustryCoupon extends NodeBase {
  tokens: V3IndustryCouponTokens;
}

/** `v3/industry-coupon/tokens` */
export interface V3IndustryCouponTokens extends NodeBase, Verbs<'v3/industry-coupon/tokens'> {
  /**
   * 出行券切卡组件预下单API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter9_9_1.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/industry-coupon/tokens'>['postAsync'];
}

/** `v3/industry-rebate` */
export interface V3IndustryRebate extends NodeBase {
  retailIndustry: V3IndustryRebateRetailIndustry;
  transactions: V3IndustryRebateTransactions;
}

/** `v3/industry-rebate/retail-industry` */
export interface V3IndustryRebateRetailIndustry extends NodeBase {
  transactions: V3IndustryRebateRetailIndustryTransactions;
}

/** `v3/industry-rebate/retail-industry/transactions` */
export interface V3IndustryRebateRetailIndustryTransactions extends NodeBase, Verbs<'v3/industry-rebate/retail-industry/transactions'> {
  /**
   * 回传SN和商品编码
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/industry-rebate/retail-industry/transactions'>['postAsync'];
}

/** `v3/industry-rebate/transactions` */
export interface V3IndustryRebateTransactions extends NodeBase {
  _transaction_id_: V3IndustryRebateTransactions_transaction_id_;
  '{transaction_id}': V3IndustryRebateTransactions_transaction_id_;
}

/** `v3/industry-rebate/transactions/{transaction_id}` */
export interface V3IndustryRebateTransactions_transaction_id_ extends NodeBase, Verbs<'v3/industry-rebate/transactions/{transaction_id}'> {
  /**
   * 支付码牌/点餐码牌交易回传
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/industry-rebate/transactions/{transaction_id}'>['postAsync'];
}

/** `v3/inspolicymgr` */
export interface V3Inspolicymgr extends NodeBase {
  deduct: V3InspolicymgrDeduct;
}

/** `v3/inspolicymgr/deduct` */
export interface V3InspolicymgrDeduct extends NodeBase {
  authorizations: V3InspolicymgrDeductAuthorizations;
  policies: V3InspolicymgrDeductPolicies;
}

/** `v3/inspolicymgr/deduct/authorizations` */
export interface V3InspolicymgrDeductAuthorizations extends NodeBase, Verbs<'v3/inspolicymgr/deduct/authorizations'> {
  /**
   * 提交保单授权信息
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/inspolicymgr/deduct/authorizations'>['postAsync'];
  _out_insurance_no_: V3InspolicymgrDeductAuthorizations_out_insurance_no_;
  '{out_insurance_no}': V3InspolicymgrDeductAuthorizations_out_insurance_no_;
}

/** `v3/inspolicymgr/deduct/authorizations/{out_insurance_no}` */
export interface V3InspolicymgrDeductAuthorizations_out_insurance_no_ extends NodeBase, Verbs<'v3/inspolicymgr/deduct/authorizations/{out_insurance_no}'> {
  /**
   * 查询保单授权信息
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/inspolicymgr/deduct/authorizations/{out_insurance_no}'>['getAsync'];
}

/** `v3/inspolicymgr/deduct/policies` */
export interface V3InspolicymgrDeductPolicies extends NodeBase, Verbs<'v3/inspolicymgr/deduct/policies'> {
  /**
   * 上传保单
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/inspolicymgr/deduct/policies'>['postAsync'];
  _out_insurance_no_: V3InspolicymgrDeductPolicies_out_insurance_no_;
  '{out_insurance_no}': V3InspolicymgrDeductPolicies_out_insurance_no_;
}

/** `v3/inspolicymgr/deduct/policies/{out_insurance_no}` */
export interface V3InspolicymgrDeductPolicies_out_insurance_no_ extends NodeBase, Verbs<'v3/inspolicymgr/deduct/policies/{out_insurance_no}'> {
  /**
   * 查询保单
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/inspolicymgr/deduct/policies/{out_insurance_no}'>['getAsync'];
  /**
   * 更新保单信息
   *
   * Async twin of `patch`.
   */
  patchAsync: Verbs<'v3/inspolicymgr/deduct/policies/{out_insurance_no}'>['patchAsync'];
}

/** `v3/iotmanage` */
export interface V3Iotmanage extends NodeBase {
  deviceInspections: V3IotmanageDeviceInspections;
  devices: V3IotmanageDevices;
}

/** `v3/iotmanage/device-inspections` */
export interface V3IotmanageDeviceInspections extends NodeBase {
  _device_sn_: V3IotmanageDeviceInspections_device_sn_;
  '{device_sn}': V3IotmanageDeviceInspections_device_sn_;
}

/** `v3/iotmanage/device-inspections/{device_sn}` */
export interface V3IotmanageDeviceInspections_device_sn_ extends NodeBase, Verbs<'v3/iotmanage/device-inspections/{device_sn}'> {
  /**
   * 获取出厂检查结果
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/wxfacepay/tool/factory-check-data-api.html | 官方文档}
   */
  getAsync: Verbs<'v3/iotmanage/device-inspections/{device_sn}'>['getAsync'];
}

/** `v3/iotmanage/devices` */
export interface V3IotmanageDevices extends NodeBase, Verbs<'v3/iotmanage/devices'> {
  /**
   * 智能设备列表
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/wxfacepay/develop/point/iotmanage-devices.html | 官方文档}
   */
  getAsync: Verbs<'v3/iotmanage/devices'>['getAsync'];
}

/** `v3/lovefeast` */
export interface V3Lovefeast extends NodeBase {
  brands: V3LovefeastBrands;
  users: V3LovefeastUsers;
}

/** `v3/lovefeast/brands` */
export interface V3LovefeastBrands extends NodeBase {
  _brand_id_: V3LovefeastBrands_brand_id_;
  '{brand_id}': V3LovefeastBrands_brand_id_;
}

/** `v3/lovefeast/brands/{brand_id}` */
export interface V3LovefeastBrands_brand_id_ extends NodeBase, Verbs<'v3/lovefeast/brands/{brand_id}'> {
  /**
   * 查询爱心餐品牌信息
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/lovefeast/brands/get-brand.html | 官方文档}
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/lovefeast/brands/get-brand.html | 官方文档}
   */
  getAsync: Verbs<'v3/lovefeast/brands/{brand_id}'>['getAsync'];
}

/** `v3/lovefeast/users` */
export interface V3LovefeastUsers extends NodeBase {
  _openid_: V3LovefeastUsers_openid_;
  '{openid}': V3LovefeastUsers_openid_;
}

/** `v3/lovefeast/users/{openid}` */
export interface V3LovefeastUsers_openid_ extends NodeBase {
  orders: V3LovefeastUsers_openid_Orders;
}

/** `v3/lovefeast/users/{openid}/orders` */
export interface V3LovefeastUsers_openid_Orders extends NodeBase {
  brandId: V3LovefeastUsers_openid_OrdersBrandId;
  outTradeNo: V3LovefeastUsers_openid_OrdersOutTradeNo;
}

/** `v3/lovefeast/users/{openid}/orders/brand-id` */
export interface V3LovefeastUsers_openid_OrdersBrandId extends NodeBase {
  _brand_id_: V3LovefeastUsers_openid_OrdersBrandId_brand_id_;
  '{brand_id}': V3LovefeastUsers_openid_OrdersBrandId_brand_id_;
}

/** `v3/lovefeast/users/{openid}/orders/brand-id/{brand_id}` */
export interface V3LovefeastUsers_openid_OrdersBrandId_brand_id_ extends NodeBase, Verbs<'v3/lovefeast/users/{openid}/orders/brand-id/{brand_id}'> {
  /**
   * 查询用户捐赠单列表
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/lovefeast/users/{openid}/orders/brand-id/{brand_id}'>['getAsync'];
}

/** `v3/lovefeast/users/{openid}/orders/out-trade-no` */
export interface V3LovefeastUsers_openid_OrdersOutTradeNo extends NodeBase {
  _out_trade_no_: V3LovefeastUsers_openid_OrdersOutTradeNo_out_trade_no_;
  '{out_trade_no}': V3LovefeastUsers_openid_OrdersOutTradeNo_out_trade_no_;
}

/** `v3/lovefeast/users/{openid}/orders/out-trade-no/{out_trade_no}` */
export interface V3LovefeastUsers_openid_OrdersOutTradeNo_out_trade_no_ extends NodeBase, Verbs<'v3/lovefeast/users/{openid}/orders/out-trade-no/{out_trade_no}'> {
  /**
   * 查询用户捐赠单详情
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/lovefeast/users/{openid}/orders/out-trade-no/{out_trade_no}'>['getAsync'];
}

/** `v3/marketing` */
export interface V3Marketing extends NodeBase {
  bank: V3MarketingBank;
  bankFavor: V3MarketingBankFavor;
  busifavor: V3MarketingBusifavor;
  favor: V3MarketingFavor;
  goodsSubsidyActivity: V3MarketingGoodsSubsidyActivity;
  membercardActivity: V3MarketingMembercardActivity;
  membercardOpen: V3MarketingMembercardOpen;
  partner: V3MarketingPartner;
  partnerships: V3MarketingPartnerships;
  paygiftactivity: V3MarketingPaygiftactivity;
  shoppingReceipt: V3MarketingShoppingReceipt;
  weeklyDiscount: V3MarketingWeeklyDiscount;
  withdrawFavor: V3MarketingWithdrawFavor;
}

/** `v3/marketing/bank` */
export interface V3MarketingBank extends NodeBase {
  packages: V3MarketingBankPackages;
}

/** `v3/marketing/bank-favor` */
export interface V3MarketingBankFavor extends NodeBase {
  users: V3MarketingBankFavorUsers;
}

/** `v3/marketing/bank-favor/users` */
export interface V3MarketingBankFavorUsers extends NodeBase {
  _openid_: V3MarketingBankFavorUsers_openid_;
  '{openid}': V3MarketingBankFavorUsers_openid_;
}

/** `v3/marketing/bank-favor/users/{openid}` */
export interface V3MarketingBankFavorUsers_openid_ extends NodeBase {
  bankMultiActivity: V3MarketingBankFavorUsers_openid_BankMultiActivity;
  coupons: V3MarketingBankFavorUsers_openid_Coupons;
}

/** `v3/marketing/bank-favor/users/{openid}/bank-multi-activity` */
export interface V3MarketingBankFavorUsers_openid_BankMultiActivity extends NodeBase, Verbs<'v3/marketing/bank-favor/users/{openid}/bank-multi-activity'> {
  /**
   * 给指定用户报名多笔立减活动
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/marketing/bank-favor/users/{openid}/bank-multi-activity'>['postAsync'];
}

/** `v3/marketing/bank-favor/users/{openid}/coupons` */
export interface V3MarketingBankFavorUsers_openid_Coupons extends NodeBase {
  _coupon_id_: V3MarketingBankFavorUsers_openid_Coupons_coupon_id_;
  '{coupon_id}': V3MarketingBankFavorUsers_openid_Coupons_coupon_id_;
}

/** `v3/marketing/bank-favor/users/{openid}/coupons/{coupon_id}` */
export interface V3MarketingBankFavorUsers_openid_Coupons_coupon_id_ extends NodeBase, Verbs<'v3/marketing/bank-favor/users/{openid}/coupons/{coupon_id}'> {
  /**
   * 查询绑定多笔立减活动的代金券详情
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/marketing/bank-favor/users/{openid}/coupons/{coupon_id}'>['getAsync'];
}

/** `v3/marketing/bank/packages` */
export interface V3MarketingBankPackages extends NodeBase {
  _package_id_: V3MarketingBankPackages_package_id_;
  '{package_id}': V3MarketingBankPackages_package_id_;
}

/** `v3/marketing/bank/packages/{package_id}` */
export interface V3MarketingBankPackages_package_id_ extends NodeBase {
  tasks: V3MarketingBankPackages_package_id_Tasks;
}

/** `v3/marketing/bank/packages/{package_id}/tasks` */
export interface V3MarketingBankPackages_package_id_Tasks extends NodeBase, Verbs<'v3/marketing/bank/packages/{package_id}/tasks'> {
  /**
   * 查询上传任务列表API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter9_8_2.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/marketing/bank/packages/{package_id}/tasks'>['getAsync'];
  /**
   * 导入定向用户协议号API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter9_8_1.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/marketing/bank/packages/{package_id}/tasks'>['postAsync'];
}

/** `v3/marketing/busifavor` */
export interface V3MarketingBusifavor extends NodeBase {
  callbacks: V3MarketingBusifavorCallbacks;
  coupons: V3MarketingBusifavorCoupons;
  productCoupons: V3MarketingBusifavorProductCoupons;
  stocks: V3MarketingBusifavorStocks;
  subsidy: V3MarketingBusifavorSubsidy;
  users: V3MarketingBusifavorUsers;
}

/** `v3/marketing/busifavor/callbacks` */
export interface V3MarketingBusifavorCallbacks extends NodeBase, Verbs<'v3/marketing/busifavor/callbacks'> {
  /**
   * 查询商家券事件通知地址API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter9_2_8.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/marketing/busifavor/callbacks'>['getAsync'];
  /**
   * 设置商家券事件通知地址API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter9_2_7.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/marketing/busifavor/callbacks'>['postAsync'];
}

/** `v3/marketing/busifavor/coupons` */
export interface V3MarketingBusifavorCoupons extends NodeBase {
  associate: V3MarketingBusifavorCouponsAssociate;
  deactivate: V3MarketingBusifavorCouponsDeactivate;
  disassociate: V3MarketingBusifavorCouponsDisassociate;
  return: V3MarketingBusifavorCouponsReturn;
  send: V3MarketingBusifavorCouponsSend;
  use: V3MarketingBusifavorCouponsUse;
  _card_id_: V3MarketingBusifavorCoupons_card_id_;
  '{card_id}': V3MarketingBusifavorCoupons_card_id_;
}

/** `v3/marketing/busifavor/coupons/associate` */
export interface V3MarketingBusifavorCouponsAssociate extends NodeBase, Verbs<'v3/marketing/busifavor/coupons/associate'> {
  /**
   * 关联订单信息API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter9_2_9.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/marketing/busifavor/coupons/associate'>['postAsync'];
}

/** `v3/marketing/busifavor/coupons/deactivate` */
export interface V3MarketingBusifavorCouponsDeactivate extends NodeBase, Verbs<'v3/marketing/busifavor/coupons/deactivate'> {
  /**
   * 使券失效API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter9_2_14.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/marketing/busifavor/coupons/deactivate'>['postAsync'];
}

/** `v3/marketing/busifavor/coupons/disassociate` */
export interface V3MarketingBusifavorCouponsDisassociate extends NodeBase, Verbs<'v3/marketing/busifavor/coupons/disassociate'> {
  /**
   * 取消关联订单信息API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter9_2_10.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/marketing/busifavor/coupons/disassociate'>['postAsync'];
}

/** `v3/marketing/busifavor/coupons/return` */
export interface V3MarketingBusifavorCouponsReturn extends NodeBase, Verbs<'v3/marketing/busifavor/coupons/return'> {
  /**
   * 申请退券API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter9_2_13.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/marketing/busifavor/coupons/return'>['postAsync'];
}

/** `v3/marketing/busifavor/coupons/send` */
export interface V3MarketingBusifavorCouponsSend extends NodeBase, Verbs<'v3/marketing/busifavor/coupons/send'> {
  /**
   * 向用户发券
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/products/merchant-exclusive-coupon/introduction.html | 官方文档}
   */
  postAsync: Verbs<'v3/marketing/busifavor/coupons/send'>['postAsync'];
}

/** `v3/marketing/busifavor/coupons/use` */
export interface V3MarketingBusifavorCouponsUse extends NodeBase, Verbs<'v3/marketing/busifavor/coupons/use'> {
  /**
   * 核销用户券API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter9_2_3.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/marketing/busifavor/coupons/use'>['postAsync'];
}

/** `v3/marketing/busifavor/coupons/{card_id}` */
export interface V3MarketingBusifavorCoupons_card_id_ extends NodeBase {
  send: V3MarketingBusifavorCoupons_card_id_Send;
}

/** `v3/marketing/busifavor/coupons/{card_id}/send` */
export interface V3MarketingBusifavorCoupons_card_id_Send extends NodeBase, Verbs<'v3/marketing/busifavor/coupons/{card_id}/send'> {
  /**
   * 发放消费卡API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/coupons/chapter3_1.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/marketing/busifavor/coupons/{card_id}/send'>['postAsync'];
}

/** `v3/marketing/busifavor/product-coupons` */
export interface V3MarketingBusifavorProductCoupons extends NodeBase {
  preSend: V3MarketingBusifavorProductCouponsPreSend;
  send: V3MarketingBusifavorProductCouponsSend;
}

/** `v3/marketing/busifavor/product-coupons/pre-send` */
export interface V3MarketingBusifavorProductCouponsPreSend extends NodeBase, Verbs<'v3/marketing/busifavor/product-coupons/pre-send'> {
  /**
   * 向用户预发放商品券
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/marketing/busifavor/product-coupons/pre-send'>['postAsync'];
}

/** `v3/marketing/busifavor/product-coupons/send` */
export interface V3MarketingBusifavorProductCouponsSend extends NodeBase, Verbs<'v3/marketing/busifavor/product-coupons/send'> {
  /**
   * 向用户发放商品券
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/marketing/busifavor/product-coupons/send'>['postAsync'];
}

/** `v3/marketing/busifavor/stocks` */
export interface V3MarketingBusifavorStocks extends NodeBase, Verbs<'v3/marketing/busifavor/stocks'> {
  /**
   * 创建商家券API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter9_2_1.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/marketing/busifavor/stocks'>['postAsync'];
  _stock_id_: V3MarketingBusifavorStocks_stock_id_;
  '{stock_id}': V3MarketingBusifavorStocks_stock_id_;
}

/** `v3/marketing/busifavor/stocks/{stock_id}` */
export interface V3MarketingBusifavorStocks_stock_id_ extends NodeBase, Verbs<'v3/marketing/busifavor/stocks/{stock_id}'> {
  /**
   * 查询商家券详情API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter9_2_2.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/marketing/busifavor/stocks/{stock_id}'>['getAsync'];
  /**
   * 修改商家券基本信息API
   *
   * Async twin of `patch`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter9_2_12.shtml | 官方文档}
   */
  patchAsync: Verbs<'v3/marketing/busifavor/stocks/{stock_id}'>['patchAsync'];
  budget: V3MarketingBusifavorStocks_stock_id_Budget;
  couponcodes: V3MarketingBusifavorStocks_stock_id_Couponcodes;
}

/** `v3/marketing/busifavor/stocks/{stock_id}/budget` */
export interface V3MarketingBusifavorStocks_stock_id_Budget extends NodeBase, Verbs<'v3/marketing/busifavor/stocks/{stock_id}/budget'> {
  /**
   * 修改批次预算API
   *
   * Async twin of `patch`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter9_2_11.shtml | 官方文档}
   */
  patchAsync: Verbs<'v3/marketing/busifavor/stocks/{stock_id}/budget'>['patchAsync'];
}

/** `v3/marketing/busifavor/stocks/{stock_id}/couponcodes` */
export interface V3MarketingBusifavorStocks_stock_id_Couponcodes extends NodeBase, Verbs<'v3/marketing/busifavor/stocks/{stock_id}/couponcodes'> {
  /**
   * 查询预存code列表
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/products/merchant-exclusive-coupon/introduction.html | 官方文档}
   */
  getAsync: Verbs<'v3/marketing/busifavor/stocks/{stock_id}/couponcodes'>['getAsync'];
  /**
   * 上传预存code API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter9_2_6.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/marketing/busifavor/stocks/{stock_id}/couponcodes'>['postAsync'];
  _coupon_code_: V3MarketingBusifavorStocks_stock_id_Couponcodes_coupon_code_;
  '{coupon_code}': V3MarketingBusifavorStocks_stock_id_Couponcodes_coupon_code_;
}

/** `v3/marketing/busifavor/stocks/{stock_id}/couponcodes/{coupon_code}` */
export interface V3MarketingBusifavorStocks_stock_id_Couponcodes_coupon_code_ extends NodeBase, Verbs<'v3/marketing/busifavor/stocks/{stock_id}/couponcodes/{coupon_code}'> {
  /**
   * 查询预存code详情
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/products/merchant-exclusive-coupon/introduction.html | 官方文档}
   */
  getAsync: Verbs<'v3/marketing/busifavor/stocks/{stock_id}/couponcodes/{coupon_code}'>['getAsync'];
  /**
   * 删除预存code
   *
   * Async twin of `delete`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/products/merchant-exclusive-coupon/introduction.html | 官方文档}
   */
  deleteAsync: Verbs<'v3/marketing/busifavor/stocks/{stock_id}/couponcodes/{coupon_code}'>['deleteAsync'];
}

/** `v3/marketing/busifavor/subsidy` */
export interface V3MarketingBusifavorSubsidy extends NodeBase {
  payReceipts: V3MarketingBusifavorSubsidyPayReceipts;
  returnReceipts: V3MarketingBusifavorSubsidyReturnReceipts;
}

/** `v3/marketing/busifavor/subsidy/pay-receipts` */
export interface V3MarketingBusifavorSubsidyPayReceipts extends NodeBase, Verbs<'v3/marketing/busifavor/subsidy/pay-receipts'> {
  /**
   * 查询营销补差付款单列表API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter9_2_19.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/marketing/busifavor/subsidy/pay-receipts'>['getAsync'];
  /**
   * 营销补差付款API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter9_2_16.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/marketing/busifavor/subsidy/pay-receipts'>['postAsync'];
  _subsidy_receipt_id_: V3MarketingBusifavorSubsidyPayReceipts_subsidy_receipt_id_;
  '{subsidy_receipt_id}': V3MarketingBusifavorSubsidyPayReceipts_subsidy_receipt_id_;
}

/** `v3/marketing/busifavor/subsidy/pay-receipts/{subsidy_receipt_id}` */
export interface V3MarketingBusifavorSubsidyPayReceipts_subsidy_receipt_id_ extends NodeBase, Verbs<'v3/marketing/busifavor/subsidy/pay-receipts/{subsidy_receipt_id}'> {
  /**
   * 查询营销补差付款单详情API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter9_2_18.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/marketing/busifavor/subsidy/pay-receipts/{subsidy_receipt_id}'>['getAsync'];
}

/** `v3/marketing/busifavor/subsidy/return-receipts` */
export interface V3MarketingBusifavorSubsidyReturnReceipts extends NodeBase, Verbs<'v3/marketing/busifavor/subsidy/return-receipts'> {
  /**
   * 营销补差回退API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter9_2_17.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/marketing/busifavor/subsidy/return-receipts'>['postAsync'];
  _subsidy_return_receipt_id_: V3MarketingBusifavorSubsidyReturnReceipts_subsidy_return_receipt_id_;
  '{subsidy_return_receipt_id}': V3MarketingBusifavorSubsidyReturnReceipts_subsidy_return_receipt_id_;
}

/** `v3/marketing/busifavor/subsidy/return-receipts/{subsidy_return_receipt_id}` */
export interface V3MarketingBusifavorSubsidyReturnReceipts_subsidy_return_receipt_id_ extends NodeBase, Verbs<'v3/marketing/busifavor/subsidy/return-receipts/{subsidy_return_receipt_id}'> {
  /**
   * 查询商家券营销补差回退单详情
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter9_2_21.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/marketing/busifavor/subsidy/return-receipts/{subsidy_return_receipt_id}'>['getAsync'];
}

/** `v3/marketing/busifavor/users` */
export interface V3MarketingBusifavorUsers extends NodeBase {
  _openid_: V3MarketingBusifavorUsers_openid_;
  '{openid}': V3MarketingBusifavorUsers_openid_;
}

/** `v3/marketing/busifavor/users/{openid}` */
export interface V3MarketingBusifavorUsers_openid_ extends NodeBase {
  coupons: V3MarketingBusifavorUsers_openid_Coupons;
}

/** `v3/marketing/busifavor/users/{openid}/coupons` */
export interface V3MarketingBusifavorUsers_openid_Coupons extends NodeBase, Verbs<'v3/marketing/busifavor/users/{openid}/coupons'> {
  /**
   * 根据过滤条件查询用户券API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter9_2_4.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/marketing/busifavor/users/{openid}/coupons'>['getAsync'];
  _coupon_code_: V3MarketingBusifavorUsers_openid_Coupons_coupon_code_;
  '{coupon_code}': V3MarketingBusifavorUsers_openid_Coupons_coupon_code_;
}

/** `v3/marketing/busifavor/users/{openid}/coupons/{coupon_code}` */
export interface V3MarketingBusifavorUsers_openid_Coupons_coupon_code_ extends NodeBase {
  appids: V3MarketingBusifavorUsers_openid_Coupons_coupon_code_Appids;
}

/** `v3/marketing/busifavor/users/{openid}/coupons/{coupon_code}/appids` */
export interface V3MarketingBusifavorUsers_openid_Coupons_coupon_code_Appids extends NodeBase {
  _appid_: V3MarketingBusifavorUsers_openid_Coupons_coupon_code_Appids_appid_;
  '{appid}': V3MarketingBusifavorUsers_openid_Coupons_coupon_code_Appids_appid_;
}

/** `v3/marketing/busifavor/users/{openid}/coupons/{coupon_code}/appids/{appid}` */
export interface V3MarketingBusifavorUsers_openid_Coupons_coupon_code_Appids_appid_ extends NodeBase, Verbs<'v3/marketing/busifavor/users/{openid}/coupons/{coupon_code}/appids/{appid}'> {
  /**
   * 查询用户单张券详情API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/busifavor/chapter3_5.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/marketing/busifavor/users/{openid}/coupons/{coupon_code}/appids/{appid}'>['getAsync'];
}

/** `v3/marketing/favor` */
export interface V3MarketingFavor extends NodeBase {
  callbacks: V3MarketingFavorCallbacks;
  couponStocks: V3MarketingFavorCouponStocks;
  media: V3MarketingFavorMedia;
  stocks: V3MarketingFavorStocks;
  users: V3MarketingFavorUsers;
}

/** `v3/marketing/favor/callbacks` */
export interface V3MarketingFavorCallbacks extends NodeBase, Verbs<'v3/marketing/favor/callbacks'> {
  /**
   * 获取已设置的消息通知地址API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/convention/chapter3_12.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/marketing/favor/callbacks'>['getAsync'];
  /**
   * 设置消息通知地址API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/convention/chapter3_12.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/marketing/favor/callbacks'>['postAsync'];
}

/** `v3/marketing/favor/coupon-stocks` */
export interface V3MarketingFavorCouponStocks extends NodeBase, Verbs<'v3/marketing/favor/coupon-stocks'> {
  /**
   * 创建代金券批次API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/convention/chapter3_1.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/marketing/favor/coupon-stocks'>['postAsync'];
}

/** `v3/marketing/favor/media` */
export interface V3MarketingFavorMedia extends NodeBase {
  imageUpload: V3MarketingFavorMediaImageUpload;
}

/** `v3/marketing/favor/media/image-upload` */
export interface V3MarketingFavorMediaImageUpload extends NodeBase, Verbs<'v3/marketing/favor/media/image-upload'> {
  /**
   * （营销）图片上传API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/tool/chapter3_1.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/marketing/favor/media/image-upload'>['postAsync'];
}

/** `v3/marketing/favor/stocks` */
export interface V3MarketingFavorStocks extends NodeBase, Verbs<'v3/marketing/favor/stocks'> {
  /**
   * 条件查询批次列表API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/cash-coupons/stock/list-stocks.html | 官方文档}
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/cash-coupons/stock/list-stocks.html | 官方文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/convention/chapter3_4.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/marketing/favor/stocks'>['getAsync'];
  _stock_id_: V3MarketingFavorStocks_stock_id_;
  '{stock_id}': V3MarketingFavorStocks_stock_id_;
}

/** `v3/marketing/favor/stocks/{stock_id}` */
export interface V3MarketingFavorStocks_stock_id_ extends NodeBase, Verbs<'v3/marketing/favor/stocks/{stock_id}'> {
  /**
   * 查询批次详情API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/cash-coupons/stock/query-stock.html | 官方文档}
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/cash-coupons/stock/query-stock.html | 官方文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/convention/chapter3_5.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/marketing/favor/stocks/{stock_id}'>['getAsync'];
  items: V3MarketingFavorStocks_stock_id_Items;
  merchants: V3MarketingFavorStocks_stock_id_Merchants;
  modifyGoodsId: V3MarketingFavorStocks_stock_id_ModifyGoodsId;
  pause: V3MarketingFavorStocks_stock_id_Pause;
  refundFlow: V3MarketingFavorStocks_stock_id_RefundFlow;
  refundFlowByDay: V3MarketingFavorStocks_stock_id_RefundFlowByDay;
  restart: V3MarketingFavorStocks_stock_id_Restart;
  start: V3MarketingFavorStocks_stock_id_Start;
  useFlow: V3MarketingFavorStocks_stock_id_UseFlow;
  useFlowByDay: V3MarketingFavorStocks_stock_id_UseFlowByDay;
}

/** `v3/marketing/favor/stocks/{stock_id}/items` */
export interface V3MarketingFavorStocks_stock_id_Items extends NodeBase, Verbs<'v3/marketing/favor/stocks/{stock_id}/items'> {
  /**
   * 查询代金券可用单品API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/convention/chapter3_8.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/marketing/favor/stocks/{stock_id}/items'>['getAsync'];
}

/** `v3/marketing/favor/stocks/{stock_id}/merchants` */
export interface V3MarketingFavorStocks_stock_id_Merchants extends NodeBase, Verbs<'v3/marketing/favor/stocks/{stock_id}/merchants'> {
  /**
   * 查询代金券可用商户API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/convention/chapter3_7.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/marketing/favor/stocks/{stock_id}/merchants'>['getAsync'];
}

/** `v3/marketing/favor/stocks/{stock_id}/modify-goods-id` */
export interface V3MarketingFavorStocks_stock_id_ModifyGoodsId extends NodeBase, Verbs<'v3/marketing/favor/stocks/{stock_id}/modify-goods-id'> {
  /**
   * 修改可用单品编码
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/marketing/favor/stocks/{stock_id}/modify-goods-id'>['postAsync'];
}

/** `v3/marketing/favor/stocks/{stock_id}/pause` */
export interface V3MarketingFavorStocks_stock_id_Pause extends NodeBase, Verbs<'v3/marketing/favor/stocks/{stock_id}/pause'> {
  /**
   * 暂停代金券批次API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/convention/chapter3_13.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/marketing/favor/stocks/{stock_id}/pause'>['postAsync'];
}

/** `v3/marketing/favor/stocks/{stock_id}/refund-flow` */
export interface V3MarketingFavorStocks_stock_id_RefundFlow extends NodeBase, Verbs<'v3/marketing/favor/stocks/{stock_id}/refund-flow'> {
  /**
   * 下载批次退款明细API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/convention/chapter3_11.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/marketing/favor/stocks/{stock_id}/refund-flow'>['getAsync'];
}

/** `v3/marketing/favor/stocks/{stock_id}/refund-flow-by-day` */
export interface V3MarketingFavorStocks_stock_id_RefundFlowByDay extends NodeBase, Verbs<'v3/marketing/favor/stocks/{stock_id}/refund-flow-by-day'> {
  /**
   * 获取批次退款明细下载链接
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/marketing/favor/stocks/{stock_id}/refund-flow-by-day'>['getAsync'];
}

/** `v3/marketing/favor/stocks/{stock_id}/restart` */
export interface V3MarketingFavorStocks_stock_id_Restart extends NodeBase, Verbs<'v3/marketing/favor/stocks/{stock_id}/restart'> {
  /**
   * 重启代金券批次API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/convention/chapter3_14.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/marketing/favor/stocks/{stock_id}/restart'>['postAsync'];
}

/** `v3/marketing/favor/stocks/{stock_id}/start` */
export interface V3MarketingFavorStocks_stock_id_Start extends NodeBase, Verbs<'v3/marketing/favor/stocks/{stock_id}/start'> {
  /**
   * 激活代金券批次API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/convention/chapter3_3.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/marketing/favor/stocks/{stock_id}/start'>['postAsync'];
}

/** `v3/marketing/favor/stocks/{stock_id}/use-flow` */
export interface V3MarketingFavorStocks_stock_id_UseFlow extends NodeBase, Verbs<'v3/marketing/favor/stocks/{stock_id}/use-flow'> {
  /**
   * 下载批次核销明细API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/convention/chapter3_10.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/marketing/favor/stocks/{stock_id}/use-flow'>['getAsync'];
}

/** `v3/marketing/favor/stocks/{stock_id}/use-flow-by-day` */
export interface V3MarketingFavorStocks_stock_id_UseFlowByDay extends NodeBase, Verbs<'v3/marketing/favor/stocks/{stock_id}/use-flow-by-day'> {
  /**
   * 获取批次核销明细下载链接
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/marketing/favor/stocks/{stock_id}/use-flow-by-day'>['getAsync'];
}

/** `v3/marketing/favor/users` */
export interface V3MarketingFavorUsers extends NodeBase {
  _openid_: V3MarketingFavorUsers_openid_;
  '{openid}': V3MarketingFavorUsers_openid_;
}

/** `v3/marketing/favor/users/{openid}` */
export interface V3MarketingFavorUsers_openid_ extends NodeBase {
  coupons: V3MarketingFavorUsers_openid_Coupons;
}

/** `v3/marketing/favor/users/{openid}/coupons` */
export interface V3MarketingFavorUsers_openid_Coupons extends NodeBase, Verbs<'v3/marketing/favor/users/{openid}/coupons'> {
  /**
   * 根据商户号查用户的券
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/convention/chapter3_9.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/marketing/favor/users/{openid}/coupons'>['getAsync'];
  /**
   * 发放代金券API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/cash-coupons/coupon/list-coupons-by-filter.html | 官方文档}
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/cash-coupons/coupon/list-coupons-by-filter.html | 官方文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/convention/chapter3_2.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/marketing/favor/users/{openid}/coupons'>['postAsync'];
  _coupon_id_: V3MarketingFavorUsers_openid_Coupons_coupon_id_;
  '{coupon_id}': V3MarketingFavorUsers_openid_Coupons_coupon_id_;
}

/** `v3/marketing/favor/users/{openid}/coupons/{coupon_id}` */
export interface V3MarketingFavorUsers_openid_Coupons_coupon_id_ extends NodeBase, Verbs<'v3/marketing/favor/users/{openid}/coupons/{coupon_id}'> {
  /**
   * 查询代金券详情API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/cash-coupons/coupon/query-coupon.html | 官方文档}
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/cash-coupons/coupon/query-coupon.html | 官方文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/convention/chapter3_6.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/marketing/favor/users/{openid}/coupons/{coupon_id}'>['getAsync'];
}

/** `v3/marketing/goods-subsidy-activity` */
export interface V3MarketingGoodsSubsidyActivity extends NodeBase {
  activities: V3MarketingGoodsSubsidyActivityActivities;
  activity: V3MarketingGoodsSubsidyActivityActivity;
  qualification: V3MarketingGoodsSubsidyActivityQualification;
  retailStoreAct: V3MarketingGoodsSubsidyActivityRetailStoreAct;
}

/** `v3/marketing/goods-subsidy-activity/activities` */
export interface V3MarketingGoodsSubsidyActivityActivities extends NodeBase, Verbs<'v3/marketing/goods-subsidy-activity/activities'> {
  /**
   * 按区域查询品牌加价购活动
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/products/retail-store/introduction.html | 官方文档}
   */
  getAsync: Verbs<'v3/marketing/goods-subsidy-activity/activities'>['getAsync'];
}

/** `v3/marketing/goods-subsidy-activity/activity` */
export interface V3MarketingGoodsSubsidyActivityActivity extends NodeBase {
  _activity_id_: V3MarketingGoodsSubsidyActivityActivity_activity_id_;
  '{activity_id}': V3MarketingGoodsSubsidyActivityActivity_activity_id_;
}

/** `v3/marketing/goods-subsidy-activity/activity/{activity_id}` */
export interface V3MarketingGoodsSubsidyActivityActivity_activity_id_ extends NodeBase {
  apply: V3MarketingGoodsSubsidyActivityActivity_activity_id_Apply;
}

/** `v3/marketing/goods-subsidy-activity/activity/{activity_id}/apply` */
export interface V3MarketingGoodsSubsidyActivityActivity_activity_id_Apply extends NodeBase, Verbs<'v3/marketing/goods-subsidy-activity/activity/{activity_id}/apply'> {
  /**
   * 门店报名品牌加价购活动
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/products/retail-store/introduction.html | 官方文档}
   */
  postAsync: Verbs<'v3/marketing/goods-subsidy-activity/activity/{activity_id}/apply'>['postAsync'];
}

/** `v3/marketing/goods-subsidy-activity/qualification` */
export interface V3MarketingGoodsSubsidyActivityQualification extends NodeBase {
  lock: V3MarketingGoodsSubsidyActivityQualificationLock;
  unlock: V3MarketingGoodsSubsidyActivityQualificationUnlock;
}

/** `v3/marketing/goods-subsidy-activity/qualification/lock` */
export interface V3MarketingGoodsSubsidyActivityQualificationLock extends NodeBase, Verbs<'v3/marketing/goods-subsidy-activity/qualification/lock'> {
  /**
   * 锁定品牌加价购活动资格
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/products/retail-store/introduction.html | 官方文档}
   */
  postAsync: Verbs<'v3/marketing/goods-subsidy-activity/qualification/lock'>['postAsync'];
}

/** `v3/marketing/goods-subsidy-activity/qualification/unlock` */
export interface V3MarketingGoodsSubsidyActivityQualificationUnlock extends NodeBase, Verbs<'v3/marketing/goods-subsidy-activity/qualification/unlock'> {
  /**
   * 解锁品牌加价购活动资格
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/products/retail-store/introduction.html | 官方文档}
   */
  postAsync: Verbs<'v3/marketing/goods-subsidy-activity/qualification/unlock'>['postAsync'];
}

/** `v3/marketing/goods-subsidy-activity/retail-store-act` */
export interface V3MarketingGoodsSubsidyActivityRetailStoreAct extends NodeBase {
  _activity_id_: V3MarketingGoodsSubsidyActivityRetailStoreAct_activity_id_;
  '{activity_id}': V3MarketingGoodsSubsidyActivityRetailStoreAct_activity_id_;
  _brand_id_: V3MarketingGoodsSubsidyActivityRetailStoreAct_brand_id_;
  '{brand_id}': V3MarketingGoodsSubsidyActivityRetailStoreAct_brand_id_;
}

/** `v3/marketing/goods-subsidy-activity/retail-store-act/{activity_id}` */
export interface V3MarketingGoodsSubsidyActivityRetailStoreAct_activity_id_ extends NodeBase {
  representative: V3MarketingGoodsSubsidyActivityRetailStoreAct_activity_id_Representative;
  representatives: V3MarketingGoodsSubsidyActivityRetailStoreAct_activity_id_Representatives;
}

/** `v3/marketing/goods-subsidy-activity/retail-store-act/{activity_id}/representative` */
export interface V3MarketingGoodsSubsidyActivityRetailStoreAct_activity_id_Representative extends NodeBase, Verbs<'v3/marketing/goods-subsidy-activity/retail-store-act/{activity_id}/representative'> {
  /**
   * 添加零售小店活动业务代理
   *
   * Async twin of `put`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/retail-store/retail-stores/add-representative.html | 官方文档}
   */
  putAsync: Verbs<'v3/marketing/goods-subsidy-activity/retail-store-act/{activity_id}/representative'>['putAsync'];
  /**
   * 删除零售小店活动业务代理
   *
   * Async twin of `delete`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/retail-store/retail-store-act/delete-representative.html | 官方文档}
   */
  deleteAsync: Verbs<'v3/marketing/goods-subsidy-activity/retail-store-act/{activity_id}/representative'>['deleteAsync'];
}

/** `v3/marketing/goods-subsidy-activity/retail-store-act/{activity_id}/representatives` */
export interface V3MarketingGoodsSubsidyActivityRetailStoreAct_activity_id_Representatives extends NodeBase, Verbs<'v3/marketing/goods-subsidy-activity/retail-store-act/{activity_id}/representatives'> {
  /**
   * 查询零售小店活动业务代理
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/retail-store/retail-store-act/list-representative.html | 官方文档}
   */
  getAsync: Verbs<'v3/marketing/goods-subsidy-activity/retail-store-act/{activity_id}/representatives'>['getAsync'];
}

/** `v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}` */
export interface V3MarketingGoodsSubsidyActivityRetailStoreAct_brand_id_ extends NodeBase {
  materials: V3MarketingGoodsSubsidyActivityRetailStoreAct_brand_id_Materials;
  stores: V3MarketingGoodsSubsidyActivityRetailStoreAct_brand_id_Stores;
}

/** `v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/materials` */
export interface V3MarketingGoodsSubsidyActivityRetailStoreAct_brand_id_Materials extends NodeBase, Verbs<'v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/materials'> {
  /**
   * 生成小店活动物料码
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/retail-store/retail-store-act/create-materials.html | 官方文档}
   */
  postAsync: Verbs<'v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/materials'>['postAsync'];
}

/** `v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores` */
export interface V3MarketingGoodsSubsidyActivityRetailStoreAct_brand_id_Stores extends NodeBase, Verbs<'v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores'> {
  /**
   * 查询小店活动门店列表
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/retail-store/retail-store-act/list-store.html | 官方文档}
   */
  getAsync: Verbs<'v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores'>['getAsync'];
  /**
   * 添加小店活动门店
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/retail-store/retail-store-act/add-stores.html | 官方文档}
   */
  postAsync: Verbs<'v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores'>['postAsync'];
  /**
   * 删除小店活动门店
   *
   * Async twin of `delete`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/retail-store/retail-store-act/delete-stores.html | 官方文档}
   */
  deleteAsync: Verbs<'v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores'>['deleteAsync'];
  _store_code_: V3MarketingGoodsSubsidyActivityRetailStoreAct_brand_id_Stores_store_code_;
  '{store_code}': V3MarketingGoodsSubsidyActivityRetailStoreAct_brand_id_Stores_store_code_;
}

/** `v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores/{store_code}` */
export interface V3MarketingGoodsSubsidyActivityRetailStoreAct_brand_id_Stores_store_code_ extends NodeBase, Verbs<'v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores/{store_code}'> {
  /**
   * 查询小店活动门店详情
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/retail-store/retail-store-act/get-store.html | 官方文档}
   */
  getAsync: Verbs<'v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores/{store_code}'>['getAsync'];
}

/** `v3/marketing/membercard-activity` */
export interface V3MarketingMembercardActivity extends NodeBase {
  activities: V3MarketingMembercardActivityActivities;
}

/** `v3/marketing/membercard-activity/activities` */
export interface V3MarketingMembercardActivityActivities extends NodeBase, Verbs<'v3/marketing/membercard-activity/activities'> {
  /**
   * 查询活动列表API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/membercard_open/chapter8_3.shtml | 官方文档}
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/membership-card/member-gift/query-activity-list.html | 官方文档}
   */
  getAsync: Verbs<'v3/marketing/membercard-activity/activities'>['getAsync'];
  /**
   * 创建活动API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/membercard_open/chapter8_1.shtml | 官方文档}
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/membership-card/member-gift/create-activity.html | 官方文档}
   */
  postAsync: Verbs<'v3/marketing/membercard-activity/activities'>['postAsync'];
  _activity_id_: V3MarketingMembercardActivityActivities_activity_id_;
  '{activity_id}': V3MarketingMembercardActivityActivities_activity_id_;
}

/** `v3/marketing/membercard-activity/activities/{activity_id}` */
export interface V3MarketingMembercardActivityActivities_activity_id_ extends NodeBase, Verbs<'v3/marketing/membercard-activity/activities/{activity_id}'> {
  /**
   * 查询活动详情API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/membercard_open/chapter8_4.shtml | 官方文档}
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/membership-card/member-gift/query-activity-detail.html | 官方文档}
   */
  getAsync: Verbs<'v3/marketing/membercard-activity/activities/{activity_id}'>['getAsync'];
  terminate: V3MarketingMembercardActivityActivities_activity_id_Terminate;
}

/** `v3/marketing/membercard-activity/activities/{activity_id}/terminate` */
export interface V3MarketingMembercardActivityActivities_activity_id_Terminate extends NodeBase, Verbs<'v3/marketing/membercard-activity/activities/{activity_id}/terminate'> {
  /**
   * 终止活动API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/membercard_open/chapter8_2.shtml | 官方文档}
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/membership-card/member-gift/terminating-activity.html | 官方文档}
   */
  postAsync: Verbs<'v3/marketing/membercard-activity/activities/{activity_id}/terminate'>['postAsync'];
}

/** `v3/marketing/membercard-open` */
export interface V3MarketingMembercardOpen extends NodeBase {
  activateInformations: V3MarketingMembercardOpenActivateInformations;
  callback: V3MarketingMembercardOpenCallback;
  cards: V3MarketingMembercardOpenCards;
  phonenumberMember: V3MarketingMembercardOpenPhonenumberMember;
  user: V3MarketingMembercardOpenUser;
}

/** `v3/marketing/membercard-open/activate-informations` */
export interface V3MarketingMembercardOpenActivateInformations extends NodeBase {
  _activate_ticket_: V3MarketingMembercardOpenActivateInformations_activate_ticket_;
  '{activate_ticket}': V3MarketingMembercardOpenActivateInformations_activate_ticket_;
}

/** `v3/marketing/membercard-open/activate-informations/{activate_ticket}` */
export interface V3MarketingMembercardOpenActivateInformations_activate_ticket_ extends NodeBase, Verbs<'v3/marketing/membercard-open/activate-informations/{activate_ticket}'> {
  /**
   * 获取用户信息（跳转型激活）API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/membercard_open/chapter4_5.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/marketing/membercard-open/activate-informations/{activate_ticket}'>['getAsync'];
}

/** `v3/marketing/membercard-open/callback` */
export interface V3MarketingMembercardOpenCallback extends NodeBase, Verbs<'v3/marketing/membercard-open/callback'> {
  /**
   * 查询回调地址API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/membercard_open/chapter6_2.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/marketing/membercard-open/callback'>['getAsync'];
  /**
   * 设置回调地址API
   *
   * Async twin of `patch`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/membercard_open/chapter6_1.shtml | 官方文档}
   */
  patchAsync: Verbs<'v3/marketing/membercard-open/callback'>['patchAsync'];
}

/** `v3/marketing/membercard-open/cards` */
export interface V3MarketingMembercardOpenCards extends NodeBase, Verbs<'v3/marketing/membercard-open/cards'> {
  /**
   * 查询会员卡模板列表API
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/marketing/membercard-open/cards'>['getAsync'];
  /**
   * 创建会员卡模板API
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/marketing/membercard-open/cards'>['postAsync'];
  _card_id_: V3MarketingMembercardOpenCards_card_id_;
  '{card_id}': V3MarketingMembercardOpenCards_card_id_;
}

/** `v3/marketing/membercard-open/cards/{card_id}` */
export interface V3MarketingMembercardOpenCards_card_id_ extends NodeBase, Verbs<'v3/marketing/membercard-open/cards/{card_id}'> {
  /**
   * 查询会员卡模板信息API
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/marketing/membercard-open/cards/{card_id}'>['getAsync'];
  /**
   * 修改会员卡模板信息API
   *
   * Async twin of `patch`.
   */
  patchAsync: Verbs<'v3/marketing/membercard-open/cards/{card_id}'>['patchAsync'];
  /**
   * 删除会员卡模板API
   *
   * Async twin of `delete`.
   */
  deleteAsync: Verbs<'v3/marketing/membercard-open/cards/{card_id}'>['deleteAsync'];
  codes: V3MarketingMembercardOpenCards_card_id_Codes;
  decryptCode: V3MarketingMembercardOpenCards_card_id_DecryptCode;
  permissionTokens: V3MarketingMembercardOpenCards_card_id_PermissionTokens;
  phoneMembercard: V3MarketingMembercardOpenCards_card_id_PhoneMembercard;
  qrcode: V3MarketingMembercardOpenCards_card_id_Qrcode;
  rights: V3MarketingMembercardOpenCards_card_id_Rights;
  serviceModules: V3MarketingMembercardOpenCards_card_id_ServiceModules;
  upgrade: V3MarketingMembercardOpenCards_card_id_Upgrade;
  users: V3MarketingMembercardOpenCards_card_id_Users;
}

/** `v3/marketing/membercard-open/cards/{card_id}/codes` */
export interface V3MarketingMembercardOpenCards_card_id_Codes extends NodeBase {
  deposit: V3MarketingMembercardOpenCards_card_id_CodesDeposit;
  _code_: V3MarketingMembercardOpenCards_card_id_Codes_code_;
  '{code}': V3MarketingMembercardOpenCards_card_id_Codes_code_;
}

/** `v3/marketing/membercard-open/cards/{card_id}/codes/deposit` */
export interface V3MarketingMembercardOpenCards_card_id_CodesDeposit extends NodeBase, Verbs<'v3/marketing/membercard-open/cards/{card_id}/codes/deposit'> {
  /**
   * 导入会员Code API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/membercard_open/chapter3_7.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/marketing/membercard-open/cards/{card_id}/codes/deposit'>['postAsync'];
}

/** `v3/marketing/membercard-open/cards/{card_id}/codes/{code}` */
export interface V3MarketingMembercardOpenCards_card_id_Codes_code_ extends NodeBase, Verbs<'v3/marketing/membercard-open/cards/{card_id}/codes/{code}'> {
  /**
   * 查询用户会员卡信息API
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/marketing/membercard-open/cards/{card_id}/codes/{code}'>['getAsync'];
  /**
   * 修改用户会员卡信息API
   *
   * Async twin of `patch`.
   */
  patchAsync: Verbs<'v3/marketing/membercard-open/cards/{card_id}/codes/{code}'>['patchAsync'];
  activate: V3MarketingMembercardOpenCards_card_id_Codes_code_Activate;
  bonus: V3MarketingMembercardOpenCards_card_id_Codes_code_Bonus;
  rights: V3MarketingMembercardOpenCards_card_id_Codes_code_Rights;
  setServiceModuleData: V3MarketingMembercardOpenCards_card_id_Codes_code_SetServiceModuleData;
  unavailable: V3MarketingMembercardOpenCards_card_id_Codes_code_Unavailable;
}

/** `v3/marketing/membercard-open/cards/{card_id}/codes/{code}/activate` */
export interface V3MarketingMembercardOpenCards_card_id_Codes_code_Activate extends NodeBase, Verbs<'v3/marketing/membercard-open/cards/{card_id}/codes/{code}/activate'> {
  /**
   * 激活会员卡（跳转型激活）API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/membercard_open/chapter3_10.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/marketing/membercard-open/cards/{card_id}/codes/{code}/activate'>['postAsync'];
}

/** `v3/marketing/membercard-open/cards/{card_id}/codes/{code}/bonus` */
export interface V3MarketingMembercardOpenCards_card_id_Codes_code_Bonus extends NodeBase {
  commit: V3MarketingMembercardOpenCards_card_id_Codes_code_BonusCommit;
  prepare: V3MarketingMembercardOpenCards_card_id_Codes_code_BonusPrepare;
}

/** `v3/marketing/membercard-open/cards/{card_id}/codes/{code}/bonus/commit` */
export interface V3MarketingMembercardOpenCards_card_id_Codes_code_BonusCommit extends NodeBase, Verbs<'v3/marketing/membercard-open/cards/{card_id}/codes/{code}/bonus/commit'> {
  /**
   * 设置支付后展示的积分到账API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/membercard_open/chapter10_2.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/marketing/membercard-open/cards/{card_id}/codes/{code}/bonus/commit'>['postAsync'];
}

/** `v3/marketing/membercard-open/cards/{card_id}/codes/{code}/bonus/prepare` */
export interface V3MarketingMembercardOpenCards_card_id_Codes_code_BonusPrepare extends NodeBase, Verbs<'v3/marketing/membercard-open/cards/{card_id}/codes/{code}/bonus/prepare'> {
  /**
   * 支付结果页展示会员积分API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/membercard_open/chapter10_3.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/marketing/membercard-open/cards/{card_id}/codes/{code}/bonus/prepare'>['postAsync'];
}

/** `v3/marketing/membercard-open/cards/{card_id}/codes/{code}/rights` */
export interface V3MarketingMembercardOpenCards_card_id_Codes_code_Rights extends NodeBase, Verbs<'v3/marketing/membercard-open/cards/{card_id}/codes/{code}/rights'> {
  /**
   * 设置会员权益API
   *
   * Async twin of `patch`.
   */
  patchAsync: Verbs<'v3/marketing/membercard-open/cards/{card_id}/codes/{code}/rights'>['patchAsync'];
}

/** `v3/marketing/membercard-open/cards/{card_id}/codes/{code}/set-service-module-data` */
export interface V3MarketingMembercardOpenCards_card_id_Codes_code_SetServiceModuleData extends NodeBase, Verbs<'v3/marketing/membercard-open/cards/{card_id}/codes/{code}/set-service-module-data'> {
  /**
   * 设置会员服务项用户信息
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/marketing/membercard-open/cards/{card_id}/codes/{code}/set-service-module-data'>['postAsync'];
}

/** `v3/marketing/membercard-open/cards/{card_id}/codes/{code}/unavailable` */
export interface V3MarketingMembercardOpenCards_card_id_Codes_code_Unavailable extends NodeBase, Verbs<'v3/marketing/membercard-open/cards/{card_id}/codes/{code}/unavailable'> {
  /**
   * 作废用户会员卡API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/membercard_open/chapter3_12.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/marketing/membercard-open/cards/{card_id}/codes/{code}/unavailable'>['postAsync'];
}

/** `v3/marketing/membercard-open/cards/{card_id}/decrypt-code` */
export interface V3MarketingMembercardOpenCards_card_id_DecryptCode extends NodeBase, Verbs<'v3/marketing/membercard-open/cards/{card_id}/decrypt-code'> {
  /**
   * 加密code解码（跳转型激活）API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/membercard_open/chapter4_4.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/marketing/membercard-open/cards/{card_id}/decrypt-code'>['getAsync'];
}

/** `v3/marketing/membercard-open/cards/{card_id}/permission-tokens` */
export interface V3MarketingMembercardOpenCards_card_id_PermissionTokens extends NodeBase, Verbs<'v3/marketing/membercard-open/cards/{card_id}/permission-tokens'> {
  /**
   * 商户预授权
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/membercard_open/chapter4_7.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/marketing/membercard-open/cards/{card_id}/permission-tokens'>['postAsync'];
}

/** `v3/marketing/membercard-open/cards/{card_id}/phone-membercard` */
export interface V3MarketingMembercardOpenCards_card_id_PhoneMembercard extends NodeBase {
  import: V3MarketingMembercardOpenCards_card_id_PhoneMembercardImport;
}

/** `v3/marketing/membercard-open/cards/{card_id}/phone-membercard/import` */
export interface V3MarketingMembercardOpenCards_card_id_PhoneMembercardImport extends NodeBase, Verbs<'v3/marketing/membercard-open/cards/{card_id}/phone-membercard/import'> {
  /**
   * 根据手机号导入用户会员卡API
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/marketing/membercard-open/cards/{card_id}/phone-membercard/import'>['postAsync'];
}

/** `v3/marketing/membercard-open/cards/{card_id}/qrcode` */
export interface V3MarketingMembercardOpenCards_card_id_Qrcode extends NodeBase, Verbs<'v3/marketing/membercard-open/cards/{card_id}/qrcode'> {
  /**
   * 创建会员卡二维码API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/membercard_open/chapter4_3.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/marketing/membercard-open/cards/{card_id}/qrcode'>['postAsync'];
}

/** `v3/marketing/membercard-open/cards/{card_id}/rights` */
export interface V3MarketingMembercardOpenCards_card_id_Rights extends NodeBase, Verbs<'v3/marketing/membercard-open/cards/{card_id}/rights'> {
  /**
   * 设置会员卡模板权益项API
   *
   * Async twin of `patch`.
   */
  patchAsync: Verbs<'v3/marketing/membercard-open/cards/{card_id}/rights'>['patchAsync'];
}

/** `v3/marketing/membercard-open/cards/{card_id}/service-modules` */
export interface V3MarketingMembercardOpenCards_card_id_ServiceModules extends NodeBase, Verbs<'v3/marketing/membercard-open/cards/{card_id}/service-modules'> {
  /**
   * 添加会员卡服务项
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/marketing/membercard-open/cards/{card_id}/service-modules'>['postAsync'];
  _service_module_id_: V3MarketingMembercardOpenCards_card_id_ServiceModules_service_module_id_;
  '{service_module_id}': V3MarketingMembercardOpenCards_card_id_ServiceModules_service_module_id_;
}

/** `v3/marketing/membercard-open/cards/{card_id}/service-modules/{service_module_id}` */
export interface V3MarketingMembercardOpenCards_card_id_ServiceModules_service_module_id_ extends NodeBase, Verbs<'v3/marketing/membercard-open/cards/{card_id}/service-modules/{service_module_id}'> {
  /**
   * 修改会员卡服务项
   *
   * Async twin of `patch`.
   */
  patchAsync: Verbs<'v3/marketing/membercard-open/cards/{card_id}/service-modules/{service_module_id}'>['patchAsync'];
  /**
   * 移除会员卡服务项
   *
   * Async twin of `delete`.
   */
  deleteAsync: Verbs<'v3/marketing/membercard-open/cards/{card_id}/service-modules/{service_module_id}'>['deleteAsync'];
}

/** `v3/marketing/membercard-open/cards/{card_id}/upgrade` */
export interface V3MarketingMembercardOpenCards_card_id_Upgrade extends NodeBase, Verbs<'v3/marketing/membercard-open/cards/{card_id}/upgrade'> {
  /**
   * 老会员卡模板升级API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/membercard_open/chapter3_6.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/marketing/membercard-open/cards/{card_id}/upgrade'>['postAsync'];
}

/** `v3/marketing/membercard-open/cards/{card_id}/users` */
export interface V3MarketingMembercardOpenCards_card_id_Users extends NodeBase {
  import: V3MarketingMembercardOpenCards_card_id_UsersImport;
}

/** `v3/marketing/membercard-open/cards/{card_id}/users/import` */
export interface V3MarketingMembercardOpenCards_card_id_UsersImport extends NodeBase, Verbs<'v3/marketing/membercard-open/cards/{card_id}/users/import'> {
  /**
   * 根据openid导入用户会员卡API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/membercard_open/chapter3_13.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/marketing/membercard-open/cards/{card_id}/users/import'>['postAsync'];
}

/** `v3/marketing/membercard-open/phonenumber-member` */
export interface V3MarketingMembercardOpenPhonenumberMember extends NodeBase {
  import: V3MarketingMembercardOpenPhonenumberMemberImport;
  search: V3MarketingMembercardOpenPhonenumberMemberSearch;
}

/** `v3/marketing/membercard-open/phonenumber-member/import` */
export interface V3MarketingMembercardOpenPhonenumberMemberImport extends NodeBase, Verbs<'v3/marketing/membercard-open/phonenumber-member/import'> {
  /**
   * 导入加密手机号提醒会员领卡API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/membercard_open/chapter4_1.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/marketing/membercard-open/phonenumber-member/import'>['postAsync'];
}

/** `v3/marketing/membercard-open/phonenumber-member/search` */
export interface V3MarketingMembercardOpenPhonenumberMemberSearch extends NodeBase, Verbs<'v3/marketing/membercard-open/phonenumber-member/search'> {
  /**
   * 通过加密手机号查询会员领卡状态API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/membercard_open/chapter4_2.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/marketing/membercard-open/phonenumber-member/search'>['getAsync'];
}

/** `v3/marketing/membercard-open/user` */
export interface V3MarketingMembercardOpenUser extends NodeBase {
  cards: V3MarketingMembercardOpenUserCards;
}

/** `v3/marketing/membercard-open/user/cards` */
export interface V3MarketingMembercardOpenUserCards extends NodeBase, Verbs<'v3/marketing/membercard-open/user/cards'> {
  /**
   * 查询用户在品牌下所有会员卡API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/membercard_open/chapter3_5.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/marketing/membercard-open/user/cards'>['getAsync'];
}

/** `v3/marketing/partner` */
export interface V3MarketingPartner extends NodeBase {
  deliveryPlan: V3MarketingPartnerDeliveryPlan;
  productCoupon: V3MarketingPartnerProductCoupon;
}

/** `v3/marketing/partner/delivery-plan` */
export interface V3MarketingPartnerDeliveryPlan extends NodeBase {
  deliveryPlans: V3MarketingPartnerDeliveryPlanDeliveryPlans;
  _sp_mchid_: V3MarketingPartnerDeliveryPlan_sp_mchid_;
  '{sp_mchid}': V3MarketingPartnerDeliveryPlan_sp_mchid_;
}

/** `v3/marketing/partner/delivery-plan/delivery-plans` */
export interface V3MarketingPartnerDeliveryPlanDeliveryPlans extends NodeBase, Verbs<'v3/marketing/partner/delivery-plan/delivery-plans'> {
  /**
   * 创建投放计划
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/marketing/partner/delivery-plan/delivery-plans'>['postAsync'];
  _brand_id_: V3MarketingPartnerDeliveryPlanDeliveryPlans_brand_id_;
  '{brand_id}': V3MarketingPartnerDeliveryPlanDeliveryPlans_brand_id_;
  _plan_id_: V3MarketingPartnerDeliveryPlanDeliveryPlans_plan_id_;
  '{plan_id}': V3MarketingPartnerDeliveryPlanDeliveryPlans_plan_id_;
}

/** `v3/marketing/partner/delivery-plan/delivery-plans/{brand_id}` */
export interface V3MarketingPartnerDeliveryPlanDeliveryPlans_brand_id_ extends NodeBase {
  deliveryPlans: V3MarketingPartnerDeliveryPlanDeliveryPlans_brand_id_DeliveryPlans;
}

/** `v3/marketing/partner/delivery-plan/delivery-plans/{brand_id}/delivery-plans` */
export interface V3MarketingPartnerDeliveryPlanDeliveryPlans_brand_id_DeliveryPlans extends NodeBase, Verbs<'v3/marketing/partner/delivery-plan/delivery-plans/{brand_id}/delivery-plans'> {
  /**
   * 分页查询投放计划列表
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/marketing/partner/delivery-plan/delivery-plans/{brand_id}/delivery-plans'>['getAsync'];
}

/** `v3/marketing/partner/delivery-plan/delivery-plans/{plan_id}` */
export interface V3MarketingPartnerDeliveryPlanDeliveryPlans_plan_id_ extends NodeBase, Verbs<'v3/marketing/partner/delivery-plan/delivery-plans/{plan_id}'> {
  /**
   * 更新投放计划
   *
   * Async twin of `patch`.
   */
  patchAsync: Verbs<'v3/marketing/partner/delivery-plan/delivery-plans/{plan_id}'>['patchAsync'];
  terminate: V3MarketingPartnerDeliveryPlanDeliveryPlans_plan_id_Terminate;
}

/** `v3/marketing/partner/delivery-plan/delivery-plans/{plan_id}/terminate` */
export interface V3MarketingPartnerDeliveryPlanDeliveryPlans_plan_id_Terminate extends NodeBase, Verbs<'v3/marketing/partner/delivery-plan/delivery-plans/{plan_id}/terminate'> {
  /**
   * 终止投放计划
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/marketing/partner/delivery-plan/delivery-plans/{plan_id}/terminate'>['postAsync'];
}

/** `v3/marketing/partner/delivery-plan/{sp_mchid}` */
export interface V3MarketingPartnerDeliveryPlan_sp_mchid_ extends NodeBase {
  notifyUrl: V3MarketingPartnerDeliveryPlan_sp_mchid_NotifyUrl;
}

/** `v3/marketing/partner/delivery-plan/{sp_mchid}/notify-url` */
export interface V3MarketingPartnerDeliveryPlan_sp_mchid_NotifyUrl extends NodeBase, Verbs<'v3/marketing/partner/delivery-plan/{sp_mchid}/notify-url'> {
  /**
   * 设置投放计划回调地址
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/marketing/partner/delivery-plan/{sp_mchid}/notify-url'>['postAsync'];
}

/** `v3/marketing/partner/product-coupon` */
export interface V3MarketingPartnerProductCoupon extends NodeBase {
  imageGenerationTasks: V3MarketingPartnerProductCouponImageGenerationTasks;
  media: V3MarketingPartnerProductCouponMedia;
  notifyConfigs: V3MarketingPartnerProductCouponNotifyConfigs;
  productCoupons: V3MarketingPartnerProductCouponProductCoupons;
  users: V3MarketingPartnerProductCouponUsers;
}

/** `v3/marketing/partner/product-coupon/image-generation-tasks` */
export interface V3MarketingPartnerProductCouponImageGenerationTasks extends NodeBase, Verbs<'v3/marketing/partner/product-coupon/image-generation-tasks'> {
  /**
   * 提交图片生成任务
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/marketing/partner/product-coupon/image-generation-tasks'>['postAsync'];
  _task_id_: V3MarketingPartnerProductCouponImageGenerationTasks_task_id_;
  '{task_id}': V3MarketingPartnerProductCouponImageGenerationTasks_task_id_;
}

/** `v3/marketing/partner/product-coupon/image-generation-tasks/{task_id}` */
export interface V3MarketingPartnerProductCouponImageGenerationTasks_task_id_ extends NodeBase, Verbs<'v3/marketing/partner/product-coupon/image-generation-tasks/{task_id}'> {
  /**
   * 查询图片生成任务执行结果
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/marketing/partner/product-coupon/image-generation-tasks/{task_id}'>['getAsync'];
}

/** `v3/marketing/partner/product-coupon/media` */
export interface V3MarketingPartnerProductCouponMedia extends NodeBase {
  uploadImage: V3MarketingPartnerProductCouponMediaUploadImage;
}

/** `v3/marketing/partner/product-coupon/media/upload-image` */
export interface V3MarketingPartnerProductCouponMediaUploadImage extends NodeBase, Verbs<'v3/marketing/partner/product-coupon/media/upload-image'> {
  /**
   * 图片上传
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/marketing/partner/product-coupon/media/upload-image'>['postAsync'];
}

/** `v3/marketing/partner/product-coupon/notify-configs` */
export interface V3MarketingPartnerProductCouponNotifyConfigs extends NodeBase, Verbs<'v3/marketing/partner/product-coupon/notify-configs'> {
  /**
   * 获取商品券事件通知地址
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/marketing/partner/product-coupon/notify-configs'>['getAsync'];
  /**
   * 设置商品券事件通知地址
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/marketing/partner/product-coupon/notify-configs'>['postAsync'];
}

/** `v3/marketing/partner/product-coupon/product-coupons` */
export interface V3MarketingPartnerProductCouponProductCoupons extends NodeBase, Verbs<'v3/marketing/partner/product-coupon/product-coupons'> {
  /**
   * 创建商品券
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/marketing/partner/product-coupon/product-coupons'>['postAsync'];
  _product_coupon_id_: V3MarketingPartnerProductCouponProductCoupons_product_coupon_id_;
  '{product_coupon_id}': V3MarketingPartnerProductCouponProductCoupons_product_coupon_id_;
}

/** `v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}` */
export interface V3MarketingPartnerProductCouponProductCoupons_product_coupon_id_ extends NodeBase, Verbs<'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}'> {
  /**
   * 查询商品券
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}'>['getAsync'];
  /**
   * 修改商品券
   *
   * Async twin of `patch`.
   */
  patchAsync: Verbs<'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}'>['patchAsync'];
  deactivate: V3MarketingPartnerProductCouponProductCoupons_product_coupon_id_Deactivate;
  stockBundles: V3MarketingPartnerProductCouponProductCoupons_product_coupon_id_StockBundles;
  stocks: V3MarketingPartnerProductCouponProductCoupons_product_coupon_id_Stocks;
}

/** `v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/deactivate` */
export interface V3MarketingPartnerProductCouponProductCoupons_product_coupon_id_Deactivate extends NodeBase, Verbs<'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/deactivate'> {
  /**
   * 失效商品券
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/deactivate'>['postAsync'];
}

/** `v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stock-bundles` */
export interface V3MarketingPartnerProductCouponProductCoupons_product_coupon_id_StockBundles extends NodeBase, Verbs<'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stock-bundles'> {
  /**
   * 添加商品券批次组
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stock-bundles'>['postAsync'];
  _stock_bundle_id_: V3MarketingPartnerProductCouponProductCoupons_product_coupon_id_StockBundles_stock_bundle_id_;
  '{stock_bundle_id}': V3MarketingPartnerProductCouponProductCoupons_product_coupon_id_StockBundles_stock_bundle_id_;
}

/** `v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stock-bundles/{stock_bundle_id}` */
export interface V3MarketingPartnerProductCouponProductCoupons_product_coupon_id_StockBundles_stock_bundle_id_ extends NodeBase, Verbs<'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stock-bundles/{stock_bundle_id}'> {
  /**
   * 修改商品券批次组
   *
   * Async twin of `patch`.
   */
  patchAsync: Verbs<'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stock-bundles/{stock_bundle_id}'>['patchAsync'];
  associateStores: V3MarketingPartnerProductCouponProductCoupons_product_coupon_id_StockBundles_stock_bundle_id_AssociateStores;
  disassociateStores: V3MarketingPartnerProductCouponProductCoupons_product_coupon_id_StockBundles_stock_bundle_id_DisassociateStores;
  updateBudget: V3MarketingPartnerProductCouponProductCoupons_product_coupon_id_StockBundles_stock_bundle_id_UpdateBudget;
}

/** `v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stock-bundles/{stock_bundle_id}/associate-stores` */
export interface V3MarketingPartnerProductCouponProductCoupons_product_coupon_id_StockBundles_stock_bundle_id_AssociateStores extends NodeBase, Verbs<'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stock-bundles/{stock_bundle_id}/associate-stores'> {
  /**
   * 批次组批量关联门店
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stock-bundles/{stock_bundle_id}/associate-stores'>['postAsync'];
}

/** `v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stock-bundles/{stock_bundle_id}/disassociate-stores` */
export interface V3MarketingPartnerProductCouponProductCoupons_product_coupon_id_StockBundles_stock_bundle_id_DisassociateStores extends NodeBase, Verbs<'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stock-bundles/{stock_bundle_id}/disassociate-stores'> {
  /**
   * 批次组批量取消关联门店
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stock-bundles/{stock_bundle_id}/disassociate-stores'>['postAsync'];
}

/** `v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stock-bundles/{stock_bundle_id}/update-budget` */
export interface V3MarketingPartnerProductCouponProductCoupons_product_coupon_id_StockBundles_stock_bundle_id_UpdateBudget extends NodeBase, Verbs<'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stock-bundles/{stock_bundle_id}/update-budget'> {
  /**
   * 修改商品券批次组发放预算
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stock-bundles/{stock_bundle_id}/update-budget'>['postAsync'];
}

/** `v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks` */
export interface V3MarketingPartnerProductCouponProductCoupons_product_coupon_id_Stocks extends NodeBase, Verbs<'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks'> {
  /**
   * 查询商品券批次列表
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks'>['getAsync'];
  /**
   * 添加商品券批次
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks'>['postAsync'];
  _stock_id_: V3MarketingPartnerProductCouponProductCoupons_product_coupon_id_Stocks_stock_id_;
  '{stock_id}': V3MarketingPartnerProductCouponProductCoupons_product_coupon_id_Stocks_stock_id_;
}

/** `v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}` */
export interface V3MarketingPartnerProductCouponProductCoupons_product_coupon_id_Stocks_stock_id_ extends NodeBase, Verbs<'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}'> {
  /**
   * 查询商品券指定批次
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}'>['getAsync'];
  /**
   * 修改商品券指定批次
   *
   * Async twin of `patch`.
   */
  patchAsync: Verbs<'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}'>['patchAsync'];
  associateStores: V3MarketingPartnerProductCouponProductCoupons_product_coupon_id_Stocks_stock_id_AssociateStores;
  associatedStores: V3MarketingPartnerProductCouponProductCoupons_product_coupon_id_Stocks_stock_id_AssociatedStores;
  deactivate: V3MarketingPartnerProductCouponProductCoupons_product_coupon_id_Stocks_stock_id_Deactivate;
  disassociateStores: V3MarketingPartnerProductCouponProductCoupons_product_coupon_id_Stocks_stock_id_DisassociateStores;
  updateBudget: V3MarketingPartnerProductCouponProductCoupons_product_coupon_id_Stocks_stock_id_UpdateBudget;
  uploadCouponCodes: V3MarketingPartnerProductCouponProductCoupons_product_coupon_id_Stocks_stock_id_UploadCouponCodes;
}

/** `v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}/associate-stores` */
export interface V3MarketingPartnerProductCouponProductCoupons_product_coupon_id_Stocks_stock_id_AssociateStores extends NodeBase, Verbs<'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}/associate-stores'> {
  /**
   * 批次关联门店
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}/associate-stores'>['postAsync'];
}

/** `v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}/associated-stores` */
export interface V3MarketingPartnerProductCouponProductCoupons_product_coupon_id_Stocks_stock_id_AssociatedStores extends NodeBase, Verbs<'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}/associated-stores'> {
  /**
   * 查询批次关联门店列表
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}/associated-stores'>['getAsync'];
}

/** `v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}/deactivate` */
export interface V3MarketingPartnerProductCouponProductCoupons_product_coupon_id_Stocks_stock_id_Deactivate extends NodeBase, Verbs<'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}/deactivate'> {
  /**
   * 失效商品券批次
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}/deactivate'>['postAsync'];
}

/** `v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}/disassociate-stores` */
export interface V3MarketingPartnerProductCouponProductCoupons_product_coupon_id_Stocks_stock_id_DisassociateStores extends NodeBase, Verbs<'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}/disassociate-stores'> {
  /**
   * 批次取消关联门店
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}/disassociate-stores'>['postAsync'];
}

/** `v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}/update-budget` */
export interface V3MarketingPartnerProductCouponProductCoupons_product_coupon_id_Stocks_stock_id_UpdateBudget extends NodeBase, Verbs<'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}/update-budget'> {
  /**
   * 修改商品券批次发放预算
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}/update-budget'>['postAsync'];
}

/** `v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}/upload-coupon-codes` */
export interface V3MarketingPartnerProductCouponProductCoupons_product_coupon_id_Stocks_stock_id_UploadCouponCodes extends NodeBase, Verbs<'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}/upload-coupon-codes'> {
  /**
   * 预上传券Code
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}/upload-coupon-codes'>['postAsync'];
}

/** `v3/marketing/partner/product-coupon/users` */
export interface V3MarketingPartnerProductCouponUsers extends NodeBase {
  _openid_: V3MarketingPartnerProductCouponUsers_openid_;
  '{openid}': V3MarketingPartnerProductCouponUsers_openid_;
}

/** `v3/marketing/partner/product-coupon/users/{openid}` */
export interface V3MarketingPartnerProductCouponUsers_openid_ extends NodeBase {
  couponBundles: V3MarketingPartnerProductCouponUsers_openid_CouponBundles;
  coupons: V3MarketingPartnerProductCouponUsers_openid_Coupons;
  preSendCoupon: V3MarketingPartnerProductCouponUsers_openid_PreSendCoupon;
  preSendCouponBundle: V3MarketingPartnerProductCouponUsers_openid_PreSendCouponBundle;
}

/** `v3/marketing/partner/product-coupon/users/{openid}/coupon-bundles` */
export interface V3MarketingPartnerProductCouponUsers_openid_CouponBundles extends NodeBase, Verbs<'v3/marketing/partner/product-coupon/users/{openid}/coupon-bundles'> {
  /**
   * 向用户发放商品券批次组
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/marketing/partner/product-coupon/users/{openid}/coupon-bundles'>['postAsync'];
  _user_coupon_bundle_id_: V3MarketingPartnerProductCouponUsers_openid_CouponBundles_user_coupon_bundle_id_;
  '{user_coupon_bundle_id}': V3MarketingPartnerProductCouponUsers_openid_CouponBundles_user_coupon_bundle_id_;
}

/** `v3/marketing/partner/product-coupon/users/{openid}/coupon-bundles/{user_coupon_bundle_id}` */
export interface V3MarketingPartnerProductCouponUsers_openid_CouponBundles_user_coupon_bundle_id_ extends NodeBase {
  deactivate: V3MarketingPartnerProductCouponUsers_openid_CouponBundles_user_coupon_bundle_id_Deactivate;
}

/** `v3/marketing/partner/product-coupon/users/{openid}/coupon-bundles/{user_coupon_bundle_id}/deactivate` */
export interface V3MarketingPartnerProductCouponUsers_openid_CouponBundles_user_coupon_bundle_id_Deactivate extends NodeBase, Verbs<'v3/marketing/partner/product-coupon/users/{openid}/coupon-bundles/{user_coupon_bundle_id}/deactivate'> {
  /**
   * 失效用户商品券组
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/marketing/partner/product-coupon/users/{openid}/coupon-bundles/{user_coupon_bundle_id}/deactivate'>['postAsync'];
}

/** `v3/marketing/partner/product-coupon/users/{openid}/coupons` */
export interface V3MarketingPartnerProductCouponUsers_openid_Coupons extends NodeBase, Verbs<'v3/marketing/partner/product-coupon/users/{openid}/coupons'> {
  /**
   * 指定券状态查询用户商品券列表
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/marketing/partner/product-coupon/users/{openid}/coupons'>['getAsync'];
  /**
   * 向用户发放商品券
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/marketing/partner/product-coupon/users/{openid}/coupons'>['postAsync'];
  _coupon_code_: V3MarketingPartnerProductCouponUsers_openid_Coupons_coupon_code_;
  '{coupon_code}': V3MarketingPartnerProductCouponUsers_openid_Coupons_coupon_code_;
}

/** `v3/marketing/partner/product-coupon/users/{openid}/coupons/{coupon_code}` */
export interface V3MarketingPartnerProductCouponUsers_openid_Coupons_coupon_code_ extends NodeBase, Verbs<'v3/marketing/partner/product-coupon/users/{openid}/coupons/{coupon_code}'> {
  /**
   * 查询用户商品券详情
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/marketing/partner/product-coupon/users/{openid}/coupons/{coupon_code}'>['getAsync'];
  confirm: V3MarketingPartnerProductCouponUsers_openid_Coupons_coupon_code_Confirm;
  deactivate: V3MarketingPartnerProductCouponUsers_openid_Coupons_coupon_code_Deactivate;
  return: V3MarketingPartnerProductCouponUsers_openid_Coupons_coupon_code_Return;
  use: V3MarketingPartnerProductCouponUsers_openid_Coupons_coupon_code_Use;
}

/** `v3/marketing/partner/product-coupon/users/{openid}/coupons/{coupon_code}/confirm` */
export interface V3MarketingPartnerProductCouponUsers_openid_Coupons_coupon_code_Confirm extends NodeBase, Verbs<'v3/marketing/partner/product-coupon/users/{openid}/coupons/{coupon_code}/confirm'> {
  /**
   * 确认发放用户商品券
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/marketing/partner/product-coupon/users/{openid}/coupons/{coupon_code}/confirm'>['postAsync'];
}

/** `v3/marketing/partner/product-coupon/users/{openid}/coupons/{coupon_code}/deactivate` */
export interface V3MarketingPartnerProductCouponUsers_openid_Coupons_coupon_code_Deactivate extends NodeBase, Verbs<'v3/marketing/partner/product-coupon/users/{openid}/coupons/{coupon_code}/deactivate'> {
  /**
   * 失效用户商品券
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/marketing/partner/product-coupon/users/{openid}/coupons/{coupon_code}/deactivate'>['postAsync'];
}

/** `v3/marketing/partner/product-coupon/users/{openid}/coupons/{coupon_code}/return` */
export interface V3MarketingPartnerProductCouponUsers_openid_Coupons_coupon_code_Return extends NodeBase, Verbs<'v3/marketing/partner/product-coupon/users/{openid}/coupons/{coupon_code}/return'> {
  /**
   * 退券
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/marketing/partner/product-coupon/users/{openid}/coupons/{coupon_code}/return'>['postAsync'];
}

/** `v3/marketing/partner/product-coupon/users/{openid}/coupons/{coupon_code}/use` */
export interface V3MarketingPartnerProductCouponUsers_openid_Coupons_coupon_code_Use extends NodeBase, Verbs<'v3/marketing/partner/product-coupon/users/{openid}/coupons/{coupon_code}/use'> {
  /**
   * 核销用户商品券
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/marketing/partner/product-coupon/users/{openid}/coupons/{coupon_code}/use'>['postAsync'];
}

/** `v3/marketing/partner/product-coupon/users/{openid}/pre-send-coupon` */
export interface V3MarketingPartnerProductCouponUsers_openid_PreSendCoupon extends NodeBase, Verbs<'v3/marketing/partner/product-coupon/users/{openid}/pre-send-coupon'> {
  /**
   * 向用户预发放商品券
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/marketing/partner/product-coupon/users/{openid}/pre-send-coupon'>['postAsync'];
}

/** `v3/marketing/partner/product-coupon/users/{openid}/pre-send-coupon-bundle` */
export interface V3MarketingPartnerProductCouponUsers_openid_PreSendCouponBundle extends NodeBase, Verbs<'v3/marketing/partner/product-coupon/users/{openid}/pre-send-coupon-bundle'> {
  /**
   * 向用户预发放商品券批次组
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/marketing/partner/product-coupon/users/{openid}/pre-send-coupon-bundle'>['postAsync'];
}

/** `v3/marketing/partnerships` */
export interface V3MarketingPartnerships extends NodeBase, Verbs<'v3/marketing/partnerships'> {
  /**
   * 查询合作关系列表API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter9_5_3.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/marketing/partnerships'>['getAsync'];
  build: V3MarketingPartnershipsBuild;
  terminate: V3MarketingPartnershipsTerminate;
}

/** `v3/marketing/partnerships/build` */
export interface V3MarketingPartnershipsBuild extends NodeBase, Verbs<'v3/marketing/partnerships/build'> {
  /**
   * 建立合作关系API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/partnerships/chapter3_1.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/marketing/partnerships/build'>['postAsync'];
}

/** `v3/marketing/partnerships/terminate` */
export interface V3MarketingPartnershipsTerminate extends NodeBase, Verbs<'v3/marketing/partnerships/terminate'> {
  /**
   * 终止合作关系API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/partnerships/chapter3_2.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/marketing/partnerships/terminate'>['postAsync'];
}

/** `v3/marketing/paygiftactivity` */
export interface V3MarketingPaygiftactivity extends NodeBase {
  activities: V3MarketingPaygiftactivityActivities;
  uniqueThresholdActivity: V3MarketingPaygiftactivityUniqueThresholdActivity;
}

/** `v3/marketing/paygiftactivity/activities` */
export interface V3MarketingPaygiftactivityActivities extends NodeBase, Verbs<'v3/marketing/paygiftactivity/activities'> {
  /**
   * 获取支付有礼活动列表API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/paygiftactivity/chapter3_9.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/marketing/paygiftactivity/activities'>['getAsync'];
  _activity_id_: V3MarketingPaygiftactivityActivities_activity_id_;
  '{activity_id}': V3MarketingPaygiftactivityActivities_activity_id_;
}

/** `v3/marketing/paygiftactivity/activities/{activity_id}` */
export interface V3MarketingPaygiftactivityActivities_activity_id_ extends NodeBase, Verbs<'v3/marketing/paygiftactivity/activities/{activity_id}'> {
  /**
   * 查询活动详情接口API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/paygiftactivity/chapter3_4.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/marketing/paygiftactivity/activities/{activity_id}'>['getAsync'];
  goods: V3MarketingPaygiftactivityActivities_activity_id_Goods;
  merchants: V3MarketingPaygiftactivityActivities_activity_id_Merchants;
  terminate: V3MarketingPaygiftactivityActivities_activity_id_Terminate;
}

/** `v3/marketing/paygiftactivity/activities/{activity_id}/goods` */
export interface V3MarketingPaygiftactivityActivities_activity_id_Goods extends NodeBase, Verbs<'v3/marketing/paygiftactivity/activities/{activity_id}/goods'> {
  /**
   * 查询活动指定商品列表API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/paygiftactivity/chapter3_6.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/marketing/paygiftactivity/activities/{activity_id}/goods'>['getAsync'];
}

/** `v3/marketing/paygiftactivity/activities/{activity_id}/merchants` */
export interface V3MarketingPaygiftactivityActivities_activity_id_Merchants extends NodeBase, Verbs<'v3/marketing/paygiftactivity/activities/{activity_id}/merchants'> {
  /**
   * 查询活动发券商户号API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/paygiftactivity/chapter3_5.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/marketing/paygiftactivity/activities/{activity_id}/merchants'>['getAsync'];
  add: V3MarketingPaygiftactivityActivities_activity_id_MerchantsAdd;
  delete: V3MarketingPaygiftactivityActivities_activity_id_MerchantsDelete;
}

/** `v3/marketing/paygiftactivity/activities/{activity_id}/merchants/add` */
export interface V3MarketingPaygiftactivityActivities_activity_id_MerchantsAdd extends NodeBase, Verbs<'v3/marketing/paygiftactivity/activities/{activity_id}/merchants/add'> {
  /**
   * 新增活动发券商户号API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/paygiftactivity/chapter3_8.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/marketing/paygiftactivity/activities/{activity_id}/merchants/add'>['postAsync'];
}

/** `v3/marketing/paygiftactivity/activities/{activity_id}/merchants/delete` */
export interface V3MarketingPaygiftactivityActivities_activity_id_MerchantsDelete extends NodeBase, Verbs<'v3/marketing/paygiftactivity/activities/{activity_id}/merchants/delete'> {
  /**
   * 删除活动发券商户号API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/paygiftactivity/chapter3_10.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/marketing/paygiftactivity/activities/{activity_id}/merchants/delete'>['postAsync'];
}

/** `v3/marketing/paygiftactivity/activities/{activity_id}/terminate` */
export interface V3MarketingPaygiftactivityActivities_activity_id_Terminate extends NodeBase, Verbs<'v3/marketing/paygiftactivity/activities/{activity_id}/terminate'> {
  /**
   * 终止活动API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/marketing/paygiftactivity/chapter3_7.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/marketing/paygiftactivity/activities/{activity_id}/terminate'>['postAsync'];
}

/** `v3/marketing/paygiftactivity/unique-threshold-activity` */
export interface V3MarketingPaygiftactivityUniqueThresholdActivity extends NodeBase, Verbs<'v3/marketing/paygiftactivity/unique-threshold-activity'> {
  /**
   * 创建全场满额送活动API
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/marketing/paygiftactivity/unique-threshold-activity'>['postAsync'];
}

/** `v3/marketing/shopping-receipt` */
export interface V3MarketingShoppingReceipt extends NodeBase {
  customentrances: V3MarketingShoppingReceiptCustomentrances;
  merchantshoppingreceiptjumpinfos: V3MarketingShoppingReceiptMerchantshoppingreceiptjumpinfos;
  shoppingreceipts: V3MarketingShoppingReceiptShoppingreceipts;
}

/** `v3/marketing/shopping-receipt/customentrances` */
export interface V3MarketingShoppingReceiptCustomentrances extends NodeBase, Verbs<'v3/marketing/shopping-receipt/customentrances'> {
  /**
   * 创建自定义入口
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/marketing/shopping-receipt/customentrances'>['postAsync'];
  _brand_id_: V3MarketingShoppingReceiptCustomentrances_brand_id_;
  '{brand_id}': V3MarketingShoppingReceiptCustomentrances_brand_id_;
}

/** `v3/marketing/shopping-receipt/customentrances/{brand_id}` */
export interface V3MarketingShoppingReceiptCustomentrances_brand_id_ extends NodeBase, Verbs<'v3/marketing/shopping-receipt/customentrances/{brand_id}'> {
  /**
   * 查询自定义入口
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/marketing/shopping-receipt/customentrances/{brand_id}'>['getAsync'];
  /**
   * 更新自定义入口
   *
   * Async twin of `patch`.
   */
  patchAsync: Verbs<'v3/marketing/shopping-receipt/customentrances/{brand_id}'>['patchAsync'];
}

/** `v3/marketing/shopping-receipt/merchantshoppingreceiptjumpinfos` */
export interface V3MarketingShoppingReceiptMerchantshoppingreceiptjumpinfos extends NodeBase, Verbs<'v3/marketing/shopping-receipt/merchantshoppingreceiptjumpinfos'> {
  /**
   * 上传商家电子小票跳转信息
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/marketing/shopping-receipt/merchantshoppingreceiptjumpinfos'>['postAsync'];
}

/** `v3/marketing/shopping-receipt/shoppingreceipts` */
export interface V3MarketingShoppingReceiptShoppingreceipts extends NodeBase, Verbs<'v3/marketing/shopping-receipt/shoppingreceipts'> {
  /**
   * 上传电子小票
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/marketing/shopping-receipt/shoppingreceipts'>['postAsync'];
}

/** `v3/marketing/weekly-discount` */
export interface V3MarketingWeeklyDiscount extends NodeBase {
  activities: V3MarketingWeeklyDiscountActivities;
}

/** `v3/marketing/weekly-discount/activities` */
export interface V3MarketingWeeklyDiscountActivities extends NodeBase, Verbs<'v3/marketing/weekly-discount/activities'> {
  /**
   * 查询周周惠活动列表API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter6_1_3.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/marketing/weekly-discount/activities'>['getAsync'];
  _activity_id_: V3MarketingWeeklyDiscountActivities_activity_id_;
  '{activity_id}': V3MarketingWeeklyDiscountActivities_activity_id_;
}

/** `v3/marketing/weekly-discount/activities/{activity_id}` */
export interface V3MarketingWeeklyDiscountActivities_activity_id_ extends NodeBase, Verbs<'v3/marketing/weekly-discount/activities/{activity_id}'> {
  /**
   * 查询周周惠活动详情API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter6_1_2.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/marketing/weekly-discount/activities/{activity_id}'>['getAsync'];
  apply: V3MarketingWeeklyDiscountActivities_activity_id_Apply;
}

/** `v3/marketing/weekly-discount/activities/{activity_id}/apply` */
export interface V3MarketingWeeklyDiscountActivities_activity_id_Apply extends NodeBase, Verbs<'v3/marketing/weekly-discount/activities/{activity_id}/apply'> {
  /**
   * 报名周周惠活动API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter6_1_1.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/marketing/weekly-discount/activities/{activity_id}/apply'>['postAsync'];
}

/** `v3/marketing/withdraw-favor` */
export interface V3MarketingWithdrawFavor extends NodeBase {
  users: V3MarketingWithdrawFavorUsers;
}

/** `v3/marketing/withdraw-favor/users` */
export interface V3MarketingWithdrawFavorUsers extends NodeBase {
  _openid_: V3MarketingWithdrawFavorUsers_openid_;
  '{openid}': V3MarketingWithdrawFavorUsers_openid_;
}

/** `v3/marketing/withdraw-favor/users/{openid}` */
export interface V3MarketingWithdrawFavorUsers_openid_ extends NodeBase {
  coupons: V3MarketingWithdrawFavorUsers_openid_Coupons;
}

/** `v3/marketing/withdraw-favor/users/{openid}/coupons` */
export interface V3MarketingWithdrawFavorUsers_openid_Coupons extends NodeBase, Verbs<'v3/marketing/withdraw-favor/users/{openid}/coupons'> {
  /**
   * 查询批次下用户银行提现免费券列表API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter3_2_2.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/marketing/withdraw-favor/users/{openid}/coupons'>['getAsync'];
  /**
   * 为用户发银行提现免费券API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter3_2_1.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/marketing/withdraw-favor/users/{openid}/coupons'>['postAsync'];
}

/** `v3/mch-manage` */
export interface V3MchManage extends NodeBase {
  mchManageRecords: V3MchManageMchManageRecords;
  submissionFiles: V3MchManageSubmissionFiles;
}

/** `v3/mch-manage/mch-manage-records` */
export interface V3MchManageMchManageRecords extends NodeBase {
  subMchid: V3MchManageMchManageRecordsSubMchid;
  _manage_record_id_: V3MchManageMchManageRecords_manage_record_id_;
  '{manage_record_id}': V3MchManageMchManageRecords_manage_record_id_;
}

/** `v3/mch-manage/mch-manage-records/sub-mchid` */
export interface V3MchManageMchManageRecordsSubMchid extends NodeBase {
  _sub_mchid_: V3MchManageMchManageRecordsSubMchid_sub_mchid_;
  '{sub_mchid}': V3MchManageMchManageRecordsSubMchid_sub_mchid_;
}

/** `v3/mch-manage/mch-manage-records/sub-mchid/{sub_mchid}` */
export interface V3MchManageMchManageRecordsSubMchid_sub_mchid_ extends NodeBase, Verbs<'v3/mch-manage/mch-manage-records/sub-mchid/{sub_mchid}'> {
  /**
   * 分页查询子商户名下的商户管理记录
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/mch-manage/mch-manage-records/sub-mchid/{sub_mchid}'>['getAsync'];
}

/** `v3/mch-manage/mch-manage-records/{manage_record_id}` */
export interface V3MchManageMchManageRecords_manage_record_id_ extends NodeBase, Verbs<'v3/mch-manage/mch-manage-records/{manage_record_id}'> {
  /**
   * 查询子商户下指定商户管理记录
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/mch-manage/mch-manage-records/{manage_record_id}'>['getAsync'];
  mchManageSubmissions: V3MchManageMchManageRecords_manage_record_id_MchManageSubmissions;
}

/** `v3/mch-manage/mch-manage-records/{manage_record_id}/mch-manage-submissions` */
export interface V3MchManageMchManageRecords_manage_record_id_MchManageSubmissions extends NodeBase, Verbs<'v3/mch-manage/mch-manage-records/{manage_record_id}/mch-manage-submissions'> {
  /**
   * 对指定商户管理记录提交资料
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/mch-manage/mch-manage-records/{manage_record_id}/mch-manage-submissions'>['postAsync'];
}

/** `v3/mch-manage/submission-files` */
export interface V3MchManageSubmissionFiles extends NodeBase {
  subMchid: V3MchManageSubmissionFilesSubMchid;
}

/** `v3/mch-manage/submission-files/sub-mchid` */
export interface V3MchManageSubmissionFilesSubMchid extends NodeBase {
  _sub_mchid_: V3MchManageSubmissionFilesSubMchid_sub_mchid_;
  '{sub_mchid}': V3MchManageSubmissionFilesSubMchid_sub_mchid_;
}

/** `v3/mch-manage/submission-files/sub-mchid/{sub_mchid}` */
export interface V3MchManageSubmissionFilesSubMchid_sub_mchid_ extends NodeBase {
  upload: V3MchManageSubmissionFilesSubMchid_sub_mchid_Upload;
}

/** `v3/mch-manage/submission-files/sub-mchid/{sub_mchid}/upload` */
export interface V3MchManageSubmissionFilesSubMchid_sub_mchid_Upload extends NodeBase, Verbs<'v3/mch-manage/submission-files/sub-mchid/{sub_mchid}/upload'> {
  /**
   * 上传商户提交资料文件
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/mch-manage/submission-files/sub-mchid/{sub_mchid}/upload'>['postAsync'];
}

/** `v3/mch-operation-manage` */
export interface V3MchOperationManage extends NodeBase {
  enhancedDueDiligence: V3MchOperationManageEnhancedDueDiligence;
  merchantLimitations: V3MchOperationManageMerchantLimitations;
}

/** `v3/mch-operation-manage/enhanced-due-diligence` */
export interface V3MchOperationManageEnhancedDueDiligence extends NodeBase {
  _due_diligence_id_: V3MchOperationManageEnhancedDueDiligence_due_diligence_id_;
  '{due_diligence_id}': V3MchOperationManageEnhancedDueDiligence_due_diligence_id_;
}

/** `v3/mch-operation-manage/enhanced-due-diligence/{due_diligence_id}` */
export interface V3MchOperationManageEnhancedDueDiligence_due_diligence_id_ extends NodeBase, Verbs<'v3/mch-operation-manage/enhanced-due-diligence/{due_diligence_id}'> {
  /**
   * 查询子商户强化尽调单信息
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/mch-operation-manage/enhanced-due-diligence/{due_diligence_id}'>['getAsync'];
  submit: V3MchOperationManageEnhancedDueDiligence_due_diligence_id_Submit;
  upload: V3MchOperationManageEnhancedDueDiligence_due_diligence_id_Upload;
}

/** `v3/mch-operation-manage/enhanced-due-diligence/{due_diligence_id}/submit` */
export interface V3MchOperationManageEnhancedDueDiligence_due_diligence_id_Submit extends NodeBase, Verbs<'v3/mch-operation-manage/enhanced-due-diligence/{due_diligence_id}/submit'> {
  /**
   * 提交尽调资料
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/mch-operation-manage/enhanced-due-diligence/{due_diligence_id}/submit'>['postAsync'];
}

/** `v3/mch-operation-manage/enhanced-due-diligence/{due_diligence_id}/upload` */
export interface V3MchOperationManageEnhancedDueDiligence_due_diligence_id_Upload extends NodeBase, Verbs<'v3/mch-operation-manage/enhanced-due-diligence/{due_diligence_id}/upload'> {
  /**
   * 上传尽调资料文件
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/mch-operation-manage/enhanced-due-diligence/{due_diligence_id}/upload'>['postAsync'];
}

/** `v3/mch-operation-manage/merchant-limitations` */
export interface V3MchOperationManageMerchantLimitations extends NodeBase {
  subMchid: V3MchOperationManageMerchantLimitationsSubMchid;
}

/** `v3/mch-operation-manage/merchant-limitations/sub-mchid` */
export interface V3MchOperationManageMerchantLimitationsSubMchid extends NodeBase {
  _sub_mchid_: V3MchOperationManageMerchantLimitationsSubMchid_sub_mchid_;
  '{sub_mchid}': V3MchOperationManageMerchantLimitationsSubMchid_sub_mchid_;
}

/** `v3/mch-operation-manage/merchant-limitations/sub-mchid/{sub_mchid}` */
export interface V3MchOperationManageMerchantLimitationsSubMchid_sub_mchid_ extends NodeBase, Verbs<'v3/mch-operation-manage/merchant-limitations/sub-mchid/{sub_mchid}'> {
  /**
   * 查询子商户管控情况
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/limited-functions-and-reasons/mch-limitations/query-sub-mch-limitation.html | 官方文档}
   */
  getAsync: Verbs<'v3/mch-operation-manage/merchant-limitations/sub-mchid/{sub_mchid}'>['getAsync'];
}

/** `v3/mch_operate` */
export interface V3Mch_operate extends NodeBase {
  risk: V3Mch_operateRisk;
}

/** `v3/mch_operate/risk` */
export interface V3Mch_operateRisk extends NodeBase {
  withdrawlApply: V3Mch_operateRiskWithdrawlApply;
}

/** `v3/mch_operate/risk/withdrawl-apply` */
export interface V3Mch_operateRiskWithdrawlApply extends NodeBase, Verbs<'v3/mch_operate/risk/withdrawl-apply'> {
  /**
   * 提交已注销商户号可用余额提现申请单API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/withdrawal-apply/withdrawal-apply/submit-apply.html | 官方文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter7_8_9.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/mch_operate/risk/withdrawl-apply'>['postAsync'];
  applymentId: V3Mch_operateRiskWithdrawlApplyApplymentId;
  outRequestNo: V3Mch_operateRiskWithdrawlApplyOutRequestNo;
}

/** `v3/mch_operate/risk/withdrawl-apply/applyment-id` */
export interface V3Mch_operateRiskWithdrawlApplyApplymentId extends NodeBase {
  _applyment_id_: V3Mch_operateRiskWithdrawlApplyApplymentId_applyment_id_;
  '{applyment_id}': V3Mch_operateRiskWithdrawlApplyApplymentId_applyment_id_;
}

/** `v3/mch_operate/risk/withdrawl-apply/applyment-id/{applyment_id}` */
export interface V3Mch_operateRiskWithdrawlApplyApplymentId_applyment_id_ extends NodeBase, Verbs<'v3/mch_operate/risk/withdrawl-apply/applyment-id/{applyment_id}'> {
  /**
   * 微信支付提现申请单号查询提现申请单状态API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter7_8_8.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/mch_operate/risk/withdrawl-apply/applyment-id/{applyment_id}'>['getAsync'];
}

/** `v3/mch_operate/risk/withdrawl-apply/out-request-no` */
export interface V3Mch_operateRiskWithdrawlApplyOutRequestNo extends NodeBase {
  _out_request_no_: V3Mch_operateRiskWithdrawlApplyOutRequestNo_out_request_no_;
  '{out_request_no}': V3Mch_operateRiskWithdrawlApplyOutRequestNo_out_request_no_;
}

/** `v3/mch_operate/risk/withdrawl-apply/out-request-no/{out_request_no}` */
export interface V3Mch_operateRiskWithdrawlApplyOutRequestNo_out_request_no_ extends NodeBase, Verbs<'v3/mch_operate/risk/withdrawl-apply/out-request-no/{out_request_no}'> {
  /**
   * 商户提现申请单号查询提现申请单状态
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter7_8_7.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/mch_operate/risk/withdrawl-apply/out-request-no/{out_request_no}'>['getAsync'];
}

/** `v3/mchalterapply` */
export interface V3Mchalterapply extends NodeBase {
  mchcontactalterapplyment: V3MchalterapplyMchcontactalterapplyment;
  mchsubjectalterapplyment: V3MchalterapplyMchsubjectalterapplyment;
  merchantnamealterapplyment: V3MchalterapplyMerchantnamealterapplyment;
}

/** `v3/mchalterapply/mchcontactalterapplyment` */
export interface V3MchalterapplyMchcontactalterapplyment extends NodeBase, Verbs<'v3/mchalterapply/mchcontactalterapplyment'> {
  /**
   * 提交超管变更申请单
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/mchalterapply/mchcontactalterapplyment'>['postAsync'];
  merchant: V3MchalterapplyMchcontactalterapplymentMerchant;
  _apply_id_: V3MchalterapplyMchcontactalterapplyment_apply_id_;
  '{apply_id}': V3MchalterapplyMchcontactalterapplyment_apply_id_;
}

/** `v3/mchalterapply/mchcontactalterapplyment/merchant` */
export interface V3MchalterapplyMchcontactalterapplymentMerchant extends NodeBase {
  _merchant_code_: V3MchalterapplyMchcontactalterapplymentMerchant_merchant_code_;
  '{merchant_code}': V3MchalterapplyMchcontactalterapplymentMerchant_merchant_code_;
}

/** `v3/mchalterapply/mchcontactalterapplyment/merchant/{merchant_code}` */
export interface V3MchalterapplyMchcontactalterapplymentMerchant_merchant_code_ extends NodeBase {
  outRequestNo: V3MchalterapplyMchcontactalterapplymentMerchant_merchant_code_OutRequestNo;
}

/** `v3/mchalterapply/mchcontactalterapplyment/merchant/{merchant_code}/out-request-no` */
export interface V3MchalterapplyMchcontactalterapplymentMerchant_merchant_code_OutRequestNo extends NodeBase {
  _out_request_no_: V3MchalterapplyMchcontactalterapplymentMerchant_merchant_code_OutRequestNo_out_request_no_;
  '{out_request_no}': V3MchalterapplyMchcontactalterapplymentMerchant_merchant_code_OutRequestNo_out_request_no_;
}

/** `v3/mchalterapply/mchcontactalterapplyment/merchant/{merchant_code}/out-request-no/{out_request_no}` */
export interface V3MchalterapplyMchcontactalterapplymentMerchant_merchant_code_OutRequestNo_out_request_no_ extends NodeBase, Verbs<'v3/mchalterapply/mchcontactalterapplyment/merchant/{merchant_code}/out-request-no/{out_request_no}'> {
  /**
   * 查询超管变更申请单状态-使用业务单号和商户号
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/doc/v3/partner/4014090667 | 官方文档}
   */
  getAsync: Verbs<'v3/mchalterapply/mchcontactalterapplyment/merchant/{merchant_code}/out-request-no/{out_request_no}'>['getAsync'];
}

/** `v3/mchalterapply/mchcontactalterapplyment/{apply_id}` */
export interface V3MchalterapplyMchcontactalterapplyment_apply_id_ extends NodeBase, Verbs<'v3/mchalterapply/mchcontactalterapplyment/{apply_id}'> {
  /**
   * 查询超管变更申请单状态-使用申请单号
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/mchalterapply/mchcontactalterapplyment/{apply_id}'>['getAsync'];
  revoke: V3MchalterapplyMchcontactalterapplyment_apply_id_Revoke;
}

/** `v3/mchalterapply/mchcontactalterapplyment/{apply_id}/revoke` */
export interface V3MchalterapplyMchcontactalterapplyment_apply_id_Revoke extends NodeBase, Verbs<'v3/mchalterapply/mchcontactalterapplyment/{apply_id}/revoke'> {
  /**
   * 撤销超管变更申请单
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/mchalterapply/mchcontactalterapplyment/{apply_id}/revoke'>['postAsync'];
}

/** `v3/mchalterapply/mchsubjectalterapplyment` */
export interface V3MchalterapplyMchsubjectalterapplyment extends NodeBase, Verbs<'v3/mchalterapply/mchsubjectalterapplyment'> {
  /**
   * 提交资料变更申请单
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/doc/v3/partner/4014090649 | 官方文档}
   */
  postAsync: Verbs<'v3/mchalterapply/mchsubjectalterapplyment'>['postAsync'];
  merchant: V3MchalterapplyMchsubjectalterapplymentMerchant;
  _apply_id_: V3MchalterapplyMchsubjectalterapplyment_apply_id_;
  '{apply_id}': V3MchalterapplyMchsubjectalterapplyment_apply_id_;
}

/** `v3/mchalterapply/mchsubjectalterapplyment/merchant` */
export interface V3MchalterapplyMchsubjectalterapplymentMerchant extends NodeBase {
  _merchant_code_: V3MchalterapplyMchsubjectalterapplymentMerchant_merchant_code_;
  '{merchant_code}': V3MchalterapplyMchsubjectalterapplymentMerchant_merchant_code_;
}

/** `v3/mchalterapply/mchsubjectalterapplyment/merchant/{merchant_code}` */
export interface V3MchalterapplyMchsubjectalterapplymentMerchant_merchant_code_ extends NodeBase {
  outRequestNo: V3MchalterapplyMchsubjectalterapplymentMerchant_merchant_code_OutRequestNo;
}

/** `v3/mchalterapply/mchsubjectalterapplyment/merchant/{merchant_code}/out-request-no` */
export interface V3MchalterapplyMchsubjectalterapplymentMerchant_merchant_code_OutRequestNo extends NodeBase {
  _out_request_no_: V3MchalterapplyMchsubjectalterapplymentMerchant_merchant_code_OutRequestNo_out_request_no_;
  '{out_request_no}': V3MchalterapplyMchsubjectalterapplymentMerchant_merchant_code_OutRequestNo_out_request_no_;
}

/** `v3/mchalterapply/mchsubjectalterapplyment/merchant/{merchant_code}/out-request-no/{out_request_no}` */
export interface V3MchalterapplyMchsubjectalterapplymentMerchant_merchant_code_OutRequestNo_out_request_no_ extends NodeBase, Verbs<'v3/mchalterapply/mchsubjectalterapplyment/merchant/{merchant_code}/out-request-no/{out_request_no}'> {
  /**
   * 查询申请单状态-使用业务单号
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/doc/v3/partner/4014090667 | 官方文档}
   */
  getAsync: Verbs<'v3/mchalterapply/mchsubjectalterapplyment/merchant/{merchant_code}/out-request-no/{out_request_no}'>['getAsync'];
}

/** `v3/mchalterapply/mchsubjectalterapplyment/{apply_id}` */
export interface V3MchalterapplyMchsubjectalterapplyment_apply_id_ extends NodeBase, Verbs<'v3/mchalterapply/mchsubjectalterapplyment/{apply_id}'> {
  /**
   * 查询资料变更申请单状态-使用申请单号
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/doc/v3/partner/4014090655 | 官方文档}
   */
  getAsync: Verbs<'v3/mchalterapply/mchsubjectalterapplyment/{apply_id}'>['getAsync'];
  revoke: V3MchalterapplyMchsubjectalterapplyment_apply_id_Revoke;
}

/** `v3/mchalterapply/mchsubjectalterapplyment/{apply_id}/revoke` */
export interface V3MchalterapplyMchsubjectalterapplyment_apply_id_Revoke extends NodeBase, Verbs<'v3/mchalterapply/mchsubjectalterapplyment/{apply_id}/revoke'> {
  /**
   * 撤销资料变更申请单
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/doc/v3/partner/4014090672 | 官方文档}
   */
  postAsync: Verbs<'v3/mchalterapply/mchsubjectalterapplyment/{apply_id}/revoke'>['postAsync'];
}

/** `v3/mchalterapply/merchantnamealterapplyment` */
export interface V3MchalterapplyMerchantnamealterapplyment extends NodeBase, Verbs<'v3/mchalterapply/merchantnamealterapplyment'> {
  /**
   * 提交商户简称变更申请单
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/mchalterapply/merchantnamealterapplyment'>['postAsync'];
  merchant: V3MchalterapplyMerchantnamealterapplymentMerchant;
  _apply_id_: V3MchalterapplyMerchantnamealterapplyment_apply_id_;
  '{apply_id}': V3MchalterapplyMerchantnamealterapplyment_apply_id_;
}

/** `v3/mchalterapply/merchantnamealterapplyment/merchant` */
export interface V3MchalterapplyMerchantnamealterapplymentMerchant extends NodeBase {
  _sub_mchid_: V3MchalterapplyMerchantnamealterapplymentMerchant_sub_mchid_;
  '{sub_mchid}': V3MchalterapplyMerchantnamealterapplymentMerchant_sub_mchid_;
}

/** `v3/mchalterapply/merchantnamealterapplyment/merchant/{sub_mchid}` */
export interface V3MchalterapplyMerchantnamealterapplymentMerchant_sub_mchid_ extends NodeBase {
  outRequestNo: V3MchalterapplyMerchantnamealterapplymentMerchant_sub_mchid_OutRequestNo;
}

/** `v3/mchalterapply/merchantnamealterapplyment/merchant/{sub_mchid}/out-request-no` */
export interface V3MchalterapplyMerchantnamealterapplymentMerchant_sub_mchid_OutRequestNo extends NodeBase {
  _out_request_no_: V3MchalterapplyMerchantnamealterapplymentMerchant_sub_mchid_OutRequestNo_out_request_no_;
  '{out_request_no}': V3MchalterapplyMerchantnamealterapplymentMerchant_sub_mchid_OutRequestNo_out_request_no_;
}

/** `v3/mchalterapply/merchantnamealterapplyment/merchant/{sub_mchid}/out-request-no/{out_request_no}` */
export interface V3MchalterapplyMerchantnamealterapplymentMerchant_sub_mchid_OutRequestNo_out_request_no_ extends NodeBase, Verbs<'v3/mchalterapply/merchantnamealterapplyment/merchant/{sub_mchid}/out-request-no/{out_request_no}'> {
  /**
   * 查询商户简称申请单状态-使用业务单号和商户号
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/mchalterapply/merchantnamealterapplyment/merchant/{sub_mchid}/out-request-no/{out_request_no}'>['getAsync'];
}

/** `v3/mchalterapply/merchantnamealterapplyment/{apply_id}` */
export interface V3MchalterapplyMerchantnamealterapplyment_apply_id_ extends NodeBase, Verbs<'v3/mchalterapply/merchantnamealterapplyment/{apply_id}'> {
  /**
   * 查询商户简称变更申请单状态-使用申请单号
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/mchalterapply/merchantnamealterapplyment/{apply_id}'>['getAsync'];
  revoke: V3MchalterapplyMerchantnamealterapplyment_apply_id_Revoke;
}

/** `v3/mchalterapply/merchantnamealterapplyment/{apply_id}/revoke` */
export interface V3MchalterapplyMerchantnamealterapplyment_apply_id_Revoke extends NodeBase, Verbs<'v3/mchalterapply/merchantnamealterapplyment/{apply_id}/revoke'> {
  /**
   * 撤销商户简称变更申请单
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/mchalterapply/merchantnamealterapplyment/{apply_id}/revoke'>['postAsync'];
}

/** `v3/med-ins` */
export interface V3MedIns extends NodeBase {
  orders: V3MedInsOrders;
  refunds: V3MedInsRefunds;
}

/** `v3/med-ins/orders` */
export interface V3MedInsOrders extends NodeBase, Verbs<'v3/med-ins/orders'> {
  /**
   * 医保自费混合收款下单
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/med-ins/orders'>['postAsync'];
  mixTradeNo: V3MedInsOrdersMixTradeNo;
  outTradeNo: V3MedInsOrdersOutTradeNo;
}

/** `v3/med-ins/orders/mix-trade-no` */
export interface V3MedInsOrdersMixTradeNo extends NodeBase {
  _mix_trade_no_: V3MedInsOrdersMixTradeNo_mix_trade_no_;
  '{mix_trade_no}': V3MedInsOrdersMixTradeNo_mix_trade_no_;
}

/** `v3/med-ins/orders/mix-trade-no/{mix_trade_no}` */
export interface V3MedInsOrdersMixTradeNo_mix_trade_no_ extends NodeBase, Verbs<'v3/med-ins/orders/mix-trade-no/{mix_trade_no}'> {
  /**
   * 使用医保自费混合订单号查看下单结果
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/med-ins/orders/mix-trade-no/{mix_trade_no}'>['getAsync'];
}

/** `v3/med-ins/orders/out-trade-no` */
export interface V3MedInsOrdersOutTradeNo extends NodeBase {
  _out_trade_no_: V3MedInsOrdersOutTradeNo_out_trade_no_;
  '{out_trade_no}': V3MedInsOrdersOutTradeNo_out_trade_no_;
}

/** `v3/med-ins/orders/out-trade-no/{out_trade_no}` */
export interface V3MedInsOrdersOutTradeNo_out_trade_no_ extends NodeBase, Verbs<'v3/med-ins/orders/out-trade-no/{out_trade_no}'> {
  /**
   * 使用商户订单号查看下单结果
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/med-ins/orders/out-trade-no/{out_trade_no}'>['getAsync'];
}

/** `v3/med-ins/refunds` */
export interface V3MedInsRefunds extends NodeBase {
  notify: V3MedInsRefundsNotify;
}

/** `v3/med-ins/refunds/notify` */
export interface V3MedInsRefundsNotify extends NodeBase, Verbs<'v3/med-ins/refunds/notify'> {
  /**
   * 医保退款通知
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/med-ins/refunds/notify'>['postAsync'];
}

/** `v3/merchant` */
export interface V3Merchant extends NodeBase {
  fund: V3MerchantFund;
  media: V3MerchantMedia;
}

/** `v3/merchant-risk-manage` */
export interface V3MerchantRiskManage extends NodeBase {
  ecTradeRisk: V3MerchantRiskManageEcTradeRisk;
  reportTradeUnionInformation: V3MerchantRiskManageReportTradeUnionInformation;
  tradeRiskInformation: V3MerchantRiskManageTradeRiskInformation;
  tradeRiskResult: V3MerchantRiskManageTradeRiskResult;
  violationNotifications: V3MerchantRiskManageViolationNotifications;
}

/** `v3/merchant-risk-manage/ec-trade-risk` */
export interface V3MerchantRiskManageEcTradeRisk extends NodeBase {
  queryRiskTrades: V3MerchantRiskManageEcTradeRiskQueryRiskTrades;
  recvDisposeResult: V3MerchantRiskManageEcTradeRiskRecvDisposeResult;
}

/** `v3/merchant-risk-manage/ec-trade-risk/query-risk-trades` */
export interface V3MerchantRiskManageEcTradeRiskQueryRiskTrades extends NodeBase, Verbs<'v3/merchant-risk-manage/ec-trade-risk/query-risk-trades'> {
  /**
   * 查询风险订单
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/merchant-risk-manage/ec-trade-risk/query-risk-trades'>['postAsync'];
}

/** `v3/merchant-risk-manage/ec-trade-risk/recv-dispose-result` */
export interface V3MerchantRiskManageEcTradeRiskRecvDisposeResult extends NodeBase, Verbs<'v3/merchant-risk-manage/ec-trade-risk/recv-dispose-result'> {
  /**
   * 回传处置结果
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/merchant-risk-manage/ec-trade-risk/recv-dispose-result'>['postAsync'];
}

/** `v3/merchant-risk-manage/report-trade-union-information` */
export interface V3MerchantRiskManageReportTradeUnionInformation extends NodeBase, Verbs<'v3/merchant-risk-manage/report-trade-union-information'> {
  /**
   * 上报订单关联信息
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/risk-manage/trade-risk/report-trade-risk-information.html | 官方文档}
   */
  postAsync: Verbs<'v3/merchant-risk-manage/report-trade-union-information'>['postAsync'];
}

/** `v3/merchant-risk-manage/trade-risk-information` */
export interface V3MerchantRiskManageTradeRiskInformation extends NodeBase, Verbs<'v3/merchant-risk-manage/trade-risk-information'> {
  /**
   * 查询风险信息
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/risk-manage/trade-risk/query-trade-risk-information.html | 官方文档}
   */
  getAsync: Verbs<'v3/merchant-risk-manage/trade-risk-information'>['getAsync'];
}

/** `v3/merchant-risk-manage/trade-risk-result` */
export interface V3MerchantRiskManageTradeRiskResult extends NodeBase, Verbs<'v3/merchant-risk-manage/trade-risk-result'> {
  /**
   * 处置结果回传
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/risk-manage/trade-risk-result/create-trade-risk-result.html | 官方文档}
   */
  postAsync: Verbs<'v3/merchant-risk-manage/trade-risk-result'>['postAsync'];
}

/** `v3/merchant-risk-manage/violation-notifications` */
export interface V3MerchantRiskManageViolationNotifications extends NodeBase, Verbs<'v3/merchant-risk-manage/violation-notifications'> {
  /**
   * 查询商户违规通知回调地址API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter10_3_2.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/merchant-risk-manage/violation-notifications'>['getAsync'];
  /**
   * 创建商户违规通知回调地址API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter10_3_1.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/merchant-risk-manage/violation-notifications'>['postAsync'];
  /**
   * 修改商户违规通知回调地址API
   *
   * Async twin of `put`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter10_3_3.shtml | 官方文档}
   */
  putAsync: Verbs<'v3/merchant-risk-manage/violation-notifications'>['putAsync'];
  /**
   * 删除商户违规通知回调地址API
   *
   * Async twin of `delete`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter10_3_4.shtml | 官方文档}
   */
  deleteAsync: Verbs<'v3/merchant-risk-manage/violation-notifications'>['deleteAsync'];
}

/** `v3/merchant-service` */
export interface V3MerchantService extends NodeBase {
  complaintNotifications: V3MerchantServiceComplaintNotifications;
  complaints: V3MerchantServiceComplaints;
  complaintsV2: V3MerchantServiceComplaintsV2;
  feedbacks: V3MerchantServiceFeedbacks;
  images: V3MerchantServiceImages;
}

/** `v3/merchant-service/complaint-notifications` */
export interface V3MerchantServiceComplaintNotifications extends NodeBase, Verbs<'v3/merchant-service/complaint-notifications'> {
  /**
   * 查询投诉通知回调API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/consumer-complaint/complaint-notifications/query-complaint-notifications.html | 官方文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/tool/merchant-service/chapter3_3.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/merchant-service/complaint-notifications'>['getAsync'];
  /**
   * 创建投诉通知回调API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/consumer-complaint/complaint-notifications/create-complaint-notifications.html | 官方文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/tool/merchant-service/chapter3_2.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/merchant-service/complaint-notifications'>['postAsync'];
  /**
   * 更新投诉通知回调API
   *
   * Async twin of `put`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/consumer-complaint/complaint-notifications/update-complaint-notifications.html | 官方文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/tool/merchant-service/chapter3_4.shtml | 官方文档}
   */
  putAsync: Verbs<'v3/merchant-service/complaint-notifications'>['putAsync'];
  /**
   * 删除投诉通知回调API
   *
   * Async twin of `delete`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/consumer-complaint/complaint-notifications/delete-complaint-notifications.html | 官方文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/tool/merchant-service/chapter3_5.shtml | 官方文档}
   */
  deleteAsync: Verbs<'v3/merchant-service/complaint-notifications'>['deleteAsync'];
}

/** `v3/merchant-service/complaints` */
export interface V3MerchantServiceComplaints extends NodeBase, Verbs<'v3/merchant-service/complaints'> {
  /**
   * 查询投诉信息API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/tool/merchant-service/chapter3_1.shtml | 官方文档}
   * @deprecated
   */
  getAsync: Verbs<'v3/merchant-service/complaints'>['getAsync'];
  _transaction_id_: V3MerchantServiceComplaints_transaction_id_;
  '{transaction_id}': V3MerchantServiceComplaints_transaction_id_;
}

/** `v3/merchant-service/complaints-v2` */
export interface V3MerchantServiceComplaintsV2 extends NodeBase, Verbs<'v3/merchant-service/complaints-v2'> {
  /**
   * 查询投诉单列表API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/consumer-complaint/complaints/list-complaints-v2.html | 官方文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter10_2_11.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/merchant-service/complaints-v2'>['getAsync'];
  _complaint_id_: V3MerchantServiceComplaintsV2_complaint_id_;
  '{complaint_id}': V3MerchantServiceComplaintsV2_complaint_id_;
}

/** `v3/merchant-service/complaints-v2/{complaint_id}` */
export interface V3MerchantServiceComplaintsV2_complaint_id_ extends NodeBase, Verbs<'v3/merchant-service/complaints-v2/{complaint_id}'> {
  /**
   * 查询投诉单详情API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/consumer-complaint/complaints/query-complaint-v2.html | 官方文档}
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/consumer-complaint/complaints/query-complaint-v2.html | 官方文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter10_2_13.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/merchant-service/complaints-v2/{complaint_id}'>['getAsync'];
  complete: V3MerchantServiceComplaintsV2_complaint_id_Complete;
  negotiationHistorys: V3MerchantServiceComplaintsV2_complaint_id_NegotiationHistorys;
  response: V3MerchantServiceComplaintsV2_complaint_id_Response;
  responseImmediateService: V3MerchantServiceComplaintsV2_complaint_id_ResponseImmediateService;
  updateRefundProgress: V3MerchantServiceComplaintsV2_complaint_id_UpdateRefundProgress;
}

/** `v3/merchant-service/complaints-v2/{complaint_id}/complete` */
export interface V3MerchantServiceComplaintsV2_complaint_id_Complete extends NodeBase, Verbs<'v3/merchant-service/complaints-v2/{complaint_id}/complete'> {
  /**
   * 反馈处理完成API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/consumer-complaint/complaints/complete-complaint-v2.html | 官方文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter10_2_15.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/merchant-service/complaints-v2/{complaint_id}/complete'>['postAsync'];
}

/** `v3/merchant-service/complaints-v2/{complaint_id}/negotiation-historys` */
export interface V3MerchantServiceComplaintsV2_complaint_id_NegotiationHistorys extends NodeBase, Verbs<'v3/merchant-service/complaints-v2/{complaint_id}/negotiation-historys'> {
  /**
   * 查询投诉协商历史API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/consumer-complaint/complaints/query-negotiation-history-v2.html | 官方文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter10_2_12.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/merchant-service/complaints-v2/{complaint_id}/negotiation-historys'>['getAsync'];
}

/** `v3/merchant-service/complaints-v2/{complaint_id}/response` */
export interface V3MerchantServiceComplaintsV2_complaint_id_Response extends NodeBase, Verbs<'v3/merchant-service/complaints-v2/{complaint_id}/response'> {
  /**
   * 提交回复API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/consumer-complaint/complaints/response-complaint-v2.html | 官方文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter10_2_14.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/merchant-service/complaints-v2/{complaint_id}/response'>['postAsync'];
}

/** `v3/merchant-service/complaints-v2/{complaint_id}/response-immediate-service` */
export interface V3MerchantServiceComplaintsV2_complaint_id_ResponseImmediateService extends NodeBase, Verbs<'v3/merchant-service/complaints-v2/{complaint_id}/response-immediate-service'> {
  /**
   * 回复需要即时服务的投诉单
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/merchant-service/complaints-v2/{complaint_id}/response-immediate-service'>['postAsync'];
}

/** `v3/merchant-service/complaints-v2/{complaint_id}/update-refund-progress` */
export interface V3MerchantServiceComplaintsV2_complaint_id_UpdateRefundProgress extends NodeBase, Verbs<'v3/merchant-service/complaints-v2/{complaint_id}/update-refund-progress'> {
  /**
   * 更新退款审批结果API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/consumer-complaint/complaints/update-refund-progress.html | 官方文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter10_2_19.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/merchant-service/complaints-v2/{complaint_id}/update-refund-progress'>['postAsync'];
}

/** `v3/merchant-service/complaints/{transaction_id}` */
export interface V3MerchantServiceComplaints_transaction_id_ extends NodeBase, Verbs<'v3/merchant-service/complaints/{transaction_id}'> {
  /**
   * 查询投诉详情API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/tool/merchant-service/chapter3_8.shtml | 官方文档}
   * @deprecated
   */
  getAsync: Verbs<'v3/merchant-service/complaints/{transaction_id}'>['getAsync'];
  negotiationHistorys: V3MerchantServiceComplaints_transaction_id_NegotiationHistorys;
}

/** `v3/merchant-service/complaints/{transaction_id}/negotiation-historys` */
export interface V3MerchantServiceComplaints_transaction_id_NegotiationHistorys extends NodeBase, Verbs<'v3/merchant-service/complaints/{transaction_id}/negotiation-historys'> {
  /**
   * 查询投诉协商历史API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/tool/merchant-service/chapter3_7.shtml | 官方文档}
   * @deprecated
   */
  getAsync: Verbs<'v3/merchant-service/complaints/{transaction_id}/negotiation-historys'>['getAsync'];
}

/** `v3/merchant-service/feedbacks` */
export interface V3MerchantServiceFeedbacks extends NodeBase, Verbs<'v3/merchant-service/feedbacks'> {
  /**
   * 商户反馈API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/tool/merchant-service/chapter3_6.shtml | 官方文档}
   * @deprecated
   */
  postAsync: Verbs<'v3/merchant-service/feedbacks'>['postAsync'];
}

/** `v3/merchant-service/images` */
export interface V3MerchantServiceImages extends NodeBase {
  upload: V3MerchantServiceImagesUpload;
  _media_id_: V3MerchantServiceImages_media_id_;
  '{media_id}': V3MerchantServiceImages_media_id_;
}

/** `v3/merchant-service/images/upload` */
export interface V3MerchantServiceImagesUpload extends NodeBase, Verbs<'v3/merchant-service/images/upload'> {
  /**
   * 商户上传反馈图片API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/consumer-complaint/images/create-images.html | 官方文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/tool/merchant-service/chapter5_1.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/merchant-service/images/upload'>['postAsync'];
}

/** `v3/merchant-service/images/{media_id}` */
export interface V3MerchantServiceImages_media_id_ extends NodeBase, Verbs<'v3/merchant-service/images/{media_id}'> {
  /**
   * 图片下载API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/consumer-complaint/images/query-images.html | 官方文档}
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/consumer-complaint/images/query-images.html | 官方文档}
   */
  getAsync: Verbs<'v3/merchant-service/images/{media_id}'>['getAsync'];
}

/** `v3/merchant-settlement` */
export interface V3MerchantSettlement extends NodeBase {
  merchantSettleRuleApplications: V3MerchantSettlementMerchantSettleRuleApplications;
}

/** `v3/merchant-settlement/merchant-settle-rule-applications` */
export interface V3MerchantSettlementMerchantSettleRuleApplications extends NodeBase, Verbs<'v3/merchant-settlement/merchant-settle-rule-applications'> {
  /**
   * 申请修改特约商户结算规则API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter3_1_1.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/merchant-settlement/merchant-settle-rule-applications'>['postAsync'];
  _application_id_: V3MerchantSettlementMerchantSettleRuleApplications_application_id_;
  '{application_id}': V3MerchantSettlementMerchantSettleRuleApplications_application_id_;
}

/** `v3/merchant-settlement/merchant-settle-rule-applications/{application_id}` */
export interface V3MerchantSettlementMerchantSettleRuleApplications_application_id_ extends NodeBase, Verbs<'v3/merchant-settlement/merchant-settle-rule-applications/{application_id}'> {
  /**
   * 根据申请单ID查询结果API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter3_1_2.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/merchant-settlement/merchant-settle-rule-applications/{application_id}'>['getAsync'];
}

/** `v3/merchant-store` */
export interface V3MerchantStore extends NodeBase {
  stores: V3MerchantStoreStores;
}

/** `v3/merchant-store/stores` */
export interface V3MerchantStoreStores extends NodeBase, Verbs<'v3/merchant-store/stores'> {
  /**
   * 创建门店API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/doc/v3/partner/4013948546 | 官方文档}
   * @see {@link https://kf.qq.com/faq/2009096ZF7Jf200909UVbY73.html | 官方文档}
   */
  postAsync: Verbs<'v3/merchant-store/stores'>['postAsync'];
  _store_id_: V3MerchantStoreStores_store_id_;
  '{store_id}': V3MerchantStoreStores_store_id_;
}

/** `v3/merchant-store/stores/{store_id}` */
export interface V3MerchantStoreStores_store_id_ extends NodeBase, Verbs<'v3/merchant-store/stores/{store_id}'> {
  /**
   * 查询门店API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/doc/v3/partner/4013948577 | 官方文档}
   */
  getAsync: Verbs<'v3/merchant-store/stores/{store_id}'>['getAsync'];
  /**
   * 修改门店API
   *
   * Async twin of `patch`.
   * @see {@link https://pay.weixin.qq.com/doc/v3/partner/4013948551 | 官方文档}
   */
  patchAsync: Verbs<'v3/merchant-store/stores/{store_id}'>['patchAsync'];
  recipients: V3MerchantStoreStores_store_id_Recipients;
}

/** `v3/merchant-store/stores/{store_id}/recipients` */
export interface V3MerchantStoreStores_store_id_Recipients extends NodeBase {
  bind: V3MerchantStoreStores_store_id_RecipientsBind;
  unbind: V3MerchantStoreStores_store_id_RecipientsUnbind;
}

/** `v3/merchant-store/stores/{store_id}/recipients/bind` */
export interface V3MerchantStoreStores_store_id_RecipientsBind extends NodeBase, Verbs<'v3/merchant-store/stores/{store_id}/recipients/bind'> {
  /**
   * 绑定门店收款信息
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/doc/v3/partner/4013948579 | 官方文档}
   */
  postAsync: Verbs<'v3/merchant-store/stores/{store_id}/recipients/bind'>['postAsync'];
}

/** `v3/merchant-store/stores/{store_id}/recipients/unbind` */
export interface V3MerchantStoreStores_store_id_RecipientsUnbind extends NodeBase, Verbs<'v3/merchant-store/stores/{store_id}/recipients/unbind'> {
  /**
   * 解除门店收款信息绑定
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/doc/v3/partner/4013948580 | 官方文档}
   */
  postAsync: Verbs<'v3/merchant-store/stores/{store_id}/recipients/unbind'>['postAsync'];
}

/** `v3/merchant/fund` */
export interface V3MerchantFund extends NodeBase {
  balance: V3MerchantFundBalance;
  dayendbalance: V3MerchantFundDayendbalance;
  withdraw: V3MerchantFundWithdraw;
}

/** `v3/merchant/fund/balance` */
export interface V3MerchantFundBalance extends NodeBase {
  _account_type_: V3MerchantFundBalance_account_type_;
  '{account_type}': V3MerchantFundBalance_account_type_;
}

/** `v3/merchant/fund/balance/{account_type}` */
export interface V3MerchantFundBalance_account_type_ extends NodeBase, Verbs<'v3/merchant/fund/balance/{account_type}'> {
  /**
   * 查询账户实时余额API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_1_20.shtml | 官方文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/amount/chapter3_3.shtml | 官方文档}
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/ecommerce-balance/accounts/query-balance.html | 官方文档}
   */
  getAsync: Verbs<'v3/merchant/fund/balance/{account_type}'>['getAsync'];
}

/** `v3/merchant/fund/dayendbalance` */
export interface V3MerchantFundDayendbalance extends NodeBase {
  _account_type_: V3MerchantFundDayendbalance_account_type_;
  '{account_type}': V3MerchantFundDayendbalance_account_type_;
}

/** `v3/merchant/fund/dayendbalance/{account_type}` */
export interface V3MerchantFundDayendbalance_account_type_ extends NodeBase, Verbs<'v3/merchant/fund/dayendbalance/{account_type}'> {
  /**
   * 查询账户日终余额API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/amount/chapter3_4.shtml | 官方文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_1_21.shtml | 官方文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/amount/chapter3_4.shtml | 官方文档}
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/ecommerce-balance/accounts/query-day-end-balance.html | 官方文档}
   */
  getAsync: Verbs<'v3/merchant/fund/dayendbalance/{account_type}'>['getAsync'];
}

/** `v3/merchant/fund/withdraw` */
export interface V3MerchantFundWithdraw extends NodeBase, Verbs<'v3/merchant/fund/withdraw'> {
  /**
   * 电商平台提现API
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/merchant/fund/withdraw'>['postAsync'];
  billType: V3MerchantFundWithdrawBillType;
  outRequestNo: V3MerchantFundWithdrawOutRequestNo;
  withdrawId: V3MerchantFundWithdrawWithdrawId;
}

/** `v3/merchant/fund/withdraw/bill-type` */
export interface V3MerchantFundWithdrawBillType extends NodeBase {
  _bill_type_: V3MerchantFundWithdrawBillType_bill_type_;
  '{bill_type}': V3MerchantFundWithdrawBillType_bill_type_;
}

/** `v3/merchant/fund/withdraw/bill-type/{bill_type}` */
export interface V3MerchantFundWithdrawBillType_bill_type_ extends NodeBase, Verbs<'v3/merchant/fund/withdraw/bill-type/{bill_type}'> {
  /**
   * 按日下载提现异常文件API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_1_24.shtml | 官方文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/fund/chapter3_4.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/merchant/fund/withdraw/bill-type/{bill_type}'>['getAsync'];
}

/** `v3/merchant/fund/withdraw/out-request-no` */
export interface V3MerchantFundWithdrawOutRequestNo extends NodeBase {
  _out_request_no_: V3MerchantFundWithdrawOutRequestNo_out_request_no_;
  '{out_request_no}': V3MerchantFundWithdrawOutRequestNo_out_request_no_;
}

/** `v3/merchant/fund/withdraw/out-request-no/{out_request_no}` */
export interface V3MerchantFundWithdrawOutRequestNo_out_request_no_ extends NodeBase, Verbs<'v3/merchant/fund/withdraw/out-request-no/{out_request_no}'> {
  /**
   * 电商平台(商户提现单号查询)提现状态API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/fund/chapter3_6.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/merchant/fund/withdraw/out-request-no/{out_request_no}'>['getAsync'];
}

/** `v3/merchant/fund/withdraw/withdraw-id` */
export interface V3MerchantFundWithdrawWithdrawId extends NodeBase {
  _withdraw_id_: V3MerchantFundWithdrawWithdrawId_withdraw_id_;
  '{withdraw_id}': V3MerchantFundWithdrawWithdrawId_withdraw_id_;
}

/** `v3/merchant/fund/withdraw/withdraw-id/{withdraw_id}` */
export interface V3MerchantFundWithdrawWithdrawId_withdraw_id_ extends NodeBase, Verbs<'v3/merchant/fund/withdraw/withdraw-id/{withdraw_id}'> {
  /**
   * 电商平台(微信支付提现单号)查询提现状态API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/ecommerce/fund/chapter3_6.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/merchant/fund/withdraw/withdraw-id/{withdraw_id}'>['getAsync'];
}

/** `v3/merchant/media` */
export interface V3MerchantMedia extends NodeBase {
  upload: V3MerchantMediaUpload;
  video_upload: V3MerchantMediaVideo_upload;
}

/** `v3/merchant/media/upload` */
export interface V3MerchantMediaUpload extends NodeBase, Verbs<'v3/merchant/media/upload'> {
  /**
   * 文件上传
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/merchant/media/upload'>['postAsync'];
}

/** `v3/merchant/media/video_upload` */
export interface V3MerchantMediaVideo_upload extends NodeBase, Verbs<'v3/merchant/media/video_upload'> {
  /**
   * 视频上传API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/tool/chapter3_2.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/merchant/media/video_upload'>['postAsync'];
}

/** `v3/merchantfund` */
export interface V3Merchantfund extends NodeBase {
  merchant: V3MerchantfundMerchant;
  partner: V3MerchantfundPartner;
}

/** `v3/merchantfund/merchant` */
export interface V3MerchantfundMerchant extends NodeBase {
  incomeRecords: V3MerchantfundMerchantIncomeRecords;
}

/** `v3/merchantfund/merchant/income-records` */
export interface V3MerchantfundMerchantIncomeRecords extends NodeBase, Verbs<'v3/merchantfund/merchant/income-records'> {
  /**
   * 服务商银行来账查询
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/merchantfund/merchant/income-records'>['getAsync'];
}

/** `v3/merchantfund/partner` */
export interface V3MerchantfundPartner extends NodeBase {
  incomeRecords: V3MerchantfundPartnerIncomeRecords;
}

/** `v3/merchantfund/partner/income-records` */
export interface V3MerchantfundPartnerIncomeRecords extends NodeBase, Verbs<'v3/merchantfund/partner/income-records'> {
  /**
   * 特约商户银行来账查询
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/merchantfund/partner/income-records'>['getAsync'];
}

/** `v3/multiuse` */
export interface V3Multiuse extends NodeBase {
  stocks: V3MultiuseStocks;
  users: V3MultiuseUsers;
}

/** `v3/multiuse/stocks` */
export interface V3MultiuseStocks extends NodeBase {
  _stock_id_: V3MultiuseStocks_stock_id_;
  '{stock_id}': V3MultiuseStocks_stock_id_;
}

/** `v3/multiuse/stocks/{stock_id}` */
export interface V3MultiuseStocks_stock_id_ extends NodeBase {
  refundFlow: V3MultiuseStocks_stock_id_RefundFlow;
  sendFlow: V3MultiuseStocks_stock_id_SendFlow;
  useFlow: V3MultiuseStocks_stock_id_UseFlow;
}

/** `v3/multiuse/stocks/{stock_id}/refund-flow` */
export interface V3MultiuseStocks_stock_id_RefundFlow extends NodeBase, Verbs<'v3/multiuse/stocks/{stock_id}/refund-flow'> {
  /**
   * 下载批次退款明细
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/multiuse-coupon/stock/refund-flow.html | 官方文档}
   */
  getAsync: Verbs<'v3/multiuse/stocks/{stock_id}/refund-flow'>['getAsync'];
}

/** `v3/multiuse/stocks/{stock_id}/send-flow` */
export interface V3MultiuseStocks_stock_id_SendFlow extends NodeBase, Verbs<'v3/multiuse/stocks/{stock_id}/send-flow'> {
  /**
   * 下载批次发放明细
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/multiuse-coupon/stock/send-flow.html | 官方文档}
   */
  getAsync: Verbs<'v3/multiuse/stocks/{stock_id}/send-flow'>['getAsync'];
}

/** `v3/multiuse/stocks/{stock_id}/use-flow` */
export interface V3MultiuseStocks_stock_id_UseFlow extends NodeBase, Verbs<'v3/multiuse/stocks/{stock_id}/use-flow'> {
  /**
   * 下载核销明细
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/multiuse-coupon/stock/use-flow.html | 官方文档}
   */
  getAsync: Verbs<'v3/multiuse/stocks/{stock_id}/use-flow'>['getAsync'];
}

/** `v3/multiuse/users` */
export interface V3MultiuseUsers extends NodeBase {
  _openid_: V3MultiuseUsers_openid_;
  '{openid}': V3MultiuseUsers_openid_;
}

/** `v3/multiuse/users/{openid}` */
export interface V3MultiuseUsers_openid_ extends NodeBase {
  coupons: V3MultiuseUsers_openid_Coupons;
}

/** `v3/multiuse/users/{openid}/coupons` */
export interface V3MultiuseUsers_openid_Coupons extends NodeBase, Verbs<'v3/multiuse/users/{openid}/coupons'> {
  /**
   * 发放指定批次的消费金
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/multiuse-coupon/multiuse-coupon/send-multiuse-coupon.html | 官方文档}
   */
  postAsync: Verbs<'v3/multiuse/users/{openid}/coupons'>['postAsync'];
}

/** `v3/new-tax-control-fapiao` */
export interface V3NewTaxControlFapiao extends NodeBase {
  cardTemplate: V3NewTaxControlFapiaoCardTemplate;
  fapiaoApplications: V3NewTaxControlFapiaoFapiaoApplications;
  fapiaomerchant: V3NewTaxControlFapiaoFapiaomerchant;
  merchant: V3NewTaxControlFapiaoMerchant;
  userTitle: V3NewTaxControlFapiaoUserTitle;
}

/** `v3/new-tax-control-fapiao/card-template` */
export interface V3NewTaxControlFapiaoCardTemplate extends NodeBase, Verbs<'v3/new-tax-control-fapiao/card-template'> {
  /**
   * 创建电子发票卡券模板
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/new-tax-control-fapiao/chapter3_4.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/new-tax-control-fapiao/card-template'>['postAsync'];
}

/** `v3/new-tax-control-fapiao/fapiao-applications` */
export interface V3NewTaxControlFapiaoFapiaoApplications extends NodeBase, Verbs<'v3/new-tax-control-fapiao/fapiao-applications'> {
  /**
   * 开具电子发票
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/Offline/apis/chapter4_8_8.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/new-tax-control-fapiao/fapiao-applications'>['postAsync'];
  issueGeneral: V3NewTaxControlFapiaoFapiaoApplicationsIssueGeneral;
  issuePassengerTransport: V3NewTaxControlFapiaoFapiaoApplicationsIssuePassengerTransport;
  issueRefinedOil: V3NewTaxControlFapiaoFapiaoApplicationsIssueRefinedOil;
  realEstateLeasing: V3NewTaxControlFapiaoFapiaoApplicationsRealEstateLeasing;
  uploadFapiaoFile: V3NewTaxControlFapiaoFapiaoApplicationsUploadFapiaoFile;
  _fapiao_apply_id_: V3NewTaxControlFapiaoFapiaoApplications_fapiao_apply_id_;
  '{fapiao_apply_id}': V3NewTaxControlFapiaoFapiaoApplications_fapiao_apply_id_;
}

/** `v3/new-tax-control-fapiao/fapiao-applications/issue-general` */
export interface V3NewTaxControlFapiaoFapiaoApplicationsIssueGeneral extends NodeBase, Verbs<'v3/new-tax-control-fapiao/fapiao-applications/issue-general'> {
  /**
   * 开具通用行业电子发票
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/new-tax-control-fapiao/fapiao-applications/issue-general'>['postAsync'];
}

/** `v3/new-tax-control-fapiao/fapiao-applications/issue-passenger-transport` */
export interface V3NewTaxControlFapiaoFapiaoApplicationsIssuePassengerTransport extends NodeBase, Verbs<'v3/new-tax-control-fapiao/fapiao-applications/issue-passenger-transport'> {
  /**
   * 开具旅客运输行业电子发票
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/new-tax-control-fapiao/fapiao-applications/issue-passenger-transport'>['postAsync'];
}

/** `v3/new-tax-control-fapiao/fapiao-applications/issue-refined-oil` */
export interface V3NewTaxControlFapiaoFapiaoApplicationsIssueRefinedOil extends NodeBase, Verbs<'v3/new-tax-control-fapiao/fapiao-applications/issue-refined-oil'> {
  /**
   * 开具成品油行业电子发票
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/new-tax-control-fapiao/fapiao-applications/issue-refined-oil'>['postAsync'];
}

/** `v3/new-tax-control-fapiao/fapiao-applications/real-estate-leasing` */
export interface V3NewTaxControlFapiaoFapiaoApplicationsRealEstateLeasing extends NodeBase, Verbs<'v3/new-tax-control-fapiao/fapiao-applications/real-estate-leasing'> {
  /**
   * 开具不动产租赁行业电子发票
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/new-tax-control-fapiao/fapiao-applications/real-estate-leasing'>['postAsync'];
}

/** `v3/new-tax-control-fapiao/fapiao-applications/upload-fapiao-file` */
export interface V3NewTaxControlFapiaoFapiaoApplicationsUploadFapiaoFile extends NodeBase, Verbs<'v3/new-tax-control-fapiao/fapiao-applications/upload-fapiao-file'> {
  /**
   * 上传电子发票文件
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/new-tax-control-fapiao/chapter3_10.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/new-tax-control-fapiao/fapiao-applications/upload-fapiao-file'>['postAsync'];
}

/** `v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}` */
export interface V3NewTaxControlFapiaoFapiaoApplications_fapiao_apply_id_ extends NodeBase, Verbs<'v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}'> {
  /**
   * 查询电子发票
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/Offline/apis/chapter4_8_9.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}'>['getAsync'];
  fapiaoFiles: V3NewTaxControlFapiaoFapiaoApplications_fapiao_apply_id_FapiaoFiles;
  insertCards: V3NewTaxControlFapiaoFapiaoApplications_fapiao_apply_id_InsertCards;
  reverse: V3NewTaxControlFapiaoFapiaoApplications_fapiao_apply_id_Reverse;
}

/** `v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/fapiao-files` */
export interface V3NewTaxControlFapiaoFapiaoApplications_fapiao_apply_id_FapiaoFiles extends NodeBase, Verbs<'v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/fapiao-files'> {
  /**
   * 获取发票下载信息
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/fapiao/fapiao-applications/get-fapiao-file-download-info.html | 官方文档}
   */
  getAsync: Verbs<'v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/fapiao-files'>['getAsync'];
}

/** `v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/insert-cards` */
export interface V3NewTaxControlFapiaoFapiaoApplications_fapiao_apply_id_InsertCards extends NodeBase, Verbs<'v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/insert-cards'> {
  /**
   * 将电子发票插入微信用户卡包
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/new-tax-control-fapiao/chapter3_11.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/insert-cards'>['postAsync'];
}

/** `v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/reverse` */
export interface V3NewTaxControlFapiaoFapiaoApplications_fapiao_apply_id_Reverse extends NodeBase, Verbs<'v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/reverse'> {
  /**
   * 冲红电子发票
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/reverse'>['postAsync'];
}

/** `v3/new-tax-control-fapiao/fapiaomerchant` */
export interface V3NewTaxControlFapiaoFapiaomerchant extends NodeBase {
  getspinviteurl: V3NewTaxControlFapiaoFapiaomerchantGetspinviteurl;
  listspinvitemchinfo: V3NewTaxControlFapiaoFapiaomerchantListspinvitemchinfo;
}

/** `v3/new-tax-control-fapiao/fapiaomerchant/getspinviteurl` */
export interface V3NewTaxControlFapiaoFapiaomerchantGetspinviteurl extends NodeBase, Verbs<'v3/new-tax-control-fapiao/fapiaomerchant/getspinviteurl'> {
  /**
   * 获取邀请商户开通服务商电子发票能力
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/new-tax-control-fapiao/fapiaomerchant/getspinviteurl'>['getAsync'];
}

/** `v3/new-tax-control-fapiao/fapiaomerchant/listspinvitemchinfo` */
export interface V3NewTaxControlFapiaoFapiaomerchantListspinvitemchinfo extends NodeBase, Verbs<'v3/new-tax-control-fapiao/fapiaomerchant/listspinvitemchinfo'> {
  /**
   * 获取邀请开通的商户信息
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/new-tax-control-fapiao/fapiaomerchant/listspinvitemchinfo'>['getAsync'];
}

/** `v3/new-tax-control-fapiao/merchant` */
export interface V3NewTaxControlFapiaoMerchant extends NodeBase {
  baseInformation: V3NewTaxControlFapiaoMerchantBaseInformation;
  developmentConfig: V3NewTaxControlFapiaoMerchantDevelopmentConfig;
  taxCodes: V3NewTaxControlFapiaoMerchantTaxCodes;
  _sub_mchid_: V3NewTaxControlFapiaoMerchant_sub_mchid_;
  '{sub_mchid}': V3NewTaxControlFapiaoMerchant_sub_mchid_;
}

/** `v3/new-tax-control-fapiao/merchant/base-information` */
export interface V3NewTaxControlFapiaoMerchantBaseInformation extends NodeBase, Verbs<'v3/new-tax-control-fapiao/merchant/base-information'> {
  /**
   * 获取商户开票基础信息
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/new-tax-control-fapiao/chapter3_3.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/new-tax-control-fapiao/merchant/base-information'>['getAsync'];
}

/** `v3/new-tax-control-fapiao/merchant/development-config` */
export interface V3NewTaxControlFapiaoMerchantDevelopmentConfig extends NodeBase, Verbs<'v3/new-tax-control-fapiao/merchant/development-config'> {
  /**
   * 查询商户配置的开发选项
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/Offline/apis/chapter4_8_19.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/new-tax-control-fapiao/merchant/development-config'>['getAsync'];
  /**
   * 配置开发选项
   *
   * Async twin of `patch`.
   */
  patchAsync: Verbs<'v3/new-tax-control-fapiao/merchant/development-config'>['patchAsync'];
}

/** `v3/new-tax-control-fapiao/merchant/tax-codes` */
export interface V3NewTaxControlFapiaoMerchantTaxCodes extends NodeBase, Verbs<'v3/new-tax-control-fapiao/merchant/tax-codes'> {
  /**
   * 获取商品和服务税收分类对照表
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/new-tax-control-fapiao/chapter3_2.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/new-tax-control-fapiao/merchant/tax-codes'>['getAsync'];
}

/** `v3/new-tax-control-fapiao/merchant/{sub_mchid}` */
export interface V3NewTaxControlFapiaoMerchant_sub_mchid_ extends NodeBase {
  check: V3NewTaxControlFapiaoMerchant_sub_mchid_Check;
  checkStatus: V3NewTaxControlFapiaoMerchant_sub_mchid_CheckStatus;
}

/** `v3/new-tax-control-fapiao/merchant/{sub_mchid}/check` */
export interface V3NewTaxControlFapiaoMerchant_sub_mchid_Check extends NodeBase, Verbs<'v3/new-tax-control-fapiao/merchant/{sub_mchid}/check'> {
  /**
   * 检查子商户开票功能状态
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/new-tax-control-fapiao/chapter3_1.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/new-tax-control-fapiao/merchant/{sub_mchid}/check'>['postAsync'];
}

/** `v3/new-tax-control-fapiao/merchant/{sub_mchid}/check-status` */
export interface V3NewTaxControlFapiaoMerchant_sub_mchid_CheckStatus extends NodeBase, Verbs<'v3/new-tax-control-fapiao/merchant/{sub_mchid}/check-status'> {
  /**
   * 检查子商户开票功能状态
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/new-tax-control-fapiao/merchant/{sub_mchid}/check-status'>['getAsync'];
}

/** `v3/new-tax-control-fapiao/user-title` */
export interface V3NewTaxControlFapiaoUserTitle extends NodeBase, Verbs<'v3/new-tax-control-fapiao/user-title'> {
  /**
   * 获取用户填写的抬头
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/new-tax-control-fapiao/chapter3_6.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/new-tax-control-fapiao/user-title'>['getAsync'];
  titleUrl: V3NewTaxControlFapiaoUserTitleTitleUrl;
}

/** `v3/new-tax-control-fapiao/user-title/title-url` */
export interface V3NewTaxControlFapiaoUserTitleTitleUrl extends NodeBase, Verbs<'v3/new-tax-control-fapiao/user-title/title-url'> {
  /**
   * 获取抬头填写链接
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/new-tax-control-fapiao/chapter3_5.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/new-tax-control-fapiao/user-title/title-url'>['getAsync'];
}

/** `v3/offlineface` */
export interface V3Offlineface extends NodeBase {
  authinfo: V3OfflinefaceAuthinfo;
  contracts: V3OfflinefaceContracts;
  faceCollections: V3OfflinefaceFaceCollections;
  repaymentUrl: V3OfflinefaceRepaymentUrl;
  transactions: V3OfflinefaceTransactions;
}

/** `v3/offlineface/authinfo` */
export interface V3OfflinefaceAuthinfo extends NodeBase, Verbs<'v3/offlineface/authinfo'> {
  /**
   * 获取authinfo接口
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/wxfacepay/develop/access-specifications.html | 官方文档}
   */
  postAsync: Verbs<'v3/offlineface/authinfo'>['postAsync'];
}

/** `v3/offlineface/contracts` */
export interface V3OfflinefaceContracts extends NodeBase {
  presign: V3OfflinefaceContractsPresign;
  _contract_id_: V3OfflinefaceContracts_contract_id_;
  '{contract_id}': V3OfflinefaceContracts_contract_id_;
}

/** `v3/offlineface/contracts/presign` */
export interface V3OfflinefaceContractsPresign extends NodeBase, Verbs<'v3/offlineface/contracts/presign'> {
  /**
   * 预签约接口
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/wxfacepay/develop/access-specifications.html | 官方文档}
   */
  postAsync: Verbs<'v3/offlineface/contracts/presign'>['postAsync'];
}

/** `v3/offlineface/contracts/{contract_id}` */
export interface V3OfflinefaceContracts_contract_id_ extends NodeBase, Verbs<'v3/offlineface/contracts/{contract_id}'> {
  /**
   * 签约查询接口
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/wxfacepay/develop/k12-development-guidelines.html | 官方文档}
   */
  getAsync: Verbs<'v3/offlineface/contracts/{contract_id}'>['getAsync'];
}

/** `v3/offlineface/face-collections` */
export interface V3OfflinefaceFaceCollections extends NodeBase, Verbs<'v3/offlineface/face-collections'> {
  /**
   * 查询重采用户列表
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/wxfacepay/develop/k12-development-guidelines.html | 官方文档}
   */
  getAsync: Verbs<'v3/offlineface/face-collections'>['getAsync'];
  _collection_id_: V3OfflinefaceFaceCollections_collection_id_;
  '{collection_id}': V3OfflinefaceFaceCollections_collection_id_;
}

/** `v3/offlineface/face-collections/{collection_id}` */
export interface V3OfflinefaceFaceCollections_collection_id_ extends NodeBase, Verbs<'v3/offlineface/face-collections/{collection_id}'> {
  /**
   * 查询重采请求详情
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/wxfacepay/develop/k12-development-guidelines.html | 官方文档}
   */
  getAsync: Verbs<'v3/offlineface/face-collections/{collection_id}'>['getAsync'];
}

/** `v3/offlineface/repayment-url` */
export interface V3OfflinefaceRepaymentUrl extends NodeBase, Verbs<'v3/offlineface/repayment-url'> {
  /**
   * 获取还款链接接口
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/wxfacepay/develop/k12-development-guidelines.html#_1-3-%E8%A7%A3%E7%BA%A6 | 官方文档}
   */
  postAsync: Verbs<'v3/offlineface/repayment-url'>['postAsync'];
}

/** `v3/offlineface/transactions` */
export interface V3OfflinefaceTransactions extends NodeBase, Verbs<'v3/offlineface/transactions'> {
  /**
   * 申请扣款接口
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/wxfacepay/develop/access-specifications.html | 官方文档}
   */
  postAsync: Verbs<'v3/offlineface/transactions'>['postAsync'];
  outTradeNo: V3OfflinefaceTransactionsOutTradeNo;
}

/** `v3/offlineface/transactions/out-trade-no` */
export interface V3OfflinefaceTransactionsOutTradeNo extends NodeBase {
  _out_trade_no_: V3OfflinefaceTransactionsOutTradeNo_out_trade_no_;
  '{out_trade_no}': V3OfflinefaceTransactionsOutTradeNo_out_trade_no_;
}

/** `v3/offlineface/transactions/out-trade-no/{out_trade_no}` */
export interface V3OfflinefaceTransactionsOutTradeNo_out_trade_no_ extends NodeBase, Verbs<'v3/offlineface/transactions/out-trade-no/{out_trade_no}'> {
  /**
   * 查单接口
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/wxfacepay/develop/k12-development-guidelines.html | 官方文档}
   */
  getAsync: Verbs<'v3/offlineface/transactions/out-trade-no/{out_trade_no}'>['getAsync'];
}

/** `v3/offlinefacemch` */
export interface V3Offlinefacemch extends NodeBase {
  organizations: V3OfflinefacemchOrganizations;
  tokens: V3OfflinefacemchTokens;
}

/** `v3/offlinefacemch/organizations` */
export interface V3OfflinefacemchOrganizations extends NodeBase, Verbs<'v3/offlinefacemch/organizations'> {
  /**
   * 查询机构信息接口
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/wxfacepay/develop/k12-development-guidelines.html | 官方文档}
   */
  getAsync: Verbs<'v3/offlinefacemch/organizations'>['getAsync'];
  _organization_id_: V3OfflinefacemchOrganizations_organization_id_;
  '{organization_id}': V3OfflinefacemchOrganizations_organization_id_;
}

/** `v3/offlinefacemch/organizations/{organization_id}` */
export interface V3OfflinefacemchOrganizations_organization_id_ extends NodeBase {
  users: V3OfflinefacemchOrganizations_organization_id_Users;
}

/** `v3/offlinefacemch/organizations/{organization_id}/users` */
export interface V3OfflinefacemchOrganizations_organization_id_Users extends NodeBase {
  outUserId: V3OfflinefacemchOrganizations_organization_id_UsersOutUserId;
  userId: V3OfflinefacemchOrganizations_organization_id_UsersUserId;
}

/** `v3/offlinefacemch/organizations/{organization_id}/users/out-user-id` */
export interface V3OfflinefacemchOrganizations_organization_id_UsersOutUserId extends NodeBase {
  _out_user_id_: V3OfflinefacemchOrganizations_organization_id_UsersOutUserId_out_user_id_;
  '{out_user_id}': V3OfflinefacemchOrganizations_organization_id_UsersOutUserId_out_user_id_;
}

/** `v3/offlinefacemch/organizations/{organization_id}/users/out-user-id/{out_user_id}` */
export interface V3OfflinefacemchOrganizations_organization_id_UsersOutUserId_out_user_id_ extends NodeBase, Verbs<'v3/offlinefacemch/organizations/{organization_id}/users/out-user-id/{out_user_id}'> {
  /**
   * 刷脸用户信息查询接口
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/wxfacepay/develop/k12-development-guidelines.html | 官方文档}
   */
  getAsync: Verbs<'v3/offlinefacemch/organizations/{organization_id}/users/out-user-id/{out_user_id}'>['getAsync'];
  /**
   * 刷脸用户信息修改接口
   *
   * Async twin of `patch`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/wxfacepay/develop/access-specifications.html | 官方文档}
   */
  patchAsync: Verbs<'v3/offlinefacemch/organizations/{organization_id}/users/out-user-id/{out_user_id}'>['patchAsync'];
}

/** `v3/offlinefacemch/organizations/{organization_id}/users/user-id` */
export interface V3OfflinefacemchOrganizations_organization_id_UsersUserId extends NodeBase {
  _user_id_: V3OfflinefacemchOrganizations_organization_id_UsersUserId_user_id_;
  '{user_id}': V3OfflinefacemchOrganizations_organization_id_UsersUserId_user_id_;
}

/** `v3/offlinefacemch/organizations/{organization_id}/users/user-id/{user_id}` */
export interface V3OfflinefacemchOrganizations_organization_id_UsersUserId_user_id_ extends NodeBase {
  terminateContract: V3OfflinefacemchOrganizations_organization_id_UsersUserId_user_id_TerminateContract;
}

/** `v3/offlinefacemch/organizations/{organization_id}/users/user-id/{user_id}/terminate-contract` */
export interface V3OfflinefacemchOrganizations_organization_id_UsersUserId_user_id_TerminateContract extends NodeBase, Verbs<'v3/offlinefacemch/organizations/{organization_id}/users/user-id/{user_id}/terminate-contract'> {
  /**
   * 解除刷脸用户签约关系接口
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/wxfacepay/develop/access-specifications.html | 官方文档}
   */
  postAsync: Verbs<'v3/offlinefacemch/organizations/{organization_id}/users/user-id/{user_id}/terminate-contract'>['postAsync'];
}

/** `v3/offlinefacemch/tokens` */
export interface V3OfflinefacemchTokens extends NodeBase, Verbs<'v3/offlinefacemch/tokens'> {
  /**
   * 获取凭证授权接口
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/wxfacepay/develop/access-specifications.html | 官方文档}
   */
  postAsync: Verbs<'v3/offlinefacemch/tokens'>['postAsync'];
}

/** `v3/palmservice` */
export interface V3Palmservice extends NodeBase {
  authorization: V3PalmserviceAuthorization;
}

/** `v3/palmservice/authorization` */
export interface V3PalmserviceAuthorization extends NodeBase {
  openid: V3PalmserviceAuthorizationOpenid;
  preauthorize: V3PalmserviceAuthorizationPreauthorize;
}

/** `v3/palmservice/authorization/openid` */
export interface V3PalmserviceAuthorizationOpenid extends NodeBase {
  _openid_: V3PalmserviceAuthorizationOpenid_openid_;
  '{openid}': V3PalmserviceAuthorizationOpenid_openid_;
}

/** `v3/palmservice/authorization/openid/{openid}` */
export interface V3PalmserviceAuthorizationOpenid_openid_ extends NodeBase, Verbs<'v3/palmservice/authorization/openid/{openid}'> {
  /**
   * 查询刷掌授权
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/palmservice/authorization/openid/{openid}'>['getAsync'];
}

/** `v3/palmservice/authorization/preauthorize` */
export interface V3PalmserviceAuthorizationPreauthorize extends NodeBase, Verbs<'v3/palmservice/authorization/preauthorize'> {
  /**
   * 服务关联预授权
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/palmservice/authorization/preauthorize'>['postAsync'];
}

/** `v3/papay` */
export interface V3Papay extends NodeBase {
  contracts: V3PapayContracts;
  insurancePay: V3PapayInsurancePay;
  insuranceSign: V3PapayInsuranceSign;
  pay: V3PapayPay;
  scheduledDeductSign: V3PapayScheduledDeductSign;
  sign: V3PapaySign;
}

/** `v3/papay/contracts` */
export interface V3PapayContracts extends NodeBase {
  _contract_id_: V3PapayContracts_contract_id_;
  '{contract_id}': V3PapayContracts_contract_id_;
}

/** `v3/papay/contracts/{contract_id}` */
export interface V3PapayContracts_contract_id_ extends NodeBase {
  failNotify: V3PapayContracts_contract_id_FailNotify;
  notify: V3PapayContracts_contract_id_Notify;
}

/** `v3/papay/contracts/{contract_id}/fail-notify` */
export interface V3PapayContracts_contract_id_FailNotify extends NodeBase, Verbs<'v3/papay/contracts/{contract_id}/fail-notify'> {
  /**
   * 重试扣费通知API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/wxpay_v2/papay/chapter3_11.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/papay/contracts/{contract_id}/fail-notify'>['postAsync'];
}

/** `v3/papay/contracts/{contract_id}/notify` */
export interface V3PapayContracts_contract_id_Notify extends NodeBase, Verbs<'v3/papay/contracts/{contract_id}/notify'> {
  /**
   * 直连商户预扣费通知API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/entrusted-payment/json/deduct-notify.html | 官方文档}
   */
  postAsync: Verbs<'v3/papay/contracts/{contract_id}/notify'>['postAsync'];
}

/** `v3/papay/insurance-pay` */
export interface V3PapayInsurancePay extends NodeBase {
  policyPeriods: V3PapayInsurancePayPolicyPeriods;
  transactions: V3PapayInsurancePayTransactions;
}

/** `v3/papay/insurance-pay/policy-periods` */
export interface V3PapayInsurancePayPolicyPeriods extends NodeBase {
  contractId: V3PapayInsurancePayPolicyPeriodsContractId;
}

/** `v3/papay/insurance-pay/policy-periods/contract-id` */
export interface V3PapayInsurancePayPolicyPeriodsContractId extends NodeBase {
  _contract_id_: V3PapayInsurancePayPolicyPeriodsContractId_contract_id_;
  '{contract_id}': V3PapayInsurancePayPolicyPeriodsContractId_contract_id_;
}

/** `v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}` */
export interface V3PapayInsurancePayPolicyPeriodsContractId_contract_id_ extends NodeBase {
  policyPeriodId: V3PapayInsurancePayPolicyPeriodsContractId_contract_id_PolicyPeriodId;
}

/** `v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id` */
export interface V3PapayInsurancePayPolicyPeriodsContractId_contract_id_PolicyPeriodId extends NodeBase {
  _policy_period_id_: V3PapayInsurancePayPolicyPeriodsContractId_contract_id_PolicyPeriodId_policy_period_id_;
  '{policy_period_id}': V3PapayInsurancePayPolicyPeriodsContractId_contract_id_PolicyPeriodId_policy_period_id_;
}

/** `v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id}` */
export interface V3PapayInsurancePayPolicyPeriodsContractId_contract_id_PolicyPeriodId_policy_period_id_ extends NodeBase, Verbs<'v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id}'> {
  /**
   * 保险商户查询保险自动续费预约API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/schedule/query-policy-period.html | 官方文档}
   */
  getAsync: Verbs<'v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id}'>['getAsync'];
  schedule: V3PapayInsurancePayPolicyPeriodsContractId_contract_id_PolicyPeriodId_policy_period_id_Schedule;
}

/** `v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id}/schedule` */
export interface V3PapayInsurancePayPolicyPeriodsContractId_contract_id_PolicyPeriodId_policy_period_id_Schedule extends NodeBase, Verbs<'v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id}/schedule'> {
  /**
   * 保险商户预约保险自动续费API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/schedule/schedule-policy-period.html | 官方文档}
   */
  postAsync: Verbs<'v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id}/schedule'>['postAsync'];
}

/** `v3/papay/insurance-pay/transactions` */
export interface V3PapayInsurancePayTransactions extends NodeBase {
  apply: V3PapayInsurancePayTransactionsApply;
}

/** `v3/papay/insurance-pay/transactions/apply` */
export interface V3PapayInsurancePayTransactionsApply extends NodeBase, Verbs<'v3/papay/insurance-pay/transactions/apply'> {
  /**
   * 保险商户受理保险自动续费扣款API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/deduct/create-transaction.html | 官方文档}
   */
  postAsync: Verbs<'v3/papay/insurance-pay/transactions/apply'>['postAsync'];
}

/** `v3/papay/insurance-sign` */
export interface V3PapayInsuranceSign extends NodeBase {
  contracts: V3PapayInsuranceSignContracts;
  policyPeriods: V3PapayInsuranceSignPolicyPeriods;
  policy_periods: V3PapayInsuranceSignPolicy_periods;
}

/** `v3/papay/insurance-sign/contracts` */
export interface V3PapayInsuranceSignContracts extends NodeBase {
  planId: V3PapayInsuranceSignContractsPlanId;
  preEntrustSign: V3PapayInsuranceSignContractsPreEntrustSign;
}

/** `v3/papay/insurance-sign/contracts/plan-id` */
export interface V3PapayInsuranceSignContractsPlanId extends NodeBase {
  _plan_id_: V3PapayInsuranceSignContractsPlanId_plan_id_;
  '{plan_id}': V3PapayInsuranceSignContractsPlanId_plan_id_;
}

/** `v3/papay/insurance-sign/contracts/plan-id/{plan_id}` */
export interface V3PapayInsuranceSignContractsPlanId_plan_id_ extends NodeBase {
  contractId: V3PapayInsuranceSignContractsPlanId_plan_id_ContractId;
  outContractCode: V3PapayInsuranceSignContractsPlanId_plan_id_OutContractCode;
}

/** `v3/papay/insurance-sign/contracts/plan-id/{plan_id}/contract-id` */
export interface V3PapayInsuranceSignContractsPlanId_plan_id_ContractId extends NodeBase {
  _contract_id_: V3PapayInsuranceSignContractsPlanId_plan_id_ContractId_contract_id_;
  '{contract_id}': V3PapayInsuranceSignContractsPlanId_plan_id_ContractId_contract_id_;
}

/** `v3/papay/insurance-sign/contracts/plan-id/{plan_id}/contract-id/{contract_id}` */
export interface V3PapayInsuranceSignContractsPlanId_plan_id_ContractId_contract_id_ extends NodeBase {
  renew: V3PapayInsuranceSignContractsPlanId_plan_id_ContractId_contract_id_Renew;
}

/** `v3/papay/insurance-sign/contracts/plan-id/{plan_id}/contract-id/{contract_id}/renew` */
export interface V3PapayInsuranceSignContractsPlanId_plan_id_ContractId_contract_id_Renew extends NodeBase, Verbs<'v3/papay/insurance-sign/contracts/plan-id/{plan_id}/contract-id/{contract_id}/renew'> {
  /**
   * 保险商户受理续期自动续费协议
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/insurance/apply-renew-contract.html | 官方文档}
   */
  postAsync: Verbs<'v3/papay/insurance-sign/contracts/plan-id/{plan_id}/contract-id/{contract_id}/renew'>['postAsync'];
}

/** `v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code` */
export interface V3PapayInsuranceSignContractsPlanId_plan_id_OutContractCode extends NodeBase {
  _out_contract_code_: V3PapayInsuranceSignContractsPlanId_plan_id_OutContractCode_out_contract_code_;
  '{out_contract_code}': V3PapayInsuranceSignContractsPlanId_plan_id_OutContractCode_out_contract_code_;
}

/** `v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}` */
export interface V3PapayInsuranceSignContractsPlanId_plan_id_OutContractCode_out_contract_code_ extends NodeBase, Verbs<'v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}'> {
  /**
   * 保险商户查询保险自动续费协议
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}'>['getAsync'];
  terminate: V3PapayInsuranceSignContractsPlanId_plan_id_OutContractCode_out_contract_code_Terminate;
}

/** `v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate` */
export interface V3PapayInsuranceSignContractsPlanId_plan_id_OutContractCode_out_contract_code_Terminate extends NodeBase, Verbs<'v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate'> {
  /**
   * 保险商户通过商户协议号解除保险自动续费协议
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate'>['postAsync'];
}

/** `v3/papay/insurance-sign/contracts/pre-entrust-sign` */
export interface V3PapayInsuranceSignContractsPreEntrustSign extends NodeBase {
  app: V3PapayInsuranceSignContractsPreEntrustSignApp;
  h5: V3PapayInsuranceSignContractsPreEntrustSignH5;
  jsapi: V3PapayInsuranceSignContractsPreEntrustSignJsapi;
  miniProgram: V3PapayInsuranceSignContractsPreEntrustSignMiniProgram;
}

/** `v3/papay/insurance-sign/contracts/pre-entrust-sign/app` */
export interface V3PapayInsuranceSignContractsPreEntrustSignApp extends NodeBase, Verbs<'v3/papay/insurance-sign/contracts/pre-entrust-sign/app'> {
  /**
   * 保险商户App预签约API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/insurance/app-sign-and-create-transaction.html | 官方文档}
   */
  postAsync: Verbs<'v3/papay/insurance-sign/contracts/pre-entrust-sign/app'>['postAsync'];
}

/** `v3/papay/insurance-sign/contracts/pre-entrust-sign/h5` */
export interface V3PapayInsuranceSignContractsPreEntrustSignH5 extends NodeBase, Verbs<'v3/papay/insurance-sign/contracts/pre-entrust-sign/h5'> {
  /**
   * 保险商户H5预签约API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/insurance/h5-sign-and-create-transaction.html | 官方文档}
   */
  postAsync: Verbs<'v3/papay/insurance-sign/contracts/pre-entrust-sign/h5'>['postAsync'];
}

/** `v3/papay/insurance-sign/contracts/pre-entrust-sign/jsapi` */
export interface V3PapayInsuranceSignContractsPreEntrustSignJsapi extends NodeBase, Verbs<'v3/papay/insurance-sign/contracts/pre-entrust-sign/jsapi'> {
  /**
   * 保险商户JSAPI预签约API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/insurance/jsapi-sign-and-create-transaction.html | 官方文档}
   */
  postAsync: Verbs<'v3/papay/insurance-sign/contracts/pre-entrust-sign/jsapi'>['postAsync'];
}

/** `v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program` */
export interface V3PapayInsuranceSignContractsPreEntrustSignMiniProgram extends NodeBase, Verbs<'v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program'> {
  /**
   * 保险商户小程序预签约API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/insurance/mimi-program-sign-and-create-transaction.html | 官方文档}
   */
  postAsync: Verbs<'v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program'>['postAsync'];
}

/** `v3/papay/insurance-sign/policy-periods` */
export interface V3PapayInsuranceSignPolicyPeriods extends NodeBase {
  planId: V3PapayInsuranceSignPolicyPeriodsPlanId;
}

/** `v3/papay/insurance-sign/policy-periods/plan-id` */
export interface V3PapayInsuranceSignPolicyPeriodsPlanId extends NodeBase {
  _plan_id_: V3PapayInsuranceSignPolicyPeriodsPlanId_plan_id_;
  '{plan_id}': V3PapayInsuranceSignPolicyPeriodsPlanId_plan_id_;
}

/** `v3/papay/insurance-sign/policy-periods/plan-id/{plan_id}` */
export interface V3PapayInsuranceSignPolicyPeriodsPlanId_plan_id_ extends NodeBase {
  contractId: V3PapayInsuranceSignPolicyPeriodsPlanId_plan_id_ContractId;
}

/** `v3/papay/insurance-sign/policy-periods/plan-id/{plan_id}/contract-id` */
export interface V3PapayInsuranceSignPolicyPeriodsPlanId_plan_id_ContractId extends NodeBase {
  _contract_id_: V3PapayInsuranceSignPolicyPeriodsPlanId_plan_id_ContractId_contract_id_;
  '{contract_id}': V3PapayInsuranceSignPolicyPeriodsPlanId_plan_id_ContractId_contract_id_;
}

/** `v3/papay/insurance-sign/policy-periods/plan-id/{plan_id}/contract-id/{contract_id}` */
export interface V3PapayInsuranceSignPolicyPeriodsPlanId_plan_id_ContractId_contract_id_ extends NodeBase {
  modify: V3PapayInsuranceSignPolicyPeriodsPlanId_plan_id_ContractId_contract_id_Modify;
}

/** `v3/papay/insurance-sign/policy-periods/plan-id/{plan_id}/contract-id/{contract_id}/modify` */
export interface V3PapayInsuranceSignPolicyPeriodsPlanId_plan_id_ContractId_contract_id_Modify extends NodeBase, Verbs<'v3/papay/insurance-sign/policy-periods/plan-id/{plan_id}/contract-id/{contract_id}/modify'> {
  /**
   * 保险商户修改保险扣费周期列表
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/doc/v3/merchant/4012987596 | 官方文档}
   */
  postAsync: Verbs<'v3/papay/insurance-sign/policy-periods/plan-id/{plan_id}/contract-id/{contract_id}/modify'>['postAsync'];
}

/** `v3/papay/insurance-sign/policy_periods` */
export interface V3PapayInsuranceSignPolicy_periods extends NodeBase {
  planId: V3PapayInsuranceSignPolicy_periodsPlanId;
}

/** `v3/papay/insurance-sign/policy_periods/plan-id` */
export interface V3PapayInsuranceSignPolicy_periodsPlanId extends NodeBase {
  _plan_id_: V3PapayInsuranceSignPolicy_periodsPlanId_plan_id_;
  '{plan_id}': V3PapayInsuranceSignPolicy_periodsPlanId_plan_id_;
}

/** `v3/papay/insurance-sign/policy_periods/plan-id/{plan_id}` */
export interface V3PapayInsuranceSignPolicy_periodsPlanId_plan_id_ extends NodeBase {
  outContractCode: V3PapayInsuranceSignPolicy_periodsPlanId_plan_id_OutContractCode;
}

/** `v3/papay/insurance-sign/policy_periods/plan-id/{plan_id}/out-contract-code` */
export interface V3PapayInsuranceSignPolicy_periodsPlanId_plan_id_OutContractCode extends NodeBase {
  _out_contract_code_: V3PapayInsuranceSignPolicy_periodsPlanId_plan_id_OutContractCode_out_contract_code_;
  '{out_contract_code}': V3PapayInsuranceSignPolicy_periodsPlanId_plan_id_OutContractCode_out_contract_code_;
}

/** `v3/papay/insurance-sign/policy_periods/plan-id/{plan_id}/out-contract-code/{out_contract_code}` */
export interface V3PapayInsuranceSignPolicy_periodsPlanId_plan_id_OutContractCode_out_contract_code_ extends NodeBase, Verbs<'v3/papay/insurance-sign/policy_periods/plan-id/{plan_id}/out-contract-code/{out_contract_code}'> {
  /**
   * 保险商户查询保险扣费周期列表API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/insurance-entrusted-payment/insurance/query-policy-periods-by-code.html | 官方文档}
   */
  getAsync: Verbs<'v3/papay/insurance-sign/policy_periods/plan-id/{plan_id}/out-contract-code/{out_contract_code}'>['getAsync'];
}

/** `v3/papay/pay` */
export interface V3PapayPay extends NodeBase {
  harmony: V3PapayPayHarmony;
  partner: V3PapayPayPartner;
  schedules: V3PapayPaySchedules;
  transactions: V3PapayPayTransactions;
}

/** `v3/papay/pay/harmony` */
export interface V3PapayPayHarmony extends NodeBase {
  transactions: V3PapayPayHarmonyTransactions;
}

/** `v3/papay/pay/harmony/transactions` */
export interface V3PapayPayHarmonyTransactions extends NodeBase {
  apply: V3PapayPayHarmonyTransactionsApply;
}

/** `v3/papay/pay/harmony/transactions/apply` */
export interface V3PapayPayHarmonyTransactionsApply extends NodeBase, Verbs<'v3/papay/pay/harmony/transactions/apply'> {
  /**
   * 代扣受理扣款
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/papay/pay/harmony/transactions/apply'>['postAsync'];
}

/** `v3/papay/pay/partner` */
export interface V3PapayPayPartner extends NodeBase {
  schedules: V3PapayPayPartnerSchedules;
  transactions: V3PapayPayPartnerTransactions;
}

/** `v3/papay/pay/partner/schedules` */
export interface V3PapayPayPartnerSchedules extends NodeBase {
  contractId: V3PapayPayPartnerSchedulesContractId;
}

/** `v3/papay/pay/partner/schedules/contract-id` */
export interface V3PapayPayPartnerSchedulesContractId extends NodeBase {
  _contract_id_: V3PapayPayPartnerSchedulesContractId_contract_id_;
  '{contract_id}': V3PapayPayPartnerSchedulesContractId_contract_id_;
}

/** `v3/papay/pay/partner/schedules/contract-id/{contract_id}` */
export interface V3PapayPayPartnerSchedulesContractId_contract_id_ extends NodeBase, Verbs<'v3/papay/pay/partner/schedules/contract-id/{contract_id}'> {
  /**
   * 查询扣费预约API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment/partner/partner-query-deduct-schedule.html | 官方文档}
   */
  getAsync: Verbs<'v3/papay/pay/partner/schedules/contract-id/{contract_id}'>['getAsync'];
  schedule: V3PapayPayPartnerSchedulesContractId_contract_id_Schedule;
}

/** `v3/papay/pay/partner/schedules/contract-id/{contract_id}/schedule` */
export interface V3PapayPayPartnerSchedulesContractId_contract_id_Schedule extends NodeBase, Verbs<'v3/papay/pay/partner/schedules/contract-id/{contract_id}/schedule'> {
  /**
   * 预约扣费API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment/partner/partner-schedule-deduction.html | 官方文档}
   */
  postAsync: Verbs<'v3/papay/pay/partner/schedules/contract-id/{contract_id}/schedule'>['postAsync'];
}

/** `v3/papay/pay/partner/transactions` */
export interface V3PapayPayPartnerTransactions extends NodeBase {
  apply: V3PapayPayPartnerTransactionsApply;
}

/** `v3/papay/pay/partner/transactions/apply` */
export interface V3PapayPayPartnerTransactionsApply extends NodeBase, Verbs<'v3/papay/pay/partner/transactions/apply'> {
  /**
   * 受理扣款API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment/partner/partner-create-transaction.html | 官方文档}
   */
  postAsync: Verbs<'v3/papay/pay/partner/transactions/apply'>['postAsync'];
}

/** `v3/papay/pay/schedules` */
export interface V3PapayPaySchedules extends NodeBase {
  contractId: V3PapayPaySchedulesContractId;
}

/** `v3/papay/pay/schedules/contract-id` */
export interface V3PapayPaySchedulesContractId extends NodeBase {
  _contract_id_: V3PapayPaySchedulesContractId_contract_id_;
  '{contract_id}': V3PapayPaySchedulesContractId_contract_id_;
}

/** `v3/papay/pay/schedules/contract-id/{contract_id}` */
export interface V3PapayPaySchedulesContractId_contract_id_ extends NodeBase, Verbs<'v3/papay/pay/schedules/contract-id/{contract_id}'> {
  /**
   * 查询扣费预约API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/entrusted-payment/normal/normal-query-deduct-schedule.html | 官方文档}
   */
  getAsync: Verbs<'v3/papay/pay/schedules/contract-id/{contract_id}'>['getAsync'];
  schedule: V3PapayPaySchedulesContractId_contract_id_Schedule;
}

/** `v3/papay/pay/schedules/contract-id/{contract_id}/schedule` */
export interface V3PapayPaySchedulesContractId_contract_id_Schedule extends NodeBase, Verbs<'v3/papay/pay/schedules/contract-id/{contract_id}/schedule'> {
  /**
   * 预约扣费API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/entrusted-payment/normal/normal-schedule-deduction.html | 官方文档}
   */
  postAsync: Verbs<'v3/papay/pay/schedules/contract-id/{contract_id}/schedule'>['postAsync'];
}

/** `v3/papay/pay/transactions` */
export interface V3PapayPayTransactions extends NodeBase {
  apply: V3PapayPayTransactionsApply;
}

/** `v3/papay/pay/transactions/apply` */
export interface V3PapayPayTransactionsApply extends NodeBase, Verbs<'v3/papay/pay/transactions/apply'> {
  /**
   * 受理扣款API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/entrusted-payment/normal/normal-create-transaction.html | 官方文档}
   */
  postAsync: Verbs<'v3/papay/pay/transactions/apply'>['postAsync'];
}

/** `v3/papay/scheduled-deduct-sign` */
export interface V3PapayScheduledDeductSign extends NodeBase {
  contracts: V3PapayScheduledDeductSignContracts;
  partner: V3PapayScheduledDeductSignPartner;
}

/** `v3/papay/scheduled-deduct-sign/contracts` */
export interface V3PapayScheduledDeductSignContracts extends NodeBase {
  preEntrustSign: V3PapayScheduledDeductSignContractsPreEntrustSign;
}

/** `v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign` */
export interface V3PapayScheduledDeductSignContractsPreEntrustSign extends NodeBase {
  app: V3PapayScheduledDeductSignContractsPreEntrustSignApp;
  h5: V3PapayScheduledDeductSignContractsPreEntrustSignH5;
  jsapi: V3PapayScheduledDeductSignContractsPreEntrustSignJsapi;
  miniProgram: V3PapayScheduledDeductSignContractsPreEntrustSignMiniProgram;
}

/** `v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/app` */
export interface V3PapayScheduledDeductSignContractsPreEntrustSignApp extends NodeBase, Verbs<'v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/app'> {
  /**
   * App场景预约扣费类型签约的预签约API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/entrusted-payment/normal/normal-app-scheduled-deduct-pre-sign.html | 官方文档}
   */
  postAsync: Verbs<'v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/app'>['postAsync'];
}

/** `v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/h5` */
export interface V3PapayScheduledDeductSignContractsPreEntrustSignH5 extends NodeBase, Verbs<'v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/h5'> {
  /**
   * H5场景预约扣费类型签约的预签约API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/entrusted-payment/normal/normal-h5-scheduled-deduct-pre-sign.html | 官方文档}
   */
  postAsync: Verbs<'v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/h5'>['postAsync'];
}

/** `v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/jsapi` */
export interface V3PapayScheduledDeductSignContractsPreEntrustSignJsapi extends NodeBase, Verbs<'v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/jsapi'> {
  /**
   * JSAPI场景预约扣费类型签约的预签约API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/entrusted-payment/normal/jsapi-scheduled-deduct-pre-sign.html | 官方文档}
   */
  postAsync: Verbs<'v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/jsapi'>['postAsync'];
}

/** `v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/mini-program` */
export interface V3PapayScheduledDeductSignContractsPreEntrustSignMiniProgram extends NodeBase, Verbs<'v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/mini-program'> {
  /**
   * 小程序场景预约扣费类型签约的预签约API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/entrusted-payment/normal/mini-program-scheduled-deduct-pre-sign.html | 官方文档}
   */
  postAsync: Verbs<'v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/mini-program'>['postAsync'];
}

/** `v3/papay/scheduled-deduct-sign/partner` */
export interface V3PapayScheduledDeductSignPartner extends NodeBase {
  contracts: V3PapayScheduledDeductSignPartnerContracts;
}

/** `v3/papay/scheduled-deduct-sign/partner/contracts` */
export interface V3PapayScheduledDeductSignPartnerContracts extends NodeBase {
  preEntrustSign: V3PapayScheduledDeductSignPartnerContractsPreEntrustSign;
}

/** `v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign` */
export interface V3PapayScheduledDeductSignPartnerContractsPreEntrustSign extends NodeBase {
  app: V3PapayScheduledDeductSignPartnerContractsPreEntrustSignApp;
  h5: V3PapayScheduledDeductSignPartnerContractsPreEntrustSignH5;
  jsapi: V3PapayScheduledDeductSignPartnerContractsPreEntrustSignJsapi;
  miniProgram: V3PapayScheduledDeductSignPartnerContractsPreEntrustSignMiniProgram;
}

/** `v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/app` */
export interface V3PapayScheduledDeductSignPartnerContractsPreEntrustSignApp extends NodeBase, Verbs<'v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/app'> {
  /**
   * App场景预约扣费类型签约的预签约API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment/partner/partner-app-scheduled-deduct-pre-sign.html | 官方文档}
   */
  postAsync: Verbs<'v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/app'>['postAsync'];
}

/** `v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/h5` */
export interface V3PapayScheduledDeductSignPartnerContractsPreEntrustSignH5 extends NodeBase, Verbs<'v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/h5'> {
  /**
   * H5场景预约扣费类型签约的预签约API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment/partner/partner-h5-scheduled-deduct-pre-sign.html | 官方文档}
   */
  postAsync: Verbs<'v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/h5'>['postAsync'];
}

/** `v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/jsapi` */
export interface V3PapayScheduledDeductSignPartnerContractsPreEntrustSignJsapi extends NodeBase, Verbs<'v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/jsapi'> {
  /**
   * JSAPI场景预约扣费类型签约的预签约API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment/partner/partner-jsapi-scheduled-deduct-pre-sign.html | 官方文档}
   */
  postAsync: Verbs<'v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/jsapi'>['postAsync'];
}

/** `v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/mini-program` */
export interface V3PapayScheduledDeductSignPartnerContractsPreEntrustSignMiniProgram extends NodeBase, Verbs<'v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/mini-program'> {
  /**
   * 小程序场景预约扣费类型签约的预签约API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment/partner/partner-mini-program-scheduled-deduct-pre-sign.html | 官方文档}
   */
  postAsync: Verbs<'v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/mini-program'>['postAsync'];
}

/** `v3/papay/sign` */
export interface V3PapaySign extends NodeBase {
  contracts: V3PapaySignContracts;
  partner: V3PapaySignPartner;
}

/** `v3/papay/sign/contracts` */
export interface V3PapaySignContracts extends NodeBase {
  harmonyPlanId: V3PapaySignContractsHarmonyPlanId;
  planId: V3PapaySignContractsPlanId;
  preEntrustSign: V3PapaySignContractsPreEntrustSign;
}

/** `v3/papay/sign/contracts/harmony-plan-id` */
export interface V3PapaySignContractsHarmonyPlanId extends NodeBase {
  _plan_id_: V3PapaySignContractsHarmonyPlanId_plan_id_;
  '{plan_id}': V3PapaySignContractsHarmonyPlanId_plan_id_;
}

/** `v3/papay/sign/contracts/harmony-plan-id/{plan_id}` */
export interface V3PapaySignContractsHarmonyPlanId_plan_id_ extends NodeBase {
  outContractCode: V3PapaySignContractsHarmonyPlanId_plan_id_OutContractCode;
}

/** `v3/papay/sign/contracts/harmony-plan-id/{plan_id}/out-contract-code` */
export interface V3PapaySignContractsHarmonyPlanId_plan_id_OutContractCode extends NodeBase {
  _out_contract_code_: V3PapaySignContractsHarmonyPlanId_plan_id_OutContractCode_out_contract_code_;
  '{out_contract_code}': V3PapaySignContractsHarmonyPlanId_plan_id_OutContractCode_out_contract_code_;
}

/** `v3/papay/sign/contracts/harmony-plan-id/{plan_id}/out-contract-code/{out_contract_code}` */
export interface V3PapaySignContractsHarmonyPlanId_plan_id_OutContractCode_out_contract_code_ extends NodeBase, Verbs<'v3/papay/sign/contracts/harmony-plan-id/{plan_id}/out-contract-code/{out_contract_code}'> {
  /**
   * 通过商户协议号查询委托代扣签约协议
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/papay/sign/contracts/harmony-plan-id/{plan_id}/out-contract-code/{out_contract_code}'>['getAsync'];
}

/** `v3/papay/sign/contracts/plan-id` */
export interface V3PapaySignContractsPlanId extends NodeBase {
  _plan_id_: V3PapaySignContractsPlanId_plan_id_;
  '{plan_id}': V3PapaySignContractsPlanId_plan_id_;
}

/** `v3/papay/sign/contracts/plan-id/{plan_id}` */
export interface V3PapaySignContractsPlanId_plan_id_ extends NodeBase {
  outContractCode: V3PapaySignContractsPlanId_plan_id_OutContractCode;
}

/** `v3/papay/sign/contracts/plan-id/{plan_id}/out-contract-code` */
export interface V3PapaySignContractsPlanId_plan_id_OutContractCode extends NodeBase {
  _out_contract_code_: V3PapaySignContractsPlanId_plan_id_OutContractCode_out_contract_code_;
  '{out_contract_code}': V3PapaySignContractsPlanId_plan_id_OutContractCode_out_contract_code_;
}

/** `v3/papay/sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}` */
export interface V3PapaySignContractsPlanId_plan_id_OutContractCode_out_contract_code_ extends NodeBase, Verbs<'v3/papay/sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}'> {
  /**
   * 通过商户协议号查询委托代扣签约协议API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/entrusted-payment/normal/normal-get-contract-by-code.html | 官方文档}
   */
  getAsync: Verbs<'v3/papay/sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}'>['getAsync'];
  terminate: V3PapaySignContractsPlanId_plan_id_OutContractCode_out_contract_code_Terminate;
}

/** `v3/papay/sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate` */
export interface V3PapaySignContractsPlanId_plan_id_OutContractCode_out_contract_code_Terminate extends NodeBase, Verbs<'v3/papay/sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate'> {
  /**
   * 通过商户协议号解除委托代扣签约协议API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/entrusted-payment/normal/normal-terminate-contract-by-code.html | 官方文档}
   */
  postAsync: Verbs<'v3/papay/sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate'>['postAsync'];
}

/** `v3/papay/sign/contracts/pre-entrust-sign` */
export interface V3PapaySignContractsPreEntrustSign extends NodeBase, Verbs<'v3/papay/sign/contracts/pre-entrust-sign'> {
  /**
   * 代扣预签约
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/doc/v3/merchant/4012978414 | 官方文档}
   */
  postAsync: Verbs<'v3/papay/sign/contracts/pre-entrust-sign'>['postAsync'];
}

/** `v3/papay/sign/partner` */
export interface V3PapaySignPartner extends NodeBase {
  contracts: V3PapaySignPartnerContracts;
}

/** `v3/papay/sign/partner/contracts` */
export interface V3PapaySignPartnerContracts extends NodeBase {
  planId: V3PapaySignPartnerContractsPlanId;
}

/** `v3/papay/sign/partner/contracts/plan-id` */
export interface V3PapaySignPartnerContractsPlanId extends NodeBase {
  _plan_id_: V3PapaySignPartnerContractsPlanId_plan_id_;
  '{plan_id}': V3PapaySignPartnerContractsPlanId_plan_id_;
}

/** `v3/papay/sign/partner/contracts/plan-id/{plan_id}` */
export interface V3PapaySignPartnerContractsPlanId_plan_id_ extends NodeBase {
  outContractCode: V3PapaySignPartnerContractsPlanId_plan_id_OutContractCode;
}

/** `v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code` */
export interface V3PapaySignPartnerContractsPlanId_plan_id_OutContractCode extends NodeBase {
  _out_contract_code_: V3PapaySignPartnerContractsPlanId_plan_id_OutContractCode_out_contract_code_;
  '{out_contract_code}': V3PapaySignPartnerContractsPlanId_plan_id_OutContractCode_out_contract_code_;
}

/** `v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}` */
export interface V3PapaySignPartnerContractsPlanId_plan_id_OutContractCode_out_contract_code_ extends NodeBase, Verbs<'v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}'> {
  /**
   * 通过商户协议号查询委托代扣签约协议API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment/partner/partner-get-contract-by-code.html | 官方文档}
   */
  getAsync: Verbs<'v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}'>['getAsync'];
  terminate: V3PapaySignPartnerContractsPlanId_plan_id_OutContractCode_out_contract_code_Terminate;
}

/** `v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate` */
export interface V3PapaySignPartnerContractsPlanId_plan_id_OutContractCode_out_contract_code_Terminate extends NodeBase, Verbs<'v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate'> {
  /**
   * 通过商户协议号解除委托代扣签约协议API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment/partner/partner-terminate-contract-by-code.html | 官方文档}
   */
  postAsync: Verbs<'v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate'>['postAsync'];
}

/** `v3/parking` */
export interface V3Parking extends NodeBase {
  reminders: V3ParkingReminders;
}

/** `v3/parking/reminders` */
export interface V3ParkingReminders extends NodeBase {
  application: V3ParkingRemindersApplication;
  applications: V3ParkingRemindersApplications;
  entry: V3ParkingRemindersEntry;
  exit: V3ParkingRemindersExit;
  extPayment: V3ParkingRemindersExtPayment;
  parkingFee: V3ParkingRemindersParkingFee;
  parkingLot: V3ParkingRemindersParkingLot;
  payment: V3ParkingRemindersPayment;
}

/** `v3/parking/reminders/application` */
export interface V3ParkingRemindersApplication extends NodeBase, Verbs<'v3/parking/reminders/application'> {
  /**
   * 提交停车场进件申请
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/parking/reminders/application'>['postAsync'];
  query: V3ParkingRemindersApplicationQuery;
  withdraw: V3ParkingRemindersApplicationWithdraw;
}

/** `v3/parking/reminders/application/query` */
export interface V3ParkingRemindersApplicationQuery extends NodeBase, Verbs<'v3/parking/reminders/application/query'> {
  /**
   * 查询停车场进件申请单
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/parking/reminders/application/query'>['getAsync'];
}

/** `v3/parking/reminders/application/withdraw` */
export interface V3ParkingRemindersApplicationWithdraw extends NodeBase, Verbs<'v3/parking/reminders/application/withdraw'> {
  /**
   * 撤回停车场进件申请
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/parking/reminders/application/withdraw'>['postAsync'];
}

/** `v3/parking/reminders/applications` */
export interface V3ParkingRemindersApplications extends NodeBase, Verbs<'v3/parking/reminders/applications'> {
  /**
   * 查询停车场进件申请单列表
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/parking/reminders/applications'>['getAsync'];
}

/** `v3/parking/reminders/entry` */
export interface V3ParkingRemindersEntry extends NodeBase, Verbs<'v3/parking/reminders/entry'> {
  /**
   * 同步车辆入场通知
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/parking/reminders/entry'>['postAsync'];
}

/** `v3/parking/reminders/exit` */
export interface V3ParkingRemindersExit extends NodeBase, Verbs<'v3/parking/reminders/exit'> {
  /**
   * 同步车辆离场通知
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/parking/reminders/exit'>['postAsync'];
}

/** `v3/parking/reminders/ext-payment` */
export interface V3ParkingRemindersExtPayment extends NodeBase, Verbs<'v3/parking/reminders/ext-payment'> {
  /**
   * 同步非临停扩展支付
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/parking/reminders/ext-payment'>['postAsync'];
}

/** `v3/parking/reminders/parking-fee` */
export interface V3ParkingRemindersParkingFee extends NodeBase, Verbs<'v3/parking/reminders/parking-fee'> {
  /**
   * 查询停车费用
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/parking/reminders/parking-fee'>['postAsync'];
}

/** `v3/parking/reminders/parking-lot` */
export interface V3ParkingRemindersParkingLot extends NodeBase, Verbs<'v3/parking/reminders/parking-lot'> {
  /**
   * 查询停车场信息
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/parking/reminders/parking-lot'>['getAsync'];
}

/** `v3/parking/reminders/payment` */
export interface V3ParkingRemindersPayment extends NodeBase, Verbs<'v3/parking/reminders/payment'> {
  /**
   * 同步支付结果通知
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/parking/reminders/payment'>['postAsync'];
}

/** `v3/partner-papay` */
export interface V3PartnerPapay extends NodeBase {
  contracts: V3PartnerPapayContracts;
}

/** `v3/partner-papay/contracts` */
export interface V3PartnerPapayContracts extends NodeBase {
  _contract_id_: V3PartnerPapayContracts_contract_id_;
  '{contract_id}': V3PartnerPapayContracts_contract_id_;
}

/** `v3/partner-papay/contracts/{contract_id}` */
export interface V3PartnerPapayContracts_contract_id_ extends NodeBase {
  failNotify: V3PartnerPapayContracts_contract_id_FailNotify;
  notify: V3PartnerPapayContracts_contract_id_Notify;
}

/** `v3/partner-papay/contracts/{contract_id}/fail-notify` */
export interface V3PartnerPapayContracts_contract_id_FailNotify extends NodeBase, Verbs<'v3/partner-papay/contracts/{contract_id}/fail-notify'> {
  /**
   * 服务商商户重试扣费通知API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/api/wxpay_v2/papay/chapter5_16.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/partner-papay/contracts/{contract_id}/fail-notify'>['postAsync'];
}

/** `v3/partner-papay/contracts/{contract_id}/notify` */
export interface V3PartnerPapayContracts_contract_id_Notify extends NodeBase, Verbs<'v3/partner-papay/contracts/{contract_id}/notify'> {
  /**
   * 服务商商户预扣费通知API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/entrusted-payment/json/partner-deduct-notify.html | 官方文档}
   */
  postAsync: Verbs<'v3/partner-papay/contracts/{contract_id}/notify'>['postAsync'];
}

/** `v3/partner-transfer` */
export interface V3PartnerTransfer extends NodeBase {
  batches: V3PartnerTransferBatches;
}

/** `v3/partner-transfer/batches` */
export interface V3PartnerTransferBatches extends NodeBase, Verbs<'v3/partner-transfer/batches'> {
  /**
   * 发起批量转账API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_1_6.shtml | 官方文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transfer_partner/chapter3_1.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/partner-transfer/batches'>['postAsync'];
  batchId: V3PartnerTransferBatchesBatchId;
  outBatchNo: V3PartnerTransferBatchesOutBatchNo;
}

/** `v3/partner-transfer/batches/batch-id` */
export interface V3PartnerTransferBatchesBatchId extends NodeBase {
  _batch_id_: V3PartnerTransferBatchesBatchId_batch_id_;
  '{batch_id}': V3PartnerTransferBatchesBatchId_batch_id_;
}

/** `v3/partner-transfer/batches/batch-id/{batch_id}` */
export interface V3PartnerTransferBatchesBatchId_batch_id_ extends NodeBase, Verbs<'v3/partner-transfer/batches/batch-id/{batch_id}'> {
  /**
   * 微信支付批次单号查询批次单API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_1_7.shtml | 官方文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transfer_partner/chapter3_2.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/partner-transfer/batches/batch-id/{batch_id}'>['getAsync'];
  details: V3PartnerTransferBatchesBatchId_batch_id_Details;
}

/** `v3/partner-transfer/batches/batch-id/{batch_id}/details` */
export interface V3PartnerTransferBatchesBatchId_batch_id_Details extends NodeBase {
  detailId: V3PartnerTransferBatchesBatchId_batch_id_DetailsDetailId;
}

/** `v3/partner-transfer/batches/batch-id/{batch_id}/details/detail-id` */
export interface V3PartnerTransferBatchesBatchId_batch_id_DetailsDetailId extends NodeBase {
  _detail_id_: V3PartnerTransferBatchesBatchId_batch_id_DetailsDetailId_detail_id_;
  '{detail_id}': V3PartnerTransferBatchesBatchId_batch_id_DetailsDetailId_detail_id_;
}

/** `v3/partner-transfer/batches/batch-id/{batch_id}/details/detail-id/{detail_id}` */
export interface V3PartnerTransferBatchesBatchId_batch_id_DetailsDetailId_detail_id_ extends NodeBase, Verbs<'v3/partner-transfer/batches/batch-id/{batch_id}/details/detail-id/{detail_id}'> {
  /**
   * 微信支付明细单号查询明细单API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_1_8.shtml | 官方文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transfer_partner/chapter3_3.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/partner-transfer/batches/batch-id/{batch_id}/details/detail-id/{detail_id}'>['getAsync'];
}

/** `v3/partner-transfer/batches/out-batch-no` */
export interface V3PartnerTransferBatchesOutBatchNo extends NodeBase {
  _out_batch_no_: V3PartnerTransferBatchesOutBatchNo_out_batch_no_;
  '{out_batch_no}': V3PartnerTransferBatchesOutBatchNo_out_batch_no_;
}

/** `v3/partner-transfer/batches/out-batch-no/{out_batch_no}` */
export interface V3PartnerTransferBatchesOutBatchNo_out_batch_no_ extends NodeBase, Verbs<'v3/partner-transfer/batches/out-batch-no/{out_batch_no}'> {
  /**
   * 商家批次单号查询批次单API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_1_9.shtml | 官方文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transfer_partner/chapter3_4.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/partner-transfer/batches/out-batch-no/{out_batch_no}'>['getAsync'];
  details: V3PartnerTransferBatchesOutBatchNo_out_batch_no_Details;
}

/** `v3/partner-transfer/batches/out-batch-no/{out_batch_no}/details` */
export interface V3PartnerTransferBatchesOutBatchNo_out_batch_no_Details extends NodeBase {
  outDetailNo: V3PartnerTransferBatchesOutBatchNo_out_batch_no_DetailsOutDetailNo;
}

/** `v3/partner-transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no` */
export interface V3PartnerTransferBatchesOutBatchNo_out_batch_no_DetailsOutDetailNo extends NodeBase {
  _out_detail_no_: V3PartnerTransferBatchesOutBatchNo_out_batch_no_DetailsOutDetailNo_out_detail_no_;
  '{out_detail_no}': V3PartnerTransferBatchesOutBatchNo_out_batch_no_DetailsOutDetailNo_out_detail_no_;
}

/** `v3/partner-transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no/{out_detail_no}` */
export interface V3PartnerTransferBatchesOutBatchNo_out_batch_no_DetailsOutDetailNo_out_detail_no_ extends NodeBase, Verbs<'v3/partner-transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no/{out_detail_no}'> {
  /**
   * 商家明细单号查询明细单API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_1_10.shtml | 官方文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transfer_partner/chapter3_5.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/partner-transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no/{out_detail_no}'>['getAsync'];
}

/** `v3/password-exempt-contract` */
export interface V3PasswordExemptContract extends NodeBase {
  contracts: V3PasswordExemptContractContracts;
}

/** `v3/password-exempt-contract/contracts` */
export interface V3PasswordExemptContractContracts extends NodeBase {
  ecommerce: V3PasswordExemptContractContractsEcommerce;
  normal: V3PasswordExemptContractContractsNormal;
  qs: V3PasswordExemptContractContractsQs;
  serviceId: V3PasswordExemptContractContractsServiceId;
  serviceProvider: V3PasswordExemptContractContractsServiceProvider;
}

/** `v3/password-exempt-contract/contracts/ecommerce` */
export interface V3PasswordExemptContractContractsEcommerce extends NodeBase {
  preEntrustSign: V3PasswordExemptContractContractsEcommercePreEntrustSign;
}

/** `v3/password-exempt-contract/contracts/ecommerce/pre-entrust-sign` */
export interface V3PasswordExemptContractContractsEcommercePreEntrustSign extends NodeBase {
  miniProgram: V3PasswordExemptContractContractsEcommercePreEntrustSignMiniProgram;
  payRedirectSign: V3PasswordExemptContractContractsEcommercePreEntrustSignPayRedirectSign;
}

/** `v3/password-exempt-contract/contracts/ecommerce/pre-entrust-sign/mini-program` */
export interface V3PasswordExemptContractContractsEcommercePreEntrustSignMiniProgram extends NodeBase, Verbs<'v3/password-exempt-contract/contracts/ecommerce/pre-entrust-sign/mini-program'> {
  /**
   * 电商收付通模式小程序场景预签约API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/partner-password-free-contract/sign/ec-mini-program-pre-entrust-sign.html | 官方文档}
   */
  postAsync: Verbs<'v3/password-exempt-contract/contracts/ecommerce/pre-entrust-sign/mini-program'>['postAsync'];
}

/** `v3/password-exempt-contract/contracts/ecommerce/pre-entrust-sign/pay-redirect-sign` */
export interface V3PasswordExemptContractContractsEcommercePreEntrustSignPayRedirectSign extends NodeBase, Verbs<'v3/password-exempt-contract/contracts/ecommerce/pre-entrust-sign/pay-redirect-sign'> {
  /**
   * 电商收付通模式支付后场景预签约API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/partner-password-free-contract/sign/ec-pay-redirect-sign-pre-entrust-sign.html | 官方文档}
   */
  postAsync: Verbs<'v3/password-exempt-contract/contracts/ecommerce/pre-entrust-sign/pay-redirect-sign'>['postAsync'];
}

/** `v3/password-exempt-contract/contracts/normal` */
export interface V3PasswordExemptContractContractsNormal extends NodeBase {
  preEntrustSign: V3PasswordExemptContractContractsNormalPreEntrustSign;
}

/** `v3/password-exempt-contract/contracts/normal/pre-entrust-sign` */
export interface V3PasswordExemptContractContractsNormalPreEntrustSign extends NodeBase {
  miniProgram: V3PasswordExemptContractContractsNormalPreEntrustSignMiniProgram;
  payRedirectSign: V3PasswordExemptContractContractsNormalPreEntrustSignPayRedirectSign;
}

/** `v3/password-exempt-contract/contracts/normal/pre-entrust-sign/mini-program` */
export interface V3PasswordExemptContractContractsNormalPreEntrustSignMiniProgram extends NodeBase, Verbs<'v3/password-exempt-contract/contracts/normal/pre-entrust-sign/mini-program'> {
  /**
   * 直连商户模式小程序场景预签约API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/password-free-contract/sign/normal-mini-program-pre-entrust-sign.html | 官方文档}
   */
  postAsync: Verbs<'v3/password-exempt-contract/contracts/normal/pre-entrust-sign/mini-program'>['postAsync'];
}

/** `v3/password-exempt-contract/contracts/normal/pre-entrust-sign/pay-redirect-sign` */
export interface V3PasswordExemptContractContractsNormalPreEntrustSignPayRedirectSign extends NodeBase, Verbs<'v3/password-exempt-contract/contracts/normal/pre-entrust-sign/pay-redirect-sign'> {
  /**
   * 直连商户模式支付后场景预签约API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/password-free-contract/sign/normal-pay-redirect-sign-pre-entrust-sign.html | 官方文档}
   */
  postAsync: Verbs<'v3/password-exempt-contract/contracts/normal/pre-entrust-sign/pay-redirect-sign'>['postAsync'];
}

/** `v3/password-exempt-contract/contracts/qs` */
export interface V3PasswordExemptContractContractsQs extends NodeBase {
  preEntrustSign: V3PasswordExemptContractContractsQsPreEntrustSign;
}

/** `v3/password-exempt-contract/contracts/qs/pre-entrust-sign` */
export interface V3PasswordExemptContractContractsQsPreEntrustSign extends NodeBase {
  miniProgram: V3PasswordExemptContractContractsQsPreEntrustSignMiniProgram;
  payRedirectSign: V3PasswordExemptContractContractsQsPreEntrustSignPayRedirectSign;
}

/** `v3/password-exempt-contract/contracts/qs/pre-entrust-sign/mini-program` */
export interface V3PasswordExemptContractContractsQsPreEntrustSignMiniProgram extends NodeBase, Verbs<'v3/password-exempt-contract/contracts/qs/pre-entrust-sign/mini-program'> {
  /**
   * 清算机构模式小程序场景预签约API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/partner-password-free-contract/sign/qs-mini-program-pre-entrust-sign.html | 官方文档}
   */
  postAsync: Verbs<'v3/password-exempt-contract/contracts/qs/pre-entrust-sign/mini-program'>['postAsync'];
}

/** `v3/password-exempt-contract/contracts/qs/pre-entrust-sign/pay-redirect-sign` */
export interface V3PasswordExemptContractContractsQsPreEntrustSignPayRedirectSign extends NodeBase, Verbs<'v3/password-exempt-contract/contracts/qs/pre-entrust-sign/pay-redirect-sign'> {
  /**
   * 清算机构模式支付后场景预签约API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/partner-password-free-contract/sign/qs-pay-redirect-sign-pre-entrust-sign.html | 官方文档}
   */
  postAsync: Verbs<'v3/password-exempt-contract/contracts/qs/pre-entrust-sign/pay-redirect-sign'>['postAsync'];
}

/** `v3/password-exempt-contract/contracts/service-id` */
export interface V3PasswordExemptContractContractsServiceId extends NodeBase {
  _service_id_: V3PasswordExemptContractContractsServiceId_service_id_;
  '{service_id}': V3PasswordExemptContractContractsServiceId_service_id_;
}

/** `v3/password-exempt-contract/contracts/service-id/{service_id}` */
export interface V3PasswordExemptContractContractsServiceId_service_id_ extends NodeBase {
  outContractCode: V3PasswordExemptContractContractsServiceId_service_id_OutContractCode;
}

/** `v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code` */
export interface V3PasswordExemptContractContractsServiceId_service_id_OutContractCode extends NodeBase {
  _out_contract_code_: V3PasswordExemptContractContractsServiceId_service_id_OutContractCode_out_contract_code_;
  '{out_contract_code}': V3PasswordExemptContractContractsServiceId_service_id_OutContractCode_out_contract_code_;
}

/** `v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}` */
export interface V3PasswordExemptContractContractsServiceId_service_id_OutContractCode_out_contract_code_ extends NodeBase, Verbs<'v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}'> {
  /**
   * 商户通过商户协议号查询协议API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/password-free-contract/contracts/get-by-code.html | 官方文档}
   */
  getAsync: Verbs<'v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}'>['getAsync'];
  terminate: V3PasswordExemptContractContractsServiceId_service_id_OutContractCode_out_contract_code_Terminate;
}

/** `v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}/terminate` */
export interface V3PasswordExemptContractContractsServiceId_service_id_OutContractCode_out_contract_code_Terminate extends NodeBase, Verbs<'v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}/terminate'> {
  /**
   * 商户通过商户协议号解约协议API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/password-free-contract/contracts/terminate-by-code.html | 官方文档}
   */
  postAsync: Verbs<'v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}/terminate'>['postAsync'];
}

/** `v3/password-exempt-contract/contracts/service-provider` */
export interface V3PasswordExemptContractContractsServiceProvider extends NodeBase {
  preEntrustSign: V3PasswordExemptContractContractsServiceProviderPreEntrustSign;
}

/** `v3/password-exempt-contract/contracts/service-provider/pre-entrust-sign` */
export interface V3PasswordExemptContractContractsServiceProviderPreEntrustSign extends NodeBase {
  miniProgram: V3PasswordExemptContractContractsServiceProviderPreEntrustSignMiniProgram;
  payRedirectSign: V3PasswordExemptContractContractsServiceProviderPreEntrustSignPayRedirectSign;
}

/** `v3/password-exempt-contract/contracts/service-provider/pre-entrust-sign/mini-program` */
export interface V3PasswordExemptContractContractsServiceProviderPreEntrustSignMiniProgram extends NodeBase, Verbs<'v3/password-exempt-contract/contracts/service-provider/pre-entrust-sign/mini-program'> {
  /**
   * 服务商模式小程序场景预签约API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/partner-password-free-contract/sign/sp-mini-program-pre-entrust-sign.html | 官方文档}
   */
  postAsync: Verbs<'v3/password-exempt-contract/contracts/service-provider/pre-entrust-sign/mini-program'>['postAsync'];
}

/** `v3/password-exempt-contract/contracts/service-provider/pre-entrust-sign/pay-redirect-sign` */
export interface V3PasswordExemptContractContractsServiceProviderPreEntrustSignPayRedirectSign extends NodeBase, Verbs<'v3/password-exempt-contract/contracts/service-provider/pre-entrust-sign/pay-redirect-sign'> {
  /**
   * 服务商模式支付后场景预签约API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/partner-password-free-contract/sign/sp-pay-redirect-sign-pre-entrust-sign.html | 官方文档}
   */
  postAsync: Verbs<'v3/password-exempt-contract/contracts/service-provider/pre-entrust-sign/pay-redirect-sign'>['postAsync'];
}

/** `v3/pay` */
export interface V3Pay extends NodeBase {
  acquiringBank: V3PayAcquiringBank;
  instal: V3PayInstal;
  partner: V3PayPartner;
  transactions: V3PayTransactions;
}

/** `v3/pay-devices` */
export interface V3PayDevices extends NodeBase {
  openScenarioSpeaker: V3PayDevicesOpenScenarioSpeaker;
  openScenarioSpeakerorder: V3PayDevicesOpenScenarioSpeakerorder;
  printers: V3PayDevicesPrinters;
}

/** `v3/pay-devices/open-scenario-speaker` */
export interface V3PayDevicesOpenScenarioSpeaker extends NodeBase {
  _device_sn_: V3PayDevicesOpenScenarioSpeaker_device_sn_;
  '{device_sn}': V3PayDevicesOpenScenarioSpeaker_device_sn_;
}

/** `v3/pay-devices/open-scenario-speaker/{device_sn}` */
export interface V3PayDevicesOpenScenarioSpeaker_device_sn_ extends NodeBase, Verbs<'v3/pay-devices/open-scenario-speaker/{device_sn}'> {
  /**
   * 查询音箱绑定信息
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/pay-devices/open-scenario-speaker/{device_sn}'>['getAsync'];
  bind: V3PayDevicesOpenScenarioSpeaker_device_sn_Bind;
  prebind: V3PayDevicesOpenScenarioSpeaker_device_sn_Prebind;
  unbind: V3PayDevicesOpenScenarioSpeaker_device_sn_Unbind;
}

/** `v3/pay-devices/open-scenario-speaker/{device_sn}/bind` */
export interface V3PayDevicesOpenScenarioSpeaker_device_sn_Bind extends NodeBase, Verbs<'v3/pay-devices/open-scenario-speaker/{device_sn}/bind'> {
  /**
   * 绑定音箱设备码牌
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/pay-devices/open-scenario-speaker/{device_sn}/bind'>['postAsync'];
}

/** `v3/pay-devices/open-scenario-speaker/{device_sn}/prebind` */
export interface V3PayDevicesOpenScenarioSpeaker_device_sn_Prebind extends NodeBase, Verbs<'v3/pay-devices/open-scenario-speaker/{device_sn}/prebind'> {
  /**
   * 出厂预绑定音箱和码牌
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/pay-devices/open-scenario-speaker/{device_sn}/prebind'>['postAsync'];
}

/** `v3/pay-devices/open-scenario-speaker/{device_sn}/unbind` */
export interface V3PayDevicesOpenScenarioSpeaker_device_sn_Unbind extends NodeBase, Verbs<'v3/pay-devices/open-scenario-speaker/{device_sn}/unbind'> {
  /**
   * 解绑音箱设备码牌
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/pay-devices/open-scenario-speaker/{device_sn}/unbind'>['postAsync'];
}

/** `v3/pay-devices/open-scenario-speakerorder` */
export interface V3PayDevicesOpenScenarioSpeakerorder extends NodeBase {
  _transaction_id_: V3PayDevicesOpenScenarioSpeakerorder_transaction_id_;
  '{transaction_id}': V3PayDevicesOpenScenarioSpeakerorder_transaction_id_;
}

/** `v3/pay-devices/open-scenario-speakerorder/{transaction_id}` */
export interface V3PayDevicesOpenScenarioSpeakerorder_transaction_id_ extends NodeBase {
  report: V3PayDevicesOpenScenarioSpeakerorder_transaction_id_Report;
}

/** `v3/pay-devices/open-scenario-speakerorder/{transaction_id}/report` */
export interface V3PayDevicesOpenScenarioSpeakerorder_transaction_id_Report extends NodeBase, Verbs<'v3/pay-devices/open-scenario-speakerorder/{transaction_id}/report'> {
  /**
   * 码牌支付结果上报
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/pay-devices/open-scenario-speakerorder/{transaction_id}/report'>['postAsync'];
}

/** `v3/pay-devices/printers` */
export interface V3PayDevicesPrinters extends NodeBase {
  _device_id_: V3PayDevicesPrinters_device_id_;
  '{device_id}': V3PayDevicesPrinters_device_id_;
}

/** `v3/pay-devices/printers/{device_id}` */
export interface V3PayDevicesPrinters_device_id_ extends NodeBase {
  printOrders: V3PayDevicesPrinters_device_id_PrintOrders;
}

/** `v3/pay-devices/printers/{device_id}/print-orders` */
export interface V3PayDevicesPrinters_device_id_PrintOrders extends NodeBase, Verbs<'v3/pay-devices/printers/{device_id}/print-orders'> {
  /**
   * 小票机打印
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/pay-devices/printers/{device_id}/print-orders'>['postAsync'];
  _print_order_no_: V3PayDevicesPrinters_device_id_PrintOrders_print_order_no_;
  '{print_order_no}': V3PayDevicesPrinters_device_id_PrintOrders_print_order_no_;
}

/** `v3/pay-devices/printers/{device_id}/print-orders/{print_order_no}` */
export interface V3PayDevicesPrinters_device_id_PrintOrders_print_order_no_ extends NodeBase, Verbs<'v3/pay-devices/printers/{device_id}/print-orders/{print_order_no}'> {
  /**
   * 查询订单
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/pay-devices/printers/{device_id}/print-orders/{print_order_no}'>['getAsync'];
}

/** `v3/pay/acquiring-bank` */
export interface V3PayAcquiringBank extends NodeBase {
  transactions: V3PayAcquiringBankTransactions;
}

/** `v3/pay/acquiring-bank/transactions` */
export interface V3PayAcquiringBankTransactions extends NodeBase {
  exposure: V3PayAcquiringBankTransactionsExposure;
}

/** `v3/pay/acquiring-bank/transactions/exposure` */
export interface V3PayAcquiringBankTransactionsExposure extends NodeBase, Verbs<'v3/pay/acquiring-bank/transactions/exposure'> {
  /**
   * 微信分付-支付方式前置服务
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/pay/acquiring-bank/transactions/exposure'>['postAsync'];
}

/** `v3/pay/instal` */
export interface V3PayInstal extends NodeBase {
  exposure: V3PayInstalExposure;
  partner: V3PayInstalPartner;
}

/** `v3/pay/instal/exposure` */
export interface V3PayInstalExposure extends NodeBase, Verbs<'v3/pay/instal/exposure'> {
  /**
   * 商户贴息-获取微信分付曝光建议
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/pay/instal/exposure'>['postAsync'];
}

/** `v3/pay/instal/partner` */
export interface V3PayInstalPartner extends NodeBase {
  exposure: V3PayInstalPartnerExposure;
}

/** `v3/pay/instal/partner/exposure` */
export interface V3PayInstalPartnerExposure extends NodeBase, Verbs<'v3/pay/instal/partner/exposure'> {
  /**
   * 商户贴息-获取微信分付曝光建议
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/pay/instal/partner/exposure'>['postAsync'];
}

/** `v3/pay/partner` */
export interface V3PayPartner extends NodeBase {
  transactions: V3PayPartnerTransactions;
}

/** `v3/pay/partner/transactions` */
export interface V3PayPartnerTransactions extends NodeBase {
  app: V3PayPartnerTransactionsApp;
  appWithContract: V3PayPartnerTransactionsAppWithContract;
  codepay: V3PayPartnerTransactionsCodepay;
  exposure: V3PayPartnerTransactionsExposure;
  h5: V3PayPartnerTransactionsH5;
  id: V3PayPartnerTransactionsId;
  jsapi: V3PayPartnerTransactionsJsapi;
  jsapiWithContract: V3PayPartnerTransactionsJsapiWithContract;
  miniprogram: V3PayPartnerTransactionsMiniprogram;
  native: V3PayPartnerTransactionsNative;
  outTradeNo: V3PayPartnerTransactionsOutTradeNo;
  scannedpos: V3PayPartnerTransactionsScannedpos;
}

/** `v3/pay/partner/transactions/app` */
export interface V3PayPartnerTransactionsApp extends NodeBase, Verbs<'v3/pay/partner/transactions/app'> {
  /**
   * APP下单API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transactions/chapter5_1.shtml | 官方文档}
   * @see {@link https://pay.weixin.qq.com/doc/v3/partner/4012523526 | 官方文档}
   */
  postAsync: Verbs<'v3/pay/partner/transactions/app'>['postAsync'];
}

/** `v3/pay/partner/transactions/app-with-contract` */
export interface V3PayPartnerTransactionsAppWithContract extends NodeBase, Verbs<'v3/pay/partner/transactions/app-with-contract'> {
  /**
   * APP下单并签约
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/pay/partner/transactions/app-with-contract'>['postAsync'];
}

/** `v3/pay/partner/transactions/codepay` */
export interface V3PayPartnerTransactionsCodepay extends NodeBase, Verbs<'v3/pay/partner/transactions/codepay'> {
  /**
   * 付款码支付
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/partner-code-payment-v3/partner/partner-code-pay.html | 官方文档}
   */
  postAsync: Verbs<'v3/pay/partner/transactions/codepay'>['postAsync'];
}

/** `v3/pay/partner/transactions/exposure` */
export interface V3PayPartnerTransactionsExposure extends NodeBase, Verbs<'v3/pay/partner/transactions/exposure'> {
  /**
   * 微信分付-支付方式前置服务
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/pay/partner/transactions/exposure'>['postAsync'];
}

/** `v3/pay/partner/transactions/h5` */
export interface V3PayPartnerTransactionsH5 extends NodeBase, Verbs<'v3/pay/partner/transactions/h5'> {
  /**
   * H5下单API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transactions/chapter5_4.shtml | 官方文档}
   * @see {@link https://pay.weixin.qq.com/doc/v3/partner/4012523544 | 官方文档}
   */
  postAsync: Verbs<'v3/pay/partner/transactions/h5'>['postAsync'];
}

/** `v3/pay/partner/transactions/id` */
export interface V3PayPartnerTransactionsId extends NodeBase {
  _transaction_id_: V3PayPartnerTransactionsId_transaction_id_;
  '{transaction_id}': V3PayPartnerTransactionsId_transaction_id_;
}

/** `v3/pay/partner/transactions/id/{transaction_id}` */
export interface V3PayPartnerTransactionsId_transaction_id_ extends NodeBase, Verbs<'v3/pay/partner/transactions/id/{transaction_id}'> {
  /**
   * 微信支付订单号查询
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/pay/partner/transactions/id/{transaction_id}'>['getAsync'];
}

/** `v3/pay/partner/transactions/jsapi` */
export interface V3PayPartnerTransactionsJsapi extends NodeBase, Verbs<'v3/pay/partner/transactions/jsapi'> {
  /**
   * JSAPI下单API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transactions/chapter5_2.shtml | 官方文档}
   * @see {@link https://pay.weixin.qq.com/doc/v3/partner/4012523579 | 官方文档}
   * @see {@link https://pay.weixin.qq.com/doc/v3/partner/4012523593 | 官方文档}
   */
  postAsync: Verbs<'v3/pay/partner/transactions/jsapi'>['postAsync'];
}

/** `v3/pay/partner/transactions/jsapi-with-contract` */
export interface V3PayPartnerTransactionsJsapiWithContract extends NodeBase, Verbs<'v3/pay/partner/transactions/jsapi-with-contract'> {
  /**
   * JSAPI下单并授权/签约
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/pay/partner/transactions/jsapi-with-contract'>['postAsync'];
}

/** `v3/pay/partner/transactions/miniprogram` */
export interface V3PayPartnerTransactionsMiniprogram extends NodeBase, Verbs<'v3/pay/partner/transactions/miniprogram'> {
  /**
   * 小程序支付下单
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/pay/partner/transactions/miniprogram'>['postAsync'];
}

/** `v3/pay/partner/transactions/native` */
export interface V3PayPartnerTransactionsNative extends NodeBase, Verbs<'v3/pay/partner/transactions/native'> {
  /**
   * Native下单API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transactions/chapter5_3.shtml | 官方文档}
   * @see {@link https://pay.weixin.qq.com/doc/v3/partner/4012523551 | 官方文档}
   */
  postAsync: Verbs<'v3/pay/partner/transactions/native'>['postAsync'];
}

/** `v3/pay/partner/transactions/out-trade-no` */
export interface V3PayPartnerTransactionsOutTradeNo extends NodeBase {
  _out_trade_no_: V3PayPartnerTransactionsOutTradeNo_out_trade_no_;
  '{out_trade_no}': V3PayPartnerTransactionsOutTradeNo_out_trade_no_;
}

/** `v3/pay/partner/transactions/out-trade-no/{out_trade_no}` */
export interface V3PayPartnerTransactionsOutTradeNo_out_trade_no_ extends NodeBase, Verbs<'v3/pay/partner/transactions/out-trade-no/{out_trade_no}'> {
  /**
   * 商户订单号查询
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/pay/partner/transactions/out-trade-no/{out_trade_no}'>['getAsync'];
  close: V3PayPartnerTransactionsOutTradeNo_out_trade_no_Close;
  reverse: V3PayPartnerTransactionsOutTradeNo_out_trade_no_Reverse;
}

/** `v3/pay/partner/transactions/out-trade-no/{out_trade_no}/close` */
export interface V3PayPartnerTransactionsOutTradeNo_out_trade_no_Close extends NodeBase, Verbs<'v3/pay/partner/transactions/out-trade-no/{out_trade_no}/close'> {
  /**
   * 关单API
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/pay/partner/transactions/out-trade-no/{out_trade_no}/close'>['postAsync'];
}

/** `v3/pay/partner/transactions/out-trade-no/{out_trade_no}/reverse` */
export interface V3PayPartnerTransactionsOutTradeNo_out_trade_no_Reverse extends NodeBase, Verbs<'v3/pay/partner/transactions/out-trade-no/{out_trade_no}/reverse'> {
  /**
   * 撤销
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/partner-code-payment-v3/partner/partner-reverse.html | 官方文档}
   */
  postAsync: Verbs<'v3/pay/partner/transactions/out-trade-no/{out_trade_no}/reverse'>['postAsync'];
}

/** `v3/pay/partner/transactions/scannedpos` */
export interface V3PayPartnerTransactionsScannedpos extends NodeBase, Verbs<'v3/pay/partner/transactions/scannedpos'> {
  /**
   * 扫码支付下单
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/partner-scannedpos-payment/partner-ap-iv3/parner-scanned-pos-prepay.html | 官方文档}
   */
  postAsync: Verbs<'v3/pay/partner/transactions/scannedpos'>['postAsync'];
}

/** `v3/pay/transactions` */
export interface V3PayTransactions extends NodeBase {
  app: V3PayTransactionsApp;
  appWithContract: V3PayTransactionsAppWithContract;
  codepay: V3PayTransactionsCodepay;
  exposure: V3PayTransactionsExposure;
  h5: V3PayTransactionsH5;
  id: V3PayTransactionsId;
  jsapi: V3PayTransactionsJsapi;
  jsapiWithContract: V3PayTransactionsJsapiWithContract;
  native: V3PayTransactionsNative;
  outTradeNo: V3PayTransactionsOutTradeNo;
}

/** `v3/pay/transactions/app` */
export interface V3PayTransactionsApp extends NodeBase, Verbs<'v3/pay/transactions/app'> {
  /**
   * APP下单API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transactions/chapter3_1.shtml | 官方文档}
   * @see {@link https://pay.weixin.qq.com/doc/v3/merchant/4012525136 | 官方文档}
   */
  postAsync: Verbs<'v3/pay/transactions/app'>['postAsync'];
}

/** `v3/pay/transactions/app-with-contract` */
export interface V3PayTransactionsAppWithContract extends NodeBase, Verbs<'v3/pay/transactions/app-with-contract'> {
  /**
   * APP下单并签约
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/pay/transactions/app-with-contract'>['postAsync'];
}

/** `v3/pay/transactions/codepay` */
export interface V3PayTransactionsCodepay extends NodeBase, Verbs<'v3/pay/transactions/codepay'> {
  /**
   * 付款码支付
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/code-payment-v3/direct/code-pay.html | 官方文档}
   */
  postAsync: Verbs<'v3/pay/transactions/codepay'>['postAsync'];
}

/** `v3/pay/transactions/exposure` */
export interface V3PayTransactionsExposure extends NodeBase, Verbs<'v3/pay/transactions/exposure'> {
  /**
   * 微信分付-支付方式前置服务
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/pay/transactions/exposure'>['postAsync'];
}

/** `v3/pay/transactions/h5` */
export interface V3PayTransactionsH5 extends NodeBase, Verbs<'v3/pay/transactions/h5'> {
  /**
   * H5下单API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transactions/chapter3_4.shtml | 官方文档}
   * @see {@link https://pay.weixin.qq.com/doc/v3/merchant/4012525153 | 官方文档}
   */
  postAsync: Verbs<'v3/pay/transactions/h5'>['postAsync'];
}

/** `v3/pay/transactions/id` */
export interface V3PayTransactionsId extends NodeBase {
  _transaction_id_: V3PayTransactionsId_transaction_id_;
  '{transaction_id}': V3PayTransactionsId_transaction_id_;
}

/** `v3/pay/transactions/id/{transaction_id}` */
export interface V3PayTransactionsId_transaction_id_ extends NodeBase, Verbs<'v3/pay/transactions/id/{transaction_id}'> {
  /**
   * 微信支付订单号查询
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/pay/transactions/id/{transaction_id}'>['getAsync'];
}

/** `v3/pay/transactions/jsapi` */
export interface V3PayTransactionsJsapi extends NodeBase, Verbs<'v3/pay/transactions/jsapi'> {
  /**
   * JSAPI下单API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transactions/chapter3_2.shtml | 官方文档}
   * @see {@link https://pay.weixin.qq.com/doc/v3/merchant/4012525167 | 官方文档}
   * @see {@link https://pay.weixin.qq.com/doc/v3/merchant/4012525182 | 官方文档}
   */
  postAsync: Verbs<'v3/pay/transactions/jsapi'>['postAsync'];
}

/** `v3/pay/transactions/jsapi-with-contract` */
export interface V3PayTransactionsJsapiWithContract extends NodeBase, Verbs<'v3/pay/transactions/jsapi-with-contract'> {
  /**
   * JSAPI下单并授权/签约
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/pay/transactions/jsapi-with-contract'>['postAsync'];
}

/** `v3/pay/transactions/native` */
export interface V3PayTransactionsNative extends NodeBase, Verbs<'v3/pay/transactions/native'> {
  /**
   * Native下单API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transactions/chapter3_3.shtml | 官方文档}
   * @see {@link https://pay.weixin.qq.com/doc/v3/merchant/4012525171 | 官方文档}
   */
  postAsync: Verbs<'v3/pay/transactions/native'>['postAsync'];
}

/** `v3/pay/transactions/out-trade-no` */
export interface V3PayTransactionsOutTradeNo extends NodeBase {
  _out_trade_no_: V3PayTransactionsOutTradeNo_out_trade_no_;
  '{out_trade_no}': V3PayTransactionsOutTradeNo_out_trade_no_;
}

/** `v3/pay/transactions/out-trade-no/{out_trade_no}` */
export interface V3PayTransactionsOutTradeNo_out_trade_no_ extends NodeBase, Verbs<'v3/pay/transactions/out-trade-no/{out_trade_no}'> {
  /**
   * 商户订单号查询
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/pay/transactions/out-trade-no/{out_trade_no}'>['getAsync'];
  close: V3PayTransactionsOutTradeNo_out_trade_no_Close;
  reverse: V3PayTransactionsOutTradeNo_out_trade_no_Reverse;
}

/** `v3/pay/transactions/out-trade-no/{out_trade_no}/close` */
export interface V3PayTransactionsOutTradeNo_out_trade_no_Close extends NodeBase, Verbs<'v3/pay/transactions/out-trade-no/{out_trade_no}/close'> {
  /**
   * 关单API
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/pay/transactions/out-trade-no/{out_trade_no}/close'>['postAsync'];
}

/** `v3/pay/transactions/out-trade-no/{out_trade_no}/reverse` */
export interface V3PayTransactionsOutTradeNo_out_trade_no_Reverse extends NodeBase, Verbs<'v3/pay/transactions/out-trade-no/{out_trade_no}/reverse'> {
  /**
   * 撤销
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/code-payment-v3/direct/reverse.html | 官方文档}
   */
  postAsync: Verbs<'v3/pay/transactions/out-trade-no/{out_trade_no}/reverse'>['postAsync'];
}

/** `v3/payroll-card` */
export interface V3PayrollCard extends NodeBase {
  authentications: V3PayrollCardAuthentications;
  relations: V3PayrollCardRelations;
  tokens: V3PayrollCardTokens;
  transferBatches: V3PayrollCardTransferBatches;
  wesure: V3PayrollCardWesure;
}

/** `v3/payroll-card/authentications` */
export interface V3PayrollCardAuthentications extends NodeBase, Verbs<'v3/payroll-card/authentications'> {
  /**
   * 查询核身记录API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_1_5.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/payroll-card/authentications'>['getAsync'];
  preOrder: V3PayrollCardAuthenticationsPreOrder;
  preOrderWithAuth: V3PayrollCardAuthenticationsPreOrderWithAuth;
  _authenticate_number_: V3PayrollCardAuthentications_authenticate_number_;
  '{authenticate_number}': V3PayrollCardAuthentications_authenticate_number_;
}

/** `v3/payroll-card/authentications/pre-order` */
export interface V3PayrollCardAuthenticationsPreOrder extends NodeBase, Verbs<'v3/payroll-card/authentications/pre-order'> {
  /**
   * 微工卡核身预下单API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_1_3.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/payroll-card/authentications/pre-order'>['postAsync'];
}

/** `v3/payroll-card/authentications/pre-order-with-auth` */
export interface V3PayrollCardAuthenticationsPreOrderWithAuth extends NodeBase, Verbs<'v3/payroll-card/authentications/pre-order-with-auth'> {
  /**
   * 微工卡核身预下单（流程中完成授权）
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_1_29.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/payroll-card/authentications/pre-order-with-auth'>['postAsync'];
}

/** `v3/payroll-card/authentications/{authenticate_number}` */
export interface V3PayrollCardAuthentications_authenticate_number_ extends NodeBase, Verbs<'v3/payroll-card/authentications/{authenticate_number}'> {
  /**
   * 获取核身结果API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_1_4.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/payroll-card/authentications/{authenticate_number}'>['getAsync'];
}

/** `v3/payroll-card/relations` */
export interface V3PayrollCardRelations extends NodeBase {
  _openid_: V3PayrollCardRelations_openid_;
  '{openid}': V3PayrollCardRelations_openid_;
}

/** `v3/payroll-card/relations/{openid}` */
export interface V3PayrollCardRelations_openid_ extends NodeBase, Verbs<'v3/payroll-card/relations/{openid}'> {
  /**
   * 查询微工卡授权关系API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_1_2.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/payroll-card/relations/{openid}'>['getAsync'];
}

/** `v3/payroll-card/tokens` */
export interface V3PayrollCardTokens extends NodeBase, Verbs<'v3/payroll-card/tokens'> {
  /**
   * 生成授权token API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_1_1.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/payroll-card/tokens'>['postAsync'];
}

/** `v3/payroll-card/transfer-batches` */
export interface V3PayrollCardTransferBatches extends NodeBase, Verbs<'v3/payroll-card/transfer-batches'> {
  /**
   * 发起批量转账API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_1_6.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/payroll-card/transfer-batches'>['postAsync'];
}

/** `v3/payroll-card/wesure` */
export interface V3PayrollCardWesure extends NodeBase {
  insurance: V3PayrollCardWesureInsurance;
  tokenValidations: V3PayrollCardWesureTokenValidations;
}

/** `v3/payroll-card/wesure/insurance` */
export interface V3PayrollCardWesureInsurance extends NodeBase, Verbs<'v3/payroll-card/wesure/insurance'> {
  /**
   * 生成投保结果API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_1_32.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/payroll-card/wesure/insurance'>['postAsync'];
}

/** `v3/payroll-card/wesure/token-validations` */
export interface V3PayrollCardWesureTokenValidations extends NodeBase, Verbs<'v3/payroll-card/wesure/token-validations'> {
  /**
   * 校验核身结果API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_1_31.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/payroll-card/wesure/token-validations'>['postAsync'];
}

/** `v3/payscore` */
export interface V3Payscore extends NodeBase {
  acquiringbank: V3PayscoreAcquiringbank;
  merchantBill: V3PayscoreMerchantBill;
  oversea: V3PayscoreOversea;
  partner: V3PayscorePartner;
  payafterOrders: V3PayscorePayafterOrders;
  permissions: V3PayscorePermissions;
  plan: V3PayscorePlan;
  serviceorder: V3PayscoreServiceorder;
  servicepayondeliveryorder: V3PayscoreServicepayondeliveryorder;
  signPlan: V3PayscoreSignPlan;
  smartretailOrders: V3PayscoreSmartretailOrders;
  userServiceState: V3PayscoreUserServiceState;
  users: V3PayscoreUsers;
}

/** `v3/payscore/acquiringbank` */
export interface V3PayscoreAcquiringbank extends NodeBase {
  permissions: V3PayscoreAcquiringbankPermissions;
  serviceorder: V3PayscoreAcquiringbankServiceorder;
  servicepayondeliveryorder: V3PayscoreAcquiringbankServicepayondeliveryorder;
}

/** `v3/payscore/acquiringbank/permissions` */
export interface V3PayscoreAcquiringbankPermissions extends NodeBase, Verbs<'v3/payscore/acquiringbank/permissions'> {
  /**
   * 从业机构预授权
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/partner-institution-weixin-pay-score/acquiring-bank-service-auth/apply-acquiring-bank-permissions.html | 官方文档}
   */
  postAsync: Verbs<'v3/payscore/acquiringbank/permissions'>['postAsync'];
  authorizationCode: V3PayscoreAcquiringbankPermissionsAuthorizationCode;
}

/** `v3/payscore/acquiringbank/permissions/authorization-code` */
export interface V3PayscoreAcquiringbankPermissionsAuthorizationCode extends NodeBase {
  _authorization_code_: V3PayscoreAcquiringbankPermissionsAuthorizationCode_authorization_code_;
  '{authorization_code}': V3PayscoreAcquiringbankPermissionsAuthorizationCode_authorization_code_;
}

/** `v3/payscore/acquiringbank/permissions/authorization-code/{authorization_code}` */
export interface V3PayscoreAcquiringbankPermissionsAuthorizationCode_authorization_code_ extends NodeBase, Verbs<'v3/payscore/acquiringbank/permissions/authorization-code/{authorization_code}'> {
  /**
   * 从业机构查询与用户授权记录（授权协议号）
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/partner-institution-weixin-pay-score/acquiring-bank-service-auth/get-acquiring-bank-permissions-by-code.html | 官方文档}
   */
  getAsync: Verbs<'v3/payscore/acquiringbank/permissions/authorization-code/{authorization_code}'>['getAsync'];
  terminate: V3PayscoreAcquiringbankPermissionsAuthorizationCode_authorization_code_Terminate;
}

/** `v3/payscore/acquiringbank/permissions/authorization-code/{authorization_code}/terminate` */
export interface V3PayscoreAcquiringbankPermissionsAuthorizationCode_authorization_code_Terminate extends NodeBase, Verbs<'v3/payscore/acquiringbank/permissions/authorization-code/{authorization_code}/terminate'> {
  /**
   * 从业机构解除用户授权关系（授权协议号）
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/partner-institution-weixin-pay-score/acquiring-bank-service-auth/terminate-acquiring-bank-permissions-by-code.html | 官方文档}
   */
  postAsync: Verbs<'v3/payscore/acquiringbank/permissions/authorization-code/{authorization_code}/terminate'>['postAsync'];
}

/** `v3/payscore/acquiringbank/serviceorder` */
export interface V3PayscoreAcquiringbankServiceorder extends NodeBase, Verbs<'v3/payscore/acquiringbank/serviceorder'> {
  /**
   * 从业机构查询微信支付分订单
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/payscore/acquiringbank/serviceorder'>['getAsync'];
  /**
   * 从业机构创建微信支付分订单
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/payscore/acquiringbank/serviceorder'>['postAsync'];
  deduction: V3PayscoreAcquiringbankServiceorderDeduction;
  _out_order_no_: V3PayscoreAcquiringbankServiceorder_out_order_no_;
  '{out_order_no}': V3PayscoreAcquiringbankServiceorder_out_order_no_;
}

/** `v3/payscore/acquiringbank/serviceorder/deduction` */
export interface V3PayscoreAcquiringbankServiceorderDeduction extends NodeBase, Verbs<'v3/payscore/acquiringbank/serviceorder/deduction'> {
  /**
   * 从业机构查询微信支付分扣款信息
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/partner-institution-weixin-pay-score/acquiring-bank-service-order/get-acquiring-bank-deduct-info.html | 官方文档}
   */
  getAsync: Verbs<'v3/payscore/acquiringbank/serviceorder/deduction'>['getAsync'];
}

/** `v3/payscore/acquiringbank/serviceorder/{out_order_no}` */
export interface V3PayscoreAcquiringbankServiceorder_out_order_no_ extends NodeBase {
  cancel: V3PayscoreAcquiringbankServiceorder_out_order_no_Cancel;
  complete: V3PayscoreAcquiringbankServiceorder_out_order_no_Complete;
  modify: V3PayscoreAcquiringbankServiceorder_out_order_no_Modify;
  registerdeductinfo: V3PayscoreAcquiringbankServiceorder_out_order_no_Registerdeductinfo;
  sync: V3PayscoreAcquiringbankServiceorder_out_order_no_Sync;
}

/** `v3/payscore/acquiringbank/serviceorder/{out_order_no}/cancel` */
export interface V3PayscoreAcquiringbankServiceorder_out_order_no_Cancel extends NodeBase, Verbs<'v3/payscore/acquiringbank/serviceorder/{out_order_no}/cancel'> {
  /**
   * 从业机构取消微信支付分订单
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/partner-institution-weixin-pay-score/acquiring-bank-service-order/cancel-acquiring-bank-service-order.html | 官方文档}
   */
  postAsync: Verbs<'v3/payscore/acquiringbank/serviceorder/{out_order_no}/cancel'>['postAsync'];
}

/** `v3/payscore/acquiringbank/serviceorder/{out_order_no}/complete` */
export interface V3PayscoreAcquiringbankServiceorder_out_order_no_Complete extends NodeBase, Verbs<'v3/payscore/acquiringbank/serviceorder/{out_order_no}/complete'> {
  /**
   * 从业机构完结微信支付分订单
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/partner-institution-weixin-pay-score/acquiring-bank-service-order/complete-acquiring-bank-service-order.html | 官方文档}
   */
  postAsync: Verbs<'v3/payscore/acquiringbank/serviceorder/{out_order_no}/complete'>['postAsync'];
}

/** `v3/payscore/acquiringbank/serviceorder/{out_order_no}/modify` */
export interface V3PayscoreAcquiringbankServiceorder_out_order_no_Modify extends NodeBase, Verbs<'v3/payscore/acquiringbank/serviceorder/{out_order_no}/modify'> {
  /**
   * 从业机构修改微信支付分订单金额
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/partner-institution-weixin-pay-score/acquiring-bank-service-order/modify-acquiring-bank-service-order.html | 官方文档}
   */
  postAsync: Verbs<'v3/payscore/acquiringbank/serviceorder/{out_order_no}/modify'>['postAsync'];
}

/** `v3/payscore/acquiringbank/serviceorder/{out_order_no}/registerdeductinfo` */
export interface V3PayscoreAcquiringbankServiceorder_out_order_no_Registerdeductinfo extends NodeBase, Verbs<'v3/payscore/acquiringbank/serviceorder/{out_order_no}/registerdeductinfo'> {
  /**
   * 从业机构登记微信支付分扣款信息
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/payscore/acquiringbank/serviceorder/{out_order_no}/registerdeductinfo'>['postAsync'];
}

/** `v3/payscore/acquiringbank/serviceorder/{out_order_no}/sync` */
export interface V3PayscoreAcquiringbankServiceorder_out_order_no_Sync extends NodeBase, Verbs<'v3/payscore/acquiringbank/serviceorder/{out_order_no}/sync'> {
  /**
   * 从业机构同步微信支付分订单信息
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/partner-institution-weixin-pay-score/acquiring-bank-service-order/sync-acquiring-bank-service-order.html | 官方文档}
   */
  postAsync: Verbs<'v3/payscore/acquiringbank/serviceorder/{out_order_no}/sync'>['postAsync'];
}

/** `v3/payscore/acquiringbank/servicepayondeliveryorder` */
export interface V3PayscoreAcquiringbankServicepayondeliveryorder extends NodeBase, Verbs<'v3/payscore/acquiringbank/servicepayondeliveryorder'> {
  /**
   * 从业机构创建先用后付订单
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/payscore/acquiringbank/servicepayondeliveryorder'>['postAsync'];
}

/** `v3/payscore/merchant-bill` */
export interface V3PayscoreMerchantBill extends NodeBase, Verbs<'v3/payscore/merchant-bill'> {
  /**
   * 商户申请获取对账单API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter6_1_29.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/payscore/merchant-bill'>['getAsync'];
}

/** `v3/payscore/oversea` */
export interface V3PayscoreOversea extends NodeBase {
  partner: V3PayscoreOverseaPartner;
}

/** `v3/payscore/oversea/partner` */
export interface V3PayscoreOverseaPartner extends NodeBase {
  serviceorder: V3PayscoreOverseaPartnerServiceorder;
}

/** `v3/payscore/oversea/partner/serviceorder` */
export interface V3PayscoreOverseaPartnerServiceorder extends NodeBase, Verbs<'v3/payscore/oversea/partner/serviceorder'> {
  /**
   * 查询支付分订单
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/payscore/oversea/partner/serviceorder'>['getAsync'];
  /**
   * 创建支付分订单
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/payscore/oversea/partner/serviceorder'>['postAsync'];
  _out_order_no_: V3PayscoreOverseaPartnerServiceorder_out_order_no_;
  '{out_order_no}': V3PayscoreOverseaPartnerServiceorder_out_order_no_;
}

/** `v3/payscore/oversea/partner/serviceorder/{out_order_no}` */
export interface V3PayscoreOverseaPartnerServiceorder_out_order_no_ extends NodeBase {
  cancel: V3PayscoreOverseaPartnerServiceorder_out_order_no_Cancel;
  complete: V3PayscoreOverseaPartnerServiceorder_out_order_no_Complete;
  sync: V3PayscoreOverseaPartnerServiceorder_out_order_no_Sync;
}

/** `v3/payscore/oversea/partner/serviceorder/{out_order_no}/cancel` */
export interface V3PayscoreOverseaPartnerServiceorder_out_order_no_Cancel extends NodeBase, Verbs<'v3/payscore/oversea/partner/serviceorder/{out_order_no}/cancel'> {
  /**
   * 取消支付分订单
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/payscore/oversea/partner/serviceorder/{out_order_no}/cancel'>['postAsync'];
}

/** `v3/payscore/oversea/partner/serviceorder/{out_order_no}/complete` */
export interface V3PayscoreOverseaPartnerServiceorder_out_order_no_Complete extends NodeBase, Verbs<'v3/payscore/oversea/partner/serviceorder/{out_order_no}/complete'> {
  /**
   * 完结支付分订单
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/payscore/oversea/partner/serviceorder/{out_order_no}/complete'>['postAsync'];
}

/** `v3/payscore/oversea/partner/serviceorder/{out_order_no}/sync` */
export interface V3PayscoreOverseaPartnerServiceorder_out_order_no_Sync extends NodeBase, Verbs<'v3/payscore/oversea/partner/serviceorder/{out_order_no}/sync'> {
  /**
   * 同步支付分订单信息
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/payscore/oversea/partner/serviceorder/{out_order_no}/sync'>['postAsync'];
}

/** `v3/payscore/partner` */
export interface V3PayscorePartner extends NodeBase {
  permissions: V3PayscorePartnerPermissions;
  serviceAccountApplications: V3PayscorePartnerServiceAccountApplications;
  serviceorder: V3PayscorePartnerServiceorder;
  servicepayondeliveryorder: V3PayscorePartnerServicepayondeliveryorder;
  servicequotas: V3PayscorePartnerServicequotas;
}

/** `v3/payscore/partner/permissions` */
export interface V3PayscorePartnerPermissions extends NodeBase, Verbs<'v3/payscore/partner/permissions'> {
  /**
   * 商户预授权API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter6_2_18.shtml | 官方文档}
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/partner-weixin-pay-score/partner-service-auth/apply-partner-permissions.html | 官方文档}
   */
  postAsync: Verbs<'v3/payscore/partner/permissions'>['postAsync'];
  applyForScene: V3PayscorePartnerPermissionsApplyForScene;
  assessUserRiskLevel: V3PayscorePartnerPermissionsAssessUserRiskLevel;
  authorizationCode: V3PayscorePartnerPermissionsAuthorizationCode;
  search: V3PayscorePartnerPermissionsSearch;
  terminate: V3PayscorePartnerPermissionsTerminate;
}

/** `v3/payscore/partner/permissions/apply-for-scene` */
export interface V3PayscorePartnerPermissionsApplyForScene extends NodeBase, Verbs<'v3/payscore/partner/permissions/apply-for-scene'> {
  /**
   * 服务商场景中预授权
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/partner-weixin-pay-score/partner-service-auth/scene-apply-partner-permissions.html | 官方文档}
   */
  postAsync: Verbs<'v3/payscore/partner/permissions/apply-for-scene'>['postAsync'];
}

/** `v3/payscore/partner/permissions/assess-user-risk-level` */
export interface V3PayscorePartnerPermissionsAssessUserRiskLevel extends NodeBase, Verbs<'v3/payscore/partner/permissions/assess-user-risk-level'> {
  /**
   * 服务商评估用户分层
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/partner-weixin-pay-score/partner-service-auth/assess-partner-user-risk-level.html | 官方文档}
   */
  postAsync: Verbs<'v3/payscore/partner/permissions/assess-user-risk-level'>['postAsync'];
}

/** `v3/payscore/partner/permissions/authorization-code` */
export interface V3PayscorePartnerPermissionsAuthorizationCode extends NodeBase {
  _authorization_code_: V3PayscorePartnerPermissionsAuthorizationCode_authorization_code_;
  '{authorization_code}': V3PayscorePartnerPermissionsAuthorizationCode_authorization_code_;
}

/** `v3/payscore/partner/permissions/authorization-code/{authorization_code}` */
export interface V3PayscorePartnerPermissionsAuthorizationCode_authorization_code_ extends NodeBase, Verbs<'v3/payscore/partner/permissions/authorization-code/{authorization_code}'> {
  /**
   * 查询与用户授权记录（授权协议号）API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter6_2_19.shtml | 官方文档}
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/partner-weixin-pay-score/partner-service-auth/get-partner-permissions-by-code.html | 官方文档}
   */
  getAsync: Verbs<'v3/payscore/partner/permissions/authorization-code/{authorization_code}'>['getAsync'];
  terminate: V3PayscorePartnerPermissionsAuthorizationCode_authorization_code_Terminate;
}

/** `v3/payscore/partner/permissions/authorization-code/{authorization_code}/terminate` */
export interface V3PayscorePartnerPermissionsAuthorizationCode_authorization_code_Terminate extends NodeBase, Verbs<'v3/payscore/partner/permissions/authorization-code/{authorization_code}/terminate'> {
  /**
   * 解除用户授权关系（授权协议号）API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter6_2_20.shtml | 官方文档}
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/partner-weixin-pay-score/partner-service-auth/terminate-partner-permissions-by-code.html | 官方文档}
   */
  postAsync: Verbs<'v3/payscore/partner/permissions/authorization-code/{authorization_code}/terminate'>['postAsync'];
}

/** `v3/payscore/partner/permissions/search` */
export interface V3PayscorePartnerPermissionsSearch extends NodeBase, Verbs<'v3/payscore/partner/permissions/search'> {
  /**
   * 查询与用户授权记录（openid）API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter6_2_21.shtml | 官方文档}
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/partner-weixin-pay-score/partner-service-auth/get-partner-permissions-by-open-id.html | 官方文档}
   */
  getAsync: Verbs<'v3/payscore/partner/permissions/search'>['getAsync'];
}

/** `v3/payscore/partner/permissions/terminate` */
export interface V3PayscorePartnerPermissionsTerminate extends NodeBase, Verbs<'v3/payscore/partner/permissions/terminate'> {
  /**
   * 解除用户授权关系（openid）API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter6_2_22.shtml | 官方文档}
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/partner-weixin-pay-score/partner-service-auth/terminate-partner-permissions-by-open-id.html | 官方文档}
   */
  postAsync: Verbs<'v3/payscore/partner/permissions/terminate'>['postAsync'];
}

/** `v3/payscore/partner/service-account-applications` */
export interface V3PayscorePartnerServiceAccountApplications extends NodeBase, Verbs<'v3/payscore/partner/service-account-applications'> {
  /**
   * 收付通子商户申请绑定支付分服务
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter6_2_13.shtml | 官方文档}
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/partner-weixin-pay-score/partner-service-account/create-service-account-application.html | 官方文档}
   */
  postAsync: Verbs<'v3/payscore/partner/service-account-applications'>['postAsync'];
  _out_apply_no_: V3PayscorePartnerServiceAccountApplications_out_apply_no_;
  '{out_apply_no}': V3PayscorePartnerServiceAccountApplications_out_apply_no_;
}

/** `v3/payscore/partner/service-account-applications/{out_apply_no}` */
export interface V3PayscorePartnerServiceAccountApplications_out_apply_no_ extends NodeBase, Verbs<'v3/payscore/partner/service-account-applications/{out_apply_no}'> {
  /**
   * 查询收付通子商户服务绑定结果
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter6_2_14.shtml | 官方文档}
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/partner-weixin-pay-score/partner-service-account/get-service-account-application.html | 官方文档}
   */
  getAsync: Verbs<'v3/payscore/partner/service-account-applications/{out_apply_no}'>['getAsync'];
}

/** `v3/payscore/partner/serviceorder` */
export interface V3PayscorePartnerServiceorder extends NodeBase, Verbs<'v3/payscore/partner/serviceorder'> {
  /**
   * 查询支付分订单
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/payscore/partner/serviceorder'>['getAsync'];
  /**
   * 创建支付分订单
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/payscore/partner/serviceorder'>['postAsync'];
  directComplete: V3PayscorePartnerServiceorderDirectComplete;
  _out_order_no_: V3PayscorePartnerServiceorder_out_order_no_;
  '{out_order_no}': V3PayscorePartnerServiceorder_out_order_no_;
}

/** `v3/payscore/partner/serviceorder/direct-complete` */
export interface V3PayscorePartnerServiceorderDirectComplete extends NodeBase, Verbs<'v3/payscore/partner/serviceorder/direct-complete'> {
  /**
   * 创单结单合并API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter6_2_8.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/payscore/partner/serviceorder/direct-complete'>['postAsync'];
}

/** `v3/payscore/partner/serviceorder/{out_order_no}` */
export interface V3PayscorePartnerServiceorder_out_order_no_ extends NodeBase {
  cancel: V3PayscorePartnerServiceorder_out_order_no_Cancel;
  complete: V3PayscorePartnerServiceorder_out_order_no_Complete;
  modify: V3PayscorePartnerServiceorder_out_order_no_Modify;
  pay: V3PayscorePartnerServiceorder_out_order_no_Pay;
  sendPendingmessage: V3PayscorePartnerServiceorder_out_order_no_SendPendingmessage;
  sendPrepaidmessage: V3PayscorePartnerServiceorder_out_order_no_SendPrepaidmessage;
  sync: V3PayscorePartnerServiceorder_out_order_no_Sync;
}

/** `v3/payscore/partner/serviceorder/{out_order_no}/cancel` */
export interface V3PayscorePartnerServiceorder_out_order_no_Cancel extends NodeBase, Verbs<'v3/payscore/partner/serviceorder/{out_order_no}/cancel'> {
  /**
   * 取消支付分订单API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter6_2_3.shtml | 官方文档}
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/partner-weixin-pay-score/partner-service-order/cancel-partner-service-order.html | 官方文档}
   */
  postAsync: Verbs<'v3/payscore/partner/serviceorder/{out_order_no}/cancel'>['postAsync'];
}

/** `v3/payscore/partner/serviceorder/{out_order_no}/complete` */
export interface V3PayscorePartnerServiceorder_out_order_no_Complete extends NodeBase, Verbs<'v3/payscore/partner/serviceorder/{out_order_no}/complete'> {
  /**
   * 完结支付分订单API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/doc/v3/partner/4012692408 | 官方文档}
   * @see {@link https://pay.weixin.qq.com/doc/v3/partner/4013138598 | 官方文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter6_2_5.shtml | 官方文档}
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/partner-weixin-pay-score/partner-service-order/complete-partner-service-order.html | 官方文档}
   */
  postAsync: Verbs<'v3/payscore/partner/serviceorder/{out_order_no}/complete'>['postAsync'];
}

/** `v3/payscore/partner/serviceorder/{out_order_no}/modify` */
export interface V3PayscorePartnerServiceorder_out_order_no_Modify extends NodeBase, Verbs<'v3/payscore/partner/serviceorder/{out_order_no}/modify'> {
  /**
   * 修改订单金额API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/doc/v3/partner/4012692360 | 官方文档}
   * @see {@link https://pay.weixin.qq.com/doc/v3/partner/4013138819 | 官方文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter6_2_4.shtml | 官方文档}
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/partner-weixin-pay-score/partner-service-order/modify-partner-service-order.html | 官方文档}
   */
  postAsync: Verbs<'v3/payscore/partner/serviceorder/{out_order_no}/modify'>['postAsync'];
}

/** `v3/payscore/partner/serviceorder/{out_order_no}/pay` */
export interface V3PayscorePartnerServiceorder_out_order_no_Pay extends NodeBase, Verbs<'v3/payscore/partner/serviceorder/{out_order_no}/pay'> {
  /**
   * 商户发起催收扣款API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter6_2_6.shtml | 官方文档}
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/partner-weixin-pay-score/partner-service-order/collect-partner-service-order.html | 官方文档}
   */
  postAsync: Verbs<'v3/payscore/partner/serviceorder/{out_order_no}/pay'>['postAsync'];
}

/** `v3/payscore/partner/serviceorder/{out_order_no}/send-pendingmessage` */
export interface V3PayscorePartnerServiceorder_out_order_no_SendPendingmessage extends NodeBase, Verbs<'v3/payscore/partner/serviceorder/{out_order_no}/send-pendingmessage'> {
  /**
   * 下发服务费用待处理消息
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/partner-weixin-pay-score/partner-service-order/send-partner-order-pending-message.html | 官方文档}
   */
  postAsync: Verbs<'v3/payscore/partner/serviceorder/{out_order_no}/send-pendingmessage'>['postAsync'];
}

/** `v3/payscore/partner/serviceorder/{out_order_no}/send-prepaidmessage` */
export interface V3PayscorePartnerServiceorder_out_order_no_SendPrepaidmessage extends NodeBase, Verbs<'v3/payscore/partner/serviceorder/{out_order_no}/send-prepaidmessage'> {
  /**
   * 下发服务预扣费消息
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/partner-weixin-pay-score/partner-service-order/send-partner-order-prepaid-message.html | 官方文档}
   */
  postAsync: Verbs<'v3/payscore/partner/serviceorder/{out_order_no}/send-prepaidmessage'>['postAsync'];
}

/** `v3/payscore/partner/serviceorder/{out_order_no}/sync` */
export interface V3PayscorePartnerServiceorder_out_order_no_Sync extends NodeBase, Verbs<'v3/payscore/partner/serviceorder/{out_order_no}/sync'> {
  /**
   * 同步订单信息API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter6_2_7.shtml | 官方文档}
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/partner-weixin-pay-score/partner-service-order/sync-partner-service-order.html | 官方文档}
   */
  postAsync: Verbs<'v3/payscore/partner/serviceorder/{out_order_no}/sync'>['postAsync'];
}

/** `v3/payscore/partner/servicepayondeliveryorder` */
export interface V3PayscorePartnerServicepayondeliveryorder extends NodeBase, Verbs<'v3/payscore/partner/servicepayondeliveryorder'> {
  /**
   * 创建先用后付订单
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/partner-weixin-pay-score/partner-service-order/create-partner-pay-on-delivery-service-order.html | 官方文档}
   */
  postAsync: Verbs<'v3/payscore/partner/servicepayondeliveryorder'>['postAsync'];
}

/** `v3/payscore/partner/servicequotas` */
export interface V3PayscorePartnerServicequotas extends NodeBase {
  serviceId: V3PayscorePartnerServicequotasServiceId;
}

/** `v3/payscore/partner/servicequotas/service-id` */
export interface V3PayscorePartnerServicequotasServiceId extends NodeBase {
  _service_id_: V3PayscorePartnerServicequotasServiceId_service_id_;
  '{service_id}': V3PayscorePartnerServicequotasServiceId_service_id_;
}

/** `v3/payscore/partner/servicequotas/service-id/{service_id}` */
export interface V3PayscorePartnerServicequotasServiceId_service_id_ extends NodeBase, Verbs<'v3/payscore/partner/servicequotas/service-id/{service_id}'> {
  /**
   * 查询用户分层对应建议先享金额
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/partner-weixin-pay-score/service-quota/get-partner-user-risk-level-quota.html | 官方文档}
   */
  getAsync: Verbs<'v3/payscore/partner/servicequotas/service-id/{service_id}'>['getAsync'];
}

/** `v3/payscore/payafter-orders` */
export interface V3PayscorePayafterOrders extends NodeBase, Verbs<'v3/payscore/payafter-orders'> {
  /**
   * 查询先享后付订单
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=17_2&index=4 | 官方文档}
   */
  getAsync: Verbs<'v3/payscore/payafter-orders'>['getAsync'];
  /**
   * 创建先享后付订单
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=17_1&index=3 | 官方文档}
   */
  postAsync: Verbs<'v3/payscore/payafter-orders'>['postAsync'];
  _out_order_no_: V3PayscorePayafterOrders_out_order_no_;
  '{out_order_no}': V3PayscorePayafterOrders_out_order_no_;
}

/** `v3/payscore/payafter-orders/{out_order_no}` */
export interface V3PayscorePayafterOrders_out_order_no_ extends NodeBase {
  cancel: V3PayscorePayafterOrders_out_order_no_Cancel;
  complete: V3PayscorePayafterOrders_out_order_no_Complete;
  sync: V3PayscorePayafterOrders_out_order_no_Sync;
}

/** `v3/payscore/payafter-orders/{out_order_no}/cancel` */
export interface V3PayscorePayafterOrders_out_order_no_Cancel extends NodeBase, Verbs<'v3/payscore/payafter-orders/{out_order_no}/cancel'> {
  /**
   * 撤销先享后付订单
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=17_3&index=5 | 官方文档}
   */
  postAsync: Verbs<'v3/payscore/payafter-orders/{out_order_no}/cancel'>['postAsync'];
}

/** `v3/payscore/payafter-orders/{out_order_no}/complete` */
export interface V3PayscorePayafterOrders_out_order_no_Complete extends NodeBase, Verbs<'v3/payscore/payafter-orders/{out_order_no}/complete'> {
  /**
   * 完结先享后付订单
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=17_4&index=6 | 官方文档}
   */
  postAsync: Verbs<'v3/payscore/payafter-orders/{out_order_no}/complete'>['postAsync'];
}

/** `v3/payscore/payafter-orders/{out_order_no}/sync` */
export interface V3PayscorePayafterOrders_out_order_no_Sync extends NodeBase, Verbs<'v3/payscore/payafter-orders/{out_order_no}/sync'> {
  /**
   * 支付分订单同步
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=24_1&index=1 | 官方文档}
   */
  postAsync: Verbs<'v3/payscore/payafter-orders/{out_order_no}/sync'>['postAsync'];
}

/** `v3/payscore/permissions` */
export interface V3PayscorePermissions extends NodeBase, Verbs<'v3/payscore/permissions'> {
  /**
   * 商户预授权API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/payscore/chapter9_2.shtml | 官方文档}
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/weixin-pay-score/service-auth/apply-permissions.html | 官方文档}
   */
  postAsync: Verbs<'v3/payscore/permissions'>['postAsync'];
  assessUserRiskLevel: V3PayscorePermissionsAssessUserRiskLevel;
  authorizationCode: V3PayscorePermissionsAuthorizationCode;
  openid: V3PayscorePermissionsOpenid;
}

/** `v3/payscore/permissions/assess-user-risk-level` */
export interface V3PayscorePermissionsAssessUserRiskLevel extends NodeBase, Verbs<'v3/payscore/permissions/assess-user-risk-level'> {
  /**
   * 商户评估用户分层
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/weixin-pay-score/service-auth/assess-user-risk-level.html | 官方文档}
   */
  postAsync: Verbs<'v3/payscore/permissions/assess-user-risk-level'>['postAsync'];
}

/** `v3/payscore/permissions/authorization-code` */
export interface V3PayscorePermissionsAuthorizationCode extends NodeBase {
  _authorization_code_: V3PayscorePermissionsAuthorizationCode_authorization_code_;
  '{authorization_code}': V3PayscorePermissionsAuthorizationCode_authorization_code_;
}

/** `v3/payscore/permissions/authorization-code/{authorization_code}` */
export interface V3PayscorePermissionsAuthorizationCode_authorization_code_ extends NodeBase, Verbs<'v3/payscore/permissions/authorization-code/{authorization_code}'> {
  /**
   * 查询与用户授权记录（授权协议号）API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/payscore/chapter9_3.shtml | 官方文档}
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/weixin-pay-score/service-auth/get-permissions-by-authorization-code.html | 官方文档}
   */
  getAsync: Verbs<'v3/payscore/permissions/authorization-code/{authorization_code}'>['getAsync'];
  terminate: V3PayscorePermissionsAuthorizationCode_authorization_code_Terminate;
}

/** `v3/payscore/permissions/authorization-code/{authorization_code}/terminate` */
export interface V3PayscorePermissionsAuthorizationCode_authorization_code_Terminate extends NodeBase, Verbs<'v3/payscore/permissions/authorization-code/{authorization_code}/terminate'> {
  /**
   * 解除用户授权关系（授权协议号）API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/payscore/chapter9_4.shtml | 官方文档}
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/weixin-pay-score/service-auth/terminate-permissions-by-code.html | 官方文档}
   */
  postAsync: Verbs<'v3/payscore/permissions/authorization-code/{authorization_code}/terminate'>['postAsync'];
}

/** `v3/payscore/permissions/openid` */
export interface V3PayscorePermissionsOpenid extends NodeBase {
  _openid_: V3PayscorePermissionsOpenid_openid_;
  '{openid}': V3PayscorePermissionsOpenid_openid_;
}

/** `v3/payscore/permissions/openid/{openid}` */
export interface V3PayscorePermissionsOpenid_openid_ extends NodeBase, Verbs<'v3/payscore/permissions/openid/{openid}'> {
  /**
   * 查询与用户授权记录（openid）API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/payscore/chapter9_5.shtml | 官方文档}
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/weixin-pay-score/service-auth/get-permissions-by-open-id.html | 官方文档}
   */
  getAsync: Verbs<'v3/payscore/permissions/openid/{openid}'>['getAsync'];
  terminate: V3PayscorePermissionsOpenid_openid_Terminate;
}

/** `v3/payscore/permissions/openid/{openid}/terminate` */
export interface V3PayscorePermissionsOpenid_openid_Terminate extends NodeBase, Verbs<'v3/payscore/permissions/openid/{openid}/terminate'> {
  /**
   * 解除用户授权关系（openid）API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/payscore/chapter9_6.shtml | 官方文档}
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/weixin-pay-score/service-auth/terminate-permissions-by-open-id.html | 官方文档}
   */
  postAsync: Verbs<'v3/payscore/permissions/openid/{openid}/terminate'>['postAsync'];
}

/** `v3/payscore/plan` */
export interface V3PayscorePlan extends NodeBase {
  partner: V3PayscorePlanPartner;
  payscorePlans: V3PayscorePlanPayscorePlans;
}

/** `v3/payscore/plan/partner` */
export interface V3PayscorePlanPartner extends NodeBase {
  payscorePlans: V3PayscorePlanPartnerPayscorePlans;
}

/** `v3/payscore/plan/partner/payscore-plans` */
export interface V3PayscorePlanPartnerPayscorePlans extends NodeBase, Verbs<'v3/payscore/plan/partner/payscore-plans'> {
  /**
   * 创建支付分计划
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/partner-payscore-plan/partner-pay-score-plan/create-partner-pay-score-plan.html | 官方文档}
   */
  postAsync: Verbs<'v3/payscore/plan/partner/payscore-plans'>['postAsync'];
  merchantPlanNo: V3PayscorePlanPartnerPayscorePlansMerchantPlanNo;
}

/** `v3/payscore/plan/partner/payscore-plans/merchant-plan-no` */
export interface V3PayscorePlanPartnerPayscorePlansMerchantPlanNo extends NodeBase {
  _merchant_plan_no_: V3PayscorePlanPartnerPayscorePlansMerchantPlanNo_merchant_plan_no_;
  '{merchant_plan_no}': V3PayscorePlanPartnerPayscorePlansMerchantPlanNo_merchant_plan_no_;
}

/** `v3/payscore/plan/partner/payscore-plans/merchant-plan-no/{merchant_plan_no}` */
export interface V3PayscorePlanPartnerPayscorePlansMerchantPlanNo_merchant_plan_no_ extends NodeBase, Verbs<'v3/payscore/plan/partner/payscore-plans/merchant-plan-no/{merchant_plan_no}'> {
  /**
   * 查询支付分计划
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/partner-payscore-plan/partner-pay-score-plan/query-partner-pay-score-plan.html | 官方文档}
   */
  getAsync: Verbs<'v3/payscore/plan/partner/payscore-plans/merchant-plan-no/{merchant_plan_no}'>['getAsync'];
  stop: V3PayscorePlanPartnerPayscorePlansMerchantPlanNo_merchant_plan_no_Stop;
}

/** `v3/payscore/plan/partner/payscore-plans/merchant-plan-no/{merchant_plan_no}/stop` */
export interface V3PayscorePlanPartnerPayscorePlansMerchantPlanNo_merchant_plan_no_Stop extends NodeBase, Verbs<'v3/payscore/plan/partner/payscore-plans/merchant-plan-no/{merchant_plan_no}/stop'> {
  /**
   * 停止支付分计划
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/partner-payscore-plan/partner-pay-score-plan/stop-partner-pay-score-plan.html | 官方文档}
   */
  postAsync: Verbs<'v3/payscore/plan/partner/payscore-plans/merchant-plan-no/{merchant_plan_no}/stop'>['postAsync'];
}

/** `v3/payscore/plan/payscore-plans` */
export interface V3PayscorePlanPayscorePlans extends NodeBase, Verbs<'v3/payscore/plan/payscore-plans'> {
  /**
   * 创建支付分计划
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/payscore-plan/pay-score-plan/create-pay-score-plan.html | 官方文档}
   */
  postAsync: Verbs<'v3/payscore/plan/payscore-plans'>['postAsync'];
  merchantPlanNo: V3PayscorePlanPayscorePlansMerchantPlanNo;
}

/** `v3/payscore/plan/payscore-plans/merchant-plan-no` */
export interface V3PayscorePlanPayscorePlansMerchantPlanNo extends NodeBase {
  _merchant_plan_no_: V3PayscorePlanPayscorePlansMerchantPlanNo_merchant_plan_no_;
  '{merchant_plan_no}': V3PayscorePlanPayscorePlansMerchantPlanNo_merchant_plan_no_;
}

/** `v3/payscore/plan/payscore-plans/merchant-plan-no/{merchant_plan_no}` */
export interface V3PayscorePlanPayscorePlansMerchantPlanNo_merchant_plan_no_ extends NodeBase, Verbs<'v3/payscore/plan/payscore-plans/merchant-plan-no/{merchant_plan_no}'> {
  /**
   * 查询支付分计划
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/payscore-plan/pay-score-plan/query-pay-score-plan.html | 官方文档}
   */
  getAsync: Verbs<'v3/payscore/plan/payscore-plans/merchant-plan-no/{merchant_plan_no}'>['getAsync'];
  stop: V3PayscorePlanPayscorePlansMerchantPlanNo_merchant_plan_no_Stop;
}

/** `v3/payscore/plan/payscore-plans/merchant-plan-no/{merchant_plan_no}/stop` */
export interface V3PayscorePlanPayscorePlansMerchantPlanNo_merchant_plan_no_Stop extends NodeBase, Verbs<'v3/payscore/plan/payscore-plans/merchant-plan-no/{merchant_plan_no}/stop'> {
  /**
   * 停止支付分计划
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/payscore-plan/pay-score-plan/stop-pay-score-plan.html | 官方文档}
   */
  postAsync: Verbs<'v3/payscore/plan/payscore-plans/merchant-plan-no/{merchant_plan_no}/stop'>['postAsync'];
}

/** `v3/payscore/serviceorder` */
export interface V3PayscoreServiceorder extends NodeBase, Verbs<'v3/payscore/serviceorder'> {
  /**
   * 查询支付分订单API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/payscore/chapter3_2.shtml | 官方文档}
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/weixin-pay-score/service-order/get-service-order.html | 官方文档}
   */
  getAsync: Verbs<'v3/payscore/serviceorder'>['getAsync'];
  /**
   * 创建支付分订单API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/doc/v3/merchant/4012587900 | 官方文档}
   * @see {@link https://pay.weixin.qq.com/doc/v3/merchant/4012647418 | 官方文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/payscore/chapter3_1.shtml | 官方文档}
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/weixin-pay-score/service-order/create-service-order.html | 官方文档}
   */
  postAsync: Verbs<'v3/payscore/serviceorder'>['postAsync'];
  directComplete: V3PayscoreServiceorderDirectComplete;
  _out_order_no_: V3PayscoreServiceorder_out_order_no_;
  '{out_order_no}': V3PayscoreServiceorder_out_order_no_;
}

/** `v3/payscore/serviceorder/direct-complete` */
export interface V3PayscoreServiceorderDirectComplete extends NodeBase, Verbs<'v3/payscore/serviceorder/direct-complete'> {
  /**
   * 创单结单合并API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/payscore/chapter3_9.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/payscore/serviceorder/direct-complete'>['postAsync'];
}

/** `v3/payscore/serviceorder/{out_order_no}` */
export interface V3PayscoreServiceorder_out_order_no_ extends NodeBase {
  cancel: V3PayscoreServiceorder_out_order_no_Cancel;
  complete: V3PayscoreServiceorder_out_order_no_Complete;
  modify: V3PayscoreServiceorder_out_order_no_Modify;
  pay: V3PayscoreServiceorder_out_order_no_Pay;
  sendPendingmessage: V3PayscoreServiceorder_out_order_no_SendPendingmessage;
  sendPrepaidmessage: V3PayscoreServiceorder_out_order_no_SendPrepaidmessage;
  sync: V3PayscoreServiceorder_out_order_no_Sync;
}

/** `v3/payscore/serviceorder/{out_order_no}/cancel` */
export interface V3PayscoreServiceorder_out_order_no_Cancel extends NodeBase, Verbs<'v3/payscore/serviceorder/{out_order_no}/cancel'> {
  /**
   * 取消支付分订单API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/payscore/chapter3_3.shtml | 官方文档}
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/weixin-pay-score/service-order/cancel-service-order.html | 官方文档}
   */
  postAsync: Verbs<'v3/payscore/serviceorder/{out_order_no}/cancel'>['postAsync'];
}

/** `v3/payscore/serviceorder/{out_order_no}/complete` */
export interface V3PayscoreServiceorder_out_order_no_Complete extends NodeBase, Verbs<'v3/payscore/serviceorder/{out_order_no}/complete'> {
  /**
   * 完结支付分订单API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/doc/v3/merchant/4012587955 | 官方文档}
   * @see {@link https://pay.weixin.qq.com/doc/v3/merchant/4012647421 | 官方文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/payscore/chapter3_5.shtml | 官方文档}
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/weixin-pay-score/service-order/complete-service-order.html | 官方文档}
   */
  postAsync: Verbs<'v3/payscore/serviceorder/{out_order_no}/complete'>['postAsync'];
}

/** `v3/payscore/serviceorder/{out_order_no}/modify` */
export interface V3PayscoreServiceorder_out_order_no_Modify extends NodeBase, Verbs<'v3/payscore/serviceorder/{out_order_no}/modify'> {
  /**
   * 修改订单金额API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/doc/v3/merchant/4012587957 | 官方文档}
   * @see {@link https://pay.weixin.qq.com/doc/v3/merchant/4012647427 | 官方文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/payscore/chapter3_4.shtml | 官方文档}
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/weixin-pay-score/service-order/modify-service-order.html | 官方文档}
   */
  postAsync: Verbs<'v3/payscore/serviceorder/{out_order_no}/modify'>['postAsync'];
}

/** `v3/payscore/serviceorder/{out_order_no}/pay` */
export interface V3PayscoreServiceorder_out_order_no_Pay extends NodeBase, Verbs<'v3/payscore/serviceorder/{out_order_no}/pay'> {
  /**
   * 商户发起催收扣款API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/payscore/chapter3_6.shtml | 官方文档}
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/weixin-pay-score/service-order/collect-service-order.html | 官方文档}
   */
  postAsync: Verbs<'v3/payscore/serviceorder/{out_order_no}/pay'>['postAsync'];
}

/** `v3/payscore/serviceorder/{out_order_no}/send-pendingmessage` */
export interface V3PayscoreServiceorder_out_order_no_SendPendingmessage extends NodeBase, Verbs<'v3/payscore/serviceorder/{out_order_no}/send-pendingmessage'> {
  /**
   * 下发服务费用待处理消息
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/weixin-pay-score/service-order/send-order-pending-message.html | 官方文档}
   */
  postAsync: Verbs<'v3/payscore/serviceorder/{out_order_no}/send-pendingmessage'>['postAsync'];
}

/** `v3/payscore/serviceorder/{out_order_no}/send-prepaidmessage` */
export interface V3PayscoreServiceorder_out_order_no_SendPrepaidmessage extends NodeBase, Verbs<'v3/payscore/serviceorder/{out_order_no}/send-prepaidmessage'> {
  /**
   * 下发服务预扣费消息
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/weixin-pay-score/service-order/send-order-prepaid-message.html | 官方文档}
   */
  postAsync: Verbs<'v3/payscore/serviceorder/{out_order_no}/send-prepaidmessage'>['postAsync'];
}

/** `v3/payscore/serviceorder/{out_order_no}/sync` */
export interface V3PayscoreServiceorder_out_order_no_Sync extends NodeBase, Verbs<'v3/payscore/serviceorder/{out_order_no}/sync'> {
  /**
   * 同步服务订单信息API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/payscore/chapter3_6.shtml | 官方文档}
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/weixin-pay-score/service-order/sync-service-order.html | 官方文档}
   */
  postAsync: Verbs<'v3/payscore/serviceorder/{out_order_no}/sync'>['postAsync'];
}

/** `v3/payscore/servicepayondeliveryorder` */
export interface V3PayscoreServicepayondeliveryorder extends NodeBase, Verbs<'v3/payscore/servicepayondeliveryorder'> {
  /**
   * 创建先用后付订单
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/weixin-pay-score/service-order/create-pay-on-delivery-service-order.html | 官方文档}
   */
  postAsync: Verbs<'v3/payscore/servicepayondeliveryorder'>['postAsync'];
}

/** `v3/payscore/sign-plan` */
export interface V3PayscoreSignPlan extends NodeBase {
  partner: V3PayscoreSignPlanPartner;
  serviceorder: V3PayscoreSignPlanServiceorder;
  userSignPlans: V3PayscoreSignPlanUserSignPlans;
}

/** `v3/payscore/sign-plan/partner` */
export interface V3PayscoreSignPlanPartner extends NodeBase {
  serviceorder: V3PayscoreSignPlanPartnerServiceorder;
  userSignPlans: V3PayscoreSignPlanPartnerUserSignPlans;
}

/** `v3/payscore/sign-plan/partner/serviceorder` */
export interface V3PayscoreSignPlanPartnerServiceorder extends NodeBase, Verbs<'v3/payscore/sign-plan/partner/serviceorder'> {
  /**
   * 创建用户的签约计划详情对应的服务订单
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/partner-payscore-plan/partner-service-order/create-partner-service-order.html | 官方文档}
   */
  postAsync: Verbs<'v3/payscore/sign-plan/partner/serviceorder'>['postAsync'];
}

/** `v3/payscore/sign-plan/partner/user-sign-plans` */
export interface V3PayscoreSignPlanPartnerUserSignPlans extends NodeBase, Verbs<'v3/payscore/sign-plan/partner/user-sign-plans'> {
  /**
   * 创建用户的签约计划
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/partner-payscore-plan/partner-user-sign-plan/create-partner-user-sign-plan.html | 官方文档}
   */
  postAsync: Verbs<'v3/payscore/sign-plan/partner/user-sign-plans'>['postAsync'];
  merchantSignPlanNo: V3PayscoreSignPlanPartnerUserSignPlansMerchantSignPlanNo;
}

/** `v3/payscore/sign-plan/partner/user-sign-plans/merchant-sign-plan-no` */
export interface V3PayscoreSignPlanPartnerUserSignPlansMerchantSignPlanNo extends NodeBase {
  _merchant_sign_plan_no_: V3PayscoreSignPlanPartnerUserSignPlansMerchantSignPlanNo_merchant_sign_plan_no_;
  '{merchant_sign_plan_no}': V3PayscoreSignPlanPartnerUserSignPlansMerchantSignPlanNo_merchant_sign_plan_no_;
}

/** `v3/payscore/sign-plan/partner/user-sign-plans/merchant-sign-plan-no/{merchant_sign_plan_no}` */
export interface V3PayscoreSignPlanPartnerUserSignPlansMerchantSignPlanNo_merchant_sign_plan_no_ extends NodeBase, Verbs<'v3/payscore/sign-plan/partner/user-sign-plans/merchant-sign-plan-no/{merchant_sign_plan_no}'> {
  /**
   * 查询用户的签约计划
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/partner-payscore-plan/partner-user-sign-plan/query-partner-user-sign-plan.html | 官方文档}
   */
  getAsync: Verbs<'v3/payscore/sign-plan/partner/user-sign-plans/merchant-sign-plan-no/{merchant_sign_plan_no}'>['getAsync'];
  stop: V3PayscoreSignPlanPartnerUserSignPlansMerchantSignPlanNo_merchant_sign_plan_no_Stop;
}

/** `v3/payscore/sign-plan/partner/user-sign-plans/merchant-sign-plan-no/{merchant_sign_plan_no}/stop` */
export interface V3PayscoreSignPlanPartnerUserSignPlansMerchantSignPlanNo_merchant_sign_plan_no_Stop extends NodeBase, Verbs<'v3/payscore/sign-plan/partner/user-sign-plans/merchant-sign-plan-no/{merchant_sign_plan_no}/stop'> {
  /**
   * 取消用户的签约计划
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/partner-payscore-plan/partner-user-sign-plan/stop-partner-user-sign-plan.html | 官方文档}
   */
  postAsync: Verbs<'v3/payscore/sign-plan/partner/user-sign-plans/merchant-sign-plan-no/{merchant_sign_plan_no}/stop'>['postAsync'];
}

/** `v3/payscore/sign-plan/serviceorder` */
export interface V3PayscoreSignPlanServiceorder extends NodeBase, Verbs<'v3/payscore/sign-plan/serviceorder'> {
  /**
   * 创建用户的签约计划详情对应的服务订单
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/payscore-plan/service-order/create-service-order.html | 官方文档}
   */
  postAsync: Verbs<'v3/payscore/sign-plan/serviceorder'>['postAsync'];
}

/** `v3/payscore/sign-plan/user-sign-plans` */
export interface V3PayscoreSignPlanUserSignPlans extends NodeBase, Verbs<'v3/payscore/sign-plan/user-sign-plans'> {
  /**
   * 创建用户的签约计划
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/payscore-plan/user-sign-plan/create-user-sign-plan.html | 官方文档}
   */
  postAsync: Verbs<'v3/payscore/sign-plan/user-sign-plans'>['postAsync'];
  merchantSignPlanNo: V3PayscoreSignPlanUserSignPlansMerchantSignPlanNo;
}

/** `v3/payscore/sign-plan/user-sign-plans/merchant-sign-plan-no` */
export interface V3PayscoreSignPlanUserSignPlansMerchantSignPlanNo extends NodeBase {
  _merchant_sign_plan_no_: V3PayscoreSignPlanUserSignPlansMerchantSignPlanNo_merchant_sign_plan_no_;
  '{merchant_sign_plan_no}': V3PayscoreSignPlanUserSignPlansMerchantSignPlanNo_merchant_sign_plan_no_;
}

/** `v3/payscore/sign-plan/user-sign-plans/merchant-sign-plan-no/{merchant_sign_plan_no}` */
export interface V3PayscoreSignPlanUserSignPlansMerchantSignPlanNo_merchant_sign_plan_no_ extends NodeBase, Verbs<'v3/payscore/sign-plan/user-sign-plans/merchant-sign-plan-no/{merchant_sign_plan_no}'> {
  /**
   * 查询用户的签约计划
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/payscore-plan/user-sign-plan/query-user-sign-plan.html | 官方文档}
   */
  getAsync: Verbs<'v3/payscore/sign-plan/user-sign-plans/merchant-sign-plan-no/{merchant_sign_plan_no}'>['getAsync'];
  stop: V3PayscoreSignPlanUserSignPlansMerchantSignPlanNo_merchant_sign_plan_no_Stop;
}

/** `v3/payscore/sign-plan/user-sign-plans/merchant-sign-plan-no/{merchant_sign_plan_no}/stop` */
export interface V3PayscoreSignPlanUserSignPlansMerchantSignPlanNo_merchant_sign_plan_no_Stop extends NodeBase, Verbs<'v3/payscore/sign-plan/user-sign-plans/merchant-sign-plan-no/{merchant_sign_plan_no}/stop'> {
  /**
   * 直连商户取消用户的签约计划
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/payscore-plan/user-sign-plan/stop-user-sign-plan.html | 官方文档}
   */
  postAsync: Verbs<'v3/payscore/sign-plan/user-sign-plans/merchant-sign-plan-no/{merchant_sign_plan_no}/stop'>['postAsync'];
}

/** `v3/payscore/smartretail-orders` */
export interface V3PayscoreSmartretailOrders extends NodeBase, Verbs<'v3/payscore/smartretail-orders'> {
  /**
   * 查询智慧零售订单
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=14_2&index=4 | 官方文档}
   */
  getAsync: Verbs<'v3/payscore/smartretail-orders'>['getAsync'];
  /**
   * 创建智慧零售订单
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=14_1&index=3 | 官方文档}
   */
  postAsync: Verbs<'v3/payscore/smartretail-orders'>['postAsync'];
  _out_order_no_: V3PayscoreSmartretailOrders_out_order_no_;
  '{out_order_no}': V3PayscoreSmartretailOrders_out_order_no_;
}

/** `v3/payscore/smartretail-orders/{out_order_no}` */
export interface V3PayscoreSmartretailOrders_out_order_no_ extends NodeBase {
  cancel: V3PayscoreSmartretailOrders_out_order_no_Cancel;
  complete: V3PayscoreSmartretailOrders_out_order_no_Complete;
}

/** `v3/payscore/smartretail-orders/{out_order_no}/cancel` */
export interface V3PayscoreSmartretailOrders_out_order_no_Cancel extends NodeBase, Verbs<'v3/payscore/smartretail-orders/{out_order_no}/cancel'> {
  /**
   * 撤销智慧零售订单
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=14_3&index=5 | 官方文档}
   */
  postAsync: Verbs<'v3/payscore/smartretail-orders/{out_order_no}/cancel'>['postAsync'];
}

/** `v3/payscore/smartretail-orders/{out_order_no}/complete` */
export interface V3PayscoreSmartretailOrders_out_order_no_Complete extends NodeBase, Verbs<'v3/payscore/smartretail-orders/{out_order_no}/complete'> {
  /**
   * 完结智慧零售订单
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=14_4&index=6 | 官方文档}
   */
  postAsync: Verbs<'v3/payscore/smartretail-orders/{out_order_no}/complete'>['postAsync'];
}

/** `v3/payscore/user-service-state` */
export interface V3PayscoreUserServiceState extends NodeBase, Verbs<'v3/payscore/user-service-state'> {
  /**
   * 查询用户授权状态API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/payscore/chapter3_8.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/payscore/user-service-state'>['getAsync'];
}

/** `v3/payscore/users` */
export interface V3PayscoreUsers extends NodeBase {
  _openid_: V3PayscoreUsers_openid_;
  '{openid}': V3PayscoreUsers_openid_;
}

/** `v3/payscore/users/{openid}` */
export interface V3PayscoreUsers_openid_ extends NodeBase {
  permissions: V3PayscoreUsers_openid_Permissions;
}

/** `v3/payscore/users/{openid}/permissions` */
export interface V3PayscoreUsers_openid_Permissions extends NodeBase {
  _service_id_: V3PayscoreUsers_openid_Permissions_service_id_;
  '{service_id}': V3PayscoreUsers_openid_Permissions_service_id_;
}

/** `v3/payscore/users/{openid}/permissions/{service_id}` */
export interface V3PayscoreUsers_openid_Permissions_service_id_ extends NodeBase {
  terminate: V3PayscoreUsers_openid_Permissions_service_id_Terminate;
}

/** `v3/payscore/users/{openid}/permissions/{service_id}/terminate` */
export interface V3PayscoreUsers_openid_Permissions_service_id_Terminate extends NodeBase, Verbs<'v3/payscore/users/{openid}/permissions/{service_id}/terminate'> {
  /**
   * 商户解除用户授权关系API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/payscore/chapter9_1.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/payscore/users/{openid}/permissions/{service_id}/terminate'>['postAsync'];
}

/** `v3/platsolution` */
export interface V3Platsolution extends NodeBase {
  ecommerce: V3PlatsolutionEcommerce;
  insurance: V3PlatsolutionInsurance;
  mchTransfer: V3PlatsolutionMchTransfer;
}

/** `v3/platsolution/ecommerce` */
export interface V3PlatsolutionEcommerce extends NodeBase {
  bankTransferRecharges: V3PlatsolutionEcommerceBankTransferRecharges;
  insuranceCompensationContracts: V3PlatsolutionEcommerceInsuranceCompensationContracts;
  mchTransfer: V3PlatsolutionEcommerceMchTransfer;
  rechargeEmployees: V3PlatsolutionEcommerceRechargeEmployees;
  recharges: V3PlatsolutionEcommerceRecharges;
  settle: V3PlatsolutionEcommerceSettle;
  withdraw: V3PlatsolutionEcommerceWithdraw;
}

/** `v3/platsolution/ecommerce/bank-transfer-recharges` */
export interface V3PlatsolutionEcommerceBankTransferRecharges extends NodeBase {
  apply: V3PlatsolutionEcommerceBankTransferRechargesApply;
  outRechargeNo: V3PlatsolutionEcommerceBankTransferRechargesOutRechargeNo;
}

/** `v3/platsolution/ecommerce/bank-transfer-recharges/apply` */
export interface V3PlatsolutionEcommerceBankTransferRechargesApply extends NodeBase, Verbs<'v3/platsolution/ecommerce/bank-transfer-recharges/apply'> {
  /**
   * 申请银行转账充值
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/platsolution-mch-recharge/bank-recharge/bank-transfer-recharge-apply.html | 官方文档}
   */
  postAsync: Verbs<'v3/platsolution/ecommerce/bank-transfer-recharges/apply'>['postAsync'];
}

/** `v3/platsolution/ecommerce/bank-transfer-recharges/out-recharge-no` */
export interface V3PlatsolutionEcommerceBankTransferRechargesOutRechargeNo extends NodeBase {
  _out_recharge_no_: V3PlatsolutionEcommerceBankTransferRechargesOutRechargeNo_out_recharge_no_;
  '{out_recharge_no}': V3PlatsolutionEcommerceBankTransferRechargesOutRechargeNo_out_recharge_no_;
}

/** `v3/platsolution/ecommerce/bank-transfer-recharges/out-recharge-no/{out_recharge_no}` */
export interface V3PlatsolutionEcommerceBankTransferRechargesOutRechargeNo_out_recharge_no_ extends NodeBase, Verbs<'v3/platsolution/ecommerce/bank-transfer-recharges/out-recharge-no/{out_recharge_no}'> {
  /**
   * 查询银行转账充值结果
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/platsolution-mch-recharge/bank-recharge/bank-transfer-recharge-get-by-out-no.html | 官方文档}
   */
  getAsync: Verbs<'v3/platsolution/ecommerce/bank-transfer-recharges/out-recharge-no/{out_recharge_no}'>['getAsync'];
}

/** `v3/platsolution/ecommerce/insurance-compensation-contracts` */
export interface V3PlatsolutionEcommerceInsuranceCompensationContracts extends NodeBase, Verbs<'v3/platsolution/ecommerce/insurance-compensation-contracts'> {
  /**
   * 开通保险理赔功能
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/plat-compensation/plat-compensation/open-insurance-compensation.html | 官方文档}
   */
  postAsync: Verbs<'v3/platsolution/ecommerce/insurance-compensation-contracts'>['postAsync'];
  subMchid: V3PlatsolutionEcommerceInsuranceCompensationContractsSubMchid;
}

/** `v3/platsolution/ecommerce/insurance-compensation-contracts/sub-mchid` */
export interface V3PlatsolutionEcommerceInsuranceCompensationContractsSubMchid extends NodeBase {
  _sub_mchid_: V3PlatsolutionEcommerceInsuranceCompensationContractsSubMchid_sub_mchid_;
  '{sub_mchid}': V3PlatsolutionEcommerceInsuranceCompensationContractsSubMchid_sub_mchid_;
}

/** `v3/platsolution/ecommerce/insurance-compensation-contracts/sub-mchid/{sub_mchid}` */
export interface V3PlatsolutionEcommerceInsuranceCompensationContractsSubMchid_sub_mchid_ extends NodeBase {
  checkOpened: V3PlatsolutionEcommerceInsuranceCompensationContractsSubMchid_sub_mchid_CheckOpened;
}

/** `v3/platsolution/ecommerce/insurance-compensation-contracts/sub-mchid/{sub_mchid}/check-opened` */
export interface V3PlatsolutionEcommerceInsuranceCompensationContractsSubMchid_sub_mchid_CheckOpened extends NodeBase, Verbs<'v3/platsolution/ecommerce/insurance-compensation-contracts/sub-mchid/{sub_mchid}/check-opened'> {
  /**
   * 查询保险理赔功能开通状态
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/plat-compensation/plat-compensation/check-insurance-compensation-opened.html | 官方文档}
   */
  postAsync: Verbs<'v3/platsolution/ecommerce/insurance-compensation-contracts/sub-mchid/{sub_mchid}/check-opened'>['postAsync'];
}

/** `v3/platsolution/ecommerce/mch-transfer` */
export interface V3PlatsolutionEcommerceMchTransfer extends NodeBase {
  compensateBills: V3PlatsolutionEcommerceMchTransferCompensateBills;
  depositAfterSalesCompensationBills: V3PlatsolutionEcommerceMchTransferDepositAfterSalesCompensationBills;
  depositInsurancePremiumsCompensationBills: V3PlatsolutionEcommerceMchTransferDepositInsurancePremiumsCompensationBills;
  depositShippingCostCompensationBills: V3PlatsolutionEcommerceMchTransferDepositShippingCostCompensationBills;
  insuranceClaimBills: V3PlatsolutionEcommerceMchTransferInsuranceClaimBills;
  subMchCompensationBills: V3PlatsolutionEcommerceMchTransferSubMchCompensationBills;
  transferBills: V3PlatsolutionEcommerceMchTransferTransferBills;
}

/** `v3/platsolution/ecommerce/mch-transfer/compensate-bills` */
export interface V3PlatsolutionEcommerceMchTransferCompensateBills extends NodeBase, Verbs<'v3/platsolution/ecommerce/mch-transfer/compensate-bills'> {
  /**
   * 请求赔付
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/doc/v3/partner/4013504175 | 官方文档}
   */
  postAsync: Verbs<'v3/platsolution/ecommerce/mch-transfer/compensate-bills'>['postAsync'];
  billId: V3PlatsolutionEcommerceMchTransferCompensateBillsBillId;
  outBillNo: V3PlatsolutionEcommerceMchTransferCompensateBillsOutBillNo;
  preTransfer: V3PlatsolutionEcommerceMchTransferCompensateBillsPreTransfer;
}

/** `v3/platsolution/ecommerce/mch-transfer/compensate-bills/bill-id` */
export interface V3PlatsolutionEcommerceMchTransferCompensateBillsBillId extends NodeBase {
  _bill_id_: V3PlatsolutionEcommerceMchTransferCompensateBillsBillId_bill_id_;
  '{bill_id}': V3PlatsolutionEcommerceMchTransferCompensateBillsBillId_bill_id_;
}

/** `v3/platsolution/ecommerce/mch-transfer/compensate-bills/bill-id/{bill_id}` */
export interface V3PlatsolutionEcommerceMchTransferCompensateBillsBillId_bill_id_ extends NodeBase, Verbs<'v3/platsolution/ecommerce/mch-transfer/compensate-bills/bill-id/{bill_id}'> {
  /**
   * 查询赔付结果（按微信支付赔付单号）
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/doc/v3/partner/4013504179 | 官方文档}
   */
  getAsync: Verbs<'v3/platsolution/ecommerce/mch-transfer/compensate-bills/bill-id/{bill_id}'>['getAsync'];
}

/** `v3/platsolution/ecommerce/mch-transfer/compensate-bills/out-bill-no` */
export interface V3PlatsolutionEcommerceMchTransferCompensateBillsOutBillNo extends NodeBase {
  _out_bill_no_: V3PlatsolutionEcommerceMchTransferCompensateBillsOutBillNo_out_bill_no_;
  '{out_bill_no}': V3PlatsolutionEcommerceMchTransferCompensateBillsOutBillNo_out_bill_no_;
}

/** `v3/platsolution/ecommerce/mch-transfer/compensate-bills/out-bill-no/{out_bill_no}` */
export interface V3PlatsolutionEcommerceMchTransferCompensateBillsOutBillNo_out_bill_no_ extends NodeBase, Verbs<'v3/platsolution/ecommerce/mch-transfer/compensate-bills/out-bill-no/{out_bill_no}'> {
  /**
   * 查询赔付结果（按商户赔付单号）
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/doc/v3/partner/4013504178 | 官方文档}
   */
  getAsync: Verbs<'v3/platsolution/ecommerce/mch-transfer/compensate-bills/out-bill-no/{out_bill_no}'>['getAsync'];
  cancel: V3PlatsolutionEcommerceMchTransferCompensateBillsOutBillNo_out_bill_no_Cancel;
}

/** `v3/platsolution/ecommerce/mch-transfer/compensate-bills/out-bill-no/{out_bill_no}/cancel` */
export interface V3PlatsolutionEcommerceMchTransferCompensateBillsOutBillNo_out_bill_no_Cancel extends NodeBase, Verbs<'v3/platsolution/ecommerce/mch-transfer/compensate-bills/out-bill-no/{out_bill_no}/cancel'> {
  /**
   * 请求撤销赔付
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/doc/v3/partner/4013504177 | 官方文档}
   */
  postAsync: Verbs<'v3/platsolution/ecommerce/mch-transfer/compensate-bills/out-bill-no/{out_bill_no}/cancel'>['postAsync'];
}

/** `v3/platsolution/ecommerce/mch-transfer/compensate-bills/pre-transfer` */
export interface V3PlatsolutionEcommerceMchTransferCompensateBillsPreTransfer extends NodeBase, Verbs<'v3/platsolution/ecommerce/mch-transfer/compensate-bills/pre-transfer'> {
  /**
   * 请求赔付预下单
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/doc/v3/partner/4013504176 | 官方文档}
   */
  postAsync: Verbs<'v3/platsolution/ecommerce/mch-transfer/compensate-bills/pre-transfer'>['postAsync'];
}

/** `v3/platsolution/ecommerce/mch-transfer/deposit-after-sales-compensation-bills` */
export interface V3PlatsolutionEcommerceMchTransferDepositAfterSalesCompensationBills extends NodeBase, Verbs<'v3/platsolution/ecommerce/mch-transfer/deposit-after-sales-compensation-bills'> {
  /**
   * 请求保证金售后赔付
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/doc/v3/partner/4013504194 | 官方文档}
   */
  postAsync: Verbs<'v3/platsolution/ecommerce/mch-transfer/deposit-after-sales-compensation-bills'>['postAsync'];
  billId: V3PlatsolutionEcommerceMchTransferDepositAfterSalesCompensationBillsBillId;
  outBillNo: V3PlatsolutionEcommerceMchTransferDepositAfterSalesCompensationBillsOutBillNo;
}

/** `v3/platsolution/ecommerce/mch-transfer/deposit-after-sales-compensation-bills/bill-id` */
export interface V3PlatsolutionEcommerceMchTransferDepositAfterSalesCompensationBillsBillId extends NodeBase {
  _bill_id_: V3PlatsolutionEcommerceMchTransferDepositAfterSalesCompensationBillsBillId_bill_id_;
  '{bill_id}': V3PlatsolutionEcommerceMchTransferDepositAfterSalesCompensationBillsBillId_bill_id_;
}

/** `v3/platsolution/ecommerce/mch-transfer/deposit-after-sales-compensation-bills/bill-id/{bill_id}` */
export interface V3PlatsolutionEcommerceMchTransferDepositAfterSalesCompensationBillsBillId_bill_id_ extends NodeBase, Verbs<'v3/platsolution/ecommerce/mch-transfer/deposit-after-sales-compensation-bills/bill-id/{bill_id}'> {
  /**
   * 查询保证金售后赔付结果（按微信支付赔付单号）
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/doc/v3/partner/4013504196 | 官方文档}
   */
  getAsync: Verbs<'v3/platsolution/ecommerce/mch-transfer/deposit-after-sales-compensation-bills/bill-id/{bill_id}'>['getAsync'];
}

/** `v3/platsolution/ecommerce/mch-transfer/deposit-after-sales-compensation-bills/out-bill-no` */
export interface V3PlatsolutionEcommerceMchTransferDepositAfterSalesCompensationBillsOutBillNo extends NodeBase {
  _out_bill_no_: V3PlatsolutionEcommerceMchTransferDepositAfterSalesCompensationBillsOutBillNo_out_bill_no_;
  '{out_bill_no}': V3PlatsolutionEcommerceMchTransferDepositAfterSalesCompensationBillsOutBillNo_out_bill_no_;
}

/** `v3/platsolution/ecommerce/mch-transfer/deposit-after-sales-compensation-bills/out-bill-no/{out_bill_no}` */
export interface V3PlatsolutionEcommerceMchTransferDepositAfterSalesCompensationBillsOutBillNo_out_bill_no_ extends NodeBase, Verbs<'v3/platsolution/ecommerce/mch-transfer/deposit-after-sales-compensation-bills/out-bill-no/{out_bill_no}'> {
  /**
   * 查询保证金售后赔付结果（按商户赔付单号）
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/doc/v3/partner/4013504195 | 官方文档}
   */
  getAsync: Verbs<'v3/platsolution/ecommerce/mch-transfer/deposit-after-sales-compensation-bills/out-bill-no/{out_bill_no}'>['getAsync'];
}

/** `v3/platsolution/ecommerce/mch-transfer/deposit-insurance-premiums-compensation-bills` */
export interface V3PlatsolutionEcommerceMchTransferDepositInsurancePremiumsCompensationBills extends NodeBase, Verbs<'v3/platsolution/ecommerce/mch-transfer/deposit-insurance-premiums-compensation-bills'> {
  /**
   * 发起保证金赔付保司保费
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/platsolution/ecommerce/mch-transfer/deposit-insurance-premiums-compensation-bills'>['postAsync'];
  _out_bill_no_: V3PlatsolutionEcommerceMchTransferDepositInsurancePremiumsCompensationBills_out_bill_no_;
  '{out_bill_no}': V3PlatsolutionEcommerceMchTransferDepositInsurancePremiumsCompensationBills_out_bill_no_;
}

/** `v3/platsolution/ecommerce/mch-transfer/deposit-insurance-premiums-compensation-bills/{out_bill_no}` */
export interface V3PlatsolutionEcommerceMchTransferDepositInsurancePremiumsCompensationBills_out_bill_no_ extends NodeBase, Verbs<'v3/platsolution/ecommerce/mch-transfer/deposit-insurance-premiums-compensation-bills/{out_bill_no}'> {
  /**
   * 查询保证金赔付保司保费结果（按商户赔付单号）
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/platsolution/ecommerce/mch-transfer/deposit-insurance-premiums-compensation-bills/{out_bill_no}'>['getAsync'];
}

/** `v3/platsolution/ecommerce/mch-transfer/deposit-shipping-cost-compensation-bills` */
export interface V3PlatsolutionEcommerceMchTransferDepositShippingCostCompensationBills extends NodeBase, Verbs<'v3/platsolution/ecommerce/mch-transfer/deposit-shipping-cost-compensation-bills'> {
  /**
   * 发起保证金赔付用户运费
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/doc/v3/partner/4013504202 | 官方文档}
   */
  postAsync: Verbs<'v3/platsolution/ecommerce/mch-transfer/deposit-shipping-cost-compensation-bills'>['postAsync'];
  outBillNo: V3PlatsolutionEcommerceMchTransferDepositShippingCostCompensationBillsOutBillNo;
}

/** `v3/platsolution/ecommerce/mch-transfer/deposit-shipping-cost-compensation-bills/out-bill-no` */
export interface V3PlatsolutionEcommerceMchTransferDepositShippingCostCompensationBillsOutBillNo extends NodeBase {
  _out_bill_no_: V3PlatsolutionEcommerceMchTransferDepositShippingCostCompensationBillsOutBillNo_out_bill_no_;
  '{out_bill_no}': V3PlatsolutionEcommerceMchTransferDepositShippingCostCompensationBillsOutBillNo_out_bill_no_;
}

/** `v3/platsolution/ecommerce/mch-transfer/deposit-shipping-cost-compensation-bills/out-bill-no/{out_bill_no}` */
export interface V3PlatsolutionEcommerceMchTransferDepositShippingCostCompensationBillsOutBillNo_out_bill_no_ extends NodeBase, Verbs<'v3/platsolution/ecommerce/mch-transfer/deposit-shipping-cost-compensation-bills/out-bill-no/{out_bill_no}'> {
  /**
   * 查询保证金售后赔付运费结果（按商户赔付单号）
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/doc/v3/partner/4013504203 | 官方文档}
   */
  getAsync: Verbs<'v3/platsolution/ecommerce/mch-transfer/deposit-shipping-cost-compensation-bills/out-bill-no/{out_bill_no}'>['getAsync'];
}

/** `v3/platsolution/ecommerce/mch-transfer/insurance-claim-bills` */
export interface V3PlatsolutionEcommerceMchTransferInsuranceClaimBills extends NodeBase, Verbs<'v3/platsolution/ecommerce/mch-transfer/insurance-claim-bills'> {
  /**
   * 请求保险理赔
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/doc/v3/partner/4013504184 | 官方文档}
   */
  postAsync: Verbs<'v3/platsolution/ecommerce/mch-transfer/insurance-claim-bills'>['postAsync'];
  billId: V3PlatsolutionEcommerceMchTransferInsuranceClaimBillsBillId;
  outBillNo: V3PlatsolutionEcommerceMchTransferInsuranceClaimBillsOutBillNo;
  preTransfer: V3PlatsolutionEcommerceMchTransferInsuranceClaimBillsPreTransfer;
}

/** `v3/platsolution/ecommerce/mch-transfer/insurance-claim-bills/bill-id` */
export interface V3PlatsolutionEcommerceMchTransferInsuranceClaimBillsBillId extends NodeBase {
  _bill_id_: V3PlatsolutionEcommerceMchTransferInsuranceClaimBillsBillId_bill_id_;
  '{bill_id}': V3PlatsolutionEcommerceMchTransferInsuranceClaimBillsBillId_bill_id_;
}

/** `v3/platsolution/ecommerce/mch-transfer/insurance-claim-bills/bill-id/{bill_id}` */
export interface V3PlatsolutionEcommerceMchTransferInsuranceClaimBillsBillId_bill_id_ extends NodeBase, Verbs<'v3/platsolution/ecommerce/mch-transfer/insurance-claim-bills/bill-id/{bill_id}'> {
  /**
   * 查询保险理赔结果（按微信支付赔付单号）
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/doc/v3/partner/4013504188 | 官方文档}
   */
  getAsync: Verbs<'v3/platsolution/ecommerce/mch-transfer/insurance-claim-bills/bill-id/{bill_id}'>['getAsync'];
}

/** `v3/platsolution/ecommerce/mch-transfer/insurance-claim-bills/out-bill-no` */
export interface V3PlatsolutionEcommerceMchTransferInsuranceClaimBillsOutBillNo extends NodeBase {
  _out_bill_no_: V3PlatsolutionEcommerceMchTransferInsuranceClaimBillsOutBillNo_out_bill_no_;
  '{out_bill_no}': V3PlatsolutionEcommerceMchTransferInsuranceClaimBillsOutBillNo_out_bill_no_;
}

/** `v3/platsolution/ecommerce/mch-transfer/insurance-claim-bills/out-bill-no/{out_bill_no}` */
export interface V3PlatsolutionEcommerceMchTransferInsuranceClaimBillsOutBillNo_out_bill_no_ extends NodeBase, Verbs<'v3/platsolution/ecommerce/mch-transfer/insurance-claim-bills/out-bill-no/{out_bill_no}'> {
  /**
   * 查询保险理赔结果（按商户赔付单号）
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/doc/v3/partner/4013504187 | 官方文档}
   */
  getAsync: Verbs<'v3/platsolution/ecommerce/mch-transfer/insurance-claim-bills/out-bill-no/{out_bill_no}'>['getAsync'];
  cancel: V3PlatsolutionEcommerceMchTransferInsuranceClaimBillsOutBillNo_out_bill_no_Cancel;
}

/** `v3/platsolution/ecommerce/mch-transfer/insurance-claim-bills/out-bill-no/{out_bill_no}/cancel` */
export interface V3PlatsolutionEcommerceMchTransferInsuranceClaimBillsOutBillNo_out_bill_no_Cancel extends NodeBase, Verbs<'v3/platsolution/ecommerce/mch-transfer/insurance-claim-bills/out-bill-no/{out_bill_no}/cancel'> {
  /**
   * 请求撤销保险理赔
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/doc/v3/partner/4013504186 | 官方文档}
   */
  postAsync: Verbs<'v3/platsolution/ecommerce/mch-transfer/insurance-claim-bills/out-bill-no/{out_bill_no}/cancel'>['postAsync'];
}

/** `v3/platsolution/ecommerce/mch-transfer/insurance-claim-bills/pre-transfer` */
export interface V3PlatsolutionEcommerceMchTransferInsuranceClaimBillsPreTransfer extends NodeBase, Verbs<'v3/platsolution/ecommerce/mch-transfer/insurance-claim-bills/pre-transfer'> {
  /**
   * 请求保险理赔预下单
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/doc/v3/partner/4013504185 | 官方文档}
   */
  postAsync: Verbs<'v3/platsolution/ecommerce/mch-transfer/insurance-claim-bills/pre-transfer'>['postAsync'];
}

/** `v3/platsolution/ecommerce/mch-transfer/sub-mch-compensation-bills` */
export interface V3PlatsolutionEcommerceMchTransferSubMchCompensationBills extends NodeBase, Verbs<'v3/platsolution/ecommerce/mch-transfer/sub-mch-compensation-bills'> {
  /**
   * 请求赔付
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/platsolution/ecommerce/mch-transfer/sub-mch-compensation-bills'>['postAsync'];
  _out_bill_no_: V3PlatsolutionEcommerceMchTransferSubMchCompensationBills_out_bill_no_;
  '{out_bill_no}': V3PlatsolutionEcommerceMchTransferSubMchCompensationBills_out_bill_no_;
}

/** `v3/platsolution/ecommerce/mch-transfer/sub-mch-compensation-bills/{out_bill_no}` */
export interface V3PlatsolutionEcommerceMchTransferSubMchCompensationBills_out_bill_no_ extends NodeBase, Verbs<'v3/platsolution/ecommerce/mch-transfer/sub-mch-compensation-bills/{out_bill_no}'> {
  /**
   * 查询赔付结果（按商户赔付单号）
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/platsolution/ecommerce/mch-transfer/sub-mch-compensation-bills/{out_bill_no}'>['getAsync'];
}

/** `v3/platsolution/ecommerce/mch-transfer/transfer-bills` */
export interface V3PlatsolutionEcommerceMchTransferTransferBills extends NodeBase, Verbs<'v3/platsolution/ecommerce/mch-transfer/transfer-bills'> {
  /**
   * 保证金赔付
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/doc/v3/partner/4013504198 | 官方文档}
   */
  postAsync: Verbs<'v3/platsolution/ecommerce/mch-transfer/transfer-bills'>['postAsync'];
  billId: V3PlatsolutionEcommerceMchTransferTransferBillsBillId;
  outBillNo: V3PlatsolutionEcommerceMchTransferTransferBillsOutBillNo;
}

/** `v3/platsolution/ecommerce/mch-transfer/transfer-bills/bill-id` */
export interface V3PlatsolutionEcommerceMchTransferTransferBillsBillId extends NodeBase {
  _bill_id_: V3PlatsolutionEcommerceMchTransferTransferBillsBillId_bill_id_;
  '{bill_id}': V3PlatsolutionEcommerceMchTransferTransferBillsBillId_bill_id_;
}

/** `v3/platsolution/ecommerce/mch-transfer/transfer-bills/bill-id/{bill_id}` */
export interface V3PlatsolutionEcommerceMchTransferTransferBillsBillId_bill_id_ extends NodeBase, Verbs<'v3/platsolution/ecommerce/mch-transfer/transfer-bills/bill-id/{bill_id}'> {
  /**
   * 查询保证金赔付结果（按微信支付赔付单号）
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/doc/v3/partner/4013504200 | 官方文档}
   */
  getAsync: Verbs<'v3/platsolution/ecommerce/mch-transfer/transfer-bills/bill-id/{bill_id}'>['getAsync'];
}

/** `v3/platsolution/ecommerce/mch-transfer/transfer-bills/out-bill-no` */
export interface V3PlatsolutionEcommerceMchTransferTransferBillsOutBillNo extends NodeBase {
  _out_bill_no_: V3PlatsolutionEcommerceMchTransferTransferBillsOutBillNo_out_bill_no_;
  '{out_bill_no}': V3PlatsolutionEcommerceMchTransferTransferBillsOutBillNo_out_bill_no_;
}

/** `v3/platsolution/ecommerce/mch-transfer/transfer-bills/out-bill-no/{out_bill_no}` */
export interface V3PlatsolutionEcommerceMchTransferTransferBillsOutBillNo_out_bill_no_ extends NodeBase, Verbs<'v3/platsolution/ecommerce/mch-transfer/transfer-bills/out-bill-no/{out_bill_no}'> {
  /**
   * 查询保证金赔付结果（按商户赔付单号）
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/doc/v3/partner/4013504199 | 官方文档}
   */
  getAsync: Verbs<'v3/platsolution/ecommerce/mch-transfer/transfer-bills/out-bill-no/{out_bill_no}'>['getAsync'];
}

/** `v3/platsolution/ecommerce/recharge-employees` */
export interface V3PlatsolutionEcommerceRechargeEmployees extends NodeBase, Verbs<'v3/platsolution/ecommerce/recharge-employees'> {
  /**
   * 添加二级商户可扫码充值员工
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/doc/v3/partner/4013521743 | 官方文档}
   */
  postAsync: Verbs<'v3/platsolution/ecommerce/recharge-employees'>['postAsync'];
  subMchid: V3PlatsolutionEcommerceRechargeEmployeesSubMchid;
}

/** `v3/platsolution/ecommerce/recharge-employees/sub-mchid` */
export interface V3PlatsolutionEcommerceRechargeEmployeesSubMchid extends NodeBase {
  _sub_mchid_: V3PlatsolutionEcommerceRechargeEmployeesSubMchid_sub_mchid_;
  '{sub_mchid}': V3PlatsolutionEcommerceRechargeEmployeesSubMchid_sub_mchid_;
}

/** `v3/platsolution/ecommerce/recharge-employees/sub-mchid/{sub_mchid}` */
export interface V3PlatsolutionEcommerceRechargeEmployeesSubMchid_sub_mchid_ extends NodeBase, Verbs<'v3/platsolution/ecommerce/recharge-employees/sub-mchid/{sub_mchid}'> {
  /**
   * 查询二级商户可扫码充值员工列表
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/doc/v3/partner/4013521757 | 官方文档}
   */
  getAsync: Verbs<'v3/platsolution/ecommerce/recharge-employees/sub-mchid/{sub_mchid}'>['getAsync'];
  spOpenid: V3PlatsolutionEcommerceRechargeEmployeesSubMchid_sub_mchid_SpOpenid;
}

/** `v3/platsolution/ecommerce/recharge-employees/sub-mchid/{sub_mchid}/sp-openid` */
export interface V3PlatsolutionEcommerceRechargeEmployeesSubMchid_sub_mchid_SpOpenid extends NodeBase {
  _sp_openid_: V3PlatsolutionEcommerceRechargeEmployeesSubMchid_sub_mchid_SpOpenid_sp_openid_;
  '{sp_openid}': V3PlatsolutionEcommerceRechargeEmployeesSubMchid_sub_mchid_SpOpenid_sp_openid_;
}

/** `v3/platsolution/ecommerce/recharge-employees/sub-mchid/{sub_mchid}/sp-openid/{sp_openid}` */
export interface V3PlatsolutionEcommerceRechargeEmployeesSubMchid_sub_mchid_SpOpenid_sp_openid_ extends NodeBase {
  delete: V3PlatsolutionEcommerceRechargeEmployeesSubMchid_sub_mchid_SpOpenid_sp_openid_Delete;
}

/** `v3/platsolution/ecommerce/recharge-employees/sub-mchid/{sub_mchid}/sp-openid/{sp_openid}/delete` */
export interface V3PlatsolutionEcommerceRechargeEmployeesSubMchid_sub_mchid_SpOpenid_sp_openid_Delete extends NodeBase, Verbs<'v3/platsolution/ecommerce/recharge-employees/sub-mchid/{sub_mchid}/sp-openid/{sp_openid}/delete'> {
  /**
   * 删除二级商户可扫码充值员工
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/doc/v3/partner/4013521753 | 官方文档}
   */
  postAsync: Verbs<'v3/platsolution/ecommerce/recharge-employees/sub-mchid/{sub_mchid}/sp-openid/{sp_openid}/delete'>['postAsync'];
}

/** `v3/platsolution/ecommerce/recharges` */
export interface V3PlatsolutionEcommerceRecharges extends NodeBase {
  apply: V3PlatsolutionEcommerceRechargesApply;
  outRechargeNo: V3PlatsolutionEcommerceRechargesOutRechargeNo;
}

/** `v3/platsolution/ecommerce/recharges/apply` */
export interface V3PlatsolutionEcommerceRechargesApply extends NodeBase, Verbs<'v3/platsolution/ecommerce/recharges/apply'> {
  /**
   * 申请二级商户充值
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/platsolution-mch-recharge/recharge/apply.html | 官方文档}
   */
  postAsync: Verbs<'v3/platsolution/ecommerce/recharges/apply'>['postAsync'];
}

/** `v3/platsolution/ecommerce/recharges/out-recharge-no` */
export interface V3PlatsolutionEcommerceRechargesOutRechargeNo extends NodeBase {
  _out_recharge_no_: V3PlatsolutionEcommerceRechargesOutRechargeNo_out_recharge_no_;
  '{out_recharge_no}': V3PlatsolutionEcommerceRechargesOutRechargeNo_out_recharge_no_;
}

/** `v3/platsolution/ecommerce/recharges/out-recharge-no/{out_recharge_no}` */
export interface V3PlatsolutionEcommerceRechargesOutRechargeNo_out_recharge_no_ extends NodeBase, Verbs<'v3/platsolution/ecommerce/recharges/out-recharge-no/{out_recharge_no}'> {
  /**
   * 查询二级商户充值结果
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/platsolution-mch-recharge/recharge/get-by-out-no.html | 官方文档}
   */
  getAsync: Verbs<'v3/platsolution/ecommerce/recharges/out-recharge-no/{out_recharge_no}'>['getAsync'];
  close: V3PlatsolutionEcommerceRechargesOutRechargeNo_out_recharge_no_Close;
}

/** `v3/platsolution/ecommerce/recharges/out-recharge-no/{out_recharge_no}/close` */
export interface V3PlatsolutionEcommerceRechargesOutRechargeNo_out_recharge_no_Close extends NodeBase, Verbs<'v3/platsolution/ecommerce/recharges/out-recharge-no/{out_recharge_no}/close'> {
  /**
   * 关闭二级商户充值
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/platsolution-mch-recharge/recharge/close.html | 官方文档}
   */
  postAsync: Verbs<'v3/platsolution/ecommerce/recharges/out-recharge-no/{out_recharge_no}/close'>['postAsync'];
}

/** `v3/platsolution/ecommerce/settle` */
export interface V3PlatsolutionEcommerceSettle extends NodeBase {
  prepaySettleOrders: V3PlatsolutionEcommerceSettlePrepaySettleOrders;
}

/** `v3/platsolution/ecommerce/settle/prepay-settle-orders` */
export interface V3PlatsolutionEcommerceSettlePrepaySettleOrders extends NodeBase, Verbs<'v3/platsolution/ecommerce/settle/prepay-settle-orders'> {
  /**
   * 个人收款-申请批量结算
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/personal-collections/apply-prepay-settle-orders.html | 官方文档}
   */
  postAsync: Verbs<'v3/platsolution/ecommerce/settle/prepay-settle-orders'>['postAsync'];
  _settle_batch_no_: V3PlatsolutionEcommerceSettlePrepaySettleOrders_settle_batch_no_;
  '{settle_batch_no}': V3PlatsolutionEcommerceSettlePrepaySettleOrders_settle_batch_no_;
}

/** `v3/platsolution/ecommerce/settle/prepay-settle-orders/{settle_batch_no}` */
export interface V3PlatsolutionEcommerceSettlePrepaySettleOrders_settle_batch_no_ extends NodeBase, Verbs<'v3/platsolution/ecommerce/settle/prepay-settle-orders/{settle_batch_no}'> {
  /**
   * 个人收款-查询批量结算信息
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/personal-collections/get-prepay-settle-orders.html | 官方文档}
   */
  getAsync: Verbs<'v3/platsolution/ecommerce/settle/prepay-settle-orders/{settle_batch_no}'>['getAsync'];
  applyAbnormalSettle: V3PlatsolutionEcommerceSettlePrepaySettleOrders_settle_batch_no_ApplyAbnormalSettle;
}

/** `v3/platsolution/ecommerce/settle/prepay-settle-orders/{settle_batch_no}/apply-abnormal-settle` */
export interface V3PlatsolutionEcommerceSettlePrepaySettleOrders_settle_batch_no_ApplyAbnormalSettle extends NodeBase, Verbs<'v3/platsolution/ecommerce/settle/prepay-settle-orders/{settle_batch_no}/apply-abnormal-settle'> {
  /**
   * 个人收款-申请异常结算批次单处理
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/platsolution/ecommerce/settle/prepay-settle-orders/{settle_batch_no}/apply-abnormal-settle'>['postAsync'];
}

/** `v3/platsolution/ecommerce/withdraw` */
export interface V3PlatsolutionEcommerceWithdraw extends NodeBase {
  dayEndBalanceWithdraw: V3PlatsolutionEcommerceWithdrawDayEndBalanceWithdraw;
}

/** `v3/platsolution/ecommerce/withdraw/day-end-balance-withdraw` */
export interface V3PlatsolutionEcommerceWithdrawDayEndBalanceWithdraw extends NodeBase, Verbs<'v3/platsolution/ecommerce/withdraw/day-end-balance-withdraw'> {
  /**
   * 二级商户按日终余额预约提现
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/platsolution/ecommerce/withdraw/day-end-balance-withdraw'>['postAsync'];
  outRequestNo: V3PlatsolutionEcommerceWithdrawDayEndBalanceWithdrawOutRequestNo;
}

/** `v3/platsolution/ecommerce/withdraw/day-end-balance-withdraw/out-request-no` */
export interface V3PlatsolutionEcommerceWithdrawDayEndBalanceWithdrawOutRequestNo extends NodeBase {
  _out_request_no_: V3PlatsolutionEcommerceWithdrawDayEndBalanceWithdrawOutRequestNo_out_request_no_;
  '{out_request_no}': V3PlatsolutionEcommerceWithdrawDayEndBalanceWithdrawOutRequestNo_out_request_no_;
}

/** `v3/platsolution/ecommerce/withdraw/day-end-balance-withdraw/out-request-no/{out_request_no}` */
export interface V3PlatsolutionEcommerceWithdrawDayEndBalanceWithdrawOutRequestNo_out_request_no_ extends NodeBase, Verbs<'v3/platsolution/ecommerce/withdraw/day-end-balance-withdraw/out-request-no/{out_request_no}'> {
  /**
   * 查询二级商户按日终余额预约提现状态
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/platsolution/ecommerce/withdraw/day-end-balance-withdraw/out-request-no/{out_request_no}'>['getAsync'];
}

/** `v3/platsolution/insurance` */
export interface V3PlatsolutionInsurance extends NodeBase {
  mchTransfer: V3PlatsolutionInsuranceMchTransfer;
}

/** `v3/platsolution/insurance/mch-transfer` */
export interface V3PlatsolutionInsuranceMchTransfer extends NodeBase {
  batches: V3PlatsolutionInsuranceMchTransferBatches;
  reservation: V3PlatsolutionInsuranceMchTransferReservation;
}

/** `v3/platsolution/insurance/mch-transfer/batches` */
export interface V3PlatsolutionInsuranceMchTransferBatches extends NodeBase {
  apply: V3PlatsolutionInsuranceMchTransferBatchesApply;
  batchId: V3PlatsolutionInsuranceMchTransferBatchesBatchId;
  detailReceipts: V3PlatsolutionInsuranceMchTransferBatchesDetailReceipts;
  outBatchNo: V3PlatsolutionInsuranceMchTransferBatchesOutBatchNo;
  summaryReceipts: V3PlatsolutionInsuranceMchTransferBatchesSummaryReceipts;
}

/** `v3/platsolution/insurance/mch-transfer/batches/apply` */
export interface V3PlatsolutionInsuranceMchTransferBatchesApply extends NodeBase, Verbs<'v3/platsolution/insurance/mch-transfer/batches/apply'> {
  /**
   * 受理商家转账
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/platsolution/insurance/mch-transfer/batches/apply'>['postAsync'];
}

/** `v3/platsolution/insurance/mch-transfer/batches/batch-id` */
export interface V3PlatsolutionInsuranceMchTransferBatchesBatchId extends NodeBase {
  _batch_id_: V3PlatsolutionInsuranceMchTransferBatchesBatchId_batch_id_;
  '{batch_id}': V3PlatsolutionInsuranceMchTransferBatchesBatchId_batch_id_;
}

/** `v3/platsolution/insurance/mch-transfer/batches/batch-id/{batch_id}` */
export interface V3PlatsolutionInsuranceMchTransferBatchesBatchId_batch_id_ extends NodeBase, Verbs<'v3/platsolution/insurance/mch-transfer/batches/batch-id/{batch_id}'> {
  /**
   * 微信支付转账批次单号查询批次单
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/platsolution/insurance/mch-transfer/batches/batch-id/{batch_id}'>['getAsync'];
  details: V3PlatsolutionInsuranceMchTransferBatchesBatchId_batch_id_Details;
}

/** `v3/platsolution/insurance/mch-transfer/batches/batch-id/{batch_id}/details` */
export interface V3PlatsolutionInsuranceMchTransferBatchesBatchId_batch_id_Details extends NodeBase {
  detailId: V3PlatsolutionInsuranceMchTransferBatchesBatchId_batch_id_DetailsDetailId;
}

/** `v3/platsolution/insurance/mch-transfer/batches/batch-id/{batch_id}/details/detail-id` */
export interface V3PlatsolutionInsuranceMchTransferBatchesBatchId_batch_id_DetailsDetailId extends NodeBase {
  _detail_id_: V3PlatsolutionInsuranceMchTransferBatchesBatchId_batch_id_DetailsDetailId_detail_id_;
  '{detail_id}': V3PlatsolutionInsuranceMchTransferBatchesBatchId_batch_id_DetailsDetailId_detail_id_;
}

/** `v3/platsolution/insurance/mch-transfer/batches/batch-id/{batch_id}/details/detail-id/{detail_id}` */
export interface V3PlatsolutionInsuranceMchTransferBatchesBatchId_batch_id_DetailsDetailId_detail_id_ extends NodeBase, Verbs<'v3/platsolution/insurance/mch-transfer/batches/batch-id/{batch_id}/details/detail-id/{detail_id}'> {
  /**
   * 微信支付转账明细单号查询明细单
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/platsolution/insurance/mch-transfer/batches/batch-id/{batch_id}/details/detail-id/{detail_id}'>['getAsync'];
}

/** `v3/platsolution/insurance/mch-transfer/batches/detail-receipts` */
export interface V3PlatsolutionInsuranceMchTransferBatchesDetailReceipts extends NodeBase {
  outBatchNo: V3PlatsolutionInsuranceMchTransferBatchesDetailReceiptsOutBatchNo;
}

/** `v3/platsolution/insurance/mch-transfer/batches/detail-receipts/out-batch-no` */
export interface V3PlatsolutionInsuranceMchTransferBatchesDetailReceiptsOutBatchNo extends NodeBase {
  _out_batch_no_: V3PlatsolutionInsuranceMchTransferBatchesDetailReceiptsOutBatchNo_out_batch_no_;
  '{out_batch_no}': V3PlatsolutionInsuranceMchTransferBatchesDetailReceiptsOutBatchNo_out_batch_no_;
}

/** `v3/platsolution/insurance/mch-transfer/batches/detail-receipts/out-batch-no/{out_batch_no}` */
export interface V3PlatsolutionInsuranceMchTransferBatchesDetailReceiptsOutBatchNo_out_batch_no_ extends NodeBase {
  outDetailNo: V3PlatsolutionInsuranceMchTransferBatchesDetailReceiptsOutBatchNo_out_batch_no_OutDetailNo;
}

/** `v3/platsolution/insurance/mch-transfer/batches/detail-receipts/out-batch-no/{out_batch_no}/out-detail-no` */
export interface V3PlatsolutionInsuranceMchTransferBatchesDetailReceiptsOutBatchNo_out_batch_no_OutDetailNo extends NodeBase {
  _out_detail_no_: V3PlatsolutionInsuranceMchTransferBatchesDetailReceiptsOutBatchNo_out_batch_no_OutDetailNo_out_detail_no_;
  '{out_detail_no}': V3PlatsolutionInsuranceMchTransferBatchesDetailReceiptsOutBatchNo_out_batch_no_OutDetailNo_out_detail_no_;
}

/** `v3/platsolution/insurance/mch-transfer/batches/detail-receipts/out-batch-no/{out_batch_no}/out-detail-no/{out_detail_no}` */
export interface V3PlatsolutionInsuranceMchTransferBatchesDetailReceiptsOutBatchNo_out_batch_no_OutDetailNo_out_detail_no_ extends NodeBase, Verbs<'v3/platsolution/insurance/mch-transfer/batches/detail-receipts/out-batch-no/{out_batch_no}/out-detail-no/{out_detail_no}'> {
  /**
   * 查询商家转账明细电子回单
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/platsolution/insurance/mch-transfer/batches/detail-receipts/out-batch-no/{out_batch_no}/out-detail-no/{out_detail_no}'>['getAsync'];
  apply: V3PlatsolutionInsuranceMchTransferBatchesDetailReceiptsOutBatchNo_out_batch_no_OutDetailNo_out_detail_no_Apply;
}

/** `v3/platsolution/insurance/mch-transfer/batches/detail-receipts/out-batch-no/{out_batch_no}/out-detail-no/{out_detail_no}/apply` */
export interface V3PlatsolutionInsuranceMchTransferBatchesDetailReceiptsOutBatchNo_out_batch_no_OutDetailNo_out_detail_no_Apply extends NodeBase, Verbs<'v3/platsolution/insurance/mch-transfer/batches/detail-receipts/out-batch-no/{out_batch_no}/out-detail-no/{out_detail_no}/apply'> {
  /**
   * 申请商家转账明细电子回单
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/platsolution/insurance/mch-transfer/batches/detail-receipts/out-batch-no/{out_batch_no}/out-detail-no/{out_detail_no}/apply'>['postAsync'];
}

/** `v3/platsolution/insurance/mch-transfer/batches/out-batch-no` */
export interface V3PlatsolutionInsuranceMchTransferBatchesOutBatchNo extends NodeBase {
  _out_batch_no_: V3PlatsolutionInsuranceMchTransferBatchesOutBatchNo_out_batch_no_;
  '{out_batch_no}': V3PlatsolutionInsuranceMchTransferBatchesOutBatchNo_out_batch_no_;
}

/** `v3/platsolution/insurance/mch-transfer/batches/out-batch-no/{out_batch_no}` */
export interface V3PlatsolutionInsuranceMchTransferBatchesOutBatchNo_out_batch_no_ extends NodeBase, Verbs<'v3/platsolution/insurance/mch-transfer/batches/out-batch-no/{out_batch_no}'> {
  /**
   * 商户转账批次单号查询批次单
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/platsolution/insurance/mch-transfer/batches/out-batch-no/{out_batch_no}'>['getAsync'];
  details: V3PlatsolutionInsuranceMchTransferBatchesOutBatchNo_out_batch_no_Details;
}

/** `v3/platsolution/insurance/mch-transfer/batches/out-batch-no/{out_batch_no}/details` */
export interface V3PlatsolutionInsuranceMchTransferBatchesOutBatchNo_out_batch_no_Details extends NodeBase {
  outDetailNo: V3PlatsolutionInsuranceMchTransferBatchesOutBatchNo_out_batch_no_DetailsOutDetailNo;
}

/** `v3/platsolution/insurance/mch-transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no` */
export interface V3PlatsolutionInsuranceMchTransferBatchesOutBatchNo_out_batch_no_DetailsOutDetailNo extends NodeBase {
  _out_detail_no_: V3PlatsolutionInsuranceMchTransferBatchesOutBatchNo_out_batch_no_DetailsOutDetailNo_out_detail_no_;
  '{out_detail_no}': V3PlatsolutionInsuranceMchTransferBatchesOutBatchNo_out_batch_no_DetailsOutDetailNo_out_detail_no_;
}

/** `v3/platsolution/insurance/mch-transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no/{out_detail_no}` */
export interface V3PlatsolutionInsuranceMchTransferBatchesOutBatchNo_out_batch_no_DetailsOutDetailNo_out_detail_no_ extends NodeBase, Verbs<'v3/platsolution/insurance/mch-transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no/{out_detail_no}'> {
  /**
   * 商户明细单号查询明细单
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/platsolution/insurance/mch-transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no/{out_detail_no}'>['getAsync'];
}

/** `v3/platsolution/insurance/mch-transfer/batches/summary-receipts` */
export interface V3PlatsolutionInsuranceMchTransferBatchesSummaryReceipts extends NodeBase {
  outBatchNo: V3PlatsolutionInsuranceMchTransferBatchesSummaryReceiptsOutBatchNo;
}

/** `v3/platsolution/insurance/mch-transfer/batches/summary-receipts/out-batch-no` */
export interface V3PlatsolutionInsuranceMchTransferBatchesSummaryReceiptsOutBatchNo extends NodeBase {
  _out_batch_no_: V3PlatsolutionInsuranceMchTransferBatchesSummaryReceiptsOutBatchNo_out_batch_no_;
  '{out_batch_no}': V3PlatsolutionInsuranceMchTransferBatchesSummaryReceiptsOutBatchNo_out_batch_no_;
}

/** `v3/platsolution/insurance/mch-transfer/batches/summary-receipts/out-batch-no/{out_batch_no}` */
export interface V3PlatsolutionInsuranceMchTransferBatchesSummaryReceiptsOutBatchNo_out_batch_no_ extends NodeBase, Verbs<'v3/platsolution/insurance/mch-transfer/batches/summary-receipts/out-batch-no/{out_batch_no}'> {
  /**
   * 查询商家转账批次电子回单
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/platsolution/insurance/mch-transfer/batches/summary-receipts/out-batch-no/{out_batch_no}'>['getAsync'];
  apply: V3PlatsolutionInsuranceMchTransferBatchesSummaryReceiptsOutBatchNo_out_batch_no_Apply;
}

/** `v3/platsolution/insurance/mch-transfer/batches/summary-receipts/out-batch-no/{out_batch_no}/apply` */
export interface V3PlatsolutionInsuranceMchTransferBatchesSummaryReceiptsOutBatchNo_out_batch_no_Apply extends NodeBase, Verbs<'v3/platsolution/insurance/mch-transfer/batches/summary-receipts/out-batch-no/{out_batch_no}/apply'> {
  /**
   * 申请商家转账批次电子回单
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/platsolution/insurance/mch-transfer/batches/summary-receipts/out-batch-no/{out_batch_no}/apply'>['postAsync'];
}

/** `v3/platsolution/insurance/mch-transfer/reservation` */
export interface V3PlatsolutionInsuranceMchTransferReservation extends NodeBase {
  apply: V3PlatsolutionInsuranceMchTransferReservationApply;
  outReservationNo: V3PlatsolutionInsuranceMchTransferReservationOutReservationNo;
  reservationId: V3PlatsolutionInsuranceMchTransferReservationReservationId;
}

/** `v3/platsolution/insurance/mch-transfer/reservation/apply` */
export interface V3PlatsolutionInsuranceMchTransferReservationApply extends NodeBase, Verbs<'v3/platsolution/insurance/mch-transfer/reservation/apply'> {
  /**
   * 受理单次预约商家转账
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/platsolution/insurance/mch-transfer/reservation/apply'>['postAsync'];
}

/** `v3/platsolution/insurance/mch-transfer/reservation/out-reservation-no` */
export interface V3PlatsolutionInsuranceMchTransferReservationOutReservationNo extends NodeBase {
  _out_reservation_no_: V3PlatsolutionInsuranceMchTransferReservationOutReservationNo_out_reservation_no_;
  '{out_reservation_no}': V3PlatsolutionInsuranceMchTransferReservationOutReservationNo_out_reservation_no_;
}

/** `v3/platsolution/insurance/mch-transfer/reservation/out-reservation-no/{out_reservation_no}` */
export interface V3PlatsolutionInsuranceMchTransferReservationOutReservationNo_out_reservation_no_ extends NodeBase, Verbs<'v3/platsolution/insurance/mch-transfer/reservation/out-reservation-no/{out_reservation_no}'> {
  /**
   * 商户预约单号查询预约商家转账记录
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/platsolution/insurance/mch-transfer/reservation/out-reservation-no/{out_reservation_no}'>['getAsync'];
  close: V3PlatsolutionInsuranceMchTransferReservationOutReservationNo_out_reservation_no_Close;
}

/** `v3/platsolution/insurance/mch-transfer/reservation/out-reservation-no/{out_reservation_no}/close` */
export interface V3PlatsolutionInsuranceMchTransferReservationOutReservationNo_out_reservation_no_Close extends NodeBase, Verbs<'v3/platsolution/insurance/mch-transfer/reservation/out-reservation-no/{out_reservation_no}/close'> {
  /**
   * 关闭预约商家转账记录
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/platsolution/insurance/mch-transfer/reservation/out-reservation-no/{out_reservation_no}/close'>['postAsync'];
}

/** `v3/platsolution/insurance/mch-transfer/reservation/reservation-id` */
export interface V3PlatsolutionInsuranceMchTransferReservationReservationId extends NodeBase {
  _reservation_id_: V3PlatsolutionInsuranceMchTransferReservationReservationId_reservation_id_;
  '{reservation_id}': V3PlatsolutionInsuranceMchTransferReservationReservationId_reservation_id_;
}

/** `v3/platsolution/insurance/mch-transfer/reservation/reservation-id/{reservation_id}` */
export interface V3PlatsolutionInsuranceMchTransferReservationReservationId_reservation_id_ extends NodeBase, Verbs<'v3/platsolution/insurance/mch-transfer/reservation/reservation-id/{reservation_id}'> {
  /**
   * 微信支付预约单号查询预约商家转账记录
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/platsolution/insurance/mch-transfer/reservation/reservation-id/{reservation_id}'>['getAsync'];
}

/** `v3/platsolution/mch-transfer` */
export interface V3PlatsolutionMchTransfer extends NodeBase {
  batches: V3PlatsolutionMchTransferBatches;
  reservation: V3PlatsolutionMchTransferReservation;
}

/** `v3/platsolution/mch-transfer/batches` */
export interface V3PlatsolutionMchTransferBatches extends NodeBase {
  apply: V3PlatsolutionMchTransferBatchesApply;
  batchId: V3PlatsolutionMchTransferBatchesBatchId;
  detailReceipts: V3PlatsolutionMchTransferBatchesDetailReceipts;
  outBatchNo: V3PlatsolutionMchTransferBatchesOutBatchNo;
  summaryReceipts: V3PlatsolutionMchTransferBatchesSummaryReceipts;
}

/** `v3/platsolution/mch-transfer/batches/apply` */
export interface V3PlatsolutionMchTransferBatchesApply extends NodeBase, Verbs<'v3/platsolution/mch-transfer/batches/apply'> {
  /**
   * 受理商家转账
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/platsolution-mch-transfer/transfer-batch/transfer-batch-apply.html | 官方文档}
   */
  postAsync: Verbs<'v3/platsolution/mch-transfer/batches/apply'>['postAsync'];
}

/** `v3/platsolution/mch-transfer/batches/batch-id` */
export interface V3PlatsolutionMchTransferBatchesBatchId extends NodeBase {
  _batch_id_: V3PlatsolutionMchTransferBatchesBatchId_batch_id_;
  '{batch_id}': V3PlatsolutionMchTransferBatchesBatchId_batch_id_;
}

/** `v3/platsolution/mch-transfer/batches/batch-id/{batch_id}` */
export interface V3PlatsolutionMchTransferBatchesBatchId_batch_id_ extends NodeBase, Verbs<'v3/platsolution/mch-transfer/batches/batch-id/{batch_id}'> {
  /**
   * 微信支付转账批次单号查询批次单
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/platsolution-mch-transfer/transfer-batch/transfer-batch-get-by-id.html | 官方文档}
   */
  getAsync: Verbs<'v3/platsolution/mch-transfer/batches/batch-id/{batch_id}'>['getAsync'];
  details: V3PlatsolutionMchTransferBatchesBatchId_batch_id_Details;
}

/** `v3/platsolution/mch-transfer/batches/batch-id/{batch_id}/details` */
export interface V3PlatsolutionMchTransferBatchesBatchId_batch_id_Details extends NodeBase {
  detailId: V3PlatsolutionMchTransferBatchesBatchId_batch_id_DetailsDetailId;
}

/** `v3/platsolution/mch-transfer/batches/batch-id/{batch_id}/details/detail-id` */
export interface V3PlatsolutionMchTransferBatchesBatchId_batch_id_DetailsDetailId extends NodeBase {
  _detail_id_: V3PlatsolutionMchTransferBatchesBatchId_batch_id_DetailsDetailId_detail_id_;
  '{detail_id}': V3PlatsolutionMchTransferBatchesBatchId_batch_id_DetailsDetailId_detail_id_;
}

/** `v3/platsolution/mch-transfer/batches/batch-id/{batch_id}/details/detail-id/{detail_id}` */
export interface V3PlatsolutionMchTransferBatchesBatchId_batch_id_DetailsDetailId_detail_id_ extends NodeBase, Verbs<'v3/platsolution/mch-transfer/batches/batch-id/{batch_id}/details/detail-id/{detail_id}'> {
  /**
   * 微信支付转账明细单号查询明细单
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/platsolution-mch-transfer/transfer-batch/get-transfer-detail-by-no.html | 官方文档}
   */
  getAsync: Verbs<'v3/platsolution/mch-transfer/batches/batch-id/{batch_id}/details/detail-id/{detail_id}'>['getAsync'];
}

/** `v3/platsolution/mch-transfer/batches/detail-receipts` */
export interface V3PlatsolutionMchTransferBatchesDetailReceipts extends NodeBase {
  outBatchNo: V3PlatsolutionMchTransferBatchesDetailReceiptsOutBatchNo;
}

/** `v3/platsolution/mch-transfer/batches/detail-receipts/out-batch-no` */
export interface V3PlatsolutionMchTransferBatchesDetailReceiptsOutBatchNo extends NodeBase {
  _out_batch_no_: V3PlatsolutionMchTransferBatchesDetailReceiptsOutBatchNo_out_batch_no_;
  '{out_batch_no}': V3PlatsolutionMchTransferBatchesDetailReceiptsOutBatchNo_out_batch_no_;
}

/** `v3/platsolution/mch-transfer/batches/detail-receipts/out-batch-no/{out_batch_no}` */
export interface V3PlatsolutionMchTransferBatchesDetailReceiptsOutBatchNo_out_batch_no_ extends NodeBase {
  outDetailNo: V3PlatsolutionMchTransferBatchesDetailReceiptsOutBatchNo_out_batch_no_OutDetailNo;
}

/** `v3/platsolution/mch-transfer/batches/detail-receipts/out-batch-no/{out_batch_no}/out-detail-no` */
export interface V3PlatsolutionMchTransferBatchesDetailReceiptsOutBatchNo_out_batch_no_OutDetailNo extends NodeBase {
  _out_detail_no_: V3PlatsolutionMchTransferBatchesDetailReceiptsOutBatchNo_out_batch_no_OutDetailNo_out_detail_no_;
  '{out_detail_no}': V3PlatsolutionMchTransferBatchesDetailReceiptsOutBatchNo_out_batch_no_OutDetailNo_out_detail_no_;
}

/** `v3/platsolution/mch-transfer/batches/detail-receipts/out-batch-no/{out_batch_no}/out-detail-no/{out_detail_no}` */
export interface V3PlatsolutionMchTransferBatchesDetailReceiptsOutBatchNo_out_batch_no_OutDetailNo_out_detail_no_ extends NodeBase, Verbs<'v3/platsolution/mch-transfer/batches/detail-receipts/out-batch-no/{out_batch_no}/out-detail-no/{out_detail_no}'> {
  /**
   * 查询商家转账明细电子回单
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/platsolution-mch-transfer/receipts/receipt-query-by-detail-out-no.html | 官方文档}
   */
  getAsync: Verbs<'v3/platsolution/mch-transfer/batches/detail-receipts/out-batch-no/{out_batch_no}/out-detail-no/{out_detail_no}'>['getAsync'];
  apply: V3PlatsolutionMchTransferBatchesDetailReceiptsOutBatchNo_out_batch_no_OutDetailNo_out_detail_no_Apply;
}

/** `v3/platsolution/mch-transfer/batches/detail-receipts/out-batch-no/{out_batch_no}/out-detail-no/{out_detail_no}/apply` */
export interface V3PlatsolutionMchTransferBatchesDetailReceiptsOutBatchNo_out_batch_no_OutDetailNo_out_detail_no_Apply extends NodeBase, Verbs<'v3/platsolution/mch-transfer/batches/detail-receipts/out-batch-no/{out_batch_no}/out-detail-no/{out_detail_no}/apply'> {
  /**
   * 申请商家转账明细电子回单
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/platsolution-mch-transfer/receipts/receipt-apply-by-detail-out-no.html | 官方文档}
   */
  postAsync: Verbs<'v3/platsolution/mch-transfer/batches/detail-receipts/out-batch-no/{out_batch_no}/out-detail-no/{out_detail_no}/apply'>['postAsync'];
}

/** `v3/platsolution/mch-transfer/batches/out-batch-no` */
export interface V3PlatsolutionMchTransferBatchesOutBatchNo extends NodeBase {
  _out_batch_no_: V3PlatsolutionMchTransferBatchesOutBatchNo_out_batch_no_;
  '{out_batch_no}': V3PlatsolutionMchTransferBatchesOutBatchNo_out_batch_no_;
}

/** `v3/platsolution/mch-transfer/batches/out-batch-no/{out_batch_no}` */
export interface V3PlatsolutionMchTransferBatchesOutBatchNo_out_batch_no_ extends NodeBase, Verbs<'v3/platsolution/mch-transfer/batches/out-batch-no/{out_batch_no}'> {
  /**
   * 商户转账批次单号查询批次单
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/platsolution-mch-transfer/transfer-batch/transfer-batch-get-by-out-code.html | 官方文档}
   */
  getAsync: Verbs<'v3/platsolution/mch-transfer/batches/out-batch-no/{out_batch_no}'>['getAsync'];
  details: V3PlatsolutionMchTransferBatchesOutBatchNo_out_batch_no_Details;
}

/** `v3/platsolution/mch-transfer/batches/out-batch-no/{out_batch_no}/details` */
export interface V3PlatsolutionMchTransferBatchesOutBatchNo_out_batch_no_Details extends NodeBase {
  outDetailNo: V3PlatsolutionMchTransferBatchesOutBatchNo_out_batch_no_DetailsOutDetailNo;
}

/** `v3/platsolution/mch-transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no` */
export interface V3PlatsolutionMchTransferBatchesOutBatchNo_out_batch_no_DetailsOutDetailNo extends NodeBase {
  _out_detail_no_: V3PlatsolutionMchTransferBatchesOutBatchNo_out_batch_no_DetailsOutDetailNo_out_detail_no_;
  '{out_detail_no}': V3PlatsolutionMchTransferBatchesOutBatchNo_out_batch_no_DetailsOutDetailNo_out_detail_no_;
}

/** `v3/platsolution/mch-transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no/{out_detail_no}` */
export interface V3PlatsolutionMchTransferBatchesOutBatchNo_out_batch_no_DetailsOutDetailNo_out_detail_no_ extends NodeBase, Verbs<'v3/platsolution/mch-transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no/{out_detail_no}'> {
  /**
   * 商户明细单号查询明细单
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/platsolution-mch-transfer/transfer-batch/transfer-batch-get-detail-by-out-no.html | 官方文档}
   */
  getAsync: Verbs<'v3/platsolution/mch-transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no/{out_detail_no}'>['getAsync'];
}

/** `v3/platsolution/mch-transfer/batches/summary-receipts` */
export interface V3PlatsolutionMchTransferBatchesSummaryReceipts extends NodeBase {
  outBatchNo: V3PlatsolutionMchTransferBatchesSummaryReceiptsOutBatchNo;
}

/** `v3/platsolution/mch-transfer/batches/summary-receipts/out-batch-no` */
export interface V3PlatsolutionMchTransferBatchesSummaryReceiptsOutBatchNo extends NodeBase {
  _out_batch_no_: V3PlatsolutionMchTransferBatchesSummaryReceiptsOutBatchNo_out_batch_no_;
  '{out_batch_no}': V3PlatsolutionMchTransferBatchesSummaryReceiptsOutBatchNo_out_batch_no_;
}

/** `v3/platsolution/mch-transfer/batches/summary-receipts/out-batch-no/{out_batch_no}` */
export interface V3PlatsolutionMchTransferBatchesSummaryReceiptsOutBatchNo_out_batch_no_ extends NodeBase, Verbs<'v3/platsolution/mch-transfer/batches/summary-receipts/out-batch-no/{out_batch_no}'> {
  /**
   * 查询商家转账批次电子回单
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/platsolution-mch-transfer/receipts/receipts-query-by-batch-out-no.html | 官方文档}
   */
  getAsync: Verbs<'v3/platsolution/mch-transfer/batches/summary-receipts/out-batch-no/{out_batch_no}'>['getAsync'];
  apply: V3PlatsolutionMchTransferBatchesSummaryReceiptsOutBatchNo_out_batch_no_Apply;
}

/** `v3/platsolution/mch-transfer/batches/summary-receipts/out-batch-no/{out_batch_no}/apply` */
export interface V3PlatsolutionMchTransferBatchesSummaryReceiptsOutBatchNo_out_batch_no_Apply extends NodeBase, Verbs<'v3/platsolution/mch-transfer/batches/summary-receipts/out-batch-no/{out_batch_no}/apply'> {
  /**
   * 申请商家转账批次电子回单
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/platsolution-mch-transfer/receipts/receipts-apply-by-batch-out-no.html | 官方文档}
   */
  postAsync: Verbs<'v3/platsolution/mch-transfer/batches/summary-receipts/out-batch-no/{out_batch_no}/apply'>['postAsync'];
}

/** `v3/platsolution/mch-transfer/reservation` */
export interface V3PlatsolutionMchTransferReservation extends NodeBase {
  apply: V3PlatsolutionMchTransferReservationApply;
  outReservationNo: V3PlatsolutionMchTransferReservationOutReservationNo;
  reservationId: V3PlatsolutionMchTransferReservationReservationId;
}

/** `v3/platsolution/mch-transfer/reservation/apply` */
export interface V3PlatsolutionMchTransferReservationApply extends NodeBase, Verbs<'v3/platsolution/mch-transfer/reservation/apply'> {
  /**
   * 受理单次预约商家转账
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/platsolution-mch-transfer/transfer-reservation/transfer-reservation-apply.html | 官方文档}
   */
  postAsync: Verbs<'v3/platsolution/mch-transfer/reservation/apply'>['postAsync'];
}

/** `v3/platsolution/mch-transfer/reservation/out-reservation-no` */
export interface V3PlatsolutionMchTransferReservationOutReservationNo extends NodeBase {
  _out_reservation_no_: V3PlatsolutionMchTransferReservationOutReservationNo_out_reservation_no_;
  '{out_reservation_no}': V3PlatsolutionMchTransferReservationOutReservationNo_out_reservation_no_;
}

/** `v3/platsolution/mch-transfer/reservation/out-reservation-no/{out_reservation_no}` */
export interface V3PlatsolutionMchTransferReservationOutReservationNo_out_reservation_no_ extends NodeBase, Verbs<'v3/platsolution/mch-transfer/reservation/out-reservation-no/{out_reservation_no}'> {
  /**
   * 商户预约单号查询预约商家转账记录
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/platsolution-mch-transfer/transfer-reservation/transfer-reservation-get-by-out-no.html | 官方文档}
   */
  getAsync: Verbs<'v3/platsolution/mch-transfer/reservation/out-reservation-no/{out_reservation_no}'>['getAsync'];
  close: V3PlatsolutionMchTransferReservationOutReservationNo_out_reservation_no_Close;
}

/** `v3/platsolution/mch-transfer/reservation/out-reservation-no/{out_reservation_no}/close` */
export interface V3PlatsolutionMchTransferReservationOutReservationNo_out_reservation_no_Close extends NodeBase, Verbs<'v3/platsolution/mch-transfer/reservation/out-reservation-no/{out_reservation_no}/close'> {
  /**
   * 关闭预约商家转账记录
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/platsolution-mch-transfer/transfer-reservation/transfer-reservation-close.html | 官方文档}
   */
  postAsync: Verbs<'v3/platsolution/mch-transfer/reservation/out-reservation-no/{out_reservation_no}/close'>['postAsync'];
}

/** `v3/platsolution/mch-transfer/reservation/reservation-id` */
export interface V3PlatsolutionMchTransferReservationReservationId extends NodeBase {
  _reservation_id_: V3PlatsolutionMchTransferReservationReservationId_reservation_id_;
  '{reservation_id}': V3PlatsolutionMchTransferReservationReservationId_reservation_id_;
}

/** `v3/platsolution/mch-transfer/reservation/reservation-id/{reservation_id}` */
export interface V3PlatsolutionMchTransferReservationReservationId_reservation_id_ extends NodeBase, Verbs<'v3/platsolution/mch-transfer/reservation/reservation-id/{reservation_id}'> {
  /**
   * 微信支付预约单号查询预约商家转账记录
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/platsolution-mch-transfer/transfer-reservation/transfer-reservation-get-by-id.html | 官方文档}
   */
  getAsync: Verbs<'v3/platsolution/mch-transfer/reservation/reservation-id/{reservation_id}'>['getAsync'];
}

/** `v3/profitsharing` */
export interface V3Profitsharing extends NodeBase {
  bills: V3ProfitsharingBills;
  merchantConfigs: V3ProfitsharingMerchantConfigs;
  orders: V3ProfitsharingOrders;
  receivers: V3ProfitsharingReceivers;
  returnOrders: V3ProfitsharingReturnOrders;
  transactions: V3ProfitsharingTransactions;
}

/** `v3/profitsharing/bills` */
export interface V3ProfitsharingBills extends NodeBase, Verbs<'v3/profitsharing/bills'> {
  /**
   * 申请分账账单
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/profitsharing/bills'>['getAsync'];
}

/** `v3/profitsharing/merchant-configs` */
export interface V3ProfitsharingMerchantConfigs extends NodeBase {
  _sub_mchid_: V3ProfitsharingMerchantConfigs_sub_mchid_;
  '{sub_mchid}': V3ProfitsharingMerchantConfigs_sub_mchid_;
}

/** `v3/profitsharing/merchant-configs/{sub_mchid}` */
export interface V3ProfitsharingMerchantConfigs_sub_mchid_ extends NodeBase, Verbs<'v3/profitsharing/merchant-configs/{sub_mchid}'> {
  /**
   * 查询最大分账比例
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/profitsharing/merchant-configs/{sub_mchid}'>['getAsync'];
}

/** `v3/profitsharing/orders` */
export interface V3ProfitsharingOrders extends NodeBase, Verbs<'v3/profitsharing/orders'> {
  /**
   * 请求分账
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/profitsharing/orders'>['postAsync'];
  unfreeze: V3ProfitsharingOrdersUnfreeze;
  _out_order_no_: V3ProfitsharingOrders_out_order_no_;
  '{out_order_no}': V3ProfitsharingOrders_out_order_no_;
}

/** `v3/profitsharing/orders/unfreeze` */
export interface V3ProfitsharingOrdersUnfreeze extends NodeBase, Verbs<'v3/profitsharing/orders/unfreeze'> {
  /**
   * 解冻剩余资金
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/profitsharing/orders/unfreeze'>['postAsync'];
}

/** `v3/profitsharing/orders/{out_order_no}` */
export interface V3ProfitsharingOrders_out_order_no_ extends NodeBase, Verbs<'v3/profitsharing/orders/{out_order_no}'> {
  /**
   * 查询分账结果
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/profitsharing/orders/{out_order_no}'>['getAsync'];
}

/** `v3/profitsharing/receivers` */
export interface V3ProfitsharingReceivers extends NodeBase {
  add: V3ProfitsharingReceiversAdd;
  delete: V3ProfitsharingReceiversDelete;
}

/** `v3/profitsharing/receivers/add` */
export interface V3ProfitsharingReceiversAdd extends NodeBase, Verbs<'v3/profitsharing/receivers/add'> {
  /**
   * 添加分账接收方
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/profitsharing/receivers/add'>['postAsync'];
}

/** `v3/profitsharing/receivers/delete` */
export interface V3ProfitsharingReceiversDelete extends NodeBase, Verbs<'v3/profitsharing/receivers/delete'> {
  /**
   * 删除分账接收方
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/profitsharing/receivers/delete'>['postAsync'];
}

/** `v3/profitsharing/return-orders` */
export interface V3ProfitsharingReturnOrders extends NodeBase, Verbs<'v3/profitsharing/return-orders'> {
  /**
   * 请求分账回退
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/profitsharing/return-orders'>['postAsync'];
  _out_return_no_: V3ProfitsharingReturnOrders_out_return_no_;
  '{out_return_no}': V3ProfitsharingReturnOrders_out_return_no_;
}

/** `v3/profitsharing/return-orders/{out_return_no}` */
export interface V3ProfitsharingReturnOrders_out_return_no_ extends NodeBase, Verbs<'v3/profitsharing/return-orders/{out_return_no}'> {
  /**
   * 查询分账回退结果
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/profitsharing/return-orders/{out_return_no}'>['getAsync'];
}

/** `v3/profitsharing/transactions` */
export interface V3ProfitsharingTransactions extends NodeBase {
  _transaction_id_: V3ProfitsharingTransactions_transaction_id_;
  '{transaction_id}': V3ProfitsharingTransactions_transaction_id_;
}

/** `v3/profitsharing/transactions/{transaction_id}` */
export interface V3ProfitsharingTransactions_transaction_id_ extends NodeBase {
  amounts: V3ProfitsharingTransactions_transaction_id_Amounts;
}

/** `v3/profitsharing/transactions/{transaction_id}/amounts` */
export interface V3ProfitsharingTransactions_transaction_id_Amounts extends NodeBase, Verbs<'v3/profitsharing/transactions/{transaction_id}/amounts'> {
  /**
   * 查询剩余待分金额
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/profitsharing/transactions/{transaction_id}/amounts'>['getAsync'];
}

/** `v3/qrcode` */
export interface V3Qrcode extends NodeBase {
  transactions: V3QrcodeTransactions;
  userServices: V3QrcodeUserServices;
}

/** `v3/qrcode/transactions` */
export interface V3QrcodeTransactions extends NodeBase, Verbs<'v3/qrcode/transactions'> {
  /**
   * 扣费受理
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/qrcode/transactions'>['postAsync'];
  outTradeNo: V3QrcodeTransactionsOutTradeNo;
}

/** `v3/qrcode/transactions/out-trade-no` */
export interface V3QrcodeTransactionsOutTradeNo extends NodeBase {
  _out_trade_no_: V3QrcodeTransactionsOutTradeNo_out_trade_no_;
  '{out_trade_no}': V3QrcodeTransactionsOutTradeNo_out_trade_no_;
}

/** `v3/qrcode/transactions/out-trade-no/{out_trade_no}` */
export interface V3QrcodeTransactionsOutTradeNo_out_trade_no_ extends NodeBase, Verbs<'v3/qrcode/transactions/out-trade-no/{out_trade_no}'> {
  /**
   * 查询订单
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/qrcode/transactions/out-trade-no/{out_trade_no}'>['getAsync'];
}

/** `v3/qrcode/user-services` */
export interface V3QrcodeUserServices extends NodeBase {
  contractId: V3QrcodeUserServicesContractId;
}

/** `v3/qrcode/user-services/contract-id` */
export interface V3QrcodeUserServicesContractId extends NodeBase {
  _contract_id_: V3QrcodeUserServicesContractId_contract_id_;
  '{contract_id}': V3QrcodeUserServicesContractId_contract_id_;
}

/** `v3/qrcode/user-services/contract-id/{contract_id}` */
export interface V3QrcodeUserServicesContractId_contract_id_ extends NodeBase, Verbs<'v3/qrcode/user-services/contract-id/{contract_id}'> {
  /**
   * 查询用户服务可用信息
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/qrcode/user-services/contract-id/{contract_id}'>['getAsync'];
}

/** `v3/rate-activity` */
export interface V3RateActivity extends NodeBase {
  applications: V3RateActivityApplications;
}

/** `v3/rate-activity/applications` */
export interface V3RateActivityApplications extends NodeBase, Verbs<'v3/rate-activity/applications'> {
  /**
   * 报名费率优惠活动API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/rateactivity/chapter3_1.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/rate-activity/applications'>['postAsync'];
  id: V3RateActivityApplicationsId;
}

/** `v3/rate-activity/applications/id` */
export interface V3RateActivityApplicationsId extends NodeBase {
  _application_id_: V3RateActivityApplicationsId_application_id_;
  '{application_id}': V3RateActivityApplicationsId_application_id_;
}

/** `v3/rate-activity/applications/id/{application_id}` */
export interface V3RateActivityApplicationsId_application_id_ extends NodeBase, Verbs<'v3/rate-activity/applications/id/{application_id}'> {
  /**
   * 根据申请单ID查询申请单结果API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/rateactivity/chapter3_2.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/rate-activity/applications/id/{application_id}'>['getAsync'];
  /**
   * 修改单据信息API
   *
   * Async twin of `patch`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/rateactivity/chapter3_3.shtml | 官方文档}
   */
  patchAsync: Verbs<'v3/rate-activity/applications/id/{application_id}'>['patchAsync'];
}

/** `v3/realname` */
export interface V3Realname extends NodeBase {
  verify: V3RealnameVerify;
}

/** `v3/realname/verify` */
export interface V3RealnameVerify extends NodeBase, Verbs<'v3/realname/verify'> {
  /**
   * 实名信息校验
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/doc/v3/partner/4013735179 | 官方文档}
   */
  getAsync: Verbs<'v3/realname/verify'>['getAsync'];
}

/** `v3/recharge` */
export interface V3Recharge extends NodeBase {
  bankTransferRecharges: V3RechargeBankTransferRecharges;
}

/** `v3/recharge/bank-transfer-recharges` */
export interface V3RechargeBankTransferRecharges extends NodeBase {
  apply: V3RechargeBankTransferRechargesApply;
  outRechargeNo: V3RechargeBankTransferRechargesOutRechargeNo;
}

/** `v3/recharge/bank-transfer-recharges/apply` */
export interface V3RechargeBankTransferRechargesApply extends NodeBase, Verbs<'v3/recharge/bank-transfer-recharges/apply'> {
  /**
   * 申请银行转账充值
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/mch-recharge/bank-recharge/bank-transfer-recharge-apply.html | 官方文档}
   */
  postAsync: Verbs<'v3/recharge/bank-transfer-recharges/apply'>['postAsync'];
}

/** `v3/recharge/bank-transfer-recharges/out-recharge-no` */
export interface V3RechargeBankTransferRechargesOutRechargeNo extends NodeBase {
  _out_recharge_no_: V3RechargeBankTransferRechargesOutRechargeNo_out_recharge_no_;
  '{out_recharge_no}': V3RechargeBankTransferRechargesOutRechargeNo_out_recharge_no_;
}

/** `v3/recharge/bank-transfer-recharges/out-recharge-no/{out_recharge_no}` */
export interface V3RechargeBankTransferRechargesOutRechargeNo_out_recharge_no_ extends NodeBase, Verbs<'v3/recharge/bank-transfer-recharges/out-recharge-no/{out_recharge_no}'> {
  /**
   * 查询银行转账充值结果
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/mch-recharge/bank-recharge/bank-transfer-recharge-get-by-out-no.html | 官方文档}
   */
  getAsync: Verbs<'v3/recharge/bank-transfer-recharges/out-recharge-no/{out_recharge_no}'>['getAsync'];
}

/** `v3/refund` */
export interface V3Refund extends NodeBase {
  domestic: V3RefundDomestic;
}

/** `v3/refund/domestic` */
export interface V3RefundDomestic extends NodeBase {
  refunds: V3RefundDomesticRefunds;
}

/** `v3/refund/domestic/refunds` */
export interface V3RefundDomesticRefunds extends NodeBase, Verbs<'v3/refund/domestic/refunds'> {
  /**
   * 申请退款API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter3_5_9.shtml | 官方文档}
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/refund/refunds/create.html | 官方文档}
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/refund/refunds/create.html | 官方文档}
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/weixin-pay-score/refunds/create.html | 官方文档}
   */
  postAsync: Verbs<'v3/refund/domestic/refunds'>['postAsync'];
  _out_refund_no_: V3RefundDomesticRefunds_out_refund_no_;
  '{out_refund_no}': V3RefundDomesticRefunds_out_refund_no_;
  _refund_id_: V3RefundDomesticRefunds_refund_id_;
  '{refund_id}': V3RefundDomesticRefunds_refund_id_;
}

/** `v3/refund/domestic/refunds/{out_refund_no}` */
export interface V3RefundDomesticRefunds_out_refund_no_ extends NodeBase, Verbs<'v3/refund/domestic/refunds/{out_refund_no}'> {
  /**
   * 查询单笔退款API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/apis/chapter3_5_10.shtml | 官方文档}
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/refund/refunds/query-by-out-refund-no.html | 官方文档}
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/refund/refunds/query-by-out-refund-no.html | 官方文档}
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/weixin-pay-score/refunds/query-by-out-refund-no.html | 官方文档}
   */
  getAsync: Verbs<'v3/refund/domestic/refunds/{out_refund_no}'>['getAsync'];
}

/** `v3/refund/domestic/refunds/{refund_id}` */
export interface V3RefundDomesticRefunds_refund_id_ extends NodeBase {
  applyAbnormalRefund: V3RefundDomesticRefunds_refund_id_ApplyAbnormalRefund;
}

/** `v3/refund/domestic/refunds/{refund_id}/apply-abnormal-refund` */
export interface V3RefundDomesticRefunds_refund_id_ApplyAbnormalRefund extends NodeBase, Verbs<'v3/refund/domestic/refunds/{refund_id}/apply-abnormal-refund'> {
  /**
   * 发起异常退款
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/refund/refunds/create-abnormal-refund.html | 官方文档}
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/refund/refunds/create-abnormal-refund.html | 官方文档}
   */
  postAsync: Verbs<'v3/refund/domestic/refunds/{refund_id}/apply-abnormal-refund'>['postAsync'];
}

/** `v3/repayment` */
export interface V3Repayment extends NodeBase {
  combineTransactions: V3RepaymentCombineTransactions;
}

/** `v3/repayment/combine-transactions` */
export interface V3RepaymentCombineTransactions extends NodeBase {
  partner: V3RepaymentCombineTransactionsPartner;
}

/** `v3/repayment/combine-transactions/partner` */
export interface V3RepaymentCombineTransactionsPartner extends NodeBase {
  outTradeNo: V3RepaymentCombineTransactionsPartnerOutTradeNo;
  prepay: V3RepaymentCombineTransactionsPartnerPrepay;
}

/** `v3/repayment/combine-transactions/partner/out-trade-no` */
export interface V3RepaymentCombineTransactionsPartnerOutTradeNo extends NodeBase {
  _combine_out_trade_no_: V3RepaymentCombineTransactionsPartnerOutTradeNo_combine_out_trade_no_;
  '{combine_out_trade_no}': V3RepaymentCombineTransactionsPartnerOutTradeNo_combine_out_trade_no_;
}

/** `v3/repayment/combine-transactions/partner/out-trade-no/{combine_out_trade_no}` */
export interface V3RepaymentCombineTransactionsPartnerOutTradeNo_combine_out_trade_no_ extends NodeBase, Verbs<'v3/repayment/combine-transactions/partner/out-trade-no/{combine_out_trade_no}'> {
  /**
   * 还款单查询
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/repayment/combine-transactions/partner/out-trade-no/{combine_out_trade_no}'>['getAsync'];
  close: V3RepaymentCombineTransactionsPartnerOutTradeNo_combine_out_trade_no_Close;
}

/** `v3/repayment/combine-transactions/partner/out-trade-no/{combine_out_trade_no}/close` */
export interface V3RepaymentCombineTransactionsPartnerOutTradeNo_combine_out_trade_no_Close extends NodeBase, Verbs<'v3/repayment/combine-transactions/partner/out-trade-no/{combine_out_trade_no}/close'> {
  /**
   * 商户关单
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/repayment/combine-transactions/partner/out-trade-no/{combine_out_trade_no}/close'>['postAsync'];
}

/** `v3/repayment/combine-transactions/partner/prepay` */
export interface V3RepaymentCombineTransactionsPartnerPrepay extends NodeBase, Verbs<'v3/repayment/combine-transactions/partner/prepay'> {
  /**
   * 还款下单
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/repayment/combine-transactions/partner/prepay'>['postAsync'];
}

/** `v3/security` */
export interface V3Security extends NodeBase {
  echo: V3SecurityEcho;
}

/** `v3/security/echo` */
export interface V3SecurityEcho extends NodeBase, Verbs<'v3/security/echo'> {
  /**
   * 商户签名验签／加解密测试
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/security/echo'>['postAsync'];
}

/** `v3/smartguide` */
export interface V3Smartguide extends NodeBase {
  guides: V3SmartguideGuides;
}

/** `v3/smartguide/guides` */
export interface V3SmartguideGuides extends NodeBase, Verbs<'v3/smartguide/guides'> {
  /**
   * 服务人员查询API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/smartguide/chapter3_3.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/smartguide/guides'>['getAsync'];
  /**
   * 服务人员注册API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/smartguide/chapter3_1.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/smartguide/guides'>['postAsync'];
  _guide_id_: V3SmartguideGuides_guide_id_;
  '{guide_id}': V3SmartguideGuides_guide_id_;
}

/** `v3/smartguide/guides/{guide_id}` */
export interface V3SmartguideGuides_guide_id_ extends NodeBase, Verbs<'v3/smartguide/guides/{guide_id}'> {
  /**
   * 服务人员信息更新API
   *
   * Async twin of `patch`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/smartguide/chapter3_4.shtml | 官方文档}
   */
  patchAsync: Verbs<'v3/smartguide/guides/{guide_id}'>['patchAsync'];
  assign: V3SmartguideGuides_guide_id_Assign;
}

/** `v3/smartguide/guides/{guide_id}/assign` */
export interface V3SmartguideGuides_guide_id_Assign extends NodeBase, Verbs<'v3/smartguide/guides/{guide_id}/assign'> {
  /**
   * 服务人员分配API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/smartguide/chapter3_2.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/smartguide/guides/{guide_id}/assign'>['postAsync'];
}

/** `v3/taxi-invoice` */
export interface V3TaxiInvoice extends NodeBase {
  attendance: V3TaxiInvoiceAttendance;
  cards: V3TaxiInvoiceCards;
  driver: V3TaxiInvoiceDriver;
  drivers: V3TaxiInvoiceDrivers;
  taxi: V3TaxiInvoiceTaxi;
  taxiCompanies: V3TaxiInvoiceTaxiCompanies;
  taxiCompany: V3TaxiInvoiceTaxiCompany;
  taxies: V3TaxiInvoiceTaxies;
  userTaxiOrder: V3TaxiInvoiceUserTaxiOrder;
  userTaxiOrders: V3TaxiInvoiceUserTaxiOrders;
}

/** `v3/taxi-invoice/attendance` */
export interface V3TaxiInvoiceAttendance extends NodeBase {
  punch: V3TaxiInvoiceAttendancePunch;
}

/** `v3/taxi-invoice/attendance/punch` */
export interface V3TaxiInvoiceAttendancePunch extends NodeBase, Verbs<'v3/taxi-invoice/attendance/punch'> {
  /**
   * 签到签退API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/taxi-fapiao/attendance/punch-attendance.html | 官方文档}
   */
  postAsync: Verbs<'v3/taxi-invoice/attendance/punch'>['postAsync'];
}

/** `v3/taxi-invoice/cards` */
export interface V3TaxiInvoiceCards extends NodeBase, Verbs<'v3/taxi-invoice/cards'> {
  /**
   * 将出租车电子发票插入微信用户卡包API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/taxi-fapiao/taxi-invoice-card/create-taxi-invoice-card.html | 官方文档}
   */
  postAsync: Verbs<'v3/taxi-invoice/cards'>['postAsync'];
  uploadFile: V3TaxiInvoiceCardsUploadFile;
}

/** `v3/taxi-invoice/cards/upload-file` */
export interface V3TaxiInvoiceCardsUploadFile extends NodeBase, Verbs<'v3/taxi-invoice/cards/upload-file'> {
  /**
   * 上传出租车电子发票文件
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/taxi-fapiao/taxi-invoice-card/upload-taxi-invoice-card-file.html | 官方文档}
   */
  postAsync: Verbs<'v3/taxi-invoice/cards/upload-file'>['postAsync'];
}

/** `v3/taxi-invoice/driver` */
export interface V3TaxiInvoiceDriver extends NodeBase {
  updateDriver: V3TaxiInvoiceDriverUpdateDriver;
}

/** `v3/taxi-invoice/driver/update-driver` */
export interface V3TaxiInvoiceDriverUpdateDriver extends NodeBase, Verbs<'v3/taxi-invoice/driver/update-driver'> {
  /**
   * 更新司机信息API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/taxi-fapiao/driver/update-driver.html | 官方文档}
   */
  postAsync: Verbs<'v3/taxi-invoice/driver/update-driver'>['postAsync'];
}

/** `v3/taxi-invoice/drivers` */
export interface V3TaxiInvoiceDrivers extends NodeBase {
  _driver_license_: V3TaxiInvoiceDrivers_driver_license_;
  '{driver_license}': V3TaxiInvoiceDrivers_driver_license_;
}

/** `v3/taxi-invoice/drivers/{driver_license}` */
export interface V3TaxiInvoiceDrivers_driver_license_ extends NodeBase, Verbs<'v3/taxi-invoice/drivers/{driver_license}'> {
  /**
   * 获取司机信息API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/taxi-fapiao/driver/query-driver.html | 官方文档}
   */
  getAsync: Verbs<'v3/taxi-invoice/drivers/{driver_license}'>['getAsync'];
}

/** `v3/taxi-invoice/taxi` */
export interface V3TaxiInvoiceTaxi extends NodeBase {
  updateTaxi: V3TaxiInvoiceTaxiUpdateTaxi;
}

/** `v3/taxi-invoice/taxi-companies` */
export interface V3TaxiInvoiceTaxiCompanies extends NodeBase {
  _company_mchid_: V3TaxiInvoiceTaxiCompanies_company_mchid_;
  '{company_mchid}': V3TaxiInvoiceTaxiCompanies_company_mchid_;
}

/** `v3/taxi-invoice/taxi-companies/{company_mchid}` */
export interface V3TaxiInvoiceTaxiCompanies_company_mchid_ extends NodeBase, Verbs<'v3/taxi-invoice/taxi-companies/{company_mchid}'> {
  /**
   * 获取出租车公司商户信息API
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/taxi-invoice/taxi-companies/{company_mchid}'>['getAsync'];
}

/** `v3/taxi-invoice/taxi-company` */
export interface V3TaxiInvoiceTaxiCompany extends NodeBase {
  createTaxiCompany: V3TaxiInvoiceTaxiCompanyCreateTaxiCompany;
}

/** `v3/taxi-invoice/taxi-company/create-taxi-company` */
export interface V3TaxiInvoiceTaxiCompanyCreateTaxiCompany extends NodeBase, Verbs<'v3/taxi-invoice/taxi-company/create-taxi-company'> {
  /**
   * 新增出租车公司API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/taxi-fapiao/taxi-company/create-taxi-company.html | 官方文档}
   */
  postAsync: Verbs<'v3/taxi-invoice/taxi-company/create-taxi-company'>['postAsync'];
}

/** `v3/taxi-invoice/taxi/update-taxi` */
export interface V3TaxiInvoiceTaxiUpdateTaxi extends NodeBase, Verbs<'v3/taxi-invoice/taxi/update-taxi'> {
  /**
   * 更新出租车信息API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/taxi-fapiao/taxi/update-taxi.html | 官方文档}
   */
  postAsync: Verbs<'v3/taxi-invoice/taxi/update-taxi'>['postAsync'];
}

/** `v3/taxi-invoice/taxies` */
export interface V3TaxiInvoiceTaxies extends NodeBase {
  _plate_number_: V3TaxiInvoiceTaxies_plate_number_;
  '{plate_number}': V3TaxiInvoiceTaxies_plate_number_;
}

/** `v3/taxi-invoice/taxies/{plate_number}` */
export interface V3TaxiInvoiceTaxies_plate_number_ extends NodeBase, Verbs<'v3/taxi-invoice/taxies/{plate_number}'> {
  /**
   * 获取出租车信息API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/taxi-fapiao/taxi/query-taxi.html | 官方文档}
   */
  getAsync: Verbs<'v3/taxi-invoice/taxies/{plate_number}'>['getAsync'];
}

/** `v3/taxi-invoice/user-taxi-order` */
export interface V3TaxiInvoiceUserTaxiOrder extends NodeBase {
  findByToken: V3TaxiInvoiceUserTaxiOrderFindByToken;
}

/** `v3/taxi-invoice/user-taxi-order/find-by-token` */
export interface V3TaxiInvoiceUserTaxiOrderFindByToken extends NodeBase, Verbs<'v3/taxi-invoice/user-taxi-order/find-by-token'> {
  /**
   * 根据凭证查询乘客行程单API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/taxi-fapiao/user-taxi-order/query-user-taxi-order-by-token.html | 官方文档}
   */
  getAsync: Verbs<'v3/taxi-invoice/user-taxi-order/find-by-token'>['getAsync'];
}

/** `v3/taxi-invoice/user-taxi-orders` */
export interface V3TaxiInvoiceUserTaxiOrders extends NodeBase, Verbs<'v3/taxi-invoice/user-taxi-orders'> {
  /**
   * 获取乘客行程单列表API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/products/taxi-fapiao/introduction.html | 官方文档}
   */
  getAsync: Verbs<'v3/taxi-invoice/user-taxi-orders'>['getAsync'];
}

/** `v3/transaction-block` */
export interface V3TransactionBlock extends NodeBase {
  transactionBlockRecords: V3TransactionBlockTransactionBlockRecords;
  transactionBlockSubmissions: V3TransactionBlockTransactionBlockSubmissions;
}

/** `v3/transaction-block/transaction-block-records` */
export interface V3TransactionBlockTransactionBlockRecords extends NodeBase {
  subMchid: V3TransactionBlockTransactionBlockRecordsSubMchid;
  _block_record_id_: V3TransactionBlockTransactionBlockRecords_block_record_id_;
  '{block_record_id}': V3TransactionBlockTransactionBlockRecords_block_record_id_;
}

/** `v3/transaction-block/transaction-block-records/sub-mchid` */
export interface V3TransactionBlockTransactionBlockRecordsSubMchid extends NodeBase {
  _sub_mchid_: V3TransactionBlockTransactionBlockRecordsSubMchid_sub_mchid_;
  '{sub_mchid}': V3TransactionBlockTransactionBlockRecordsSubMchid_sub_mchid_;
}

/** `v3/transaction-block/transaction-block-records/sub-mchid/{sub_mchid}` */
export interface V3TransactionBlockTransactionBlockRecordsSubMchid_sub_mchid_ extends NodeBase, Verbs<'v3/transaction-block/transaction-block-records/sub-mchid/{sub_mchid}'> {
  /**
   * 分页查询子商户名下的交易拦截记录
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/transaction-block/transaction-block-records/sub-mchid/{sub_mchid}'>['getAsync'];
}

/** `v3/transaction-block/transaction-block-records/{block_record_id}` */
export interface V3TransactionBlockTransactionBlockRecords_block_record_id_ extends NodeBase, Verbs<'v3/transaction-block/transaction-block-records/{block_record_id}'> {
  /**
   * 查询子商户交易拦截记录详情
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/transaction-block/transaction-block-records/{block_record_id}'>['getAsync'];
}

/** `v3/transaction-block/transaction-block-submissions` */
export interface V3TransactionBlockTransactionBlockSubmissions extends NodeBase {
  subMchid: V3TransactionBlockTransactionBlockSubmissionsSubMchid;
  _block_submission_id_: V3TransactionBlockTransactionBlockSubmissions_block_submission_id_;
  '{block_submission_id}': V3TransactionBlockTransactionBlockSubmissions_block_submission_id_;
}

/** `v3/transaction-block/transaction-block-submissions/sub-mchid` */
export interface V3TransactionBlockTransactionBlockSubmissionsSubMchid extends NodeBase {
  _sub_mchid_: V3TransactionBlockTransactionBlockSubmissionsSubMchid_sub_mchid_;
  '{sub_mchid}': V3TransactionBlockTransactionBlockSubmissionsSubMchid_sub_mchid_;
}

/** `v3/transaction-block/transaction-block-submissions/sub-mchid/{sub_mchid}` */
export interface V3TransactionBlockTransactionBlockSubmissionsSubMchid_sub_mchid_ extends NodeBase, Verbs<'v3/transaction-block/transaction-block-submissions/sub-mchid/{sub_mchid}'> {
  /**
   * 发起交易拦截申诉
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/transaction-block/transaction-block-submissions/sub-mchid/{sub_mchid}'>['postAsync'];
}

/** `v3/transaction-block/transaction-block-submissions/{block_submission_id}` */
export interface V3TransactionBlockTransactionBlockSubmissions_block_submission_id_ extends NodeBase, Verbs<'v3/transaction-block/transaction-block-submissions/{block_submission_id}'> {
  /**
   * 查询交易拦截申诉详情
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/transaction-block/transaction-block-submissions/{block_submission_id}'>['getAsync'];
}

/** `v3/transfer` */
export interface V3Transfer extends NodeBase {
  batches: V3TransferBatches;
  billReceipt: V3TransferBillReceipt;
}

/** `v3/transfer-detail` */
export interface V3TransferDetail extends NodeBase {
  electronicReceipts: V3TransferDetailElectronicReceipts;
}

/** `v3/transfer-detail/electronic-receipts` */
export interface V3TransferDetailElectronicReceipts extends NodeBase, Verbs<'v3/transfer-detail/electronic-receipts'> {
  /**
   * 查询转账明细电子回单受理结果API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_1_14.shtml | 官方文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transfer_partner/chapter4_5.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/transfer-detail/electronic-receipts'>['getAsync'];
  /**
   * 转账明细电子回单受理API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_1_13.shtml | 官方文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transfer_partner/chapter4_4.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/transfer-detail/electronic-receipts'>['postAsync'];
}

/** `v3/transfer/batches` */
export interface V3TransferBatches extends NodeBase, Verbs<'v3/transfer/batches'> {
  /**
   * 发起批量转账API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transfer/chapter3_1.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/transfer/batches'>['postAsync'];
  batchId: V3TransferBatchesBatchId;
  outBatchNo: V3TransferBatchesOutBatchNo;
}

/** `v3/transfer/batches/batch-id` */
export interface V3TransferBatchesBatchId extends NodeBase {
  _batch_id_: V3TransferBatchesBatchId_batch_id_;
  '{batch_id}': V3TransferBatchesBatchId_batch_id_;
}

/** `v3/transfer/batches/batch-id/{batch_id}` */
export interface V3TransferBatchesBatchId_batch_id_ extends NodeBase, Verbs<'v3/transfer/batches/batch-id/{batch_id}'> {
  /**
   * 微信批次单号查询批次单API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transfer/chapter3_2.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/transfer/batches/batch-id/{batch_id}'>['getAsync'];
  details: V3TransferBatchesBatchId_batch_id_Details;
}

/** `v3/transfer/batches/batch-id/{batch_id}/details` */
export interface V3TransferBatchesBatchId_batch_id_Details extends NodeBase {
  detailId: V3TransferBatchesBatchId_batch_id_DetailsDetailId;
}

/** `v3/transfer/batches/batch-id/{batch_id}/details/detail-id` */
export interface V3TransferBatchesBatchId_batch_id_DetailsDetailId extends NodeBase {
  _detail_id_: V3TransferBatchesBatchId_batch_id_DetailsDetailId_detail_id_;
  '{detail_id}': V3TransferBatchesBatchId_batch_id_DetailsDetailId_detail_id_;
}

/** `v3/transfer/batches/batch-id/{batch_id}/details/detail-id/{detail_id}` */
export interface V3TransferBatchesBatchId_batch_id_DetailsDetailId_detail_id_ extends NodeBase, Verbs<'v3/transfer/batches/batch-id/{batch_id}/details/detail-id/{detail_id}'> {
  /**
   * 微信明细单号查询明细单API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transfer/chapter3_3.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/transfer/batches/batch-id/{batch_id}/details/detail-id/{detail_id}'>['getAsync'];
}

/** `v3/transfer/batches/out-batch-no` */
export interface V3TransferBatchesOutBatchNo extends NodeBase {
  _out_batch_no_: V3TransferBatchesOutBatchNo_out_batch_no_;
  '{out_batch_no}': V3TransferBatchesOutBatchNo_out_batch_no_;
}

/** `v3/transfer/batches/out-batch-no/{out_batch_no}` */
export interface V3TransferBatchesOutBatchNo_out_batch_no_ extends NodeBase, Verbs<'v3/transfer/batches/out-batch-no/{out_batch_no}'> {
  /**
   * 商家批次单号查询批次单API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transfer/chapter3_4.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/transfer/batches/out-batch-no/{out_batch_no}'>['getAsync'];
  details: V3TransferBatchesOutBatchNo_out_batch_no_Details;
}

/** `v3/transfer/batches/out-batch-no/{out_batch_no}/details` */
export interface V3TransferBatchesOutBatchNo_out_batch_no_Details extends NodeBase {
  outDetailNo: V3TransferBatchesOutBatchNo_out_batch_no_DetailsOutDetailNo;
}

/** `v3/transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no` */
export interface V3TransferBatchesOutBatchNo_out_batch_no_DetailsOutDetailNo extends NodeBase {
  _out_detail_no_: V3TransferBatchesOutBatchNo_out_batch_no_DetailsOutDetailNo_out_detail_no_;
  '{out_detail_no}': V3TransferBatchesOutBatchNo_out_batch_no_DetailsOutDetailNo_out_detail_no_;
}

/** `v3/transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no/{out_detail_no}` */
export interface V3TransferBatchesOutBatchNo_out_batch_no_DetailsOutDetailNo_out_detail_no_ extends NodeBase, Verbs<'v3/transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no/{out_detail_no}'> {
  /**
   * 商家明细单号查询明细单API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transfer/chapter3_5.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no/{out_detail_no}'>['getAsync'];
}

/** `v3/transfer/bill-receipt` */
export interface V3TransferBillReceipt extends NodeBase, Verbs<'v3/transfer/bill-receipt'> {
  /**
   * 转账电子回单申请受理API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_1_11.shtml | 官方文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transfer_partner/chapter4_1.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/transfer/bill-receipt'>['postAsync'];
  _out_batch_no_: V3TransferBillReceipt_out_batch_no_;
  '{out_batch_no}': V3TransferBillReceipt_out_batch_no_;
}

/** `v3/transfer/bill-receipt/{out_batch_no}` */
export interface V3TransferBillReceipt_out_batch_no_ extends NodeBase, Verbs<'v3/transfer/bill-receipt/{out_batch_no}'> {
  /**
   * 查询转账电子回单API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_1_12.shtml | 官方文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3/wxpay/pay/transfer_partner/chapter4_2.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/transfer/bill-receipt/{out_batch_no}'>['getAsync'];
}

/** `v3/transferdownload` */
export interface V3Transferdownload extends NodeBase {
  elecvoucherfile: V3TransferdownloadElecvoucherfile;
  signfile: V3TransferdownloadSignfile;
}

/** `v3/transferdownload/elecvoucherfile` */
export interface V3TransferdownloadElecvoucherfile extends NodeBase, Verbs<'v3/transferdownload/elecvoucherfile'> {
  /**
   * 下载电子回单API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/doc/v3/merchant/4012716436 | 官方文档}
   * @see {@link https://pay.weixin.qq.com/doc/v3/merchant/4012716455 | 官方文档}
   */
  getAsync: Verbs<'v3/transferdownload/elecvoucherfile'>['getAsync'];
}

/** `v3/transferdownload/signfile` */
export interface V3TransferdownloadSignfile extends NodeBase, Verbs<'v3/transferdownload/signfile'> {
  /**
   * 下载电子回单API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/bank-mode-batch-transfer-accounts/download-electron-receipt.html | 下载电子回单}
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/batch-transfer-accounts-money/transfer/download-electron-receipt.html | 下载电子回单}
   * @see {@link https://pay.weixin.qq.com/docs/merchant/apis/batch-transfer-to-balance/download-receipt.html | 下载电子回单}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_1_15.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/transferdownload/signfile'>['getAsync'];
}

/** `v3/vehicle` */
export interface V3Vehicle extends NodeBase {
  etc: V3VehicleEtc;
  parking: V3VehicleParking;
  transactions: V3VehicleTransactions;
}

/** `v3/vehicle/etc` */
export interface V3VehicleEtc extends NodeBase {
  contracts: V3VehicleEtcContracts;
  preopen: V3VehicleEtcPreopen;
  transactions: V3VehicleEtcTransactions;
  users: V3VehicleEtcUsers;
}

/** `v3/vehicle/etc/contracts` */
export interface V3VehicleEtcContracts extends NodeBase {
  _contract_id_: V3VehicleEtcContracts_contract_id_;
  '{contract_id}': V3VehicleEtcContracts_contract_id_;
}

/** `v3/vehicle/etc/contracts/{contract_id}` */
export interface V3VehicleEtcContracts_contract_id_ extends NodeBase, Verbs<'v3/vehicle/etc/contracts/{contract_id}'> {
  /**
   * 通过商户ETC绑定号查询签约状态
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/docs/partner/apis/etc-authorization/contracts/get-by.html | 官方文档}
   */
  getAsync: Verbs<'v3/vehicle/etc/contracts/{contract_id}'>['getAsync'];
}

/** `v3/vehicle/etc/preopen` */
export interface V3VehicleEtcPreopen extends NodeBase, Verbs<'v3/vehicle/etc/preopen'> {
  /**
   * 预开通用户ETC指定卡扣费API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_4_1.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/vehicle/etc/preopen'>['postAsync'];
}

/** `v3/vehicle/etc/transactions` */
export interface V3VehicleEtcTransactions extends NodeBase {
  highway: V3VehicleEtcTransactionsHighway;
  id: V3VehicleEtcTransactionsId;
  outTradeNo: V3VehicleEtcTransactionsOutTradeNo;
}

/** `v3/vehicle/etc/transactions/highway` */
export interface V3VehicleEtcTransactionsHighway extends NodeBase, Verbs<'v3/vehicle/etc/transactions/highway'> {
  /**
   * 高速场景商户扣款API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_4_3.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/vehicle/etc/transactions/highway'>['postAsync'];
}

/** `v3/vehicle/etc/transactions/id` */
export interface V3VehicleEtcTransactionsId extends NodeBase {
  _transaction_id_: V3VehicleEtcTransactionsId_transaction_id_;
  '{transaction_id}': V3VehicleEtcTransactionsId_transaction_id_;
}

/** `v3/vehicle/etc/transactions/id/{transaction_id}` */
export interface V3VehicleEtcTransactionsId_transaction_id_ extends NodeBase, Verbs<'v3/vehicle/etc/transactions/id/{transaction_id}'> {
  /**
   * 查询订单API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_4_8.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/vehicle/etc/transactions/id/{transaction_id}'>['getAsync'];
}

/** `v3/vehicle/etc/transactions/out-trade-no` */
export interface V3VehicleEtcTransactionsOutTradeNo extends NodeBase {
  _out_trade_no_: V3VehicleEtcTransactionsOutTradeNo_out_trade_no_;
  '{out_trade_no}': V3VehicleEtcTransactionsOutTradeNo_out_trade_no_;
}

/** `v3/vehicle/etc/transactions/out-trade-no/{out_trade_no}` */
export interface V3VehicleEtcTransactionsOutTradeNo_out_trade_no_ extends NodeBase, Verbs<'v3/vehicle/etc/transactions/out-trade-no/{out_trade_no}'> {
  /**
   * 查询订单API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_4_8.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/vehicle/etc/transactions/out-trade-no/{out_trade_no}'>['getAsync'];
}

/** `v3/vehicle/etc/users` */
export interface V3VehicleEtcUsers extends NodeBase {
  _openid_: V3VehicleEtcUsers_openid_;
  '{openid}': V3VehicleEtcUsers_openid_;
}

/** `v3/vehicle/etc/users/{openid}` */
export interface V3VehicleEtcUsers_openid_ extends NodeBase {
  contracts: V3VehicleEtcUsers_openid_Contracts;
}

/** `v3/vehicle/etc/users/{openid}/contracts` */
export interface V3VehicleEtcUsers_openid_Contracts extends NodeBase, Verbs<'v3/vehicle/etc/users/{openid}/contracts'> {
  /**
   * 查询ETC签约状态API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/Offline/apis/chapter4_4_5.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/vehicle/etc/users/{openid}/contracts'>['getAsync'];
}

/** `v3/vehicle/parking` */
export interface V3VehicleParking extends NodeBase {
  parkings: V3VehicleParkingParkings;
  services: V3VehicleParkingServices;
}

/** `v3/vehicle/parking/parkings` */
export interface V3VehicleParkingParkings extends NodeBase, Verbs<'v3/vehicle/parking/parkings'> {
  /**
   * 创建停车入场API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter8_8_2.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/vehicle/parking/parkings'>['postAsync'];
}

/** `v3/vehicle/parking/services` */
export interface V3VehicleParkingServices extends NodeBase {
  find: V3VehicleParkingServicesFind;
}

/** `v3/vehicle/parking/services/find` */
export interface V3VehicleParkingServicesFind extends NodeBase, Verbs<'v3/vehicle/parking/services/find'> {
  /**
   * 查询车牌服务开通信息API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter8_8_1.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/vehicle/parking/services/find'>['getAsync'];
}

/** `v3/vehicle/transactions` */
export interface V3VehicleTransactions extends NodeBase {
  outTradeNo: V3VehicleTransactionsOutTradeNo;
  parking: V3VehicleTransactionsParking;
}

/** `v3/vehicle/transactions/out-trade-no` */
export interface V3VehicleTransactionsOutTradeNo extends NodeBase {
  _out_trade_no_: V3VehicleTransactionsOutTradeNo_out_trade_no_;
  '{out_trade_no}': V3VehicleTransactionsOutTradeNo_out_trade_no_;
}

/** `v3/vehicle/transactions/out-trade-no/{out_trade_no}` */
export interface V3VehicleTransactionsOutTradeNo_out_trade_no_ extends NodeBase, Verbs<'v3/vehicle/transactions/out-trade-no/{out_trade_no}'> {
  /**
   * 查询订单API
   *
   * Async twin of `get`.
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter8_8_4.shtml | 官方文档}
   */
  getAsync: Verbs<'v3/vehicle/transactions/out-trade-no/{out_trade_no}'>['getAsync'];
}

/** `v3/vehicle/transactions/parking` */
export interface V3VehicleTransactionsParking extends NodeBase, Verbs<'v3/vehicle/transactions/parking'> {
  /**
   * 扣费受理API
   *
   * Async twin of `post`.
   * @see {@link https://pay.weixin.qq.com/doc/v3/merchant/4012534352 | 官方文档}
   * @see {@link https://pay.weixin.qq.com/doc/v3/partner/4012534427 | 官方文档}
   * @see {@link https://pay.weixin.qq.com/wiki/doc/apiv3_partner/apis/chapter8_8_3.shtml | 官方文档}
   */
  postAsync: Verbs<'v3/vehicle/transactions/parking'>['postAsync'];
}

/** `v3/webizpay` */
export interface V3Webizpay extends NodeBase {
  availMchRanges: V3WebizpayAvailMchRanges;
  bill: V3WebizpayBill;
  employees: V3WebizpayEmployees;
  stores: V3WebizpayStores;
  users: V3WebizpayUsers;
}

/** `v3/webizpay/avail-mch-ranges` */
export interface V3WebizpayAvailMchRanges extends NodeBase, Verbs<'v3/webizpay/avail-mch-ranges'> {
  /**
   * 查询可用商户范围列表
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/webizpay/avail-mch-ranges'>['getAsync'];
  /**
   * 创建可用商户范围
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/webizpay/avail-mch-ranges'>['postAsync'];
  _range_id_: V3WebizpayAvailMchRanges_range_id_;
  '{range_id}': V3WebizpayAvailMchRanges_range_id_;
}

/** `v3/webizpay/avail-mch-ranges/{range_id}` */
export interface V3WebizpayAvailMchRanges_range_id_ extends NodeBase {
  merchantIdentifiers: V3WebizpayAvailMchRanges_range_id_MerchantIdentifiers;
}

/** `v3/webizpay/avail-mch-ranges/{range_id}/merchant-identifiers` */
export interface V3WebizpayAvailMchRanges_range_id_MerchantIdentifiers extends NodeBase, Verbs<'v3/webizpay/avail-mch-ranges/{range_id}/merchant-identifiers'> {
  /**
   * 查询商户标识列表
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/webizpay/avail-mch-ranges/{range_id}/merchant-identifiers'>['getAsync'];
  /**
   * 添加商户标识
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/webizpay/avail-mch-ranges/{range_id}/merchant-identifiers'>['postAsync'];
  _merchant_identifier_: V3WebizpayAvailMchRanges_range_id_MerchantIdentifiers_merchant_identifier_;
  '{merchant_identifier}': V3WebizpayAvailMchRanges_range_id_MerchantIdentifiers_merchant_identifier_;
}

/** `v3/webizpay/avail-mch-ranges/{range_id}/merchant-identifiers/{merchant_identifier}` */
export interface V3WebizpayAvailMchRanges_range_id_MerchantIdentifiers_merchant_identifier_ extends NodeBase, Verbs<'v3/webizpay/avail-mch-ranges/{range_id}/merchant-identifiers/{merchant_identifier}'> {
  /**
   * 删除商户标识
   *
   * Async twin of `delete`.
   */
  deleteAsync: Verbs<'v3/webizpay/avail-mch-ranges/{range_id}/merchant-identifiers/{merchant_identifier}'>['deleteAsync'];
}

/** `v3/webizpay/bill` */
export interface V3WebizpayBill extends NodeBase {
  proof: V3WebizpayBillProof;
  tradeBill: V3WebizpayBillTradeBill;
}

/** `v3/webizpay/bill/proof` */
export interface V3WebizpayBillProof extends NodeBase, Verbs<'v3/webizpay/bill/proof'> {
  /**
   * 申请企业商户企业支付出资凭证
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/webizpay/bill/proof'>['postAsync'];
}

/** `v3/webizpay/bill/trade-bill` */
export interface V3WebizpayBillTradeBill extends NodeBase, Verbs<'v3/webizpay/bill/trade-bill'> {
  /**
   * 申请企业商户企业支付业务账单
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/webizpay/bill/trade-bill'>['postAsync'];
}

/** `v3/webizpay/employees` */
export interface V3WebizpayEmployees extends NodeBase {
  _employee_id_: V3WebizpayEmployees_employee_id_;
  '{employee_id}': V3WebizpayEmployees_employee_id_;
}

/** `v3/webizpay/employees/{employee_id}` */
export interface V3WebizpayEmployees_employee_id_ extends NodeBase {
  outQuotaCards: V3WebizpayEmployees_employee_id_OutQuotaCards;
  quotaCards: V3WebizpayEmployees_employee_id_QuotaCards;
  revoke: V3WebizpayEmployees_employee_id_Revoke;
}

/** `v3/webizpay/employees/{employee_id}/out-quota-cards` */
export interface V3WebizpayEmployees_employee_id_OutQuotaCards extends NodeBase {
  _out_card_no_: V3WebizpayEmployees_employee_id_OutQuotaCards_out_card_no_;
  '{out_card_no}': V3WebizpayEmployees_employee_id_OutQuotaCards_out_card_no_;
}

/** `v3/webizpay/employees/{employee_id}/out-quota-cards/{out_card_no}` */
export interface V3WebizpayEmployees_employee_id_OutQuotaCards_out_card_no_ extends NodeBase, Verbs<'v3/webizpay/employees/{employee_id}/out-quota-cards/{out_card_no}'> {
  /**
   * 使用商户卡号查询企业支付额度卡
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/webizpay/employees/{employee_id}/out-quota-cards/{out_card_no}'>['getAsync'];
}

/** `v3/webizpay/employees/{employee_id}/quota-cards` */
export interface V3WebizpayEmployees_employee_id_QuotaCards extends NodeBase, Verbs<'v3/webizpay/employees/{employee_id}/quota-cards'> {
  /**
   * 企业商户为员工下发企业支付额度卡
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/webizpay/employees/{employee_id}/quota-cards'>['postAsync'];
  _card_no_: V3WebizpayEmployees_employee_id_QuotaCards_card_no_;
  '{card_no}': V3WebizpayEmployees_employee_id_QuotaCards_card_no_;
}

/** `v3/webizpay/employees/{employee_id}/quota-cards/{card_no}` */
export interface V3WebizpayEmployees_employee_id_QuotaCards_card_no_ extends NodeBase, Verbs<'v3/webizpay/employees/{employee_id}/quota-cards/{card_no}'> {
  /**
   * 企业商户查询企业支付额度卡
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/webizpay/employees/{employee_id}/quota-cards/{card_no}'>['getAsync'];
  cancel: V3WebizpayEmployees_employee_id_QuotaCards_card_no_Cancel;
  paymentUrl: V3WebizpayEmployees_employee_id_QuotaCards_card_no_PaymentUrl;
}

/** `v3/webizpay/employees/{employee_id}/quota-cards/{card_no}/cancel` */
export interface V3WebizpayEmployees_employee_id_QuotaCards_card_no_Cancel extends NodeBase, Verbs<'v3/webizpay/employees/{employee_id}/quota-cards/{card_no}/cancel'> {
  /**
   * 企业商户作废员工企业支付额度卡
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/webizpay/employees/{employee_id}/quota-cards/{card_no}/cancel'>['postAsync'];
}

/** `v3/webizpay/employees/{employee_id}/quota-cards/{card_no}/payment-url` */
export interface V3WebizpayEmployees_employee_id_QuotaCards_card_no_PaymentUrl extends NodeBase, Verbs<'v3/webizpay/employees/{employee_id}/quota-cards/{card_no}/payment-url'> {
  /**
   * 企业商户获取指定额度卡支付链接
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/webizpay/employees/{employee_id}/quota-cards/{card_no}/payment-url'>['getAsync'];
}

/** `v3/webizpay/employees/{employee_id}/revoke` */
export interface V3WebizpayEmployees_employee_id_Revoke extends NodeBase, Verbs<'v3/webizpay/employees/{employee_id}/revoke'> {
  /**
   * 企业商户发起解除员工企业支付授权
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/webizpay/employees/{employee_id}/revoke'>['postAsync'];
}

/** `v3/webizpay/stores` */
export interface V3WebizpayStores extends NodeBase {
  entityMatches: V3WebizpayStoresEntityMatches;
}

/** `v3/webizpay/stores/entity-matches` */
export interface V3WebizpayStoresEntityMatches extends NodeBase, Verbs<'v3/webizpay/stores/entity-matches'> {
  /**
   * 发起门店主体匹配
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/webizpay/stores/entity-matches'>['postAsync'];
  _batch_id_: V3WebizpayStoresEntityMatches_batch_id_;
  '{batch_id}': V3WebizpayStoresEntityMatches_batch_id_;
}

/** `v3/webizpay/stores/entity-matches/{batch_id}` */
export interface V3WebizpayStoresEntityMatches_batch_id_ extends NodeBase, Verbs<'v3/webizpay/stores/entity-matches/{batch_id}'> {
  /**
   * 查询门店主体匹配结果
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/webizpay/stores/entity-matches/{batch_id}'>['getAsync'];
}

/** `v3/webizpay/users` */
export interface V3WebizpayUsers extends NodeBase {
  _user_id_: V3WebizpayUsers_user_id_;
  '{user_id}': V3WebizpayUsers_user_id_;
}

/** `v3/webizpay/users/{user_id}` */
export interface V3WebizpayUsers_user_id_ extends NodeBase {
  authorizationState: V3WebizpayUsers_user_id_AuthorizationState;
  authorizationUrl: V3WebizpayUsers_user_id_AuthorizationUrl;
}

/** `v3/webizpay/users/{user_id}/authorization-state` */
export interface V3WebizpayUsers_user_id_AuthorizationState extends NodeBase, Verbs<'v3/webizpay/users/{user_id}/authorization-state'> {
  /**
   * 企业商户查询企业员工开通授权状态
   *
   * Async twin of `get`.
   */
  getAsync: Verbs<'v3/webizpay/users/{user_id}/authorization-state'>['getAsync'];
}

/** `v3/webizpay/users/{user_id}/authorization-url` */
export interface V3WebizpayUsers_user_id_AuthorizationUrl extends NodeBase, Verbs<'v3/webizpay/users/{user_id}/authorization-url'> {
  /**
   * 企业商户发起员工开通企业支付授权
   *
   * Async twin of `post`.
   */
  postAsync: Verbs<'v3/webizpay/users/{user_id}/authorization-url'>['postAsync'];
}

/** Every node by its path: what `chain('…')` and `client['…']` return for a catalogued path. */
export interface Nodes {
  'global': Global;
  'global/v3': GlobalV3;
  'global/v3/customs': GlobalV3Customs;
  'global/v3/customs/orders': GlobalV3CustomsOrders;
  'global/v3/customs/redeclare': GlobalV3CustomsRedeclare;
  'global/v3/customs/verify-certificate': GlobalV3CustomsVerifyCertificate;
  'hk': Hk;
  'hk/v3': HkV3;
  'hk/v3/certificates': HkV3Certificates;
  'hk/v3/merchants': HkV3Merchants;
  'hk/v3/merchants/{sub_mchid}': HkV3Merchants_sub_mchid_;
  'hk/v3/refunds': HkV3Refunds;
  'hk/v3/refunds/id': HkV3RefundsId;
  'hk/v3/refunds/id/{refund_id}': HkV3RefundsId_refund_id_;
  'hk/v3/refunds/out-refund-no': HkV3RefundsOutRefundNo;
  'hk/v3/refunds/out-refund-no/{out_refund_no}': HkV3RefundsOutRefundNo_out_refund_no_;
  'hk/v3/settle': HkV3Settle;
  'hk/v3/settle/settlements': HkV3SettleSettlements;
  'hk/v3/statements': HkV3Statements;
  'hk/v3/transactions': HkV3Transactions;
  'hk/v3/transactions/app': HkV3TransactionsApp;
  'hk/v3/transactions/id': HkV3TransactionsId;
  'hk/v3/transactions/id/{transaction_id}': HkV3TransactionsId_transaction_id_;
  'hk/v3/transactions/id/{transaction_id}/close': HkV3TransactionsId_transaction_id_Close;
  'hk/v3/transactions/id/{transaction_id}/reverse': HkV3TransactionsId_transaction_id_Reverse;
  'hk/v3/transactions/jsapi': HkV3TransactionsJsapi;
  'hk/v3/transactions/micropay': HkV3TransactionsMicropay;
  'hk/v3/transactions/mweb': HkV3TransactionsMweb;
  'hk/v3/transactions/native': HkV3TransactionsNative;
  'hk/v3/transactions/out-trade-no': HkV3TransactionsOutTradeNo;
  'hk/v3/transactions/out-trade-no/{out_trade_no}': HkV3TransactionsOutTradeNo_out_trade_no_;
  'hk/v3/transactions/out-trade-no/{out_trade_no}/close': HkV3TransactionsOutTradeNo_out_trade_no_Close;
  'hk/v3/transactions/out-trade-no/{out_trade_no}/reverse': HkV3TransactionsOutTradeNo_out_trade_no_Reverse;
  'v2': V2;
  'v2/appauth': V2Appauth;
  'v2/appauth/authindex': V2AppauthAuthindex;
  'v2/appauth/getaccesstoken': V2AppauthGetaccesstoken;
  'v2/applyment': V2Applyment;
  'v2/applyment/micro': V2ApplymentMicro;
  'v2/applyment/micro/getstate': V2ApplymentMicroGetstate;
  'v2/applyment/micro/getupgradestate': V2ApplymentMicroGetupgradestate;
  'v2/applyment/micro/modifyarchives': V2ApplymentMicroModifyarchives;
  'v2/applyment/micro/modifycontactinfo': V2ApplymentMicroModifycontactinfo;
  'v2/applyment/micro/signcontract': V2ApplymentMicroSigncontract;
  'v2/applyment/micro/submit': V2ApplymentMicroSubmit;
  'v2/applyment/micro/submitupgrade': V2ApplymentMicroSubmitupgrade;
  'v2/billcommentsp': V2Billcommentsp;
  'v2/billcommentsp/batchquerycomment': V2BillcommentspBatchquerycomment;
  'v2/cgi-bin': V2CgiBin;
  'v2/cgi-bin/mch': V2CgiBinMch;
  'v2/cgi-bin/mch/customs': V2CgiBinMchCustoms;
  'v2/cgi-bin/mch/customs/customdeclareorder': V2CgiBinMchCustomsCustomdeclareorder;
  'v2/cgi-bin/mch/customs/customdeclarequery': V2CgiBinMchCustomsCustomdeclarequery;
  'v2/cgi-bin/mch/newcustoms': V2CgiBinMchNewcustoms;
  'v2/cgi-bin/mch/newcustoms/customdeclareredeclare': V2CgiBinMchNewcustomsCustomdeclareredeclare;
  'v2/deposit': V2Deposit;
  'v2/deposit/consume': V2DepositConsume;
  'v2/deposit/facepay': V2DepositFacepay;
  'v2/deposit/micropay': V2DepositMicropay;
  'v2/deposit/orderquery': V2DepositOrderquery;
  'v2/deposit/refund': V2DepositRefund;
  'v2/deposit/refundquery': V2DepositRefundquery;
  'v2/deposit/reverse': V2DepositReverse;
  'v2/deposit/unifiedorder': V2DepositUnifiedorder;
  'v2/face': V2Face;
  'v2/face/get_wxpayface_authinfo': V2FaceGet_wxpayface_authinfo;
  'v2/fund': V2Fund;
  'v2/fund/queryautowithdrawbydate': V2FundQueryautowithdrawbydate;
  'v2/fund/reautowithdrawbydate': V2FundReautowithdrawbydate;
  'v2/mchrisk': V2Mchrisk;
  'v2/mchrisk/bankquerymchauditinfo': V2MchriskBankquerymchauditinfo;
  'v2/mchrisk/channelquerymchauditinfo': V2MchriskChannelquerymchauditinfo;
  'v2/mchrisk/querymchrisk': V2MchriskQuerymchrisk;
  'v2/mchrisk/setmchriskcallback': V2MchriskSetmchriskcallback;
  'v2/mchrisk/syncmchriskresult': V2MchriskSyncmchriskresult;
  'v2/mmpaymkttransfers': V2Mmpaymkttransfers;
  'v2/mmpaymkttransfers/gethbinfo': V2MmpaymkttransfersGethbinfo;
  'v2/mmpaymkttransfers/gettransferinfo': V2MmpaymkttransfersGettransferinfo;
  'v2/mmpaymkttransfers/promotion': V2MmpaymkttransfersPromotion;
  'v2/mmpaymkttransfers/promotion/paywwsptrans2pocket': V2MmpaymkttransfersPromotionPaywwsptrans2pocket;
  'v2/mmpaymkttransfers/promotion/querywwsptrans2pocket': V2MmpaymkttransfersPromotionQuerywwsptrans2pocket;
  'v2/mmpaymkttransfers/promotion/transfers': V2MmpaymkttransfersPromotionTransfers;
  'v2/mmpaymkttransfers/query_coupon_stock': V2MmpaymkttransfersQuery_coupon_stock;
  'v2/mmpaymkttransfers/querycouponsinfo': V2MmpaymkttransfersQuerycouponsinfo;
  'v2/mmpaymkttransfers/queryworkwxredpack': V2MmpaymkttransfersQueryworkwxredpack;
  'v2/mmpaymkttransfers/send_coupon': V2MmpaymkttransfersSend_coupon;
  'v2/mmpaymkttransfers/sendgroupredpack': V2MmpaymkttransfersSendgroupredpack;
  'v2/mmpaymkttransfers/sendminiprogramhb': V2MmpaymkttransfersSendminiprogramhb;
  'v2/mmpaymkttransfers/sendredpack': V2MmpaymkttransfersSendredpack;
  'v2/mmpaymkttransfers/sendworkwxredpack': V2MmpaymkttransfersSendworkwxredpack;
  'v2/mmpaysptrans': V2Mmpaysptrans;
  'v2/mmpaysptrans/pay_bank': V2MmpaysptransPay_bank;
  'v2/mmpaysptrans/query_bank': V2MmpaysptransQuery_bank;
  'v2/papay': V2Papay;
  'v2/papay/deletecontract': V2PapayDeletecontract;
  'v2/papay/entrustweb': V2PapayEntrustweb;
  'v2/papay/h5entrustweb': V2PapayH5entrustweb;
  'v2/papay/partner': V2PapayPartner;
  'v2/papay/partner/deletecontract': V2PapayPartnerDeletecontract;
  'v2/papay/partner/entrustweb': V2PapayPartnerEntrustweb;
  'v2/papay/partner/h5entrustweb': V2PapayPartnerH5entrustweb;
  'v2/papay/partner/preentrustweb': V2PapayPartnerPreentrustweb;
  'v2/papay/partner/querycontract': V2PapayPartnerQuerycontract;
  'v2/papay/preentrustweb': V2PapayPreentrustweb;
  'v2/papay/querycontract': V2PapayQuerycontract;
  'v2/pay': V2Pay;
  'v2/pay/closecombinedorder': V2PayClosecombinedorder;
  'v2/pay/closeorder': V2PayCloseorder;
  'v2/pay/combinedorder': V2PayCombinedorder;
  'v2/pay/contractorder': V2PayContractorder;
  'v2/pay/downloadbill': V2PayDownloadbill;
  'v2/pay/downloadfundflow': V2PayDownloadfundflow;
  'v2/pay/facepay': V2PayFacepay;
  'v2/pay/facepayquery': V2PayFacepayquery;
  'v2/pay/micropay': V2PayMicropay;
  'v2/pay/orderquery': V2PayOrderquery;
  'v2/pay/paporderquery': V2PayPaporderquery;
  'v2/pay/pappayapply': V2PayPappayapply;
  'v2/pay/partner': V2PayPartner;
  'v2/pay/partner/paporderquery': V2PayPartnerPaporderquery;
  'v2/pay/partner/pappayapply': V2PayPartnerPappayapply;
  'v2/pay/profitsharingaddreceiver': V2PayProfitsharingaddreceiver;
  'v2/pay/profitsharingmerchantratioquery': V2PayProfitsharingmerchantratioquery;
  'v2/pay/profitsharingorderamountquery': V2PayProfitsharingorderamountquery;
  'v2/pay/profitsharingquery': V2PayProfitsharingquery;
  'v2/pay/profitsharingremovereceiver': V2PayProfitsharingremovereceiver;
  'v2/pay/profitsharingreturnquery': V2PayProfitsharingreturnquery;
  'v2/pay/querycombinedorder': V2PayQuerycombinedorder;
  'v2/pay/queryexchagerate': V2PayQueryexchagerate;
  'v2/pay/refundquery': V2PayRefundquery;
  'v2/pay/refundqueryv2': V2PayRefundqueryv2;
  'v2/pay/settlementquery': V2PaySettlementquery;
  'v2/pay/unifiedorder': V2PayUnifiedorder;
  'v2/payitil': V2Payitil;
  'v2/payitil/report': V2PayitilReport;
  'v2/risk': V2Risk;
  'v2/risk/getcertficates': V2RiskGetcertficates;
  'v2/risk/getpublickey': V2RiskGetpublickey;
  'v2/risk/getviolation': V2RiskGetviolation;
  'v2/sandboxnew': V2Sandboxnew;
  'v2/sandboxnew/pay': V2SandboxnewPay;
  'v2/sandboxnew/pay/downloadbill': V2SandboxnewPayDownloadbill;
  'v2/sandboxnew/pay/getsignkey': V2SandboxnewPayGetsignkey;
  'v2/sandboxnew/pay/micropay': V2SandboxnewPayMicropay;
  'v2/sandboxnew/pay/orderquery': V2SandboxnewPayOrderquery;
  'v2/sandboxnew/pay/refund': V2SandboxnewPayRefund;
  'v2/sandboxnew/pay/refundquery': V2SandboxnewPayRefundquery;
  'v2/sandboxnew/pay/unifiedorder': V2SandboxnewPayUnifiedorder;
  'v2/secapi': V2Secapi;
  'v2/secapi/mch': V2SecapiMch;
  'v2/secapi/mch/addInstitutionsub': V2SecapiMchAddInstitutionsub;
  'v2/secapi/mch/addsubdevconfig': V2SecapiMchAddsubdevconfig;
  'v2/secapi/mch/channelsetting': V2SecapiMchChannelsetting;
  'v2/secapi/mch/modifyInstitutionsub': V2SecapiMchModifyInstitutionsub;
  'v2/secapi/mch/modifymchinfo': V2SecapiMchModifymchinfo;
  'v2/secapi/mch/queryInstitutionsub': V2SecapiMchQueryInstitutionsub;
  'v2/secapi/mch/querysubdevconfig': V2SecapiMchQuerysubdevconfig;
  'v2/secapi/mch/submchmanage': V2SecapiMchSubmchmanage;
  'v2/secapi/mch/uploadmedia': V2SecapiMchUploadmedia;
  'v2/secapi/mkt': V2SecapiMkt;
  'v2/secapi/mkt/addrecommendconf': V2SecapiMktAddrecommendconf;
  'v2/secapi/pay': V2SecapiPay;
  'v2/secapi/pay/facepayreverse': V2SecapiPayFacepayreverse;
  'v2/secapi/pay/multiprofitsharing': V2SecapiPayMultiprofitsharing;
  'v2/secapi/pay/profitsharing': V2SecapiPayProfitsharing;
  'v2/secapi/pay/profitsharingfinish': V2SecapiPayProfitsharingfinish;
  'v2/secapi/pay/profitsharingreturn': V2SecapiPayProfitsharingreturn;
  'v2/secapi/pay/refund': V2SecapiPayRefund;
  'v2/secapi/pay/refundv2': V2SecapiPayRefundv2;
  'v2/secapi/pay/reverse': V2SecapiPayReverse;
  'v2/secsvc': V2Secsvc;
  'v2/secsvc/getrealnameinfo': V2SecsvcGetrealnameinfo;
  'v2/secsvc/realnameauth': V2SecsvcRealnameauth;
  'v2/tools': V2Tools;
  'v2/tools/authcodetoopenid': V2ToolsAuthcodetoopenid;
  'v2/tools/shorturl': V2ToolsShorturl;
  'v2/transit': V2Transit;
  'v2/transit/partnerpay': V2TransitPartnerpay;
  'v2/transit/partnerpay/payapply': V2TransitPartnerpayPayapply;
  'v2/transit/partnerpay/queryorder': V2TransitPartnerpayQueryorder;
  'v2/transit/partnerpay/querystate': V2TransitPartnerpayQuerystate;
  'v2/transit/pay': V2TransitPay;
  'v2/transit/pay/payapply': V2TransitPayPayapply;
  'v2/transit/pay/querystate': V2TransitPayQuerystate;
  'v2/transit/queryorder': V2TransitQueryorder;
  'v2/vehicle': V2Vehicle;
  'v2/vehicle/partnerpay': V2VehiclePartnerpay;
  'v2/vehicle/partnerpay/notification': V2VehiclePartnerpayNotification;
  'v2/vehicle/partnerpay/payapply': V2VehiclePartnerpayPayapply;
  'v2/vehicle/partnerpay/querystate': V2VehiclePartnerpayQuerystate;
  'v2/vehicle/pay': V2VehiclePay;
  'v2/vehicle/pay/notification': V2VehiclePayNotification;
  'v2/vehicle/pay/payapply': V2VehiclePayPayapply;
  'v2/vehicle/pay/querystate': V2VehiclePayQuerystate;
  'v2/wxv': V2Wxv;
  'v2/wxv/cancelbill': V2WxvCancelbill;
  'v2/wxv/changerentmoney': V2WxvChangerentmoney;
  'v2/wxv/createhotelbill': V2WxvCreatehotelbill;
  'v2/wxv/createrentbill': V2WxvCreaterentbill;
  'v2/wxv/finishhotelbill': V2WxvFinishhotelbill;
  'v2/wxv/finishrentbill': V2WxvFinishrentbill;
  'v2/wxv/queryhotelbill': V2WxvQueryhotelbill;
  'v2/wxv/queryrentbill': V2WxvQueryrentbill;
  'v2/xdc': V2Xdc;
  'v2/xdc/apiv2getsignkey': V2XdcApiv2getsignkey;
  'v2/xdc/apiv2getsignkey/sign': V2XdcApiv2getsignkeySign;
  'v2/xdc/apiv2getsignkey/sign/getsignkey': V2XdcApiv2getsignkeySignGetsignkey;
  'v2/xdc/apiv2sandbox': V2XdcApiv2sandbox;
  'v2/xdc/apiv2sandbox/pay': V2XdcApiv2sandboxPay;
  'v2/xdc/apiv2sandbox/pay/micropay': V2XdcApiv2sandboxPayMicropay;
  'v2/xdc/apiv2sandbox/pay/orderquery': V2XdcApiv2sandboxPayOrderquery;
  'v3': V3;
  'v3/abnormal-fund-processing': V3AbnormalFundProcessing;
  'v3/abnormal-fund-processing/receipts': V3AbnormalFundProcessingReceipts;
  'v3/abnormal-fund-processing/receipts/{receipt_id}': V3AbnormalFundProcessingReceipts_receipt_id_;
  'v3/abnormal-fund-processing/receipts/{receipt_id}/transfer-instructions': V3AbnormalFundProcessingReceipts_receipt_id_TransferInstructions;
  'v3/abnormal-fund-processing/receipts/{receipt_id}/transfer-instructions/{out_instruction_no}': V3AbnormalFundProcessingReceipts_receipt_id_TransferInstructions_out_instruction_no_;
  'v3/aggracct-bc': V3AggracctBc;
  'v3/aggracct-bc/wb-channel': V3AggracctBcWbChannel;
  'v3/aggracct-bc/wb-channel/account': V3AggracctBcWbChannelAccount;
  'v3/aggracct-bc/wb-channel/account/balance': V3AggracctBcWbChannelAccountBalance;
  'v3/aggracct-bc/wb-channel/account/mch_archives': V3AggracctBcWbChannelAccountMch_archives;
  'v3/aggracct-bc/wb-channel/account/mch_media': V3AggracctBcWbChannelAccountMch_media;
  'v3/aggracct-bc/wb-channel/bank-channel-account': V3AggracctBcWbChannelBankChannelAccount;
  'v3/aggracct-bc/wb-channel/bank-channel-account/rename': V3AggracctBcWbChannelBankChannelAccountRename;
  'v3/aggracct-bc/wb-channel/bank-channel-account/rename/{application_id}': V3AggracctBcWbChannelBankChannelAccountRename_application_id_;
  'v3/aggracct-bc/wb-channel/control-orders': V3AggracctBcWbChannelControlOrders;
  'v3/aggracct-bc/wb-channel/control-orders/info': V3AggracctBcWbChannelControlOrdersInfo;
  'v3/aggracct-bc/wb-channel/control-orders/info/update': V3AggracctBcWbChannelControlOrdersInfoUpdate;
  'v3/aggracct-bc/wb-channel/control-orders/info/update/result': V3AggracctBcWbChannelControlOrdersInfoUpdateResult;
  'v3/aggracct-bc/wb-channel/control-orders/info/update/result/notify': V3AggracctBcWbChannelControlOrdersInfoUpdateResultNotify;
  'v3/aggracct-bc/wb-channel/control-orders/punish': V3AggracctBcWbChannelControlOrdersPunish;
  'v3/aggracct-bc/wb-channel/control-orders/recover': V3AggracctBcWbChannelControlOrdersRecover;
  'v3/aggracct-bc/wb-channel/control-orders/{out_request_no}': V3AggracctBcWbChannelControlOrders_out_request_no_;
  'v3/aggracct-bc/wb-channel/special-reduction': V3AggracctBcWbChannelSpecialReduction;
  'v3/aggracct-bc/wb-channel/special-reduction/{out_request_no}': V3AggracctBcWbChannelSpecialReduction_out_request_no_;
  'v3/apply4sub': V3Apply4sub;
  'v3/apply4sub/sub_merchants': V3Apply4subSub_merchants;
  'v3/apply4sub/sub_merchants/{sub_mchid}': V3Apply4subSub_merchants_sub_mchid_;
  'v3/apply4sub/sub_merchants/{sub_mchid}/application': V3Apply4subSub_merchants_sub_mchid_Application;
  'v3/apply4sub/sub_merchants/{sub_mchid}/application/{application_no}': V3Apply4subSub_merchants_sub_mchid_Application_application_no_;
  'v3/apply4sub/sub_merchants/{sub_mchid}/modify-settlement': V3Apply4subSub_merchants_sub_mchid_ModifySettlement;
  'v3/apply4sub/sub_merchants/{sub_mchid}/settlement': V3Apply4subSub_merchants_sub_mchid_Settlement;
  'v3/apply4subject': V3Apply4subject;
  'v3/apply4subject/applyment': V3Apply4subjectApplyment;
  'v3/apply4subject/applyment/merchants': V3Apply4subjectApplymentMerchants;
  'v3/apply4subject/applyment/merchants/{sub_mchid}': V3Apply4subjectApplymentMerchants_sub_mchid_;
  'v3/apply4subject/applyment/merchants/{sub_mchid}/state': V3Apply4subjectApplymentMerchants_sub_mchid_State;
  'v3/apply4subject/applyment/{applyment_id}': V3Apply4subjectApplyment_applyment_id_;
  'v3/apply4subject/applyment/{applyment_id}/cancel': V3Apply4subjectApplyment_applyment_id_Cancel;
  'v3/apply4subject/applyment/{business_code}': V3Apply4subjectApplyment_business_code_;
  'v3/apply4subject/applyment/{business_code}/cancel': V3Apply4subjectApplyment_business_code_Cancel;
  'v3/applyment4sub': V3Applyment4sub;
  'v3/applyment4sub/applyment': V3Applyment4subApplyment;
  'v3/applyment4sub/applyment/': V3Applyment4subApplymentSlash;
  'v3/applyment4sub/applyment/applyment_id': V3Applyment4subApplymentApplyment_id;
  'v3/applyment4sub/applyment/applyment_id/{applyment_id}': V3Applyment4subApplymentApplyment_id_applyment_id_;
  'v3/applyment4sub/applyment/business_code': V3Applyment4subApplymentBusiness_code;
  'v3/applyment4sub/applyment/business_code/{business_code}': V3Applyment4subApplymentBusiness_code_business_code_;
  'v3/bank-batch-transfer': V3BankBatchTransfer;
  'v3/bank-batch-transfer/receipt': V3BankBatchTransferReceipt;
  'v3/bank-batch-transfer/receipt/detail-receipts': V3BankBatchTransferReceiptDetailReceipts;
  'v3/bank-batch-transfer/receipt/summary-receipts': V3BankBatchTransferReceiptSummaryReceipts;
  'v3/bank-transfer': V3BankTransfer;
  'v3/bank-transfer/batches': V3BankTransferBatches;
  'v3/bank-transfer/batches/batch-id': V3BankTransferBatchesBatchId;
  'v3/bank-transfer/batches/batch-id/{batch_id}': V3BankTransferBatchesBatchId_batch_id_;
  'v3/bank-transfer/batches/batch-id/{batch_id}/details': V3BankTransferBatchesBatchId_batch_id_Details;
  'v3/bank-transfer/batches/batch-id/{batch_id}/details/detail-id': V3BankTransferBatchesBatchId_batch_id_DetailsDetailId;
  'v3/bank-transfer/batches/batch-id/{batch_id}/details/detail-id/{detail_id}': V3BankTransferBatchesBatchId_batch_id_DetailsDetailId_detail_id_;
  'v3/bank-transfer/batches/out-batch-no': V3BankTransferBatchesOutBatchNo;
  'v3/bank-transfer/batches/out-batch-no/{out_batch_no}': V3BankTransferBatchesOutBatchNo_out_batch_no_;
  'v3/bank-transfer/batches/out-batch-no/{out_batch_no}/details': V3BankTransferBatchesOutBatchNo_out_batch_no_Details;
  'v3/bank-transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no': V3BankTransferBatchesOutBatchNo_out_batch_no_DetailsOutDetailNo;
  'v3/bank-transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no/{out_detail_no}': V3BankTransferBatchesOutBatchNo_out_batch_no_DetailsOutDetailNo_out_detail_no_;
  'v3/bill': V3Bill;
  'v3/bill/fundflowbill': V3BillFundflowbill;
  'v3/bill/sub-merchant-fundflowbill': V3BillSubMerchantFundflowbill;
  'v3/bill/tradebill': V3BillTradebill;
  'v3/billdownload': V3Billdownload;
  'v3/billdownload/file': V3BilldownloadFile;
  'v3/brand': V3Brand;
  'v3/brand-basic': V3BrandBasic;
  'v3/brand-basic/partner': V3BrandBasicPartner;
  'v3/brand-basic/partner/brands': V3BrandBasicPartnerBrands;
  'v3/brand-basic/partner/brands/{brand_id}': V3BrandBasicPartnerBrands_brand_id_;
  'v3/brand-basic/partner/brands/{brand_id}/product-authorities': V3BrandBasicPartnerBrands_brand_id_ProductAuthorities;
  'v3/brand/applyments': V3BrandApplyments;
  'v3/brand/applyments/applyment-id': V3BrandApplymentsApplymentId;
  'v3/brand/applyments/applyment-id/{applyment_id}': V3BrandApplymentsApplymentId_applyment_id_;
  'v3/brand/applyments/business-code': V3BrandApplymentsBusinessCode;
  'v3/brand/applyments/business-code/{business_code}': V3BrandApplymentsBusinessCode_business_code_;
  'v3/brand/applyments/cancel-applyment': V3BrandApplymentsCancelApplyment;
  'v3/brand/card': V3BrandCard;
  'v3/brand/card/card-configs': V3BrandCardCardConfigs;
  'v3/brand/card/card-configs/cancel-applyment': V3BrandCardCardConfigsCancelApplyment;
  'v3/brand/card/card-configs/preview-url': V3BrandCardCardConfigsPreviewUrl;
  'v3/brand/card/card-configs/publish': V3BrandCardCardConfigsPublish;
  'v3/brand/card/card-links': V3BrandCardCardLinks;
  'v3/brand/card/card-links/business-code': V3BrandCardCardLinksBusinessCode;
  'v3/brand/card/card-links/business-code/{business_code}': V3BrandCardCardLinksBusinessCode_business_code_;
  'v3/brand/card/card-links/cancel-applyment': V3BrandCardCardLinksCancelApplyment;
  'v3/brand/card/card-links/unbind-card-link': V3BrandCardCardLinksUnbindCardLink;
  'v3/brand/marketing': V3BrandMarketing;
  'v3/brand/marketing/shake-activities': V3BrandMarketingShakeActivities;
  'v3/brand/marketing/shake-activities/activities': V3BrandMarketingShakeActivitiesActivities;
  'v3/brand/partner': V3BrandPartner;
  'v3/brand/partner/card-member': V3BrandPartnerCardMember;
  'v3/brand/partner/card-member/cards': V3BrandPartnerCardMemberCards;
  'v3/brand/partner/card-member/cards/{card_id}': V3BrandPartnerCardMemberCards_card_id_;
  'v3/brand/partner/card-member/cards/{card_id}/invalidate': V3BrandPartnerCardMemberCards_card_id_Invalidate;
  'v3/brand/partner/card-member/membership-activities': V3BrandPartnerCardMemberMembershipActivities;
  'v3/brand/partner/card-member/membership-activities/{activity_id}': V3BrandPartnerCardMemberMembershipActivities_activity_id_;
  'v3/brand/partner/card-member/membership-activities/{activity_id}/terminate': V3BrandPartnerCardMemberMembershipActivities_activity_id_Terminate;
  'v3/brand/partner/card-member/pay-view-tokens': V3BrandPartnerCardMemberPayViewTokens;
  'v3/brand/partner/card-member/pre-auth-tokens': V3BrandPartnerCardMemberPreAuthTokens;
  'v3/brand/partner/card-member/user-cards': V3BrandPartnerCardMemberUserCards;
  'v3/brand/partner/card-member/user-cards/import-by-openid': V3BrandPartnerCardMemberUserCardsImportByOpenid;
  'v3/brand/partner/card-member/user-cards/import-by-phone': V3BrandPartnerCardMemberUserCardsImportByPhone;
  'v3/brand/partner/card-member/user-cards/{user_card_code}': V3BrandPartnerCardMemberUserCards_user_card_code_;
  'v3/brand/partner/card-member/user-cards/{user_card_code}/confirm': V3BrandPartnerCardMemberUserCards_user_card_code_Confirm;
  'v3/brand/partner/card-member/user-cards/{user_card_code}/invalidate': V3BrandPartnerCardMemberUserCards_user_card_code_Invalidate;
  'v3/brand/partner/card-member/user-feeds': V3BrandPartnerCardMemberUserFeeds;
  'v3/brand/partner/card-member/user-points': V3BrandPartnerCardMemberUserPoints;
  'v3/brand/partner/card-member/user-points/exchange-coupon': V3BrandPartnerCardMemberUserPointsExchangeCoupon;
  'v3/brand/partner/card-member/user-points/exchange-coupon/confirm': V3BrandPartnerCardMemberUserPointsExchangeCouponConfirm;
  'v3/brand/partner/card-member/user-points/sync': V3BrandPartnerCardMemberUserPointsSync;
  'v3/brand/partner/store': V3BrandPartnerStore;
  'v3/brand/partner/store/brandstores': V3BrandPartnerStoreBrandstores;
  'v3/brand/partner/store/brandstores/{store_id}': V3BrandPartnerStoreBrandstores_store_id_;
  'v3/brand/partner/store/brandstores/{store_id}/bindrecipient': V3BrandPartnerStoreBrandstores_store_id_Bindrecipient;
  'v3/brand/partner/store/brandstores/{store_id}/close': V3BrandPartnerStoreBrandstores_store_id_Close;
  'v3/brand/partner/store/brandstores/{store_id}/resume': V3BrandPartnerStoreBrandstores_store_id_Resume;
  'v3/brand/partner/store/brandstores/{store_id}/unbindrecipient': V3BrandPartnerStoreBrandstores_store_id_Unbindrecipient;
  'v3/brand/profitsharing': V3BrandProfitsharing;
  'v3/brand/profitsharing/brand-configs': V3BrandProfitsharingBrandConfigs;
  'v3/brand/profitsharing/brand-configs/{brand_mchid}': V3BrandProfitsharingBrandConfigs_brand_mchid_;
  'v3/brand/profitsharing/finish-order': V3BrandProfitsharingFinishOrder;
  'v3/brand/profitsharing/orders': V3BrandProfitsharingOrders;
  'v3/brand/profitsharing/orders/{transaction_id}': V3BrandProfitsharingOrders_transaction_id_;
  'v3/brand/profitsharing/orders/{transaction_id}/amounts': V3BrandProfitsharingOrders_transaction_id_Amounts;
  'v3/brand/profitsharing/receivers': V3BrandProfitsharingReceivers;
  'v3/brand/profitsharing/receivers/add': V3BrandProfitsharingReceiversAdd;
  'v3/brand/profitsharing/receivers/delete': V3BrandProfitsharingReceiversDelete;
  'v3/brand/profitsharing/returnorders': V3BrandProfitsharingReturnorders;
  'v3/businesscircle': V3Businesscircle;
  'v3/businesscircle/parkings': V3BusinesscircleParkings;
  'v3/businesscircle/points': V3BusinesscirclePoints;
  'v3/businesscircle/points/notify': V3BusinesscirclePointsNotify;
  'v3/businesscircle/user-authorizations': V3BusinesscircleUserAuthorizations;
  'v3/businesscircle/user-authorizations/{openid}': V3BusinesscircleUserAuthorizations_openid_;
  'v3/businesscircle/users': V3BusinesscircleUsers;
  'v3/businesscircle/users/{openid}': V3BusinesscircleUsers_openid_;
  'v3/businesscircle/users/{openid}/points': V3BusinesscircleUsers_openid_Points;
  'v3/businesscircle/users/{openid}/points/commit_status': V3BusinesscircleUsers_openid_PointsCommit_status;
  'v3/capital': V3Capital;
  'v3/capital/capitallhh': V3CapitalCapitallhh;
  'v3/capital/capitallhh/areas': V3CapitalCapitallhhAreas;
  'v3/capital/capitallhh/areas/provinces': V3CapitalCapitallhhAreasProvinces;
  'v3/capital/capitallhh/areas/provinces/{province_code}': V3CapitalCapitallhhAreasProvinces_province_code_;
  'v3/capital/capitallhh/areas/provinces/{province_code}/cities': V3CapitalCapitallhhAreasProvinces_province_code_Cities;
  'v3/capital/capitallhh/banks': V3CapitalCapitallhhBanks;
  'v3/capital/capitallhh/banks/corporate-banking': V3CapitalCapitallhhBanksCorporateBanking;
  'v3/capital/capitallhh/banks/personal-banking': V3CapitalCapitallhhBanksPersonalBanking;
  'v3/capital/capitallhh/banks/search-banks-by-bank-account': V3CapitalCapitallhhBanksSearchBanksByBankAccount;
  'v3/capital/capitallhh/banks/{bank_alias_code}': V3CapitalCapitallhhBanks_bank_alias_code_;
  'v3/capital/capitallhh/banks/{bank_alias_code}/branches': V3CapitalCapitallhhBanks_bank_alias_code_Branches;
  'v3/catering': V3Catering;
  'v3/catering/orders': V3CateringOrders;
  'v3/catering/orders/sync-status': V3CateringOrdersSyncStatus;
  'v3/certificates': V3Certificates;
  'v3/combine-transactions': V3CombineTransactions;
  'v3/combine-transactions/app': V3CombineTransactionsApp;
  'v3/combine-transactions/h5': V3CombineTransactionsH5;
  'v3/combine-transactions/id': V3CombineTransactionsId;
  'v3/combine-transactions/id/{combine_transaction_id}': V3CombineTransactionsId_combine_transaction_id_;
  'v3/combine-transactions/jsapi': V3CombineTransactionsJsapi;
  'v3/combine-transactions/miniprogram': V3CombineTransactionsMiniprogram;
  'v3/combine-transactions/native': V3CombineTransactionsNative;
  'v3/combine-transactions/out-trade-no': V3CombineTransactionsOutTradeNo;
  'v3/combine-transactions/out-trade-no/{combine_out_trade_no}': V3CombineTransactionsOutTradeNo_combine_out_trade_no_;
  'v3/combine-transactions/out-trade-no/{combine_out_trade_no}/close': V3CombineTransactionsOutTradeNo_combine_out_trade_no_Close;
  'v3/compliance': V3Compliance;
  'v3/compliance/inactive-merchant-identity-verification': V3ComplianceInactiveMerchantIdentityVerification;
  'v3/compliance/inactive-merchant-identity-verification/merchants': V3ComplianceInactiveMerchantIdentityVerificationMerchants;
  'v3/compliance/inactive-merchant-identity-verification/merchants/{sub_mchid}': V3ComplianceInactiveMerchantIdentityVerificationMerchants_sub_mchid_;
  'v3/compliance/inactive-merchant-identity-verification/merchants/{sub_mchid}/verifications': V3ComplianceInactiveMerchantIdentityVerificationMerchants_sub_mchid_Verifications;
  'v3/compliance/inactive-merchant-identity-verification/merchants/{sub_mchid}/verifications/{verification_id}': V3ComplianceInactiveMerchantIdentityVerificationMerchants_sub_mchid_Verifications_verification_id_;
  'v3/credit-repayment': V3CreditRepayment;
  'v3/credit-repayment/partner': V3CreditRepaymentPartner;
  'v3/credit-repayment/partner/contracts': V3CreditRepaymentPartnerContracts;
  'v3/credit-repayment/partner/contracts/app-presign': V3CreditRepaymentPartnerContractsAppPresign;
  'v3/credit-repayment/partner/contracts/h5-presign': V3CreditRepaymentPartnerContractsH5Presign;
  'v3/credit-repayment/partner/contracts/terminate': V3CreditRepaymentPartnerContractsTerminate;
  'v3/credit-repayment/partner/contracts/{out_contract_code}': V3CreditRepaymentPartnerContracts_out_contract_code_;
  'v3/credit-repayment/partner/deduct-orders': V3CreditRepaymentPartnerDeductOrders;
  'v3/credit-repayment/partner/deduct-orders/{out_trade_no}': V3CreditRepaymentPartnerDeductOrders_out_trade_no_;
  'v3/credit-repayment/partner/schedule-records': V3CreditRepaymentPartnerScheduleRecords;
  'v3/credit-repayment/partner/schedule-records/batch-create': V3CreditRepaymentPartnerScheduleRecordsBatchCreate;
  'v3/credit-repayment/partner/schedule-records/{out_record_id}': V3CreditRepaymentPartnerScheduleRecords_out_record_id_;
  'v3/discount-card': V3DiscountCard;
  'v3/discount-card/cards': V3DiscountCardCards;
  'v3/discount-card/cards/{out_card_code}': V3DiscountCardCards_out_card_code_;
  'v3/discount-card/cards/{out_card_code}/add-user-records': V3DiscountCardCards_out_card_code_AddUserRecords;
  'v3/discount-card/orders': V3DiscountCardOrders;
  'v3/discount-card/orders/out-trade-no': V3DiscountCardOrdersOutTradeNo;
  'v3/discount-card/orders/out-trade-no/{out_trade_no}': V3DiscountCardOrdersOutTradeNo_out_trade_no_;
  'v3/discount-card/orders/{out_order_no}': V3DiscountCardOrders_out_order_no_;
  'v3/ebike': V3Ebike;
  'v3/ebike/charge': V3EbikeCharge;
  'v3/ebike/charge/contracts': V3EbikeChargeContracts;
  'v3/ebike/charge/contracts/preopen': V3EbikeChargeContractsPreopen;
  'v3/ebike/charge/contracts/{contract_id}': V3EbikeChargeContracts_contract_id_;
  'v3/ebike/charge/contracts/{contract_id}/confirm': V3EbikeChargeContracts_contract_id_Confirm;
  'v3/ebike/charge/transactions': V3EbikeChargeTransactions;
  'v3/ebike/charge/transactions/id': V3EbikeChargeTransactionsId;
  'v3/ebike/charge/transactions/id/{transaction_id}': V3EbikeChargeTransactionsId_transaction_id_;
  'v3/ebike/charge/transactions/out-trade-no': V3EbikeChargeTransactionsOutTradeNo;
  'v3/ebike/charge/transactions/out-trade-no/{out_trade_no}': V3EbikeChargeTransactionsOutTradeNo_out_trade_no_;
  'v3/ebike/charge/users': V3EbikeChargeUsers;
  'v3/ebike/charge/users/{openid}': V3EbikeChargeUsers_openid_;
  'v3/ebike/charge/users/{openid}/contract': V3EbikeChargeUsers_openid_Contract;
  'v3/ecommerce': V3Ecommerce;
  'v3/ecommerce/account': V3EcommerceAccount;
  'v3/ecommerce/account/apply-cancel-withdraw': V3EcommerceAccountApplyCancelWithdraw;
  'v3/ecommerce/account/apply-cancel-withdraw/applyment-id': V3EcommerceAccountApplyCancelWithdrawApplymentId;
  'v3/ecommerce/account/apply-cancel-withdraw/applyment-id/{applyment_id}': V3EcommerceAccountApplyCancelWithdrawApplymentId_applyment_id_;
  'v3/ecommerce/account/apply-cancel-withdraw/confirm': V3EcommerceAccountApplyCancelWithdrawConfirm;
  'v3/ecommerce/account/apply-cancel-withdraw/out-request-no': V3EcommerceAccountApplyCancelWithdrawOutRequestNo;
  'v3/ecommerce/account/apply-cancel-withdraw/out-request-no/{out_request_no}': V3EcommerceAccountApplyCancelWithdrawOutRequestNo_out_request_no_;
  'v3/ecommerce/account/apply-cancel-withdraw/validate-cancel': V3EcommerceAccountApplyCancelWithdrawValidateCancel;
  'v3/ecommerce/account/apply-cancel-withdraw/validate-cancel/{sub_mchid}': V3EcommerceAccountApplyCancelWithdrawValidateCancel_sub_mchid_;
  'v3/ecommerce/account/cancel-applications': V3EcommerceAccountCancelApplications;
  'v3/ecommerce/account/cancel-applications/media': V3EcommerceAccountCancelApplicationsMedia;
  'v3/ecommerce/account/cancel-applications/out-apply-no': V3EcommerceAccountCancelApplicationsOutApplyNo;
  'v3/ecommerce/account/cancel-applications/out-apply-no/{out_apply_no}': V3EcommerceAccountCancelApplicationsOutApplyNo_out_apply_no_;
  'v3/ecommerce/applyments': V3EcommerceApplyments;
  'v3/ecommerce/applyments/': V3EcommerceApplymentsSlash;
  'v3/ecommerce/applyments/out-request-no': V3EcommerceApplymentsOutRequestNo;
  'v3/ecommerce/applyments/out-request-no/{out_request_no}': V3EcommerceApplymentsOutRequestNo_out_request_no_;
  'v3/ecommerce/applyments/out-request-no/{out_request_no}/revoke': V3EcommerceApplymentsOutRequestNo_out_request_no_Revoke;
  'v3/ecommerce/applyments/submit-account-hosting-applyment': V3EcommerceApplymentsSubmitAccountHostingApplyment;
  'v3/ecommerce/applyments/submit-sign-verify-info': V3EcommerceApplymentsSubmitSignVerifyInfo;
  'v3/ecommerce/applyments/{applyment_id}': V3EcommerceApplyments_applyment_id_;
  'v3/ecommerce/applyments/{applyment_id}/revoke': V3EcommerceApplyments_applyment_id_Revoke;
  'v3/ecommerce/bill': V3EcommerceBill;
  'v3/ecommerce/bill/fundflowbill': V3EcommerceBillFundflowbill;
  'v3/ecommerce/combine-papay': V3EcommerceCombinePapay;
  'v3/ecommerce/combine-papay/contracts': V3EcommerceCombinePapayContracts;
  'v3/ecommerce/combine-papay/contracts/plan-id': V3EcommerceCombinePapayContractsPlanId;
  'v3/ecommerce/combine-papay/contracts/plan-id/{plan_id}': V3EcommerceCombinePapayContractsPlanId_plan_id_;
  'v3/ecommerce/combine-papay/contracts/plan-id/{plan_id}/out-contract-code': V3EcommerceCombinePapayContractsPlanId_plan_id_OutContractCode;
  'v3/ecommerce/combine-papay/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}': V3EcommerceCombinePapayContractsPlanId_plan_id_OutContractCode_out_contract_code_;
  'v3/ecommerce/combine-papay/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate': V3EcommerceCombinePapayContractsPlanId_plan_id_OutContractCode_out_contract_code_Terminate;
  'v3/ecommerce/combine-papay/contracts/pre-entrust-sign': V3EcommerceCombinePapayContractsPreEntrustSign;
  'v3/ecommerce/combine-papay/contracts/pre-entrust-sign/mini-program': V3EcommerceCombinePapayContractsPreEntrustSignMiniProgram;
  'v3/ecommerce/combine-papay/transactions': V3EcommerceCombinePapayTransactions;
  'v3/ecommerce/combine-papay/transactions/{combine_out_trade_no}': V3EcommerceCombinePapayTransactions_combine_out_trade_no_;
  'v3/ecommerce/combine-papay/transactions/{combine_out_trade_no}/reverse': V3EcommerceCombinePapayTransactions_combine_out_trade_no_Reverse;
  'v3/ecommerce/fund': V3EcommerceFund;
  'v3/ecommerce/fund/balance': V3EcommerceFundBalance;
  'v3/ecommerce/fund/balance/{sub_mchid}': V3EcommerceFundBalance_sub_mchid_;
  'v3/ecommerce/fund/enddaybalance': V3EcommerceFundEnddaybalance;
  'v3/ecommerce/fund/enddaybalance/{sub_mchid}': V3EcommerceFundEnddaybalance_sub_mchid_;
  'v3/ecommerce/fund/withdraw': V3EcommerceFundWithdraw;
  'v3/ecommerce/fund/withdraw/out-request-no': V3EcommerceFundWithdrawOutRequestNo;
  'v3/ecommerce/fund/withdraw/out-request-no/{out_request_no}': V3EcommerceFundWithdrawOutRequestNo_out_request_no_;
  'v3/ecommerce/fund/withdraw/{withdraw_id}': V3EcommerceFundWithdraw_withdraw_id_;
  'v3/ecommerce/individual-contracts': V3EcommerceIndividualContracts;
  'v3/ecommerce/individual-contracts/out-contract-code': V3EcommerceIndividualContractsOutContractCode;
  'v3/ecommerce/individual-contracts/out-contract-code/{out_contract_code}': V3EcommerceIndividualContractsOutContractCode_out_contract_code_;
  'v3/ecommerce/individual-contracts/pre-entrust-sign': V3EcommerceIndividualContractsPreEntrustSign;
  'v3/ecommerce/individual-contracts/pre-entrust-sign-with-real-name-identity': V3EcommerceIndividualContractsPreEntrustSignWithRealNameIdentity;
  'v3/ecommerce/individual-contracts/pre-entrust-sign-with-real-name-identity/app': V3EcommerceIndividualContractsPreEntrustSignWithRealNameIdentityApp;
  'v3/ecommerce/individual-contracts/pre-entrust-sign-with-real-name-identity/mini-program': V3EcommerceIndividualContractsPreEntrustSignWithRealNameIdentityMiniProgram;
  'v3/ecommerce/individual-contracts/pre-entrust-sign/app': V3EcommerceIndividualContractsPreEntrustSignApp;
  'v3/ecommerce/individual-contracts/pre-entrust-sign/mini-program': V3EcommerceIndividualContractsPreEntrustSignMiniProgram;
  'v3/ecommerce/individual-contracts/{openid}': V3EcommerceIndividualContracts_openid_;
  'v3/ecommerce/mch-transfer': V3EcommerceMchTransfer;
  'v3/ecommerce/mch-transfer/authorizations': V3EcommerceMchTransferAuthorizations;
  'v3/ecommerce/mch-transfer/authorizations/{sub_mchid}': V3EcommerceMchTransferAuthorizations_sub_mchid_;
  'v3/ecommerce/mch-transfer/transfer-bills': V3EcommerceMchTransferTransferBills;
  'v3/ecommerce/mch-transfer/transfer-bills/out-bill-no': V3EcommerceMchTransferTransferBillsOutBillNo;
  'v3/ecommerce/mch-transfer/transfer-bills/out-bill-no/{out_bill_no}': V3EcommerceMchTransferTransferBillsOutBillNo_out_bill_no_;
  'v3/ecommerce/mch-transfer/transfer-bills/out-bill-no/{out_bill_no}/cancel': V3EcommerceMchTransferTransferBillsOutBillNo_out_bill_no_Cancel;
  'v3/ecommerce/mch-transfer/transfer-bills/transfer-bill-no': V3EcommerceMchTransferTransferBillsTransferBillNo;
  'v3/ecommerce/mch-transfer/transfer-bills/transfer-bill-no/{transfer_bill_no}': V3EcommerceMchTransferTransferBillsTransferBillNo_transfer_bill_no_;
  'v3/ecommerce/profitsharing': V3EcommerceProfitsharing;
  'v3/ecommerce/profitsharing/after-sales-orders': V3EcommerceProfitsharingAfterSalesOrders;
  'v3/ecommerce/profitsharing/finish-order': V3EcommerceProfitsharingFinishOrder;
  'v3/ecommerce/profitsharing/orders': V3EcommerceProfitsharingOrders;
  'v3/ecommerce/profitsharing/orders/{transaction_id}': V3EcommerceProfitsharingOrders_transaction_id_;
  'v3/ecommerce/profitsharing/orders/{transaction_id}/amounts': V3EcommerceProfitsharingOrders_transaction_id_Amounts;
  'v3/ecommerce/profitsharing/receivers': V3EcommerceProfitsharingReceivers;
  'v3/ecommerce/profitsharing/receivers/add': V3EcommerceProfitsharingReceiversAdd;
  'v3/ecommerce/profitsharing/receivers/delete': V3EcommerceProfitsharingReceiversDelete;
  'v3/ecommerce/profitsharing/returnorders': V3EcommerceProfitsharingReturnorders;
  'v3/ecommerce/refunds': V3EcommerceRefunds;
  'v3/ecommerce/refunds/apply': V3EcommerceRefundsApply;
  'v3/ecommerce/refunds/id': V3EcommerceRefundsId;
  'v3/ecommerce/refunds/id/{refund_id}': V3EcommerceRefundsId_refund_id_;
  'v3/ecommerce/refunds/out-refund-no': V3EcommerceRefundsOutRefundNo;
  'v3/ecommerce/refunds/out-refund-no/{out_refund_no}': V3EcommerceRefundsOutRefundNo_out_refund_no_;
  'v3/ecommerce/refunds/{refund_id}': V3EcommerceRefunds_refund_id_;
  'v3/ecommerce/refunds/{refund_id}/apply-abnormal-refund': V3EcommerceRefunds_refund_id_ApplyAbnormalRefund;
  'v3/ecommerce/refunds/{refund_id}/return-advance': V3EcommerceRefunds_refund_id_ReturnAdvance;
  'v3/ecommerce/subject-sub-merchants': V3EcommerceSubjectSubMerchants;
  'v3/ecommerce/subsidies': V3EcommerceSubsidies;
  'v3/ecommerce/subsidies/cancel': V3EcommerceSubsidiesCancel;
  'v3/ecommerce/subsidies/create': V3EcommerceSubsidiesCreate;
  'v3/ecommerce/subsidies/return': V3EcommerceSubsidiesReturn;
  'v3/edu-papay': V3EduPapay;
  'v3/edu-papay/contracts': V3EduPapayContracts;
  'v3/edu-papay/contracts/id': V3EduPapayContractsId;
  'v3/edu-papay/contracts/id/{contract_id}': V3EduPapayContractsId_contract_id_;
  'v3/edu-papay/contracts/presign': V3EduPapayContractsPresign;
  'v3/edu-papay/contracts/{contract_id}': V3EduPapayContracts_contract_id_;
  'v3/edu-papay/transactions': V3EduPapayTransactions;
  'v3/edu-papay/transactions/id': V3EduPapayTransactionsId;
  'v3/edu-papay/transactions/id/{transaction_id}': V3EduPapayTransactionsId_transaction_id_;
  'v3/edu-papay/transactions/out-trade-no': V3EduPapayTransactionsOutTradeNo;
  'v3/edu-papay/transactions/out-trade-no/{out_trade_no}': V3EduPapayTransactionsOutTradeNo_out_trade_no_;
  'v3/edu-papay/user': V3EduPapayUser;
  'v3/edu-papay/user-notifications': V3EduPapayUserNotifications;
  'v3/edu-papay/user-notifications/{contract_id}': V3EduPapayUserNotifications_contract_id_;
  'v3/edu-papay/user-notifications/{contract_id}/send': V3EduPapayUserNotifications_contract_id_Send;
  'v3/edu-papay/user/{openid}': V3EduPapayUser_openid_;
  'v3/edu-papay/user/{openid}/contracts': V3EduPapayUser_openid_Contracts;
  'v3/edu-star': V3EduStar;
  'v3/edu-star/orders': V3EduStarOrders;
  'v3/edu-star/users': V3EduStarUsers;
  'v3/edu-star/users/openid': V3EduStarUsersOpenid;
  'v3/edu-star/users/openid/{wechat_openid}': V3EduStarUsersOpenid_wechat_openid_;
  'v3/edu-star/users/qq': V3EduStarUsersQq;
  'v3/edu-star/users/qq/{qq}': V3EduStarUsersQq_qq_;
  'v3/eduschoolpay': V3Eduschoolpay;
  'v3/eduschoolpay/contracts': V3EduschoolpayContracts;
  'v3/eduschoolpay/contracts/presign': V3EduschoolpayContractsPresign;
  'v3/eduschoolpay/contracts/{contract_id}': V3EduschoolpayContracts_contract_id_;
  'v3/eduschoolpay/contracts/{contract_id}/terminate': V3EduschoolpayContracts_contract_id_Terminate;
  'v3/eduschoolpay/transactions': V3EduschoolpayTransactions;
  'v3/eduschoolpay/transactions/id': V3EduschoolpayTransactionsId;
  'v3/eduschoolpay/transactions/id/{transaction_id}': V3EduschoolpayTransactionsId_transaction_id_;
  'v3/eduschoolpay/transactions/out-trade-no': V3EduschoolpayTransactionsOutTradeNo;
  'v3/eduschoolpay/transactions/out-trade-no/{out_trade_no}': V3EduschoolpayTransactionsOutTradeNo_out_trade_no_;
  'v3/eduschoolpay/users': V3EduschoolpayUsers;
  'v3/eduschoolpay/users/{openid}': V3EduschoolpayUsers_openid_;
  'v3/eduschoolpay/users/{openid}/contracts': V3EduschoolpayUsers_openid_Contracts;
  'v3/eduschoolpay/users/{openid}/debt-state': V3EduschoolpayUsers_openid_DebtState;
  'v3/express': V3Express;
  'v3/express/users': V3ExpressUsers;
  'v3/express/users/{openid}': V3ExpressUsers_openid_;
  'v3/express/users/{openid}/transform': V3ExpressUsers_openid_Transform;
  'v3/facemch': V3Facemch;
  'v3/facemch/users': V3FacemchUsers;
  'v3/facemch/users/{face_sid}': V3FacemchUsers_face_sid_;
  'v3/fund-app': V3FundApp;
  'v3/fund-app/brand-redpacket': V3FundAppBrandRedpacket;
  'v3/fund-app/brand-redpacket/brand-merchant-batches': V3FundAppBrandRedpacketBrandMerchantBatches;
  'v3/fund-app/brand-redpacket/brand-merchant-batches/{batch_no}': V3FundAppBrandRedpacketBrandMerchantBatches_batch_no_;
  'v3/fund-app/brand-redpacket/brand-merchant-batches/{batch_no}/details': V3FundAppBrandRedpacketBrandMerchantBatches_batch_no_Details;
  'v3/fund-app/brand-redpacket/brand-merchant-batches/{batch_no}/details/{detail_no}': V3FundAppBrandRedpacketBrandMerchantBatches_batch_no_Details_detail_no_;
  'v3/fund-app/brand-redpacket/brand-merchant-out-batches': V3FundAppBrandRedpacketBrandMerchantOutBatches;
  'v3/fund-app/brand-redpacket/brand-merchant-out-batches/{out_batch_no}': V3FundAppBrandRedpacketBrandMerchantOutBatches_out_batch_no_;
  'v3/fund-app/brand-redpacket/brand-merchant-out-batches/{out_batch_no}/out-details': V3FundAppBrandRedpacketBrandMerchantOutBatches_out_batch_no_OutDetails;
  'v3/fund-app/brand-redpacket/brand-merchant-out-batches/{out_batch_no}/out-details/{out_detail_no}': V3FundAppBrandRedpacketBrandMerchantOutBatches_out_batch_no_OutDetails_out_detail_no_;
  'v3/fund-app/mch-transfer': V3FundAppMchTransfer;
  'v3/fund-app/mch-transfer/elecsign': V3FundAppMchTransferElecsign;
  'v3/fund-app/mch-transfer/elecsign/out-bill-no': V3FundAppMchTransferElecsignOutBillNo;
  'v3/fund-app/mch-transfer/elecsign/out-bill-no/{out_bill_no}': V3FundAppMchTransferElecsignOutBillNo_out_bill_no_;
  'v3/fund-app/mch-transfer/elecsign/transfer-bill-no': V3FundAppMchTransferElecsignTransferBillNo;
  'v3/fund-app/mch-transfer/elecsign/transfer-bill-no/{transfer_bill_no}': V3FundAppMchTransferElecsignTransferBillNo_transfer_bill_no_;
  'v3/fund-app/mch-transfer/partner': V3FundAppMchTransferPartner;
  'v3/fund-app/mch-transfer/partner/budget': V3FundAppMchTransferPartnerBudget;
  'v3/fund-app/mch-transfer/partner/budget/{out_budget_no}': V3FundAppMchTransferPartnerBudget_out_budget_no_;
  'v3/fund-app/mch-transfer/partner/budget/{out_budget_no}/electronic-receipts': V3FundAppMchTransferPartnerBudget_out_budget_no_ElectronicReceipts;
  'v3/fund-app/mch-transfer/partner/charity-budget': V3FundAppMchTransferPartnerCharityBudget;
  'v3/fund-app/mch-transfer/partner/charity-budget/{out_budget_no}': V3FundAppMchTransferPartnerCharityBudget_out_budget_no_;
  'v3/fund-app/mch-transfer/partner/charity-budget/{out_budget_no}/unlock': V3FundAppMchTransferPartnerCharityBudget_out_budget_no_Unlock;
  'v3/fund-app/mch-transfer/partner/charity-transfer-bills': V3FundAppMchTransferPartnerCharityTransferBills;
  'v3/fund-app/mch-transfer/partner/charity-transfer-bills/out-transfer-no': V3FundAppMchTransferPartnerCharityTransferBillsOutTransferNo;
  'v3/fund-app/mch-transfer/partner/charity-transfer-bills/out-transfer-no/{out_transfer_no}': V3FundAppMchTransferPartnerCharityTransferBillsOutTransferNo_out_transfer_no_;
  'v3/fund-app/mch-transfer/partner/electronic-receipts': V3FundAppMchTransferPartnerElectronicReceipts;
  'v3/fund-app/mch-transfer/partner/electronic-receipts/{out_bill_no}': V3FundAppMchTransferPartnerElectronicReceipts_out_bill_no_;
  'v3/fund-app/mch-transfer/partner/sub-mch-authorizations': V3FundAppMchTransferPartnerSubMchAuthorizations;
  'v3/fund-app/mch-transfer/partner/sub-mch-authorizations/{sub_mchid}': V3FundAppMchTransferPartnerSubMchAuthorizations_sub_mchid_;
  'v3/fund-app/mch-transfer/partner/transfer-bills': V3FundAppMchTransferPartnerTransferBills;
  'v3/fund-app/mch-transfer/partner/transfer-bills/out-bill-no': V3FundAppMchTransferPartnerTransferBillsOutBillNo;
  'v3/fund-app/mch-transfer/partner/transfer-bills/out-bill-no/{out_bill_no}': V3FundAppMchTransferPartnerTransferBillsOutBillNo_out_bill_no_;
  'v3/fund-app/mch-transfer/partner/transfer-bills/out-bill-no/{out_bill_no}/cancel': V3FundAppMchTransferPartnerTransferBillsOutBillNo_out_bill_no_Cancel;
  'v3/fund-app/mch-transfer/partner/transfer-bills/pre-transfer-with-authorization': V3FundAppMchTransferPartnerTransferBillsPreTransferWithAuthorization;
  'v3/fund-app/mch-transfer/partner/transfer-bills/transfer': V3FundAppMchTransferPartnerTransferBillsTransfer;
  'v3/fund-app/mch-transfer/partner/user-confirm-authorizations': V3FundAppMchTransferPartnerUserConfirmAuthorizations;
  'v3/fund-app/mch-transfer/partner/user-confirm-authorizations/{out_authorization_no}': V3FundAppMchTransferPartnerUserConfirmAuthorizations_out_authorization_no_;
  'v3/fund-app/mch-transfer/partner/user-confirm-authorizations/{out_authorization_no}/close': V3FundAppMchTransferPartnerUserConfirmAuthorizations_out_authorization_no_Close;
  'v3/fund-app/mch-transfer/transfer-bills': V3FundAppMchTransferTransferBills;
  'v3/fund-app/mch-transfer/transfer-bills/out-bill-no': V3FundAppMchTransferTransferBillsOutBillNo;
  'v3/fund-app/mch-transfer/transfer-bills/out-bill-no/{out_bill_no}': V3FundAppMchTransferTransferBillsOutBillNo_out_bill_no_;
  'v3/fund-app/mch-transfer/transfer-bills/out-bill-no/{out_bill_no}/cancel': V3FundAppMchTransferTransferBillsOutBillNo_out_bill_no_Cancel;
  'v3/fund-app/mch-transfer/transfer-bills/pre-transfer-with-authorization': V3FundAppMchTransferTransferBillsPreTransferWithAuthorization;
  'v3/fund-app/mch-transfer/transfer-bills/transfer': V3FundAppMchTransferTransferBillsTransfer;
  'v3/fund-app/mch-transfer/transfer-bills/transfer-bill-no': V3FundAppMchTransferTransferBillsTransferBillNo;
  'v3/fund-app/mch-transfer/transfer-bills/transfer-bill-no/{transfer_bill_no}': V3FundAppMchTransferTransferBillsTransferBillNo_transfer_bill_no_;
  'v3/fund-app/mch-transfer/transfer-to-qq-wallet-bills': V3FundAppMchTransferTransferToQqWalletBills;
  'v3/fund-app/mch-transfer/transfer-to-qq-wallet-bills/{out_bill_no}': V3FundAppMchTransferTransferToQqWalletBills_out_bill_no_;
  'v3/fund-app/mch-transfer/transfer-to-qq-wallet-bills/{out_bill_no}/cancel': V3FundAppMchTransferTransferToQqWalletBills_out_bill_no_Cancel;
  'v3/fund-app/mch-transfer/user-confirm-authorization': V3FundAppMchTransferUserConfirmAuthorization;
  'v3/fund-app/mch-transfer/user-confirm-authorization/out-authorization-no': V3FundAppMchTransferUserConfirmAuthorizationOutAuthorizationNo;
  'v3/fund-app/mch-transfer/user-confirm-authorization/out-authorization-no/{out_authorization_no}': V3FundAppMchTransferUserConfirmAuthorizationOutAuthorizationNo_out_authorization_no_;
  'v3/fund-app/mch-transfer/user-confirm-authorization/out-authorization-no/{out_authorization_no}/close': V3FundAppMchTransferUserConfirmAuthorizationOutAuthorizationNo_out_authorization_no_Close;
  'v3/funds-to-oversea': V3FundsToOversea;
  'v3/funds-to-oversea/bill-download-url': V3FundsToOverseaBillDownloadUrl;
  'v3/funds-to-oversea/orders': V3FundsToOverseaOrders;
  'v3/funds-to-oversea/orders/{out_order_id}': V3FundsToOverseaOrders_out_order_id_;
  'v3/funds-to-oversea/return': V3FundsToOverseaReturn;
  'v3/funds-to-oversea/return/return-orders': V3FundsToOverseaReturnReturnOrders;
  'v3/funds-to-oversea/return/return-orders/out-return-no': V3FundsToOverseaReturnReturnOrdersOutReturnNo;
  'v3/funds-to-oversea/return/return-orders/out-return-no/{out_return_no}': V3FundsToOverseaReturnReturnOrdersOutReturnNo_out_return_no_;
  'v3/funds-to-oversea/transactions': V3FundsToOverseaTransactions;
  'v3/funds-to-oversea/transactions/{transaction_id}': V3FundsToOverseaTransactions_transaction_id_;
  'v3/funds-to-oversea/transactions/{transaction_id}/available_abroad_amounts': V3FundsToOverseaTransactions_transaction_id_Available_abroad_amounts;
  'v3/global': V3Global;
  'v3/global/certificates': V3GlobalCertificates;
  'v3/global/customs': V3GlobalCustoms;
  'v3/global/customs/orders': V3GlobalCustomsOrders;
  'v3/global/customs/redeclare': V3GlobalCustomsRedeclare;
  'v3/global/customs/verify-certificate': V3GlobalCustomsVerifyCertificate;
  'v3/global/merchant': V3GlobalMerchant;
  'v3/global/merchant-service': V3GlobalMerchantService;
  'v3/global/merchant-service/complaint-notifications': V3GlobalMerchantServiceComplaintNotifications;
  'v3/global/merchant-service/complaints': V3GlobalMerchantServiceComplaints;
  'v3/global/merchant-service/complaints/{complaint_id}': V3GlobalMerchantServiceComplaints_complaint_id_;
  'v3/global/merchant-service/complaints/{complaint_id}/complete': V3GlobalMerchantServiceComplaints_complaint_id_Complete;
  'v3/global/merchant-service/complaints/{complaint_id}/negotiation-historys': V3GlobalMerchantServiceComplaints_complaint_id_NegotiationHistorys;
  'v3/global/merchant-service/complaints/{complaint_id}/response': V3GlobalMerchantServiceComplaints_complaint_id_Response;
  'v3/global/merchant-service/images': V3GlobalMerchantServiceImages;
  'v3/global/merchant-service/images/upload': V3GlobalMerchantServiceImagesUpload;
  'v3/global/merchant-service/images/{media_id}': V3GlobalMerchantServiceImages_media_id_;
  'v3/global/merchant-storage': V3GlobalMerchantStorage;
  'v3/global/merchant-storage/file': V3GlobalMerchantStorageFile;
  'v3/global/merchant-storage/file/upload': V3GlobalMerchantStorageFileUpload;
  'v3/global/merchant/h5': V3GlobalMerchantH5;
  'v3/global/merchant/h5/permission': V3GlobalMerchantH5Permission;
  'v3/global/merchant/h5/permission/applications': V3GlobalMerchantH5PermissionApplications;
  'v3/global/merchant/h5/permission/applications/{applyment_id}': V3GlobalMerchantH5PermissionApplications_applyment_id_;
  'v3/global/merchant/h5/permission/domain': V3GlobalMerchantH5PermissionDomain;
  'v3/global/merchant/h5/permission/domain/applications': V3GlobalMerchantH5PermissionDomainApplications;
  'v3/global/merchant/h5/permission/domain/applications/{applyment_id}': V3GlobalMerchantH5PermissionDomainApplications_applyment_id_;
  'v3/global/merchant/h5/permission/{sub_mchid}': V3GlobalMerchantH5Permission_sub_mchid_;
  'v3/global/merchants': V3GlobalMerchants;
  'v3/global/merchants/{sub_mchid}': V3GlobalMerchants_sub_mchid_;
  'v3/global/micropay': V3GlobalMicropay;
  'v3/global/micropay/transactions': V3GlobalMicropayTransactions;
  'v3/global/micropay/transactions/id': V3GlobalMicropayTransactionsId;
  'v3/global/micropay/transactions/id/{transaction_id}': V3GlobalMicropayTransactionsId_transaction_id_;
  'v3/global/micropay/transactions/id/{transaction_id}/reverse': V3GlobalMicropayTransactionsId_transaction_id_Reverse;
  'v3/global/micropay/transactions/out-trade-no': V3GlobalMicropayTransactionsOutTradeNo;
  'v3/global/micropay/transactions/out-trade-no/{out_trade_no}': V3GlobalMicropayTransactionsOutTradeNo_out_trade_no_;
  'v3/global/micropay/transactions/out-trade-no/{out_trade_no}/reverse': V3GlobalMicropayTransactionsOutTradeNo_out_trade_no_Reverse;
  'v3/global/micropay/transactions/pay': V3GlobalMicropayTransactionsPay;
  'v3/global/papay': V3GlobalPapay;
  'v3/global/papay/contracts': V3GlobalPapayContracts;
  'v3/global/papay/contracts/app-pre-entrust-sign': V3GlobalPapayContractsAppPreEntrustSign;
  'v3/global/papay/contracts/h5-pre-entrust-sign': V3GlobalPapayContractsH5PreEntrustSign;
  'v3/global/papay/contracts/jsapi-pre-entrust-sign': V3GlobalPapayContractsJsapiPreEntrustSign;
  'v3/global/papay/contracts/miniprogram-pre-entrust-sign': V3GlobalPapayContractsMiniprogramPreEntrustSign;
  'v3/global/papay/contracts/out-contract-code': V3GlobalPapayContractsOutContractCode;
  'v3/global/papay/contracts/out-contract-code/{out_contract_code}': V3GlobalPapayContractsOutContractCode_out_contract_code_;
  'v3/global/papay/contracts/web-pre-entrust-sign': V3GlobalPapayContractsWebPreEntrustSign;
  'v3/global/papay/contracts/{contract_id}': V3GlobalPapayContracts_contract_id_;
  'v3/global/papay/contracts/{contract_id}/terminate': V3GlobalPapayContracts_contract_id_Terminate;
  'v3/global/papay/transactions': V3GlobalPapayTransactions;
  'v3/global/papay/transactions/out-trade-no': V3GlobalPapayTransactionsOutTradeNo;
  'v3/global/papay/transactions/out-trade-no/{out_trade_no}': V3GlobalPapayTransactionsOutTradeNo_out_trade_no_;
  'v3/global/papay/transactions/out-trade-no/{out_trade_no}/reverse': V3GlobalPapayTransactionsOutTradeNo_out_trade_no_Reverse;
  'v3/global/papay/transactions/{transaction_id}': V3GlobalPapayTransactions_transaction_id_;
  'v3/global/profit-sharing': V3GlobalProfitSharing;
  'v3/global/profit-sharing/bill-download-url': V3GlobalProfitSharingBillDownloadUrl;
  'v3/global/profit-sharing/orders': V3GlobalProfitSharingOrders;
  'v3/global/profit-sharing/orders/unfreeze': V3GlobalProfitSharingOrdersUnfreeze;
  'v3/global/profit-sharing/orders/{out_order_no}': V3GlobalProfitSharingOrders_out_order_no_;
  'v3/global/profit-sharing/receivers': V3GlobalProfitSharingReceivers;
  'v3/global/profit-sharing/receivers/{account}': V3GlobalProfitSharingReceivers_account_;
  'v3/global/profit-sharing/refunds': V3GlobalProfitSharingRefunds;
  'v3/global/profit-sharing/refunds/bill-download-url': V3GlobalProfitSharingRefundsBillDownloadUrl;
  'v3/global/profit-sharing/refunds/refundable-balance': V3GlobalProfitSharingRefundsRefundableBalance;
  'v3/global/profit-sharing/transactions': V3GlobalProfitSharingTransactions;
  'v3/global/profit-sharing/transactions/mark': V3GlobalProfitSharingTransactionsMark;
  'v3/global/profit-sharing/transactions/{transaction_id}': V3GlobalProfitSharingTransactions_transaction_id_;
  'v3/global/profit-sharing/transactions/{transaction_id}/amounts': V3GlobalProfitSharingTransactions_transaction_id_Amounts;
  'v3/global/profit-sharing/transactions/{transaction_id}/refundable-amounts': V3GlobalProfitSharingTransactions_transaction_id_RefundableAmounts;
  'v3/global/refund': V3GlobalRefund;
  'v3/global/refund/partner': V3GlobalRefundPartner;
  'v3/global/refund/partner/recharge-balance': V3GlobalRefundPartnerRechargeBalance;
  'v3/global/refund/partner/recharge-balance/sub-mchid': V3GlobalRefundPartnerRechargeBalanceSubMchid;
  'v3/global/refund/partner/recharge-balance/sub-mchid/{sub_mchid}': V3GlobalRefundPartnerRechargeBalanceSubMchid_sub_mchid_;
  'v3/global/refund/recharge-balance': V3GlobalRefundRechargeBalance;
  'v3/global/refunds': V3GlobalRefunds;
  'v3/global/refunds/id': V3GlobalRefundsId;
  'v3/global/refunds/id/{refund_id}': V3GlobalRefundsId_refund_id_;
  'v3/global/refunds/out-refund-no': V3GlobalRefundsOutRefundNo;
  'v3/global/refunds/out-refund-no/{out_refund_no}': V3GlobalRefundsOutRefundNo_out_refund_no_;
  'v3/global/settle': V3GlobalSettle;
  'v3/global/settle/settlements': V3GlobalSettleSettlements;
  'v3/global/statements': V3GlobalStatements;
  'v3/global/transactions': V3GlobalTransactions;
  'v3/global/transactions/app': V3GlobalTransactionsApp;
  'v3/global/transactions/id': V3GlobalTransactionsId;
  'v3/global/transactions/id/{transaction_id}': V3GlobalTransactionsId_transaction_id_;
  'v3/global/transactions/id/{transaction_id}/close': V3GlobalTransactionsId_transaction_id_Close;
  'v3/global/transactions/jsapi': V3GlobalTransactionsJsapi;
  'v3/global/transactions/mweb': V3GlobalTransactionsMweb;
  'v3/global/transactions/native': V3GlobalTransactionsNative;
  'v3/global/transactions/out-trade-no': V3GlobalTransactionsOutTradeNo;
  'v3/global/transactions/out-trade-no/{out_trade_no}': V3GlobalTransactionsOutTradeNo_out_trade_no_;
  'v3/global/transactions/out-trade-no/{out_trade_no}/close': V3GlobalTransactionsOutTradeNo_out_trade_no_Close;
  'v3/goldplan': V3Goldplan;
  'v3/goldplan/merchants': V3GoldplanMerchants;
  'v3/goldplan/merchants/changecustompagestatus': V3GoldplanMerchantsChangecustompagestatus;
  'v3/goldplan/merchants/changegoldplanstatus': V3GoldplanMerchantsChangegoldplanstatus;
  'v3/goldplan/merchants/close-advertising-show': V3GoldplanMerchantsCloseAdvertisingShow;
  'v3/goldplan/merchants/open-advertising-show': V3GoldplanMerchantsOpenAdvertisingShow;
  'v3/goldplan/merchants/set-advertising-industry-filter': V3GoldplanMerchantsSetAdvertisingIndustryFilter;
  'v3/gov': V3Gov;
  'v3/gov/subsidy': V3GovSubsidy;
  'v3/gov/subsidy/audit': V3GovSubsidyAudit;
  'v3/gov/subsidy/audit/cup': V3GovSubsidyAuditCup;
  'v3/gov/subsidy/audit/cup/invalid': V3GovSubsidyAuditCupInvalid;
  'v3/gov/subsidy/audit/cup/query': V3GovSubsidyAuditCupQuery;
  'v3/gov/subsidy/audit/cup/refund': V3GovSubsidyAuditCupRefund;
  'v3/gov/subsidy/audit/cup/refund/sync': V3GovSubsidyAuditCupRefundSync;
  'v3/gov/subsidy/audit/cup/update': V3GovSubsidyAuditCupUpdate;
  'v3/gov/subsidy/audit/cup/upload': V3GovSubsidyAuditCupUpload;
  'v3/gov/subsidy/companies': V3GovSubsidyCompanies;
  'v3/gov/subsidy/companies/query': V3GovSubsidyCompaniesQuery;
  'v3/gov/subsidy/goods': V3GovSubsidyGoods;
  'v3/gov/subsidy/goods/upload': V3GovSubsidyGoodsUpload;
  'v3/gov/subsidy/n-qualifications': V3GovSubsidyNQualifications;
  'v3/gov/subsidy/n-qualifications/sync': V3GovSubsidyNQualificationsSync;
  'v3/gov/subsidy/qualification': V3GovSubsidyQualification;
  'v3/gov/subsidy/qualifications': V3GovSubsidyQualifications;
  'v3/gov/subsidy/qualifications/passthrough': V3GovSubsidyQualificationsPassthrough;
  'v3/gov/subsidy/qualifications/passthrough/cancel': V3GovSubsidyQualificationsPassthroughCancel;
  'v3/gov/subsidy/qualifications/passthrough/claim': V3GovSubsidyQualificationsPassthroughClaim;
  'v3/gov/subsidy/qualifications/passthrough/query': V3GovSubsidyQualificationsPassthroughQuery;
  'v3/gov/subsidy/qualifications/query': V3GovSubsidyQualificationsQuery;
  'v3/gov/subsidy/qualifications/sync': V3GovSubsidyQualificationsSync;
  'v3/gov/subsidy/sncode': V3GovSubsidySncode;
  'v3/gov/subsidy/sncode/lock': V3GovSubsidySncodeLock;
  'v3/gov/subsidy/sncode/query': V3GovSubsidySncodeQuery;
  'v3/gov/subsidy/sncode/unlock': V3GovSubsidySncodeUnlock;
  'v3/gov/subsidy/transactions': V3GovSubsidyTransactions;
  'v3/gov/subsidy/transactions/query': V3GovSubsidyTransactionsQuery;
  'v3/gov/subsidy/transactions/summary': V3GovSubsidyTransactionsSummary;
  'v3/gov/subsidy/transactions/summary/query-day': V3GovSubsidyTransactionsSummaryQueryDay;
  'v3/gov/subsidy/transactions/sync': V3GovSubsidyTransactionsSync;
  'v3/gov/subsidy/zhejiang': V3GovSubsidyZhejiang;
  'v3/gov/subsidy/zhejiang/authcode': V3GovSubsidyZhejiangAuthcode;
  'v3/gov/subsidy/zhejiang/authcode/cancel': V3GovSubsidyZhejiangAuthcodeCancel;
  'v3/gov/subsidy/zhejiang/authcode/commit': V3GovSubsidyZhejiangAuthcodeCommit;
  'v3/gov/subsidy/zhejiang/authcode/issue': V3GovSubsidyZhejiangAuthcodeIssue;
  'v3/gov/subsidy/zhejiang/authcode/refund': V3GovSubsidyZhejiangAuthcodeRefund;
  'v3/gov/subsidy/zhejiang/authcode/try': V3GovSubsidyZhejiangAuthcodeTry;
  'v3/gov/subsidy/zhejiang/goods': V3GovSubsidyZhejiangGoods;
  'v3/gov/subsidy/zhejiang/goods/query': V3GovSubsidyZhejiangGoodsQuery;
  'v3/gov/subsidy/zhejiang/n-qualifications': V3GovSubsidyZhejiangNQualifications;
  'v3/gov/subsidy/zhejiang/n-qualifications/confirm': V3GovSubsidyZhejiangNQualificationsConfirm;
  'v3/gov/subsidy/zhejiang/qualifications': V3GovSubsidyZhejiangQualifications;
  'v3/gov/subsidy/zhejiang/qualifications/alter': V3GovSubsidyZhejiangQualificationsAlter;
  'v3/gov/subsidy/zhejiang/qualifications/claim': V3GovSubsidyZhejiangQualificationsClaim;
  'v3/gov/subsidy/zhejiang/qualifications/query': V3GovSubsidyZhejiangQualificationsQuery;
  'v3/gov/subsidy/zhejiang/qualifications/sync': V3GovSubsidyZhejiangQualificationsSync;
  'v3/gov/subsidy/zhejiang/sncode': V3GovSubsidyZhejiangSncode;
  'v3/gov/subsidy/zhejiang/sncode/lock': V3GovSubsidyZhejiangSncodeLock;
  'v3/gov/subsidy/zhejiang/sncode/query': V3GovSubsidyZhejiangSncodeQuery;
  'v3/gov/subsidy/zhejiang/sncode/unlock': V3GovSubsidyZhejiangSncodeUnlock;
  'v3/hire-power-bank': V3HirePowerBank;
  'v3/hire-power-bank/insurance-orders': V3HirePowerBankInsuranceOrders;
  'v3/hire-power-bank/insurance-orders/{out_order_no}': V3HirePowerBankInsuranceOrders_out_order_no_;
  'v3/hire-power-bank/user-qualifications': V3HirePowerBankUserQualifications;
  'v3/hire-power-bank/user-qualifications/{openid}': V3HirePowerBankUserQualifications_openid_;
  'v3/industry-coupon': V3IndustryCoupon;
  'v3/industry-coupon/tokens': V3IndustryCouponTokens;
  'v3/industry-rebate': V3IndustryRebate;
  'v3/industry-rebate/retail-industry': V3IndustryRebateRetailIndustry;
  'v3/industry-rebate/retail-industry/transactions': V3IndustryRebateRetailIndustryTransactions;
  'v3/industry-rebate/transactions': V3IndustryRebateTransactions;
  'v3/industry-rebate/transactions/{transaction_id}': V3IndustryRebateTransactions_transaction_id_;
  'v3/inspolicymgr': V3Inspolicymgr;
  'v3/inspolicymgr/deduct': V3InspolicymgrDeduct;
  'v3/inspolicymgr/deduct/authorizations': V3InspolicymgrDeductAuthorizations;
  'v3/inspolicymgr/deduct/authorizations/{out_insurance_no}': V3InspolicymgrDeductAuthorizations_out_insurance_no_;
  'v3/inspolicymgr/deduct/policies': V3InspolicymgrDeductPolicies;
  'v3/inspolicymgr/deduct/policies/{out_insurance_no}': V3InspolicymgrDeductPolicies_out_insurance_no_;
  'v3/iotmanage': V3Iotmanage;
  'v3/iotmanage/device-inspections': V3IotmanageDeviceInspections;
  'v3/iotmanage/device-inspections/{device_sn}': V3IotmanageDeviceInspections_device_sn_;
  'v3/iotmanage/devices': V3IotmanageDevices;
  'v3/lovefeast': V3Lovefeast;
  'v3/lovefeast/brands': V3LovefeastBrands;
  'v3/lovefeast/brands/{brand_id}': V3LovefeastBrands_brand_id_;
  'v3/lovefeast/users': V3LovefeastUsers;
  'v3/lovefeast/users/{openid}': V3LovefeastUsers_openid_;
  'v3/lovefeast/users/{openid}/orders': V3LovefeastUsers_openid_Orders;
  'v3/lovefeast/users/{openid}/orders/brand-id': V3LovefeastUsers_openid_OrdersBrandId;
  'v3/lovefeast/users/{openid}/orders/brand-id/{brand_id}': V3LovefeastUsers_openid_OrdersBrandId_brand_id_;
  'v3/lovefeast/users/{openid}/orders/out-trade-no': V3LovefeastUsers_openid_OrdersOutTradeNo;
  'v3/lovefeast/users/{openid}/orders/out-trade-no/{out_trade_no}': V3LovefeastUsers_openid_OrdersOutTradeNo_out_trade_no_;
  'v3/marketing': V3Marketing;
  'v3/marketing/bank': V3MarketingBank;
  'v3/marketing/bank-favor': V3MarketingBankFavor;
  'v3/marketing/bank-favor/users': V3MarketingBankFavorUsers;
  'v3/marketing/bank-favor/users/{openid}': V3MarketingBankFavorUsers_openid_;
  'v3/marketing/bank-favor/users/{openid}/bank-multi-activity': V3MarketingBankFavorUsers_openid_BankMultiActivity;
  'v3/marketing/bank-favor/users/{openid}/coupons': V3MarketingBankFavorUsers_openid_Coupons;
  'v3/marketing/bank-favor/users/{openid}/coupons/{coupon_id}': V3MarketingBankFavorUsers_openid_Coupons_coupon_id_;
  'v3/marketing/bank/packages': V3MarketingBankPackages;
  'v3/marketing/bank/packages/{package_id}': V3MarketingBankPackages_package_id_;
  'v3/marketing/bank/packages/{package_id}/tasks': V3MarketingBankPackages_package_id_Tasks;
  'v3/marketing/busifavor': V3MarketingBusifavor;
  'v3/marketing/busifavor/callbacks': V3MarketingBusifavorCallbacks;
  'v3/marketing/busifavor/coupons': V3MarketingBusifavorCoupons;
  'v3/marketing/busifavor/coupons/associate': V3MarketingBusifavorCouponsAssociate;
  'v3/marketing/busifavor/coupons/deactivate': V3MarketingBusifavorCouponsDeactivate;
  'v3/marketing/busifavor/coupons/disassociate': V3MarketingBusifavorCouponsDisassociate;
  'v3/marketing/busifavor/coupons/return': V3MarketingBusifavorCouponsReturn;
  'v3/marketing/busifavor/coupons/send': V3MarketingBusifavorCouponsSend;
  'v3/marketing/busifavor/coupons/use': V3MarketingBusifavorCouponsUse;
  'v3/marketing/busifavor/coupons/{card_id}': V3MarketingBusifavorCoupons_card_id_;
  'v3/marketing/busifavor/coupons/{card_id}/send': V3MarketingBusifavorCoupons_card_id_Send;
  'v3/marketing/busifavor/product-coupons': V3MarketingBusifavorProductCoupons;
  'v3/marketing/busifavor/product-coupons/pre-send': V3MarketingBusifavorProductCouponsPreSend;
  'v3/marketing/busifavor/product-coupons/send': V3MarketingBusifavorProductCouponsSend;
  'v3/marketing/busifavor/stocks': V3MarketingBusifavorStocks;
  'v3/marketing/busifavor/stocks/{stock_id}': V3MarketingBusifavorStocks_stock_id_;
  'v3/marketing/busifavor/stocks/{stock_id}/budget': V3MarketingBusifavorStocks_stock_id_Budget;
  'v3/marketing/busifavor/stocks/{stock_id}/couponcodes': V3MarketingBusifavorStocks_stock_id_Couponcodes;
  'v3/marketing/busifavor/stocks/{stock_id}/couponcodes/{coupon_code}': V3MarketingBusifavorStocks_stock_id_Couponcodes_coupon_code_;
  'v3/marketing/busifavor/subsidy': V3MarketingBusifavorSubsidy;
  'v3/marketing/busifavor/subsidy/pay-receipts': V3MarketingBusifavorSubsidyPayReceipts;
  'v3/marketing/busifavor/subsidy/pay-receipts/{subsidy_receipt_id}': V3MarketingBusifavorSubsidyPayReceipts_subsidy_receipt_id_;
  'v3/marketing/busifavor/subsidy/return-receipts': V3MarketingBusifavorSubsidyReturnReceipts;
  'v3/marketing/busifavor/subsidy/return-receipts/{subsidy_return_receipt_id}': V3MarketingBusifavorSubsidyReturnReceipts_subsidy_return_receipt_id_;
  'v3/marketing/busifavor/users': V3MarketingBusifavorUsers;
  'v3/marketing/busifavor/users/{openid}': V3MarketingBusifavorUsers_openid_;
  'v3/marketing/busifavor/users/{openid}/coupons': V3MarketingBusifavorUsers_openid_Coupons;
  'v3/marketing/busifavor/users/{openid}/coupons/{coupon_code}': V3MarketingBusifavorUsers_openid_Coupons_coupon_code_;
  'v3/marketing/busifavor/users/{openid}/coupons/{coupon_code}/appids': V3MarketingBusifavorUsers_openid_Coupons_coupon_code_Appids;
  'v3/marketing/busifavor/users/{openid}/coupons/{coupon_code}/appids/{appid}': V3MarketingBusifavorUsers_openid_Coupons_coupon_code_Appids_appid_;
  'v3/marketing/favor': V3MarketingFavor;
  'v3/marketing/favor/callbacks': V3MarketingFavorCallbacks;
  'v3/marketing/favor/coupon-stocks': V3MarketingFavorCouponStocks;
  'v3/marketing/favor/media': V3MarketingFavorMedia;
  'v3/marketing/favor/media/image-upload': V3MarketingFavorMediaImageUpload;
  'v3/marketing/favor/stocks': V3MarketingFavorStocks;
  'v3/marketing/favor/stocks/{stock_id}': V3MarketingFavorStocks_stock_id_;
  'v3/marketing/favor/stocks/{stock_id}/items': V3MarketingFavorStocks_stock_id_Items;
  'v3/marketing/favor/stocks/{stock_id}/merchants': V3MarketingFavorStocks_stock_id_Merchants;
  'v3/marketing/favor/stocks/{stock_id}/modify-goods-id': V3MarketingFavorStocks_stock_id_ModifyGoodsId;
  'v3/marketing/favor/stocks/{stock_id}/pause': V3MarketingFavorStocks_stock_id_Pause;
  'v3/marketing/favor/stocks/{stock_id}/refund-flow': V3MarketingFavorStocks_stock_id_RefundFlow;
  'v3/marketing/favor/stocks/{stock_id}/refund-flow-by-day': V3MarketingFavorStocks_stock_id_RefundFlowByDay;
  'v3/marketing/favor/stocks/{stock_id}/restart': V3MarketingFavorStocks_stock_id_Restart;
  'v3/marketing/favor/stocks/{stock_id}/start': V3MarketingFavorStocks_stock_id_Start;
  'v3/marketing/favor/stocks/{stock_id}/use-flow': V3MarketingFavorStocks_stock_id_UseFlow;
  'v3/marketing/favor/stocks/{stock_id}/use-flow-by-day': V3MarketingFavorStocks_stock_id_UseFlowByDay;
  'v3/marketing/favor/users': V3MarketingFavorUsers;
  'v3/marketing/favor/users/{openid}': V3MarketingFavorUsers_openid_;
  'v3/marketing/favor/users/{openid}/coupons': V3MarketingFavorUsers_openid_Coupons;
  'v3/marketing/favor/users/{openid}/coupons/{coupon_id}': V3MarketingFavorUsers_openid_Coupons_coupon_id_;
  'v3/marketing/goods-subsidy-activity': V3MarketingGoodsSubsidyActivity;
  'v3/marketing/goods-subsidy-activity/activities': V3MarketingGoodsSubsidyActivityActivities;
  'v3/marketing/goods-subsidy-activity/activity': V3MarketingGoodsSubsidyActivityActivity;
  'v3/marketing/goods-subsidy-activity/activity/{activity_id}': V3MarketingGoodsSubsidyActivityActivity_activity_id_;
  'v3/marketing/goods-subsidy-activity/activity/{activity_id}/apply': V3MarketingGoodsSubsidyActivityActivity_activity_id_Apply;
  'v3/marketing/goods-subsidy-activity/qualification': V3MarketingGoodsSubsidyActivityQualification;
  'v3/marketing/goods-subsidy-activity/qualification/lock': V3MarketingGoodsSubsidyActivityQualificationLock;
  'v3/marketing/goods-subsidy-activity/qualification/unlock': V3MarketingGoodsSubsidyActivityQualificationUnlock;
  'v3/marketing/goods-subsidy-activity/retail-store-act': V3MarketingGoodsSubsidyActivityRetailStoreAct;
  'v3/marketing/goods-subsidy-activity/retail-store-act/{activity_id}': V3MarketingGoodsSubsidyActivityRetailStoreAct_activity_id_;
  'v3/marketing/goods-subsidy-activity/retail-store-act/{activity_id}/representative': V3MarketingGoodsSubsidyActivityRetailStoreAct_activity_id_Representative;
  'v3/marketing/goods-subsidy-activity/retail-store-act/{activity_id}/representatives': V3MarketingGoodsSubsidyActivityRetailStoreAct_activity_id_Representatives;
  'v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}': V3MarketingGoodsSubsidyActivityRetailStoreAct_brand_id_;
  'v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/materials': V3MarketingGoodsSubsidyActivityRetailStoreAct_brand_id_Materials;
  'v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores': V3MarketingGoodsSubsidyActivityRetailStoreAct_brand_id_Stores;
  'v3/marketing/goods-subsidy-activity/retail-store-act/{brand_id}/stores/{store_code}': V3MarketingGoodsSubsidyActivityRetailStoreAct_brand_id_Stores_store_code_;
  'v3/marketing/membercard-activity': V3MarketingMembercardActivity;
  'v3/marketing/membercard-activity/activities': V3MarketingMembercardActivityActivities;
  'v3/marketing/membercard-activity/activities/{activity_id}': V3MarketingMembercardActivityActivities_activity_id_;
  'v3/marketing/membercard-activity/activities/{activity_id}/terminate': V3MarketingMembercardActivityActivities_activity_id_Terminate;
  'v3/marketing/membercard-open': V3MarketingMembercardOpen;
  'v3/marketing/membercard-open/activate-informations': V3MarketingMembercardOpenActivateInformations;
  'v3/marketing/membercard-open/activate-informations/{activate_ticket}': V3MarketingMembercardOpenActivateInformations_activate_ticket_;
  'v3/marketing/membercard-open/callback': V3MarketingMembercardOpenCallback;
  'v3/marketing/membercard-open/cards': V3MarketingMembercardOpenCards;
  'v3/marketing/membercard-open/cards/{card_id}': V3MarketingMembercardOpenCards_card_id_;
  'v3/marketing/membercard-open/cards/{card_id}/codes': V3MarketingMembercardOpenCards_card_id_Codes;
  'v3/marketing/membercard-open/cards/{card_id}/codes/deposit': V3MarketingMembercardOpenCards_card_id_CodesDeposit;
  'v3/marketing/membercard-open/cards/{card_id}/codes/{code}': V3MarketingMembercardOpenCards_card_id_Codes_code_;
  'v3/marketing/membercard-open/cards/{card_id}/codes/{code}/activate': V3MarketingMembercardOpenCards_card_id_Codes_code_Activate;
  'v3/marketing/membercard-open/cards/{card_id}/codes/{code}/bonus': V3MarketingMembercardOpenCards_card_id_Codes_code_Bonus;
  'v3/marketing/membercard-open/cards/{card_id}/codes/{code}/bonus/commit': V3MarketingMembercardOpenCards_card_id_Codes_code_BonusCommit;
  'v3/marketing/membercard-open/cards/{card_id}/codes/{code}/bonus/prepare': V3MarketingMembercardOpenCards_card_id_Codes_code_BonusPrepare;
  'v3/marketing/membercard-open/cards/{card_id}/codes/{code}/rights': V3MarketingMembercardOpenCards_card_id_Codes_code_Rights;
  'v3/marketing/membercard-open/cards/{card_id}/codes/{code}/set-service-module-data': V3MarketingMembercardOpenCards_card_id_Codes_code_SetServiceModuleData;
  'v3/marketing/membercard-open/cards/{card_id}/codes/{code}/unavailable': V3MarketingMembercardOpenCards_card_id_Codes_code_Unavailable;
  'v3/marketing/membercard-open/cards/{card_id}/decrypt-code': V3MarketingMembercardOpenCards_card_id_DecryptCode;
  'v3/marketing/membercard-open/cards/{card_id}/permission-tokens': V3MarketingMembercardOpenCards_card_id_PermissionTokens;
  'v3/marketing/membercard-open/cards/{card_id}/phone-membercard': V3MarketingMembercardOpenCards_card_id_PhoneMembercard;
  'v3/marketing/membercard-open/cards/{card_id}/phone-membercard/import': V3MarketingMembercardOpenCards_card_id_PhoneMembercardImport;
  'v3/marketing/membercard-open/cards/{card_id}/qrcode': V3MarketingMembercardOpenCards_card_id_Qrcode;
  'v3/marketing/membercard-open/cards/{card_id}/rights': V3MarketingMembercardOpenCards_card_id_Rights;
  'v3/marketing/membercard-open/cards/{card_id}/service-modules': V3MarketingMembercardOpenCards_card_id_ServiceModules;
  'v3/marketing/membercard-open/cards/{card_id}/service-modules/{service_module_id}': V3MarketingMembercardOpenCards_card_id_ServiceModules_service_module_id_;
  'v3/marketing/membercard-open/cards/{card_id}/upgrade': V3MarketingMembercardOpenCards_card_id_Upgrade;
  'v3/marketing/membercard-open/cards/{card_id}/users': V3MarketingMembercardOpenCards_card_id_Users;
  'v3/marketing/membercard-open/cards/{card_id}/users/import': V3MarketingMembercardOpenCards_card_id_UsersImport;
  'v3/marketing/membercard-open/phonenumber-member': V3MarketingMembercardOpenPhonenumberMember;
  'v3/marketing/membercard-open/phonenumber-member/import': V3MarketingMembercardOpenPhonenumberMemberImport;
  'v3/marketing/membercard-open/phonenumber-member/search': V3MarketingMembercardOpenPhonenumberMemberSearch;
  'v3/marketing/membercard-open/user': V3MarketingMembercardOpenUser;
  'v3/marketing/membercard-open/user/cards': V3MarketingMembercardOpenUserCards;
  'v3/marketing/partner': V3MarketingPartner;
  'v3/marketing/partner/delivery-plan': V3MarketingPartnerDeliveryPlan;
  'v3/marketing/partner/delivery-plan/delivery-plans': V3MarketingPartnerDeliveryPlanDeliveryPlans;
  'v3/marketing/partner/delivery-plan/delivery-plans/{brand_id}': V3MarketingPartnerDeliveryPlanDeliveryPlans_brand_id_;
  'v3/marketing/partner/delivery-plan/delivery-plans/{brand_id}/delivery-plans': V3MarketingPartnerDeliveryPlanDeliveryPlans_brand_id_DeliveryPlans;
  'v3/marketing/partner/delivery-plan/delivery-plans/{plan_id}': V3MarketingPartnerDeliveryPlanDeliveryPlans_plan_id_;
  'v3/marketing/partner/delivery-plan/delivery-plans/{plan_id}/terminate': V3MarketingPartnerDeliveryPlanDeliveryPlans_plan_id_Terminate;
  'v3/marketing/partner/delivery-plan/{sp_mchid}': V3MarketingPartnerDeliveryPlan_sp_mchid_;
  'v3/marketing/partner/delivery-plan/{sp_mchid}/notify-url': V3MarketingPartnerDeliveryPlan_sp_mchid_NotifyUrl;
  'v3/marketing/partner/product-coupon': V3MarketingPartnerProductCoupon;
  'v3/marketing/partner/product-coupon/image-generation-tasks': V3MarketingPartnerProductCouponImageGenerationTasks;
  'v3/marketing/partner/product-coupon/image-generation-tasks/{task_id}': V3MarketingPartnerProductCouponImageGenerationTasks_task_id_;
  'v3/marketing/partner/product-coupon/media': V3MarketingPartnerProductCouponMedia;
  'v3/marketing/partner/product-coupon/media/upload-image': V3MarketingPartnerProductCouponMediaUploadImage;
  'v3/marketing/partner/product-coupon/notify-configs': V3MarketingPartnerProductCouponNotifyConfigs;
  'v3/marketing/partner/product-coupon/product-coupons': V3MarketingPartnerProductCouponProductCoupons;
  'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}': V3MarketingPartnerProductCouponProductCoupons_product_coupon_id_;
  'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/deactivate': V3MarketingPartnerProductCouponProductCoupons_product_coupon_id_Deactivate;
  'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stock-bundles': V3MarketingPartnerProductCouponProductCoupons_product_coupon_id_StockBundles;
  'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stock-bundles/{stock_bundle_id}': V3MarketingPartnerProductCouponProductCoupons_product_coupon_id_StockBundles_stock_bundle_id_;
  'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stock-bundles/{stock_bundle_id}/associate-stores': V3MarketingPartnerProductCouponProductCoupons_product_coupon_id_StockBundles_stock_bundle_id_AssociateStores;
  'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stock-bundles/{stock_bundle_id}/disassociate-stores': V3MarketingPartnerProductCouponProductCoupons_product_coupon_id_StockBundles_stock_bundle_id_DisassociateStores;
  'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stock-bundles/{stock_bundle_id}/update-budget': V3MarketingPartnerProductCouponProductCoupons_product_coupon_id_StockBundles_stock_bundle_id_UpdateBudget;
  'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks': V3MarketingPartnerProductCouponProductCoupons_product_coupon_id_Stocks;
  'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}': V3MarketingPartnerProductCouponProductCoupons_product_coupon_id_Stocks_stock_id_;
  'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}/associate-stores': V3MarketingPartnerProductCouponProductCoupons_product_coupon_id_Stocks_stock_id_AssociateStores;
  'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}/associated-stores': V3MarketingPartnerProductCouponProductCoupons_product_coupon_id_Stocks_stock_id_AssociatedStores;
  'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}/deactivate': V3MarketingPartnerProductCouponProductCoupons_product_coupon_id_Stocks_stock_id_Deactivate;
  'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}/disassociate-stores': V3MarketingPartnerProductCouponProductCoupons_product_coupon_id_Stocks_stock_id_DisassociateStores;
  'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}/update-budget': V3MarketingPartnerProductCouponProductCoupons_product_coupon_id_Stocks_stock_id_UpdateBudget;
  'v3/marketing/partner/product-coupon/product-coupons/{product_coupon_id}/stocks/{stock_id}/upload-coupon-codes': V3MarketingPartnerProductCouponProductCoupons_product_coupon_id_Stocks_stock_id_UploadCouponCodes;
  'v3/marketing/partner/product-coupon/users': V3MarketingPartnerProductCouponUsers;
  'v3/marketing/partner/product-coupon/users/{openid}': V3MarketingPartnerProductCouponUsers_openid_;
  'v3/marketing/partner/product-coupon/users/{openid}/coupon-bundles': V3MarketingPartnerProductCouponUsers_openid_CouponBundles;
  'v3/marketing/partner/product-coupon/users/{openid}/coupon-bundles/{user_coupon_bundle_id}': V3MarketingPartnerProductCouponUsers_openid_CouponBundles_user_coupon_bundle_id_;
  'v3/marketing/partner/product-coupon/users/{openid}/coupon-bundles/{user_coupon_bundle_id}/deactivate': V3MarketingPartnerProductCouponUsers_openid_CouponBundles_user_coupon_bundle_id_Deactivate;
  'v3/marketing/partner/product-coupon/users/{openid}/coupons': V3MarketingPartnerProductCouponUsers_openid_Coupons;
  'v3/marketing/partner/product-coupon/users/{openid}/coupons/{coupon_code}': V3MarketingPartnerProductCouponUsers_openid_Coupons_coupon_code_;
  'v3/marketing/partner/product-coupon/users/{openid}/coupons/{coupon_code}/confirm': V3MarketingPartnerProductCouponUsers_openid_Coupons_coupon_code_Confirm;
  'v3/marketing/partner/product-coupon/users/{openid}/coupons/{coupon_code}/deactivate': V3MarketingPartnerProductCouponUsers_openid_Coupons_coupon_code_Deactivate;
  'v3/marketing/partner/product-coupon/users/{openid}/coupons/{coupon_code}/return': V3MarketingPartnerProductCouponUsers_openid_Coupons_coupon_code_Return;
  'v3/marketing/partner/product-coupon/users/{openid}/coupons/{coupon_code}/use': V3MarketingPartnerProductCouponUsers_openid_Coupons_coupon_code_Use;
  'v3/marketing/partner/product-coupon/users/{openid}/pre-send-coupon': V3MarketingPartnerProductCouponUsers_openid_PreSendCoupon;
  'v3/marketing/partner/product-coupon/users/{openid}/pre-send-coupon-bundle': V3MarketingPartnerProductCouponUsers_openid_PreSendCouponBundle;
  'v3/marketing/partnerships': V3MarketingPartnerships;
  'v3/marketing/partnerships/build': V3MarketingPartnershipsBuild;
  'v3/marketing/partnerships/terminate': V3MarketingPartnershipsTerminate;
  'v3/marketing/paygiftactivity': V3MarketingPaygiftactivity;
  'v3/marketing/paygiftactivity/activities': V3MarketingPaygiftactivityActivities;
  'v3/marketing/paygiftactivity/activities/{activity_id}': V3MarketingPaygiftactivityActivities_activity_id_;
  'v3/marketing/paygiftactivity/activities/{activity_id}/goods': V3MarketingPaygiftactivityActivities_activity_id_Goods;
  'v3/marketing/paygiftactivity/activities/{activity_id}/merchants': V3MarketingPaygiftactivityActivities_activity_id_Merchants;
  'v3/marketing/paygiftactivity/activities/{activity_id}/merchants/add': V3MarketingPaygiftactivityActivities_activity_id_MerchantsAdd;
  'v3/marketing/paygiftactivity/activities/{activity_id}/merchants/delete': V3MarketingPaygiftactivityActivities_activity_id_MerchantsDelete;
  'v3/marketing/paygiftactivity/activities/{activity_id}/terminate': V3MarketingPaygiftactivityActivities_activity_id_Terminate;
  'v3/marketing/paygiftactivity/unique-threshold-activity': V3MarketingPaygiftactivityUniqueThresholdActivity;
  'v3/marketing/shopping-receipt': V3MarketingShoppingReceipt;
  'v3/marketing/shopping-receipt/customentrances': V3MarketingShoppingReceiptCustomentrances;
  'v3/marketing/shopping-receipt/customentrances/{brand_id}': V3MarketingShoppingReceiptCustomentrances_brand_id_;
  'v3/marketing/shopping-receipt/merchantshoppingreceiptjumpinfos': V3MarketingShoppingReceiptMerchantshoppingreceiptjumpinfos;
  'v3/marketing/shopping-receipt/shoppingreceipts': V3MarketingShoppingReceiptShoppingreceipts;
  'v3/marketing/weekly-discount': V3MarketingWeeklyDiscount;
  'v3/marketing/weekly-discount/activities': V3MarketingWeeklyDiscountActivities;
  'v3/marketing/weekly-discount/activities/{activity_id}': V3MarketingWeeklyDiscountActivities_activity_id_;
  'v3/marketing/weekly-discount/activities/{activity_id}/apply': V3MarketingWeeklyDiscountActivities_activity_id_Apply;
  'v3/marketing/withdraw-favor': V3MarketingWithdrawFavor;
  'v3/marketing/withdraw-favor/users': V3MarketingWithdrawFavorUsers;
  'v3/marketing/withdraw-favor/users/{openid}': V3MarketingWithdrawFavorUsers_openid_;
  'v3/marketing/withdraw-favor/users/{openid}/coupons': V3MarketingWithdrawFavorUsers_openid_Coupons;
  'v3/mch-manage': V3MchManage;
  'v3/mch-manage/mch-manage-records': V3MchManageMchManageRecords;
  'v3/mch-manage/mch-manage-records/sub-mchid': V3MchManageMchManageRecordsSubMchid;
  'v3/mch-manage/mch-manage-records/sub-mchid/{sub_mchid}': V3MchManageMchManageRecordsSubMchid_sub_mchid_;
  'v3/mch-manage/mch-manage-records/{manage_record_id}': V3MchManageMchManageRecords_manage_record_id_;
  'v3/mch-manage/mch-manage-records/{manage_record_id}/mch-manage-submissions': V3MchManageMchManageRecords_manage_record_id_MchManageSubmissions;
  'v3/mch-manage/submission-files': V3MchManageSubmissionFiles;
  'v3/mch-manage/submission-files/sub-mchid': V3MchManageSubmissionFilesSubMchid;
  'v3/mch-manage/submission-files/sub-mchid/{sub_mchid}': V3MchManageSubmissionFilesSubMchid_sub_mchid_;
  'v3/mch-manage/submission-files/sub-mchid/{sub_mchid}/upload': V3MchManageSubmissionFilesSubMchid_sub_mchid_Upload;
  'v3/mch-operation-manage': V3MchOperationManage;
  'v3/mch-operation-manage/enhanced-due-diligence': V3MchOperationManageEnhancedDueDiligence;
  'v3/mch-operation-manage/enhanced-due-diligence/{due_diligence_id}': V3MchOperationManageEnhancedDueDiligence_due_diligence_id_;
  'v3/mch-operation-manage/enhanced-due-diligence/{due_diligence_id}/submit': V3MchOperationManageEnhancedDueDiligence_due_diligence_id_Submit;
  'v3/mch-operation-manage/enhanced-due-diligence/{due_diligence_id}/upload': V3MchOperationManageEnhancedDueDiligence_due_diligence_id_Upload;
  'v3/mch-operation-manage/merchant-limitations': V3MchOperationManageMerchantLimitations;
  'v3/mch-operation-manage/merchant-limitations/sub-mchid': V3MchOperationManageMerchantLimitationsSubMchid;
  'v3/mch-operation-manage/merchant-limitations/sub-mchid/{sub_mchid}': V3MchOperationManageMerchantLimitationsSubMchid_sub_mchid_;
  'v3/mch_operate': V3Mch_operate;
  'v3/mch_operate/risk': V3Mch_operateRisk;
  'v3/mch_operate/risk/withdrawl-apply': V3Mch_operateRiskWithdrawlApply;
  'v3/mch_operate/risk/withdrawl-apply/applyment-id': V3Mch_operateRiskWithdrawlApplyApplymentId;
  'v3/mch_operate/risk/withdrawl-apply/applyment-id/{applyment_id}': V3Mch_operateRiskWithdrawlApplyApplymentId_applyment_id_;
  'v3/mch_operate/risk/withdrawl-apply/out-request-no': V3Mch_operateRiskWithdrawlApplyOutRequestNo;
  'v3/mch_operate/risk/withdrawl-apply/out-request-no/{out_request_no}': V3Mch_operateRiskWithdrawlApplyOutRequestNo_out_request_no_;
  'v3/mchalterapply': V3Mchalterapply;
  'v3/mchalterapply/mchcontactalterapplyment': V3MchalterapplyMchcontactalterapplyment;
  'v3/mchalterapply/mchcontactalterapplyment/merchant': V3MchalterapplyMchcontactalterapplymentMerchant;
  'v3/mchalterapply/mchcontactalterapplyment/merchant/{merchant_code}': V3MchalterapplyMchcontactalterapplymentMerchant_merchant_code_;
  'v3/mchalterapply/mchcontactalterapplyment/merchant/{merchant_code}/out-request-no': V3MchalterapplyMchcontactalterapplymentMerchant_merchant_code_OutRequestNo;
  'v3/mchalterapply/mchcontactalterapplyment/merchant/{merchant_code}/out-request-no/{out_request_no}': V3MchalterapplyMchcontactalterapplymentMerchant_merchant_code_OutRequestNo_out_request_no_;
  'v3/mchalterapply/mchcontactalterapplyment/{apply_id}': V3MchalterapplyMchcontactalterapplyment_apply_id_;
  'v3/mchalterapply/mchcontactalterapplyment/{apply_id}/revoke': V3MchalterapplyMchcontactalterapplyment_apply_id_Revoke;
  'v3/mchalterapply/mchsubjectalterapplyment': V3MchalterapplyMchsubjectalterapplyment;
  'v3/mchalterapply/mchsubjectalterapplyment/merchant': V3MchalterapplyMchsubjectalterapplymentMerchant;
  'v3/mchalterapply/mchsubjectalterapplyment/merchant/{merchant_code}': V3MchalterapplyMchsubjectalterapplymentMerchant_merchant_code_;
  'v3/mchalterapply/mchsubjectalterapplyment/merchant/{merchant_code}/out-request-no': V3MchalterapplyMchsubjectalterapplymentMerchant_merchant_code_OutRequestNo;
  'v3/mchalterapply/mchsubjectalterapplyment/merchant/{merchant_code}/out-request-no/{out_request_no}': V3MchalterapplyMchsubjectalterapplymentMerchant_merchant_code_OutRequestNo_out_request_no_;
  'v3/mchalterapply/mchsubjectalterapplyment/{apply_id}': V3MchalterapplyMchsubjectalterapplyment_apply_id_;
  'v3/mchalterapply/mchsubjectalterapplyment/{apply_id}/revoke': V3MchalterapplyMchsubjectalterapplyment_apply_id_Revoke;
  'v3/mchalterapply/merchantnamealterapplyment': V3MchalterapplyMerchantnamealterapplyment;
  'v3/mchalterapply/merchantnamealterapplyment/merchant': V3MchalterapplyMerchantnamealterapplymentMerchant;
  'v3/mchalterapply/merchantnamealterapplyment/merchant/{sub_mchid}': V3MchalterapplyMerchantnamealterapplymentMerchant_sub_mchid_;
  'v3/mchalterapply/merchantnamealterapplyment/merchant/{sub_mchid}/out-request-no': V3MchalterapplyMerchantnamealterapplymentMerchant_sub_mchid_OutRequestNo;
  'v3/mchalterapply/merchantnamealterapplyment/merchant/{sub_mchid}/out-request-no/{out_request_no}': V3MchalterapplyMerchantnamealterapplymentMerchant_sub_mchid_OutRequestNo_out_request_no_;
  'v3/mchalterapply/merchantnamealterapplyment/{apply_id}': V3MchalterapplyMerchantnamealterapplyment_apply_id_;
  'v3/mchalterapply/merchantnamealterapplyment/{apply_id}/revoke': V3MchalterapplyMerchantnamealterapplyment_apply_id_Revoke;
  'v3/med-ins': V3MedIns;
  'v3/med-ins/orders': V3MedInsOrders;
  'v3/med-ins/orders/mix-trade-no': V3MedInsOrdersMixTradeNo;
  'v3/med-ins/orders/mix-trade-no/{mix_trade_no}': V3MedInsOrdersMixTradeNo_mix_trade_no_;
  'v3/med-ins/orders/out-trade-no': V3MedInsOrdersOutTradeNo;
  'v3/med-ins/orders/out-trade-no/{out_trade_no}': V3MedInsOrdersOutTradeNo_out_trade_no_;
  'v3/med-ins/refunds': V3MedInsRefunds;
  'v3/med-ins/refunds/notify': V3MedInsRefundsNotify;
  'v3/merchant': V3Merchant;
  'v3/merchant-risk-manage': V3MerchantRiskManage;
  'v3/merchant-risk-manage/ec-trade-risk': V3MerchantRiskManageEcTradeRisk;
  'v3/merchant-risk-manage/ec-trade-risk/query-risk-trades': V3MerchantRiskManageEcTradeRiskQueryRiskTrades;
  'v3/merchant-risk-manage/ec-trade-risk/recv-dispose-result': V3MerchantRiskManageEcTradeRiskRecvDisposeResult;
  'v3/merchant-risk-manage/report-trade-union-information': V3MerchantRiskManageReportTradeUnionInformation;
  'v3/merchant-risk-manage/trade-risk-information': V3MerchantRiskManageTradeRiskInformation;
  'v3/merchant-risk-manage/trade-risk-result': V3MerchantRiskManageTradeRiskResult;
  'v3/merchant-risk-manage/violation-notifications': V3MerchantRiskManageViolationNotifications;
  'v3/merchant-service': V3MerchantService;
  'v3/merchant-service/complaint-notifications': V3MerchantServiceComplaintNotifications;
  'v3/merchant-service/complaints': V3MerchantServiceComplaints;
  'v3/merchant-service/complaints-v2': V3MerchantServiceComplaintsV2;
  'v3/merchant-service/complaints-v2/{complaint_id}': V3MerchantServiceComplaintsV2_complaint_id_;
  'v3/merchant-service/complaints-v2/{complaint_id}/complete': V3MerchantServiceComplaintsV2_complaint_id_Complete;
  'v3/merchant-service/complaints-v2/{complaint_id}/negotiation-historys': V3MerchantServiceComplaintsV2_complaint_id_NegotiationHistorys;
  'v3/merchant-service/complaints-v2/{complaint_id}/response': V3MerchantServiceComplaintsV2_complaint_id_Response;
  'v3/merchant-service/complaints-v2/{complaint_id}/response-immediate-service': V3MerchantServiceComplaintsV2_complaint_id_ResponseImmediateService;
  'v3/merchant-service/complaints-v2/{complaint_id}/update-refund-progress': V3MerchantServiceComplaintsV2_complaint_id_UpdateRefundProgress;
  'v3/merchant-service/complaints/{transaction_id}': V3MerchantServiceComplaints_transaction_id_;
  'v3/merchant-service/complaints/{transaction_id}/negotiation-historys': V3MerchantServiceComplaints_transaction_id_NegotiationHistorys;
  'v3/merchant-service/feedbacks': V3MerchantServiceFeedbacks;
  'v3/merchant-service/images': V3MerchantServiceImages;
  'v3/merchant-service/images/upload': V3MerchantServiceImagesUpload;
  'v3/merchant-service/images/{media_id}': V3MerchantServiceImages_media_id_;
  'v3/merchant-settlement': V3MerchantSettlement;
  'v3/merchant-settlement/merchant-settle-rule-applications': V3MerchantSettlementMerchantSettleRuleApplications;
  'v3/merchant-settlement/merchant-settle-rule-applications/{application_id}': V3MerchantSettlementMerchantSettleRuleApplications_application_id_;
  'v3/merchant-store': V3MerchantStore;
  'v3/merchant-store/stores': V3MerchantStoreStores;
  'v3/merchant-store/stores/{store_id}': V3MerchantStoreStores_store_id_;
  'v3/merchant-store/stores/{store_id}/recipients': V3MerchantStoreStores_store_id_Recipients;
  'v3/merchant-store/stores/{store_id}/recipients/bind': V3MerchantStoreStores_store_id_RecipientsBind;
  'v3/merchant-store/stores/{store_id}/recipients/unbind': V3MerchantStoreStores_store_id_RecipientsUnbind;
  'v3/merchant/fund': V3MerchantFund;
  'v3/merchant/fund/balance': V3MerchantFundBalance;
  'v3/merchant/fund/balance/{account_type}': V3MerchantFundBalance_account_type_;
  'v3/merchant/fund/dayendbalance': V3MerchantFundDayendbalance;
  'v3/merchant/fund/dayendbalance/{account_type}': V3MerchantFundDayendbalance_account_type_;
  'v3/merchant/fund/withdraw': V3MerchantFundWithdraw;
  'v3/merchant/fund/withdraw/bill-type': V3MerchantFundWithdrawBillType;
  'v3/merchant/fund/withdraw/bill-type/{bill_type}': V3MerchantFundWithdrawBillType_bill_type_;
  'v3/merchant/fund/withdraw/out-request-no': V3MerchantFundWithdrawOutRequestNo;
  'v3/merchant/fund/withdraw/out-request-no/{out_request_no}': V3MerchantFundWithdrawOutRequestNo_out_request_no_;
  'v3/merchant/fund/withdraw/withdraw-id': V3MerchantFundWithdrawWithdrawId;
  'v3/merchant/fund/withdraw/withdraw-id/{withdraw_id}': V3MerchantFundWithdrawWithdrawId_withdraw_id_;
  'v3/merchant/media': V3MerchantMedia;
  'v3/merchant/media/upload': V3MerchantMediaUpload;
  'v3/merchant/media/video_upload': V3MerchantMediaVideo_upload;
  'v3/merchantfund': V3Merchantfund;
  'v3/merchantfund/merchant': V3MerchantfundMerchant;
  'v3/merchantfund/merchant/income-records': V3MerchantfundMerchantIncomeRecords;
  'v3/merchantfund/partner': V3MerchantfundPartner;
  'v3/merchantfund/partner/income-records': V3MerchantfundPartnerIncomeRecords;
  'v3/multiuse': V3Multiuse;
  'v3/multiuse/stocks': V3MultiuseStocks;
  'v3/multiuse/stocks/{stock_id}': V3MultiuseStocks_stock_id_;
  'v3/multiuse/stocks/{stock_id}/refund-flow': V3MultiuseStocks_stock_id_RefundFlow;
  'v3/multiuse/stocks/{stock_id}/send-flow': V3MultiuseStocks_stock_id_SendFlow;
  'v3/multiuse/stocks/{stock_id}/use-flow': V3MultiuseStocks_stock_id_UseFlow;
  'v3/multiuse/users': V3MultiuseUsers;
  'v3/multiuse/users/{openid}': V3MultiuseUsers_openid_;
  'v3/multiuse/users/{openid}/coupons': V3MultiuseUsers_openid_Coupons;
  'v3/new-tax-control-fapiao': V3NewTaxControlFapiao;
  'v3/new-tax-control-fapiao/card-template': V3NewTaxControlFapiaoCardTemplate;
  'v3/new-tax-control-fapiao/fapiao-applications': V3NewTaxControlFapiaoFapiaoApplications;
  'v3/new-tax-control-fapiao/fapiao-applications/issue-general': V3NewTaxControlFapiaoFapiaoApplicationsIssueGeneral;
  'v3/new-tax-control-fapiao/fapiao-applications/issue-passenger-transport': V3NewTaxControlFapiaoFapiaoApplicationsIssuePassengerTransport;
  'v3/new-tax-control-fapiao/fapiao-applications/issue-refined-oil': V3NewTaxControlFapiaoFapiaoApplicationsIssueRefinedOil;
  'v3/new-tax-control-fapiao/fapiao-applications/real-estate-leasing': V3NewTaxControlFapiaoFapiaoApplicationsRealEstateLeasing;
  'v3/new-tax-control-fapiao/fapiao-applications/upload-fapiao-file': V3NewTaxControlFapiaoFapiaoApplicationsUploadFapiaoFile;
  'v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}': V3NewTaxControlFapiaoFapiaoApplications_fapiao_apply_id_;
  'v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/fapiao-files': V3NewTaxControlFapiaoFapiaoApplications_fapiao_apply_id_FapiaoFiles;
  'v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/insert-cards': V3NewTaxControlFapiaoFapiaoApplications_fapiao_apply_id_InsertCards;
  'v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/reverse': V3NewTaxControlFapiaoFapiaoApplications_fapiao_apply_id_Reverse;
  'v3/new-tax-control-fapiao/fapiaomerchant': V3NewTaxControlFapiaoFapiaomerchant;
  'v3/new-tax-control-fapiao/fapiaomerchant/getspinviteurl': V3NewTaxControlFapiaoFapiaomerchantGetspinviteurl;
  'v3/new-tax-control-fapiao/fapiaomerchant/listspinvitemchinfo': V3NewTaxControlFapiaoFapiaomerchantListspinvitemchinfo;
  'v3/new-tax-control-fapiao/merchant': V3NewTaxControlFapiaoMerchant;
  'v3/new-tax-control-fapiao/merchant/base-information': V3NewTaxControlFapiaoMerchantBaseInformation;
  'v3/new-tax-control-fapiao/merchant/development-config': V3NewTaxControlFapiaoMerchantDevelopmentConfig;
  'v3/new-tax-control-fapiao/merchant/tax-codes': V3NewTaxControlFapiaoMerchantTaxCodes;
  'v3/new-tax-control-fapiao/merchant/{sub_mchid}': V3NewTaxControlFapiaoMerchant_sub_mchid_;
  'v3/new-tax-control-fapiao/merchant/{sub_mchid}/check': V3NewTaxControlFapiaoMerchant_sub_mchid_Check;
  'v3/new-tax-control-fapiao/merchant/{sub_mchid}/check-status': V3NewTaxControlFapiaoMerchant_sub_mchid_CheckStatus;
  'v3/new-tax-control-fapiao/user-title': V3NewTaxControlFapiaoUserTitle;
  'v3/new-tax-control-fapiao/user-title/title-url': V3NewTaxControlFapiaoUserTitleTitleUrl;
  'v3/offlineface': V3Offlineface;
  'v3/offlineface/authinfo': V3OfflinefaceAuthinfo;
  'v3/offlineface/contracts': V3OfflinefaceContracts;
  'v3/offlineface/contracts/presign': V3OfflinefaceContractsPresign;
  'v3/offlineface/contracts/{contract_id}': V3OfflinefaceContracts_contract_id_;
  'v3/offlineface/face-collections': V3OfflinefaceFaceCollections;
  'v3/offlineface/face-collections/{collection_id}': V3OfflinefaceFaceCollections_collection_id_;
  'v3/offlineface/repayment-url': V3OfflinefaceRepaymentUrl;
  'v3/offlineface/transactions': V3OfflinefaceTransactions;
  'v3/offlineface/transactions/out-trade-no': V3OfflinefaceTransactionsOutTradeNo;
  'v3/offlineface/transactions/out-trade-no/{out_trade_no}': V3OfflinefaceTransactionsOutTradeNo_out_trade_no_;
  'v3/offlinefacemch': V3Offlinefacemch;
  'v3/offlinefacemch/organizations': V3OfflinefacemchOrganizations;
  'v3/offlinefacemch/organizations/{organization_id}': V3OfflinefacemchOrganizations_organization_id_;
  'v3/offlinefacemch/organizations/{organization_id}/users': V3OfflinefacemchOrganizations_organization_id_Users;
  'v3/offlinefacemch/organizations/{organization_id}/users/out-user-id': V3OfflinefacemchOrganizations_organization_id_UsersOutUserId;
  'v3/offlinefacemch/organizations/{organization_id}/users/out-user-id/{out_user_id}': V3OfflinefacemchOrganizations_organization_id_UsersOutUserId_out_user_id_;
  'v3/offlinefacemch/organizations/{organization_id}/users/user-id': V3OfflinefacemchOrganizations_organization_id_UsersUserId;
  'v3/offlinefacemch/organizations/{organization_id}/users/user-id/{user_id}': V3OfflinefacemchOrganizations_organization_id_UsersUserId_user_id_;
  'v3/offlinefacemch/organizations/{organization_id}/users/user-id/{user_id}/terminate-contract': V3OfflinefacemchOrganizations_organization_id_UsersUserId_user_id_TerminateContract;
  'v3/offlinefacemch/tokens': V3OfflinefacemchTokens;
  'v3/palmservice': V3Palmservice;
  'v3/palmservice/authorization': V3PalmserviceAuthorization;
  'v3/palmservice/authorization/openid': V3PalmserviceAuthorizationOpenid;
  'v3/palmservice/authorization/openid/{openid}': V3PalmserviceAuthorizationOpenid_openid_;
  'v3/palmservice/authorization/preauthorize': V3PalmserviceAuthorizationPreauthorize;
  'v3/papay': V3Papay;
  'v3/papay/contracts': V3PapayContracts;
  'v3/papay/contracts/{contract_id}': V3PapayContracts_contract_id_;
  'v3/papay/contracts/{contract_id}/fail-notify': V3PapayContracts_contract_id_FailNotify;
  'v3/papay/contracts/{contract_id}/notify': V3PapayContracts_contract_id_Notify;
  'v3/papay/insurance-pay': V3PapayInsurancePay;
  'v3/papay/insurance-pay/policy-periods': V3PapayInsurancePayPolicyPeriods;
  'v3/papay/insurance-pay/policy-periods/contract-id': V3PapayInsurancePayPolicyPeriodsContractId;
  'v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}': V3PapayInsurancePayPolicyPeriodsContractId_contract_id_;
  'v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id': V3PapayInsurancePayPolicyPeriodsContractId_contract_id_PolicyPeriodId;
  'v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id}': V3PapayInsurancePayPolicyPeriodsContractId_contract_id_PolicyPeriodId_policy_period_id_;
  'v3/papay/insurance-pay/policy-periods/contract-id/{contract_id}/policy-period-id/{policy_period_id}/schedule': V3PapayInsurancePayPolicyPeriodsContractId_contract_id_PolicyPeriodId_policy_period_id_Schedule;
  'v3/papay/insurance-pay/transactions': V3PapayInsurancePayTransactions;
  'v3/papay/insurance-pay/transactions/apply': V3PapayInsurancePayTransactionsApply;
  'v3/papay/insurance-sign': V3PapayInsuranceSign;
  'v3/papay/insurance-sign/contracts': V3PapayInsuranceSignContracts;
  'v3/papay/insurance-sign/contracts/plan-id': V3PapayInsuranceSignContractsPlanId;
  'v3/papay/insurance-sign/contracts/plan-id/{plan_id}': V3PapayInsuranceSignContractsPlanId_plan_id_;
  'v3/papay/insurance-sign/contracts/plan-id/{plan_id}/contract-id': V3PapayInsuranceSignContractsPlanId_plan_id_ContractId;
  'v3/papay/insurance-sign/contracts/plan-id/{plan_id}/contract-id/{contract_id}': V3PapayInsuranceSignContractsPlanId_plan_id_ContractId_contract_id_;
  'v3/papay/insurance-sign/contracts/plan-id/{plan_id}/contract-id/{contract_id}/renew': V3PapayInsuranceSignContractsPlanId_plan_id_ContractId_contract_id_Renew;
  'v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code': V3PapayInsuranceSignContractsPlanId_plan_id_OutContractCode;
  'v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}': V3PapayInsuranceSignContractsPlanId_plan_id_OutContractCode_out_contract_code_;
  'v3/papay/insurance-sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate': V3PapayInsuranceSignContractsPlanId_plan_id_OutContractCode_out_contract_code_Terminate;
  'v3/papay/insurance-sign/contracts/pre-entrust-sign': V3PapayInsuranceSignContractsPreEntrustSign;
  'v3/papay/insurance-sign/contracts/pre-entrust-sign/app': V3PapayInsuranceSignContractsPreEntrustSignApp;
  'v3/papay/insurance-sign/contracts/pre-entrust-sign/h5': V3PapayInsuranceSignContractsPreEntrustSignH5;
  'v3/papay/insurance-sign/contracts/pre-entrust-sign/jsapi': V3PapayInsuranceSignContractsPreEntrustSignJsapi;
  'v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program': V3PapayInsuranceSignContractsPreEntrustSignMiniProgram;
  'v3/papay/insurance-sign/policy-periods': V3PapayInsuranceSignPolicyPeriods;
  'v3/papay/insurance-sign/policy-periods/plan-id': V3PapayInsuranceSignPolicyPeriodsPlanId;
  'v3/papay/insurance-sign/policy-periods/plan-id/{plan_id}': V3PapayInsuranceSignPolicyPeriodsPlanId_plan_id_;
  'v3/papay/insurance-sign/policy-periods/plan-id/{plan_id}/contract-id': V3PapayInsuranceSignPolicyPeriodsPlanId_plan_id_ContractId;
  'v3/papay/insurance-sign/policy-periods/plan-id/{plan_id}/contract-id/{contract_id}': V3PapayInsuranceSignPolicyPeriodsPlanId_plan_id_ContractId_contract_id_;
  'v3/papay/insurance-sign/policy-periods/plan-id/{plan_id}/contract-id/{contract_id}/modify': V3PapayInsuranceSignPolicyPeriodsPlanId_plan_id_ContractId_contract_id_Modify;
  'v3/papay/insurance-sign/policy_periods': V3PapayInsuranceSignPolicy_periods;
  'v3/papay/insurance-sign/policy_periods/plan-id': V3PapayInsuranceSignPolicy_periodsPlanId;
  'v3/papay/insurance-sign/policy_periods/plan-id/{plan_id}': V3PapayInsuranceSignPolicy_periodsPlanId_plan_id_;
  'v3/papay/insurance-sign/policy_periods/plan-id/{plan_id}/out-contract-code': V3PapayInsuranceSignPolicy_periodsPlanId_plan_id_OutContractCode;
  'v3/papay/insurance-sign/policy_periods/plan-id/{plan_id}/out-contract-code/{out_contract_code}': V3PapayInsuranceSignPolicy_periodsPlanId_plan_id_OutContractCode_out_contract_code_;
  'v3/papay/pay': V3PapayPay;
  'v3/papay/pay/harmony': V3PapayPayHarmony;
  'v3/papay/pay/harmony/transactions': V3PapayPayHarmonyTransactions;
  'v3/papay/pay/harmony/transactions/apply': V3PapayPayHarmonyTransactionsApply;
  'v3/papay/pay/partner': V3PapayPayPartner;
  'v3/papay/pay/partner/schedules': V3PapayPayPartnerSchedules;
  'v3/papay/pay/partner/schedules/contract-id': V3PapayPayPartnerSchedulesContractId;
  'v3/papay/pay/partner/schedules/contract-id/{contract_id}': V3PapayPayPartnerSchedulesContractId_contract_id_;
  'v3/papay/pay/partner/schedules/contract-id/{contract_id}/schedule': V3PapayPayPartnerSchedulesContractId_contract_id_Schedule;
  'v3/papay/pay/partner/transactions': V3PapayPayPartnerTransactions;
  'v3/papay/pay/partner/transactions/apply': V3PapayPayPartnerTransactionsApply;
  'v3/papay/pay/schedules': V3PapayPaySchedules;
  'v3/papay/pay/schedules/contract-id': V3PapayPaySchedulesContractId;
  'v3/papay/pay/schedules/contract-id/{contract_id}': V3PapayPaySchedulesContractId_contract_id_;
  'v3/papay/pay/schedules/contract-id/{contract_id}/schedule': V3PapayPaySchedulesContractId_contract_id_Schedule;
  'v3/papay/pay/transactions': V3PapayPayTransactions;
  'v3/papay/pay/transactions/apply': V3PapayPayTransactionsApply;
  'v3/papay/scheduled-deduct-sign': V3PapayScheduledDeductSign;
  'v3/papay/scheduled-deduct-sign/contracts': V3PapayScheduledDeductSignContracts;
  'v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign': V3PapayScheduledDeductSignContractsPreEntrustSign;
  'v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/app': V3PapayScheduledDeductSignContractsPreEntrustSignApp;
  'v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/h5': V3PapayScheduledDeductSignContractsPreEntrustSignH5;
  'v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/jsapi': V3PapayScheduledDeductSignContractsPreEntrustSignJsapi;
  'v3/papay/scheduled-deduct-sign/contracts/pre-entrust-sign/mini-program': V3PapayScheduledDeductSignContractsPreEntrustSignMiniProgram;
  'v3/papay/scheduled-deduct-sign/partner': V3PapayScheduledDeductSignPartner;
  'v3/papay/scheduled-deduct-sign/partner/contracts': V3PapayScheduledDeductSignPartnerContracts;
  'v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign': V3PapayScheduledDeductSignPartnerContractsPreEntrustSign;
  'v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/app': V3PapayScheduledDeductSignPartnerContractsPreEntrustSignApp;
  'v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/h5': V3PapayScheduledDeductSignPartnerContractsPreEntrustSignH5;
  'v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/jsapi': V3PapayScheduledDeductSignPartnerContractsPreEntrustSignJsapi;
  'v3/papay/scheduled-deduct-sign/partner/contracts/pre-entrust-sign/mini-program': V3PapayScheduledDeductSignPartnerContractsPreEntrustSignMiniProgram;
  'v3/papay/sign': V3PapaySign;
  'v3/papay/sign/contracts': V3PapaySignContracts;
  'v3/papay/sign/contracts/harmony-plan-id': V3PapaySignContractsHarmonyPlanId;
  'v3/papay/sign/contracts/harmony-plan-id/{plan_id}': V3PapaySignContractsHarmonyPlanId_plan_id_;
  'v3/papay/sign/contracts/harmony-plan-id/{plan_id}/out-contract-code': V3PapaySignContractsHarmonyPlanId_plan_id_OutContractCode;
  'v3/papay/sign/contracts/harmony-plan-id/{plan_id}/out-contract-code/{out_contract_code}': V3PapaySignContractsHarmonyPlanId_plan_id_OutContractCode_out_contract_code_;
  'v3/papay/sign/contracts/plan-id': V3PapaySignContractsPlanId;
  'v3/papay/sign/contracts/plan-id/{plan_id}': V3PapaySignContractsPlanId_plan_id_;
  'v3/papay/sign/contracts/plan-id/{plan_id}/out-contract-code': V3PapaySignContractsPlanId_plan_id_OutContractCode;
  'v3/papay/sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}': V3PapaySignContractsPlanId_plan_id_OutContractCode_out_contract_code_;
  'v3/papay/sign/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate': V3PapaySignContractsPlanId_plan_id_OutContractCode_out_contract_code_Terminate;
  'v3/papay/sign/contracts/pre-entrust-sign': V3PapaySignContractsPreEntrustSign;
  'v3/papay/sign/partner': V3PapaySignPartner;
  'v3/papay/sign/partner/contracts': V3PapaySignPartnerContracts;
  'v3/papay/sign/partner/contracts/plan-id': V3PapaySignPartnerContractsPlanId;
  'v3/papay/sign/partner/contracts/plan-id/{plan_id}': V3PapaySignPartnerContractsPlanId_plan_id_;
  'v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code': V3PapaySignPartnerContractsPlanId_plan_id_OutContractCode;
  'v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}': V3PapaySignPartnerContractsPlanId_plan_id_OutContractCode_out_contract_code_;
  'v3/papay/sign/partner/contracts/plan-id/{plan_id}/out-contract-code/{out_contract_code}/terminate': V3PapaySignPartnerContractsPlanId_plan_id_OutContractCode_out_contract_code_Terminate;
  'v3/parking': V3Parking;
  'v3/parking/reminders': V3ParkingReminders;
  'v3/parking/reminders/application': V3ParkingRemindersApplication;
  'v3/parking/reminders/application/query': V3ParkingRemindersApplicationQuery;
  'v3/parking/reminders/application/withdraw': V3ParkingRemindersApplicationWithdraw;
  'v3/parking/reminders/applications': V3ParkingRemindersApplications;
  'v3/parking/reminders/entry': V3ParkingRemindersEntry;
  'v3/parking/reminders/exit': V3ParkingRemindersExit;
  'v3/parking/reminders/ext-payment': V3ParkingRemindersExtPayment;
  'v3/parking/reminders/parking-fee': V3ParkingRemindersParkingFee;
  'v3/parking/reminders/parking-lot': V3ParkingRemindersParkingLot;
  'v3/parking/reminders/payment': V3ParkingRemindersPayment;
  'v3/partner-papay': V3PartnerPapay;
  'v3/partner-papay/contracts': V3PartnerPapayContracts;
  'v3/partner-papay/contracts/{contract_id}': V3PartnerPapayContracts_contract_id_;
  'v3/partner-papay/contracts/{contract_id}/fail-notify': V3PartnerPapayContracts_contract_id_FailNotify;
  'v3/partner-papay/contracts/{contract_id}/notify': V3PartnerPapayContracts_contract_id_Notify;
  'v3/partner-transfer': V3PartnerTransfer;
  'v3/partner-transfer/batches': V3PartnerTransferBatches;
  'v3/partner-transfer/batches/batch-id': V3PartnerTransferBatchesBatchId;
  'v3/partner-transfer/batches/batch-id/{batch_id}': V3PartnerTransferBatchesBatchId_batch_id_;
  'v3/partner-transfer/batches/batch-id/{batch_id}/details': V3PartnerTransferBatchesBatchId_batch_id_Details;
  'v3/partner-transfer/batches/batch-id/{batch_id}/details/detail-id': V3PartnerTransferBatchesBatchId_batch_id_DetailsDetailId;
  'v3/partner-transfer/batches/batch-id/{batch_id}/details/detail-id/{detail_id}': V3PartnerTransferBatchesBatchId_batch_id_DetailsDetailId_detail_id_;
  'v3/partner-transfer/batches/out-batch-no': V3PartnerTransferBatchesOutBatchNo;
  'v3/partner-transfer/batches/out-batch-no/{out_batch_no}': V3PartnerTransferBatchesOutBatchNo_out_batch_no_;
  'v3/partner-transfer/batches/out-batch-no/{out_batch_no}/details': V3PartnerTransferBatchesOutBatchNo_out_batch_no_Details;
  'v3/partner-transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no': V3PartnerTransferBatchesOutBatchNo_out_batch_no_DetailsOutDetailNo;
  'v3/partner-transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no/{out_detail_no}': V3PartnerTransferBatchesOutBatchNo_out_batch_no_DetailsOutDetailNo_out_detail_no_;
  'v3/password-exempt-contract': V3PasswordExemptContract;
  'v3/password-exempt-contract/contracts': V3PasswordExemptContractContracts;
  'v3/password-exempt-contract/contracts/ecommerce': V3PasswordExemptContractContractsEcommerce;
  'v3/password-exempt-contract/contracts/ecommerce/pre-entrust-sign': V3PasswordExemptContractContractsEcommercePreEntrustSign;
  'v3/password-exempt-contract/contracts/ecommerce/pre-entrust-sign/mini-program': V3PasswordExemptContractContractsEcommercePreEntrustSignMiniProgram;
  'v3/password-exempt-contract/contracts/ecommerce/pre-entrust-sign/pay-redirect-sign': V3PasswordExemptContractContractsEcommercePreEntrustSignPayRedirectSign;
  'v3/password-exempt-contract/contracts/normal': V3PasswordExemptContractContractsNormal;
  'v3/password-exempt-contract/contracts/normal/pre-entrust-sign': V3PasswordExemptContractContractsNormalPreEntrustSign;
  'v3/password-exempt-contract/contracts/normal/pre-entrust-sign/mini-program': V3PasswordExemptContractContractsNormalPreEntrustSignMiniProgram;
  'v3/password-exempt-contract/contracts/normal/pre-entrust-sign/pay-redirect-sign': V3PasswordExemptContractContractsNormalPreEntrustSignPayRedirectSign;
  'v3/password-exempt-contract/contracts/qs': V3PasswordExemptContractContractsQs;
  'v3/password-exempt-contract/contracts/qs/pre-entrust-sign': V3PasswordExemptContractContractsQsPreEntrustSign;
  'v3/password-exempt-contract/contracts/qs/pre-entrust-sign/mini-program': V3PasswordExemptContractContractsQsPreEntrustSignMiniProgram;
  'v3/password-exempt-contract/contracts/qs/pre-entrust-sign/pay-redirect-sign': V3PasswordExemptContractContractsQsPreEntrustSignPayRedirectSign;
  'v3/password-exempt-contract/contracts/service-id': V3PasswordExemptContractContractsServiceId;
  'v3/password-exempt-contract/contracts/service-id/{service_id}': V3PasswordExemptContractContractsServiceId_service_id_;
  'v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code': V3PasswordExemptContractContractsServiceId_service_id_OutContractCode;
  'v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}': V3PasswordExemptContractContractsServiceId_service_id_OutContractCode_out_contract_code_;
  'v3/password-exempt-contract/contracts/service-id/{service_id}/out-contract-code/{out_contract_code}/terminate': V3PasswordExemptContractContractsServiceId_service_id_OutContractCode_out_contract_code_Terminate;
  'v3/password-exempt-contract/contracts/service-provider': V3PasswordExemptContractContractsServiceProvider;
  'v3/password-exempt-contract/contracts/service-provider/pre-entrust-sign': V3PasswordExemptContractContractsServiceProviderPreEntrustSign;
  'v3/password-exempt-contract/contracts/service-provider/pre-entrust-sign/mini-program': V3PasswordExemptContractContractsServiceProviderPreEntrustSignMiniProgram;
  'v3/password-exempt-contract/contracts/service-provider/pre-entrust-sign/pay-redirect-sign': V3PasswordExemptContractContractsServiceProviderPreEntrustSignPayRedirectSign;
  'v3/pay': V3Pay;
  'v3/pay-devices': V3PayDevices;
  'v3/pay-devices/open-scenario-speaker': V3PayDevicesOpenScenarioSpeaker;
  'v3/pay-devices/open-scenario-speaker/{device_sn}': V3PayDevicesOpenScenarioSpeaker_device_sn_;
  'v3/pay-devices/open-scenario-speaker/{device_sn}/bind': V3PayDevicesOpenScenarioSpeaker_device_sn_Bind;
  'v3/pay-devices/open-scenario-speaker/{device_sn}/prebind': V3PayDevicesOpenScenarioSpeaker_device_sn_Prebind;
  'v3/pay-devices/open-scenario-speaker/{device_sn}/unbind': V3PayDevicesOpenScenarioSpeaker_device_sn_Unbind;
  'v3/pay-devices/open-scenario-speakerorder': V3PayDevicesOpenScenarioSpeakerorder;
  'v3/pay-devices/open-scenario-speakerorder/{transaction_id}': V3PayDevicesOpenScenarioSpeakerorder_transaction_id_;
  'v3/pay-devices/open-scenario-speakerorder/{transaction_id}/report': V3PayDevicesOpenScenarioSpeakerorder_transaction_id_Report;
  'v3/pay-devices/printers': V3PayDevicesPrinters;
  'v3/pay-devices/printers/{device_id}': V3PayDevicesPrinters_device_id_;
  'v3/pay-devices/printers/{device_id}/print-orders': V3PayDevicesPrinters_device_id_PrintOrders;
  'v3/pay-devices/printers/{device_id}/print-orders/{print_order_no}': V3PayDevicesPrinters_device_id_PrintOrders_print_order_no_;
  'v3/pay/acquiring-bank': V3PayAcquiringBank;
  'v3/pay/acquiring-bank/transactions': V3PayAcquiringBankTransactions;
  'v3/pay/acquiring-bank/transactions/exposure': V3PayAcquiringBankTransactionsExposure;
  'v3/pay/instal': V3PayInstal;
  'v3/pay/instal/exposure': V3PayInstalExposure;
  'v3/pay/instal/partner': V3PayInstalPartner;
  'v3/pay/instal/partner/exposure': V3PayInstalPartnerExposure;
  'v3/pay/partner': V3PayPartner;
  'v3/pay/partner/transactions': V3PayPartnerTransactions;
  'v3/pay/partner/transactions/app': V3PayPartnerTransactionsApp;
  'v3/pay/partner/transactions/app-with-contract': V3PayPartnerTransactionsAppWithContract;
  'v3/pay/partner/transactions/codepay': V3PayPartnerTransactionsCodepay;
  'v3/pay/partner/transactions/exposure': V3PayPartnerTransactionsExposure;
  'v3/pay/partner/transactions/h5': V3PayPartnerTransactionsH5;
  'v3/pay/partner/transactions/id': V3PayPartnerTransactionsId;
  'v3/pay/partner/transactions/id/{transaction_id}': V3PayPartnerTransactionsId_transaction_id_;
  'v3/pay/partner/transactions/jsapi': V3PayPartnerTransactionsJsapi;
  'v3/pay/partner/transactions/jsapi-with-contract': V3PayPartnerTransactionsJsapiWithContract;
  'v3/pay/partner/transactions/miniprogram': V3PayPartnerTransactionsMiniprogram;
  'v3/pay/partner/transactions/native': V3PayPartnerTransactionsNative;
  'v3/pay/partner/transactions/out-trade-no': V3PayPartnerTransactionsOutTradeNo;
  'v3/pay/partner/transactions/out-trade-no/{out_trade_no}': V3PayPartnerTransactionsOutTradeNo_out_trade_no_;
  'v3/pay/partner/transactions/out-trade-no/{out_trade_no}/close': V3PayPartnerTransactionsOutTradeNo_out_trade_no_Close;
  'v3/pay/partner/transactions/out-trade-no/{out_trade_no}/reverse': V3PayPartnerTransactionsOutTradeNo_out_trade_no_Reverse;
  'v3/pay/partner/transactions/scannedpos': V3PayPartnerTransactionsScannedpos;
  'v3/pay/transactions': V3PayTransactions;
  'v3/pay/transactions/app': V3PayTransactionsApp;
  'v3/pay/transactions/app-with-contract': V3PayTransactionsAppWithContract;
  'v3/pay/transactions/codepay': V3PayTransactionsCodepay;
  'v3/pay/transactions/exposure': V3PayTransactionsExposure;
  'v3/pay/transactions/h5': V3PayTransactionsH5;
  'v3/pay/transactions/id': V3PayTransactionsId;
  'v3/pay/transactions/id/{transaction_id}': V3PayTransactionsId_transaction_id_;
  'v3/pay/transactions/jsapi': V3PayTransactionsJsapi;
  'v3/pay/transactions/jsapi-with-contract': V3PayTransactionsJsapiWithContract;
  'v3/pay/transactions/native': V3PayTransactionsNative;
  'v3/pay/transactions/out-trade-no': V3PayTransactionsOutTradeNo;
  'v3/pay/transactions/out-trade-no/{out_trade_no}': V3PayTransactionsOutTradeNo_out_trade_no_;
  'v3/pay/transactions/out-trade-no/{out_trade_no}/close': V3PayTransactionsOutTradeNo_out_trade_no_Close;
  'v3/pay/transactions/out-trade-no/{out_trade_no}/reverse': V3PayTransactionsOutTradeNo_out_trade_no_Reverse;
  'v3/payroll-card': V3PayrollCard;
  'v3/payroll-card/authentications': V3PayrollCardAuthentications;
  'v3/payroll-card/authentications/pre-order': V3PayrollCardAuthenticationsPreOrder;
  'v3/payroll-card/authentications/pre-order-with-auth': V3PayrollCardAuthenticationsPreOrderWithAuth;
  'v3/payroll-card/authentications/{authenticate_number}': V3PayrollCardAuthentications_authenticate_number_;
  'v3/payroll-card/relations': V3PayrollCardRelations;
  'v3/payroll-card/relations/{openid}': V3PayrollCardRelations_openid_;
  'v3/payroll-card/tokens': V3PayrollCardTokens;
  'v3/payroll-card/transfer-batches': V3PayrollCardTransferBatches;
  'v3/payroll-card/wesure': V3PayrollCardWesure;
  'v3/payroll-card/wesure/insurance': V3PayrollCardWesureInsurance;
  'v3/payroll-card/wesure/token-validations': V3PayrollCardWesureTokenValidations;
  'v3/payscore': V3Payscore;
  'v3/payscore/acquiringbank': V3PayscoreAcquiringbank;
  'v3/payscore/acquiringbank/permissions': V3PayscoreAcquiringbankPermissions;
  'v3/payscore/acquiringbank/permissions/authorization-code': V3PayscoreAcquiringbankPermissionsAuthorizationCode;
  'v3/payscore/acquiringbank/permissions/authorization-code/{authorization_code}': V3PayscoreAcquiringbankPermissionsAuthorizationCode_authorization_code_;
  'v3/payscore/acquiringbank/permissions/authorization-code/{authorization_code}/terminate': V3PayscoreAcquiringbankPermissionsAuthorizationCode_authorization_code_Terminate;
  'v3/payscore/acquiringbank/serviceorder': V3PayscoreAcquiringbankServiceorder;
  'v3/payscore/acquiringbank/serviceorder/deduction': V3PayscoreAcquiringbankServiceorderDeduction;
  'v3/payscore/acquiringbank/serviceorder/{out_order_no}': V3PayscoreAcquiringbankServiceorder_out_order_no_;
  'v3/payscore/acquiringbank/serviceorder/{out_order_no}/cancel': V3PayscoreAcquiringbankServiceorder_out_order_no_Cancel;
  'v3/payscore/acquiringbank/serviceorder/{out_order_no}/complete': V3PayscoreAcquiringbankServiceorder_out_order_no_Complete;
  'v3/payscore/acquiringbank/serviceorder/{out_order_no}/modify': V3PayscoreAcquiringbankServiceorder_out_order_no_Modify;
  'v3/payscore/acquiringbank/serviceorder/{out_order_no}/registerdeductinfo': V3PayscoreAcquiringbankServiceorder_out_order_no_Registerdeductinfo;
  'v3/payscore/acquiringbank/serviceorder/{out_order_no}/sync': V3PayscoreAcquiringbankServiceorder_out_order_no_Sync;
  'v3/payscore/acquiringbank/servicepayondeliveryorder': V3PayscoreAcquiringbankServicepayondeliveryorder;
  'v3/payscore/merchant-bill': V3PayscoreMerchantBill;
  'v3/payscore/oversea': V3PayscoreOversea;
  'v3/payscore/oversea/partner': V3PayscoreOverseaPartner;
  'v3/payscore/oversea/partner/serviceorder': V3PayscoreOverseaPartnerServiceorder;
  'v3/payscore/oversea/partner/serviceorder/{out_order_no}': V3PayscoreOverseaPartnerServiceorder_out_order_no_;
  'v3/payscore/oversea/partner/serviceorder/{out_order_no}/cancel': V3PayscoreOverseaPartnerServiceorder_out_order_no_Cancel;
  'v3/payscore/oversea/partner/serviceorder/{out_order_no}/complete': V3PayscoreOverseaPartnerServiceorder_out_order_no_Complete;
  'v3/payscore/oversea/partner/serviceorder/{out_order_no}/sync': V3PayscoreOverseaPartnerServiceorder_out_order_no_Sync;
  'v3/payscore/partner': V3PayscorePartner;
  'v3/payscore/partner/permissions': V3PayscorePartnerPermissions;
  'v3/payscore/partner/permissions/apply-for-scene': V3PayscorePartnerPermissionsApplyForScene;
  'v3/payscore/partner/permissions/assess-user-risk-level': V3PayscorePartnerPermissionsAssessUserRiskLevel;
  'v3/payscore/partner/permissions/authorization-code': V3PayscorePartnerPermissionsAuthorizationCode;
  'v3/payscore/partner/permissions/authorization-code/{authorization_code}': V3PayscorePartnerPermissionsAuthorizationCode_authorization_code_;
  'v3/payscore/partner/permissions/authorization-code/{authorization_code}/terminate': V3PayscorePartnerPermissionsAuthorizationCode_authorization_code_Terminate;
  'v3/payscore/partner/permissions/search': V3PayscorePartnerPermissionsSearch;
  'v3/payscore/partner/permissions/terminate': V3PayscorePartnerPermissionsTerminate;
  'v3/payscore/partner/service-account-applications': V3PayscorePartnerServiceAccountApplications;
  'v3/payscore/partner/service-account-applications/{out_apply_no}': V3PayscorePartnerServiceAccountApplications_out_apply_no_;
  'v3/payscore/partner/serviceorder': V3PayscorePartnerServiceorder;
  'v3/payscore/partner/serviceorder/direct-complete': V3PayscorePartnerServiceorderDirectComplete;
  'v3/payscore/partner/serviceorder/{out_order_no}': V3PayscorePartnerServiceorder_out_order_no_;
  'v3/payscore/partner/serviceorder/{out_order_no}/cancel': V3PayscorePartnerServiceorder_out_order_no_Cancel;
  'v3/payscore/partner/serviceorder/{out_order_no}/complete': V3PayscorePartnerServiceorder_out_order_no_Complete;
  'v3/payscore/partner/serviceorder/{out_order_no}/modify': V3PayscorePartnerServiceorder_out_order_no_Modify;
  'v3/payscore/partner/serviceorder/{out_order_no}/pay': V3PayscorePartnerServiceorder_out_order_no_Pay;
  'v3/payscore/partner/serviceorder/{out_order_no}/send-pendingmessage': V3PayscorePartnerServiceorder_out_order_no_SendPendingmessage;
  'v3/payscore/partner/serviceorder/{out_order_no}/send-prepaidmessage': V3PayscorePartnerServiceorder_out_order_no_SendPrepaidmessage;
  'v3/payscore/partner/serviceorder/{out_order_no}/sync': V3PayscorePartnerServiceorder_out_order_no_Sync;
  'v3/payscore/partner/servicepayondeliveryorder': V3PayscorePartnerServicepayondeliveryorder;
  'v3/payscore/partner/servicequotas': V3PayscorePartnerServicequotas;
  'v3/payscore/partner/servicequotas/service-id': V3PayscorePartnerServicequotasServiceId;
  'v3/payscore/partner/servicequotas/service-id/{service_id}': V3PayscorePartnerServicequotasServiceId_service_id_;
  'v3/payscore/payafter-orders': V3PayscorePayafterOrders;
  'v3/payscore/payafter-orders/{out_order_no}': V3PayscorePayafterOrders_out_order_no_;
  'v3/payscore/payafter-orders/{out_order_no}/cancel': V3PayscorePayafterOrders_out_order_no_Cancel;
  'v3/payscore/payafter-orders/{out_order_no}/complete': V3PayscorePayafterOrders_out_order_no_Complete;
  'v3/payscore/payafter-orders/{out_order_no}/sync': V3PayscorePayafterOrders_out_order_no_Sync;
  'v3/payscore/permissions': V3PayscorePermissions;
  'v3/payscore/permissions/assess-user-risk-level': V3PayscorePermissionsAssessUserRiskLevel;
  'v3/payscore/permissions/authorization-code': V3PayscorePermissionsAuthorizationCode;
  'v3/payscore/permissions/authorization-code/{authorization_code}': V3PayscorePermissionsAuthorizationCode_authorization_code_;
  'v3/payscore/permissions/authorization-code/{authorization_code}/terminate': V3PayscorePermissionsAuthorizationCode_authorization_code_Terminate;
  'v3/payscore/permissions/openid': V3PayscorePermissionsOpenid;
  'v3/payscore/permissions/openid/{openid}': V3PayscorePermissionsOpenid_openid_;
  'v3/payscore/permissions/openid/{openid}/terminate': V3PayscorePermissionsOpenid_openid_Terminate;
  'v3/payscore/plan': V3PayscorePlan;
  'v3/payscore/plan/partner': V3PayscorePlanPartner;
  'v3/payscore/plan/partner/payscore-plans': V3PayscorePlanPartnerPayscorePlans;
  'v3/payscore/plan/partner/payscore-plans/merchant-plan-no': V3PayscorePlanPartnerPayscorePlansMerchantPlanNo;
  'v3/payscore/plan/partner/payscore-plans/merchant-plan-no/{merchant_plan_no}': V3PayscorePlanPartnerPayscorePlansMerchantPlanNo_merchant_plan_no_;
  'v3/payscore/plan/partner/payscore-plans/merchant-plan-no/{merchant_plan_no}/stop': V3PayscorePlanPartnerPayscorePlansMerchantPlanNo_merchant_plan_no_Stop;
  'v3/payscore/plan/payscore-plans': V3PayscorePlanPayscorePlans;
  'v3/payscore/plan/payscore-plans/merchant-plan-no': V3PayscorePlanPayscorePlansMerchantPlanNo;
  'v3/payscore/plan/payscore-plans/merchant-plan-no/{merchant_plan_no}': V3PayscorePlanPayscorePlansMerchantPlanNo_merchant_plan_no_;
  'v3/payscore/plan/payscore-plans/merchant-plan-no/{merchant_plan_no}/stop': V3PayscorePlanPayscorePlansMerchantPlanNo_merchant_plan_no_Stop;
  'v3/payscore/serviceorder': V3PayscoreServiceorder;
  'v3/payscore/serviceorder/direct-complete': V3PayscoreServiceorderDirectComplete;
  'v3/payscore/serviceorder/{out_order_no}': V3PayscoreServiceorder_out_order_no_;
  'v3/payscore/serviceorder/{out_order_no}/cancel': V3PayscoreServiceorder_out_order_no_Cancel;
  'v3/payscore/serviceorder/{out_order_no}/complete': V3PayscoreServiceorder_out_order_no_Complete;
  'v3/payscore/serviceorder/{out_order_no}/modify': V3PayscoreServiceorder_out_order_no_Modify;
  'v3/payscore/serviceorder/{out_order_no}/pay': V3PayscoreServiceorder_out_order_no_Pay;
  'v3/payscore/serviceorder/{out_order_no}/send-pendingmessage': V3PayscoreServiceorder_out_order_no_SendPendingmessage;
  'v3/payscore/serviceorder/{out_order_no}/send-prepaidmessage': V3PayscoreServiceorder_out_order_no_SendPrepaidmessage;
  'v3/payscore/serviceorder/{out_order_no}/sync': V3PayscoreServiceorder_out_order_no_Sync;
  'v3/payscore/servicepayondeliveryorder': V3PayscoreServicepayondeliveryorder;
  'v3/payscore/sign-plan': V3PayscoreSignPlan;
  'v3/payscore/sign-plan/partner': V3PayscoreSignPlanPartner;
  'v3/payscore/sign-plan/partner/serviceorder': V3PayscoreSignPlanPartnerServiceorder;
  'v3/payscore/sign-plan/partner/user-sign-plans': V3PayscoreSignPlanPartnerUserSignPlans;
  'v3/payscore/sign-plan/partner/user-sign-plans/merchant-sign-plan-no': V3PayscoreSignPlanPartnerUserSignPlansMerchantSignPlanNo;
  'v3/payscore/sign-plan/partner/user-sign-plans/merchant-sign-plan-no/{merchant_sign_plan_no}': V3PayscoreSignPlanPartnerUserSignPlansMerchantSignPlanNo_merchant_sign_plan_no_;
  'v3/payscore/sign-plan/partner/user-sign-plans/merchant-sign-plan-no/{merchant_sign_plan_no}/stop': V3PayscoreSignPlanPartnerUserSignPlansMerchantSignPlanNo_merchant_sign_plan_no_Stop;
  'v3/payscore/sign-plan/serviceorder': V3PayscoreSignPlanServiceorder;
  'v3/payscore/sign-plan/user-sign-plans': V3PayscoreSignPlanUserSignPlans;
  'v3/payscore/sign-plan/user-sign-plans/merchant-sign-plan-no': V3PayscoreSignPlanUserSignPlansMerchantSignPlanNo;
  'v3/payscore/sign-plan/user-sign-plans/merchant-sign-plan-no/{merchant_sign_plan_no}': V3PayscoreSignPlanUserSignPlansMerchantSignPlanNo_merchant_sign_plan_no_;
  'v3/payscore/sign-plan/user-sign-plans/merchant-sign-plan-no/{merchant_sign_plan_no}/stop': V3PayscoreSignPlanUserSignPlansMerchantSignPlanNo_merchant_sign_plan_no_Stop;
  'v3/payscore/smartretail-orders': V3PayscoreSmartretailOrders;
  'v3/payscore/smartretail-orders/{out_order_no}': V3PayscoreSmartretailOrders_out_order_no_;
  'v3/payscore/smartretail-orders/{out_order_no}/cancel': V3PayscoreSmartretailOrders_out_order_no_Cancel;
  'v3/payscore/smartretail-orders/{out_order_no}/complete': V3PayscoreSmartretailOrders_out_order_no_Complete;
  'v3/payscore/user-service-state': V3PayscoreUserServiceState;
  'v3/payscore/users': V3PayscoreUsers;
  'v3/payscore/users/{openid}': V3PayscoreUsers_openid_;
  'v3/payscore/users/{openid}/permissions': V3PayscoreUsers_openid_Permissions;
  'v3/payscore/users/{openid}/permissions/{service_id}': V3PayscoreUsers_openid_Permissions_service_id_;
  'v3/payscore/users/{openid}/permissions/{service_id}/terminate': V3PayscoreUsers_openid_Permissions_service_id_Terminate;
  'v3/platsolution': V3Platsolution;
  'v3/platsolution/ecommerce': V3PlatsolutionEcommerce;
  'v3/platsolution/ecommerce/bank-transfer-recharges': V3PlatsolutionEcommerceBankTransferRecharges;
  'v3/platsolution/ecommerce/bank-transfer-recharges/apply': V3PlatsolutionEcommerceBankTransferRechargesApply;
  'v3/platsolution/ecommerce/bank-transfer-recharges/out-recharge-no': V3PlatsolutionEcommerceBankTransferRechargesOutRechargeNo;
  'v3/platsolution/ecommerce/bank-transfer-recharges/out-recharge-no/{out_recharge_no}': V3PlatsolutionEcommerceBankTransferRechargesOutRechargeNo_out_recharge_no_;
  'v3/platsolution/ecommerce/insurance-compensation-contracts': V3PlatsolutionEcommerceInsuranceCompensationContracts;
  'v3/platsolution/ecommerce/insurance-compensation-contracts/sub-mchid': V3PlatsolutionEcommerceInsuranceCompensationContractsSubMchid;
  'v3/platsolution/ecommerce/insurance-compensation-contracts/sub-mchid/{sub_mchid}': V3PlatsolutionEcommerceInsuranceCompensationContractsSubMchid_sub_mchid_;
  'v3/platsolution/ecommerce/insurance-compensation-contracts/sub-mchid/{sub_mchid}/check-opened': V3PlatsolutionEcommerceInsuranceCompensationContractsSubMchid_sub_mchid_CheckOpened;
  'v3/platsolution/ecommerce/mch-transfer': V3PlatsolutionEcommerceMchTransfer;
  'v3/platsolution/ecommerce/mch-transfer/compensate-bills': V3PlatsolutionEcommerceMchTransferCompensateBills;
  'v3/platsolution/ecommerce/mch-transfer/compensate-bills/bill-id': V3PlatsolutionEcommerceMchTransferCompensateBillsBillId;
  'v3/platsolution/ecommerce/mch-transfer/compensate-bills/bill-id/{bill_id}': V3PlatsolutionEcommerceMchTransferCompensateBillsBillId_bill_id_;
  'v3/platsolution/ecommerce/mch-transfer/compensate-bills/out-bill-no': V3PlatsolutionEcommerceMchTransferCompensateBillsOutBillNo;
  'v3/platsolution/ecommerce/mch-transfer/compensate-bills/out-bill-no/{out_bill_no}': V3PlatsolutionEcommerceMchTransferCompensateBillsOutBillNo_out_bill_no_;
  'v3/platsolution/ecommerce/mch-transfer/compensate-bills/out-bill-no/{out_bill_no}/cancel': V3PlatsolutionEcommerceMchTransferCompensateBillsOutBillNo_out_bill_no_Cancel;
  'v3/platsolution/ecommerce/mch-transfer/compensate-bills/pre-transfer': V3PlatsolutionEcommerceMchTransferCompensateBillsPreTransfer;
  'v3/platsolution/ecommerce/mch-transfer/deposit-after-sales-compensation-bills': V3PlatsolutionEcommerceMchTransferDepositAfterSalesCompensationBills;
  'v3/platsolution/ecommerce/mch-transfer/deposit-after-sales-compensation-bills/bill-id': V3PlatsolutionEcommerceMchTransferDepositAfterSalesCompensationBillsBillId;
  'v3/platsolution/ecommerce/mch-transfer/deposit-after-sales-compensation-bills/bill-id/{bill_id}': V3PlatsolutionEcommerceMchTransferDepositAfterSalesCompensationBillsBillId_bill_id_;
  'v3/platsolution/ecommerce/mch-transfer/deposit-after-sales-compensation-bills/out-bill-no': V3PlatsolutionEcommerceMchTransferDepositAfterSalesCompensationBillsOutBillNo;
  'v3/platsolution/ecommerce/mch-transfer/deposit-after-sales-compensation-bills/out-bill-no/{out_bill_no}': V3PlatsolutionEcommerceMchTransferDepositAfterSalesCompensationBillsOutBillNo_out_bill_no_;
  'v3/platsolution/ecommerce/mch-transfer/deposit-insurance-premiums-compensation-bills': V3PlatsolutionEcommerceMchTransferDepositInsurancePremiumsCompensationBills;
  'v3/platsolution/ecommerce/mch-transfer/deposit-insurance-premiums-compensation-bills/{out_bill_no}': V3PlatsolutionEcommerceMchTransferDepositInsurancePremiumsCompensationBills_out_bill_no_;
  'v3/platsolution/ecommerce/mch-transfer/deposit-shipping-cost-compensation-bills': V3PlatsolutionEcommerceMchTransferDepositShippingCostCompensationBills;
  'v3/platsolution/ecommerce/mch-transfer/deposit-shipping-cost-compensation-bills/out-bill-no': V3PlatsolutionEcommerceMchTransferDepositShippingCostCompensationBillsOutBillNo;
  'v3/platsolution/ecommerce/mch-transfer/deposit-shipping-cost-compensation-bills/out-bill-no/{out_bill_no}': V3PlatsolutionEcommerceMchTransferDepositShippingCostCompensationBillsOutBillNo_out_bill_no_;
  'v3/platsolution/ecommerce/mch-transfer/insurance-claim-bills': V3PlatsolutionEcommerceMchTransferInsuranceClaimBills;
  'v3/platsolution/ecommerce/mch-transfer/insurance-claim-bills/bill-id': V3PlatsolutionEcommerceMchTransferInsuranceClaimBillsBillId;
  'v3/platsolution/ecommerce/mch-transfer/insurance-claim-bills/bill-id/{bill_id}': V3PlatsolutionEcommerceMchTransferInsuranceClaimBillsBillId_bill_id_;
  'v3/platsolution/ecommerce/mch-transfer/insurance-claim-bills/out-bill-no': V3PlatsolutionEcommerceMchTransferInsuranceClaimBillsOutBillNo;
  'v3/platsolution/ecommerce/mch-transfer/insurance-claim-bills/out-bill-no/{out_bill_no}': V3PlatsolutionEcommerceMchTransferInsuranceClaimBillsOutBillNo_out_bill_no_;
  'v3/platsolution/ecommerce/mch-transfer/insurance-claim-bills/out-bill-no/{out_bill_no}/cancel': V3PlatsolutionEcommerceMchTransferInsuranceClaimBillsOutBillNo_out_bill_no_Cancel;
  'v3/platsolution/ecommerce/mch-transfer/insurance-claim-bills/pre-transfer': V3PlatsolutionEcommerceMchTransferInsuranceClaimBillsPreTransfer;
  'v3/platsolution/ecommerce/mch-transfer/sub-mch-compensation-bills': V3PlatsolutionEcommerceMchTransferSubMchCompensationBills;
  'v3/platsolution/ecommerce/mch-transfer/sub-mch-compensation-bills/{out_bill_no}': V3PlatsolutionEcommerceMchTransferSubMchCompensationBills_out_bill_no_;
  'v3/platsolution/ecommerce/mch-transfer/transfer-bills': V3PlatsolutionEcommerceMchTransferTransferBills;
  'v3/platsolution/ecommerce/mch-transfer/transfer-bills/bill-id': V3PlatsolutionEcommerceMchTransferTransferBillsBillId;
  'v3/platsolution/ecommerce/mch-transfer/transfer-bills/bill-id/{bill_id}': V3PlatsolutionEcommerceMchTransferTransferBillsBillId_bill_id_;
  'v3/platsolution/ecommerce/mch-transfer/transfer-bills/out-bill-no': V3PlatsolutionEcommerceMchTransferTransferBillsOutBillNo;
  'v3/platsolution/ecommerce/mch-transfer/transfer-bills/out-bill-no/{out_bill_no}': V3PlatsolutionEcommerceMchTransferTransferBillsOutBillNo_out_bill_no_;
  'v3/platsolution/ecommerce/recharge-employees': V3PlatsolutionEcommerceRechargeEmployees;
  'v3/platsolution/ecommerce/recharge-employees/sub-mchid': V3PlatsolutionEcommerceRechargeEmployeesSubMchid;
  'v3/platsolution/ecommerce/recharge-employees/sub-mchid/{sub_mchid}': V3PlatsolutionEcommerceRechargeEmployeesSubMchid_sub_mchid_;
  'v3/platsolution/ecommerce/recharge-employees/sub-mchid/{sub_mchid}/sp-openid': V3PlatsolutionEcommerceRechargeEmployeesSubMchid_sub_mchid_SpOpenid;
  'v3/platsolution/ecommerce/recharge-employees/sub-mchid/{sub_mchid}/sp-openid/{sp_openid}': V3PlatsolutionEcommerceRechargeEmployeesSubMchid_sub_mchid_SpOpenid_sp_openid_;
  'v3/platsolution/ecommerce/recharge-employees/sub-mchid/{sub_mchid}/sp-openid/{sp_openid}/delete': V3PlatsolutionEcommerceRechargeEmployeesSubMchid_sub_mchid_SpOpenid_sp_openid_Delete;
  'v3/platsolution/ecommerce/recharges': V3PlatsolutionEcommerceRecharges;
  'v3/platsolution/ecommerce/recharges/apply': V3PlatsolutionEcommerceRechargesApply;
  'v3/platsolution/ecommerce/recharges/out-recharge-no': V3PlatsolutionEcommerceRechargesOutRechargeNo;
  'v3/platsolution/ecommerce/recharges/out-recharge-no/{out_recharge_no}': V3PlatsolutionEcommerceRechargesOutRechargeNo_out_recharge_no_;
  'v3/platsolution/ecommerce/recharges/out-recharge-no/{out_recharge_no}/close': V3PlatsolutionEcommerceRechargesOutRechargeNo_out_recharge_no_Close;
  'v3/platsolution/ecommerce/settle': V3PlatsolutionEcommerceSettle;
  'v3/platsolution/ecommerce/settle/prepay-settle-orders': V3PlatsolutionEcommerceSettlePrepaySettleOrders;
  'v3/platsolution/ecommerce/settle/prepay-settle-orders/{settle_batch_no}': V3PlatsolutionEcommerceSettlePrepaySettleOrders_settle_batch_no_;
  'v3/platsolution/ecommerce/settle/prepay-settle-orders/{settle_batch_no}/apply-abnormal-settle': V3PlatsolutionEcommerceSettlePrepaySettleOrders_settle_batch_no_ApplyAbnormalSettle;
  'v3/platsolution/ecommerce/withdraw': V3PlatsolutionEcommerceWithdraw;
  'v3/platsolution/ecommerce/withdraw/day-end-balance-withdraw': V3PlatsolutionEcommerceWithdrawDayEndBalanceWithdraw;
  'v3/platsolution/ecommerce/withdraw/day-end-balance-withdraw/out-request-no': V3PlatsolutionEcommerceWithdrawDayEndBalanceWithdrawOutRequestNo;
  'v3/platsolution/ecommerce/withdraw/day-end-balance-withdraw/out-request-no/{out_request_no}': V3PlatsolutionEcommerceWithdrawDayEndBalanceWithdrawOutRequestNo_out_request_no_;
  'v3/platsolution/insurance': V3PlatsolutionInsurance;
  'v3/platsolution/insurance/mch-transfer': V3PlatsolutionInsuranceMchTransfer;
  'v3/platsolution/insurance/mch-transfer/batches': V3PlatsolutionInsuranceMchTransferBatches;
  'v3/platsolution/insurance/mch-transfer/batches/apply': V3PlatsolutionInsuranceMchTransferBatchesApply;
  'v3/platsolution/insurance/mch-transfer/batches/batch-id': V3PlatsolutionInsuranceMchTransferBatchesBatchId;
  'v3/platsolution/insurance/mch-transfer/batches/batch-id/{batch_id}': V3PlatsolutionInsuranceMchTransferBatchesBatchId_batch_id_;
  'v3/platsolution/insurance/mch-transfer/batches/batch-id/{batch_id}/details': V3PlatsolutionInsuranceMchTransferBatchesBatchId_batch_id_Details;
  'v3/platsolution/insurance/mch-transfer/batches/batch-id/{batch_id}/details/detail-id': V3PlatsolutionInsuranceMchTransferBatchesBatchId_batch_id_DetailsDetailId;
  'v3/platsolution/insurance/mch-transfer/batches/batch-id/{batch_id}/details/detail-id/{detail_id}': V3PlatsolutionInsuranceMchTransferBatchesBatchId_batch_id_DetailsDetailId_detail_id_;
  'v3/platsolution/insurance/mch-transfer/batches/detail-receipts': V3PlatsolutionInsuranceMchTransferBatchesDetailReceipts;
  'v3/platsolution/insurance/mch-transfer/batches/detail-receipts/out-batch-no': V3PlatsolutionInsuranceMchTransferBatchesDetailReceiptsOutBatchNo;
  'v3/platsolution/insurance/mch-transfer/batches/detail-receipts/out-batch-no/{out_batch_no}': V3PlatsolutionInsuranceMchTransferBatchesDetailReceiptsOutBatchNo_out_batch_no_;
  'v3/platsolution/insurance/mch-transfer/batches/detail-receipts/out-batch-no/{out_batch_no}/out-detail-no': V3PlatsolutionInsuranceMchTransferBatchesDetailReceiptsOutBatchNo_out_batch_no_OutDetailNo;
  'v3/platsolution/insurance/mch-transfer/batches/detail-receipts/out-batch-no/{out_batch_no}/out-detail-no/{out_detail_no}': V3PlatsolutionInsuranceMchTransferBatchesDetailReceiptsOutBatchNo_out_batch_no_OutDetailNo_out_detail_no_;
  'v3/platsolution/insurance/mch-transfer/batches/detail-receipts/out-batch-no/{out_batch_no}/out-detail-no/{out_detail_no}/apply': V3PlatsolutionInsuranceMchTransferBatchesDetailReceiptsOutBatchNo_out_batch_no_OutDetailNo_out_detail_no_Apply;
  'v3/platsolution/insurance/mch-transfer/batches/out-batch-no': V3PlatsolutionInsuranceMchTransferBatchesOutBatchNo;
  'v3/platsolution/insurance/mch-transfer/batches/out-batch-no/{out_batch_no}': V3PlatsolutionInsuranceMchTransferBatchesOutBatchNo_out_batch_no_;
  'v3/platsolution/insurance/mch-transfer/batches/out-batch-no/{out_batch_no}/details': V3PlatsolutionInsuranceMchTransferBatchesOutBatchNo_out_batch_no_Details;
  'v3/platsolution/insurance/mch-transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no': V3PlatsolutionInsuranceMchTransferBatchesOutBatchNo_out_batch_no_DetailsOutDetailNo;
  'v3/platsolution/insurance/mch-transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no/{out_detail_no}': V3PlatsolutionInsuranceMchTransferBatchesOutBatchNo_out_batch_no_DetailsOutDetailNo_out_detail_no_;
  'v3/platsolution/insurance/mch-transfer/batches/summary-receipts': V3PlatsolutionInsuranceMchTransferBatchesSummaryReceipts;
  'v3/platsolution/insurance/mch-transfer/batches/summary-receipts/out-batch-no': V3PlatsolutionInsuranceMchTransferBatchesSummaryReceiptsOutBatchNo;
  'v3/platsolution/insurance/mch-transfer/batches/summary-receipts/out-batch-no/{out_batch_no}': V3PlatsolutionInsuranceMchTransferBatchesSummaryReceiptsOutBatchNo_out_batch_no_;
  'v3/platsolution/insurance/mch-transfer/batches/summary-receipts/out-batch-no/{out_batch_no}/apply': V3PlatsolutionInsuranceMchTransferBatchesSummaryReceiptsOutBatchNo_out_batch_no_Apply;
  'v3/platsolution/insurance/mch-transfer/reservation': V3PlatsolutionInsuranceMchTransferReservation;
  'v3/platsolution/insurance/mch-transfer/reservation/apply': V3PlatsolutionInsuranceMchTransferReservationApply;
  'v3/platsolution/insurance/mch-transfer/reservation/out-reservation-no': V3PlatsolutionInsuranceMchTransferReservationOutReservationNo;
  'v3/platsolution/insurance/mch-transfer/reservation/out-reservation-no/{out_reservation_no}': V3PlatsolutionInsuranceMchTransferReservationOutReservationNo_out_reservation_no_;
  'v3/platsolution/insurance/mch-transfer/reservation/out-reservation-no/{out_reservation_no}/close': V3PlatsolutionInsuranceMchTransferReservationOutReservationNo_out_reservation_no_Close;
  'v3/platsolution/insurance/mch-transfer/reservation/reservation-id': V3PlatsolutionInsuranceMchTransferReservationReservationId;
  'v3/platsolution/insurance/mch-transfer/reservation/reservation-id/{reservation_id}': V3PlatsolutionInsuranceMchTransferReservationReservationId_reservation_id_;
  'v3/platsolution/mch-transfer': V3PlatsolutionMchTransfer;
  'v3/platsolution/mch-transfer/batches': V3PlatsolutionMchTransferBatches;
  'v3/platsolution/mch-transfer/batches/apply': V3PlatsolutionMchTransferBatchesApply;
  'v3/platsolution/mch-transfer/batches/batch-id': V3PlatsolutionMchTransferBatchesBatchId;
  'v3/platsolution/mch-transfer/batches/batch-id/{batch_id}': V3PlatsolutionMchTransferBatchesBatchId_batch_id_;
  'v3/platsolution/mch-transfer/batches/batch-id/{batch_id}/details': V3PlatsolutionMchTransferBatchesBatchId_batch_id_Details;
  'v3/platsolution/mch-transfer/batches/batch-id/{batch_id}/details/detail-id': V3PlatsolutionMchTransferBatchesBatchId_batch_id_DetailsDetailId;
  'v3/platsolution/mch-transfer/batches/batch-id/{batch_id}/details/detail-id/{detail_id}': V3PlatsolutionMchTransferBatchesBatchId_batch_id_DetailsDetailId_detail_id_;
  'v3/platsolution/mch-transfer/batches/detail-receipts': V3PlatsolutionMchTransferBatchesDetailReceipts;
  'v3/platsolution/mch-transfer/batches/detail-receipts/out-batch-no': V3PlatsolutionMchTransferBatchesDetailReceiptsOutBatchNo;
  'v3/platsolution/mch-transfer/batches/detail-receipts/out-batch-no/{out_batch_no}': V3PlatsolutionMchTransferBatchesDetailReceiptsOutBatchNo_out_batch_no_;
  'v3/platsolution/mch-transfer/batches/detail-receipts/out-batch-no/{out_batch_no}/out-detail-no': V3PlatsolutionMchTransferBatchesDetailReceiptsOutBatchNo_out_batch_no_OutDetailNo;
  'v3/platsolution/mch-transfer/batches/detail-receipts/out-batch-no/{out_batch_no}/out-detail-no/{out_detail_no}': V3PlatsolutionMchTransferBatchesDetailReceiptsOutBatchNo_out_batch_no_OutDetailNo_out_detail_no_;
  'v3/platsolution/mch-transfer/batches/detail-receipts/out-batch-no/{out_batch_no}/out-detail-no/{out_detail_no}/apply': V3PlatsolutionMchTransferBatchesDetailReceiptsOutBatchNo_out_batch_no_OutDetailNo_out_detail_no_Apply;
  'v3/platsolution/mch-transfer/batches/out-batch-no': V3PlatsolutionMchTransferBatchesOutBatchNo;
  'v3/platsolution/mch-transfer/batches/out-batch-no/{out_batch_no}': V3PlatsolutionMchTransferBatchesOutBatchNo_out_batch_no_;
  'v3/platsolution/mch-transfer/batches/out-batch-no/{out_batch_no}/details': V3PlatsolutionMchTransferBatchesOutBatchNo_out_batch_no_Details;
  'v3/platsolution/mch-transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no': V3PlatsolutionMchTransferBatchesOutBatchNo_out_batch_no_DetailsOutDetailNo;
  'v3/platsolution/mch-transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no/{out_detail_no}': V3PlatsolutionMchTransferBatchesOutBatchNo_out_batch_no_DetailsOutDetailNo_out_detail_no_;
  'v3/platsolution/mch-transfer/batches/summary-receipts': V3PlatsolutionMchTransferBatchesSummaryReceipts;
  'v3/platsolution/mch-transfer/batches/summary-receipts/out-batch-no': V3PlatsolutionMchTransferBatchesSummaryReceiptsOutBatchNo;
  'v3/platsolution/mch-transfer/batches/summary-receipts/out-batch-no/{out_batch_no}': V3PlatsolutionMchTransferBatchesSummaryReceiptsOutBatchNo_out_batch_no_;
  'v3/platsolution/mch-transfer/batches/summary-receipts/out-batch-no/{out_batch_no}/apply': V3PlatsolutionMchTransferBatchesSummaryReceiptsOutBatchNo_out_batch_no_Apply;
  'v3/platsolution/mch-transfer/reservation': V3PlatsolutionMchTransferReservation;
  'v3/platsolution/mch-transfer/reservation/apply': V3PlatsolutionMchTransferReservationApply;
  'v3/platsolution/mch-transfer/reservation/out-reservation-no': V3PlatsolutionMchTransferReservationOutReservationNo;
  'v3/platsolution/mch-transfer/reservation/out-reservation-no/{out_reservation_no}': V3PlatsolutionMchTransferReservationOutReservationNo_out_reservation_no_;
  'v3/platsolution/mch-transfer/reservation/out-reservation-no/{out_reservation_no}/close': V3PlatsolutionMchTransferReservationOutReservationNo_out_reservation_no_Close;
  'v3/platsolution/mch-transfer/reservation/reservation-id': V3PlatsolutionMchTransferReservationReservationId;
  'v3/platsolution/mch-transfer/reservation/reservation-id/{reservation_id}': V3PlatsolutionMchTransferReservationReservationId_reservation_id_;
  'v3/profitsharing': V3Profitsharing;
  'v3/profitsharing/bills': V3ProfitsharingBills;
  'v3/profitsharing/merchant-configs': V3ProfitsharingMerchantConfigs;
  'v3/profitsharing/merchant-configs/{sub_mchid}': V3ProfitsharingMerchantConfigs_sub_mchid_;
  'v3/profitsharing/orders': V3ProfitsharingOrders;
  'v3/profitsharing/orders/unfreeze': V3ProfitsharingOrdersUnfreeze;
  'v3/profitsharing/orders/{out_order_no}': V3ProfitsharingOrders_out_order_no_;
  'v3/profitsharing/receivers': V3ProfitsharingReceivers;
  'v3/profitsharing/receivers/add': V3ProfitsharingReceiversAdd;
  'v3/profitsharing/receivers/delete': V3ProfitsharingReceiversDelete;
  'v3/profitsharing/return-orders': V3ProfitsharingReturnOrders;
  'v3/profitsharing/return-orders/{out_return_no}': V3ProfitsharingReturnOrders_out_return_no_;
  'v3/profitsharing/transactions': V3ProfitsharingTransactions;
  'v3/profitsharing/transactions/{transaction_id}': V3ProfitsharingTransactions_transaction_id_;
  'v3/profitsharing/transactions/{transaction_id}/amounts': V3ProfitsharingTransactions_transaction_id_Amounts;
  'v3/qrcode': V3Qrcode;
  'v3/qrcode/transactions': V3QrcodeTransactions;
  'v3/qrcode/transactions/out-trade-no': V3QrcodeTransactionsOutTradeNo;
  'v3/qrcode/transactions/out-trade-no/{out_trade_no}': V3QrcodeTransactionsOutTradeNo_out_trade_no_;
  'v3/qrcode/user-services': V3QrcodeUserServices;
  'v3/qrcode/user-services/contract-id': V3QrcodeUserServicesContractId;
  'v3/qrcode/user-services/contract-id/{contract_id}': V3QrcodeUserServicesContractId_contract_id_;
  'v3/rate-activity': V3RateActivity;
  'v3/rate-activity/applications': V3RateActivityApplications;
  'v3/rate-activity/applications/id': V3RateActivityApplicationsId;
  'v3/rate-activity/applications/id/{application_id}': V3RateActivityApplicationsId_application_id_;
  'v3/realname': V3Realname;
  'v3/realname/verify': V3RealnameVerify;
  'v3/recharge': V3Recharge;
  'v3/recharge/bank-transfer-recharges': V3RechargeBankTransferRecharges;
  'v3/recharge/bank-transfer-recharges/apply': V3RechargeBankTransferRechargesApply;
  'v3/recharge/bank-transfer-recharges/out-recharge-no': V3RechargeBankTransferRechargesOutRechargeNo;
  'v3/recharge/bank-transfer-recharges/out-recharge-no/{out_recharge_no}': V3RechargeBankTransferRechargesOutRechargeNo_out_recharge_no_;
  'v3/refund': V3Refund;
  'v3/refund/domestic': V3RefundDomestic;
  'v3/refund/domestic/refunds': V3RefundDomesticRefunds;
  'v3/refund/domestic/refunds/{out_refund_no}': V3RefundDomesticRefunds_out_refund_no_;
  'v3/refund/domestic/refunds/{refund_id}': V3RefundDomesticRefunds_refund_id_;
  'v3/refund/domestic/refunds/{refund_id}/apply-abnormal-refund': V3RefundDomesticRefunds_refund_id_ApplyAbnormalRefund;
  'v3/repayment': V3Repayment;
  'v3/repayment/combine-transactions': V3RepaymentCombineTransactions;
  'v3/repayment/combine-transactions/partner': V3RepaymentCombineTransactionsPartner;
  'v3/repayment/combine-transactions/partner/out-trade-no': V3RepaymentCombineTransactionsPartnerOutTradeNo;
  'v3/repayment/combine-transactions/partner/out-trade-no/{combine_out_trade_no}': V3RepaymentCombineTransactionsPartnerOutTradeNo_combine_out_trade_no_;
  'v3/repayment/combine-transactions/partner/out-trade-no/{combine_out_trade_no}/close': V3RepaymentCombineTransactionsPartnerOutTradeNo_combine_out_trade_no_Close;
  'v3/repayment/combine-transactions/partner/prepay': V3RepaymentCombineTransactionsPartnerPrepay;
  'v3/security': V3Security;
  'v3/security/echo': V3SecurityEcho;
  'v3/smartguide': V3Smartguide;
  'v3/smartguide/guides': V3SmartguideGuides;
  'v3/smartguide/guides/{guide_id}': V3SmartguideGuides_guide_id_;
  'v3/smartguide/guides/{guide_id}/assign': V3SmartguideGuides_guide_id_Assign;
  'v3/taxi-invoice': V3TaxiInvoice;
  'v3/taxi-invoice/attendance': V3TaxiInvoiceAttendance;
  'v3/taxi-invoice/attendance/punch': V3TaxiInvoiceAttendancePunch;
  'v3/taxi-invoice/cards': V3TaxiInvoiceCards;
  'v3/taxi-invoice/cards/upload-file': V3TaxiInvoiceCardsUploadFile;
  'v3/taxi-invoice/driver': V3TaxiInvoiceDriver;
  'v3/taxi-invoice/driver/update-driver': V3TaxiInvoiceDriverUpdateDriver;
  'v3/taxi-invoice/drivers': V3TaxiInvoiceDrivers;
  'v3/taxi-invoice/drivers/{driver_license}': V3TaxiInvoiceDrivers_driver_license_;
  'v3/taxi-invoice/taxi': V3TaxiInvoiceTaxi;
  'v3/taxi-invoice/taxi-companies': V3TaxiInvoiceTaxiCompanies;
  'v3/taxi-invoice/taxi-companies/{company_mchid}': V3TaxiInvoiceTaxiCompanies_company_mchid_;
  'v3/taxi-invoice/taxi-company': V3TaxiInvoiceTaxiCompany;
  'v3/taxi-invoice/taxi-company/create-taxi-company': V3TaxiInvoiceTaxiCompanyCreateTaxiCompany;
  'v3/taxi-invoice/taxi/update-taxi': V3TaxiInvoiceTaxiUpdateTaxi;
  'v3/taxi-invoice/taxies': V3TaxiInvoiceTaxies;
  'v3/taxi-invoice/taxies/{plate_number}': V3TaxiInvoiceTaxies_plate_number_;
  'v3/taxi-invoice/user-taxi-order': V3TaxiInvoiceUserTaxiOrder;
  'v3/taxi-invoice/user-taxi-order/find-by-token': V3TaxiInvoiceUserTaxiOrderFindByToken;
  'v3/taxi-invoice/user-taxi-orders': V3TaxiInvoiceUserTaxiOrders;
  'v3/transaction-block': V3TransactionBlock;
  'v3/transaction-block/transaction-block-records': V3TransactionBlockTransactionBlockRecords;
  'v3/transaction-block/transaction-block-records/sub-mchid': V3TransactionBlockTransactionBlockRecordsSubMchid;
  'v3/transaction-block/transaction-block-records/sub-mchid/{sub_mchid}': V3TransactionBlockTransactionBlockRecordsSubMchid_sub_mchid_;
  'v3/transaction-block/transaction-block-records/{block_record_id}': V3TransactionBlockTransactionBlockRecords_block_record_id_;
  'v3/transaction-block/transaction-block-submissions': V3TransactionBlockTransactionBlockSubmissions;
  'v3/transaction-block/transaction-block-submissions/sub-mchid': V3TransactionBlockTransactionBlockSubmissionsSubMchid;
  'v3/transaction-block/transaction-block-submissions/sub-mchid/{sub_mchid}': V3TransactionBlockTransactionBlockSubmissionsSubMchid_sub_mchid_;
  'v3/transaction-block/transaction-block-submissions/{block_submission_id}': V3TransactionBlockTransactionBlockSubmissions_block_submission_id_;
  'v3/transfer': V3Transfer;
  'v3/transfer-detail': V3TransferDetail;
  'v3/transfer-detail/electronic-receipts': V3TransferDetailElectronicReceipts;
  'v3/transfer/batches': V3TransferBatches;
  'v3/transfer/batches/batch-id': V3TransferBatchesBatchId;
  'v3/transfer/batches/batch-id/{batch_id}': V3TransferBatchesBatchId_batch_id_;
  'v3/transfer/batches/batch-id/{batch_id}/details': V3TransferBatchesBatchId_batch_id_Details;
  'v3/transfer/batches/batch-id/{batch_id}/details/detail-id': V3TransferBatchesBatchId_batch_id_DetailsDetailId;
  'v3/transfer/batches/batch-id/{batch_id}/details/detail-id/{detail_id}': V3TransferBatchesBatchId_batch_id_DetailsDetailId_detail_id_;
  'v3/transfer/batches/out-batch-no': V3TransferBatchesOutBatchNo;
  'v3/transfer/batches/out-batch-no/{out_batch_no}': V3TransferBatchesOutBatchNo_out_batch_no_;
  'v3/transfer/batches/out-batch-no/{out_batch_no}/details': V3TransferBatchesOutBatchNo_out_batch_no_Details;
  'v3/transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no': V3TransferBatchesOutBatchNo_out_batch_no_DetailsOutDetailNo;
  'v3/transfer/batches/out-batch-no/{out_batch_no}/details/out-detail-no/{out_detail_no}': V3TransferBatchesOutBatchNo_out_batch_no_DetailsOutDetailNo_out_detail_no_;
  'v3/transfer/bill-receipt': V3TransferBillReceipt;
  'v3/transfer/bill-receipt/{out_batch_no}': V3TransferBillReceipt_out_batch_no_;
  'v3/transferdownload': V3Transferdownload;
  'v3/transferdownload/elecvoucherfile': V3TransferdownloadElecvoucherfile;
  'v3/transferdownload/signfile': V3TransferdownloadSignfile;
  'v3/vehicle': V3Vehicle;
  'v3/vehicle/etc': V3VehicleEtc;
  'v3/vehicle/etc/contracts': V3VehicleEtcContracts;
  'v3/vehicle/etc/contracts/{contract_id}': V3VehicleEtcContracts_contract_id_;
  'v3/vehicle/etc/preopen': V3VehicleEtcPreopen;
  'v3/vehicle/etc/transactions': V3VehicleEtcTransactions;
  'v3/vehicle/etc/transactions/highway': V3VehicleEtcTransactionsHighway;
  'v3/vehicle/etc/transactions/id': V3VehicleEtcTransactionsId;
  'v3/vehicle/etc/transactions/id/{transaction_id}': V3VehicleEtcTransactionsId_transaction_id_;
  'v3/vehicle/etc/transactions/out-trade-no': V3VehicleEtcTransactionsOutTradeNo;
  'v3/vehicle/etc/transactions/out-trade-no/{out_trade_no}': V3VehicleEtcTransactionsOutTradeNo_out_trade_no_;
  'v3/vehicle/etc/users': V3VehicleEtcUsers;
  'v3/vehicle/etc/users/{openid}': V3VehicleEtcUsers_openid_;
  'v3/vehicle/etc/users/{openid}/contracts': V3VehicleEtcUsers_openid_Contracts;
  'v3/vehicle/parking': V3VehicleParking;
  'v3/vehicle/parking/parkings': V3VehicleParkingParkings;
  'v3/vehicle/parking/services': V3VehicleParkingServices;
  'v3/vehicle/parking/services/find': V3VehicleParkingServicesFind;
  'v3/vehicle/transactions': V3VehicleTransactions;
  'v3/vehicle/transactions/out-trade-no': V3VehicleTransactionsOutTradeNo;
  'v3/vehicle/transactions/out-trade-no/{out_trade_no}': V3VehicleTransactionsOutTradeNo_out_trade_no_;
  'v3/vehicle/transactions/parking': V3VehicleTransactionsParking;
  'v3/webizpay': V3Webizpay;
  'v3/webizpay/avail-mch-ranges': V3WebizpayAvailMchRanges;
  'v3/webizpay/avail-mch-ranges/{range_id}': V3WebizpayAvailMchRanges_range_id_;
  'v3/webizpay/avail-mch-ranges/{range_id}/merchant-identifiers': V3WebizpayAvailMchRanges_range_id_MerchantIdentifiers;
  'v3/webizpay/avail-mch-ranges/{range_id}/merchant-identifiers/{merchant_identifier}': V3WebizpayAvailMchRanges_range_id_MerchantIdentifiers_merchant_identifier_;
  'v3/webizpay/bill': V3WebizpayBill;
  'v3/webizpay/bill/proof': V3WebizpayBillProof;
  'v3/webizpay/bill/trade-bill': V3WebizpayBillTradeBill;
  'v3/webizpay/employees': V3WebizpayEmployees;
  'v3/webizpay/employees/{employee_id}': V3WebizpayEmployees_employee_id_;
  'v3/webizpay/employees/{employee_id}/out-quota-cards': V3WebizpayEmployees_employee_id_OutQuotaCards;
  'v3/webizpay/employees/{employee_id}/out-quota-cards/{out_card_no}': V3WebizpayEmployees_employee_id_OutQuotaCards_out_card_no_;
  'v3/webizpay/employees/{employee_id}/quota-cards': V3WebizpayEmployees_employee_id_QuotaCards;
  'v3/webizpay/employees/{employee_id}/quota-cards/{card_no}': V3WebizpayEmployees_employee_id_QuotaCards_card_no_;
  'v3/webizpay/employees/{employee_id}/quota-cards/{card_no}/cancel': V3WebizpayEmployees_employee_id_QuotaCards_card_no_Cancel;
  'v3/webizpay/employees/{employee_id}/quota-cards/{card_no}/payment-url': V3WebizpayEmployees_employee_id_QuotaCards_card_no_PaymentUrl;
  'v3/webizpay/employees/{employee_id}/revoke': V3WebizpayEmployees_employee_id_Revoke;
  'v3/webizpay/stores': V3WebizpayStores;
  'v3/webizpay/stores/entity-matches': V3WebizpayStoresEntityMatches;
  'v3/webizpay/stores/entity-matches/{batch_id}': V3WebizpayStoresEntityMatches_batch_id_;
  'v3/webizpay/users': V3WebizpayUsers;
  'v3/webizpay/users/{user_id}': V3WebizpayUsers_user_id_;
  'v3/webizpay/users/{user_id}/authorization-state': V3WebizpayUsers_user_id_AuthorizationState;
  'v3/webizpay/users/{user_id}/authorization-url': V3WebizpayUsers_user_id_AuthorizationUrl;
}
