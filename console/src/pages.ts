/** Page sizes of the console's lists (no DOM here: the browser tests import them). */

/** Deliveries read per page of a webhook's log ("Load more" reads the next, by the API's nextCursor). */
export const DELIVERIES_PAGE = 25;
