// generated — do not edit; run npm run generate
import type { BinaryBody, UploadBody, V2Extras } from '../typed';
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
    /** 授权获取code */
    get: {
      options: V2Extras & {
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
      };
      response: unknown;
    };
  };
  'v2/appauth/getaccesstoken': {
    /** 通过code换取accesstoken */
    get: {
      options: V2Extras & {
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
      };
      response: {
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
      };
    };
  };
  'v2/applyment/micro/getstate': {
    /**
     * 查询申请状态
     * @deprecated
     */
    post: {
      options: V2Extras & {
        /** The XML body fields. */
        xml: MicroGetstateRequest;
      };
      response: MicroGetstateResponse;
    };
  };
  'v2/applyment/micro/getupgradestate': {
    /**
     * 查询升级申请单状态
     * @deprecated
     */
    post: {
      options: V2Extras & {
        /** The XML body fields. */
        xml: MicroGetupgradestateRequest;
      };
      response: MicroGetupgradestateResponse;
    };
  };
  'v2/applyment/micro/modifyarchives': {
    /**
     * 修改结算银行卡
     * @deprecated
     */
    post: {
      options: V2Extras & {
        /** The XML body fields. */
        xml: MicroModifyarchivesRequest;
      };
      response: MicroModifyarchivesResponse;
    };
  };
  'v2/applyment/micro/modifycontactinfo': {
    /**
     * 修改联系信息
     * @deprecated
     */
    post: {
      options: V2Extras & {
        /** The XML body fields. */
        xml: MicroModifycontactinfoRequest;
      };
      response: MicroModifycontactinfoResponse;
    };
  };
  'v2/applyment/micro/signcontract': {
    /**
     * 签约报备
     * @deprecated
     */
    post: {
      options: V2Extras & {
        /** The XML body fields. */
        xml: Record<string, unknown>;
      };
      response: Record<string, unknown>;
    };
  };
  'v2/applyment/micro/submit': {
    /**
     * 申请入驻
     * @deprecated
     */
    post: {
      options: V2Extras & {
        /** The XML body fields. */
        xml: MicroSubmitRequest;
      };
      response: MicroSubmitResponse;
    };
  };
  'v2/applyment/micro/submitupgrade': {
    /**
     * 提交升级申请单
     * @deprecated
     */
    post: {
      options: V2Extras & {
        /** The XML body fields. */
        xml: MicroSubmitupgradeRequest;
      };
      response: MicroSubmitupgradeResponse;
    };
  };
  'v2/billcommentsp/batchquerycomment': {
    /** 拉取订单评价数据 */
    post: {
      options: V2Extras & {
        /** The XML body fields. */
        xml: BatchquerycommentRequest;
      };
      response: BatchquerycommentResponse;
    };
  };
  'v2/cgi-bin/mch/customs/customdeclareorder': {
    /** 订单附加信息提交接口 */
    post: {
      options: V2Extras & {
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
      };
      response: {
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
      };
    };
  };
  'v2/cgi-bin/mch/customs/customdeclarequery': {
    /** 订单附加信息查询接口 */
    post: {
      options: V2Extras & {
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
      };
      response: {
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
      };
    };
  };
  'v2/cgi-bin/mch/newcustoms/customdeclareredeclare': {
    /** 订单附加信息重推接口 */
    post: {
      options: V2Extras & {
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
      };
      response: {
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
      };
    };
  };
  'v2/deposit/consume': {
    /** 消费押金 */
    post: {
      options: V2Extras & {
        /** The XML body fields. */
        xml: ConsumeRequest;
      };
      response: ConsumeResponse;
    };
  };
  'v2/deposit/facepay': {
    /** 支付押金（人脸支付） */
    post: {
      options: V2Extras & {
        /** The XML body fields. */
        xml: FacepayRequest;
      };
      response: FacepayResponse;
    };
  };
  'v2/deposit/micropay': {
    /** 支付押金（付款码支付） */
    post: {
      options: V2Extras & {
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
      };
      response: {
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
      };
    };
  };
  'v2/deposit/orderquery': {
    /** 查询订单 */
    post: {
      options: V2Extras & {
        /** The XML body fields. */
        xml: OrderqueryRequest;
      };
      response: OrderqueryResponse;
    };
  };
  'v2/deposit/refund': {
    /** 申请退款（押金） */
    post: {
      options: V2Extras & {
        /** The XML body fields. */
        xml: RefundRequest;
      };
      response: RefundResponse;
    };
  };
  'v2/deposit/refundquery': {
    /** 查询退款（押金） */
    post: {
      options: V2Extras & {
        /** The XML body fields. */
        xml: RefundqueryRequest;
      };
      response: RefundqueryResponse;
    };
  };
  'v2/deposit/reverse': {
    /** 撤销订单 */
    post: {
      options: V2Extras & {
        /** The XML body fields. */
        xml: ReverseRequest;
      };
      response: ReverseResponse;
    };
  };
  'v2/deposit/unifiedorder': {
    /** 支付押金（JSAPI/APP支付） */
    post: {
      options: V2Extras & {
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
      };
      response: {
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
      };
    };
  };
  'v2/face/get_wxpayface_authinfo': {
    /** 人脸识别SDK-获取调用凭证 */
    post: {
      options: V2Extras & {
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
      };
      response: {
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
      };
    };
  };
  'v2/fund/queryautowithdrawbydate': {
    /**
     * 查询提现状态
     * @deprecated
     */
    post: {
      options: V2Extras & {
        /** The XML body fields. */
        xml: QueryautowithdrawbydateRequest;
      };
      response: QueryautowithdrawbydateResponse;
    };
  };
  'v2/fund/reautowithdrawbydate': {
    /**
     * 重新发起提现
     * @deprecated
     */
    post: {
      options: V2Extras & {
        /** The XML body fields. */
        xml: ReautowithdrawbydateRequest;
      };
      response: ReautowithdrawbydateResponse;
    };
  };
  'v2/mchrisk/bankquerymchauditinfo': {
    /** 间联模式查询商户审核状态开放接口 */
    post: {
      options: V2Extras & {
        /** The XML body fields. */
        xml: BankquerymchauditinfoRequest;
      };
      response: BankquerymchauditinfoResponse;
    };
  };
  'v2/mchrisk/channelquerymchauditinfo': {
    /** 渠道商查询商户审核信息 */
    post: {
      options: V2Extras & {
        /** The XML body fields. */
        xml: ChannelquerymchauditinfoRequest;
      };
      response: ChannelquerymchauditinfoResponse;
    };
  };
  'v2/mchrisk/querymchrisk': {
    /** 事前-风险商户核查接口 */
    post: {
      options: V2Extras & {
        /** The XML body fields. */
        xml: QuerymchriskRequest;
      };
      response: QuerymchriskResponse;
    };
  };
  'v2/mchrisk/setmchriskcallback': {
    /** 设置风险通知回调链接 */
    post: {
      options: V2Extras & {
        /** The XML body fields. */
        xml: SetmchriskcallbackRequest;
      };
      response: SetmchriskcallbackResponse;
    };
  };
  'v2/mchrisk/syncmchriskresult': {
    /** 事后-风险商户处理结果同步接口 */
    post: {
      options: V2Extras & {
        /** The XML body fields. */
        xml: SyncmchriskresultRequest;
      };
      response: SyncmchriskresultResponse;
    };
  };
  'v2/mmpaymkttransfers/gethbinfo': {
    /** 查询红包记录 */
    post: {
      options: V2Extras & {
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
      };
      response: {
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
      };
    };
  };
  'v2/mmpaymkttransfers/gettransferinfo': {
    /** 查询企业向微信用户个人付款 */
    post: {
      options: V2Extras & {
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
      };
      response: {
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
      };
    };
  };
  'v2/mmpaymkttransfers/promotion/paywwsptrans2pocket': {
    /** 向员工付款 */
    post: {
      options: V2Extras & {
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
      };
      response: {
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
      };
    };
  };
  'v2/mmpaymkttransfers/promotion/querywwsptrans2pocket': {
    /** 查询付款记录 */
    post: {
      options: V2Extras & {
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
      };
      response: {
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
      };
    };
  };
  'v2/mmpaymkttransfers/promotion/transfers': {
    /** 向微信用户个人付款 */
    post: {
      options: V2Extras & {
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
      };
      response: {
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
      };
    };
  };
  'v2/mmpaymkttransfers/query_coupon_stock': {
    /** 查询代金券批次 */
    post: {
      options: V2Extras & {
        /** The XML body fields. */
        xml: QueryCouponStockRequest;
      };
      response: QueryCouponStockResponse;
    };
  };
  'v2/mmpaymkttransfers/querycouponsinfo': {
    /** 查询代金券信息 */
    post: {
      options: V2Extras & {
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
      };
      response: {
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
      };
    };
  };
  'v2/mmpaymkttransfers/queryworkwxredpack': {
    /** 查询红包记录 */
    post: {
      options: V2Extras & {
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
      };
      response: {
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
      };
    };
  };
  'v2/mmpaymkttransfers/send_coupon': {
    /** 发放代金券 */
    post: {
      options: V2Extras & {
        /** The XML body fields. */
        xml: SendCouponRequest;
      };
      response: SendCouponResponse;
    };
  };
  'v2/mmpaymkttransfers/sendgroupredpack': {
    /**
     * 发放裂变红包
     * @deprecated
     */
    post: {
      options: V2Extras & {
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
      };
      response: {
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
      };
    };
  };
  'v2/mmpaymkttransfers/sendminiprogramhb': {
    /** 发放小程序红包接口 */
    post: {
      options: V2Extras & {
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
      };
      response: {
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
      };
    };
  };
  'v2/mmpaymkttransfers/sendredpack': {
    /** 发放普通红包 */
    post: {
      options: V2Extras & {
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
      };
      response: {
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
      };
    };
  };
  'v2/mmpaymkttransfers/sendworkwxredpack': {
    /** 发放企业红包 */
    post: {
      options: V2Extras & {
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
      };
      response: {
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
      };
    };
  };
  'v2/mmpaysptrans/pay_bank': {
    /** 企业付款到银行卡 */
    post: {
      options: V2Extras & {
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
      };
      response: {
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
      };
    };
  };
  'v2/mmpaysptrans/query_bank': {
    /** 查询企业付款银行卡 */
    post: {
      options: V2Extras & {
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
      };
      response: {
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
      };
    };
  };
  'v2/papay/deletecontract': {
    /** 申请解约 */
    post: {
      options: V2Extras & {
        /** The XML body fields. */
        xml: DeletecontractRequest & ServiceproviderSubsIn;
      };
      response: DeletecontractResponse & ServiceproviderSubsOut;
    };
  };
  'v2/papay/entrustweb': {
    /** 公众号纯签约 */
    get: {
      options: V2Extras & {
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
      };
      response: void;
    };
  };
  'v2/papay/h5entrustweb': {
    /** H5纯签约 */
    get: {
      options: V2Extras & {
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
      };
      response: RedirectUrl;
    };
  };
  'v2/papay/partner/deletecontract': {
    /** 申请解约 */
    post: {
      options: V2Extras & {
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
      };
      response: {
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
      };
    };
  };
  'v2/papay/partner/entrustweb': {
    /** 公众号纯签约 */
    get: {
      options: V2Extras & {
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
      };
      response: void;
    };
  };
  'v2/papay/partner/h5entrustweb': {
    /** H5纯签约 */
    get: {
      options: V2Extras & {
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
      };
      response: RedirectUrl;
    };
  };
  'v2/papay/partner/preentrustweb': {
    /** APP纯签约 */
    post: {
      options: V2Extras & {
        /** The XML body fields. */
        xml: ReturnApp;
      };
      response: {
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
      };
    };
  };
  'v2/papay/partner/querycontract': {
    /** 查询签约关系 */
    post: {
      options: V2Extras & {
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
      };
      response: QuerycontractResponse & ServiceproviderSubsOut;
    };
  };
  'v2/papay/preentrustweb': {
    /** APP纯签约 */
    post: {
      options: V2Extras & {
        /** The XML body fields. */
        xml: ReturnApp;
      };
      response: {
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
      };
    };
  };
  'v2/papay/querycontract': {
    /** 查询签约关系 */
    post: {
      options: V2Extras & {
        /** The XML body fields. */
        xml: QuerycontractRequest;
      };
      response: QuerycontractResponse;
    };
  };
  'v2/pay/closecombinedorder': {
    /** 合单关单 */
    post: {
      options: V2Extras & {
        /** The XML body fields. */
        xml: ClosecombinedorderRequest;
      };
      response: ClosecombinedorderResponse;
    };
  };
  'v2/pay/closeorder': {
    /** 关闭订单 */
    post: {
      options: V2Extras & {
        /** The XML body fields. */
        xml: CloseorderRequest;
      };
      response: CloseorderResponse;
    };
  };
  'v2/pay/combinedorder': {
    /** 合单下单 */
    post: {
      options: V2Extras & {
        /** The XML body fields. */
        xml: CombinedorderRequest;
      };
      response: CombinedorderResponse;
    };
  };
  'v2/pay/contractorder': {
    /** 支付中签约 */
    post: {
      options: V2Extras & {
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
      };
      response: {
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
      };
    };
  };
  'v2/pay/downloadbill': {
    /** 下载对账单 */
    post: {
      options: V2Extras & {
        /** The XML body fields. */
        xml: DownloadbillRequest;
      };
      response: BinaryBody;
    };
  };
  'v2/pay/downloadfundflow': {
    /** 下载资金账单 */
    post: {
      options: V2Extras & {
        /** The XML body fields. */
        xml: DownloadfundflowRequest;
      };
      response: BinaryBody;
    };
  };
  'v2/pay/facepay': {
    /** 提交刷脸支付 */
    post: {
      options: V2Extras & {
        /** The XML body fields. */
        xml: FacepayRequest;
      };
      response: FacepayResponse;
    };
  };
  'v2/pay/facepayquery': {
    /** 查询订单 */
    post: {
      options: V2Extras & {
        /** The XML body fields. */
        xml: OrderqueryRequest;
      };
      response: OrderqueryResponse;
    };
  };
  'v2/pay/micropay': {
    /** 提交付款码支付 */
    post: {
      options: V2Extras & {
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
      };
      response: {
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
      };
    };
  };
  'v2/pay/orderquery': {
    /** 查询订单 */
    post: {
      options: V2Extras & {
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
      };
      response: {
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
      };
    };
  };
  'v2/pay/paporderquery': {
    /** 查询订单 */
    post: {
      options: V2Extras & {
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
      };
      response: {
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
      };
    };
  };
  'v2/pay/pappayapply': {
    /** 申请扣款 */
    post: {
      options: V2Extras & {
        /** The XML body fields. */
        xml: PappayapplyRequest;
      };
      response: PappayapplyResponse;
    };
  };
  'v2/pay/partner/paporderquery': {
    /** 查询订单 */
    post: {
      options: V2Extras & {
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
      };
      response: {
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
      };
    };
  };
  'v2/pay/partner/pappayapply': {
    /** 申请扣款 */
    post: {
      options: V2Extras & {
        /** The XML body fields. */
        xml: ServiceproviderSubsIn & PappayapplyRequest;
      };
      response: ServiceproviderSubsOut & PappayapplyResponse;
    };
  };
  'v2/pay/profitsharingaddreceiver': {
    /** 添加分账接收方 */
    post: {
      options: V2Extras & {
        /** The XML body fields. */
        xml: ProfitsharingaddreceiverRequest;
      };
      response: ProfitsharingaddreceiverResponse;
    };
  };
  'v2/pay/profitsharingmerchantratioquery': {
    /** 查询最大分账比例API */
    post: {
      options: V2Extras & {
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
      };
      response: GeneralResponse & {
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
      };
    };
  };
  'v2/pay/profitsharingorderamountquery': {
    /** 查询订单待分账金额 */
    post: {
      options: V2Extras & {
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
      };
      response: GeneralResponse & {
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
      };
    };
  };
  'v2/pay/profitsharingquery': {
    /** 查询分账结果 */
    post: {
      options: V2Extras & {
        /** The XML body fields. */
        xml: ProfitsharingqueryRequest;
      };
      response: ProfitsharingqueryResponse;
    };
  };
  'v2/pay/profitsharingremovereceiver': {
    /** 删除分账接收方 */
    post: {
      options: V2Extras & {
        /** The XML body fields. */
        xml: ProfitsharingremovereceiverRequest;
      };
      response: ProfitsharingremovereceiverResponse;
    };
  };
  'v2/pay/profitsharingreturnquery': {
    /** 回退结果查询 */
    post: {
      options: V2Extras & {
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
      };
      response: GeneralResponse & GeneralResponseSuccess & {
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
      };
    };
  };
  'v2/pay/querycombinedorder': {
    /** 合单查单 */
    post: {
      options: V2Extras & {
        /** The XML body fields. */
        xml: QuerycombinedorderRequest;
      };
      response: QuerycombinedorderResponse;
    };
  };
  'v2/pay/queryexchagerate': {
    /** 汇率查询API */
    post: {
      options: V2Extras & {
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
      };
      response: {
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
      };
    };
  };
  'v2/pay/refundquery': {
    /** 查询退款 */
    post: {
      options: V2Extras & {
        /** The XML body fields. */
        xml: RefundqueryRequest;
      };
      response: RefundqueryResponse;
    };
  };
  'v2/pay/refundqueryv2': {
    /** 查询退款（支持单品） */
    post: {
      options: V2Extras & {
        /** The XML body fields. */
        xml: RefundqueryRequest;
      };
      response: RefundqueryResponse & {
        /**
         * 营销详情`JSON`格式字符串
         * @format jsonObjectLike
         */
        promotion_detail?: string;
      };
    };
  };
  'v2/pay/settlementquery': {
    /** 查询结算资金 */
    post: {
      options: V2Extras & {
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
      };
      response: {
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
      };
    };
  };
  'v2/pay/unifiedorder': {
    /** 统一下单 */
    post: {
      options: V2Extras & {
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
      };
      response: {
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
      };
    };
  };
  'v2/payitil/report': {
    /** 交易保障 */
    post: {
      options: V2Extras & {
        /** The XML body fields. */
        xml: ReportRequest;
      };
      response: ReportResponse;
    };
  };
  'v2/risk/getcertficates': {
    /** 获取平台证书 */
    post: {
      options: V2Extras & {
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
      };
      response: {
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
      };
    };
  };
  'v2/risk/getpublickey': {
    /** 获取RSA加密公钥API */
    post: {
      options: V2Extras & {
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
      };
      response: ErrorCodeDes & {
        /** 返回状态码 */
        result_code: 'SUCCESS' | 'FAIL';
        /** 商户号 */
        mch_id?: string;
        /** RSA公钥 */
        pub_key: string;
      };
    };
  };
  'v2/risk/getviolation': {
    /** 银行特约商户违规信息查询 */
    post: {
      options: V2Extras & {
        /** The XML body fields. */
        xml: GetviolationRequest;
      };
      response: GetviolationResponse;
    };
  };
  'v2/sandboxnew/pay/downloadbill': {
    /**
     * 下载对账单
     * @deprecated
     */
    post: {
      options: V2Extras & {
        /** The XML body fields. */
        xml: DownloadbillRequest;
      };
      response: BinaryBody;
    };
  };
  'v2/sandboxnew/pay/getsignkey': {
    /**
     * 获取验签密钥API
     * @deprecated
     */
    post: {
      options: V2Extras & {
        /** The XML body fields. */
        xml: Sign;
      };
      response: {
        /** 返回状态码 */
        return_code: 'SUCCESS' | 'FAIL';
        /** 返回信息 */
        return_msg: string;
      } & {
        /** 商户号 */
        mch_id: string;
        /** 沙箱密钥 */
        sandbox_signkey: string;
      };
    };
  };
  'v2/sandboxnew/pay/micropay': {
    /**
     * 提交付款码支付
     * @deprecated
     */
    post: {
      options: V2Extras & {
        /** The XML body fields. */
        xml: MicropayRequest;
      };
      response: MicropayResponse;
    };
  };
  'v2/sandboxnew/pay/orderquery': {
    /**
     * 查询订单
     * @deprecated
     */
    post: {
      options: V2Extras & {
        /** The XML body fields. */
        xml: OrderqueryRequest;
      };
      response: OrderqueryResponse;
    };
  };
  'v2/sandboxnew/pay/refund': {
    /**
     * 申请退款
     * @deprecated
     */
    post: {
      options: V2Extras & {
        /** The XML body fields. */
        xml: RefundRequest;
      };
      response: RefundResponse;
    };
  };
  'v2/sandboxnew/pay/refundquery': {
    /**
     * 查询退款
     * @deprecated
     */
    post: {
      options: V2Extras & {
        /** The XML body fields. */
        xml: RefundqueryRequest;
      };
      response: RefundqueryResponse;
    };
  };
  'v2/sandboxnew/pay/unifiedorder': {
    /**
     * 统一下单
     * @deprecated
     */
    post: {
      options: V2Extras & {
        /** The XML body fields. */
        xml: UnifiedorderRequest;
      };
      response: UnifiedorderResponse;
    };
  };
  'v2/secapi/mch/addInstitutionsub': {
    /** 进件子商户 */
    post: {
      options: V2Extras & {
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
      };
      response: {
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
      };
    };
  };
  'v2/secapi/mch/addsubdevconfig': {
    /** 服务商子商户开发配置新增支付目录/新增对应APPID关联 */
    post: {
      options: V2Extras & {
        /** The XML body fields. */
        xml: AddsubdevconfigRequest;
      };
      response: AddsubdevconfigResponse;
    };
  };
  'v2/secapi/mch/channelsetting': {
    /** 银行服务商特约子商户指定渠道号API */
    post: {
      options: V2Extras & {
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
      };
      response: {
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
      };
    };
  };
  'v2/secapi/mch/modifyInstitutionsub': {
    /** 修改子商户API */
    post: {
      options: V2Extras & {
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
      };
      response: {
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
      };
    };
  };
  'v2/secapi/mch/modifymchinfo': {
    /** 银行特约商户信息修改 */
    post: {
      options: V2Extras & {
        /** The XML body fields. */
        xml: ModifymchinfoRequest;
      };
      response: ModifymchinfoResponse;
    };
  };
  'v2/secapi/mch/queryInstitutionsub': {
    /** 查询子商户 */
    post: {
      options: V2Extras & {
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
      };
      response: {
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
      };
    };
  };
  'v2/secapi/mch/querysubdevconfig': {
    /** 配置查询 */
    post: {
      options: V2Extras & {
        /** The XML body fields. */
        xml: QuerysubdevconfigRequest;
      };
      response: QuerysubdevconfigResponse;
    };
  };
  'v2/secapi/mch/submchmanage': {
    /** 银行特约商户录入/银行特约商户资料查询 */
    post: {
      options: V2Extras & {
        /** Query parameters. */
        query: {
          action: 'add' | 'query';
        };
        /** The XML body fields. */
        xml: SubmchmanageRequest;
      };
      response: SubmchmanageResponse;
    };
  };
  'v2/secapi/mch/uploadmedia': {
    /** 图片上传API */
    post: {
      options: V2Extras & {
        /**
         * multipart/form-data body (e.g. `new MediaUtil(file).getStream()`, with its Content-Type header). Parts:
         * - `mch_id`: 服务商商户号或渠道号
         * - `media`: form-data中媒体文件标识，有filename、filelength、content-type等信息。**不参与签名计算**
         * - `media_hash`: 根据媒体文件内容进行MD5计算后的值，注意小写
         * - `sign`: 签名
         * - `sign_type`: 签名方式
         */
        body: UploadBody;
      };
      response: GeneralResponse & GeneralResponseSuccess & {
        /** 媒体标识Id,微信返回的媒体文件标识Id */
        media_id: string;
      };
    };
  };
  'v2/secapi/mkt/addrecommendconf': {
    /**
     * 服务商特约商户关注功能配置
     * @deprecated
     */
    post: {
      options: V2Extras & {
        /** The XML body fields. */
        xml: AddrecommendconfRequest;
      };
      response: AddrecommendconfResponse;
    };
  };
  'v2/secapi/pay/facepayreverse': {
    /** 撤销订单 */
    post: {
      options: V2Extras & {
        /** The XML body fields. */
        xml: ReverseRequest;
      };
      response: ReverseResponse;
    };
  };
  'v2/secapi/pay/multiprofitsharing': {
    /** 请求多次分账 */
    post: {
      options: V2Extras & {
        /** The XML body fields. */
        xml: MultiprofitsharingRequest;
      };
      response: MultiprofitsharingResponse;
    };
  };
  'v2/secapi/pay/profitsharing': {
    /** 请求单次分账 */
    post: {
      options: V2Extras & {
        /** The XML body fields. */
        xml: ProfitsharingRequest;
      };
      response: ProfitsharingResponse;
    };
  };
  'v2/secapi/pay/profitsharingfinish': {
    /** 完结分账 */
    post: {
      options: V2Extras & {
        /** The XML body fields. */
        xml: ProfitsharingfinishRequest;
      };
      response: ProfitsharingfinishResponse;
    };
  };
  'v2/secapi/pay/profitsharingreturn': {
    /** 分账回退 */
    post: {
      options: V2Extras & {
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
      };
      response: GeneralResponse & GeneralResponseSuccess & {
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
      };
    };
  };
  'v2/secapi/pay/refund': {
    /** 申请退款 */
    post: {
      options: V2Extras & {
        /** The XML body fields. */
        xml: RefundRequest;
      };
      response: RefundResponse;
    };
  };
  'v2/secapi/pay/refundv2': {
    /** 申请退款（支持单品） */
    post: {
      options: V2Extras & {
        /** The XML body fields. */
        xml: {
          /**
           * 退款包含的商品列表信息，全额退款可不传`JSON`格式字符串
           * @format jsonObjectLike
           */
          detail?: string;
        } & RefundRequest;
      };
      response: RefundResponse & {
        /**
         * 营销详情`JSON`格式字符串
         * @format jsonObjectLike
         */
        promotion_detail?: string;
      };
    };
  };
  'v2/secapi/pay/reverse': {
    /** 撤销订单 */
    post: {
      options: V2Extras & {
        /** The XML body fields. */
        xml: ReverseRequest;
      };
      response: ReverseResponse;
    };
  };
  'v2/secsvc/getrealnameinfo': {
    /** 微信支付实名授权 */
    post: {
      options: V2Extras & {
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
      };
      response: ErrorCodeDes & {
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
      };
    };
  };
  'v2/secsvc/realnameauth': {
    /** 微信支付实名验证 */
    post: {
      options: V2Extras & {
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
      };
      response: ErrorCodeDes & {
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
      };
    };
  };
  'v2/tools/authcodetoopenid': {
    /** 授权码查询openid */
    post: {
      options: V2Extras & {
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
      };
      response: {
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
      };
    };
  };
  'v2/tools/shorturl': {
    /** 转换短链接 */
    post: {
      options: V2Extras & {
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
      };
      response: {
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
      };
    };
  };
  'v2/transit/partnerpay/payapply': {
    /** 申请扣款 */
    post: {
      options: V2Extras & {
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
      };
      response: {
        /** 返回状态码 */
        return_code: 'SUCCESS' | 'FAIL';
        /** 返回信息 */
        return_msg: string;
      } & ErrCodeDes4;
    };
  };
  'v2/transit/partnerpay/queryorder': {
    /** 查询订单 */
    post: {
      options: V2Extras & {
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
      };
      response: {
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
      };
    };
  };
  'v2/transit/partnerpay/querystate': {
    /** 查询用户状态接口 */
    post: {
      options: V2Extras & {
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
      };
      response: {
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
      } & ContractState2;
    };
  };
  'v2/transit/pay/payapply': {
    /** 申请扣款 */
    post: {
      options: V2Extras & {
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
      };
      response: {
        /** 返回状态码 */
        return_code: 'SUCCESS' | 'FAIL';
        /** 返回信息 */
        return_msg: string;
      } & ErrCodeDes6;
    };
  };
  'v2/transit/pay/querystate': {
    /** 查询用户状态接口 */
    post: {
      options: V2Extras & {
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
      };
      response: {
        /** 返回状态码 */
        return_code: 'SUCCESS' | 'FAIL';
        /** 返回信息 */
        return_msg?: string;
      } & ErrCodeDes3 & ContractState2;
    };
  };
  'v2/transit/queryorder': {
    /** 查询订单 */
    post: {
      options: V2Extras & {
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
      };
      response: {
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
      };
    };
  };
  'v2/vehicle/partnerpay/notification': {
    /** 用户入场通知api */
    post: {
      options: V2Extras & {
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
      };
      response: {
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
      };
    };
  };
  'v2/vehicle/partnerpay/payapply': {
    /** 申请扣款 */
    post: {
      options: V2Extras & {
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
      };
      response: {
        /** 返回状态码 */
        return_code: 'SUCCESS' | 'FAIL';
        /** 返回信息 */
        return_msg: string;
      } & ErrCodeDes4;
    };
  };
  'v2/vehicle/partnerpay/querystate': {
    /** 用户状态查询 */
    post: {
      options: V2Extras & {
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
      };
      response: {
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
      };
    };
  };
  'v2/vehicle/pay/notification': {
    /** 用户入场通知api */
    post: {
      options: V2Extras & {
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
      };
      response: {
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
      };
    };
  };
  'v2/vehicle/pay/payapply': {
    /** 申请扣款 */
    post: {
      options: V2Extras & {
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
      };
      response: {
        /** 返回状态码 */
        return_code: 'SUCCESS' | 'FAIL';
        /** 返回信息 */
        return_msg: string;
      } & ErrCodeDes6;
    };
  };
  'v2/vehicle/pay/querystate': {
    /** 用户状态查询 */
    post: {
      options: V2Extras & {
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
      };
      response: {
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
      };
    };
  };
  'v2/wxv/cancelbill': {
    /** 撤销租借订单 */
    post: {
      options: V2Extras & {
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
      };
      response: {
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
      };
    };
  };
  'v2/wxv/changerentmoney': {
    /** 修改租借订单 */
    post: {
      options: V2Extras & {
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
      };
      response: {
        /** 返回状态码 */
        return_code: 'SUCCESS' | 'FAIL';
        /** 返回结果 */
        return_msg?: string;
      } & ServiceId3 & {
        /** 微信支付服务订单号 */
        order_id: string;
      };
    };
  };
  'v2/wxv/createhotelbill': {
    /** 创建速住订单 */
    post: {
      options: V2Extras & {
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
      };
      response: {
        /** 返回状态码 */
        return_code: 'SUCCESS' | 'FAIL';
        /** 返回结果 */
        return_msg?: string;
      } & ServiceId3 & Package2;
    };
  };
  'v2/wxv/createrentbill': {
    /** 创建租借订单 */
    post: {
      options: V2Extras & {
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
      };
      response: {
        /** 返回状态码 */
        return_code: 'SUCCESS' | 'FAIL';
        /** 返回结果 */
        return_msg?: string;
      } & ServiceId3 & Package2;
    };
  };
  'v2/wxv/finishhotelbill': {
    /** 完结速住订单 */
    post: {
      options: V2Extras & {
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
      };
      response: {
        /** 返回状态码 */
        return_code: 'SUCCESS' | 'FAIL';
        /** 返回结果 */
        return_msg?: string;
      } & ServiceId3 & {
        /** 微信支付服务订单号 */
        order_id: string;
      };
    };
  };
  'v2/wxv/finishrentbill': {
    /** 完结租借订单 */
    post: {
      options: V2Extras & {
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
      };
      response: {
        /** 返回状态码 */
        return_code: 'SUCCESS' | 'FAIL';
        /** 返回结果 */
        return_msg?: string;
      } & ServiceId3 & {
        /** 微信支付服务订单号 */
        order_id: string;
      };
    };
  };
  'v2/wxv/queryhotelbill': {
    /** 查询速住订单 */
    post: {
      options: V2Extras & {
        /** The XML body fields. */
        xml: ServiceId4;
      };
      response: {
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
      };
    };
  };
  'v2/wxv/queryrentbill': {
    /** 查询租借订单 */
    post: {
      options: V2Extras & {
        /** The XML body fields. */
        xml: ServiceId4;
      };
      response: {
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
      };
    };
  };
  'v2/xdc/apiv2getsignkey/sign/getsignkey': {
    /** 获取验签密钥API */
    post: {
      options: V2Extras & {
        /** The XML body fields. */
        xml: Sign;
      };
      response: {
        /** 返回状态码 */
        return_code: 'SUCCESS' | 'FAIL';
        /** 返回信息 */
        return_msg: string;
      } & {
        /** 商户号 */
        mch_id: string;
        /** 沙箱密钥 */
        sandbox_signkey: string;
      };
    };
  };
  'v2/xdc/apiv2sandbox/pay/micropay': {
    /** 提交付款码支付 */
    post: {
      options: V2Extras & {
        /** The XML body fields. */
        xml: MicropayRequest;
      };
      response: MicropayResponse;
    };
  };
  'v2/xdc/apiv2sandbox/pay/orderquery': {
    /** 查询订单 */
    post: {
      options: V2Extras & {
        /** The XML body fields. */
        xml: OrderqueryRequest;
        /** Request headers. */
        headers?: {
          'Wechatpay-Negative-Test'?: 'MICROPAY_USERPAYING' | 'MICROPAY_TIMEOUT' | 'MICROPAY_PAYERROR';
        };
      };
      response: OrderqueryResponse;
    };
  };
}
