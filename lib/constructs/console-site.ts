import { Aws, Duration, RemovalPolicy } from 'aws-cdk-lib';
import {
  AllowedMethods, Distribution, HeadersFrameOption, HeadersReferrerPolicy, ResponseHeadersPolicy, ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { BlockPublicAccess, Bucket, BucketEncryption } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { join } from 'node:path';
import { projectRoot } from '../paths.ts';

/** Where the console is built (`npm run console:build`; `npm run synth` builds it first). */
export const CONSOLE_DIST = join(projectRoot, 'console', 'dist');

/** The reviewer console as a static site: a private bucket behind CloudFront (origin access control). */
export class ConsoleSite extends Construct {
  readonly distribution: Distribution;
  readonly bucket: Bucket;
  readonly url: string;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.bucket = new Bucket(this, 'Bucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      removalPolicy: RemovalPolicy.DESTROY,
      autoDeleteObjects: true,
    });
    const headers = new ResponseHeadersPolicy(this, 'Headers', {
      securityHeadersBehavior: {
        contentSecurityPolicy: {
          contentSecurityPolicy: "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self' https://*.amazonaws.com https://*.amazoncognito.com; frame-ancestors 'none'",
          override: true,
        },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.NO_REFERRER, override: true },
        strictTransportSecurity: { accessControlMaxAge: Duration.days(365), includeSubdomains: true, override: true },
      },
    });
    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'factcheck reviewer console',
      defaultRootObject: 'index.html',
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
        responseHeadersPolicy: headers,
      },
    });
    this.url = `https://${this.distribution.distributionDomainName}`;
  }

  /** Uploads the built console with its config.json (where the API and the sign-in page are). */
  deploy(config: { apiUrl: string; cognitoDomain: string; clientId: string }) {
    new BucketDeployment(this, 'Deploy', {
      sources: [Source.asset(CONSOLE_DIST), Source.jsonData('config.json', { mode: 'cognito', ...config })],
      destinationBucket: this.bucket,
      distribution: this.distribution,
      // `/` is cached apart from `/index.html` (the default root object): both, or viewers keep the old console.
      distributionPaths: ['/', '/index.html', '/config.json'],
    });
  }
}

export const cognitoDomainUrl = (prefix: string) => `https://${prefix}.auth.${Aws.REGION}.amazoncognito.com`;
