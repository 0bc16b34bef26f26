import { getDeps } from '../adapters/deps.ts';
import { submitArticle } from '../app/submit.ts';
import { isStaff } from '../app/visibility.ts';
import { config } from '../config.ts';
import { header, json, parseJsonBody, requireRole, route } from './http.ts';
import { count } from './metrics.ts';
import { idempotencyKey, submitBody } from './schemas.ts';

export const handler = route(async (event) => {
  const caller = requireRole(event, 'submitter');
  const key = header(event, 'idempotency-key');
  const body = parseJsonBody(event, submitBody(config().maxTextChars));
  const res = await submitArticle(getDeps(), body, caller.sub, key === undefined ? undefined : idempotencyKey.parse(key), { seesEveryArticle: isStaff(caller) });
  if (res.created) count('ArticlesSubmitted');
  const statusUrl = `${config().publicBaseUrl}/articles/${res.articleId}`;
  // A link that is already an article answers that article (200): nothing new was stored or started.
  if (res.sameLink) return json(200, { articleId: res.articleId, status: res.status, statusUrl, sameLink: true }, { location: statusUrl });
  return json(202, { articleId: res.articleId, status: res.status, statusUrl }, { location: statusUrl });
});
