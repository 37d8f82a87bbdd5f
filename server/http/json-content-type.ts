import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { nodeIncoming } from './node-socket.ts';
import { ApiProblem } from './problem.ts';

const STATE_CHANGING = ['POST', 'PUT', 'PATCH', 'DELETE'];

/**
 * 415 UNSUPPORTED_MEDIA_TYPE for an API request whose body is not `application/json`
 * (parameters such as `charset=utf-8` allowed), and for a bodiless state-changing request that
 * names any other type. A browser sends `text/plain` and form bodies cross-site without a CORS
 * preflight; this refuses them before any authentication or route runs.
 */
export const jsonContentType = createMiddleware(async (c, next) => {
  const contentType = c.req.header('Content-Type');
  const needsJson = hasBody(c) || STATE_CHANGING.includes(c.req.method);
  if (needsJson && !isJson(contentType, hasBody(c))) {
    const sent = contentType === undefined ? 'no Content-Type' : `"${contentType.slice(0, 100)}"`;
    throw new ApiProblem(
      'UNSUPPORTED_MEDIA_TYPE',
      `This API takes JSON bodies only, with Content-Type: application/json; the request sent ${sent}.`,
    );
  }
  await next();
});

/** A bodiless request may leave the type out; a body must say it is JSON. */
function isJson(contentType: string | undefined, withBody: boolean): boolean {
  if (contentType === undefined) return !withBody;
  return contentType.split(';')[0]?.trim().toLowerCase() === 'application/json';
}

/**
 * Whether the request carries body bytes: by Content-Length or Transfer-Encoding on the wire;
 * off @hono/node-server (in-process tests), by the Request's own body.
 */
function hasBody(c: Context): boolean {
  const length = c.req.header('Content-Length');
  if (length !== undefined) return length.trim() !== '0';
  if (c.req.header('Transfer-Encoding') !== undefined) return true;
  return nodeIncoming(c) === undefined && c.req.raw.body !== null;
}
