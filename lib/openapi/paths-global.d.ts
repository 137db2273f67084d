// generated — do not edit; run npm run generate

/** Cross-border customs operations: sent as `/global/v3/…` to https://apihk.mch.weixin.qq.com/. */
export interface GlobalPaths {
  'global/v3/customs/orders': {
    /** 报关查询API */
    get: {
      options: {
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
      };
      response: {
        /** 机构APPID */
        appid: string;
        /** 商户号 */
        mchid: string;
        /** 微信订单号 */
        transaction_id: string;
        /**
         * 核验机构
         *
         * - `UNIONPAY`: 银联
         * - `NETSUNION`: 网联
         * - `OTHERS`: 其他
         */
        verify_department: 'UNIONPAY' | 'NETSUNION' | 'OTHERS';
        /** 核验机构流水号 */
        verify_department_trade_id: string;
        /** 偏移量 */
        offset: number;
        /** 请求最大记录条数 */
        limit: number;
        /** 查询结果总条数 */
        total_count: number;
        /** 报关数据包 */
        data: Array<{
          /** 商户子单号 */
          sub_order_no?: string;
          /** 微信子单号 */
          sub_order_id?: string;
          /** 商户海关备案号 */
          mch_customs_no?: string;
          /**
           * 海关代码
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
          /** 币种 */
          fee_type?: string;
          /** 子单金额 */
          order_fee?: number;
          /** 关税 */
          duty?: number;
          /** 物流费用 */
          transport_fee?: number;
          /** 商品费用 */
          product_fee?: number;
          /**
           * 报关状态
           *
           * - `PROCESSING`: 申报中
           * - `UNDECLARED`: 未申报
           * - `SUBMITTED`: 已修改未申报
           * - `SUCCESS`: 申报成功
           * - `FAIL`: 申报失败
           * - `EXCEPT`: 海关接口异常
           */
          state: 'PROCESSING' | 'UNDECLARED' | 'SUBMITTED' | 'SUCCESS' | 'FAIL' | 'EXCEPT';
          /** 报关结果说明 */
          explanation?: string;
          /** 最后更新时间 */
          modify_time: string;
        }>;
      };
    };
    /** 报关API */
    post: {
      options: {
        /** The JSON body. */
        json: {
          /** 机构APPID */
          appid: string;
          /** 商户号 */
          mchid: string;
          /** 商户订单号 */
          out_trade_no: string;
          /** 微信订单号 */
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
          merchant_customs_no: string;
          /** 关税 */
          duty?: number;
          /** 商户子订单号 */
          sub_order_no?: string;
          /** 货币类型 */
          fee_type?: string;
          /** 子订单金额 */
          order_fee?: number;
          /** 物流费用 */
          transport_fee?: number;
          /** 商品费用 */
          product_fee?: number;
        };
      };
      response: {
        /** 机构APPID */
        appid: string;
        /** 商户号 */
        mchid: string;
        /**
         * 报关状态
         *
         * - `PROCESSING`: 申报中
         * - `UNDECLARED`: 未申报
         * - `SUBMITTED`: 已修改未申报
         * - `SUCCESS`: 申报成功
         * - `FAIL`: 申报失败
         * - `EXCEPT`: 海关接口异常
         */
        state: 'PROCESSING' | 'UNDECLARED' | 'SUBMITTED' | 'SUCCESS' | 'FAIL' | 'EXCEPT';
        /** 商户订单号 */
        out_trade_no: string;
        /** 微信订单号 */
        transaction_id: string;
        /** 商户子订单号 */
        sub_order_no?: string;
        /** 微信子订单号 */
        sub_order_id?: string;
        /**
         * 核验机构
         *
         * - `UNIONPAY`: 银联
         * - `NETSUNION`: 网联
         * - `OTHERS`: 其他
         */
        verify_department: 'UNIONPAY' | 'NETSUNION' | 'OTHERS';
        /** 核验机构交易流水号 */
        verify_department_trade_id: string;
      };
    };
    /** 报关信息修改API */
    patch: {
      options: {
        /** The JSON body. */
        json: {
          /** 机构APPID */
          appid: string;
          /** 商户号 */
          mchid: string;
          /** 商户订单号 */
          out_trade_no: string;
          /** 微信订单号 */
          transaction_id: string;
          /** 商户子订单号 */
          sub_order_no?: string;
          /**
           * 海关编码
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
          merchant_customs_no: string;
          /** 关税 */
          duty?: number;
          /** 子订单金额 */
          order_fee?: number;
          /** 物流费用 */
          transport_fee?: number;
          /** 商品费用 */
          product_fee?: number;
        };
      };
      response: {
        /** 机构APPID */
        appid: string;
        /** 商户号 */
        mchid: string;
        /**
         * 报关状态
         *
         * - `PROCESSING`: 申报中
         * - `UNDECLARED`: 未申报
         * - `SUBMITTED`: 已修改未申报
         * - `SUCCESS`: 申报成功
         * - `FAIL`: 申报失败
         * - `EXCEPT`: 海关接口异常
         */
        state: 'PROCESSING' | 'UNDECLARED' | 'SUBMITTED' | 'SUCCESS' | 'FAIL' | 'EXCEPT';
        /** 商户订单号 */
        out_trade_no: string;
        /** 微信订单号 */
        transaction_id: string;
        /** 商户子订单号 */
        sub_order_no?: string;
        /** 微信子订单号 */
        sub_order_id?: string;
        /** 最后更新时间 */
        modify_time: string;
        /**
         * 核验机构
         *
         * - `UNIONPAY`: 银联
         * - `NETSUNION`: 网联
         * - `OTHERS`: 其他
         */
        verify_department: 'UNIONPAY' | 'NETSUNION' | 'OTHERS';
        /** 核验机构流水号 */
        verify_department_trade_id: string;
      };
    };
  };
  'global/v3/customs/redeclare': {
    /** 报关重推API */
    post: {
      options: {
        /** The JSON body. */
        json: {
          /** 机构APPID */
          appid: string;
          /** 商户号 */
          mchid: string;
          /** 商户订单号 */
          out_trade_no?: string;
          /** 微信订单号 */
          transaction_id?: string;
          /** 商户子单号 */
          sub_order_no?: string;
          /** 微信子单号 */
          sub_order_id?: string;
          /**
           * 海关编码
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
          merchant_customs_no: string;
        };
      };
      response: {
        /** 机构APPID */
        appid: string;
        /** 商户号 */
        mchid: string;
        /**
         * 报关状态
         *
         * - `PROCESSING`: 申报中
         * - `UNDECLARED`: 未申报
         * - `SUBMITTED`: 已修改未申报
         * - `SUCCESS`: 申报成功
         * - `FAIL`: 申报失败
         * - `EXCEPT`: 海关接口异常
         */
        state: 'PROCESSING' | 'UNDECLARED' | 'SUBMITTED' | 'SUCCESS' | 'FAIL' | 'EXCEPT';
        /** 商户订单号 */
        out_trade_no: string;
        /** 微信订单号 */
        transaction_id: string;
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
  'global/v3/customs/verify-certificate': {
    /** 身份信息校验API */
    post: {
      options: {
        /** The JSON body. */
        json: {
          /** 机构APPID */
          appid: string;
          /** 商户号 */
          mchid: string;
          /** 商户订单号 */
          out_trade_no: string;
          /** 微信订单号 */
          transaction_id: string;
          /** 商户子订单号 */
          sub_order_no?: string;
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
          merchant_customs_no: string;
          /** 证件类型 */
          certificate_type: 'IDCARD';
          /**
           * 证件号
           * @format base64
           */
          certificate_id: string;
          /**
           * 证件姓名
           * @format base64
           */
          certificate_name: string;
        };
        /** Request headers. */
        headers?: {
          /**
           * 微信支付公钥ID/平台证书序列号
           * Filled in by the client (the preferred platform key) when left out.
           */
          'Wechatpay-Serial'?: string;
        };
      };
      response: {
        /** 机构APPID */
        appid: string;
        /** 商户号 */
        mchid: string;
        /** 商户订单号 */
        out_trade_no: string;
        /** 微信订单号 */
        transaction_id: string;
        /** 身份核验结果 */
        certificate_check_result: 'SAME' | 'DIFFERENT';
      };
    };
  };
}
