/**
 * AWS list prices used by the cost benchmark: us-east-1, on-demand, USD.
 * Source: the AWS pricing pages (aws.amazon.com/step-functions/pricing, /lambda/pricing,
 * /dynamodb/pricing/on-demand, /api-gateway/pricing), as published in 2025 (DynamoDB on-demand after
 * the November 2024 reduction). Check them before budgeting: prices change and differ by region.
 */
export const PRICES = {
  asOf: '2025 (us-east-1 list prices)',
  stepFunctionsPerTransition: 0.025 / 1000,
  lambdaPerGbSecondArm: 0.0000133334,
  lambdaPerRequest: 0.2 / 1_000_000,
  dynamoPerWriteUnit: 0.625 / 1_000_000,
  dynamoPerReadUnit: 0.125 / 1_000_000,
  apiGatewayPerRequest: 3.5 / 1_000_000,
};
