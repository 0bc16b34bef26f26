/**
 * THE port for events out: every code path that reports a fact calls one of these, which build the
 * envelope (lambdas/domain/intake/events.ts) and hand it to deps.events (EventBridge in AWS, the local
 * bus in npm start); webhooks are fed from there (lambdas/app/webhooks.ts). An event that cannot be
 * published is logged, never allowed to undo the verdict or the step that caused it.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import type { Deps } from '../adapters/deps.ts';
import { eventId, type FactCheckEvent } from '../domain/intake/events.ts';
import type { Article, StoredClaim, Summary, Verdict } from '../domain/model.ts';
import type { PublicReview } from '../domain/publication.ts';

const logger = new Logger({ serviceName: 'factcheck' });

export async function emit(deps: Deps, event: FactCheckEvent): Promise<void> {
  try {
    await deps.events.publish(event);
  } catch (e) {
    logger.error('event not published', { eventType: event.type, eventId: event.id, error: e as Error });
  }
}

export function articleChecked(deps: Deps, article: Pick<Article, 'articleId' | 'url' | 'title' | 'language' | 'publishedAt'>, status: string, summary: Summary, at: string) {
  return emit(deps, {
    id: eventId('ArticleChecked', article.articleId, status, summary.decided, summary.claims), type: 'ArticleChecked', time: at,
    data: { articleId: article.articleId, status, url: article.url, title: article.title, language: article.language, publishedAt: article.publishedAt, summary },
  });
}

export function verdictRecorded(deps: Deps, claim: Pick<StoredClaim, 'articleId' | 'claimId' | 'type' | 'text' | 'casualty' | 'date'>, version: number, verdict: Verdict) {
  return emit(deps, {
    id: eventId('VerdictRecorded', claim.claimId, version), type: 'VerdictRecorded', time: verdict.at,
    data: {
      articleId: claim.articleId, claimId: claim.claimId, version, rating: verdict.rating,
      claim: { type: claim.type, text: claim.text, ...(claim.casualty ? { casualty: claim.casualty } : {}), ...(claim.date ? { date: claim.date } : {}) },
    },
  });
}

/** A published fact-check taken down (its page answers 410): what a receiver needs to take its copy down too. */
export function verdictWithdrawn(deps: Deps, withdrawal: { articleId: string; claimId: string; version: number; seq: number; at: string }, url: string) {
  return emit(deps, {
    id: eventId('VerdictWithdrawn', withdrawal.claimId, withdrawal.version, withdrawal.seq), type: 'VerdictWithdrawn', time: withdrawal.at,
    data: { articleId: withdrawal.articleId, claimId: withdrawal.claimId, version: withdrawal.version, url, withdrawnAt: withdrawal.at },
  });
}

export function verdictPublished(deps: Deps, review: PublicReview, url: string) {
  return emit(deps, {
    id: eventId('VerdictPublished', review.claimId, review.verdictVersion, review.seq), type: 'VerdictPublished', time: review.dateModified,
    data: {
      articleId: review.articleId, claimId: review.claimId, version: review.verdictVersion, rating: review.rating,
      publicExplanation: review.publicExplanation, url, datePublished: review.datePublished,
    },
  });
}
