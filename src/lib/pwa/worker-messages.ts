/**
 * The words the pages and the service worker exchange. Plain constants, with no DOM: the worker
 * imports this file too, and is compiled with the WebWorker library alone.
 */

/** The Background Sync tag the outbox registers; the worker's sync event wakes the pages. */
export const BACKGROUND_SYNC_TAG = 'saoma-outbox';
/** What the worker posts to each page on that sync event. */
export const SYNC_MESSAGE_TYPE = 'saoma:outbox-sync';
/** What workbox-window's `messageSkipWaiting()` posts: the waiting worker takes over. */
export const SKIP_WAITING = 'SKIP_WAITING';
/** Asks the worker for its build tag (answered on the message's port); tests use it. */
export const GET_VERSION = 'GET_VERSION';
