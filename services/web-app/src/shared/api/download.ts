import { request } from './client';

/**
 * Downloads a file of the API (Word, Excel, evidence) with the bearer token and hands it to the
 * browser under `fileName` (a Vietnamese name is fine). Answers the blob (tests look at it).
 * Failures are ApiErrors with the service's problem, as for any call.
 */
export async function downloadFile(path: string, fileName: string): Promise<Blob> {
  const response = await request('GET', path, { headers: { Accept: '*/*' } });
  const blob = await response.blob();
  if (typeof URL.createObjectURL === 'function') {
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.style.display = 'none';
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 30_000);
  }
  return blob;
}
