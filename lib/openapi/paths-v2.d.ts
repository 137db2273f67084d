// generated — do not edit; run npm run generate
import type { BinaryBody, Op, UploadBody, V2Extras } from './bodies';
import type {
  AddrecommendconfRequest,
  AddrecommendconfResponse,
  Address4,
  AddsubdevconfigRequest,
  AddsubdevconfigResponse,
  BankquerymchauditinfoRequest,
  BankquerymchauditinfoResponse,
  BatchquerycommentRequest,
  BatchquerycommentResponse,
  ChannelquerymchauditinfoRequest,
  ChannelquerymchauditinfoResponse,
  ClosecombinedorderRequest,
  ClosecombinedorderResponse,
  CloseorderRequest,
  CloseorderResponse,
  CombinedorderRequest,
  CombinedorderResponse,
  ConsumeRequest,
  ConsumeResponse,
  ContractState2,
  DeletecontractRequest,
  DeletecontractResponse,
  DownloadbillRequest,
  DownloadfundflowRequest,
  ErrCodeDes,
  ErrCodeDes2,
  ErrCodeDes3,
  ErrCodeDes4,
  ErrCodeDes5,
  ErrCodeDes6,
  ErrorCodeDes,
  FacepayRequest,
  FacepayResponse,
  GeneralResponse,
  GeneralResponseSuccess,
  GetviolationRequest,
  GetviolationResponse,
  MicroGetstateRequest,
  MicroGetstateResponse,
  MicroGetupgradestateRequest,
  MicroGetupgradestateResponse,
  MicroModifyarchivesRequest,
  MicroModifyarchivesResponse,
  MicroModifycontactinfoRequest,
  MicroModifycontactinfoResponse,
  MicroSubmitRequest,
  MicroSubmitResponse,
  MicroSubmitupgradeRequest,
  MicroSubmitupgradeResponse,
  MicropayRequest,
  MicropayResponse,
  ModifymchinfoRequest,
  ModifymchinfoResponse,
  MultiprofitsharingRequest,
  MultiprofitsharingResponse,
  OrderqueryRequest,
  OrderqueryResponse,
  Package2,
  PappayapplyRequest,
  PappayapplyResponse,
  ProfitsharingRequest,
  ProfitsharingResponse,
  ProfitsharingaddreceiverRequest,
  ProfitsharingaddreceiverResponse,
  ProfitsharingfinishRequest,
  ProfitsharingfinishResponse,
  ProfitsharingqueryRequest,
  ProfitsharingqueryResponse,
  ProfitsharingremovereceiverRequest,
  ProfitsharingremovereceiverResponse,
  QueryCouponStockRequest,
  QueryCouponStockResponse,
  QueryautowithdrawbydateRequest,
  QueryautowithdrawbydateResponse,
  QuerycombinedorderRequest,
  QuerycombinedorderResponse,
  QuerycontractRequest,
  QuerycontractResponse,
  QuerymchriskRequest,
  QuerymchriskResponse,
  QuerysubdevconfigRequest,
  QuerysubdevconfigResponse,
  ReautowithdrawbydateRequest,
  ReautowithdrawbydateResponse,
  RedirectUrl,
  RefundRequest,
  RefundResponse,
  RefundqueryRequest,
  RefundqueryResponse,
  ReportRequest,
  ReportResponse,
  ReturnApp,
  ReverseRequest,
  ReverseResponse,
  SendCouponRequest,
  SendCouponResponse,
  ServiceId3,
  ServiceId4,
  ServiceproviderSubsIn,
  ServiceproviderSubsOut,
  SetmchriskcallbackRequest,
  SetmchriskcallbackResponse,
  Sign,
  SubmchmanageRequest,
  SubmchmanageResponse,
  SyncmchriskresultRequest,
  SyncmchriskresultResponse,
  UnifiedorderRequest,
  UnifiedorderResponse,
} from './definitions';

