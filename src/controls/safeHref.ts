// A link from the data is only ever an absolute http(s) URL: javascript:, data:, relative
// and malformed URLs are not links (the text still shows, as text). Pure.
export function safeHref(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
