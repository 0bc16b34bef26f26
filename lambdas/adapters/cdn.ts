/**
 * The CDN in front of the public fact-check pages (CloudFront in AWS). After a publication or a withdrawal
 * its cached copies of /fact-checks* are invalidated, so a withdrawn page stops being served at once rather
 * than after PUBLIC_CACHE_SECONDS. Without a distribution (the local stack) there is nothing to invalidate.
 * The SDK module is loaded on first use.
 */
import type { CloudFrontClient } from '@aws-sdk/client-cloudfront';
import { Logger } from '@aws-lambda-powertools/logger';

const logger = new Logger({ serviceName: 'factcheck' });

let sdk: Promise<typeof import('@aws-sdk/client-cloudfront')> | undefined;
const loadSdk = () => (sdk ??= import('@aws-sdk/client-cloudfront'));

export class PublicCache {
  private client: CloudFrontClient | undefined;

  constructor(private readonly distributionId: () => string) {}

  /**
   * Invalidates `paths` (CloudFront patterns: '/fact-checks*'); `reference` makes a repeated call one
   * invalidation. A failure is logged, not thrown: what it guards is already stored, and the cached copies
   * expire within PUBLIC_CACHE_SECONDS anyway.
   */
  async invalidate(paths: string[], reference: string): Promise<void> {
    const id = this.distributionId();
    if (!id) return;
    try {
      const m = await loadSdk();
      this.client ??= new m.CloudFrontClient({});
      await this.client.send(new m.CreateInvalidationCommand({
        DistributionId: id,
        InvalidationBatch: { CallerReference: reference, Paths: { Quantity: paths.length, Items: paths } },
      }));
    } catch (e) {
      logger.warn('could not invalidate the public pages in the CDN', { error: e as Error, paths });
    }
  }
}
