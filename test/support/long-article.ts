import { call } from './local-stack.ts';

/**
 * An article with far more claims than one page of GET /articles/{id} holds (default 100): 72 short
 * sentences, each a casualty count and a date in an invented town (144 claims: `factcheck extract`).
 */
const TOWNS = ['Harlow Bay', 'Kestrel Point', 'Marrow Ford', 'Dunmere', 'Ashby Cross', 'Tolvan', 'Brisk Hollow', 'Caddow', 'Fenwick Reach', 'Galloway Mills', 'Hobb End', 'Iverley'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June'];

const sentence = (i: number) => {
  const n = 3 + ((i * 7) % 41);
  const when = `${1 + (i % 28)} ${MONTHS[Math.floor(i / 12)]} 2023`;
  return i % 2
    ? `${n} people were injured in ${TOWNS[i % TOWNS.length]} on ${when}, the local clinic said.`
    : `${n} people were killed in ${TOWNS[i % TOWNS.length]} on ${when}, the regional council said.`;
};

/** Paragraphs of four sentences, January to June. */
export const LONG_ARTICLE = {
  title: 'Six months of casualties in the valley towns',
  language: 'en',
  publishedAt: '2023-07-01',
  text: Array.from({ length: 18 }, (_, p) => Array.from({ length: 4 }, (_, s) => sentence(p * 4 + s)).join(' ')).join('\n\n'),
};

/** The article's claims as the API pages them by default (no limit, each page's nextCursor): one array per page. */
export async function claimPages(url: string, token: string, articleId: string): Promise<{ claimId: string; status: string }[][]> {
  const pages = [];
  for (let cursor = ''; ;) {
    const r = await call(url, 'GET', `/articles/${articleId}${cursor ? `?cursor=${cursor}` : ''}`, { token });
    if (r.status !== 200) throw new Error(`GET /articles/${articleId}: ${r.status} ${JSON.stringify(r.body)}`);
    pages.push(r.body.claims);
    if (!r.body.nextCursor || pages.length > 10) return pages;
    cursor = r.body.nextCursor;
  }
}
