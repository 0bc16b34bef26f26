import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { AccountRecovery, CfnUserPoolGroup, FeaturePlan, Mfa, OAuthScope, UserPool, UserPoolClient, UserPoolDomain } from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';

export const GROUPS = { submitters: 'submitters', reviewers: 'reviewers', editors: 'editors' } as const;

/** Cognito: who may submit, review and publish. ID tokens carry `cognito:groups`, which the handlers check. */
export interface AuthProps {
  /** The console's URL: the hosted UI sends reviewers back there. */
  consoleUrl: string;
  /** Prefix of the hosted UI's domain (<prefix>.auth.<region>.amazoncognito.com), unique in the region. */
  domainPrefix: string;
}

export class Auth extends Construct {
  readonly userPool: UserPool;
  readonly client: UserPoolClient;
  readonly domain: UserPoolDomain;

  constructor(scope: Construct, id: string, props: AuthProps) {
    super(scope, id);
    this.userPool = new UserPool(this, 'UserPool', {
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      // "Alice@News.org" signs in as "alice@news.org" (AWS's recommendation): one account per address. It cannot be
      // changed on an existing pool (CloudFormation replaces the pool, and its users), so it is set before go-live.
      signInCaseSensitive: false,
      passwordPolicy: { minLength: 12, requireDigits: true, requireLowercase: true, requireUppercase: true, requireSymbols: true },
      // Reviewers publish verdicts under the desk's name: a second factor (TOTP) for everyone.
      mfa: Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      featurePlan: FeaturePlan.ESSENTIALS,
      removalPolicy: RemovalPolicy.RETAIN,
      // Like the table: the reviewers' and editors' accounts cannot be deleted by a click in the console either.
      deletionProtection: true,
    });
    this.domain = this.userPool.addDomain('HostedUi', { cognitoDomain: { domainPrefix: props.domainPrefix } });
    // The console signs in through the hosted UI: authorization code with PKCE, no client secret.
    this.client = this.userPool.addClient('ConsoleClient', {
      authFlows: { userSrp: true },
      generateSecret: false,
      preventUserExistenceErrors: true,
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
        callbackUrls: [`${props.consoleUrl}/`],
        logoutUrls: [`${props.consoleUrl}/`],
      },
      idTokenValidity: Duration.hours(8),
    });
    for (const [key, name] of Object.entries(GROUPS)) {
      new CfnUserPoolGroup(this, `${key}Group`, { userPoolId: this.userPool.userPoolId, groupName: name });
    }
  }
}
