// generated — do not edit; run npm run generate
import type { Op } from './bodies';
import type {
  CertificateCheckResult,
  CertificateName,
  Explanation,
  MerchantCustomsNo,
  ModifyTime2,
  ProductFee,
  ProductFee2,
  VerifyDepartmentTradeId,
  VerifyDepartmentTradeId2,
} from './definitions';

/** Cross-border customs operations: sent as `/global/v3/…` to https://apihk.mch.weixin.qq.com/. */
export interface GlobalPaths {
  'global/v3/customs/orders': {
    /**
     * 报关查询API
     *
     * 商户通过订单号查询提交的订单附加信息及订单报关状态。
     *
     * Roles: 直连模式, 机构模式.
     * Host: https://apihk.mch.weixin.qq.com/
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/declarecustom_ch/chapter3_3.shtml
     */
    get: Op<
      {
        /** Query parameters. */
        query: {
          /** 机构APPID */
          appid: string;
          /** 商户号 */
          mchid: string;
          /** 订单类型 */
          order_type: 'out_trade_no' | 'transaction_id' | 'sub_order_no' | 'sub_order_id';
          /** 订单号 */
          order_no: string;
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
          /** 偏移量 */
          offset?: number;
          /** 请求最大记录条数 */
          limit?: number;
        };
      },
      ModifyTime2
    >;
    /**
     * 报关API
     *
     * 该接口用于商户提交海关需要的订单附加信息。
     *
     * Roles: 直连模式, 机构模式.
     * Host: https://apihk.mch.weixin.qq.com/
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/declarecustom_ch/chapter3_1.shtml
     */
    post: Op<
      {
        /** The JSON body. */
        json: ProductFee;
      },
      VerifyDepartmentTradeId
    >;
    /**
     * 报关信息修改API
     *
     * 该接口用于商户修改订单附加信息。
     *
     * Roles: 直连模式, 机构模式.
     * Host: https://apihk.mch.weixin.qq.com/
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/declarecustom_ch/chapter3_5.shtml
     */
    patch: Op<
      {
        /** The JSON body. */
        json: ProductFee2;
      },
      VerifyDepartmentTradeId2
    >;
  };
  'global/v3/customs/redeclare': {
    /**
     * 报关重推API
     *
     * 如果订单附加信息已请求报送海关，但电子口岸丢单，则可以使用报关重推接口重新向海关推送（订单附加信息的state必须为SUCCESS或者EXCEPT）。
     *
     * Roles: 直连模式, 机构模式.
     * Host: https://apihk.mch.weixin.qq.com/
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/declarecustom_ch/chapter3_4.shtml
     */
    post: Op<
      {
        /** The JSON body. */
        json: MerchantCustomsNo;
      },
      Explanation
    >;
  };
  'global/v3/customs/verify-certificate': {
    /**
     * 身份信息校验API
     *
     * 该接口用于商户上传用户身份信息，微信支付会重新校验返回订购人和支付人身份信息校验结果，用于商户纠正报关订单里的信息。
     *
     * Roles: 直连模式, 机构模式.
     * Host: https://apihk.mch.weixin.qq.com/
     *
     * 官方文档: https://pay.weixin.qq.com/wiki/doc/api/wxpay/ch/declarecustom_ch/chapter3_2.shtml
     */
    post: Op<
      {
        /** The JSON body. */
        json: CertificateName;
        /** Request headers. */
        headers?: {
          /**
           * 微信支付公钥ID/平台证书序列号
           * Filled in by the client (the preferred platform key) when left out.
           */
          'Wechatpay-Serial'?: string;
        };
      },
      CertificateCheckResult
    >;
  };
}
