import { Aws, Duration } from 'aws-cdk-lib';
import {
  AllowedMethods, CachedMethods, CachePolicy, CacheQueryStringBehavior, HeadersFrameOption, HeadersReferrerPolicy,
  OriginProtocolPolicy, OriginSslPolicy, ResponseHeadersPolicy, ViewerProtocolPolicy, type Distribution,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { Construct } from 'constructs';

export interface PublicPagesProps {
  /** The console's distribution: the public pages share its domain (and /fact-check.css from its bucket). */
  distribution: Distribution;
  /** The REST API's id and stage (the origin): built from the id, so the distribution does not wait on the stage. */
  restApiId: string;
  stage: string;
}

/** The public paths the edge caches: GET /fact-checks, /fact-checks/{claimId}, /fact-checks/sitemap.xml. */
export const PUBLIC_PATH_PATTERN = '/fact-checks*';

/**
 * Public fact-check pages that scale with readers, not with Lambda invocations: CloudFront in front of the
 * API for /fact-checks*, caching each page, feed page (the cursor and limit are the cache key) and the
 * sitemap for as long as the handler's Cache-Control says (PUBLIC_CACHE_SECONDS). Only cache misses reach
 * API Gateway and Lambda. No token and no cookie is forwarded: these routes are public.
 */
export class PublicPages extends Construct {
  readonly cachePolicy: CachePolicy;

  constructor(scope: Construct, id: string, props: PublicPagesProps) {
    super(scope, id);
    this.cachePolicy = new CachePolicy(this, 'CachePolicy', {
      comment: 'factcheck public pages: the cursor and limit of the feed are the cache key',
      minTtl: Duration.seconds(0),
      defaultTtl: Duration.seconds(60),
      maxTtl: Duration.hours(1),
      queryStringBehavior: CacheQueryStringBehavior.allowList('cursor', 'limit'),
      enableAcceptEncodingGzip: true,
      enableAcceptEncodingBrotli: true,
    });
    const headers = new ResponseHeadersPolicy(this, 'Headers', {
      comment: 'factcheck public pages: no scripts run, styles and logo only',
      securityHeadersBehavior: {
        contentSecurityPolicy: {
          contentSecurityPolicy: "default-src 'none'; style-src 'self'; img-src 'self' https: data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
          override: true,
        },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN, override: true },
        strictTransportSecurity: { accessControlMaxAge: Duration.days(365), includeSubdomains: true, override: true },
      },
    });
    const origin = new HttpOrigin(`${props.restApiId}.execute-api.${Aws.REGION}.${Aws.URL_SUFFIX}`, {
      originPath: `/${props.stage}`,
      protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
      originSslProtocols: [OriginSslPolicy.TLS_V1_2],
    });
    props.distribution.addBehavior(PUBLIC_PATH_PATTERN, origin, {
      viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
      cachedMethods: CachedMethods.CACHE_GET_HEAD,
      cachePolicy: this.cachePolicy,
      responseHeadersPolicy: headers,
      compress: true,
    });
  }
}
