import { getDeps } from '../adapters/deps.ts';
import { correctPublishedAt } from '../app/intake.ts';
import { json, parseJsonBody, requireRole, route } from './http.ts';
import { articleIdParam, publishedAtBody } from './schemas.ts';

export const handler = route(async (event) => {
  const caller = requireRole(event, 'reviewer');
  const articleId = articleIdParam.parse(event.pathParameters?.articleId);
  const { publishedAt } = parseJsonBody(event, publishedAtBody);
  return json(200, await correctPublishedAt(getDeps(), articleId, publishedAt, caller.subject));
});
