import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, api, configureApiClient, withQuery } from './client';
import { errorMessage } from './errorMessage';
import { translate } from '../i18n/messages';

const t = (key: Parameters<typeof translate>[1]) => translate('vi', key);

function reply(status: number, body: unknown, type = 'application/json') {
  return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': type },
  });
}

describe('api client', () => {
  const onUnauthorized = vi.fn();
  const fetchMock = vi.fn();

  beforeEach(() => {
    vi.stubGlobal('fetch', fetchMock);
    configureApiClient({ accessToken: () => Promise.resolve('tok'), onUnauthorized });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    fetchMock.mockReset();
    onUnauthorized.mockReset();
  });

  it('sends the bearer token and the query, and reads JSON', async () => {
    fetchMock.mockResolvedValue(reply(200, { items: [1] }));

    const result = await api.get<{ items: number[] }>('/api/x', { schoolId: 'a b', empty: '' });

    expect(result).toEqual({ items: [1] });
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('/api/x?schoolId=a+b');
    expect(init.headers.Authorization).toBe('Bearer tok');
  });

  it('turns problem+json into an ApiError with the Vietnamese title and detail', async () => {
    fetchMock.mockResolvedValue(
      reply(
        400,
        { title: 'Dữ liệu không hợp lệ', detail: 'Thiếu năm học', status: 400 },
        'application/problem+json',
      ),
    );

    const error = await api.post('/api/x', {}).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(errorMessage(error, t)).toEqual({ title: 'Dữ liệu không hợp lệ', detail: 'Thiếu năm học' });
  });

  it('says "no permission" in Vietnamese on 403 and asks to sign in again on 401', async () => {
    fetchMock.mockResolvedValueOnce(reply(403, { title: 'Forbidden' }, 'application/problem+json'));
    const forbidden = await api.get('/api/x').catch((e: unknown) => e);
    expect(errorMessage(forbidden, t).title).toBe('Bạn không có quyền thực hiện thao tác này.');

    fetchMock.mockResolvedValueOnce(reply(401, {}, 'application/problem+json'));
    await api.get('/api/x').catch(() => undefined);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it('never shows an HTML error page or a stack trace', async () => {
    fetchMock.mockResolvedValue(reply(500, '<html>java.lang.NullPointerException at …</html>', 'text/html'));

    const error = await api.get('/api/x').catch((e: unknown) => e);

    expect(errorMessage(error, t)).toEqual({ title: 'Đã có lỗi xảy ra. Vui lòng thử lại sau.' });
  });

  it('builds query strings', () => {
    expect(withQuery('/a', { x: 1, y: undefined, z: true })).toBe('/a?x=1&z=true');
    expect(withQuery('/a?b=1', { x: 'v' })).toBe('/a?b=1&x=v');
  });
});
