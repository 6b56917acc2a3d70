// @vitest-environment jsdom
// The host script as a host page runs it: which messages may resize which iframe.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

interface HostApi {
  heightFor(event: MessageEvent, iframe: HTMLIFrameElement): number | null;
  MIN_HEIGHT: number;
  MAX_HEIGHT: number;
}

const SCRIPT = readFileSync(resolve(import.meta.dirname, '../../../public/embed-host.js'), 'utf8');
let host: HostApi;

function frame(src: string, sandbox: string | null): HTMLIFrameElement {
  const iframe = document.createElement('iframe');
  if (sandbox !== null) iframe.setAttribute('sandbox', sandbox);
  document.body.append(iframe); // about:blank, so jsdom gives it a window
  iframe.setAttribute('src', src);
  return iframe;
}

function message(data: unknown, origin: string, source: Window | null): MessageEvent {
  return new MessageEvent('message', { data, origin, source });
}

beforeAll(() => {
  // Run it the way a <script> tag would: in the page's global scope.
  new Function(SCRIPT)();
  host = (window as unknown as { tripointEmbedHost: HostApi }).tripointEmbedHost;
});

describe('embed-host.js', () => {
  it('accepts origin "null" from its own sandboxed iframe and clamps the height', () => {
    const iframe = frame('https://maps.example/t/?mode=embed', 'allow-scripts allow-popups');
    const win = iframe.contentWindow!;
    expect(
      host.heightFor(message({ type: 'tripoint:height', height: 480.4 }, 'null', win), iframe),
    ).toBe(480);
    expect(
      host.heightFor(message({ type: 'tripoint:height', height: 1e9 }, 'null', win), iframe),
    ).toBe(host.MAX_HEIGHT);
    expect(
      host.heightFor(message({ type: 'tripoint:height', height: -5 }, 'null', win), iframe),
    ).toBe(host.MIN_HEIGHT);
  });

  it('accepts the src origin from an unsandboxed iframe, and nothing else', () => {
    const iframe = frame('https://maps.example/t/?mode=embed', null);
    const win = iframe.contentWindow!;
    const data = { type: 'tripoint:height', height: 300 };
    expect(host.heightFor(message(data, 'https://maps.example', win), iframe)).toBe(300);
    expect(host.heightFor(message(data, 'https://evil.example', win), iframe)).toBeNull();
    // Not sandboxed: an opaque origin means some other document, not our map.
    expect(host.heightFor(message(data, 'null', win), iframe)).toBeNull();
  });

  it('ignores messages from another window, even with the right origin', () => {
    const iframe = frame('https://maps.example/t/', 'allow-scripts');
    const other = frame('https://maps.example/t/', 'allow-scripts');
    const data = { type: 'tripoint:height', height: 300 };
    expect(host.heightFor(message(data, 'null', other.contentWindow), iframe)).toBeNull();
    expect(host.heightFor(message(data, 'null', null), iframe)).toBeNull();
  });

  it('rejects a sandbox that allows same-origin when the origin is "null"', () => {
    const iframe = frame('https://maps.example/t/', 'allow-scripts allow-same-origin');
    const data = { type: 'tripoint:height', height: 300 };
    expect(host.heightFor(message(data, 'null', iframe.contentWindow), iframe)).toBeNull();
  });

  it.each([
    ['a string', 'tripoint:height'],
    ['null', null],
    ['another type', { type: 'other', height: 300 }],
    ['a string height', { type: 'tripoint:height', height: '300' }],
    ['NaN', { type: 'tripoint:height', height: NaN }],
    ['Infinity', { type: 'tripoint:height', height: Infinity }],
    ['no height', { type: 'tripoint:height' }],
  ])('ignores a malformed message: %s', (_name, data) => {
    const iframe = frame('https://maps.example/t/', 'allow-scripts');
    expect(host.heightFor(message(data, 'null', iframe.contentWindow), iframe)).toBeNull();
  });

  it('resizes the iframe the message came from when dispatched on the page', () => {
    const first = frame('https://maps.example/t/', 'allow-scripts allow-popups');
    const second = frame('https://maps.example/t/', 'allow-scripts allow-popups');
    window.dispatchEvent(
      message({ type: 'tripoint:height', height: 555 }, 'null', second.contentWindow),
    );
    expect(second.style.height).toBe('555px');
    expect(second.getAttribute('height')).toBe('555');
    expect(first.style.height).toBe('');
  });
});
