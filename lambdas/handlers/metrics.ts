/**
 * The service's own metrics, with Powertools Metrics: CloudWatch embedded metric format written to the
 * function's log, so no API call at run time. Namespace and service come from the function's environment
 * (POWERTOOLS_METRICS_NAMESPACE, POWERTOOLS_SERVICE_NAME, set by the CDK app); the local stack turns them
 * off (POWERTOOLS_METRICS_DISABLED) unless asked. Published at the end of each invocation (flushMetrics).
 */
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';

const metrics = new Metrics();

/** Adds to a count; with dimensions, as a metric of its own (e.g. ClaimsExtracted per kind). */
export function count(name: string, value = 1, dimensions: Record<string, string> = {}): void {
  if (Object.keys(dimensions).length === 0) {
    metrics.addMetric(name, MetricUnit.Count, value);
    return;
  }
  const single = metrics.singleMetric();
  for (const [k, v] of Object.entries(dimensions)) single.addDimension(k, v);
  single.addMetric(name, MetricUnit.Count, value);
}

export function flushMetrics(): void {
  if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
}
