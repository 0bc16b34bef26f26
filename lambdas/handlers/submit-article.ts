import { getDeps } from '../adapters/deps.ts';
import { refuseUnfetchable } from '../app/intake.ts';
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
  // A link alone that no fetch could ever take (a loopback or private address): 422 now, as POST /feeds and
  // /webhooks answer, not an article stored only to end FAILED.
  if (body.text === undefined && body.url !== undefined) refuseUnfetchable(body.url);
  const res = await submitArticle(getDeps(), body, caller.sub, key === undefined ? undefined : idempotencyKey.parse(key), { seesEveryArticle: isStaff(caller) });
  if (res.created) count('ArticlesSubmitted');
  const statusUrl = `${config().publicBaseUrl}/articles/${res.articleId}`;
  // A link that is already an article answers that article (200): nothing new was stored or started.
  if (res.sameLink) return json(200, { articleId: res.articleId, status: res.status, statusUrl, sameLink: true }, { location: statusUrl });
  return json(202, { articleId: res.articleId, status: res.status, statusUrl }, { location: statusUrl });
});
