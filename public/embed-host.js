/*!
 * Tripoint embed host script: sets the height of Tripoint iframes on this page from the height
 * the map posts ({type: "tripoint:height", height}). No dependencies, no cookies, no requests.
 * A message counts only if it comes from one of this page's iframes (event.source) and from
 * that iframe's origin — or "null" when the iframe is sandboxed without allow-same-origin,
 * which is how the Tripoint snippet embeds the map.
 */
(function () {
  'use strict';
  if (window.tripointEmbedHost) return; // loaded twice: one listener is enough

  var MIN_HEIGHT = 120;
  var MAX_HEIGHT = 4000;

  function srcOrigin(iframe) {
    try {
      return new URL(iframe.getAttribute('src') || '', document.baseURI).origin;
    } catch {
      return null;
    }
  }

  function isOpaqueSandbox(iframe) {
    var sandbox = iframe.getAttribute('sandbox');
    return sandbox !== null && sandbox.split(/\s+/).indexOf('allow-same-origin') === -1;
  }

  /** The height to give `iframe` for this message event, or null to ignore the message. */
  function heightFor(event, iframe) {
    if (!iframe.contentWindow || event.source !== iframe.contentWindow) return null;
    var origin = srcOrigin(iframe);
    var trusted =
      (origin !== null && origin !== 'null' && event.origin === origin) ||
      (event.origin === 'null' && isOpaqueSandbox(iframe));
    if (!trusted) return null;
    var data = event.data;
    if (data === null || typeof data !== 'object' || data.type !== 'tripoint:height') return null;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height)) return null;
    return Math.round(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, height)));
  }

  function onMessage(event) {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      var height = heightFor(event, frames[i]);
      if (height === null) continue;
      frames[i].style.height = height + 'px';
      frames[i].setAttribute('height', String(height));
      return;
    }
  }

  window.addEventListener('message', onMessage);
  window.tripointEmbedHost = {
    heightFor: heightFor,
    MIN_HEIGHT: MIN_HEIGHT,
    MAX_HEIGHT: MAX_HEIGHT,
  };
})();