/** APIv2 (XML) operations, keyed `v2/…` (the runtime drops `v2/` from the URL). */
export interface V2Paths {
  'v2/appauth/authindex': {
    /**
     * 授权获取code
     *
     * 使用标准OAuth2.0协议接入微信支付，在用户授权的条件下，将可以做到访问用户资源，使用接口调用用户功能（如获取用户实名信息等
     *
     * Host: https://payapp.mch.weixin.qq.com/
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/realnameauth.php?chapter=60_1&index=2
     */
    get: Op<
      V2Extras & {
        /** Query parameters. */
        query: {
          /** 商户号 */
          mch_id: string;
          /** 应用ID */
          appid: string;
          /** 重定向地址，需要urlencode，需在支付安全域下(商户平台上配置“支付授权目录”)。 */
          redirect_uri: string;
          /** 固定填`code` */
          response_type: 'code';
          /** 应用授权作用域 */
          scope: 'pay_identity' | 'pay_realname';
          /** 随机字符串，回调时将带上该参数 */
          state: string;
        };
      },
      unknown
    >;
  };
  'v2/appauth/getaccesstoken': {
    /**
     * 通过code换取accesstoken
     *
     * 获取微信用户的授权, 需要使用微信支付提供的 OAuth2.0 服务.用授权小程序得到的授权码调用OAuth2.0接口access_token.
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/realnameauth.php?chapter=60_2&index=3
     */
    get: Op<
      V2Extras & {
        /** Query parameters. */
        query: {
          /** 商户号 */
          mch_id: string;
          /** 应用ID */
          appid: string;
          /** 微信openID */
          openid: string;
          /** 第一步返回的auth_code */
          code: string;
          /** 固定值`authorization_code` */
          grant_type: 'authorization_code';
          /** 应用授权作用域 */
          scope: 'pay_identity';
          /** 签名类型 */
          sign_type?: 'HMAC-SHA256';
          /** 签名 */
          sign?: string;
        };
      },
      {
        /** 返回状态码 */
        retcode: '0' | '-1';
        /** 处理成功，返回ok */
        retmsg: string;
      } & {
        /** 接口调用凭证 */
        access_token: string;
        /**
         * 请求返回的access_token过期时间，以秒为单位，有效期较短
         * @format int32
         */
        access_token_expire_in: string;
        /** refresh令牌 */
        refresh_token: string;
        /**
         * refresh_token过期时间，以秒为单位，有效期较长
         * @format int32
         */
        refresh_token_expire_in: string;
      }
    >;
  };
  'v2/applyment/micro/getstate': {
    /**
     * 查询申请状态
     *
     * 使用申请入驻接口提交小微商户资料后，一般5分钟左右可以通过该查询接口查询具体的申请结果。
     *
     * Sent with the merchant TLS client certificate (`merchant` in Builder.factory).
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/xiaowei.php?chapter=19_3
     * @deprecated
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: MicroGetstateRequest;
      },
      MicroGetstateResponse
    >;
  };
  'v2/applyment/micro/getupgradestate': {
    /**
     * 查询升级申请单状态
     *
     * 使用“提交升级申请单”接口后，可不定期调用此接口查询申请单状态（建议提交申请后1分钟查询），直至申请单为“完成”状态。1)若申请状态为待账户验证，请按接口中的指引完成账户验证；2)若申请状态为审核中，微信支付会在2个工作日内完成资料审核；3)若申请状态为待签约，接口会返回签约二维码。
     *
     * Sent with the merchant TLS client certificate (`merchant` in Builder.factory).
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/xiaowei.php?chapter=28_3&index=3
     * @deprecated
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: MicroGetupgradestateRequest;
      },
      MicroGetupgradestateResponse
    >;
  };
  'v2/applyment/micro/modifyarchives': {
    /**
     * 修改结算银行卡
     *
     * 通过此接口可以修改小微商户的入驻资料，例如银行卡号、入驻人姓名等。
     *
     * Sent with the merchant TLS client certificate (`merchant` in Builder.factory).
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/xiaowei.php?chapter=21_2
     * @deprecated
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: MicroModifyarchivesRequest;
      },
      MicroModifyarchivesResponse
    >;
  };
  'v2/applyment/micro/modifycontactinfo': {
    /**
     * 修改联系信息
     *
     * Sent with the merchant TLS client certificate (`merchant` in Builder.factory).
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/xiaowei.php?chapter=21_4
     * @deprecated
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: MicroModifycontactinfoRequest;
      },
      MicroModifycontactinfoResponse
    >;
  };
  'v2/applyment/micro/signcontract': {
    /**
     * 签约报备
     *
     * 若查询申请状态为待签约，接口会一并返回签约二维码，服务商需引导商户使用本人微信扫码完成协议签署。
     *
     * Sent with the merchant TLS client certificate (`merchant` in Builder.factory).
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/xiaowei.php?chapter=19_4
     * @deprecated
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: Record<string, unknown>;
      },
      Record<string, unknown>
    >;
  };
  'v2/applyment/micro/submit': {
    /**
     * 申请入驻
     *
     * 使用申请入驻接口提交你的小微商户资料，申请后一般5分钟左右可以查询到具体的申请结果。
     *
     * Sent with the merchant TLS client certificate (`merchant` in Builder.factory).
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/xiaowei.php?chapter=19_2
     * @deprecated
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: MicroSubmitRequest;
      },
      MicroSubmitResponse
    >;
  };
  'v2/applyment/micro/submitupgrade': {
    /**
     * 提交升级申请单
     *
     * 使用“提交升级申请单”接口为小微商户发起升级流程，根据商户实际情况可升级为个体户、企业、其他组织。
     *
     * Sent with the merchant TLS client certificate (`merchant` in Builder.factory).
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/xiaowei.php?chapter=28_2&index=2
     * @deprecated
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: MicroSubmitupgradeRequest;
      },
      MicroSubmitupgradeResponse
    >;
  };
  'v2/billcommentsp/batchquerycomment': {
    /**
     * 拉取订单评价数据
     *
     * 商户可以通过该接口拉取用户在微信支付交易记录中针对你的支付记录进行的评价内容。商户可结合商户系统逻辑对该内容数据进行存储、分析、展示、客服回访以及其他使用。如商户业务对评价内容有依赖，可主动引导用户进入微信支付交易记录进行评价。
     *
     * Sent with the merchant TLS client certificate (`merchant` in Builder.factory).
     *
     * 官方JSAPI文档: https://pay.weixin.qq.com/wiki/doc/api/jsapi.php?chapter=9_17&index=11
     * 官方NATIVE文档: https://pay.weixin.qq.com/wiki/doc/api/native.php?chapter=9_17&index=11
     * 官方APP文档: https://pay.weixin.qq.com/wiki/doc/api/app/app.php?chapter=9_99&index=12
     * 官方H5文档: https://pay.weixin.qq.com/wiki/doc/api/H5.php?chapter=9_17&index=11
     * 官方小程序支付文档: https://pay.weixin.qq.com/wiki/doc/api/wxa/wxa_api.php?chapter=9_17&index=11
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: BatchquerycommentRequest;
      },
      BatchquerycommentResponse
    >;
  };
  'v2/cgi-bin/mch/customs/customdeclareorder': {
    /**
     * 订单附加信息提交接口
     *
     * 以下为财付通的海关备案信息，财付通10位海关注册编码 4403169D3W
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/external/declarecustom.php?chapter=18_1
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: {
          /**
           * 签名
           * Filled in by the client when left out.
           */
          sign?: string;
          /** 公众账号ID */
          appid: string;
          /** 商户号 */
          mch_id: string;
          /** 商户订单号 */
          out_trade_no: string;
          /** 微信支付订单号 */
          transaction_id: string;
          /**
           * 海关
           *
           * - `GUANGZHOU_ZS`: 广州（总署版）
           * - `HANGZHOU_ZS`: 杭州（总署版）
           * - `NINGBO`: 宁波
           * - `ZHENGZHOU_BS`: 郑州（保税物流中心）
           * - `CHONGQING`: 重庆
           * - `SHANGHAI_ZS`: 上海（总署版）
           * - `SHENZHEN`: 深圳
           * - `ZHENGZHOU_ZH_ZS`: 郑州综保（总署版）
           * - `TIANJIN`: 天津
           */
          customs: 'GUANGZHOU_ZS' | 'HANGZHOU_ZS' | 'NINGBO' | 'ZHENGZHOU_BS' | 'CHONGQING' | 'SHANGHAI_ZS' | 'SHENZHEN' | 'ZHENGZHOU_ZH_ZS' | 'TIANJIN';
          /** 商户海关备案号 */
          mch_customs_no: string;
          /**
           * 关税
           * @format int32
           */
          duty?: number | string;
          /** 报关类型 */
          action_type?: 'ADD' | 'MODIFY';
        } & {
          /** 商户子订单号 */
          sub_order_no?: string;
          /** 币种 */
          fee_type?: string;
          /**
           * 应付金额
           * @format int32
           */
          order_fee?: number | string;
          /**
           * 物流费
           * @format int32
           */
          transport_fee?: number | string;
          /**
           * 商品价格
           * @format int32
           */
          product_fee?: number | string;
        } & {
          /** 证件类型 */
          cert_type?: 'IDCARD';
          /** 证件号码 */
          cert_id?: string;
          /** 姓名 */
          name?: string;
        };
      },
      {
        /** 返回状态码 */
        return_code: 'SUCCESS' | 'FAIL';
        /** 返回信息 */
        return_msg?: string;
      } & ErrCodeDes & {
        /**
         * 状态码
         *
         * - `NDECLARED`: 未申报
         * - `SUBMITTED`: 申报已提交（订单已经送海关，商户重新申报，并且海关还有修改接口，那么记录的状态会是这个）
         * - `PROCESSING`: 申报中
         * - `SUCCESS`: 申报成功
         * - `FAIL`: 申报失败
         * - `EXCEPT`: 海关接口异常
         */
        state: 'NDECLARED' | 'SUBMITTED' | 'PROCESSING' | 'SUCCESS' | 'FAIL' | 'EXCEPT';
        /** 微信支付订单号 */
        transaction_id: string;
        /** 商户订单号 */
        out_trade_no: string;
        /** 商户子订单号 */
        sub_order_no?: string;
        /** 微信子订单号 */
        sub_order_id?: string;
        /** 最后更新时间 */
        modify_time: string;
        /**
         * 订购人和支付人身份信息校验结果
         *
         * - `UNCHECKED`: 商户未上传订购人身份信息
         * - `SAME`: 商户上传的订购人身份信息与支付人身份信息一致
         * - `DIFFERENT`: 商户上传的订购人身份信息与支付人身份信息不一致
         */
        cert_check_result: 'UNCHECKED' | 'SAME' | 'DIFFERENT';
        /**
         * 验核机构**注：商户需将该字段取值`UNIONPAY`/`NETSUNION`/`OTHERS`映射至海关verDept字段的`1`/`2`/`3`**
         *
         * - `UNIONPAY`: 银联
         * - `NETSUNION`: 网联
         * - `OTHERS`: 其他(如余额支付，零钱通支付等)
         */
        verify_department: 'UNIONPAY' | 'NETSUNION' | 'OTHERS';
        /** 验核机构交易流水号 */
        verify_department_trade_id: string;
      }
    >;
  };
  'v2/cgi-bin/mch/customs/customdeclarequery': {
    /**
     * 订单附加信息查询接口
     *
     * 商户通过订单号查询提交的订单附加信息。如果是微信收集的实名信息，查询接口不返回实名信息内容
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/external/declarecustom.php?chapter=18_2
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: {
          /**
           * 签名类型
           * Filled in by the client when left out.
           */
          sign_type?: 'MD5';
          /**
           * 签名
           * Filled in by the client when left out.
           */
          sign?: string;
          /** 公众账号ID */
          appid: string;
          /** 商户号 */
          mch_id: string;
          /**
           * 商户订单号
           * 四选一: give at least one of `transaction_id`, `out_trade_no`, `sub_order_no`, `sub_order_id`.
           */
          out_trade_no?: string;
          /**
           * 微信支付订单号
           * 四选一: give at least one of `transaction_id`, `out_trade_no`, `sub_order_no`, `sub_order_id`.
           */
          transaction_id?: string;
          /**
           * 商户子订单号
           * 四选一: give at least one of `transaction_id`, `out_trade_no`, `sub_order_no`, `sub_order_id`.
           */
          sub_order_no?: string;
          /**
           * 微信子订单号
           * 四选一: give at least one of `transaction_id`, `out_trade_no`, `sub_order_no`, `sub_order_id`.
           */
          sub_order_id?: string;
          /**
           * 海关
           *
           * - `GUANGZHOU_ZS`: 广州（总署版）
           * - `HANGZHOU_ZS`: 杭州（总署版）
           * - `NINGBO`: 宁波
           * - `ZHENGZHOU_BS`: 郑州（保税物流中心）
           * - `CHONGQING`: 重庆
           * - `SHANGHAI_ZS`: 上海（总署版）
           * - `SHENZHEN`: 深圳
           * - `ZHENGZHOU_ZH_ZS`: 郑州综保（总署版）
           * - `TIANJIN`: 天津
           */
          customs: 'GUANGZHOU_ZS' | 'HANGZHOU_ZS' | 'NINGBO' | 'ZHENGZHOU_BS' | 'CHONGQING' | 'SHANGHAI_ZS' | 'SHENZHEN' | 'ZHENGZHOU_ZH_ZS' | 'TIANJIN';
        } & ({ transaction_id: string } | { out_trade_no: string } | { sub_order_no: string } | { sub_order_id: string });
      },
      {
        /** 返回状态码 */
        return_code: 'SUCCESS' | 'FAIL';
        /** 返回信息 */
        return_msg?: string;
      } & {
        /** 签名 */
        sign: string;
        /** 公众账号ID */
        appid: string;
        /** 商户号 */
        mch_id: string;
        /** 业务结果 */
        result_code: 'SUCCESS' | 'FAIL';
        /** 错误代码 */
        err_code?: string;
        /** 错误代码描述 */
        err_code_des?: string;
      } & {
        /** 微信支付订单号 */
        transaction_id: string;
        /**
         * 笔数
         * @format int32
         */
        count: string;
        /** 商户子订单号 */
        sub_order_no_$n?: string;
        /** 微信子订单号 */
        sub_order_id_$n?: string;
        /** 商户海关备案号 */
        mch_customs_no_$n?: string;
        /**
         * 海关
         *
         * - `GUANGZHOU_ZS`: 广州（总署版）
         * - `HANGZHOU_ZS`: 杭州（总署版）
         * - `NINGBO`: 宁波
         * - `ZHENGZHOU_BS`: 郑州（保税物流中心）
         * - `CHONGQING`: 重庆
         * - `SHANGHAI_ZS`: 上海（总署版）
         * - `SHENZHEN`: 深圳
         * - `ZHENGZHOU_ZH_ZS`: 郑州综保（总署版）
         * - `TIANJIN`: 天津
         */
        customs_$n: 'GUANGZHOU_ZS' | 'HANGZHOU_ZS' | 'NINGBO' | 'ZHENGZHOU_BS' | 'CHONGQING' | 'SHANGHAI_ZS' | 'SHENZHEN' | 'ZHENGZHOU_ZH_ZS' | 'TIANJIN';
        /** 币种 */
        fee_type_$n?: string;
        /**
         * 应付金额
         * @format int32
         */
        order_fee_$n?: string;
        /**
         * 关税
         * @format int32
         */
        duty_$n?: string;
        /**
         * 物流费
         * @format int32
         */
        transport_fee_$n?: string;
        /**
         * 商品价格
         * @format int32
         */
        product_fee_$n?: string;
        /**
         * 状态码
         *
         * - `NDECLARED`: 未申报
         * - `SUBMITTED`: 申报已提交（订单已经送海关，商户重新申报，并且海关还有修改接口，那么记录的状态会是这个）
         * - `PROCESSING`: 申报中
         * - `SUCCESS`: 申报成功
         * - `FAIL`: 申报失败
         * - `EXCEPT`: 海关接口异常
         */
        state_$n: 'NDECLARED' | 'SUBMITTED' | 'PROCESSING' | 'SUCCESS' | 'FAIL' | 'EXCEPT';
        /** 申报结果说明 */
        explanation_$n?: string;
        /** 最后更新时间 */
        modify_time_$n: string;
        /**
         * 订购人和支付人身份信息校验结果
         *
         * - `UNCHECKED`: 商户未上传订购人身份信息
         * - `SAME`: 商户上传的订购人身份信息与支付人身份信息一致
         * - `DIFFERENT`: 商户上传的订购人身份信息与支付人身份信息不一致
         */
        cert_check_result_$n: 'UNCHECKED' | 'SAME' | 'DIFFERENT';
        /**
         * 验核机构**注：商户需将该字段取值`UNIONPAY`/`NETSUNION`/`OTHERS`映射至海关verDept字段的`1`/`2`/`3`**
         *
         * - `UNIONPAY`: 银联
         * - `NETSUNION`: 网联
         * - `OTHERS`: 其他(如余额支付，零钱通支付等)
         */
        verify_department: 'UNIONPAY' | 'NETSUNION' | 'OTHERS';
        /** 验核机构交易流水号 */
        verify_department_trade_id: string;
      }
    >;
  };
  'v2/cgi-bin/mch/newcustoms/customdeclareredeclare': {
    /**
     * 订单附加信息重推接口
     *
     * 重点注意：请求接口前请先在以下页面提交您的海关信息，所有你需要报关的海关信息都需要提交，且信息真实有效。
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/external/declarecustom.php?chapter=18_4
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: {
          /**
           * 签名类型
           * Filled in by the client when left out.
           */
          sign_type?: 'MD5';
          /**
           * 签名
           * Filled in by the client when left out.
           */
          sign?: string;
          /** 公众账号ID */
          appid: string;
          /** 商户号 */
          mch_id: string;
          /** 商户订单号 */
          out_trade_no: string;
          /** 微信支付订单号 */
          transaction_id: string;
          /** 商户子订单号 */
          sub_order_no?: string;
          /** 微信子订单号 */
          sub_order_id?: string;
          /**
           * 海关
           *
           * - `GUANGZHOU_ZS`: 广州（总署版）
           * - `HANGZHOU_ZS`: 杭州（总署版）
           * - `NINGBO`: 宁波
           * - `ZHENGZHOU_BS`: 郑州（保税物流中心）
           * - `CHONGQING`: 重庆
           * - `SHANGHAI_ZS`: 上海（总署版）
           * - `SHENZHEN`: 深圳
           * - `ZHENGZHOU_ZH_ZS`: 郑州综保（总署版）
           * - `TIANJIN`: 天津
           */
          customs: 'GUANGZHOU_ZS' | 'HANGZHOU_ZS' | 'NINGBO' | 'ZHENGZHOU_BS' | 'CHONGQING' | 'SHANGHAI_ZS' | 'SHENZHEN' | 'ZHENGZHOU_ZH_ZS' | 'TIANJIN';
          /** 商户海关备案号 */
          mch_customs_no: string;
        };
      },
      {
        /** 返回状态码 */
        return_code: 'SUCCESS' | 'FAIL';
        /** 返回信息 */
        return_msg?: string;
      } & ErrCodeDes & {
        /**
         * 状态码
         *
         * - `UNDECLARED`: 未申报
         * - `SUBMITTED`: 申报已提交（订单已经送海关，商户重新申报，并且海关还有修改接口，那么记录的状态会是这个）
         * - `PROCESSING`: 申报中
         * - `SUCCESS`: 申报成功
         * - `FAIL`: 申报失败
         * - `EXCEPT`: 海关接口异常
         */
        state: 'UNDECLARED' | 'SUBMITTED' | 'PROCESSING' | 'SUCCESS' | 'FAIL' | 'EXCEPT';
        /** 微信支付订单号 */
        transaction_id: string;
        /** 商户订单号 */
        out_trade_no: string;
        /** 商户子订单号 */
        sub_order_no?: string;
        /** 微信子订单号 */
        sub_order_id?: string;
        /** 最后更新时间 */
        modify_time: string;
        /** 申报结果说明 */
        explanation?: string;
      }
    >;
  };
  'v2/deposit/consume': {
    /**
     * 消费押金
     *
     * 微信支付根据商户指令，将用户消费金额扣除手续费后结算给指定商户，剩余金额原路退还给用户，并生成押金退款交易记录，给用户下发押金退还发起通知，并更改押金支付的交易记录。用户押金退还到账后，下发押金退还到账通知。若全部消费，则下发押金全部消费通知;
     *
     * Sent with the merchant TLS client certificate (`merchant` in Builder.factory).
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/deposit_sl.php?chapter=27_4&index=5
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: ConsumeRequest;
      },
      ConsumeResponse
    >;
  };
  'v2/deposit/facepay': {
    /**
     * 支付押金（人脸支付）
     *
     * 商户通过支付押金（人脸）接口发起押金支付请求；用户使用微信支付完成押金支付，支付完成后扣除相应金额，并生成押金交易记录，下发押金支付凭证；支付成功后，为用户下发押金支付凭证；注意：当押金超过一个月未进行处理，会自动执行退款。
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/deposit_sl.php?chapter=27_0&index=1
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: FacepayRequest;
      },
      FacepayResponse
    >;
  };
  'v2/deposit/micropay': {
    /**
     * 支付押金（付款码支付）
     *
     * 商户通过支付押金（付款码）接口发起押金支付请求；用户使用微信支付完成押金支付，支付完成后扣除相应金额，并生成押金交易记录，下发押金支付凭证；支付成功后，为用户下发押金支付凭证；注意：当押金超过一个月未进行处理，会自动执行退款。
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/deposit_sl.php?chapter=27_1&index=2
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: {
          /** 接口版本号 */
          version?: string;
          /** 是否指定服务商分账;Y-是，需要分账;N-否，不分账;字母要求大写，不传默认不分账 */
          profit_sharing?: 'N' | 'Y';
          /** 是否押金支付 */
          deposit: 'Y' | 'N';
          /** 公众账号ID */
          appid: string;
          /** 子商户公众账号ID */
          sub_appid?: string;
          /** 商户号 */
          mch_id: string;
          /** 子商户号 */
          sub_mch_id?: string;
          /** 设备号 */
          device_info?: string;
          /**
           * 随机字符串
           * Filled in by the client when left out.
           */
          nonce_str?: string;
          /**
           * 签名
           * Filled in by the client when left out.
           */
          sign?: string;
          /**
           * 签名类型
           * Filled in by the client when left out.
           */
          sign_type?: 'MD5' | 'HMAC-SHA256';
          /** 商品描述 */
          body: string;
          /**
           * 单品优惠活动该字段必传，`JSON`格式字符串
           * @format jsonObjectLike
           */
          detail?: string;
          /** 附加数据 */
          attach?: string;
          /** 商户订单号 */
          out_trade_no: string;
          /**
           * 订单金额
           * @format int32
           */
          total_fee: number | string;
          /** 货币类型 */
          fee_type: string;
          /** 终端IP */
          spbill_create_ip: string;
          /** 订单优惠标记 */
          goods_tag?: string;
          /** 指定支付方式 */
          limit_pay?: string;
          /** 交易起始时间 */
          time_start?: string;
          /** 交易结束时间 */
          time_expire?: string;
          /** 电子发票入口开放标识 */
          receipt?: string;
          /** 授权码 */
          auth_code: string;
          /**
           * 场景信息`JSON`格式字符串
           * @format jsonObjectLike
           */
          scene_info?: string;
        };
      },
      {
        /** 返回状态码 */
        return_code: 'SUCCESS' | 'FAIL';
        /** 返回信息 */
        return_msg: string;
      } & ErrCodeDes2 & {
        /** 用户标识 */
        openid: string;
        /** 是否关注公众账号 */
        is_subscribe: 'Y' | 'N';
        /** 交易类型 */
        trade_type: string;
        /** 付款银行 */
        bank_type: string;
        /** 货币类型 */
        fee_type?: string;
        /**
         * 订单金额
         * @format int32
         */
        total_fee: string;
        /**
         * 应结订单金额
         * @format int32
         */
        settlement_total_fee?: string;
        /**
         * 代金券金额
         * @format int32
         */
        coupon_fee?: string;
        /** 现金支付货币类型 */
        cash_fee_type?: string;
        /**
         * 现金支付金额
         * @format int32
         */
        cash_fee: string;
        /** 微信支付订单号 */
        transaction_id: string;
        /** 商户订单号 */
        out_trade_no: string;
        /** 商家数据包 */
        attach?: string;
        /** 支付完成时间 */
        time_end: string;
        /** 营销详情 */
        promotion_detail?: string;
      } & {
        /**
         * 营销详情`JSON`格式字符串
         * @format jsonObjectLike
         */
        promotion_detail?: string;
      }
    >;
  };
  'v2/deposit/orderquery': {
    /**
     * 查询订单
     *
     * 该接口提供所有微信支付订单的查询，商户可以通过该接口主动查询订单状态，完成下一步的业务逻辑。押金消费时，押金金额解冻，部分金额退还给用户，部分金额结算给商户。通过该接口可以查询押金消费的目前的具体押金消费单状态：包含退款和结算状态信息。
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/deposit_sl.php?chapter=27_2&index=3
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: OrderqueryRequest;
      },
      OrderqueryResponse
    >;
  };
  'v2/deposit/refund': {
    /**
     * 申请退款（押金）
     *
     * 在押金已消费的情况下，部分金额已结算给商户的资金退还给用户，并为用户下发“退款发起提醒通知“；退款到账后，下发“押金退还到账通知”。可调用多次，允许部分退款;
     *
     * Sent with the merchant TLS client certificate (`merchant` in Builder.factory).
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/deposit_sl.php?chapter=27_5&index=6
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: RefundRequest;
      },
      RefundResponse
    >;
  };
  'v2/deposit/refundquery': {
    /**
     * 查询退款（押金）
     *
     * 提交退款申请后，通过调用该接口查询退款状态。退款有一定延时，用零钱支付的退款20分钟内到账，银行卡支付的退款3个工作日后重新查询退款状态;
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/deposit_sl.php?chapter=27_6&index=7
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: RefundqueryRequest;
      },
      RefundqueryResponse
    >;
  };
  'v2/deposit/reverse': {
    /**
     * 撤销订单
     *
     * 押金退回:在未押金消费的情况下，商户可调用该接口告知微信支付退回押金给用户，微信支付根据商户指令，将押金全部原路返回给用户，并下发押金退还发起通知，退款到账后，下发押金退还到账通知;调用支付接口后请勿立即调用撤销订单API，建议支付后至少15s后再调用撤销订单接口。
     *
     * Sent with the merchant TLS client certificate (`merchant` in Builder.factory).
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/deposit_sl.php?chapter=27_3&index=4
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: ReverseRequest;
      },
      ReverseResponse
    >;
  };
  'v2/deposit/unifiedorder': {
    /**
     * 支付押金（JSAPI/APP支付）
     *
     * 微信支付提供了四种付款方式供用户支付押金：付款码支付、人脸支付、JSAPI支付、APP支付。商户可根据场景需要选择支持哪种付款方式，也可以四种都支持，即四种方式都对接。
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/deposit_sl.php?chapter=27_7&index=1
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/deposit_sl.php?chapter=27_8&index=3
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: {
          /** 服务商应用ID */
          appid: string;
          /** 商户号 */
          mch_id: string;
          /** 子商户应用ID */
          sub_appid?: string;
          /** 子商户号 */
          sub_mch_id: string;
          /** 设备号 */
          device_info?: string;
          /**
           * 随机字符串
           * Filled in by the client when left out.
           */
          nonce_str?: string;
          /**
           * 签名
           * Filled in by the client when left out.
           */
          sign?: string;
          /**
           * 签名类型
           * Filled in by the client when left out.
           */
          sign_type?: 'MD5' | 'HMAC-SHA256';
          /** 商品描述 */
          body: string;
          /**
           * 单品优惠活动该字段必传，`JSON`格式字符串
           * @format jsonObjectLike
           */
          detail?: string;
          /** 附加数据 */
          attach?: string;
          /** 商户订单号 */
          out_trade_no: string;
          /** 货币类型 */
          fee_type: string;
          /**
           * 总金额
           * @format int32
           */
          total_fee: number | string;
          /** 终端IP */
          spbill_create_ip: string;
          /** 交易起始时间 */
          time_start?: string;
          /** 交易结束时间 */
          time_expire?: string;
          /** 通知地址 */
          notify_url: string;
          /** 交易类型 */
          trade_type: 'JSAPI' | 'APP';
          /** 商品ID */
          product_id?: string;
          /** 指定支付方式 */
          limit_pay?: string;
          /** 用户标识 */
          openid?: string;
          /** 用户子标识 */
          sub_openid?: string;
          /** 电子发票入口开放标识 */
          receipt?: 'Y' | 'N';
          /**
           * 场景信息`JSON`格式字符串
           * @format jsonObjectLike
           */
          scene_info?: string;
        };
      },
      {
        /** 返回状态码 */
        return_code: 'SUCCESS' | 'FAIL';
        /** 返回信息 */
        return_msg?: string;
      } & {
        /** 服务商应用ID */
        appid: string;
        /** 商户号 */
        mch_id: string;
        /** 子商户应用ID */
        sub_appid?: string;
        /** 子商户号 */
        sub_mch_id: string;
        /** 设备号 */
        device_info?: string;
        /** 随机字符串 */
        nonce_str: string;
        /** 签名 */
        sign: string;
        /** 业务结果 */
        result_code: 'SUCCESS' | 'FAIL';
        /** 错误代码 */
        err_code?: string;
        /** 错误代码描述 */
        err_code_des?: string;
      } & {
        /** 交易类型 */
        trade_type: 'JSAPI' | 'APP';
        /** 预支付交易会话标识 */
        prepay_id: string;
        /** 二维码链接 */
        code_url?: string;
      }
    >;
  };
  'v2/face/get_wxpayface_authinfo': {
    /**
     * 人脸识别SDK-获取调用凭证
     *
     * 人脸识别通过识别用户人脸，获取用户信息（openid）。此功能常用于商户会员、商品推荐等场景， 此流程无法用于支付。FACEID-ONCE为直接启动人脸识别流程。
     *
     * Host: https://payapp.weixin.qq.com/
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/wxfacepay/develop/android/faceuser.html
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: {
          /** 门店编号， 由商户定义， 各门店唯一。 */
          store_id: string;
          /** 门店名称，由商户定义。（可用于展示） */
          store_name: string;
          /** 终端设备编号，由商户定义。 */
          device_id: string;
          /** 附加字段。字段格式使用Json */
          attach?: string;
          /** 初始化数据。由微信人脸SDK的接口返回。 */
          rawdata: string;
          /** 商户号绑定的公众号/小程序 appid */
          appid: string;
          /** 商户号 */
          mch_id: string;
          /** 子商户绑定的公众号/小程序 appid(服务商模式) */
          sub_appid?: string;
          /** 子商户号(服务商模式) */
          sub_mch_id?: string;
          /** 取当前时间，10位unix时间戳。 */
          now: number | string;
          /** 版本号。固定为1 */
          version: '1';
          /**
           * 签名类型
           * Filled in by the client when left out.
           */
          sign_type?: 'MD5' | 'HMAC-SHA256';
          /**
           * 随机字符串，不长于32位
           * Filled in by the client when left out.
           */
          nonce_str?: string;
          /**
           * 参数签名。
           * Filled in by the client when left out.
           */
          sign?: string;
        };
      },
      {
        /** 返回状态码 */
        return_code: 'SUCCESS' | 'FAIL';
        /** 错误码描述 */
        return_msg?: string;
      } & {
        /** SDK调用凭证。用于调用SDK的人脸识别接口。 */
        authinfo: string;
        /** authinfo的有效时间, 单位秒。 */
        expires_in?: string;
        /** 随机字符串，不长于32位 */
        nonce_str: string;
        /** 参数签名。 */
        sign: string;
        /** 公众号 */
        appid: string;
        /** 商户号 */
        mch_id: string;
        /** 子商户公众账号ID(服务商模式) */
        sub_appid?: string;
        /** 子商户号(服务商模式) */
        sub_mch_id?: string;
      }
    >;
  };
  'v2/fund/queryautowithdrawbydate': {
    /**
     * 查询提现状态
     *
     * 小微商户模式下，与微信支付对接的是服务商，小微商户可能并不感知微信支付，小微商户的日常维护，是登录服务商自建的APP或者公众号，来查询提现状态等等。本API即提供自动提现查询能力给到服务商。说明：1、反映的是小微商户历史自动提现单据的相关信息；2、资金账单中涉及金额的字段单位为“分”。
     *
     * Sent with the merchant TLS client certificate (`merchant` in Builder.factory).
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/xiaowei.php?chapter=21_1
     * @deprecated
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: QueryautowithdrawbydateRequest;
      },
      QueryautowithdrawbydateResponse
    >;
  };
  'v2/fund/reautowithdrawbydate': {
    /**
     * 重新发起提现
     *
     * 微信支付已完成小微商户提现功能的升级，小微商户可在「微信支付商家助手小程序 - 资金管理 - 基本账户」发起手动提现，自动提现的金额调整为 “前一日基本账户日终余额的可用余额部分”。
     *
     * Sent with the merchant TLS client certificate (`merchant` in Builder.factory).
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/xiaowei.php?chapter=21_3
     * @deprecated
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: ReautowithdrawbydateRequest;
      },
      ReautowithdrawbydateResponse
    >;
  };
  'v2/mchrisk/bankquerymchauditinfo': {
    /**
     * 间联模式查询商户审核状态开放接口
     *
     * 为了提升特约商户录入质量，发现并及时中止特约商户风险交易行为，现面向银行服务商开放风险商户数据，支持银行在录入商户前提前核查商户风险、了解风险交易、并且将风险处理结果同步微信支付.用于服务商/银行准入商户时，根据身份证，银行卡号，营业执照等信息查询商户是否有风险。说明：该接口需要提供以下信息至少一种，提供的信息越多，查询结果越准确。
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/mch_bank.php?chapter=9_295
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: BankquerymchauditinfoRequest;
      },
      BankquerymchauditinfoResponse
    >;
  };
  'v2/mchrisk/channelquerymchauditinfo': {
    /**
     * 渠道商查询商户审核信息
     *
     * 用于渠道商查询其下属关联机构进件的商户的审核信息。
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/mch_bank.php?chapter=9_296
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: ChannelquerymchauditinfoRequest;
      },
      ChannelquerymchauditinfoResponse
    >;
  };
  'v2/mchrisk/querymchrisk': {
    /**
     * 事前-风险商户核查接口
     *
     * 为了提升特约商户录入质量，发现并及时中止特约商户风险交易行为，现面向银行服务商开放风险商户数据，支持银行在录入商户前提前核查商户风险、了解风险交易、并且将风险处理结果同步微信支付。用于服务商/银行准入商户时，根据身份证，银行卡号，营业执照等信息查询商户是否有风险。
     *
     * Sent with the merchant TLS client certificate (`merchant` in Builder.factory).
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/mch_bank.php?chapter=9_291
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: QuerymchriskRequest;
      },
      QuerymchriskResponse
    >;
  };
  'v2/mchrisk/setmchriskcallback': {
    /**
     * 设置风险通知回调链接
     *
     * 设置通知回调链接，当支付风险能力平台有事件通知时，通过该链接通知银行或者渠道服务商。
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/mch_bank.php?chapter=9_294
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: SetmchriskcallbackRequest;
      },
      SetmchriskcallbackResponse
    >;
  };
  'v2/mchrisk/syncmchriskresult': {
    /**
     * 事后-风险商户处理结果同步接口
     *
     * 商户收到微信发送的商户风险交易推送后，调用该接口回传风险商户详细信息.
     *
     * Sent with the merchant TLS client certificate (`merchant` in Builder.factory).
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/mch_bank.php?chapter=9_293
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: SyncmchriskresultRequest;
      },
      SyncmchriskresultResponse
    >;
  };
  'v2/mmpaymkttransfers/gethbinfo': {
    /**
     * 查询红包记录
     *
     * 用于商户对已发放的红包进行查询红包的具体信息，可支持普通红包和裂变包。
     *
     * Sent with the merchant TLS client certificate (`merchant` in Builder.factory).
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/tools/cash_coupon.php?chapter=13_6&index=5
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: {
          /**
           * 随机字符串
           * Filled in by the client when left out.
           */
          nonce_str?: string;
          /**
           * 签名
           * Filled in by the client when left out.
           */
          sign?: string;
          /** 商户订单号 */
          mch_billno: string;
          /** 商户号 */
          mch_id: string;
          /** Appid */
          appid: string;
          /** 订单类型 */
          bill_type: 'MCHT';
        };
      },
      {
        /** 返回状态码 */
        return_code: 'SUCCESS' | 'FAIL';
        /** 返回信息 */
        return_msg?: string;
        /** 业务结果 */
        result_code: 'SUCCESS' | 'FAIL';
        /** 错误代码 */
        err_code?: string;
        /** 错误代码描述 */
        err_code_des?: string;
        /** 商户订单号 */
        mch_billno: string;
        /** 商户号 */
        mch_id: string;
        /** 红包单号 */
        detail_id: string;
        /**
         * 红包状态
         *
         * - `SENDING`: 发放中
         * - `SENT`: 已发放待领取
         * - `FAILED`: 发放失败
         * - `RECEIVED`: 已领取
         * - `RFUND_ING`: 退款中
         * - `REFUND`: 已退款
         */
        status: 'SENDING' | 'SENT' | 'FAILED' | 'RECEIVED' | 'RFUND_ING' | 'REFUND';
        /** 发放类型 */
        send_type: 'API' | 'UPLOAD' | 'ACTIVITY';
        /** 红包类型 */
        hb_type: 'NORMAL' | 'GROUP';
        /**
         * 红包个数
         * @format int32
         */
        total_num: string;
        /**
         * 红包金额
         * @format int32
         */
        total_amount: string;
        /** 失败原因 */
        reason?: string;
        /** 红包发送时间 */
        send_time: string;
        /** 红包退款时间 */
        refund_time?: string;
        /**
         * 红包退款金额
         * @format int32
         */
        refund_amount?: string;
        /** 祝福语 */
        wishing?: string;
        /** 活动描述 */
        remark?: string;
        /** 活动名称 */
        act_name?: string;
        /** 红包领取记录 */
        hblist?: {
          /** 裂变红包领取列表 */
          hbinfo?: Array<{
            /** 领取红包的Openid */
            openid?: string;
            /**
             * 金额
             * @format int32
             */
            amount?: string;
            /** 接收时间 */
            rcv_time?: string;
          }>;
        };
      }
    >;
  };
  'v2/mmpaymkttransfers/gettransferinfo': {
    /**
     * 查询企业向微信用户个人付款
     *
     * 付款操作进行结果查询，返回付款操作详细结果。查询企业付款API只支持查询30天内的订单，30天之前的订单请登录商户平台查询。
     *
     * Sent with the merchant TLS client certificate (`merchant` in Builder.factory).
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/tools/mch_pay.php?chapter=14_3
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: {
          /**
           * 随机字符串
           * Filled in by the client when left out.
           */
          nonce_str?: string;
          /**
           * 签名
           * Filled in by the client when left out.
           */
          sign?: string;
          /** 商户订单号 */
          partner_trade_no: string;
          /** 商户号 */
          mch_id: string;
          /** Appid */
          appid: string;
        };
      },
      {
        /** 返回状态码 */
        return_code: 'SUCCESS' | 'FAIL';
        /** 返回信息 */
        return_msg?: string;
        /** 业务结果 */
        result_code: 'SUCCESS' | 'FAIL';
        /** 错误代码 */
        err_code?: string;
        /** 错误代码描述 */
        err_code_des?: string;
        /** 商户单号 */
        partner_trade_no: string;
        /** Appid */
        appid: string;
        /** 商户号 */
        mch_id: string;
        /** 付款单号 */
        detail_id: string;
        /** 转账状态 */
        status: 'SUCCESS' | 'FAILED' | 'PROCESSING';
        /** 失败原因 */
        reason?: string;
        /** 收款用户openid */
        openid: string;
        /** 收款用户姓名 */
        transfer_name?: string;
        /**
         * 付款金额
         * @format int32
         */
        payment_amount: string;
        /** 转账时间 */
        transfer_time: string;
        /** 付款成功时间 */
        payment_time: string;
        /** 企业付款备注 */
        desc: string;
      }
    >;
  };
  'v2/mmpaymkttransfers/promotion/paywwsptrans2pocket': {
    /**
     * 向员工付款
     *
     * 给同一个实名用户付款，单笔单日限额200/200元；一个商户同一日付款总额限额10W；不支持给非实名用户打款；单笔最小金额默认为1元。
     *
     * Sent with the merchant TLS client certificate (`merchant` in Builder.factory).
     *
     * 官方文档: https://open.work.weixin.qq.com/api/doc/90000/90135/90278
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: {
          /** 公众账号appid */
          appid: string;
          /** 商户号 */
          mch_id: string;
          /** 设备号 */
          device_info?: string;
          /**
           * 随机字符串
           * Filled in by the client when left out.
           */
          nonce_str?: string;
          /**
           * 签名
           * Filled in by the client when left out.
           */
          sign?: string;
          /** 商户订单号 */
          partner_trade_no: string;
          /** 用户openid */
          openid: string;
          /**
           * 校验用户姓名选项
           *
           * - `NO_CHECK`: 不校验真实姓名
           * - `FORCE_CHECK`: 强校验真实姓名
           */
          check_name: 'NO_CHECK' | 'FORCE_CHECK';
          /** 收款用户姓名 */
          re_user_name?: string;
          /**
           * 金额
           * @format int32
           */
          amount: number | string;
          /** 企业付款备注 */
          desc: string;
          /** Ip地址 */
          spbill_create_ip: string;
          /** 企业微信签名 */
          workwx_sign: string;
          /** 付款消息类型 */
          ww_msg_type: 'NORMAL_MSG' | 'APPROVAL_MSG';
          /** 审批单号 */
          approval_number: string;
          /**
           * 审批类型
           * @format integer
           */
          approval_type?: 1 | '1';
          /** 项目名称 */
          act_name: string;
          /**
           * 付款的应用id
           * @format integer
           */
          agentid?: string;
        };
      },
      {
        /** 返回状态码 */
        return_code: 'SUCCESS' | 'FAIL';
        /** 返回信息 */
        return_msg?: string;
        /** 公众账号appid */
        appid?: string;
        /** 商户号 */
        mch_id?: string;
        /** 设备号 */
        device_info?: string;
        /** 随机字符串 */
        nonce_str?: string;
        /** 业务结果 */
        result_code: 'SUCCESS' | 'FAIL';
        /** 错误代码 */
        err_code?: string;
        /** 错误代码描述 */
        err_code_des?: string;
        /** 商户订单号 */
        partner_trade_no: string;
        /** 微信付款单号 */
        payment_no: string;
        /** 付款成功时间 */
        payment_time: string;
      }
    >;
  };
  'v2/mmpaymkttransfers/promotion/querywwsptrans2pocket': {
    /**
     * 查询付款记录
     *
     * 用于商户的企业微信企业付款操作进行结果查询，返回付款操作详细结果。查询企业微信企业付款API只支持查询30天内的订单，30天之前的订单请登录商户平台查询。
     *
     * Sent with the merchant TLS client certificate (`merchant` in Builder.factory).
     *
     * 官方文档: https://open.work.weixin.qq.com/api/doc/90000/90135/90279
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: {
          /**
           * 随机字符串
           * Filled in by the client when left out.
           */
          nonce_str?: string;
          /**
           * 签名
           * Filled in by the client when left out.
           */
          sign?: string;
          /** 商户订单号 */
          partner_trade_no?: string;
          /** 商户号 */
          mch_id: string;
          /** Appid */
          appid: string;
        };
      },
      {
        /** 返回状态码 */
        return_code: 'SUCCESS' | 'FAIL';
        /** 返回信息 */
        return_msg?: string;
        /** 业务结果 */
        result_code: 'SUCCESS' | 'FAIL';
        /** 错误代码 */
        err_code?: string;
        /** 错误代码描述 */
        err_code_des?: string;
        /** 商户订单号 */
        partner_trade_no: string;
        /** 商户号 */
        mch_id: string;
        /** 红包单号 */
        detail_id: string;
        /** 红包状态 */
        status: 'SUCCESS' | 'FAILED' | 'PROCESSING';
        /** 失败原因 */
        reason: string;
        /** 收款用户姓名 */
        transfer_name?: string;
        /**
         * 红包退款金额
         * @format int32
         */
        payment_amount: string;
        /** 转账时间 */
        transfer_time: string;
        /** 付款描述 */
        desc: string;
      }
    >;
  };
  'v2/mmpaymkttransfers/promotion/transfers': {
    /**
     * 向微信用户个人付款
     *
     * 目前支持向指定微信用户的openid付款。
     *
     * Sent with the merchant TLS client certificate (`merchant` in Builder.factory).
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/tools/mch_pay.php?chapter=14_2
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: {
          /** 商户账号appid */
          mch_appid: string;
          /** 商户号 */
          mchid: string;
          /** 设备号 */
          device_info?: string;
          /**
           * 随机字符串
           * Filled in by the client when left out.
           */
          nonce_str?: string;
          /**
           * 签名
           * Filled in by the client when left out.
           */
          sign?: string;
          /** 商户订单号 */
          partner_trade_no: string;
          /** 用户openid */
          openid: string;
          /** 校验用户姓名选项 */
          check_name: string;
          /** 收款用户姓名 */
          re_user_name?: string;
          /**
           * 金额
           * @format int32
           */
          amount: number | string;
          /** 企业付款备注 */
          desc: string;
          /** Ip地址 */
          spbill_create_ip: string;
          /** 付款场景，`BRAND_REDPACKET`：品牌红包，其他值或不传则默认为普通付款到零钱 */
          scene?: string;
          /**
           * 品牌ID，品牌在微信支付的唯一标识。仅在付款场景为品牌红包时必填。
           * @format int32
           */
          brand_id?: number | string;
          /** 消息模板ID，品牌在微信支付的唯一标识。仅在付款场景为品牌红包时必填。 */
          finder_template_id?: string;
        };
      },
      {
        /** 返回状态码 */
        return_code: 'SUCCESS' | 'FAIL';
        /** 返回信息 */
        return_msg?: string;
        /** 商户appid */
        mch_appid?: string;
        /** 商户号 */
        mchid?: string;
        /** 设备号 */
        device_info?: string;
        /** 随机字符串 */
        nonce_str?: string;
        /** 业务结果 */
        result_code: 'SUCCESS' | 'FAIL';
        /** 错误代码 */
        err_code?: string;
        /** 错误代码描述 */
        err_code_des?: string;
        /** 商户订单号 */
        partner_trade_no: string;
        /** 微信付款单号 */
        payment_no: string;
        /** 付款成功时间 */
        payment_time: string;
      }
    >;
  };
  'v2/mmpaymkttransfers/query_coupon_stock': {
    /**
     * 查询代金券批次
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/tools/sp_coupon.php?chapter=12_4&index=5
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: QueryCouponStockRequest;
      },
      QueryCouponStockResponse
    >;
  };
  'v2/mmpaymkttransfers/querycouponsinfo': {
    /**
     * 查询代金券信息
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/tools/sp_coupon.php?chapter=12_5&index=6
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: {
          /** 代金券id */
          coupon_id: string;
          /** 用户openid */
          openid: string;
          /** 公众账号ID */
          appid: string;
          /** 商户号 */
          mch_id: string;
          /** 批次号 */
          stock_id: string;
          /** 操作员 */
          op_user_id?: string;
          /** 设备号 */
          device_info?: string;
          /**
           * 随机字符串
           * Filled in by the client when left out.
           */
          nonce_str?: string;
          /**
           * 签名
           * Filled in by the client when left out.
           */
          sign?: string;
          /** 协议版本 */
          version?: '1.0';
          /** 协议类型 */
          type?: 'XML';
        };
      },
      {
        /** 返回状态码 */
        return_code: 'SUCCESS' | 'FAIL';
        /** 返回信息 */
        return_msg?: string;
        /** 公众账号ID */
        appid: string;
        /** 商户号 */
        mch_id: string;
        /** 子商户号 */
        sub_mch_id?: string;
        /** 设备号 */
        device_info?: string;
        /** 随机字符串 */
        nonce_str: string;
        /** 签名 */
        sign: string;
        /** 业务结果 */
        result_code: 'SUCCESS' | 'FAIL';
        /** 错误代码 */
        err_code?: string;
        /** 错误代码描述 */
        err_code_des?: string;
        /** 代金券批次ID */
        coupon_stock_id: string;
        /** 代金券id */
        coupon_id: string;
        /**
         * 代金券面额
         * @format int32
         */
        coupon_value: string;
        /**
         * 代金券使用最低限额
         * @format int32
         */
        coupon_mininumn?: string;
        /** 代金券名称 */
        coupon_name: string;
        /** 代金券状态 */
        coupon_state: 'SENDED' | 'USED' | 'EXPIRED';
        /** 代金券描述 */
        coupon_desc: string;
        /**
         * 代金券实际使用金额
         * @format int32
         */
        coupon_use_value: string;
        /**
         * 优惠剩余可用额
         * @format int32
         */
        coupon_remain_value: string;
        /** 发放来源 */
        send_source: 'FULL_SEND' | 'NORMAL';
        /** 是否允许部分使用 */
        is_partial_use?: '1';
      }
    >;
  };
  'v2/mmpaymkttransfers/queryworkwxredpack': {
    /**
     * 查询红包记录
     *
     * 查询红包记录API只支持查询30天内的红包订单，30天之前的红包订单请登录商户平台查询。如果查询单号对应的数据不存在，那么数据不存在的原因可能是：（1）发放请求还在处理中；（2）红包发放处理失败导致红包订单没有落地。在上述情况下，商户首先需要检查该商户订单号是否确实是自己发起的，如果商户确认是自己发起的，则请商户不要直接当做红包发放失败处理，请商户隔几分钟再尝试查询，或者商户可以通过相同的商户订单号再次发起发放请求。如果商户误把还在发放中的订单直接当发放失败处理，商户应当自行承担因此产生的所有损失和责任。
     *
     * Sent with the merchant TLS client certificate (`merchant` in Builder.factory).
     *
     * 官方文档: https://open.work.weixin.qq.com/api/doc/90000/90135/90276
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: {
          /**
           * 随机字符串
           * Filled in by the client when left out.
           */
          nonce_str?: string;
          /**
           * 签名
           * Filled in by the client when left out.
           */
          sign?: string;
          /** 商户订单号 */
          mch_billno: string;
          /** 商户号 */
          mch_id: string;
          /** Appid */
          appid: string;
        };
      },
      {
        /** 返回状态码 */
        return_code: 'SUCCESS' | 'FAIL';
        /** 返回信息 */
        return_msg?: string;
        /** 微信支付签名 */
        sign?: string;
        /** 业务结果 */
        result_code: 'SUCCESS' | 'FAIL';
        /** 错误代码 */
        err_code?: string;
        /** 错误代码描述 */
        err_code_des?: string;
        /** 商户订单号 */
        mch_billno: string;
        /** 商户号 */
        mch_id: string;
        /** 红包单号 */
        detail_id: string;
        /**
         * 红包状态
         *
         * - `SENDING`: 发放
         * - `SENT`: 已发放待领取
         * - `FAILED`: 发放失败
         * - `RECEIVED`: 已领取
         * - `RFUND_ING`: 退款中
         * - `REFUND`: 已退款
         */
        status: 'SENDING' | 'SENT' | 'FAILED' | 'RECEIVED' | 'RFUND_ING' | 'REFUND';
        /** 发放类型 */
        send_type: 'API';
        /**
         * 红包金额
         * @format int32
         */
        total_amount: string;
        /** 失败原因 */
        reason?: string;
        /** 红包发送时间 */
        send_time: string;
        /** 红包退款时间 */
        refund_time?: string;
        /**
         * 红包退款金额
         * @format int32
         */
        refund_amount?: string;
        /** 祝福语 */
        wishing?: string;
        /** 活动描述 */
        remark?: string;
        /** 活动名称 */
        act_name?: string;
        /** 领取红包的Openid */
        openid: string;
        /**
         * 金额
         * @format int32
         */
        amount: string;
        /** 接收时间 */
        rcv_time: string;
        /** 发送者名称 */
        sender_name?: string;
        /** 发送者头像 */
        sender_header_media_id?: string;
      }
    >;
  };
  'v2/mmpaymkttransfers/send_coupon': {
    /**
     * 发放代金券
     *
     * 用于商户主动调用接口给用户发放代金券的场景，已做防小号处理，给小号发放代金券将返回错误码。**注意：通过接口发放的代金券不会进入微信卡包**
     *
     * Sent with the merchant TLS client certificate (`merchant` in Builder.factory).
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/tools/sp_coupon.php?chapter=12_3&index=4
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: SendCouponRequest;
      },
      SendCouponResponse
    >;
  };
  'v2/mmpaymkttransfers/sendgroupredpack': {
    /**
     * 发放裂变红包
     *
     * 裂变红包：一次可以发放一组红包。首先领取的用户为种子用户，种子用户领取一组红包当中的一个，并可以通过社交分享将剩下的红包给其他用户。裂变红包充分利用了人际传播的优势。
     *
     * Sent with the merchant TLS client certificate (`merchant` in Builder.factory).
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/tools/cash_coupon.php?chapter=13_5&index=4
     * @deprecated
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: {
          /**
           * 随机字符串
           * Filled in by the client when left out.
           */
          nonce_str?: string;
          /**
           * 签名
           * Filled in by the client when left out.
           */
          sign?: string;
          /** 商户订单号 */
          mch_billno: string;
          /** 商户号 */
          mch_id: string;
          /** 公众账号appid */
          wxappid: string;
          /** 商户名称 */
          send_name: string;
          /** 用户openid */
          re_openid: string;
          /**
           * 总金额
           * @format int32
           */
          total_amount: number | string;
          /**
           * 红包发放总人数
           * @format int32
           */
          total_num: number | string;
          /** 红包金额设置方式 */
          amt_type: 'ALL_RAND';
          /** 红包祝福语 */
          wishing: string;
          /** 活动名称 */
          act_name: string;
          /** 备注 */
          remark: string;
          /**
           * 场景id
           *
           * - `PRODUCT_1`: 商品促销
           * - `PRODUCT_2`: 抽奖
           * - `PRODUCT_3`: 虚拟物品兑奖
           * - `PRODUCT_4`: 企业内部福利
           * - `PRODUCT_5`: 渠道分润
           * - `PRODUCT_6`: 保险回馈
           * - `PRODUCT_7`: 彩票派奖
           * - `PRODUCT_8`: 税务刮奖
           */
          scene_id?: 'PRODUCT_1' | 'PRODUCT_2' | 'PRODUCT_3' | 'PRODUCT_4' | 'PRODUCT_5' | 'PRODUCT_6' | 'PRODUCT_7' | 'PRODUCT_8';
          /** 活动信息 */
          risk_info?: string;
        };
      },
      {
        /** 返回状态码 */
        return_code: 'SUCCESS' | 'FAIL';
        /** 返回信息 */
        return_msg?: string;
        /** 业务结果 */
        result_code: 'SUCCESS' | 'FAIL';
        /** 错误代码 */
        err_code?: string;
        /** 错误代码描述 */
        err_code_des?: string;
        /** 商户订单号 */
        mch_billno: string;
        /** 商户号 */
        mch_id: string;
        /** 公众账号appid */
        wxappid: string;
        /** 用户openid */
        re_openid: string;
        /**
         * 总金额
         * @format int32
         */
        total_amount: string;
        /** 微信单号 */
        send_listid: string;
      }
    >;
  };
  'v2/mmpaymkttransfers/sendminiprogramhb': {
    /**
     * 发放小程序红包接口
     *
     * 红包金额大于200或者小于1元时，请求参数scene_id必传，参数说明见下文。◆ 根据监管要求，新申请商户号使用小程序红包需要满足两个条件：1、入驻时间超过90天 2、连续正常交易30天。◆ 移动应用的appid无法使用红包接口。
     *
     * Sent with the merchant TLS client certificate (`merchant` in Builder.factory).
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/tools/cash_coupon_xcx.php?chapter=18_2&index=3
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: {
          /**
           * 随机字符串
           * Filled in by the client when left out.
           */
          nonce_str?: string;
          /**
           * 签名
           * Filled in by the client when left out.
           */
          sign?: string;
          /** 商户订单号 */
          mch_billno: string;
          /** 商户号 */
          mch_id: string;
          /** 公众账号appid */
          wxappid: string;
          /** 商户名称 */
          send_name: string;
          /** 用户openid */
          re_openid: string;
          /**
           * 付款金额
           * @format int32
           */
          total_amount: number | string;
          /**
           * 红包发放总人数
           * @format int32
           */
          total_num: number | string;
          /** 红包祝福语 */
          wishing: string;
          /** 活动名称 */
          act_name: string;
          /** 备注 */
          remark: string;
          /** 活动信息 */
          notify_way: 'MINI_PROGRAM_JSAPI';
          /**
           * 场景id
           *
           * - `PRODUCT_1`: 商品促销
           * - `PRODUCT_2`: 抽奖
           * - `PRODUCT_3`: 虚拟物品兑奖
           * - `PRODUCT_4`: 企业内部福利
           * - `PRODUCT_5`: 渠道分润
           * - `PRODUCT_6`: 保险回馈
           * - `PRODUCT_7`: 彩票派奖
           * - `PRODUCT_8`: 税务刮奖
           */
          scene_id?: 'PRODUCT_1' | 'PRODUCT_2' | 'PRODUCT_3' | 'PRODUCT_4' | 'PRODUCT_5' | 'PRODUCT_6' | 'PRODUCT_7' | 'PRODUCT_8';
        };
      },
      {
        /** 返回状态码 */
        return_code: 'SUCCESS' | 'FAIL';
        /** 返回信息 */
        return_msg?: string;
        /** 业务结果 */
        result_code: 'SUCCESS' | 'FAIL';
        /** 错误代码 */
        err_code?: string;
        /** 错误代码描述 */
        err_code_des?: string;
        /** 商户订单号 */
        mch_billno: string;
        /** 商户号 */
        mch_id: string;
        /** 公众账号appid */
        wxappid: string;
        /** 用户openid */
        re_openid: string;
        /**
         * 付款金额
         * @format int32
         */
        total_amount: string;
        /** 微信单号 */
        send_listid: string;
        /** Jsapi的入参 */
        package: string;
      }
    >;
  };
  'v2/mmpaymkttransfers/sendredpack': {
    /**
     * 发放普通红包
     *
     * 现金红包发放后会以公众号消息的形式触达用户，不同情况下触达消息的形式会有差别，相关规则如下：1.已关注公众号的用户，使用“防伪消息”触达；2.未关注公众号的用户，使用“模板消息”触达。
     *
     * Sent with the merchant TLS client certificate (`merchant` in Builder.factory).
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/tools/cash_coupon_sl.php?chapter=13_4&index=3
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/tools/cash_coupon.php?chapter=13_4&index=3
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: {
          /**
           * 随机字符串
           * Filled in by the client when left out.
           */
          nonce_str?: string;
          /**
           * 签名
           * Filled in by the client when left out.
           */
          sign?: string;
          /** 商户订单号 */
          mch_billno: string;
          /** 商户号 */
          mch_id: string;
          /** 子商户号 */
          sub_mch_id?: string;
          /** 触达用户appid */
          msgappid?: string;
          /** 公众账号appid */
          wxappid: string;
          /** 商户名称 */
          send_name: string;
          /** 用户openid */
          re_openid: string;
          /**
           * 付款金额
           * @format int32
           */
          total_amount: number | string;
          /**
           * 红包发放总人数
           * @format int32
           */
          total_num: number | string;
          /** 红包祝福语 */
          wishing: string;
          /** Ip地址 */
          client_ip: string;
          /** 活动名称 */
          act_name: string;
          /** 备注 */
          remark: string;
          /**
           * 场景id
           *
           * - `PRODUCT_1`: 商品促销
           * - `PRODUCT_2`: 抽奖
           * - `PRODUCT_3`: 虚拟物品兑奖
           * - `PRODUCT_4`: 企业内部福利
           * - `PRODUCT_5`: 渠道分润
           * - `PRODUCT_6`: 保险回馈
           * - `PRODUCT_7`: 彩票派奖
           * - `PRODUCT_8`: 税务刮奖
           */
          scene_id?: 'PRODUCT_1' | 'PRODUCT_2' | 'PRODUCT_3' | 'PRODUCT_4' | 'PRODUCT_5' | 'PRODUCT_6' | 'PRODUCT_7' | 'PRODUCT_8';
          /** 活动信息 */
          risk_info?: string;
        };
      },
      {
        /** 返回状态码 */
        return_code: 'SUCCESS' | 'FAIL';
        /** 返回信息 */
        return_msg?: string;
        /** 业务结果 */
        result_code: 'SUCCESS' | 'FAIL';
        /** 错误代码 */
        err_code?: string;
        /** 错误代码描述 */
        err_code_des?: string;
        /** 商户订单号 */
        mch_billno: string;
        /** 商户号 */
        mch_id: string;
        /** 公众账号appid */
        wxappid: string;
        /** 用户openid */
        re_openid: string;
        /**
         * 付款金额
         * @format int32
         */
        total_amount: string;
        /** 微信单号 */
        send_listid: string;
      }
    >;
  };
  'v2/mmpaymkttransfers/sendworkwxredpack': {
    /**
     * 发放企业红包
     *
     * 红包金额大于200或者小于1元时，请求参数scene_id必传，参数说明见下文。根据监管要求，新申请商户号使用现金红包需要满足两个条件：1、入驻时间超过90天 2、连续正常交易30天。移动应用的appid无法使用红包接口。
     *
     * Sent with the merchant TLS client certificate (`merchant` in Builder.factory).
     *
     * 官方文档: https://open.work.weixin.qq.com/api/doc/90000/90135/90275
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: {
          /**
           * 随机字符串
           * Filled in by the client when left out.
           */
          nonce_str?: string;
          /**
           * 签名
           * Filled in by the client when left out.
           */
          sign?: string;
          /** 商户订单号 */
          mch_billno: string;
          /** 商户号 */
          mch_id: string;
          /** 公众账号appid */
          wxappid: string;
          /**
           * 发送红包的应用id
           * @format integer
           */
          agentid?: string;
          /** 发送者名称 */
          sender_name: string;
          /** 发送者头像 */
          sender_header_media_id?: string;
          /** 用户openid */
          re_openid: string;
          /**
           * 付款金额
           * @format int32
           */
          total_amount: number | string;
          /** 红包祝福语 */
          wishing: string;
          /** 活动名称 */
          act_name: string;
          /** 备注 */
          remark: string;
          /** 场景id */
          scene_id?: 'PRODUCT_1' | 'PRODUCT_2' | 'PRODUCT_3' | 'PRODUCT_4' | 'PRODUCT_5' | 'PRODUCT_6' | 'PRODUCT_7' | 'PRODUCT_8';
          /** 企业微信签名 */
          workwx_sign: string;
        };
      },
      {
        /** 返回状态码 */
        return_code: 'SUCCESS' | 'FAIL';
        /** 返回信息 */
        return_msg?: string;
        /** 微信支付签名 */
        sign?: string;
        /** 业务结果 */
        result_code: 'SUCCESS' | 'FAIL';
        /** 错误代码 */
        err_code?: string;
        /** 错误代码描述 */
        err_code_des?: string;
        /** 商户订单号 */
        mch_billno: string;
        /** 商户号 */
        mch_id: string;
        /** 公众账号appid */
        wxappid: string;
        /** 用户openid */
        re_openid: string;
        /**
         * 付款金额
         * @format int32
         */
        total_amount: string;
        /** 微信单号 */
        send_listid: string;
        /** 发送者名称 */
        sender_name?: string;
        /** 发送者头像 */
        sender_header_media_id?: string;
      }
    >;
  };
  'v2/mmpaysptrans/pay_bank': {
    /**
     * 企业付款到银行卡
     *
     * 企业付款业务是基于微信支付商户平台的资金管理能力，为了协助商户方便地实现企业向银行卡付款，针对部分有开发能力的商户，提供通过API完成企业付款到银行卡的功能。
     *
     * Sent with the merchant TLS client certificate (`merchant` in Builder.factory).
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/tools/mch_pay.php?chapter=24_2
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: {
          /** 商户号 */
          mch_id: string;
          /** 商户企业付款单号 */
          partner_trade_no: string;
          /**
           * 随机字符串
           * Filled in by the client when left out.
           */
          nonce_str?: string;
          /**
           * 签名
           * Filled in by the client when left out.
           */
          sign?: string;
          /**
           * 收款方银行卡号
           * @format base64
           */
          enc_bank_no: string;
          /**
           * 收款方用户名
           * @format base64
           */
          enc_true_name: string;
          /** 收款方开户行 */
          bank_code: string;
          /**
           * 付款金额
           * @format int32
           */
          amount: number | string;
          /** 付款说明 */
          desc?: string;
        };
      },
      {
        /** 返回状态码 */
        return_code: 'SUCCESS' | 'FAIL';
        /** 返回信息 */
        return_msg?: string;
      } & {
        /** 业务结果 */
        result_code: 'SUCCESS' | 'FAIL';
        /** 错误代码 */
        err_code?: string;
        /** 错误代码描述 */
        err_code_des?: string;
        /** 商户号 */
        mch_id: string;
        /** 商户企业付款单号 */
        partner_trade_no: string;
        /**
         * 代付金额
         * @format int32
         */
        amount: string;
        /** 随机字符串 */
        nonce_str: string;
        /** 签名 */
        sign: string;
      } & {
        /** 微信企业付款单号 */
        payment_no: string;
        /**
         * 手续费金额
         * @format int32
         */
        cmms_amt: string;
      }
    >;
  };
  'v2/mmpaysptrans/query_bank': {
    /**
     * 查询企业付款银行卡
     *
     * 用于对商户企业付款到银行卡操作进行结果查询，返回付款操作详细结果。
     *
     * Sent with the merchant TLS client certificate (`merchant` in Builder.factory).
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/tools/mch_pay.php?chapter=24_3
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: {
          /** 商户号 */
          mch_id: string;
          /** 商户企业付款单号 */
          partner_trade_no: string;
          /**
           * 随机字符串
           * Filled in by the client when left out.
           */
          nonce_str?: string;
          /**
           * 签名
           * Filled in by the client when left out.
           */
          sign?: string;
        };
      },
      {
        /** 返回状态码 */
        return_code: 'SUCCESS' | 'FAIL';
        /** 返回信息 */
        return_msg?: string;
      } & {
        /** 业务结果 */
        result_code: 'SUCCESS' | 'FAIL';
        /** 错误代码 */
        err_code?: string;
        /** 错误代码描述 */
        err_code_des?: string;
      } & {
        /** 商户号 */
        mch_id: string;
        /** 商户企业付款单号 */
        partner_trade_no: string;
        /** 微信企业付款单号 */
        payment_no: string;
        /** 银行卡号 */
        bank_no_md5: string;
        /** 用户真实姓名 */
        true_name_md5: string;
        /**
         * 代付金额
         * @format int32
         */
        amount: string;
        /** 代付单状态 */
        status: 'SUCCESS' | 'FAILED' | 'PROCESSING' | 'BANK_FAIL';
        /**
         * 手续费金额
         * @format int32
         */
        cmms_amt: string;
        /** 商户下单时间 */
        create_time: string;
        /** 成功付款时间 */
        pay_succ_time?: string;
        /** 失败原因 */
        reason?: string;
      }
    >;
  };
  'v2/papay/deletecontract': {
    /**
     * 申请解约
     *
     * 商户与用户的签约关系有误或者商户主动要求与用户解除之前的签约协议时可调用此接口完成解约。
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/wxpay_v2/papay/chapter3_9.shtml
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: DeletecontractRequest & ServiceproviderSubsIn;
      },
      DeletecontractResponse & ServiceproviderSubsOut
    >;
  };
  'v2/papay/entrustweb': {
    /**
     * 公众号纯签约
     *
     * 商户可以通过请求此接口唤起微信委托代扣的页面。
     *
     * 官方文档: https://pay.weixin.qq.com/doc/v2/merchant/4011986768
     */
    get: Op<
      V2Extras & {
        /** Query parameters. */
        query?: {
          /** 应用ID */
          appid?: string;
          /** 商户号 */
          mch_id?: string;
          /** 模板id */
          plan_id?: number | string;
          /** 签约协议号 */
          contract_code?: string;
          /** 请求序列号 */
          request_serial?: number | string;
          /** 用户账户展示名称 */
          contract_display_account?: string;
          /** 回调通知url */
          notify_url?: string;
          /** 版本号 */
          version?: string;
          /** 签名 */
          sign?: string;
          /** 时间戳 */
          timestamp?: string;
          /** 返回web */
          return_web?: number | string;
        };
      },
      void
    >;
  };
  'v2/papay/h5entrustweb': {
    /**
     * H5纯签约
     *
     * 该方式适用于手机、平板电脑等使用H5浏览器的设备场景使用微信签约扣款。商户在网站前端通过微信支付H5纯签约接口与用户签订委托扣款协议，再通过后台接口申请扣款来完成代扣交易。
     *
     * 官方文档: https://pay.weixin.qq.com/doc/v2/merchant/4011987295
     */
    get: Op<
      V2Extras & {
        /** Query parameters. */
        query: {
          /** 应用ID */
          appid: string;
          /** 商户号 */
          mch_id: string;
          /** 模板id */
          plan_id: string;
          /** 签约协议号 */
          contract_code: string;
          /** 请求序列号 */
          request_serial: number | string;
          /** 用户账户展示名称 */
          contract_display_account: string;
          /** 回调通知url */
          notify_url: string;
          /** 版本号 */
          version: string;
          /** 签名 */
          sign?: string;
          /** 签名类型 */
          sign_type?: 'HMAC-SHA256' | 'MD5';
          /** 时间戳 */
          timestamp: string;
          /** 客户端 IP */
          clientip: string;
          /** 回调应用appid */
          return_appid?: string;
        };
      },
      RedirectUrl
    >;
  };
  'v2/papay/partner/deletecontract': {
    /**
     * 申请解约
     *
     * 商户与用户的签约关系有误或者商户主动要求与用户解除之前的签约协议时可调用此接口完成解约。
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: {
          /** 请求appid */
          appid: string;
          /** 子商户公众账号ID */
          sub_appid?: string;
          /** 商户号 */
          mch_id: string;
          /** 子商户号 */
          sub_mch_id: string;
          /**
           * 签名
           * Filled in by the client when left out.
           */
          sign?: string;
          /** 模板id */
          plan_id?: string;
          /** 签约协议号 */
          contract_code?: string;
          /** 委托代扣协议id */
          contract_id?: string;
          /** 解约备注 */
          contract_termination_remark: string;
          /** 版本号 */
          version: '1.0';
        };
      },
      {
        /** 返回状态码 */
        return_code: 'SUCCESS' | 'FAIL';
        /** 返回信息 */
        return_msg: string;
      } & {
        /** 公众账号id */
        appid: string;
        /** 子商户公众账号ID */
        sub_appid?: string;
        /** 商户号 */
        mch_id: string;
        /** 子商户号 */
        sub_mch_id: string;
        /** 委托代扣协议id */
        contract_id: string;
        /** 模板id */
        plan_id: string;
        /** 签约协议号 */
        contract_code: string;
        /** 业务结果 */
        result_code: 'SUCCESS' | 'FAIL';
        /** 错误代码 */
        err_code?: string;
        /** 错误代码描述 */
        err_code_des?: string;
        /** 签名 */
        sign: string;
      }
    >;
  };
  'v2/papay/partner/entrustweb': {
    /**
     * 公众号纯签约
     *
     * 商户可以通过请求此接口唤起微信委托代扣的页面。
     *
     * Roles: 服务商.
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/wxpay_v2/papay/chapter5_1.shtml
     */
    get: Op<
      V2Extras & {
        /** Query parameters. */
        query?: {
          /** 应用ID */
          appid?: string;
          /** 商户号 */
          mch_id?: string;
          /** 子商户应用ID */
          sub_appid?: string;
          /** 子商户号 */
          sub_mch_id?: string;
          /** 模板id */
          plan_id?: number | string;
          /** 签约协议号 */
          contract_code?: string;
          /** 请求序列号 */
          request_serial?: number | string;
          /** 用户账户展示名称 */
          contract_display_account?: string;
          /** 回调通知url */
          notify_url?: string;
          /** 版本号 */
          version?: string;
          /** 签名 */
          sign?: string;
          /** 时间戳 */
          timestamp?: string;
          /** 返回web */
          return_web?: number | string;
        };
      },
      void
    >;
  };
  'v2/papay/partner/h5entrustweb': {
    /**
     * H5纯签约
     *
     * 该方式适用于手机、平板电脑等使用H5浏览器的设备场景使用微信签约扣款。商户在网站前端通过微信支付H5纯签约接口与用户签订委托扣款协议，再通过后台接口申请扣款来完成代扣交易。
     *
     * Roles: 服务商.
     *
     * 官方文档: https://pay.weixin.qq.com/doc/v2/partner/4011988368
     */
    get: Op<
      V2Extras & {
        /** Query parameters. */
        query: {
          /** 应用ID */
          appid: string;
          /** 商户号 */
          mch_id: string;
          /** 子商户应用ID */
          sub_appid?: string;
          /** 子商户号 */
          sub_mch_id: string;
          /** 模板id */
          plan_id: string;
          /** 签约协议号 */
          contract_code: string;
          /** 请求序列号 */
          request_serial: number | string;
          /** 用户账户展示名称 */
          contract_display_account: string;
          /** 回调通知url */
          notify_url: string;
          /** 版本号 */
          version: string;
          /** 签名 */
          sign?: string;
          /** 签名类型 */
          sign_type?: 'HMAC-SHA256' | 'MD5';
          /** 时间戳 */
          timestamp: string;
          /** 客户端 IP */
          clientip: string;
          /** 设备ID */
          deviceid?: string;
          /** 手机号 */
          mobile?: string;
          /** 邮箱地址 */
          email?: string;
          /** QQ号 */
          qq?: string;
          /** 微信openID */
          openid?: string;
          /** 身份证号 */
          creid?: string;
          /** 商户侧用户标识 */
          outerid?: string;
          /** 回调应用appid */
          return_appid?: string;
        };
      },
      RedirectUrl
    >;
  };
  'v2/papay/partner/preentrustweb': {
    /**
     * APP纯签约
     *
     * 外部App拉起微信客户端发起签约前，需先后台调用预签约接口完成预签约，获取pre_entrustweb_id，再拉起微信客户端，完成签约，返回App。
     *
     * Roles: 服务商.
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/wxpay_v2/papay/chapter5_2.shtml
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: ReturnApp;
      },
      {
        /** 返回状态码 */
        return_code: 'SUCCESS' | 'FAIL';
        /** 返回信息 */
        return_msg?: string;
        /** 业务结果 */
        result_code: 'SUCCESS' | 'FAIL';
        /** 错误代码 */
        err_code?: string;
        /** 错误代码描述 */
        err_code_des?: string;
        /** 请求appid */
        appid: string;
        /** 商户号 */
        mch_id: string;
        /** 子商户应用ID */
        sub_appid?: string;
        /** 子商户号 */
        sub_mch_id: string;
        /** 随机字符串 */
        nonce_str: string;
        /** 签名 */
        sign: string;
        /** 跳转签约小程序的username */
        miniprogram_username?: string;
        /** 跳转签约小程序的path */
        miniprogram_path?: string;
        /** 预签约id */
        pre_entrustweb_id: string;
      }
    >;
  };
  'v2/papay/partner/querycontract': {
    /**
     * 查询签约关系
     *
     * 查询签约关系接口提供单笔签约关系查询。
     *
     * Roles: 服务商.
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/wxpay_v2/papay/chapter5_7.shtml
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: {
          /** 应用ID */
          appid: string;
          /** 商户号 */
          mch_id: string;
          /** 子商户应用ID */
          sub_appid?: string;
          /** 子商户号 */
          sub_mch_id?: string;
          /** 委托代扣协议id */
          contract_id?: string;
          /** 模板id */
          plan_id?: string;
          /** 签约协议号 */
          contract_code?: string;
          /** 版本号 */
          version: '1.0';
          /**
           * 签名
           * Filled in by the client when left out.
           */
          sign?: string;
        };
      },
      QuerycontractResponse & ServiceproviderSubsOut
    >;
  };
  'v2/papay/preentrustweb': {
    /**
     * APP纯签约
     *
     * 外部App拉起微信客户端发起签约前，需先后台调用预签约接口完成预签约，获取pre_entrustweb_id，再拉起微信客户端，完成签约，返回App。
     *
     * Roles: 普通商户.
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/wxpay_v2/papay/chapter5_2.shtml
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: ReturnApp;
      },
      {
        /** 返回状态码 */
        return_code: 'SUCCESS' | 'FAIL';
        /** 返回信息 */
        return_msg?: string;
        /** 业务结果 */
        result_code: 'SUCCESS' | 'FAIL';
        /** 错误代码 */
        err_code?: string;
        /** 错误代码描述 */
        err_code_des?: string;
        /** 请求appid */
        appid: string;
        /** 商户号 */
        mch_id: string;
        /** 随机字符串 */
        nonce_str: string;
        /** 签名 */
        sign: string;
        /** 跳转签约小程序的username */
        miniprogram_username?: string;
        /** 跳转签约小程序的path */
        miniprogram_path?: string;
        /** 预签约id */
        pre_entrustweb_id: string;
      }
    >;
  };
  'v2/papay/querycontract': {
    /**
     * 查询签约关系
     *
     * 查询签约关系接口提供单笔签约关系查询。注意：查询签约关系可通过下面两种方式查询：方式一：使用微信返回的委托代扣协议contract_id进行查询。方式二：plan_id+contract_code模式：传入模板id和签约协议号进行查询。两种查询方式返回结果相同。
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/wxpay_v2/papay/chapter3_7.shtml
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: QuerycontractRequest;
      },
      QuerycontractResponse
    >;
  };
  'v2/pay/closecombinedorder': {
    /**
     * 合单关单
     *
     * 合单支付订单只能使用此合单关单api完成关单。调用关单接口：商户订单支付失败需要生成新单号重新发起支付，要对原订单号调用关单，避免重复支付；系统下单后，用户支付超时，系统退出不再受理，避免用户继续，请调用关单接口。**注意：订单生成后不能马上调用关单接口，最短调用时间间隔为1分钟。**
     *
     * 官方合单支付文档: https://pay.weixin.qq.com/wiki/doc/api/combine.php?chapter=24_2&index=3
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: ClosecombinedorderRequest;
      },
      ClosecombinedorderResponse
    >;
  };
  'v2/pay/closeorder': {
    /**
     * 关闭订单
     *
     * 以下情况需要调用关单接口：商户订单支付失败需要生成新单号重新发起支付，要对原订单号调用关单，避免重复支付；系统下单后，用户支付超时，系统退出不再受理，避免用户继续，请调用关单接口。**注意：订单生成后不能马上调用关单接口，最短调用时间间隔为5分钟。**
     *
     * 官方JSAPI文档: https://pay.weixin.qq.com/wiki/doc/api/jsapi.php?chapter=9_3
     * 官方NATIVE文档: https://pay.weixin.qq.com/wiki/doc/api/native.php?chapter=9_3
     * 官方APP文档: https://pay.weixin.qq.com/wiki/doc/api/app/app.php?chapter=9_3&index=5
     * 官方H5文档: https://pay.weixin.qq.com/wiki/doc/api/H5.php?chapter=9_3&index=3
     * 官方小程序支付文档: https://pay.weixin.qq.com/wiki/doc/api/wxa/wxa_api.php?chapter=9_3
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: CloseorderRequest;
      },
      CloseorderResponse
    >;
  };
  'v2/pay/combinedorder': {
    /**
     * 合单下单
     *
     * 使用合单支付接口，用户只输入一次密码，即可完成多个订单的支付。目前最多一次可支持10笔订单进行合单支付。用合单下单api在微信支付服务后台生成预支付交易单，返回正确的预支付交易会话标识后再按扫码、JSAPI、APP、H5等不同场景生成交易串调起支付。
     *
     * 官方合单支付文档: https://pay.weixin.qq.com/wiki/doc/api/combine.php?chapter=24_1&index=2
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: CombinedorderRequest;
      },
      CombinedorderResponse
    >;
  };
  'v2/pay/contractorder': {
    /**
     * 支付中签约
     *
     * 支付的同时完成代扣协议的签约。用户完成支付，微信通过支付中签约接口中商户上传的通知回调地址（对应参数：notify_url），将支付结果返回给商户，同时将签约结果通过contract_notify_url通知给商户，两次通知皆为异步通知。
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: {
          /** 请求appid */
          appid: string;
          /** 商户号 */
          mch_id: string;
          /** 子商户号 */
          sub_mch_id?: string;
          /** 子商户公众账号ID */
          sub_appid?: string;
          /** 签约商户号 */
          contract_mchid: string;
          /** 签约appid */
          contract_appid: string;
          /** 商户订单号 */
          out_trade_no: string;
          /** 设备号 */
          device_info?: string;
          /**
           * 随机字符串
           * Filled in by the client when left out.
           */
          nonce_str?: string;
          /** 商品描述 */
          body: string;
          /** 商品详情 */
          detail?: string;
          /** 附加数据 */
          attach?: string;
          /** 回调通知url */
          notify_url: string;
          /**
           * 总金额
           * @format int32
           */
          total_fee: number | string;
          /** 终端IP */
          spbill_create_ip: string;
          /** 交易起始时间 */
          time_start?: string;
          /** 交易结束时间 */
          time_expire?: string;
          /** 商品标记 */
          goods_tag?: string;
          /** 交易类型 */
          trade_type: 'JSAPI' | 'NATIVE' | 'APP' | 'MWEB';
          /** 商品ID */
          product_id?: string;
          /** 指定支付方式 */
          limit_pay?: string;
          /** 用户标识 */
          openid?: string;
          /** 用户子标识 */
          sub_openid?: string;
          /**
           * 模板id
           * @format int32
           */
          plan_id: number | string;
          /** 签约协议号 */
          contract_code: string;
          /** 请求序列号 */
          request_serial: number | string;
          /** 用户账户展示名称 */
          contract_display_account: string;
          /** 签约信息通知url */
          contract_notify_url: string;
          /**
           * 签名
           * Filled in by the client when left out.
           */
          sign?: string;
        };
      },
      {
        /** 返回状态码 */
        return_code: 'SUCCESS' | 'FAIL';
        /** 返回信息 */
        return_msg?: string;
        /** 业务结果 */
        result_code: 'SUCCESS' | 'FAIL';
        /** 公众账号id */
        appid: string;
        /** 商户号 */
        mch_id: string;
        /** 随机字符串 */
        nonce_str: string;
        /** 签名 */
        sign: string;
        /** 错误代码 */
        err_code?: string;
        /** 错误代码描述 */
        err_code_des?: string;
        /** 预签约结果 */
        contract_result_code: string;
        /** 预签约错误代码 */
        contract_err_code?: string;
        /** 预签约错误描述 */
        contract_err_code_des?: string;
        /** 子商户号 */
        sub_mch_id?: string;
        /** 子商户公众账号ID */
        sub_appid?: string;
        /** 预支付交易会话标识 */
        prepay_id: string;
        /** 交易类型 */
        trade_type: string;
        /** 二维码链接 */
        code_url?: string;
        /**
         * 模板id
         * @format int32
         */
        plan_id?: string;
        /**
         * 请求序列号
         * @format uint64
         */
        request_serial?: string;
        /** 签约协议号 */
        contract_code?: string;
        /** 用户账户展示名称 */
        contract_display_account?: string;
        /** 支付跳转链接 */
        mweb_url?: string;
        /** 商户订单号 */
        out_trade_no: string;
      }
    >;
  };
  'v2/pay/downloadbill': {
    /**
     * 下载对账单
     *
     * 商户可以通过该接口下载历史交易清单。比如掉单、系统错误等导致商户侧和微信侧数据不一致，通过对账单核对后可校正支付状态。
     *
     * Answers a file: `data` holds the bytes.
     *
     * 官方付款码文档: https://pay.weixin.qq.com/wiki/doc/api/micropay.php?chapter=9_6
     * 官方JSAPI文档: https://pay.weixin.qq.com/wiki/doc/api/jsapi.php?chapter=9_6
     * 官方NATIVE文档: https://pay.weixin.qq.com/wiki/doc/api/native.php?chapter=9_6
     * 官方APP文档: https://pay.weixin.qq.com/wiki/doc/api/app/app.php?chapter=9_6&index=8
     * 官方H5文档: https://pay.weixin.qq.com/wiki/doc/api/H5.php?chapter=9_6&index=6
     * 官方小程序支付文档: https://pay.weixin.qq.com/wiki/doc/api/wxa/wxa_api.php?chapter=9_6
     * 官方人脸支付文档: https://share.weiyun.com/5dxUgCw
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: DownloadbillRequest;
      },
      BinaryBody
    >;
  };
  'v2/pay/downloadfundflow': {
    /**
     * 下载资金账单
     *
     * 商户可以通过该接口下载自2017年6月1日起 的历史资金流水账单。
     *
     * Sent with the merchant TLS client certificate (`merchant` in Builder.factory).
     * Answers a file: `data` holds the bytes.
     *
     * 官方付款码文档: https://pay.weixin.qq.com/wiki/doc/api/micropay.php?chapter=9_18&index=7
     * 官方JSAPI文档: https://pay.weixin.qq.com/wiki/doc/api/jsapi.php?chapter=9_18&index=7
     * 官方NATIVE文档: https://pay.weixin.qq.com/wiki/doc/api/native.php?chapter=9_18&index=7
     * 官方APP文档: https://pay.weixin.qq.com/wiki/doc/api/app/app.php?chapter=9_18&index=9
     * 官方H5文档: https://pay.weixin.qq.com/wiki/doc/api/H5.php?chapter=9_18&index=7
     * 官方小程序支付文档: https://pay.weixin.qq.com/wiki/doc/api/wxa/wxa_api.php?chapter=9_18&index=7
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: DownloadfundflowRequest;
      },
      BinaryBody
    >;
  };
  'v2/pay/facepay': {
    /**
     * 提交刷脸支付
     *
     * 发起订单支付
     *
     * 官方人脸支付文档: https://share.weiyun.com/5dxUgCw
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: FacepayRequest;
      },
      FacepayResponse
    >;
  };
  'v2/pay/facepayquery': {
    /**
     * 查询订单
     *
     * 该接口提供所有微信支付订单的查询，商户可以通过查询订单接口主动查询订单状态，完成下一步的业务逻辑。需要调用查询接口的情况：◆ 当商户后台、网络、服务器等出现异常，商户系统最终未接收到支付通知；◆ 调用支付接口后，返回系统错误或未知交易状态情况；◆ 调用关单或撤销接口API之前，需确认支付状态；
     *
     * 官方人脸支付文档: https://share.weiyun.com/5dxUgCw
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: OrderqueryRequest;
      },
      OrderqueryResponse
    >;
  };
  'v2/pay/micropay': {
    /**
     * 提交付款码支付
     *
     * 收银员使用扫码设备读取微信用户付款码以后，二维码或条码信息会传送至商户收银台，由商户收银台或者商户后台调用该接口发起支付。
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/micropay.php?chapter=9_10&index=1
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: {
          /** 接口版本号 */
          version?: string;
          /** 是否指定服务商分账;Y-是，需要分账;N-否，不分账;字母要求大写，不传默认不分账 */
          profit_sharing?: 'N' | 'Y';
          /** 是否押金支付 */
          deposit?: 'Y' | 'N';
          /** 公众账号ID */
          appid: string;
          /** 子商户公众账号ID */
          sub_appid?: string;
          /** 商户号 */
          mch_id: string;
          /** 子商户号 */
          sub_mch_id?: string;
          /** 设备号 */
          device_info?: string;
          /**
           * 随机字符串
           * Filled in by the client when left out.
           */
          nonce_str?: string;
          /**
           * 签名
           * Filled in by the client when left out.
           */
          sign?: string;
          /**
           * 签名类型
           * Filled in by the client when left out.
           */
          sign_type?: 'MD5' | 'HMAC-SHA256';
          /** 商品描述 */
          body: string;
          /**
           * 单品优惠活动该字段必传，`JSON`格式字符串
           * @format jsonObjectLike
           */
          detail?: string;
          /** 附加数据 */
          attach?: string;
          /** 商户订单号 */
          out_trade_no: string;
          /**
           * 订单金额
           * @format int32
           */
          total_fee: number | string;
          /** 货币类型 */
          fee_type?: string;
          /** 终端IP */
          spbill_create_ip: string;
          /** 订单优惠标记 */
          goods_tag?: string;
          /** 指定支付方式 */
          limit_pay?: string;
          /** 交易起始时间 */
          time_start?: string;
          /** 交易结束时间 */
          time_expire?: string;
          /** 电子发票入口开放标识 */
          receipt?: string;
          /** 授权码 */
          auth_code: string;
          /**
           * 场景信息`JSON`格式字符串
           * @format jsonObjectLike
           */
          scene_info?: string;
        };
      },
      {
        /** 返回状态码 */
        return_code: 'SUCCESS' | 'FAIL';
        /** 返回信息 */
        return_msg: string;
      } & ErrCodeDes2 & {
        /** 用户标识 */
        openid: string;
        /**
         * 是否关注公众账号
         * @deprecated
         */
        is_subscribe: 'N';
        /** 交易类型 */
        trade_type: string;
        /** 付款银行 */
        bank_type: string;
        /** 货币类型 */
        fee_type?: string;
        /**
         * 订单金额
         * @format int32
         */
        total_fee: string;
        /**
         * 应结订单金额
         * @format int32
         */
        settlement_total_fee?: string;
        /**
         * 代金券金额
         * @format int32
         */
        coupon_fee?: string;
        /** 现金支付货币类型 */
        cash_fee_type?: string;
        /**
         * 现金支付金额
         * @format int32
         */
        cash_fee: string;
        /** 微信支付订单号 */
        transaction_id: string;
        /** 商户订单号 */
        out_trade_no: string;
        /** 商家数据包 */
        attach?: string;
        /** 支付完成时间 */
        time_end: string;
        /** 营销详情 */
        promotion_detail?: string;
      } & {
        /**
         * 营销详情`JSON`格式字符串
         * @format jsonObjectLike
         */
        promotion_detail?: string;
      }
    >;
  };
  'v2/pay/orderquery': {
    /**
     * 查询订单
     *
     * 该接口提供所有微信支付订单的查询，商户可以通过查询订单接口主动查询订单状态，完成下一步的业务逻辑。
     *
     * 官方付款码文档: https://pay.weixin.qq.com/wiki/doc/api/micropay.php?chapter=9_2
     * 官方JSAPI文档: https://pay.weixin.qq.com/wiki/doc/api/jsapi.php?chapter=9_2
     * 官方NATIVE文档: https://pay.weixin.qq.com/wiki/doc/api/native.php?chapter=9_2
     * 官方APP文档: https://pay.weixin.qq.com/wiki/doc/api/app/app.php?chapter=9_2&index=4
     * 官方H5文档: https://pay.weixin.qq.com/wiki/doc/api/H5.php?chapter=9_2&index=2
     * 官方小程序支付文档: https://pay.weixin.qq.com/wiki/doc/api/wxa/wxa_api.php?chapter=9_2
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: {
          /** 接口版本号 */
          version?: '1.0';
          /** 公众账号ID */
          appid: string;
          /** 子商户公众账号ID */
          sub_appid?: string;
          /** 商户号 */
          mch_id: string;
          /** 子商户号 */
          sub_mch_id?: string;
          /**
           * 微信订单号
           * 二选一: give at least one of `transaction_id`, `out_trade_no`.
           */
          transaction_id?: string;
          /**
           * 商户订单号
           * 二选一: give at least one of `transaction_id`, `out_trade_no`.
           */
          out_trade_no?: string;
          /**
           * 随机字符串
           * Filled in by the client when left out.
           */
          nonce_str?: string;
          /**
           * 签名
           * Filled in by the client when left out.
           */
          sign?: string;
          /**
           * 签名类型
           * Filled in by the client when left out.
           */
          sign_type?: 'MD5' | 'HMAC-SHA256';
        } & ({ transaction_id: string } | { out_trade_no: string });
      },
      {
        /** 返回状态码 */
        return_code: 'SUCCESS' | 'FAIL';
        /** 返回信息 */
        return_msg: string;
      } & {
        /** 公众账号ID */
        appid: string;
        /** 子商户公众账号ID */
        sub_appid?: string;
        /** 商户号 */
        mch_id: string;
        /** 子商户号 */
        sub_mch_id?: string;
        /** 随机字符串 */
        nonce_str: string;
        /** 签名 */
        sign: string;
        /** 业务结果 */
        result_code: 'SUCCESS' | 'FAIL';
        /** 错误代码 */
        err_code?: string;
        /** 错误代码描述 */
        err_code_des?: string;
      } & {
        /** 设备号 */
        device_info?: string;
        /** 用户标识 */
        openid: string;
        /** 是否关注公众账号 */
        is_subscribe: 'N';
        /** 用户子标识 */
        sub_openid?: string;
        /** 是否关注子公众账号 */
        sub_is_subscribe?: 'Y' | 'N';
        /** 交易类型 */
        trade_type: string;
        /** 交易状态 */
        trade_state: 'SUCCESS' | 'REFUND' | 'NOTPAY' | 'CLOSED' | 'REVOKED' | 'USERPAYING' | 'PAYERROR' | 'ACCEPT';
        /** 付款银行 */
        bank_type: string;
        /**
         * 标价金额
         * @format int32
         */
        total_fee: string;
        /**
         * 应结订单金额
         * @format int32
         */
        settlement_total_fee?: string;
        /** 标价币种 */
        fee_type?: string;
        /**
         * 现金支付金额
         * @format int32
         */
        cash_fee: string;
        /** 现金支付币种 */
        cash_fee_type?: string;
        /**
         * 代金券金额
         * @format int32
         */
        coupon_fee?: string;
        /**
         * 代金券使用数量
         * @format int32
         */
        coupon_count?: string;
        /** 代金券类型 */
        coupon_type_$n?: string;
        /** 代金券ID */
        coupon_id_$n?: string;
        /**
         * 单个代金券支付金额
         * @format int32
         */
        coupon_fee_$n?: string;
        /** 微信支付订单号 */
        transaction_id: string;
        /** 商户订单号 */
        out_trade_no: string;
        /** 附加数据 */
        attach?: string;
        /** 支付完成时间 */
        time_end: string;
        /** 交易状态描述 */
        trade_state_desc: string;
        /**
         * 营销详情`JSON`格式字符串
         * @format jsonObjectLike
         */
        promotion_detail?: string;
        /**
         * 押金消费金额
         * @format int32
         */
        consume_fee?: string;
      }
    >;
  };
  'v2/pay/paporderquery': {
    /**
     * 查询订单
     *
     * 该接口仅提供微信代扣订单的查询，商户可以通过该接口主动查询微信代扣订单状态，完成下一步的业务逻辑。
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/pap.php?chapter=18_10&index=14
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: {
          /** 请求appid */
          appid: string;
          /** 商户号 */
          mch_id: string;
          /**
           * 微信订单号
           * 二选一: give at least one of `transaction_id`, `out_trade_no`.
           */
          transaction_id?: string;
          /**
           * 商户订单号
           * 二选一: give at least one of `transaction_id`, `out_trade_no`.
           */
          out_trade_no?: string;
          /**
           * 随机字符串
           * Filled in by the client when left out.
           */
          nonce_str?: string;
          /**
           * 签名
           * Filled in by the client when left out.
           */
          sign?: string;
        } & ({ transaction_id: string } | { out_trade_no: string });
      },
      {
        /** 返回状态码 */
        return_code: 'SUCCESS' | 'FAIL';
        /** 返回信息 */
        return_msg?: string;
      } & ErrCodeDes3 & {
        /** 设备号 */
        device_info?: string;
        /** 用户标识 */
        openid: string;
        /** 是否关注公众账号 */
        is_subscribe?: 'N';
        /** 交易类型 */
        trade_type: string;
        /** 交易状态 */
        trade_state: 'SUCCESS' | 'REFUND' | 'NOTPAY' | 'CLOSED' | 'REVOKED' | 'USERPAYING' | 'PAYERROR' | 'ACCEPT';
        /** 付款银行 */
        bank_type: string;
        /**
         * 总金额
         * @format int32
         */
        total_fee: string;
        /** 货币种类 */
        fee_type?: string;
        /**
         * 现金支付金额
         * @format int32
         */
        cash_fee: string;
        /** 现金支付货币类型 */
        cash_fee_type?: string;
        /**
         * 代金券或立减优惠金额
         * @format int32
         */
        coupon_fee?: string;
        /**
         * 代金券或立减优惠使用数量
         * @format int32
         */
        coupon_count?: string;
        /** 代金券或立减优惠ID */
        coupon_id_$n?: string;
        /**
         * 单个代金券或立减优惠支付金额
         * @format int32
         */
        coupon_fee_$n?: string;
        /** 微信支付订单号 */
        transaction_id: string;
        /** 商户订单号 */
        out_trade_no: string;
        /** 附加数据 */
        attach?: string;
        /** 支付完成时间 */
        time_end: string;
        /** 交易状态描述 */
        trade_state_desc: string;
      }
    >;
  };
  'v2/pay/pappayapply': {
    /**
     * 申请扣款
     *
     * 委托代扣可应用于定期扣款或需事后扣款以期提高效率的场景。例如但不限于，会员制缴费、水电煤缴费、黄钻绿钻增值服务、打车类软件、停车场或高速公路无人缴费、理财通基金定投、信用卡还款等通过用户授权给商户，进行委托扣款的场景。
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/wxpay_v2/papay/chapter3_8.shtml
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: PappayapplyRequest;
      },
      PappayapplyResponse
    >;
  };
  'v2/pay/partner/paporderquery': {
    /**
     * 查询订单
     *
     * 该接口仅提供微信代扣订单的查询，商户可以通过该接口主动查询微信代扣订单状态，完成下一步的业务逻辑。
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/pap.php?chapter=18_10&index=14
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: {
          /** 请求appid */
          appid: string;
          /** 商户号 */
          mch_id: string;
          /**
           * 微信订单号
           * 二选一: give at least one of `transaction_id`, `out_trade_no`.
           */
          transaction_id?: string;
          /**
           * 商户订单号
           * 二选一: give at least one of `transaction_id`, `out_trade_no`.
           */
          out_trade_no?: string;
          /** 子商户公众账号ID */
          sub_appid?: string;
          /** 子商户号 */
          sub_mch_id?: string;
          /**
           * 随机字符串
           * Filled in by the client when left out.
           */
          nonce_str?: string;
          /**
           * 签名
           * Filled in by the client when left out.
           */
          sign?: string;
        } & ({ transaction_id: string } | { out_trade_no: string });
      },
      {
        /** 返回状态码 */
        return_code: 'SUCCESS' | 'FAIL';
        /** 返回信息 */
        return_msg?: string;
      } & ErrCodeDes3 & {
        /** 设备号 */
        device_info?: string;
        /** 用户标识 */
        openid: string;
        /** 是否关注公众账号 */
        is_subscribe?: 'N';
        /** 交易类型 */
        trade_type: string;
        /** 交易状态 */
        trade_state: 'SUCCESS' | 'REFUND' | 'NOTPAY' | 'CLOSED' | 'REVOKED' | 'USERPAYING' | 'PAYERROR' | 'ACCEPT';
        /** 付款银行 */
        bank_type: string;
        /**
         * 总金额
         * @format int32
         */
        total_fee: string;
        /** 货币种类 */
        fee_type?: string;
        /**
         * 现金支付金额
         * @format int32
         */
        cash_fee: string;
        /** 现金支付货币类型 */
        cash_fee_type?: string;
        /**
         * 代金券或立减优惠金额
         * @format int32
         */
        coupon_fee?: string;
        /**
         * 代金券或立减优惠使用数量
         * @format int32
         */
        coupon_count?: string;
        /** 代金券或立减优惠ID */
        coupon_id_$n?: string;
        /**
         * 单个代金券或立减优惠支付金额
         * @format int32
         */
        coupon_fee_$n?: string;
        /** 微信支付订单号 */
        transaction_id: string;
        /** 商户订单号 */
        out_trade_no: string;
        /** 附加数据 */
        attach?: string;
        /** 支付完成时间 */
        time_end: string;
        /** 交易状态描述 */
        trade_state_desc: string;
        /** 子商户公众账号ID */
        sub_appid?: string;
        /** 子商户号 */
        sub_mch_id?: string;
      }
    >;
  };
  'v2/pay/partner/pappayapply': {
    /**
     * 申请扣款
     *
     * 委托代扣可应用于定期扣款或需事后扣款以期提高效率的场景。例如但不限于，会员制缴费、水电煤缴费、黄钻绿钻增值服务、打车类软件、停车场或高速公路无人缴费、理财通基金定投、信用卡还款等通过用户授权给商户，进行委托扣款的场景。
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/wxpay_v2/papay/chapter5_8.shtml
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: ServiceproviderSubsIn & PappayapplyRequest;
      },
      ServiceproviderSubsOut & PappayapplyResponse
    >;
  };
  'v2/pay/profitsharingaddreceiver': {
    /**
     * 添加分账接收方
     *
     * 服务商代子商户发起添加分账接收方请求，后续可通过发起分账请求将结算后的钱分到该分账接收方。
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/allocation.php?chapter=27_3&index=4
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/allocation_sl.php?chapter=25_3&index=4
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: ProfitsharingaddreceiverRequest;
      },
      ProfitsharingaddreceiverResponse
    >;
  };
  'v2/pay/profitsharingmerchantratioquery': {
    /**
     * 查询最大分账比例API
     *
     * 服务商可以查询子商户设置的允许服务商分账的最大比例。
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/allocation_sl.php?chapter=25_11&index=8
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: {
          /** 商户号 */
          mch_id: string;
          /** 子商户号 */
          sub_mch_id?: string;
          /** 品牌主商户号 */
          brand_mch_id?: string;
          /**
           * 随机字符串
           * Filled in by the client when left out.
           */
          nonce_str?: string;
          /**
           * 签名
           * Filled in by the client when left out.
           */
          sign?: string;
          /**
           * 签名类型
           * Filled in by the client when left out.
           */
          sign_type?: 'HMAC-SHA256';
        };
      },
      GeneralResponse & {
        /** 商户号 */
        mch_id: string;
        /** 子商户号 */
        sub_mch_id?: string;
        /** 品牌主商户号 */
        brand_mch_id?: string;
        /** 最大分账比例 */
        max_ratio: string;
        /** 随机字符串 */
        nonce_str: string;
        /** 签名 */
        sign: string;
      }
    >;
  };
  'v2/pay/profitsharingorderamountquery': {
    /**
     * 查询订单待分账金额
     *
     * 商户可通过调用此接口查询订单剩余待分金额。
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/allocation.php?chapter=27_10&index=7
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/allocation.php?chapter=27_10&index=7
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: {
          /** 商户号 */
          mch_id: string;
          /** 微信订单号 */
          transaction_id: string;
          /**
           * 随机字符串
           * Filled in by the client when left out.
           */
          nonce_str?: string;
          /**
           * 签名
           * Filled in by the client when left out.
           */
          sign?: string;
          /**
           * 签名类型
           * Filled in by the client when left out.
           */
          sign_type?: 'HMAC-SHA256';
        };
      },
      GeneralResponse & {
        /** 商户号 */
        mch_id?: string;
        /** 微信订单号 */
        transaction_id: string;
        /** 订单剩余待分金额 */
        unsplit_amount?: string;
        /** 随机字符串 */
        nonce_str?: string;
        /** 签名 */
        sign?: string;
      }
    >;
  };
  'v2/pay/profitsharingquery': {
    /**
     * 查询分账结果
     *
     * 发起分账请求后，可调用此接口查询分账结果；发起分账完结请求后，可调用此接口查询分账完结的执行结果。
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/allocation.php?chapter=27_2&index=3
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/allocation_sl.php?chapter=25_2&index=3
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: ProfitsharingqueryRequest;
      },
      ProfitsharingqueryResponse
    >;
  };
  'v2/pay/profitsharingremovereceiver': {
    /**
     * 删除分账接收方
     *
     * 服务商代子商户发起删除分账接收方请求，删除后不支持将结算后的钱分到该分账接收方。
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/allocation.php?chapter=27_4&index=5
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/allocation_sl.php?chapter=25_4&index=5
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: ProfitsharingremovereceiverRequest;
      },
      ProfitsharingremovereceiverResponse
    >;
  };
  'v2/pay/profitsharingreturnquery': {
    /**
     * 回退结果查询
     *
     * 商户需要核实回退结果，可调用此接口查询回退结果。
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/allocation.php?chapter=27_8&index=9
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/allocation_sp.php?chapter=25_8&index=10
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: {
          /** 商户号 */
          mch_id: string;
          /** 子商户号 */
          sub_mch_id?: string;
          /** 公众账号ID */
          appid: string;
          /** 子商户公众账号ID */
          sub_appid?: string;
          /**
           * 随机字符串
           * Filled in by the client when left out.
           */
          nonce_str?: string;
          /**
           * 签名
           * Filled in by the client when left out.
           */
          sign?: string;
          /**
           * 签名类型
           * Filled in by the client when left out.
           */
          sign_type?: 'HMAC-SHA256';
          /** 微信分账单号 */
          order_id?: string;
          /** 商户分账单号 */
          out_order_no?: string;
          /** 商户回退单号 */
          out_return_no: string;
        };
      },
      GeneralResponse & GeneralResponseSuccess & {
        /** 商户号 */
        mch_id: string;
        /** 子商户号 */
        sub_mch_id?: string;
        /** 公众账号ID */
        appid: string;
        /** 子商户公众账号ID */
        sub_appid?: string;
        /** 随机字符串 */
        nonce_str: string;
        /** 签名 */
        sign: string;
        /** 微信分账单号 */
        order_id?: string;
        /** 商户分账单号 */
        out_order_no?: string;
        /** 商户回退单号 */
        out_return_no: string;
        /** 微信回退单号 */
        return_no?: string;
        /** 回退方类型 */
        return_account_type: 'MERCHANT_ID';
        /** 回退方账号 */
        return_account: string;
        /** 回退金额 */
        return_amount: string;
        /** 回退描述 */
        description: string;
        /** 回退结果 */
        result?: 'SUCCESS' | 'PROCESSING' | 'FAILED';
        /** 失败原因 */
        fail_reason?: 'ACCOUNT_ABNORMAL' | 'TIME_OUT_CLOSED' | 'PAYER_ACCOUNT_ABNORMAL' | 'INVALID_REQUEST';
        /** 完成时间 */
        finish_time?: string;
      }
    >;
  };
  'v2/pay/querycombinedorder': {
    /**
     * 合单查单
     *
     * 所有微信支付订单的查询，商户可以通过查询订单接口主动查询订单状态，完成下一步的业务逻辑。**合单查单api只能使用合单单号combine_out_trade_no来查询，如果要使用子订单号查询，请使用公众api中的查单接口。**
     *
     * 官方合单支付文档: https://pay.weixin.qq.com/wiki/doc/api/combine.php?chapter=24_3&index=4
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: QuerycombinedorderRequest;
      },
      QuerycombinedorderResponse
    >;
  };
  'v2/pay/queryexchagerate': {
    /**
     * 汇率查询API
     *
     * 商户网站的商品以外币标价时，通过该接口可以实时查询到微信使用的转换汇率。汇率更新时间为北京时间上午10:00，一天更新一次。
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/pay/In-AppPay/chapter8_10.shtml
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: {
          /** 公众账号ID */
          appid: string;
          /** 商户号 */
          mch_id: string;
          /** 币种 */
          fee_type: string;
          /** 日期 */
          date: string;
          /**
           * 签名
           * Filled in by the client when left out.
           */
          sign?: string;
        };
      },
      {
        /** 返回状态码 */
        return_code: 'SUCCESS' | 'FAIL';
        /** 返回信息 */
        return_msg: string;
      } & {
        /** 公众账号ID */
        appid: string;
        /** 商户号 */
        mch_id: string;
        /** 子商户号 */
        sub_mch_id?: string;
        /** 币种 */
        fee_type: string;
        /** 汇率时间 */
        rate_time: string;
        /** 现汇卖出价(汇率) */
        rate: string;
        /** 签名 */
        sign: string;
      }
    >;
  };
  'v2/pay/refundquery': {
    /**
     * 查询退款
     *
     * 注意：如果单个支付订单部分退款次数超过20次请使用退款单号查询
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/micropay.php?chapter=9_5
     * 官方JSAPI文档: https://pay.weixin.qq.com/wiki/doc/api/jsapi.php?chapter=9_5
     * 官方NATIVE文档: https://pay.weixin.qq.com/wiki/doc/api/native.php?chapter=9_5
     * 官方APP文档: https://pay.weixin.qq.com/wiki/doc/api/app/app.php?chapter=9_5&index=7
     * 官方H5文档: https://pay.weixin.qq.com/wiki/doc/api/H5.php?chapter=9_5&index=5
     * 官方小程序支付文档: https://pay.weixin.qq.com/wiki/doc/api/wxa/wxa_api.php?chapter=9_5
     * 官方人脸支付文档: https://share.weiyun.com/5dxUgCw
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: RefundqueryRequest;
      },
      RefundqueryResponse
    >;
  };
  'v2/pay/refundqueryv2': {
    /**
     * 查询退款（支持单品）
     *
     * 注意：本接口支持查询单品优惠相关退款信息，且仅支持按微信退款单号或商户退款单号查询，
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/danpin.php?chapter=9_104&index=4
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: RefundqueryRequest;
      },
      RefundqueryResponse & {
        /**
         * 营销详情`JSON`格式字符串
         * @format jsonObjectLike
         */
        promotion_detail?: string;
      }
    >;
  };
  'v2/pay/settlementquery': {
    /**
     * 查询结算资金
     *
     * 通过此接口可以查询结算资金的明细。
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/pay/In-AppPay/chapter8_9.shtml
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: {
          /** 公众账号ID */
          appid: string;
          /** 商户号 */
          mchid: string;
          /** 子商户号 */
          sub_mch_id?: string;
          /**
           * 结算状态
           * @format int32
           */
          usetag: 1 | '1' | 2 | '2';
          /**
           * 随机字符串
           * Filled in by the client when left out.
           */
          nonce_str?: string;
          /**
           * 偏移量
           * @format int32
           */
          offset: number | string;
          /**
           * 最大记录条数
           * @format int32
           */
          limit: number | string;
          /** 开始日期 */
          date_start: string;
          /** 结束日期 */
          date_end: string;
          /** 是否查询分账结算信息 */
          query_split?: boolean;
          /**
           * 签名
           * Filled in by the client when left out.
           */
          sign?: string;
        };
      },
      {
        /** 返回状态码 */
        return_code: 'SUCCESS' | 'FAIL';
        /** 返回信息 */
        return_msg: string;
      } & {
        /** 公众账号ID */
        appid: string;
        /** 商户号 */
        mch_id: string;
        /** 随机字符串 */
        nonce_str: string;
        /** 业务结果 */
        result_code: 'SUCCESS' | 'FAIL';
        /** 错误代码 */
        err_code?: string;
        /** 错误代码描述 */
        err_code_des?: string;
        /** 签名 */
        sign?: string;
        /** 返回数据行数 */
        record_num: string;
      } & {
        /** 付汇批次号 */
        fbatchno: string;
        /** 结算日期 */
        date_settlement: string;
        /** 交易开始日期 */
        date_start: string;
        /** 交易结束日期 */
        date_end: string;
        /**
         * 划账金额
         * @format int32
         */
        settlement_fee: string;
        /**
         * 未划账金额
         * @format int32
         */
        unsettlement_fee: string;
        /** 结算币种 */
        settlementfee_type: string;
        /**
         * 支付金额
         * @format int32
         */
        pay_fee: string;
        /**
         * 退款金额
         * @format int32
         */
        refund_fee: string;
        /**
         * 支付净额
         * @format int32
         */
        pay_net_fee: string;
        /**
         * 手续费金额
         * @format int32
         */
        poundage_fee: string;
        /** 分账划账金额 */
        split_settlement_fee?: string;
        /** 分账未划账金额 */
        split_unsettlement_fee?: string;
      }
    >;
  };
  'v2/pay/unifiedorder': {
    /**
     * 统一下单
     *
     * 除付款码支付场景以外，商户系统先调用该接口在微信支付服务后台生成预支付交易单，返回正确的预支付交易会话标识后再按Native、JSAPI、APP等不同场景生成交易串调起支付。
     *
     * 官方JSAPI文档: https://pay.weixin.qq.com/wiki/doc/api/jsapi.php?chapter=9_1
     * Native官方文档: https://pay.weixin.qq.com/wiki/doc/api/native.php?chapter=9_1
     * 官方APP文档: https://pay.weixin.qq.com/wiki/doc/api/app/app.php?chapter=9_1
     * 官方H5文档: https://pay.weixin.qq.com/wiki/doc/api/H5.php?chapter=9_20&index=1
     * 官方小程序支付文档: https://pay.weixin.qq.com/wiki/doc/api/wxa/wxa_api.php?chapter=9_1
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: {
          /** 接口版本号 */
          version?: '1.0';
          /** 是否指定服务商分账;Y-是，需要分账;N-否，不分账;字母要求大写，不传默认不分账 */
          profit_sharing?: 'N' | 'Y';
          /** 公众账号ID */
          appid: string;
          /** 商户号 */
          mch_id: string;
          /** 子商户公众账号ID（服务商模式） */
          sub_appid?: string;
          /** 子商户号（服务商模式必填） */
          sub_mch_id?: string;
          /** 用户子标识（服务商模式，trade_type=JSAPI 时与 openid 二选一） */
          sub_openid?: string;
          /** 设备号 */
          device_info?: string;
          /**
           * 随机字符串
           * Filled in by the client when left out.
           */
          nonce_str?: string;
          /**
           * 签名
           * Filled in by the client when left out.
           */
          sign?: string;
          /**
           * 签名类型
           * Filled in by the client when left out.
           */
          sign_type?: 'MD5' | 'HMAC-SHA256';
          /** 商品描述 */
          body: string;
          /**
           * 单品优惠活动该字段必传，`JSON`格式字符串
           * @format jsonObjectLike
           */
          detail?: string;
          /** 附加数据 */
          attach?: string;
          /** 商户订单号 */
          out_trade_no: string;
          /** 标价币种 */
          fee_type?: string;
          /**
           * 标价金额
           * @format int32
           */
          total_fee: number | string;
          /** 终端IP */
          spbill_create_ip: string;
          /** 交易起始时间 */
          time_start?: string;
          /** 交易结束时间 */
          time_expire?: string;
          /** 订单优惠标记 */
          goods_tag?: string;
          /** 通知地址 */
          notify_url: string;
          /** 交易类型 */
          trade_type: string;
          /** 商品ID */
          product_id?: string;
          /** 指定支付方式 */
          limit_pay?: string;
          /** 用户标识 */
          openid?: string;
          /** 电子发票入口开放标识 */
          receipt?: 'Y' | 'N';
          /**
           * 场景信息`JSON`格式字符串
           * @format jsonObjectLike
           */
          scene_info?: string;
          /**
           * 证件类型(指定身份支付)
           *
           * - `IDCARD`: 身份证
           * - `HONGKONG_MACAO`: 港澳回乡证
           * - `HONGKONG_MACAO_RESIDENT`: 港澳居住证
           * - `TAIWAN_RESIDENT`: 台湾居住证
           * - `FOREIGN_RESIDENT`: 外国人永居证
           * - `OVERSEA_PASSPORT`: 护照
           */
          user_type?: 'IDCARD' | 'HONGKONG_MACAO' | 'HONGKONG_MACAO_RESIDENT' | 'TAIWAN_RESIDENT' | 'FOREIGN_RESIDENT' | 'OVERSEA_PASSPORT';
          /** 证件号(指定身份支付) */
          user_creid?: string;
          /** 姓名(指定身份支付) */
          user_truename?: string;
        };
      },
      {
        /** 返回状态码 */
        return_code: 'SUCCESS' | 'FAIL';
        /** 返回信息 */
        return_msg: string;
      } & {
        /** 公众账号ID */
        appid: string;
        /** 商户号 */
        mch_id: string;
        /** 设备号 */
        device_info?: string;
        /** 随机字符串 */
        nonce_str: string;
        /** 签名 */
        sign: string;
        /** 业务结果 */
        result_code: 'SUCCESS' | 'FAIL';
        /** 错误代码 */
        err_code?: string;
        /** 错误代码描述 */
        err_code_des?: string;
      } & {
        /** 交易类型 */
        trade_type: 'JSAPI' | 'NATIVE' | 'APP' | 'MWEB';
        /** 预支付交易会话标识 */
        prepay_id: string;
        /** 二维码链接 */
        code_url?: string;
        /** 支付跳转链接，**mweb_url为拉起微信支付收银台的中间页面，可通过访问该url来拉起微信客户端，完成支付,mweb_url的有效期为5分钟。** */
        mweb_url?: string;
      } & {
        /**
         * 营销详情`JSON`格式字符串
         * @format jsonObjectLike
         */
        promotion_detail?: string;
      }
    >;
  };
  'v2/payitil/report': {
    /**
     * 交易保障
     *
     * 商户在调用微信支付提供的相关接口时，会得到微信支付返回的相关信息以及获得整个接口的响应时间。为提高整体的服务水平，协助商户一起提高服务质量，微信支付提供了相关接口调用耗时和返回信息的主动上报接口，微信支付可以根据商户侧上报的数据进一步优化网络部署，完善服务监控，和商户更好的协作为用户提供更好的业务体验。
     *
     * 官方付款码文档: https://pay.weixin.qq.com/wiki/doc/api/micropay.php?chapter=9_14&index=8
     * 官方JSAPI文档: https://pay.weixin.qq.com/wiki/doc/api/jsapi.php?chapter=9_8&index=9
     * 官方NATIVE文档: https://pay.weixin.qq.com/wiki/doc/api/native.php?chapter=9_8&index=9
     * 官方APP文档: https://pay.weixin.qq.com/wiki/doc/api/app/app.php?chapter=9_8&index=10
     * 官方H5文档: https://pay.weixin.qq.com/wiki/doc/api/H5.php?chapter=9_8&index=9
     * 官方小程序支付文档: https://pay.weixin.qq.com/wiki/doc/api/wxa/wxa_api.php?chapter=9_8&index=9
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: ReportRequest;
      },
      ReportResponse
    >;
  };
  'v2/risk/getcertficates': {
    /**
     * 获取平台证书
     *
     * 调用获取平台证书V2接口之前，请前往微信支付商户平台升级API证书，升级后才可成功调用本接口。
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/xiaowei.php?chapter=19_11
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: {
          /** 商户号 */
          mch_id: string;
          /**
           * 随机字符串
           * Filled in by the client when left out.
           */
          nonce_str?: string;
          /**
           * 签名
           * Filled in by the client when left out.
           */
          sign?: string;
          /**
           * 签名类型
           * Filled in by the client when left out.
           */
          sign_type?: 'HMAC-SHA256';
        };
      },
      {
        /** 返回状态码 */
        return_code: 'SUCCESS' | 'FAIL';
        /** 错误码描述 */
        return_msg?: string;
        /** 随机字符串 */
        nonce_str?: string;
        /** 签名 */
        sign?: string;
        /** 错误码 */
        error_code?: string;
        /** 错误代码描述 */
        error_code_des?: string;
      } & {
        /** 返回状态码 */
        result_code: 'SUCCESS' | 'FAIL';
        /** 商户号 */
        mch_id: string;
        /** 平台证书信息 */
        certificates: string;
      }
    >;
  };
  'v2/risk/getpublickey': {
    /**
     * 获取RSA加密公钥API
     *
     * 调用获取RSA公钥API获取RSA公钥，用于加密付款到银行业务接口中的用户敏感信息。
     *
     * Sent with the merchant TLS client certificate (`merchant` in Builder.factory).
     * Host: https://fraud.mch.weixin.qq.com/
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/tools/mch_pay_yhk.php?chapter=24_7&index=4
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: {
          /** 商户号 */
          mch_id: string;
          /**
           * 随机字符串
           * Filled in by the client when left out.
           */
          nonce_str?: string;
          /**
           * 签名
           * Filled in by the client when left out.
           */
          sign?: string;
          /**
           * 签名类型
           * Filled in by the client when left out.
           */
          sign_type?: 'MD5' | 'HMAC-SHA256';
        };
      },
      ErrorCodeDes & {
        /** 返回状态码 */
        result_code: 'SUCCESS' | 'FAIL';
        /** 商户号 */
        mch_id?: string;
        /** RSA公钥 */
        pub_key: string;
      }
    >;
  };
  'v2/risk/getviolation': {
    /**
     * 银行特约商户违规信息查询
     *
     * 方便银行服务商查询特约商户违规记录
     *
     * Sent with the merchant TLS client certificate (`merchant` in Builder.factory).
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/mch_bank.php?chapter=9_28&index=1&p=902
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: GetviolationRequest;
      },
      GetviolationResponse
    >;
  };
  'v2/sandboxnew/pay/downloadbill': {
    /**
     * 下载对账单
     *
     * 商户可以通过该接口下载历史交易清单。比如掉单、系统错误等导致商户侧和微信侧数据不一致，通过对账单核对后可校正支付状态。
     *
     * Answers a file: `data` holds the bytes.
     *
     * 官方付款码文档: https://pay.weixin.qq.com/wiki/doc/api/micropay.php?chapter=9_6
     * 官方JSAPI文档: https://pay.weixin.qq.com/wiki/doc/api/jsapi.php?chapter=9_6
     * 官方NATIVE文档: https://pay.weixin.qq.com/wiki/doc/api/native.php?chapter=9_6
     * 官方APP文档: https://pay.weixin.qq.com/wiki/doc/api/app/app.php?chapter=9_6&index=8
     * 官方H5文档: https://pay.weixin.qq.com/wiki/doc/api/H5.php?chapter=9_6&index=6
     * 官方小程序支付文档: https://pay.weixin.qq.com/wiki/doc/api/wxa/wxa_api.php?chapter=9_6
     * 官方人脸支付文档: https://share.weiyun.com/5dxUgCw
     * @deprecated
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: DownloadbillRequest;
      },
      BinaryBody
    >;
  };
  'v2/sandboxnew/pay/getsignkey': {
    /**
     * 获取验签密钥API
     *
     * 仿真系统与生产环境完全独立，包括存储层。商户在仿真系统所做的所有交易（如下单、支付、查询）均为无资金流的假数据，即：用户无需真实扣款，商户也不会有资金入账。代金券同理，沙箱环境中无需商户真实制券与发券，亦不会出现真实扣券情况。
     *
     * 官方JSAPI文档: https://pay.weixin.qq.com/wiki/doc/api/tools/sp_coupon.php?chapter=23_1&index=2
     * @deprecated
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: Sign;
      },
      {
        /** 返回状态码 */
        return_code: 'SUCCESS' | 'FAIL';
        /** 返回信息 */
        return_msg: string;
      } & {
        /** 商户号 */
        mch_id: string;
        /** 沙箱密钥 */
        sandbox_signkey: string;
      }
    >;
  };
  'v2/sandboxnew/pay/micropay': {
    /**
     * 提交付款码支付
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/micropay.php?chapter=9_10&index=1
     * @deprecated
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: MicropayRequest;
      },
      MicropayResponse
    >;
  };
  'v2/sandboxnew/pay/orderquery': {
    /**
     * 查询订单
     *
     * 官方付款码文档: https://pay.weixin.qq.com/wiki/doc/api/micropay.php?chapter=9_2
     * 官方JSAPI文档: https://pay.weixin.qq.com/wiki/doc/api/jsapi.php?chapter=9_2
     * 官方NATIVE文档: https://pay.weixin.qq.com/wiki/doc/api/native.php?chapter=9_2
     * 官方APP文档: https://pay.weixin.qq.com/wiki/doc/api/app/app.php?chapter=9_2&index=4
     * 官方H5文档: https://pay.weixin.qq.com/wiki/doc/api/H5.php?chapter=9_2&index=2
     * 官方小程序支付文档: https://pay.weixin.qq.com/wiki/doc/api/wxa/wxa_api.php?chapter=9_2
     * @deprecated
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: OrderqueryRequest;
      },
      OrderqueryResponse
    >;
  };
  'v2/sandboxnew/pay/refund': {
    /**
     * 申请退款
     *
     * 一笔退款失败后重新提交，请不要更换退款单号，请使用原商户退款单号
     *
     * 官方付款码文档: https://pay.weixin.qq.com/wiki/doc/api/micropay.php?chapter=9_4
     * 官方JSAPI文档: https://pay.weixin.qq.com/wiki/doc/api/jsapi.php?chapter=9_4
     * 官方NATIVE文档: https://pay.weixin.qq.com/wiki/doc/api/native.php?chapter=9_4
     * 官方APP文档: https://pay.weixin.qq.com/wiki/doc/api/app/app.php?chapter=9_4&index=6
     * 官方H5文档: https://pay.weixin.qq.com/wiki/doc/api/H5.php?chapter=9_4&index=4
     * 官方小程序支付文档: https://pay.weixin.qq.com/wiki/doc/api/wxa/wxa_api.php?chapter=9_4
     * 官方刷脸支付文档: https://share.weiyun.com/5dxUgCw
     * @deprecated
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: RefundRequest;
      },
      RefundResponse
    >;
  };
  'v2/sandboxnew/pay/refundquery': {
    /**
     * 查询退款
     *
     * 注意：如果单个支付订单部分退款次数超过20次请使用退款单号查询
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/micropay.php?chapter=9_5
     * 官方JSAPI文档: https://pay.weixin.qq.com/wiki/doc/api/jsapi.php?chapter=9_5
     * 官方NATIVE文档: https://pay.weixin.qq.com/wiki/doc/api/native.php?chapter=9_5
     * 官方APP文档: https://pay.weixin.qq.com/wiki/doc/api/app/app.php?chapter=9_5&index=7
     * 官方H5文档: https://pay.weixin.qq.com/wiki/doc/api/H5.php?chapter=9_5&index=5
     * 官方小程序支付文档: https://pay.weixin.qq.com/wiki/doc/api/wxa/wxa_api.php?chapter=9_5
     * 官方人脸支付文档: https://share.weiyun.com/5dxUgCw
     * @deprecated
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: RefundqueryRequest;
      },
      RefundqueryResponse
    >;
  };
  'v2/sandboxnew/pay/unifiedorder': {
    /**
     * 统一下单
     *
     * 除付款码支付场景以外，商户系统先调用该接口在微信支付服务后台生成预支付交易单，返回正确的预支付交易会话标识后再按Native、JSAPI、APP等不同场景生成交易串调起支付。
     *
     * 官方JSAPI文档: https://pay.weixin.qq.com/wiki/doc/api/jsapi.php?chapter=9_1
     * Native官方文档: https://pay.weixin.qq.com/wiki/doc/api/native.php?chapter=9_1
     * 官方APP文档: https://pay.weixin.qq.com/wiki/doc/api/app/app.php?chapter=9_1
     * 官方H5文档: https://pay.weixin.qq.com/wiki/doc/api/H5.php?chapter=9_20&index=1
     * 官方小程序支付文档: https://pay.weixin.qq.com/wiki/doc/api/wxa/wxa_api.php?chapter=9_1
     * @deprecated
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: UnifiedorderRequest;
      },
      UnifiedorderResponse
    >;
  };
  'v2/secapi/mch/addInstitutionsub': {
    /**
     * 进件子商户
     *
     * 机构提交子商户资料，微信支付系统会为每个子商户创建子商户号。
     *
     * Sent with the merchant TLS client certificate (`merchant` in Builder.factory).
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: {
          /** 机构appid */
          app_id: string;
          /** 机构商户号 */
          mch_id: string;
          /**
           * 签名
           * Filled in by the client when left out.
           */
          sign?: string;
          /** 渠道编号 */
          channel_id?: string;
          /** 子商户全称 */
          merchant_name: string;
          /** 子商户简称 */
          merchant_shortname: string;
          /** 子商户唯一标识 */
          merchant_remark: string;
          /** 注册国家或区域 */
          merchant_country_code: string;
          /** 商户类型 */
          merchant_type: 'ENTERPRISE' | 'INDIVIDUAL';
          /** 业务类目 */
          business_category: string;
          /** MCC码 */
          mcc: string;
          /** 公司注册文件编号 */
          registration_certificate_number: string;
          /** 公司注册文件过期时间 */
          registration_certificate_date: string;
          /** 公司注册文件照片 */
          registration_certificate_copy?: string;
          /** 业务类型 */
          business_type: 'ONLINE' | 'OFFLINE' | 'BOTH';
          /** APP下载链接 */
          app_download: string;
          /** 业务网站 */
          business_website: string;
          /** 公众号 */
          office_account: string;
          /** 小程序 */
          mini_program: string;
          /** 门店地址 */
          store_address: string;
          /**
           * 门店照片
           * @format jsonArrayLike
           */
          store_photos: string;
          /** 董事姓名 */
          director_name: string;
          /** 董事证件号码 */
          director_id_number: string;
          /** 负责人姓名 */
          principal_name: string;
          /** 负责人证件号 */
          principal_id_number: string;
          /** 公司电话 */
          office_phone: string;
          /** 联系人姓名 */
          contact_name: string;
          /** 联系人电话 */
          contact_phone: string;
          /** 联系人邮箱 */
          contact_email: string;
          /** 子商户结算银行账户 */
          settlement_bank_number: string;
          /** 是否申请H5支付权限 */
          apply_h5_payment?: 'YES' | 'NO';
          /** H5经营网址 */
          h5_website_url?: string;
          /**
           * H5支付域名
           * @format jsonArrayLike
           */
          h5_domains?: string;
          /** 附加信息 */
          attach?: string;
        };
      },
      {
        /** 返回状态码 */
        return_code: 'SUCCESS' | 'FAIL';
        /** 返回信息 */
        return_msg?: string;
      } & {
        /** 业务返回码 */
        result_code: 'SUCCESS' | 'FAIL';
        /** 错误编码 */
        err_code?: string;
        /** 错误描述 */
        err_code_des?: string;
        /** 子商户号 */
        sub_mch_id: string;
        /** 签名 */
        sign: string;
        /** 验证状态 */
        verification_status?: 'Under review' | 'Approved';
        /** 验证状态描述 */
        description?: string;
        /** H5支付权限状态 */
        h5_authorization_state?: 'APPROVED' | 'UNAUTHORIZED' | 'UNDER_REVIEW' | 'REJECTED' | 'UNDER_PUNISHMENT' | 'APPLICATION_FAILED';
      }
    >;
  };
  'v2/secapi/mch/addsubdevconfig': {
    /**
     * 服务商子商户开发配置新增支付目录/新增对应APPID关联
     *
     * 服务商给特约子商户配置支付目录；每个商户最多配置5个支付目录。
     *
     * Sent with the merchant TLS client certificate (`merchant` in Builder.factory).
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/mch_bank.php?chapter=9_24_2&index=2&p=901
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: AddsubdevconfigRequest;
      },
      AddsubdevconfigResponse
    >;
  };
  'v2/secapi/mch/channelsetting': {
    /**
     * 银行服务商特约子商户指定渠道号API
     *
     * 使用对象：银行服务商 使用说明：存量未指定渠道商的特约子商户，银行调用该API可以指定渠道商；通过该API指定渠道商后不能修改。
     *
     * Sent with the merchant TLS client certificate (`merchant` in Builder.factory).
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/mch_bank.php?chapter=9_26
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: {
          /** 公众账号ID */
          appid: string;
          /** 商户号 */
          mch_id: string;
          /** 特约商户号 */
          sub_mch_id: string;
          /** 渠道商商户号 */
          channel_id: string;
          /**
           * 签名
           * Filled in by the client when left out.
           */
          sign?: string;
        };
      },
      {
        /** 返回状态码 */
        return_code: 'SUCCESS' | 'FAIL';
        /** 返回信息 */
        return_msg?: string;
      } & {
        /** 业务结果 */
        result_code: 'SUCCESS' | 'FAIL';
        /** 签名 */
        sign: string;
        /** 错误代码 */
        err_code?: string;
        /** 错误代码描述 */
        err_code_des?: string;
        /** 商户号 */
        mch_id: string;
      } & {
        /** 处理信息 */
        result_msg: string;
        /** 公众账号ID */
        appid: string;
        /** 子商户商户号 */
        sub_mch_id: string;
        /** 渠道商商户号 */
        channel_id: string;
      }
    >;
  };
  'v2/secapi/mch/modifyInstitutionsub': {
    /**
     * 修改子商户API
     *
     * 用于机构子商户创建成功后，接口提供子商户信息修改。
     *
     * Sent with the merchant TLS client certificate (`merchant` in Builder.factory).
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: {
          /** 机构appid */
          app_id: string;
          /** 机构商户号 */
          mch_id: string;
          /** 子商户号 */
          sub_mch_id: string;
          /**
           * 签名
           * Filled in by the client when left out.
           */
          sign?: string;
          /** 子商户全称 */
          merchant_name: string;
          /** 渠道编号 */
          channel_id?: string;
          /** 子商户简称 */
          merchant_shortname: string;
          /** 注册国家或区域 */
          merchant_country_code: string;
          /** 商户类型 */
          merchant_type: 'ENTERPRISE' | 'INDIVIDUAL';
          /** 业务类目 */
          business_category: string;
          /** MCC码 */
          mcc: string;
          /** 公司注册文件编号 */
          registration_certificate_number: string;
          /** 公司注册文件过期时间 */
          registration_certificate_date: string;
          /** 公司注册文件照片 */
          registration_certificate_copy?: string;
          /** 业务类型 */
          business_type: 'ONLINE' | 'OFFLINE' | 'BOTH';
          /** APP下载链接 */
          app_download: string;
          /** 业务网站 */
          business_website: string;
          /** 公众号 */
          office_account: string;
          /** 小程序 */
          mini_program: string;
          /** 门店地址 */
          store_address: string;
          /**
           * 门店照片
           * @format jsonArrayLike
           */
          store_photos?: string;
          /** 董事姓名 */
          director_name?: string;
          /** 董事证件号码 */
          director_id_number?: string;
          /** 负责人姓名 */
          principal_name?: string;
          /** 负责人证件号 */
          principal_id_number?: string;
          /** 公司电话 */
          office_phone: string;
          /** 联系人姓名 */
          contact_name: string;
          /** 联系人电话 */
          contact_phone: string;
          /** 联系人邮箱 */
          contact_email: string;
          /** 子商户结算银行账户 */
          settlement_bank_number?: string;
          /** 是否申请H5支付权限 */
          apply_h5_payment?: 'YES' | 'NO';
          /** H5经营网址 */
          h5_website_url?: string;
          /**
           * H5支付域名
           * @format jsonArrayLike
           */
          h5_domains?: string;
        };
      },
      {
        /** 返回状态码 */
        return_code: 'SUCCESS' | 'FAIL';
        /** 返回信息 */
        return_msg?: string;
      } & {
        /** 业务返回码 */
        result_code: 'SUCCESS' | 'FAIL';
        /** 错误编码 */
        err_code?: string;
        /** 错误描述 */
        err_code_des?: string;
        /** 子商户号 */
        sub_mch_id: string;
        /** 签名 */
        sign: string;
        /** 验证状态 */
        verification_status?: 'Under review' | 'Approved';
        /** H5支付权限状态 */
        h5_authorization_state?: 'APPROVED' | 'UNAUTHORIZED' | 'UNDER_REVIEW' | 'REJECTED' | 'UNDER_PUNISHMENT' | 'APPLICATION_FAILED';
      }
    >;
  };
  'v2/secapi/mch/modifymchinfo': {
    /**
     * 银行特约商户信息修改
     *
     * 1.目前支持修改简称和客服电话，子商户修改资料成功后，需要隔30天后才能修改。2.商户简称是用户支付界面显示的商户名，必须是能清楚标识某个商户，不能乱传。
     *
     * Sent with the merchant TLS client certificate (`merchant` in Builder.factory).
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/mch_bank.php?chapter=9_27&index=2&p=9
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: ModifymchinfoRequest;
      },
      ModifymchinfoResponse
    >;
  };
  'v2/secapi/mch/queryInstitutionsub': {
    /**
     * 查询子商户
     *
     * 用于机构查询子商户创建是否成功，接口只提供单个子商户信息查询。
     *
     * Sent with the merchant TLS client certificate (`merchant` in Builder.factory).
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: {
          /** 机构appid */
          app_id: string;
          /** 机构商户号 */
          mch_id: string;
          /** 子商户号 */
          sub_mch_id: string;
          /**
           * 签名
           * Filled in by the client when left out.
           */
          sign?: string;
        };
      },
      {
        /** 返回状态码 */
        return_code: 'SUCCESS' | 'FAIL';
        /** 返回信息 */
        return_msg?: string;
      } & {
        /** 业务返回码 */
        result_code: 'SUCCESS' | 'FAIL';
        /** 错误编码 */
        err_code?: string;
        /** 错误描述 */
        err_code_des?: string;
        /** 签名 */
        sign: string;
        /** 子商户号 */
        sub_mch_id: string;
        /** 子商户名称 */
        merchant_name: string;
        /** 子商户简称 */
        merchant_shortname: string;
        /** 注册国家或区域 */
        merchant_country_code?: string;
        /** 业务类目 */
        business_category: string;
        /** MCC */
        mcc?: string;
        /** 公司联系电话 */
        office_phone: string;
        /** 联系人姓名 */
        contact_name?: string;
        /** 联系人手机 */
        contact_phone?: string;
        /** 联系人邮箱 */
        contact_email?: string;
        /** 子商户唯一标识 */
        merchant_remark: string;
        /** 业务类型 */
        business_type?: 'ONLINE' | 'OFFLINE' | 'BOTH';
        /** 商户类型 */
        merchant_type?: 'ENTERPRISE' | 'INDIVIDUAL';
        /** 公司注册文件编号 */
        registration_certificate_number?: string;
        /** 公司注册文件过期时间 */
        registration_certificate_date?: string;
        /** APP下载链接 */
        app_download?: string;
        /** 业务网站 */
        business_website?: string;
        /** 公众号 */
        office_account?: string;
        /** 小程序 */
        mini_program?: string;
        /** 门店地址 */
        store_address?: string;
        /** 董事姓名 */
        director_name?: string;
        /** 董事证件编号 */
        director_id_number?: string;
        /** 负责人姓名 */
        principal_name?: string;
        /** 负责人证件编号 */
        principal_id_number?: string;
        /** 子商户结算银行账户 */
        settlement_bank_number?: string;
        /** 渠道编号 */
        channel_id?: string;
        /** H5支付权限状态 */
        h5_authorization_state?: 'APPROVED' | 'UNAUTHORIZED' | 'UNDER_REVIEW' | 'REJECTED' | 'UNDER_PUNISHMENT' | 'APPLICATION_FAILED';
        /** H5驳回详情 */
        h5_audit_reject_detail?: string;
        /**
         * 子商户状态
         *
         * - `OPERATING`: 正常
         * - `PENDING`: 待处理
         * - `DEACTIVATED`: 已停用
         * - `CLOSED`: 已关闭
         * - `INCOMPLETE_APPLICATION`: 未完成入驻
         */
        sub_mch_status?: 'OPERATING' | 'PENDING' | 'DEACTIVATED' | 'CLOSED' | 'INCOMPLETE_APPLICATION';
        /**
         * 子商户入驻状态
         *
         * - `UNDER_REVIEW`: 审核中
         * - `REJECTED`: 已驳回
         */
        application_status?: 'UNDER_REVIEW' | 'REJECTED';
        /**
         * 子商户入驻驳回详情
         * @format jsonArrayLike
         */
        application_reject_detail?: string;
        /** 附加信息 */
        attach?: string;
      }
    >;
  };
  'v2/secapi/mch/querysubdevconfig': {
    /**
     * 配置查询
     *
     * 服务商给特约子商户配置推荐关注、绑定关系和配置支付目录后可调用该API查询。
     *
     * Sent with the merchant TLS client certificate (`merchant` in Builder.factory).
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/mch_bank.php?chapter=9_25&index=4&p=901
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: QuerysubdevconfigRequest;
      },
      QuerysubdevconfigResponse
    >;
  };
  'v2/secapi/mch/submchmanage': {
    /**
     * 银行特约商户录入/银行特约商户资料查询
     *
     * 银行服务商接入微信支付前需要将下属特约商户基本资料信息报备给微信，在微信支付侧生成特约商户识别码后方可提交微信支付。特约商户识别码是区分子商户交易、结算和清分的标志。提供给银行服务商报备后的商户查询。通过MCHID（识别码），返回商户全部资料信息。
     *
     * Sent with the merchant TLS client certificate (`merchant` in Builder.factory).
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/mch_bank.php?chapter=9_21&index=3&p=9
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/mch_bank.php?chapter=9_22&index=3&p=9
     */
    post: Op<
      V2Extras & {
        /** Query parameters. */
        query: {
          action: 'add' | 'query';
        };
        /** The XML body fields. */
        xml: SubmchmanageRequest;
      },
      SubmchmanageResponse
    >;
  };
  'v2/secapi/mch/uploadmedia': {
    /**
     * 图片上传API
     *
     * 服务商操作员调用 API 接口，上传证件照片。支持 jpeg、jpg、bmp、png 格式，图片大小不超过2M。通过 POST 表单来调用该接口，表单媒体文件 id 为 media，需有 filename、filelength、content-type 等信息。
     *
     * Sent with the merchant TLS client certificate (`merchant` in Builder.factory).
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/xiaowei.php?chapter=19_9
     */
    post: Op<
      V2Extras & {
        /**
         * multipart/form-data body (e.g. `new MediaUtil(file).getStream()`, with its Content-Type header). Parts:
         * - `mch_id`: 服务商商户号或渠道号
         * - `media`: form-data中媒体文件标识，有filename、filelength、content-type等信息。**不参与签名计算**
         * - `media_hash`: 根据媒体文件内容进行MD5计算后的值，注意小写
         * - `sign`: 签名
         * - `sign_type`: 签名方式
         */
        body: UploadBody;
      },
      GeneralResponse & GeneralResponseSuccess & {
        /** 媒体标识Id,微信返回的媒体文件标识Id */
        media_id: string;
      }
    >;
  };
  'v2/secapi/mkt/addrecommendconf': {
    /**
     * 服务商特约商户关注功能配置
     *
     * 注意：API只支持新增配置，配置后隔30天才能重新修改，所以配置前请确认appid是否正确。
     *
     * Sent with the merchant TLS client certificate (`merchant` in Builder.factory).
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/mch_bank.php?chapter=9_24_1&index=1&p=901
     * @deprecated
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: AddrecommendconfRequest;
      },
      AddrecommendconfResponse
    >;
  };
  'v2/secapi/pay/facepayreverse': {
    /**
     * 撤销订单
     *
     * 支付交易返回失败或支付系统超时，调用该接口撤销交易。如果此订单用户支付失败，微信支付系统会将此订单关闭；如果用户支付成功，微信支付系统会将此订单资金退还给用户。调用支付接口后请勿立即调用撤销订单API，建议支付后至少15s后再调用撤销订单接口。
     *
     * Sent with the merchant TLS client certificate (`merchant` in Builder.factory).
     *
     * 官方人脸支付文档: https://share.weiyun.com/5dxUgCw
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: ReverseRequest;
      },
      ReverseResponse
    >;
  };
  'v2/secapi/pay/multiprofitsharing': {
    /**
     * 请求多次分账
     *
     * 微信订单支付成功后，服务商代子商户发起分账请求，将结算后的钱分到分账接收方。多次分账请求仅会按照传入的分账接收方进行分账，不会对剩余的金额进行任何操作。故操作成功后，在待分账金额不等于零时，订单依旧能够再次进行分账。● 多次分账，可以将本商户作为分账接收方直接传入，实现释放资金给本商户的功能。
     *
     * Sent with the merchant TLS client certificate (`merchant` in Builder.factory).
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/allocation.php?chapter=27_6&index=2
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/allocation_sl.php?chapter=25_6&index=2
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: MultiprofitsharingRequest;
      },
      MultiprofitsharingResponse
    >;
  };
  'v2/secapi/pay/profitsharing': {
    /**
     * 请求单次分账
     *
     * 单次分账请求按照传入的分账接收方账号和资金进行分账，同时会将订单剩余的待分账金额解冻给特约商户。故操作成功后，订单不能再进行分账，也不能进行分账完结。
     *
     * Sent with the merchant TLS client certificate (`merchant` in Builder.factory).
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/allocation.php?chapter=27_1&index=1
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/allocation_sl.php?chapter=25_1&index=1
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: ProfitsharingRequest;
      },
      ProfitsharingResponse
    >;
  };
  'v2/secapi/pay/profitsharingfinish': {
    /**
     * 完结分账
     *
     * 1、不需要进行分账的订单，可直接调用本接口将订单的金额全部解冻给特约商户 2、调用多次分账接口后，需要解冻剩余资金时，调用本接口将剩余的分账金额全部解冻给特约商户 3、已调用请求单次分账后，剩余待分账金额为零，不需要再调用此接口。
     *
     * Sent with the merchant TLS client certificate (`merchant` in Builder.factory).
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/allocation.php?chapter=27_5&index=6
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/allocation_sl.php?chapter=25_5&index=6
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: ProfitsharingfinishRequest;
      },
      ProfitsharingfinishResponse
    >;
  };
  'v2/secapi/pay/profitsharingreturn': {
    /**
     * 分账回退
     *
     * 此功能需要接收方在商户平台-交易中心-分账-分账接收设置下，开启同意分账回退后，才能使用。分账回退的时限是180天。
     *
     * Sent with the merchant TLS client certificate (`merchant` in Builder.factory).
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/allocation.php?chapter=27_7&index=8
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/allocation_sp.php?chapter=25_7&index=9
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: {
          /** 商户号 */
          mch_id: string;
          /** 子商户号 */
          sub_mch_id?: string;
          /** 公众账号ID */
          appid: string;
          /** 子商户公众账号ID */
          sub_appid?: string;
          /**
           * 随机字符串
           * Filled in by the client when left out.
           */
          nonce_str?: string;
          /**
           * 签名
           * Filled in by the client when left out.
           */
          sign?: string;
          /**
           * 签名类型
           * Filled in by the client when left out.
           */
          sign_type?: 'HMAC-SHA256';
          /** 微信分账单号 */
          order_id?: string;
          /** 商户分账单号 */
          out_order_no?: string;
          /** 商户回退单号 */
          out_return_no: string;
          /** 回退方类型 */
          return_account_type: 'MERCHANT_ID';
          /** 回退方账号 */
          return_account: string;
          /** 回退金额 */
          return_amount: number | string;
          /** 回退描述 */
          description: string;
        };
      },
      GeneralResponse & GeneralResponseSuccess & {
        /** 商户号 */
        mch_id: string;
        /** 子商户号 */
        sub_mch_id?: string;
        /** 公众账号ID */
        appid: string;
        /** 子商户公众账号ID */
        sub_appid?: string;
        /** 随机字符串 */
        nonce_str: string;
        /** 签名 */
        sign: string;
        /** 签名类型 */
        sign_type?: 'HMAC-SHA256';
        /** 微信分账单号 */
        order_id?: string;
        /** 商户分账单号 */
        out_order_no?: string;
        /** 商户回退单号 */
        out_return_no: string;
        /** 微信回退单号 */
        return_no?: string;
        /** 回退方类型 */
        return_account_type: 'MERCHANT_ID';
        /** 回退方账号 */
        return_account: string;
        /** 回退金额 */
        return_amount: string;
        /** 回退描述 */
        description: string;
        /** 回退结果 */
        result?: 'SUCCESS' | 'PROCESSING' | 'FAILED';
        /** 失败原因 */
        fail_reason?: 'ACCOUNT_ABNORMAL' | 'TIME_OUT_CLOSED' | 'PAYER_ACCOUNT_ABNORMAL' | 'INVALID_REQUEST';
        /** 完成时间 */
        finish_time?: string;
      }
    >;
  };
  'v2/secapi/pay/refund': {
    /**
     * 申请退款
     *
     * 一笔退款失败后重新提交，请不要更换退款单号，请使用原商户退款单号
     *
     * Sent with the merchant TLS client certificate (`merchant` in Builder.factory).
     *
     * 官方付款码文档: https://pay.weixin.qq.com/wiki/doc/api/micropay.php?chapter=9_4
     * 官方JSAPI文档: https://pay.weixin.qq.com/wiki/doc/api/jsapi.php?chapter=9_4
     * 官方NATIVE文档: https://pay.weixin.qq.com/wiki/doc/api/native.php?chapter=9_4
     * 官方APP文档: https://pay.weixin.qq.com/wiki/doc/api/app/app.php?chapter=9_4&index=6
     * 官方H5文档: https://pay.weixin.qq.com/wiki/doc/api/H5.php?chapter=9_4&index=4
     * 官方小程序支付文档: https://pay.weixin.qq.com/wiki/doc/api/wxa/wxa_api.php?chapter=9_4
     * 官方刷脸支付文档: https://share.weiyun.com/5dxUgCw
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: RefundRequest;
      },
      RefundResponse
    >;
  };
  'v2/secapi/pay/refundv2': {
    /**
     * 申请退款（支持单品）
     *
     * 如果使用不支持单品优惠部分退款的历史接口，请看，本接口支持单品优惠订单全额退款和单品优惠订单部分退款，推荐使用本接口，
     *
     * Sent with the merchant TLS client certificate (`merchant` in Builder.factory).
     *
     * 这里: https://pay.weixin.qq.com/wiki/doc/api/jsapi_sl.php?chapter=9_4
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/danpin.php?chapter=9_103&index=3
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: {
          /**
           * 退款包含的商品列表信息，全额退款可不传`JSON`格式字符串
           * @format jsonObjectLike
           */
          detail?: string;
        } & RefundRequest;
      },
      RefundResponse & {
        /**
         * 营销详情`JSON`格式字符串
         * @format jsonObjectLike
         */
        promotion_detail?: string;
      }
    >;
  };
  'v2/secapi/pay/reverse': {
    /**
     * 撤销订单
     *
     * 调用支付接口后请勿立即调用撤销订单API，建议支付后至少15s后再调用撤销订单接口。
     *
     * Sent with the merchant TLS client certificate (`merchant` in Builder.factory).
     *
     * 官方付款码文档: https://pay.weixin.qq.com/wiki/doc/api/micropay.php?chapter=9_11&index=3
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: ReverseRequest;
      },
      ReverseResponse
    >;
  };
  'v2/secsvc/getrealnameinfo': {
    /**
     * 微信支付实名授权
     *
     * 由于实名信息属于敏感数据，不能以明文数据传输，所以开发者需要用私钥对请求进行签名(sha256后base64编码). 微信支付会对用户的姓名和身份证信息用开发者的公钥加密 , 加密的padding算法为RSA_PKCS1_PADDING, 开发者可以使用私钥解密出明文
     *
     * Host: https://fraud.mch.weixin.qq.com/
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/realnameauthorization.php?chapter=60_5&index=1
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: {
          /** 接口版本号 */
          version: '1.0' | '2.0';
          /** 商户号 */
          mch_id: string;
          /** 公众账号ID */
          appid: string;
          /** 用户标识 */
          openid: string;
          /** 加密实名信息的证书序列号 */
          cert_serialno: string;
          /** 步骤2或步骤3获取到的access_token */
          access_token: string;
          /**
           * unix时间戳，必须获取当前时间。
           * @format uint32
           */
          timestamp?: number | string;
          /** 使用rsa私钥对证书序列号和unix时间戳的进行签名 */
          cert_sign?: string;
          /** 证件类型 */
          charset?: 'UTF-8' | 'GBK';
          /**
           * 随机字符串
           * Filled in by the client when left out.
           */
          nonce_str?: string;
          /**
           * 签名
           * Filled in by the client when left out.
           */
          sign?: string;
          /**
           * 签名类型
           * Filled in by the client when left out.
           */
          sign_type?: 'HMAC-SHA256';
        };
      },
      ErrorCodeDes & {
        /** 签名 */
        sign?: string;
        /** 业务结果 */
        result_code: 'SUCCESS' | 'FAIL';
        /** 公众账号ID */
        appid?: string;
        /** 商户号 */
        mch_id?: string;
        /** 随机字符串 */
        nonce_str?: string;
        /** 用户标识 */
        openid?: string;
        /** 加密后的姓名。如果请求参数charset=UTF-8，解密之后数据为UTF-8格式，否则解密之后数据为GBK格式。 */
        encrypted_real_name?: string;
        /** 加密后的证件号码 */
        encrypted_credential_id?: string;
        /**
         * 证件类型
         *
         * - `MAINLAND_ID`: 身份证
         * - `PASSPOT`: 护照
         * - `MO`: 军官证
         * - `SOLDIERS`: 士兵证
         * - `HVPS`: 回乡证
         * - `MAINLAND_TMP_ID`: 临时身份证
         * - `ACCOUNT_THIN`: 户口簿
         * - `POLICE`: 警官证
         * - `MTPS`: 台胞证
         * - `BL`: 营业执照
         * - `OTHER`: 其它证件
         * - `RPFF`: 外国人居留证
         * - `HK_MACAO`: 港澳居民居住证
         * - `TAIWAN`: 台湾居民居住证
         */
        cre_type?: 'MAINLAND_ID' | 'PASSPOT' | 'MO' | 'SOLDIERS' | 'HVPS' | 'MAINLAND_TMP_ID' | 'ACCOUNT_THIN' | 'POLICE' | 'MTPS' | 'BL' | 'OTHER' | 'RPFF' | 'HK_MACAO' | 'TAIWAN';
      }
    >;
  };
  'v2/secsvc/realnameauth': {
    /**
     * 微信支付实名验证
     *
     * 取得token后调用本接口验证微信用户的姓名和身份证信息是否匹配
     *
     * Host: https://fraud.mch.weixin.qq.com/
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/realnameauth.php?chapter=60_2&index=3
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: {
          /** 接口版本号 */
          version: '1.0' | '1.1';
          /** 商户号 */
          mch_id: string;
          /** 公众账号ID */
          appid: string;
          /** 用户标识 */
          openid: string;
          /** 真实姓名 */
          real_name: string;
          /** 证件类型 */
          cred_type: 1 | '1' | 2 | '2' | 5 | '5' | 9 | '9' | 12 | '12' | 17 | '17' | 18 | '18';
          /** 证件号码 */
          cred_id: string;
          /**
           * 随机字符串
           * Filled in by the client when left out.
           */
          nonce_str?: string;
          /** 步骤2或步骤3获取到的access_token */
          access_token: string;
          /**
           * 签名
           * Filled in by the client when left out.
           */
          sign?: string;
          /**
           * 签名类型
           * Filled in by the client when left out.
           */
          sign_type?: 'HMAC-SHA256' | 'MD5';
        };
      },
      ErrorCodeDes & {
        /** 签名 */
        sign?: string;
        /** 业务结果 */
        result_code: 'SUCCESS' | 'FAIL';
        /** 公众账号ID */
        appid?: string;
        /** 商户号 */
        mch_id?: string;
        /** 随机字符串 */
        nonce_str?: string;
        /** 用户标识 */
        openid?: string;
        /** 步骤2或步骤3获取到的access_token */
        access_token?: string;
        /** 有多个结果时用分号”;”连接 */
        verify_openid?: 'V_OP_NA' | 'V_OP_NM_MA' | 'V_OP_NM_UM';
        /** 当verify_openid为V_OP_NM_MA时返回 */
        verify_real_name?: 'V_NM_ID_MA' | 'V_NM_ID_UM' | 'V_NM_ID_TYPE_UM';
        /** 当verify_real_name为V_NM_ID_MA时返回 */
        bind_bankcard?: 'YES' | 'NO';
      }
    >;
  };
  'v2/tools/authcodetoopenid': {
    /**
     * 授权码查询openid
     *
     * 通过授权码查询公众号Openid，调用查询后，该授权码只能由此商户号发起扣款，直至授权码更新。
     *
     * 官方服务商付款码文档: https://pay.weixin.qq.com/wiki/doc/api/micropay_sl.php?chapter=9_12&index=8
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: {
          /** 公众账号ID */
          appid: string;
          /** 商户号 */
          mch_id: string;
          /** 子商户公众账号ID */
          sub_appid?: string;
          /** 子商户号 */
          sub_mch_id?: string;
          /** 授权码 */
          auth_code: string;
          /**
           * 随机字符串
           * Filled in by the client when left out.
           */
          nonce_str?: string;
          /**
           * 签名
           * Filled in by the client when left out.
           */
          sign?: string;
        };
      },
      {
        /** 子商户公众账号ID */
        sub_appid?: string;
        /** 子商户号 */
        sub_mch_id?: string;
      } & {
        /** 用户子标识 */
        sub_openid?: string;
      } & {
        /** 返回状态码 */
        return_code: 'SUCCESS' | 'FAIL';
        /** 返回信息 */
        return_msg?: string;
      } & {
        /** 公众账号ID */
        appid: string;
        /** 商户号 */
        mch_id: string;
        /** 随机字符串 */
        nonce_str: string;
        /** 签名 */
        sign: string;
        /** 业务结果 */
        result_code: 'SUCCESS' | 'FAIL';
        /** 错误代码 */
        err_code?: string;
      } & {
        /** 用户标识 */
        openid: string;
      }
    >;
  };
  'v2/tools/shorturl': {
    /**
     * 转换短链接
     *
     * 该接口主要用于Native支付模式一中的二维码链接转成短链接(weixin://wxpay/s/XXXXXX)，减小二维码数据量，提升扫描速度和精确度。
     *
     * 官方NATIVE文档: https://pay.weixin.qq.com/wiki/doc/api/native.php?chapter=9_9&index=10
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: {
          /** 公众账号ID */
          appid: string;
          /** 商户号 */
          mch_id: string;
          /** URL链接 */
          long_url: string;
          /**
           * 随机字符串
           * Filled in by the client when left out.
           */
          nonce_str?: string;
          /**
           * 签名
           * Filled in by the client when left out.
           */
          sign?: string;
          /**
           * 签名类型
           * Filled in by the client when left out.
           */
          sign_type?: 'MD5' | 'HMAC-SHA256';
        };
      },
      {
        /** 返回状态码 */
        return_code: 'SUCCESS' | 'FAIL';
        /** 返回信息 */
        return_msg: string;
      } & {
        /** 公众账号ID */
        appid: string;
        /** 商户号 */
        mch_id: string;
        /** 随机字符串 */
        nonce_str: string;
        /** 签名 */
        sign: string;
        /** 业务结果 */
        result_code: 'SUCCESS' | 'FAIL';
        /** 错误代码 */
        err_code?: string;
        /** URL链接 */
        short_url: string;
      }
    >;
  };
  'v2/transit/partnerpay/payapply': {
    /**
     * 申请扣款
     *
     * 委托代扣可应用于定期扣款或需事后扣款以期提高效率的场景。例如公交，地铁等通过用户授权给商户，进行委托扣款的场景。注：扣费请求首先按签约协议中记录的优先支付方式扣费，否则从可用扣款方式中依次选择扣款。
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/pap_sl_jt_v2.php?chapter=19_99&index=5
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: {
          /** 公众账号id */
          appid: string;
          /** 子商户公众账号id */
          sub_appid?: string;
          /** 商户号 */
          mch_id: string;
          /** 子商户号 */
          sub_mch_id: string;
          /**
           * 随机字符串
           * Filled in by the client when left out.
           */
          nonce_str?: string;
          /**
           * 签名类型
           * Filled in by the client when left out.
           */
          sign_type?: 'HMAC-SHA256';
          /**
           * 签名
           * Filled in by the client when left out.
           */
          sign?: string;
          /** 商品描述 */
          body: string;
          /** 商品详情 */
          detail?: string;
          /** 附加数据 */
          attach?: string;
          /** 商户订单号 */
          out_trade_no: string;
          /**
           * 总金额
           * @format int32
           */
          total_fee: number | string;
          /** 货币类型 */
          fee_type?: string;
          /** 终端IP */
          spbill_create_ip: string;
          /** 商品标记 */
          goods_tag?: string;
          /** 回调通知url */
          notify_url: string;
          /** 交易类型 */
          trade_type: 'PAP';
          /** 委托代扣协议id */
          contract_id?: string;
          /** 交易场景 */
          trade_scene: 'METRO' | 'BUS';
          /**
           * 场景信息`JSON`格式字符串
           * @format jsonObjectLike
           */
          scene_info: string;
          /** 客户端 IP */
          clientip?: string;
          /** 设备ID */
          deviceid?: string;
          /** 手机号 */
          mobile?: string;
          /** 邮箱地址 */
          email?: string;
          /** QQ号 */
          qq?: string;
          /** 微信openID */
          openid?: string;
          /** 身份证号 */
          creid?: string;
          /** 商户侧用户标识 */
          outerid?: string;
          /** 版本号 此字段仅针对有垫资权限的商户有效。 */
          version: '2.0';
        };
      },
      {
        /** 返回状态码 */
        return_code: 'SUCCESS' | 'FAIL';
        /** 返回信息 */
        return_msg: string;
      } & ErrCodeDes4
    >;
  };
  'v2/transit/partnerpay/queryorder': {
    /**
     * 查询订单
     *
     * 该接口仅提供微信代扣订单的查询，商户可以通过该接口主动查询微信代扣订单状态，完成下一步的业务逻辑。
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/vehicle_v2_sl.php?chapter=20_96&index=7&p=202
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: {
          /** 请求appid */
          appid: string;
          /** 子商户公众账号id */
          sub_appid?: string;
          /** 商户号 */
          mch_id: string;
          /** 子商户号 */
          sub_mch_id: string;
          /**
           * 微信订单号
           * 二选一: give at least one of `transaction_id`, `out_trade_no`.
           */
          transaction_id?: string;
          /**
           * 商户订单号
           * 二选一: give at least one of `transaction_id`, `out_trade_no`.
           */
          out_trade_no?: string;
          /**
           * 随机字符串
           * Filled in by the client when left out.
           */
          nonce_str?: string;
          /**
           * 签名类型
           * Filled in by the client when left out.
           */
          sign_type?: 'HMAC-SHA256';
          /**
           * 签名
           * Filled in by the client when left out.
           */
          sign?: string;
        } & ({ transaction_id: string } | { out_trade_no: string });
      },
      {
        /** 返回状态码 */
        return_code: 'SUCCESS' | 'FAIL';
        /** 返回信息 */
        return_msg?: string;
      } & ErrCodeDes5 & {
        /** 设备号 */
        device_info?: string;
        /** 用户标识 */
        openid: string;
        /** 用户子标识 */
        sub_openid?: string;
        /** 是否关注公众账号 */
        is_subscribe?: 'Y' | 'N';
        /** 交易类型 */
        trade_type: 'PAP';
        /** 交易状态 */
        trade_state: 'SUCCESS' | 'REFUND' | 'NOTPAY' | 'CLOSED' | 'REVOKED' | 'USERPAYING' | 'PAYERROR' | 'ACCEPT';
        /** 付款银行 */
        bank_type: string;
        /**
         * 总金额
         * @format int32
         */
        total_fee: string;
        /** 货币种类 */
        fee_type?: string;
        /**
         * 现金支付金额
         * @format int32
         */
        cash_fee: string;
        /** 现金支付货币类型 */
        cash_fee_type?: string;
        /**
         * 应结订单金额
         * @format int32
         */
        settlement_total_fee?: string;
        /**
         * 代金券或立减优惠金额
         * @format int32
         */
        coupon_fee?: string;
        /**
         * 代金券或立减优惠使用数量
         * @format int32
         */
        coupon_count?: string;
        /** 代金券类型 */
        coupon_type_$n?: string;
        /** 代金券或立减优惠ID */
        coupon_id_$n?: string;
        /**
         * 单个代金券或立减优惠支付金额
         * @format int32
         */
        coupon_fee_$n?: string;
        /** 微信支付订单号 */
        transaction_id: string;
        /** 商户订单号 */
        out_trade_no: string;
        /** 附加数据 */
        attach?: string;
        /** 支付完成时间 */
        time_end: string;
        /** 交易状态描述 */
        trade_state_desc?: string;
      }
    >;
  };
  'v2/transit/partnerpay/querystate': {
    /**
     * 查询用户状态接口
     *
     * 用于查询用户是否有欠费或黑名单用户情况，确定能否符合微信侧开通乘车卡免密支付要求。如已经开通乘车卡，则需传签约号，可确定是否符合继续使用乘车卡的要求。
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/pap_sl_jt_v2.php?chapter=19_96&index=5
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: {
          /** 公众账号id */
          appid: string;
          /** 子商户公众账号id */
          sub_appid?: string;
          /** 商户号 */
          mch_id: string;
          /** 子商户号 */
          sub_mch_id: string;
          /**
           * 随机字符串
           * Filled in by the client when left out.
           */
          nonce_str?: string;
          /** 委托代扣协议id */
          contract_id: string;
          /**
           * 签名类型
           * Filled in by the client when left out.
           */
          sign_type?: 'HMAC-SHA256';
          /**
           * 签名
           * Filled in by the client when left out.
           */
          sign?: string;
          /** 微信open ID */
          openid: string;
        };
      },
      {
        /** 返回状态码 */
        return_code: 'SUCCESS' | 'FAIL';
        /** 返回信息 */
        return_msg?: string;
      } & {
        /** 请求appid */
        appid: string;
        /** 子商户公众账号id */
        sub_appid?: string;
        /** 商户号 */
        mch_id: string;
        /** 子商户号 */
        sub_mch_id?: string;
        /** 随机字符串 */
        nonce_str: string;
        /** 签名 */
        sign: string;
        /** 业务结果 */
        result_code: 'SUCCESS' | 'FAIL';
        /** 错误代码 */
        err_code?: string;
        /** 错误代码描述 */
        err_code_des?: string;
      } & ContractState2
    >;
  };
  'v2/transit/pay/payapply': {
    /**
     * 申请扣款
     *
     * 委托代扣可应用于定期扣款或需事后扣款以期提高效率的场景。例如公交，地铁等通过用户授权给商户，进行委托扣款的场景。注：扣费请求首先按签约协议中记录的优先支付方式扣费，否则从可用扣款方式中依次选择扣款。
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/pap_jt_v2.php?chapter=19_99&index=5
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: {
          /** 公众账号id */
          appid: string;
          /** 商户号 */
          mch_id: string;
          /**
           * 随机字符串
           * Filled in by the client when left out.
           */
          nonce_str?: string;
          /**
           * 签名类型
           * Filled in by the client when left out.
           */
          sign_type?: 'HMAC-SHA256';
          /**
           * 签名
           * Filled in by the client when left out.
           */
          sign?: string;
          /** 商品描述 */
          body: string;
          /** 商品详情 */
          detail?: string;
          /** 附加数据 */
          attach?: string;
          /** 商户订单号 */
          out_trade_no: string;
          /**
           * 总金额
           * @format int32
           */
          total_fee: number | string;
          /** 货币类型 */
          fee_type?: string;
          /** 终端IP */
          spbill_create_ip: string;
          /** 商品标记 */
          goods_tag?: string;
          /** 回调通知url */
          notify_url: string;
          /** 交易类型 */
          trade_type: 'PAP';
          /** 委托代扣协议id */
          contract_id?: string;
          /** 交易场景 */
          trade_scene: 'METRO' | 'BUS';
          /**
           * 场景信息`JSON`格式字符串
           * @format jsonObjectLike
           */
          scene_info: string;
          /** 客户端 IP */
          clientip?: string;
          /** 设备ID */
          deviceid?: string;
          /** 手机号 */
          mobile?: string;
          /** 邮箱地址 */
          email?: string;
          /** QQ号 */
          qq?: string;
          /** 微信openID */
          openid?: string;
          /** 身份证号 */
          creid?: string;
          /** 商户侧用户标识 */
          outerid?: string;
          /** 版本号 此字段仅针对有垫资权限的商户有效。 */
          version: '2.0';
        };
      },
      {
        /** 返回状态码 */
        return_code: 'SUCCESS' | 'FAIL';
        /** 返回信息 */
        return_msg: string;
      } & ErrCodeDes6
    >;
  };
  'v2/transit/pay/querystate': {
    /**
     * 查询用户状态接口
     *
     * 用于查询用户是否有欠费或黑名单用户情况，确定能否符合微信侧开通乘车卡免密支付要求。如已经开通乘车卡，则需传签约号，可确定是否符合继续使用乘车卡的要求。
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/pap_jt_v2.php?chapter=19_96&index=12
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: {
          /** 公众账号id */
          appid: string;
          /** 商户号 */
          mch_id: string;
          /**
           * 随机字符串
           * Filled in by the client when left out.
           */
          nonce_str?: string;
          /** 委托代扣协议id */
          contract_id: string;
          /**
           * 签名类型
           * Filled in by the client when left out.
           */
          sign_type?: 'HMAC-SHA256';
          /**
           * 签名
           * Filled in by the client when left out.
           */
          sign?: string;
          /** 微信openID */
          openid: string;
        };
      },
      {
        /** 返回状态码 */
        return_code: 'SUCCESS' | 'FAIL';
        /** 返回信息 */
        return_msg?: string;
      } & ErrCodeDes3 & ContractState2
    >;
  };
  'v2/transit/queryorder': {
    /**
     * 查询订单
     *
     * 该接口仅提供微信代扣订单的查询，商户可以通过该接口主动查询微信代扣订单状态，完成下一步的业务逻辑。
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/vehicle_v2.php?chapter=20_96&index=7
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: {
          /** 请求appid */
          appid: string;
          /** 商户号 */
          mch_id: string;
          /**
           * 微信订单号
           * 二选一: give at least one of `transaction_id`, `out_trade_no`.
           */
          transaction_id?: string;
          /**
           * 商户订单号
           * 二选一: give at least one of `transaction_id`, `out_trade_no`.
           */
          out_trade_no?: string;
          /**
           * 随机字符串
           * Filled in by the client when left out.
           */
          nonce_str?: string;
          /**
           * 签名类型
           * Filled in by the client when left out.
           */
          sign_type?: 'HMAC-SHA256';
          /**
           * 签名
           * Filled in by the client when left out.
           */
          sign?: string;
        } & ({ transaction_id: string } | { out_trade_no: string });
      },
      {
        /** 返回状态码 */
        return_code: 'SUCCESS' | 'FAIL';
        /** 返回信息 */
        return_msg?: string;
      } & ErrCodeDes3 & {
        /** 设备号 */
        device_info?: string;
        /** 用户标识 */
        openid: string;
        /** 是否关注公众账号 */
        is_subscribe?: 'Y' | 'N';
        /** 交易类型 */
        trade_type: 'PAP';
        /** 交易状态 */
        trade_state: 'SUCCESS' | 'REFUND' | 'NOTPAY' | 'CLOSED' | 'REVOKED' | 'USERPAYING' | 'PAYERROR' | 'ACCEPT';
        /** 付款银行 */
        bank_type: string;
        /**
         * 总金额
         * @format int32
         */
        total_fee: string;
        /** 货币种类 */
        fee_type?: string;
        /**
         * 现金支付金额
         * @format int32
         */
        cash_fee: string;
        /** 现金支付货币类型 */
        cash_fee_type?: string;
        /**
         * 应结订单金额
         * @format int32
         */
        settlement_total_fee?: string;
        /**
         * 代金券或立减优惠金额
         * @format int32
         */
        coupon_fee?: string;
        /**
         * 代金券或立减优惠使用数量
         * @format int32
         */
        coupon_count?: string;
        /** 代金券类型 */
        coupon_type_$n?: string;
        /** 代金券或立减优惠ID */
        coupon_id_$n?: string;
        /**
         * 单个代金券或立减优惠支付金额
         * @format int32
         */
        coupon_fee_$n?: string;
        /** 微信支付订单号 */
        transaction_id: string;
        /** 商户订单号 */
        out_trade_no: string;
        /** 附加数据 */
        attach?: string;
        /** 支付完成时间 */
        time_end: string;
        /** 交易状态描述 */
        trade_state_desc?: string;
      }
    >;
  };
  'v2/vehicle/partnerpay/notification': {
    /**
     * 用户入场通知api
     *
     * 在停车场场景下，如用户已加入车主平台，则进行入场通知；如用户已经欠费，会发送用户欠费入场通知。本接口，会查询用户是否有欠费或黑名单用户情况，并将对应的用户状态进行返回。
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/vehicle_v2_sl.php?chapter=20_992&index=1&p=202
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: {
          /** 公众账号id */
          appid: string;
          /** 商户号 */
          mch_id: string;
          /** 子商户公众账号id */
          sub_appid: string;
          /** 子商户号 */
          sub_mch_id: string;
          /**
           * 随机字符串
           * Filled in by the client when left out.
           */
          nonce_str?: string;
          /**
           * 签名类型
           * Filled in by the client when left out.
           */
          sign_type?: 'HMAC-SHA256';
          /**
           * 签名
           * Filled in by the client when left out.
           */
          sign?: string;
          /** 版本号 */
          version: '3.0';
          /** 交易场景 */
          trade_scene: 'PARKING' | 'PARKING SPACE';
          /**
           * 场景信息`JSON`格式字符串
           * @format jsonObjectLike
           */
          scene_info: string;
        };
      },
      {
        /** 返回状态码 */
        return_code: 'SUCCESS' | 'FAIL';
        /** 返回信息 */
        return_msg?: string;
        /** 公众账号id */
        appid: string;
        /** 商户号 */
        mch_id: string;
        /** 子商户公众账号id */
        sub_appid?: string;
        /** 子商户号 */
        sub_mch_id: string;
        /** 随机字符串 */
        nonce_str: string;
        /** 签名 */
        sign: string;
        /** 业务结果 */
        result_code: 'SUCCESS' | 'FAIL';
        /** 错误代码 */
        err_code?: string;
        /** 错误代码描述 */
        err_code_des?: string;
        /** 用户状态 */
        user_state: 'NORMAL' | 'BLOCK';
        /** 发起扣费方式 */
        deduct_mode?: 'PROACTIVE' | 'AUTOPAY';
      }
    >;
  };
  'v2/vehicle/partnerpay/payapply': {
    /**
     * 申请扣款
     *
     * 委托代扣可应用于定期扣款或需事后扣款以期提高效率的场景。例如高速，停车场等通过用户授权给商户，进行委托扣款的场景。
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/vehicle_v2_sl.php?chapter=20_982&index=2&p=202
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: {
          /** 公众账号id */
          appid: string;
          /** 子商户公众账号id */
          sub_appid: string;
          /** 商户号 */
          mch_id: string;
          /** 子商户号 */
          sub_mch_id: string;
          /**
           * 随机字符串
           * Filled in by the client when left out.
           */
          nonce_str?: string;
          /**
           * 签名类型
           * Filled in by the client when left out.
           */
          sign_type?: 'HMAC-SHA256';
          /**
           * 签名
           * Filled in by the client when left out.
           */
          sign?: string;
          /** 商品描述 */
          body: string;
          /** 商品详情 */
          detail?: string;
          /** 附加数据 */
          attach?: string;
          /** 商户订单号 */
          out_trade_no: string;
          /**
           * 总金额
           * @format int32
           */
          total_fee: number | string;
          /** 货币类型 */
          fee_type?: string;
          /** 终端IP */
          spbill_create_ip: string;
          /** 商品标记 */
          goods_tag?: string;
          /** 回调通知url */
          notify_url: string;
          /** 交易类型 */
          trade_type: 'PAP';
          /** 版本号 */
          version: '3.0';
          /** 交易场景 */
          trade_scene: 'PARKING' | 'PARKING SPACE';
          /** 用户标识 */
          openid?: string;
          /** 分账标识 */
          profit_sharing?: 'Y' | 'N';
          /**
           * 场景信息`JSON`格式字符串
           * @format jsonObjectLike
           */
          scene_info: string;
        };
      },
      {
        /** 返回状态码 */
        return_code: 'SUCCESS' | 'FAIL';
        /** 返回信息 */
        return_msg: string;
      } & ErrCodeDes4
    >;
  };
  'v2/vehicle/partnerpay/querystate': {
    /**
     * 用户状态查询
     *
     * 在停车场、高速、加油等场景下，商户需获取用户车主服务状态/需要关联车主服务。本接口，会查询用户是否开通、授权、有欠费或黑名单用户情况，并将对应的用户状态进行返回。
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/vehicle_v2_sl.php?chapter=20_93&index=9&p=202
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: {
          /** 公众账号id */
          appid: string;
          /** 子商户公众账号id */
          sub_appid: string;
          /** 商户号 */
          mch_id: string;
          /** 子商户号 */
          sub_mch_id: string;
          /**
           * 随机字符串
           * Filled in by the client when left out.
           */
          nonce_str?: string;
          /**
           * 签名类型
           * Filled in by the client when left out.
           */
          sign_type?: 'HMAC-SHA256';
          /**
           * 签名
           * Filled in by the client when left out.
           */
          sign?: string;
          /** 交易场景 */
          trade_scene: 'PARKING' | 'PARKING SPACE' | 'GAS' | 'HIGHWAY' | 'BRIDGE';
          /** 跳转场景 */
          jump_scene?: 'APP' | 'H5';
          /**
           * 用户标识
           * 二选一: give at least one of `openid`, `plate_number`.
           */
          openid?: string;
          /** 用户子标识 */
          sub_openid: string;
          /**
           * 车牌号
           * 二选一: give at least one of `openid`, `plate_number`.
           */
          plate_number?: string;
          /** 版本号 */
          version: '3.0';
        } & ({ openid: string } | { plate_number: string });
      },
      {
        /** 返回状态码 */
        return_code: 'SUCCESS' | 'FAIL';
        /** 返回信息 */
        return_msg?: string;
      } & ErrCodeDes5 & {
        /** 用户状态 */
        user_state: 'NORMAL' | 'PAUSED' | 'OVERDUE' | 'UNAUTHORIZED';
        /** 用户标识 */
        openid?: string;
        /** 发起扣费方式 */
        deduct_mode?: 'PROACTIVE' | 'AUTOPAY';
        /** 用户子标识 */
        sub_openid?: string;
        /** 跳转路径 */
        path?: string;
        /**
         * 车牌信息
         * @format jsonObjectLike
         */
        plate_number_info?: string;
      }
    >;
  };
  'v2/vehicle/pay/notification': {
    /**
     * 用户入场通知api
     *
     * 在停车场场景下，商户调用本接口，会注册接收用户场中状态变化通知，并返回用户车主服务是否可用的状态。调用该接口，微信侧不会向用户下发入场通知消息，消息由商户下发。
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/vehicle_v2.php?chapter=20_992&index=1
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: {
          /** 公众账号id */
          appid: string;
          /** 商户号 */
          mch_id: string;
          /**
           * 随机字符串
           * Filled in by the client when left out.
           */
          nonce_str?: string;
          /**
           * 签名类型
           * Filled in by the client when left out.
           */
          sign_type?: 'HMAC-SHA256';
          /**
           * 签名
           * Filled in by the client when left out.
           */
          sign?: string;
          /** 版本号 */
          version: string;
          /** 交易场景 */
          trade_scene: 'PARKING' | 'PARKING SPACE';
          /**
           * 场景信息`JSON`格式字符串
           * @format jsonObjectLike
           */
          scene_info: string;
        };
      },
      {
        /** 返回状态码 */
        return_code: 'SUCCESS' | 'FAIL';
        /** 返回信息 */
        return_msg?: string;
        /** 公众账号id */
        appid: string;
        /** 商户号 */
        mch_id: string;
        /** 随机字符串 */
        nonce_str: string;
        /** 签名 */
        sign: string;
        /** 业务结果 */
        result_code: 'SUCCESS' | 'FAIL';
        /** 错误代码 */
        err_code?: string;
        /** 错误代码描述 */
        err_code_des?: string;
        /** 用户状态 */
        user_state: 'NORMAL' | 'BLOCK';
        /** 发起扣费方式 */
        deduct_mode?: 'PROACTIVE' | 'AUTOPAY';
      }
    >;
  };
  'v2/vehicle/pay/payapply': {
    /**
     * 申请扣款
     *
     * 委托代扣可应用于定期扣款或需事后扣款以期提高效率的场景。例如高速，停车场等通过用户授权给商户，进行委托扣款的场景。
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/vehicle_v2.php?chapter=20_982&index=1
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: {
          /** 公众账号id */
          appid: string;
          /** 商户号 */
          mch_id: string;
          /**
           * 随机字符串
           * Filled in by the client when left out.
           */
          nonce_str?: string;
          /**
           * 签名类型
           * Filled in by the client when left out.
           */
          sign_type?: 'HMAC-SHA256';
          /**
           * 签名
           * Filled in by the client when left out.
           */
          sign?: string;
          /** 商品描述 */
          body: string;
          /** 商品详情 */
          detail?: string;
          /** 附加数据 */
          attach?: string;
          /** 商户订单号 */
          out_trade_no: string;
          /**
           * 总金额
           * @format int32
           */
          total_fee: number | string;
          /** 货币类型 */
          fee_type?: string;
          /** 终端IP */
          spbill_create_ip: string;
          /** 商品标记 */
          goods_tag?: string;
          /** 回调通知url */
          notify_url: string;
          /** 交易类型 */
          trade_type: 'PAP';
          /** 版本号 */
          version: '3.0';
          /** 交易场景 */
          trade_scene: 'PARKING' | 'PARKING SPACE' | 'GAS' | 'HIGHWAY' | 'BRIDGE';
          /** 用户标识 */
          openid?: string;
          /** 分账标识 */
          profit_sharing?: 'Y' | 'N';
          /**
           * 场景信息`JSON`格式字符串
           * @format jsonObjectLike
           */
          scene_info: string;
        };
      },
      {
        /** 返回状态码 */
        return_code: 'SUCCESS' | 'FAIL';
        /** 返回信息 */
        return_msg: string;
      } & ErrCodeDes6
    >;
  };
  'v2/vehicle/pay/querystate': {
    /**
     * 用户状态查询
     *
     * 在停车场、高速、加油等场景下，商户需获取用户车主服务状态/需要关联车主服务。本接口，会查询用户是否开通、授权、有欠费或黑名单用户情况，并将对应的用户状态进行返回。
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/vehicle_v2.php?chapter=20_93&index=9
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: {
          /** 公众账号id */
          appid: string;
          /** 商户号 */
          mch_id: string;
          /**
           * 随机字符串
           * Filled in by the client when left out.
           */
          nonce_str?: string;
          /**
           * 签名类型
           * Filled in by the client when left out.
           */
          sign_type?: 'HMAC-SHA256';
          /**
           * 签名
           * Filled in by the client when left out.
           */
          sign?: string;
          /** 交易场景 */
          trade_scene: 'PARKING' | 'PARKING SPACE' | 'GAS' | 'HIGHWAY' | 'BRIDGE';
          /** 跳转场景 */
          jump_scene?: string;
          /**
           * 用户标识
           * 二选一: give at least one of `openid`, `plate_number`.
           */
          openid?: string;
          /**
           * 车牌号
           * 二选一: give at least one of `openid`, `plate_number`.
           */
          plate_number?: string;
          /** 版本号 */
          version: '3.0';
        } & ({ openid: string } | { plate_number: string });
      },
      {
        /** 返回状态码 */
        return_code: 'SUCCESS' | 'FAIL';
        /** 返回信息 */
        return_msg?: string;
      } & ErrCodeDes3 & {
        /** 用户状态 */
        user_state: 'NORMAL' | 'PAUSED' | 'OVERDUE' | 'UNAUTHORIZED';
        /** 用户标识 */
        openid?: string;
        /** 发起扣费方式 */
        deduct_mode?: 'PROACTIVE' | 'AUTOPAY';
        /** 跳转路径 */
        path?: string;
        /**
         * 车牌信息
         * @format jsonObjectLike
         */
        plate_number_info?: string;
      }
    >;
  };
  'v2/wxv/cancelbill': {
    /**
     * 撤销租借订单
     *
     * 订单创建后，调用完结租借订单接口前。调用完结租借订单接口后不可调用该接口。
     *
     * Sent with the merchant TLS client certificate (`merchant` in Builder.factory).
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=18_3&index=4
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: {
          /** 接口版本号 */
          version: '1.0';
          /** 公众账号ID */
          appid: string;
          /** 商户号 */
          mch_id: string;
          /**
           * 随机字符串
           * Filled in by the client when left out.
           */
          nonce_str?: string;
          /**
           * 签名
           * Filled in by the client when left out.
           */
          sign?: string;
          /**
           * 签名类型
           * Filled in by the client when left out.
           */
          sign_type?: 'HMAC-SHA256';
          /** 商户服务订单号 */
          out_order_no: string;
          /** 撤销原因 */
          reason: string;
          /** 服务ID */
          service_id: string;
        };
      },
      {
        /** 返回状态码 */
        return_code: 'SUCCESS' | 'FAIL';
        /** 返回结果 */
        return_msg?: string;
      } & {
        /** 签名 */
        sign: string;
        /** 随机字符串 */
        nonce_str: string;
        /** 业务结果 */
        result_code: 'SUCCESS' | 'FAIL';
        /** 错误代码 */
        err_code?: string;
        /** 错误描述 */
        err_code_des?: string;
        /** 公众账号ID */
        appid: string;
        /** 商户号 */
        mch_id: string;
        /** 商户服务订单号 */
        out_order_no: string;
        /** 服务ID */
        service_id: string;
        /** 微信支付服务订单号 */
        order_id: string;
      }
    >;
  };
  'v2/wxv/changerentmoney': {
    /**
     * 修改租借订单
     *
     * 前置条件：商户完结订单后，用户支付成功前。用户支付成功后不可使用该接口。
     *
     * Sent with the merchant TLS client certificate (`merchant` in Builder.factory).
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=18_5&index=6
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: {
          /** 接口版本号 */
          version: '1.0';
          /** 公众账号ID */
          appid: string;
          /** 商户号 */
          mch_id: string;
          /**
           * 随机字符串
           * Filled in by the client when left out.
           */
          nonce_str?: string;
          /**
           * 签名
           * Filled in by the client when left out.
           */
          sign?: string;
          /**
           * 签名类型
           * Filled in by the client when left out.
           */
          sign_type?: 'HMAC-SHA256';
          /** 商户服务订单号 */
          out_order_no: string;
          /** 修改原因 */
          reason?: string;
          /** 服务ID */
          service_id: string;
          /**
           * 总金额
           * @format int32
           */
          total_amount: number | string;
          /**
           * 租金费用
           * @format int32
           */
          rent_fee: number | string;
          /**
           * 赔偿金费用
           * @format int32
           */
          compensation_fee: number | string;
          /** 赔偿金费用说明 */
          compensation_fee_desc?: string;
        };
      },
      {
        /** 返回状态码 */
        return_code: 'SUCCESS' | 'FAIL';
        /** 返回结果 */
        return_msg?: string;
      } & ServiceId3 & {
        /** 微信支付服务订单号 */
        order_id: string;
      }
    >;
  };
  'v2/wxv/createhotelbill': {
    /**
     * 创建速住订单
     *
     * 创建订单后如果超过一小时用户没有进行确认订单操作
     *
     * Sent with the merchant TLS client certificate (`merchant` in Builder.factory).
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=19_1&index=2
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: {
          /** 接口版本号 */
          version: '1.0';
          /** 公众账号ID */
          appid: string;
          /** 商户号 */
          mch_id: string;
          /**
           * 随机字符串
           * Filled in by the client when left out.
           */
          nonce_str?: string;
          /**
           * 签名
           * Filled in by the client when left out.
           */
          sign?: string;
          /**
           * 签名类型
           * Filled in by the client when left out.
           */
          sign_type?: 'HMAC-SHA256';
          /** 商户服务订单号 */
          out_order_no: string;
          /** 服务ID */
          service_id: string;
          /** 房间 */
          room: string;
          /** 入住时间 */
          start_time: string;
          /** 预定离店时间 */
          end_time: string;
          /** 酒店 */
          service_location: string;
          /**
           * 押金金额
           * @format int32
           */
          deposit_amount: number | string;
          /**
           * 房费
           * @format int32
           */
          room_rate: number | string;
          /** 房费说明 */
          room_rate_desc?: string;
          /** 回调数据包 */
          attach?: string;
          /** 取消规则标签 */
          cancel_rule: string;
          /** 取消规则描述 */
          cancel_rule_desc: string;
        } & Address4;
      },
      {
        /** 返回状态码 */
        return_code: 'SUCCESS' | 'FAIL';
        /** 返回结果 */
        return_msg?: string;
      } & ServiceId3 & Package2
    >;
  };
  'v2/wxv/createrentbill': {
    /**
     * 创建租借订单
     *
     * 创建订单后如果超过一小时用户没有进行确认订单操作,订单将失效,无法被用户确认。
     *
     * Sent with the merchant TLS client certificate (`merchant` in Builder.factory).
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=18_1&index=2
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: {
          /** 接口版本号 */
          version: '1.0';
          /** 公众账号ID */
          appid: string;
          /** 商户号 */
          mch_id: string;
          /**
           * 随机字符串
           * Filled in by the client when left out.
           */
          nonce_str?: string;
          /**
           * 签名
           * Filled in by the client when left out.
           */
          sign?: string;
          /**
           * 签名类型
           * Filled in by the client when left out.
           */
          sign_type?: 'HMAC-SHA256';
          /** 商户服务订单号 */
          out_order_no: string;
          /** 服务ID */
          service_id: string;
          /** 商品名称 */
          goods_name: string;
          /** 租用时间 */
          start_time?: string;
          /** 预定归还时间 */
          end_time?: string;
          /** 租用地点 */
          service_location?: string;
          /**
           * 押金总额
           * @format int32
           */
          deposit_amount: number | string;
          /** 租金规则 计费单位 */
          rent_unit: string;
          /**
           * 租金规则 计费单价费用
           * @format int32
           */
          rent_unit_fee: number | string;
          /** 租金规则 计费说明 */
          rent_fee_desc?: string;
          /** 商户数据包 */
          attach?: string;
        } & Address4;
      },
      {
        /** 返回状态码 */
        return_code: 'SUCCESS' | 'FAIL';
        /** 返回结果 */
        return_msg?: string;
      } & ServiceId3 & Package2
    >;
  };
  'v2/wxv/finishhotelbill': {
    /**
     * 完结速住订单
     *
     * 前置条件：用户确认使用业务后。
     *
     * Sent with the merchant TLS client certificate (`merchant` in Builder.factory).
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=19_4&index=5
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: {
          /** 接口版本号 */
          version: '1.0';
          /** 公众账号ID */
          appid: string;
          /** 商户号 */
          mch_id: string;
          /**
           * 随机字符串
           * Filled in by the client when left out.
           */
          nonce_str?: string;
          /**
           * 签名
           * Filled in by the client when left out.
           */
          sign?: string;
          /**
           * 签名类型
           * Filled in by the client when left out.
           */
          sign_type?: 'HMAC-SHA256';
          /** 商户服务订单号 */
          out_order_no: string;
          /** 服务ID */
          service_id: string;
          /** 是否入住 */
          checked_in: boolean;
          /** 实际离店时间 */
          real_end_time?: string;
          /**
           * 其他费用金额
           * @format int32
           */
          other_fee: number | string;
          /** 其他费用说明 */
          other_fee_desc: string;
          /**
           * 取消费用
           * @format int32
           */
          cancel_fee?: number | string;
          /**
           * 赔偿金费用
           * @format int32
           */
          compensation_fee: number | string;
          /** 赔偿金说明 */
          compensation_fee_desc: string;
          /**
           * 房费
           * @format int32
           */
          room_rate?: number | string;
          /**
           * 延迟退房费用
           * @format int32
           */
          overdue_fine: number | string;
          /** 延迟退房说明 */
          overdue_fine_desc: string;
          /**
           * 总金额
           * @format int32
           */
          total_amount: number | string;
          /** 完结凭证 */
          finish_ticket: string;
          /** 分账标识 */
          profit_sharing: 'Y' | 'N';
        };
      },
      {
        /** 返回状态码 */
        return_code: 'SUCCESS' | 'FAIL';
        /** 返回结果 */
        return_msg?: string;
      } & ServiceId3 & {
        /** 微信支付服务订单号 */
        order_id: string;
      }
    >;
  };
  'v2/wxv/finishrentbill': {
    /**
     * 完结租借订单
     *
     * 前置条件：用户确认使用业务后。
     *
     * Sent with the merchant TLS client certificate (`merchant` in Builder.factory).
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=18_4&index=5
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: {
          /** 接口版本号 */
          version: '1.0';
          /** 公众账号ID */
          appid: string;
          /** 商户号 */
          mch_id: string;
          /**
           * 随机字符串
           * Filled in by the client when left out.
           */
          nonce_str?: string;
          /**
           * 签名
           * Filled in by the client when left out.
           */
          sign?: string;
          /**
           * 签名类型
           * Filled in by the client when left out.
           */
          sign_type?: 'HMAC-SHA256';
          /** 商户服务订单号 */
          out_order_no: string;
          /** 服务ID */
          service_id: string;
          /** 是否归还 */
          returned: string;
          /** 实际归还时间 */
          real_end_time?: string;
          /** 归还地点 */
          service_end_location?: string;
          /**
           * 总金额
           * @format int32
           */
          total_amount: number | string;
          /**
           * 租金费用
           * @format int32
           */
          rent_fee: number | string;
          /** 赔偿金费用 */
          compensation_fee: string;
          /** 赔偿金费用说明 */
          compensation_fee_desc: string;
          /** 完结凭证 */
          finish_ticket: string;
          /** 分账标识 */
          profit_sharing: 'Y' | 'N';
        };
      },
      {
        /** 返回状态码 */
        return_code: 'SUCCESS' | 'FAIL';
        /** 返回结果 */
        return_msg?: string;
      } & ServiceId3 & {
        /** 微信支付服务订单号 */
        order_id: string;
      }
    >;
  };
  'v2/wxv/queryhotelbill': {
    /**
     * 查询速住订单
     *
     * 前置条件：商户下单待受理后。
     *
     * Sent with the merchant TLS client certificate (`merchant` in Builder.factory).
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=19_2&index=3
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: ServiceId4;
      },
      {
        /** 返回状态码 */
        return_code: 'SUCCESS' | 'FAIL';
        /** 返回结果 */
        return_msg?: string;
      } & ServiceId3 & {
        /** 单据状态 */
        state: 'CREATED' | 'USER_ACCEPTED' | 'FINISHED' | 'USER_PAID' | 'REVOKED' | 'EXPIRED';
        /** 房间 */
        room: string;
        /** 入住时间 */
        start_time: string;
        /** 预定离店时间 */
        end_time?: string;
        /** 酒店 */
        service_location: string;
        /**
         * 押金
         * @format int32
         */
        deposit_amount: string;
        /**
         * 房费
         * @format int32
         */
        room_rate: string;
        /** 房费说明 */
        room_rate_desc: string;
        /** 实际离店时间 */
        real_end_time?: string;
        /** 是否入住 */
        checked_in: string;
        /**
         * 其他费用
         * @format int32
         */
        other_fee?: string;
        /** 其他费用说明 */
        other_fee_desc?: string;
        /**
         * 赔偿金费用
         * @format int32
         */
        compensation_fee?: string;
        /** 赔偿金说明 */
        compensation_fee_desc?: string;
        /**
         * 延迟退房费
         * @format int32
         */
        overdue_fine?: string;
        /** 延迟退房说明 */
        overdue_fine_desc?: string;
        /**
         * 取消费用
         * @format int32
         */
        cancel_fee?: string;
        /** 取消费用说明 */
        cancel_fee_desc?: string;
        /** 微信支付服务订单号 */
        order_id: string;
        /** 完结凭证 */
        finish_ticket: string;
        /** 回调数据包 */
        attach?: string;
        /** 结单交易单号 */
        finish_transaction_id?: string;
        /** 支付方式 */
        pay_type?: 'MchChannelPayType';
      }
    >;
  };
  'v2/wxv/queryrentbill': {
    /**
     * 查询租借订单
     *
     * 前置条件：商户下单待受理后。
     *
     * Sent with the merchant TLS client certificate (`merchant` in Builder.factory).
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/apiv3/payscore.php?chapter=18_2&index=3
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: ServiceId4;
      },
      {
        /** 返回状态码 */
        return_code: 'SUCCESS' | 'FAIL';
        /** 返回结果 */
        return_msg?: string;
      } & ServiceId3 & {
        /** 单据状态 */
        state: 'CREATED' | 'USER_ACCEPTED' | 'FINISHED' | 'USER_PAID' | 'REVOKED' | 'EXPIRED';
        /** 商品名称 */
        goods_name: string;
        /** 是否归还 */
        returned: string;
        /** 租用时间 */
        start_time?: string;
        /** 租用地点 */
        service_location?: string;
        /**
         * 押金总额
         * @format int32
         */
        deposit_amount: string;
        /** 租金规则 计费单位 */
        rent_unit: 'FEN_YEAR' | 'FEN_MONTH' | 'FEN_DAY' | 'FEN_HOUR' | 'FEN_MINUTE' | 'FEN_ONCE';
        /**
         * 租金规则 计费单价费用
         * @format int32
         */
        rent_unit_fee: string;
        /** 租金规则 计费说明 */
        rent_fee_desc?: string;
        /** 实际归还时间 */
        real_end_time?: string;
        /**
         * 租金费用
         * @format int32
         */
        rent_fee?: string;
        /**
         * 赔偿金费用
         * @format int32
         */
        compensation_fee?: string;
        /** 赔偿金说明 */
        compensation_fee_desc?: string;
        /** 归还地点 */
        service_end_location?: string;
        /** 微信支付服务订单号 */
        order_id: string;
        /** 完结凭证 */
        finish_ticket: string;
        /** 回调数据包 */
        attach?: string;
        /** 结单交易单号 */
        finish_transaction_id?: string;
        /** 支付方式 */
        pay_type?: 'MchChannelPayType';
      }
    >;
  };
  'v2/xdc/apiv2getsignkey/sign/getsignkey': {
    /**
     * 获取验签密钥API
     *
     * 官方沙箱环境文档: https://pay.weixin.qq.com/wiki/doc/api/tools/sp_coupon.php?chapter=23_1&index=2
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: Sign;
      },
      {
        /** 返回状态码 */
        return_code: 'SUCCESS' | 'FAIL';
        /** 返回信息 */
        return_msg: string;
      } & {
        /** 商户号 */
        mch_id: string;
        /** 沙箱密钥 */
        sandbox_signkey: string;
      }
    >;
  };
  'v2/xdc/apiv2sandbox/pay/micropay': {
    /**
     * 提交付款码支付
     *
     * 官方沙箱付款码用例文档: https://pay.weixin.qq.com/wiki/doc/api/tools/sp_coupon.php?chapter=23_1&index=2
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: MicropayRequest;
      },
      MicropayResponse
    >;
  };
  'v2/xdc/apiv2sandbox/pay/orderquery': {
    /**
     * 查询订单
     *
     * 官方沙箱付款码用例文档: https://pay.weixin.qq.com/wiki/doc/api/tools/sp_coupon.php?chapter=23_1&index=2
     */
    post: Op<
      V2Extras & {
        /** The XML body fields. */
        xml: OrderqueryRequest;
        /** Request headers. */
        headers?: {
          'Wechatpay-Negative-Test'?: 'MICROPAY_USERPAYING' | 'MICROPAY_TIMEOUT' | 'MICROPAY_PAYERROR';
        };
      },
      OrderqueryResponse
    >;
  };
}
