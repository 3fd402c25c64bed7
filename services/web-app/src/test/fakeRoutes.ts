import { vi } from 'vitest';

export interface FakeCall {
  method: string;
  path: string;
  url: URL;
  headers: Record<string, string>;
  /** JSON bodies parsed; FormData as sent */
  body: unknown;
}

type Answer = unknown | ((call: FakeCall) => unknown);

/**
 * A fetch that answers by method and path (query ignored): `fakeRoutes({ 'GET /api/x': body,
 * 'POST /api/x': (call) => problem(422, '…') })`; 404 problem otherwise. POST answers 201. Every
 * call is kept in `calls` (method, path, headers, parsed body) for the assertions.
 */
export function fakeRoutes(routes: Record<string, Answer>) {
  const calls: FakeCall[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), 'http://localhost');
    const method = (init.method ?? 'GET').toUpperCase();
    let body: unknown = init.body;
    if (typeof body === 'string') {
      try {
        body = JSON.parse(body);
      } catch {
        // kept as text
      }
    }
    const call: FakeCall = { method, path: url.pathname, url, headers: (init.headers ?? {}) as Record<string, string>, body };
    calls.push(call);
    const answer = routes[`${method} ${url.pathname}`];
    if (answer === undefined) return problem(404, 'Không tìm thấy (Not found)');
    const value = typeof answer === 'function' ? await (answer as (c: FakeCall) => unknown)(call) : answer;
    if (value instanceof Response) return value;
    return new Response(JSON.stringify(value), {
      status: method === 'POST' ? 201 : 200,
      headers: { 'Content-Type': 'application/json' },
    });
  });
  return { fetch, calls };
}

/** A problem+json answer as the services send it. */
export function problem(status: number, title: string, extra: Record<string, unknown> = {}): Response {
  return new Response(JSON.stringify({ status, title, ...extra }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}
