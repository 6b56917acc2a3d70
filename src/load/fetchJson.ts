// Fetches a JSON file relative to the page, without cookies or referrer, and says
// plainly what went wrong.
export class LoadError extends Error {
  constructor(
    message: string,
    readonly url: string,
  ) {
    super(message);
    this.name = 'LoadError';
  }
}

export function pageRelativeUrl(path: string): string {
  return new URL(path, document.baseURI).href;
}

export async function fetchText(url: string, signal?: AbortSignal): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer', signal });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new LoadError(`Could not reach ${url}: the network request failed.`, url);
  }
  if (!response.ok)
    throw new LoadError(`Could not load ${url}: the server answered ${response.status}.`, url);
  return response.text();
}

export async function fetchJson(url: string, signal?: AbortSignal): Promise<unknown> {
  const text = await fetchText(url, signal);
  try {
    return JSON.parse(text);
  } catch {
    throw new LoadError(`${url} is not valid JSON.`, url);
  }
}
