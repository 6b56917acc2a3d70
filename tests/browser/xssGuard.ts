// The XSS oracle for one page: what a payload would leave behind if it ran or became markup.
// Records requests, dialogs, popups and CSP violations from the first navigation on.
import type { BrowserContext, Page } from 'playwright-core';

export interface Guard {
  page: Page;
  /** Requests to a `.invalid` host (a payload reaching the network). */
  invalidRequests: string[];
  dialogs: string[];
  popups: string[];
  /** Content-Security-Policy violations so far: call before leaving a document, and at the end. */
  violations(): Promise<string[]>;
}

// Runs before the app in every document: counts violations where the test can read them.
const RECORD_CSP = `
  window.__csp = [];
  document.addEventListener('securitypolicyviolation', (e) =>
    window.__csp.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '')));
`;

export async function guardPage(context: BrowserContext): Promise<Guard> {
  await context.addInitScript({ content: RECORD_CSP });
  const page = await context.newPage();
  const invalidRequests: string[] = [];
  const dialogs: string[] = [];
  const popups: string[] = [];
  const seen: string[] = [];
  page.on('request', (request) => {
    if (/^https?:/.test(request.url()) && new URL(request.url()).hostname.endsWith('.invalid'))
      invalidRequests.push(request.url());
  });
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  context.on('page', (other) => {
    if (other !== page) popups.push(other.url());
  });
  return {
    page,
    invalidRequests,
    dialogs,
    popups,
    violations: async () => {
      const now = await page.evaluate(() => {
        const list = (window as unknown as { __csp?: string[] }).__csp ?? [];
        return list.splice(0); // each violation counted once
      });
      seen.push(...now);
      return [...seen];
    },
  };
}

/** Markup a payload would have created: on* attributes, script-ish elements, non-http links. */
export function injectedMarkup(page: Page) {
  return page.evaluate(() => {
    const onAttributes = [...document.querySelectorAll('*')].flatMap((element) =>
      [...element.attributes]
        .filter((a) => a.name.toLowerCase().startsWith('on'))
        .map((a) => `${element.tagName}[${a.name}]`),
    );
    const elements = [
      ...document.querySelectorAll(
        '#root iframe, #root object, #root embed, #root base, #root meta, #root form, #root textarea:not(.embed-dialog__code), #root noscript, #root xmp, #root img, body script:not([src]), #root details[ontoggle], #root input[autofocus]',
      ),
    ].map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
    const links = [...document.querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => ({
      href: a.href,
      protocol: new URL(a.href, document.baseURI).protocol,
      rel: a.rel,
      target: a.target,
    }));
    return {
      onAttributes,
      elements,
      badLinks: links.filter((l) => l.protocol !== 'http:' && l.protocol !== 'https:'),
      // A link to another site must not hand it the page (window.opener) or the URL.
      unsafeNewTabs: links.filter(
        (l) =>
          l.target === '_blank' &&
          new URL(l.href).origin !== location.origin &&
          !(l.rel.includes('noopener') && l.rel.includes('noreferrer')),
      ),
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
      pwnedBy: (window as unknown as { __pwnedBy?: unknown }).__pwnedBy,
      polluted: ({} as Record<string, unknown>).polluted,
    };
  });
}
