/**
 * The one way screens call the platform: `api.get('/api/plans/plans', { schoolId })` etc.
 * Adds the bearer token (refreshed when needed), sends and reads JSON, and turns every failure
 * into an ApiError carrying the problem+json the service sent (Vietnamese title and detail).
 * 401 means the session is gone: the user is asked to sign in again.
 */
import { SessionExpired } from '../auth/session';

export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  /** field errors of a validation problem, as the services send them */
  errors?: unknown;
  [extension: string]: unknown;
}

export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(status: number, problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }

  get forbidden(): boolean {
    return this.status === 403;
  }

  get unauthorized(): boolean {
    return this.status === 401;
  }

  /** Did not reach the server or got no answer (status 0). */
  get network(): boolean {
    return this.status === 0;
  }
}

export type Query = Record<string, string | number | boolean | null | undefined>;

interface ClientConfig {
  accessToken: () => Promise<string>;
  onUnauthorized: () => void;
}

let config: ClientConfig = {
  accessToken: () => Promise.reject(new SessionExpired()),
  onUnauthorized: () => undefined,
};

/** Called once by AuthProvider (and by tests) to connect the client to the session. */
export function configureApiClient(next: ClientConfig): void {
  config = next;
}

export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== null && value !== undefined && value !== '') params.append(name, String(value));
  }
  const text = params.toString();
  return text ? `${path}${path.includes('?') ? '&' : '?'}${text}` : path;
}

async function problemOf(response: Response): Promise<Problem> {
  const type = response.headers.get('Content-Type') ?? '';
  if (type.includes('json')) {
    try {
      return (await response.json()) as Problem;
    } catch {
      // fall through: an unreadable body is shown as a generic error
    }
  }
  // never show an HTML error page or a stack trace: only the status
  return { status: response.status };
}

export interface RequestOptions {
  query?: Query;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/** The raw call: the Response of a 2xx, an ApiError otherwise. Use for downloads. */
export async function request(
  method: string,
  path: string,
  options: RequestOptions = {},
): Promise<Response> {
  let token: string;
  try {
    token = await config.accessToken();
  } catch (e) {
    if (e instanceof SessionExpired) throw new ApiError(401, { status: 401 });
    throw e;
  }
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    Authorization: `Bearer ${token}`,
    ...options.headers,
  };
  let body: BodyInit | undefined;
  if (options.body instanceof FormData || options.body instanceof Blob) {
    body = options.body;
  } else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  let response: Response;
  try {
    response = await fetch(withQuery(path, options.query), {
      method,
      headers,
      body,
      signal: options.signal,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError(0, {});
  }
  if (response.ok) return response;
  const error = new ApiError(response.status, await problemOf(response));
  if (error.unauthorized) config.onUnauthorized();
  throw error;
}

async function json<T>(method: string, path: string, options?: RequestOptions): Promise<T> {
  const response = await request(method, path, options);
  if (response.status === 204) return undefined as T;
  const type = response.headers.get('Content-Type') ?? '';
  return (type.includes('json') ? await response.json() : await response.text()) as T;
}

export const api = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) =>
    json<T>('GET', path, { query, signal }),
  post: <T>(path: string, body?: unknown, query?: Query) =>
    json<T>('POST', path, { body, query }),
  put: <T>(path: string, body?: unknown) => json<T>('PUT', path, { body }),
  patch: <T>(path: string, body?: unknown) => json<T>('PATCH', path, { body }),
  delete: <T = void>(path: string) => json<T>('DELETE', path),
};
